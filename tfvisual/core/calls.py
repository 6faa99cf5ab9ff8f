"""Trace versus run: call a tf.function line by line and log, from TensorFlow's own trace
count and concrete signatures, which calls traced a new graph and why, and what Python's
``print`` and ``tf.print`` printed during each call."""
from __future__ import annotations

import ast
import inspect
import os
import tempfile
import types
from dataclasses import dataclass, field

from . import snippets
from .concurrent import Cancelled, State, interruptible
from .errors import QT_TRANSLATE_NOOP, Problem

MAX_CALLS = 50

# Why a call traced again, read off the concrete functions' input signatures.
REASONS = {
    "first": QT_TRANSLATE_NOOP("core", "first call: nothing traced yet"),
    "value": QT_TRANSLATE_NOOP("core", "a new Python value ({detail}): each Python value "
                                        "is part of the signature"),
    "shape": QT_TRANSLATE_NOOP("core", "a new shape ({detail})"),
    "general": QT_TRANSLATE_NOOP("core", "a new shape ({detail}): reduce_retracing traced "
                                          "one graph for any length"),
    "dtype": QT_TRANSLATE_NOOP("core", "a new dtype ({detail})"),
    "kind": QT_TRANSLATE_NOOP("core", "a Python value where a tensor was, or the other way "
                                       "round ({detail})"),
    "other": QT_TRANSLATE_NOOP("core", "a new input structure ({detail})"),
}

DEFAULT_CALLS = """compute(1.0, 2.0, 3.0)
compute(1.0, 2.0, 3.0)
compute(2.0, 2.0, 3.0)
compute(tf.constant(1.0), tf.constant(2.0), tf.constant(3.0))
compute(tf.constant(4.0), tf.constant(5.0), tf.constant(6.0))
compute(tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0]), tf.constant([5.0, 6.0]))
"""

# The calls the log starts with for each of the graphs panel's examples.
EXAMPLE_CALLS = {
    "compute": DEFAULT_CALLS, "tf_function": DEFAULT_CALLS, "trace_vs_run": DEFAULT_CALLS,
    "if_for": "collatz_steps(tf.constant(6))\ncollatz_steps(tf.constant(27))\n"
              "collatz_steps(6)\n",
    "dense": "dense(tf.ones((2, 3)))\ndense(tf.ones((5, 3)))\n",
    "variable": "scale(tf.constant(1.0))\nscale(tf.constant(2.0))\nscale(3.0)\n",
    "constant_folding": "folded(tf.constant([1.0, 2.0]))\nfolded(tf.constant([1.0, 2.0, 3.0]))\n",
}


@dataclass
class Call:
    text: str                       # the call as the learner wrote it
    traced: bool = False            # TensorFlow's trace count went up during the call
    reason: str = ""                # a key of REASONS when traced
    detail: str = ""
    signature: str = ""             # the concrete function that ran, as TensorFlow has it
    inputs: str = ""                # what was passed: values, or tensors' dtype and shape
    prints: list = field(default_factory=list)      # Python print() during the call
    tf_prints: list = field(default_factory=list)   # tf.print during the call
    result: str = ""
    error: object = None            # str or Problem: the call failed


@dataclass
class CallLog:
    name: str                       # the name the function is called by
    fn: str                         # the Python function's own name
    form: str                       # how the code made its tf.function (graphs.FORMS)
    input_signature: bool
    reduce_retracing: bool
    calls: list
    traces: int                     # TensorFlow's own count at the end


def _spec_text(v) -> str:
    import tensorflow as tf
    if isinstance(v, tf.TensorSpec):
        return f"{v.dtype.name}{'[?]' if v.shape.rank is None else v.shape.as_list()}"
    return repr(v)


def signature_text(cf) -> str:
    args, kwargs = cf.structured_input_signature
    parts = [_spec_text(a) for a in args] + [f"{k}={_spec_text(v)}" for k, v in kwargs.items()]
    return ", ".join(parts)


def why_traced(new, earlier: list, names=()) -> tuple[str, str]:
    """(reason, detail) for a new concrete signature against the earlier ones: the closest
    earlier signature (the latest of those differing least) and how the new one differs."""
    import tensorflow as tf

    if not earlier:
        return "first", ""
    flat_new = tf.nest.flatten(new, expand_composites=False)
    def cost(a, b):
        kinds = isinstance(a, tf.TensorSpec) + isinstance(b, tf.TensorSpec)
        return 3 if kinds == 1 else 2 if kinds == 2 and a.dtype != b.dtype else 1

    best, least = None, None
    for old in reversed(earlier):
        try:
            tf.nest.assert_same_structure(old, new)
        except (ValueError, TypeError):
            continue
        diffs = [(i, a, b) for i, (a, b) in enumerate(zip(tf.nest.flatten(old), flat_new))
                 if a != b]
        total = sum(cost(a, b) for _, a, b in diffs)
        if least is None or total < least:
            best, least = diffs, total
    if not best:
        return "other", ""
    i, a, b = best[0]
    detail = (f"{names[i]}: " if i < len(names) else "") + f"{_spec_text(a)} → {_spec_text(b)}"
    if isinstance(a, tf.TensorSpec) and isinstance(b, tf.TensorSpec):
        if a.dtype != b.dtype:
            return "dtype", detail
        if b.shape.is_compatible_with(a.shape) and not b.shape.is_fully_defined() and \
                a.shape.is_fully_defined():
            return "general", detail
        return "shape", detail
    if isinstance(a, tf.TensorSpec) != isinstance(b, tf.TensorSpec):
        return "kind", detail
    return "value", detail


