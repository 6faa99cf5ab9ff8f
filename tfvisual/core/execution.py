"""The same code run eagerly (TF2) and lazily (TF1 graph mode, then a session)."""
from __future__ import annotations

from dataclasses import dataclass

from . import snippets
from .concurrent import Cancelled, State, interruptible
from .errors import QT_TRANSLATE_NOOP

CHAPTER_SNIPPET = """a = tf.constant([1,2,3])
b = tf.constant([0,0,1])
c = tf.add(a, b)
print(c)
"""


def run_eager(source: str, state: State | None = None) -> str:
    """Run ``source`` eagerly; return what it printed."""
    import numpy as np
    import tensorflow as tf

    return snippets.run(source, {"tf": tf, "np": np}, state, "eager")


@dataclass
class LazyRun:
    printed: str
    graph_ops: list      # (name, op type, [input names]) in creation order
    values: dict         # tensor variable name -> repr of the value a session computed


def run_lazy_full(source: str, state: State | None = None, session: bool = True) -> LazyRun:
    """Build ``source`` into a TF1 graph; optionally run every tensor it named in a session."""
    import numpy as np
    import tensorflow as tf

    g = tf.Graph()
    ns = {"tf": tf, "np": np}
    with g.as_default():
        printed = snippets.run(source, ns, state, "lazy")
    ops = [(op.name, op.type, [i.op.name for i in op.inputs]) for op in g.get_operations()]
    values = {}
    if session:
        named = {k: v for k, v in ns.items()
                 if isinstance(v, tf.Tensor) and getattr(v, "graph", None) is g}
        if named:
            try:
                with tf.compat.v1.Session(graph=g) as sess:
                    results = sess.run(named)
            except Exception as e:
                raise snippets.SnippetError(QT_TRANSLATE_NOOP("core", "session.run failed: {why}"),
                                            why=snippets.describe_error(e)) from e
            values = {k: str(v) for k, v in results.items()}
    return LazyRun(printed, ops, values)


def run_lazy(source: str, state: State | None = None) -> str:
    """Run ``source`` in TF1 graph mode; return what it printed (symbolic tensors)."""
    return run_lazy_full(source, state, session=False).printed


def run_both(source: str, state: State | None = None) -> dict:
    """The same code eagerly and in a TF1 graph: {"eager": printed, "lazy": LazyRun or None,
    "lazy_error": why the graph could not run it}. Plain values: the app runs this in its
    sandbox."""
    eager = run_eager(source, state)
    try:
        lazy = run_lazy_full(source, state)
    except snippets.SnippetError as e:
        # Code that runs eagerly but not in a TF1 graph (the chapter's tape code calls
        # X.numpy()): the eager output stays, the lazy side says why.
        return {"eager": eager, "lazy": None, "lazy_error": e}
    return {"eager": eager, "lazy": lazy}


def both_steps(source: str, state: State | None = None) -> dict:
    """``eager_steps`` and ``lazy_steps`` of the same code, in one call."""
    return {"eager": eager_steps(source, state), "lazy": lazy_steps(source, state)}


def eager_steps(source: str, state: State | None = None) -> list[tuple[int, str, str]]:
    """Run ``source`` line by line eagerly: (line number, line, values assigned on it)."""
    return _steps(source, state, lazy=False)


def lazy_steps(source: str, state: State | None = None) -> list[tuple[int, str, list]]:
    """Run ``source`` line by line in a graph: (line number, line, ops the graph holds now)."""
    return _steps(source, state, lazy=True)


def _steps(source, state, lazy):
    import ast

    import numpy as np
    import tensorflow as tf

    filename = snippets.register(source, "steps")
    snippets.compile_source(source, filename)  # a syntax error, with its line, first
    tree = ast.parse(source)
    ns = {"tf": tf, "np": np, "print": lambda *a, **k: None}
    g = tf.Graph()
    out = []
    lines = source.splitlines()
    for stmt in tree.body:
        if state:
            state.check()
        mod = ast.Module(body=[stmt], type_ignores=[])
        code = compile(mod, filename, "exec")
        try:
            with interruptible(state, filename):
                if lazy:
                    with g.as_default():
                        exec(code, ns)
                else:
                    exec(code, ns)
        except Cancelled:
            raise
        except (Exception, SystemExit) as e:
            raise snippets.wrap(e, stmt.lineno) from e
        text = lines[stmt.lineno - 1]
        if lazy:
            out.append((stmt.lineno, text,
                        [(op.name, op.type, [i.op.name for i in op.inputs])
                         for op in g.get_operations()]))
        else:
            targets = [t.id for t in getattr(stmt, "targets", []) if isinstance(t, ast.Name)]
            out.append((stmt.lineno, text, "; ".join(f"{t} = {_short(ns[t])}" for t in targets)))
    return out


def _short(value, limit: int = 2000) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + f"… (+{len(text) - limit:,})"