def _tf_with_print_to(path):
    """The tf module as the learner's code sees it, with tf.print writing to ``path``:
    tf.print writes from C++ to the process's stderr, which the app cannot read back."""
    import tensorflow as tf

    class TF(types.ModuleType):
        def __getattr__(self, name):
            return getattr(tf, name)

    proxy = TF("tensorflow")

    def tf_print(*inputs, **kwargs):
        kwargs["output_stream"] = "file://" + path
        return tf.print(*inputs, **kwargs)
    proxy.print = tf_print
    return proxy


def _read_new(path, offset):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            f.seek(offset)
            text = f.read()
            return text.splitlines(), f.tell()
    except FileNotFoundError:
        return [], offset


def call_log(source: str, calls_text: str, state: State | None = None) -> CallLog:
    """Run ``source`` afresh, then each line of ``calls_text`` (a call of its function):
    which call traced, why, what it printed and returned. A plain ``def`` is called
    through ``tf.function(fn)``; the learner's own tf.function as they made it."""
    import numpy as np
    import tensorflow as tf

    from . import graphs

    lines = [s for s in (x.strip() for x in calls_text.splitlines())
             if s and not s.startswith("#")]
    if not lines:
        raise Problem(QT_TRANSLATE_NOOP("core", "write at least one call, one per line, e.g. "
                                                 "compute(1.0, 2.0, 3.0)"))
    if len(lines) > MAX_CALLS:
        raise Problem(QT_TRANSLATE_NOOP("core", "{n} calls: at most {most}, please"),
                      n=len(lines), most=MAX_CALLS)
    fd, path = tempfile.mkstemp(prefix="tfvisual-tfprint-", suffix=".txt")
    os.close(fd)
    try:
        printed: list[str] = []

        def learner_print(*args, sep=" ", end="\n", file=None, flush=False):
            printed.append(sep.join(map(str, args)))
        ns = {"tf": _tf_with_print_to(path), "np": np, "print": learner_print}
        d = graphs.define_function(source, state, ns)
        f = d.function if d.function is not None else d.as_function()
        ns[d.name] = f
        filename = snippets.register(calls_text, "calls")
        names = list(inspect.signature(d.python).parameters)
        out, seen, offset = [], [], 0
        for n, text in enumerate(lines, 1):
            if state:
                state.check()
                state.progress(n / len(lines), text)
            call = Call(text)
            out.append(call)
            try:
                tree = ast.parse(text, mode="eval")
            except SyntaxError as e:
                call.error = Problem(QT_TRANSLATE_NOOP("core", "not a Python expression: {why}"),
                                     why=e.msg)
                continue
            node = tree.body
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == d.name):
                call.error = Problem(QT_TRANSLATE_NOOP("core", "write a call of {name}, e.g. "
                                                                "{name}(1.0, 2.0, 3.0)"),
                                     name=d.name)
                continue
            printed.clear()
            try:
                with interruptible(state, d.filename):
                    # The arguments first, so TensorFlow can name the concrete function run.
                    args = eval(snippets.compile_source(
                        f"({', '.join(ast.unparse(a) for a in node.args)},)", filename, "eval"),
                        ns)
                    kwargs = {k.arg: eval(snippets.compile_source(ast.unparse(k.value),
                                                                  filename, "eval"), ns)
                              for k in node.keywords if k.arg}
                    call.inputs = ", ".join(_spec_text(tf.TensorSpec.from_tensor(a))
                                            if tf.is_tensor(a) else repr(a)
                                            for a in [*args, *kwargs.values()])
                    before = f.experimental_get_tracing_count()
                    result = f(*args, **kwargs)
                    call.traced = f.experimental_get_tracing_count() > before
                    cf = f.get_concrete_function(*args, **kwargs)
            except Cancelled:
                raise
            except Exception as e:
                call.error = snippets.describe_error(e)
            else:
                sig = cf.structured_input_signature
                call.signature = signature_text(cf)
                if call.traced:
                    call.reason, call.detail = why_traced(sig, seen, names)
                    seen.append(sig)
                call.result = _short(result)
            lines_tf, offset = _read_new(path, offset)
            # A print in a loop of thousands: the first lines tell the story.
            call.prints, call.tf_prints = _cut(printed), _cut(lines_tf)
        return CallLog(d.name, d.python.__name__, d.form, d.input_signature is not None,
                       d.reduce_retracing, out, f.experimental_get_tracing_count())
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


PRINTS_SHOWN = 20


def _cut(lines: list) -> list:
    return list(lines[:PRINTS_SHOWN]) + ([f"… {len(lines) - PRINTS_SHOWN:,} more"]
                                         if len(lines) > PRINTS_SHOWN else [])


def _short(result) -> str:
    import tensorflow as tf

    def one(t):
        return str(t.numpy()) if hasattr(t, "numpy") else repr(t)
    text = ", ".join(one(t) for t in tf.nest.flatten(result))
    return text if len(text) <= 120 else text[:117] + "…"
