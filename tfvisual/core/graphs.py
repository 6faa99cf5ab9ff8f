"""tf.function traced to an op graph, optimised by Grappler, and AutoGraph's code."""
from __future__ import annotations

import contextlib
import inspect
import math
import re
from dataclasses import dataclass, field
from typing import Callable

from . import snippets
from .concurrent import Cancelled, State, interruptible
from .errors import QT_TRANSLATE_NOOP, Problem

EXAMPLES = {
    "compute": '''def compute(a, b, c):
    d = a * b + c
    e = a * b * c
    return d, e
''',
    "tf_function": '''@tf.function
def compute(a, b, c):
    d = a * b + c
    e = a * b * c
    return d, e
''',
    "trace_vs_run": '''@tf.function
def compute(a, b, c):
    print("print: tracing, a =", a)
    tf.print("tf.print: running, a =", a)
    d = a * b + c
    e = a * b * c
    return d, e
''',
    "if_for": '''def collatz_steps(n):
    steps = tf.constant(0)
    while n > 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
''',
    "dense": '''layer = tf.keras.layers.Dense(4, activation="relu")

def dense(x):
    return layer(x)
''',
    "variable": '''v = tf.Variable(2.0)

def scale(x):
    v.assign_add(1.0)
    return v * x
''',
    "constant_folding": '''def folded(x):
    k = tf.constant(2.0) * tf.constant(3.0)
    return x * k + tf.zeros_like(x)
''',
}

# Specs per example: (name, dtype, shape text)
EXAMPLE_SPECS = {
    "compute": [("a", "float32", "None"), ("b", "float32", "None"), ("c", "float32", "None")],
    "tf_function": [("a", "float32", "None"), ("b", "float32", "None"), ("c", "float32", "None")],
    "trace_vs_run": [("a", "float32", "()"), ("b", "float32", "()"), ("c", "float32", "()")],
    "if_for": [("n", "int32", "()")],
    "dense": [("x", "float32", "(None, 3)")],
    "variable": [("x", "float32", "()")],
    "constant_folding": [("x", "float32", "(None,)")],
}


@dataclass
class Node:
    name: str
    op: str
    inputs: list[str]                     # names of the nodes it reads (data and control)
    device: str = ""
    attrs: dict = field(default_factory=dict)
    outputs: list = field(default_factory=list)   # (dtype, shape text) per output
    lines: list = field(default_factory=list)     # learner's code lines that made it
    control_inputs: list = field(default_factory=list)
    count: int = 1                        # >1 for a collapsed name-scope group

    @property
    def scope(self) -> str:
        return self.name.rsplit("/", 1)[0] if "/" in self.name else ""


@dataclass
class OpGraph:
    nodes: list[Node]
    outputs: list[str] = field(default_factory=list)
    graph_def: object = field(default=None, repr=False)
    # name -> its group path ("conv2_block1"), for nodes whose name has no "/" scopes
    # (a layer graph's blocks); else the name's scopes are its groups.
    groups: dict = field(default_factory=dict, repr=False)
    # Groups that hold a control-flow op's functions ("while.body"), drawn folded at first.
    bodies: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self._index = {n.name: n for n in self.nodes}

    def scopes(self, name: str) -> list[str]:
        """The groups holding ``name``, outermost first: ["a", "a/b"] for "a/b/op". Where a
        group holds a crowd of things of one kind, their series comes in between:
        ["adam", "adam/Mul_*", "adam/Mul_3"] for "adam/Mul_3/ReadVariableOp"."""
        series = self.series()
        out = []
        for c in self._chain(name):
            if c in series:
                out.append(series[c])
            if c != name:
                out.append(c)
        return out

    def _chain(self, name: str) -> list[str]:
        path = self.groups.get(name)
        parts = path.split("/") if path else name.split("/")[:-1]
        return ["/".join(parts[:i + 1]) for i in range(len(parts))] + [name]

    def group_parents(self) -> dict[str, str]:
        """Every group (series included) -> the group holding it ("" at the top); built
        once. A worker builds it, so the GUI thread only reads it (15K ops: 0.2 s)."""
        if getattr(self, "_parents", None) is None:
            parents: dict[str, str] = {}
            for n in self.nodes:
                sc = self.scopes(n.name)
                parents.update(zip(sc, [""] + sc[:-1]))
            self._parents = parents
        return self._parents

    SERIES_FROM = 60    # a group holding more things than this folds them by kind

    def series(self) -> dict[str, str]:
        """Sub-group or node -> its series, TensorBoard's way with a flat crowd: in a group
        of more than SERIES_FROM, Mul, Mul_1 ... Mul_811 (ops or scopes) fold into one box
        "Mul_*" (Adam's update of ResNet50 is 8,000 ops side by side in one scope)."""
        if getattr(self, "_series", None) is None:
            self._series = {}
            kids: dict[str, dict] = {}
            for n in self.nodes:
                chain = self._chain(n.name)
                for parent, child in zip([""] + chain[:-1], chain):
                    kids.setdefault(parent, {})[child] = None
            level = None
            for scope, names in kids.items():
                if len(names) <= self.SERIES_FROM:
                    continue
                kinds: dict[str, list[str]] = {}
                for c in names:
                    kinds.setdefault(re.sub(r"_\d+$", "", c.rsplit("/", 1)[-1]), []).append(c)
                kind_of = {c: k for k, cs in kinds.items() if len(cs) > 1 for c in cs}
                # A chain (x = x * 1.01 + 1, two hundred times) is not a crowd: folded, it
                # would read as a loop between two boxes. Kinds that read each other both
                # ways, or themselves, ...
                reads = set()
                for c in kind_of:
                    if c in self._index:
                        for i in self._index[c].inputs:
                            if i in kind_of:
                                reads.add((kind_of[i], kind_of[c]))
                looped = {a for a, b in reads if a == b or (b, a) in reads}
                if looped and level is None:
                    from .layout import _levels
                    level = _levels(self)
                # ... and one after another: Adam's kinds read each other too, but side by
                # side (many members on one level).
                chained = {k for k in looped
                           if len({level.get(m, -1) for m in kinds[k]}) * 2 > len(kinds[k])}
                for kind, members in kinds.items():
                    if len(members) > 1 and kind not in chained:
                        key = f"{scope}/{kind}_*" if scope else f"{kind}_*"
                        self._series.update((m, key) for m in members)
        return self._series

    def find(self, text: str) -> list[str]:
        """Nodes whose name or op type contains ``text`` (case-insensitive), in graph order."""
        t = text.strip().lower()
        if not t:
            return []
        return [n.name for n in self.nodes if t in n.name.lower() or t in n.op.lower()]

    def node(self, name: str) -> Node:
        return self._index[name]

    def __contains__(self, name):
        return name in self._index

    def __len__(self):
        return len(self.nodes)

    def op_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for n in self.nodes:
            counts[n.op] = counts.get(n.op, 0) + 1
        return counts

    def consumers(self, name: str) -> list[str]:
        if getattr(self, "_readers", None) is not None:
            return self._readers.get(name, [])
        return [n.name for n in self.nodes if name in n.inputs]

    def readers(self) -> dict[str, list[str]]:
        """Name -> the nodes reading it, built once (a scan per node is quadratic: 29 s
        for a 15K-op train step's Grappler diff)."""
        if getattr(self, "_readers", None) is None:
            r: dict[str, list[str]] = {}
            for n in self.nodes:
                for i in dict.fromkeys(n.inputs):
                    r.setdefault(i, []).append(n.name)
            self._readers = r
        return self._readers

    def edges(self):
        for n in self.nodes:
            for i in n.inputs:
                if i in self._index:
                    yield i, n.name

    def to_dot(self) -> str:
        def q(s):
            return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
        lines = ["digraph G {", "  rankdir=TB;", "  node [shape=box, style=rounded];"]
        for n in self.nodes:
            lines.append(f"  {q(n.name)} [label={q(n.op + chr(10) + n.name)}];")
        for a, b in self.edges():
            lines.append(f"  {q(a)} -> {q(b)};")
        lines.append("}")
        return "\n".join(lines) + "\n"


def _node_name(inp: str) -> str:
    return inp.lstrip("^").split(":")[0]


def _attr_text(value) -> str:
    kind = value.WhichOneof("value")
    if kind == "type":
        import tensorflow as tf
        return tf.dtypes.as_dtype(value.type).name
    if kind == "shape":
        import tensorflow as tf
        return str(tf.TensorShape(value.shape))
    if kind == "tensor":
        import tensorflow as tf
        try:
            arr = tf.make_ndarray(value.tensor)
        except Exception:
            return "<tensor>"
        # numpy's printing was half the conversion of a big graph: a few values by hand.
        if arr.ndim == 0:
            text = str(arr.item())
        elif arr.size <= 8:
            text = str(arr.tolist())
        else:
            head = ", ".join(str(v) for v in arr.ravel()[:4].tolist())
            text = f"{arr.dtype.name}{list(arr.shape)} [{head}, …]"
        return text if len(text) < 80 else text[:77] + "..."
    if kind in ("s",):
        return value.s.decode(errors="replace")
    if kind in ("i", "f", "b"):
        return str(getattr(value, kind))
    if kind == "func":
        return value.func.name
    if kind == "list":
        return str(value.list).replace("\n", " ")[:80]
    return kind or ""


def from_graph_def(graph_def, graph=None, source_file: str | None = None,
                   outputs: list[str] | None = None) -> OpGraph:
    """Turn a GraphDef into an OpGraph; ``graph`` (a tf.Graph) adds shapes and source lines."""
    ops = {}
    if graph is not None:
        ops = {op.name: op for op in graph.get_operations()}
    nodes = []
    for nd in graph_def.node:
        op = ops.get(nd.name)
        outs, lines = [], []
        if op is not None:
            outs = [(o.dtype.name, str(o.shape)) for o in op.outputs]
            if source_file:
                lines = sorted({f.lineno for f in op.traceback if f.filename == source_file})
        else:
            for key in ("T", "dtype"):
                if key in nd.attr:
                    outs = [(_attr_text(nd.attr[key]), "")]
                    break
        data = [_node_name(i) for i in nd.input if not i.startswith("^")]
        ctrl = [_node_name(i) for i in nd.input if i.startswith("^")]
        attrs = {k: _attr_text(v) for k, v in nd.attr.items() if not k.startswith("_")}
        nodes.append(Node(nd.name, nd.op, data + ctrl, nd.device, attrs, outs, lines, ctrl))
    bodies: list[str] = []
    library = {f.signature.name: f for f in graph_def.library.function}
    if library:
        for nd in graph_def.node:
            nodes += _bodies(nd, nd.name, library, bodies, set())
    return OpGraph(nodes, outputs or [], graph_def, bodies=bodies)


# Attributes that name the functions a control-flow or call op runs.
BODY_ATTRS = ("cond", "body", "then_branch", "else_branch", "branches", "f")
MAX_BODIES = 1_000           # function bodies drawn at most (a Keras step can hold many)


def _bodies(nd, name, library, bodies, seen, depth=0) -> list[Node]:
    """The ops inside ``nd``'s functions (a While's cond and body, an If's branches, a
    call's function), as a group "<op>.<attr>" beside the op, whose arguments read the op:
    TensorFlow keeps them in the graph's function library, not among its nodes."""
    out: list[Node] = []
    for key in BODY_ATTRS:
        if key not in nd.attr:
            continue
        value = nd.attr[key]
        fns = [value.func.name] if value.HasField("func") else \
            [f.name for f in value.list.func] if value.HasField("list") else []
        for i, fname in enumerate(fns):
            f = library.get(fname)
            if f is None or fname in seen or len(bodies) >= MAX_BODIES:
                continue
            group = f"{name}.{key}" + (f"_{i}" if len(fns) > 1 else "")
            bodies.append(group)
            names = [x.name for x in f.node_def]
            # Strip the scopes every body node shares ("while/cond/mul" -> "mul").
            parts = [n.split("/")[:-1] for n in names]
            common = 0
            while parts and all(len(q) > common and q[common] == parts[0][common]
                                for q in parts):
                common += 1
            strip = "".join(c + "/" for c in parts[0][:common]) if parts else ""
            local = {a.name: f"{group}/{a.name}" for a in f.signature.input_arg}
            local.update({x.name: f"{group}/{x.name[len(strip):]}" for x in f.node_def})
            out += [Node(local[a.name], "Arg", [name]) for a in f.signature.input_arg]
            for x in f.node_def:
                ins = [local.get(_node_name(i)) for i in x.input]
                ctrl = [local.get(_node_name(i)) for i in x.input if i.startswith("^")]
                attrs = {k: _attr_text(v) for k, v in x.attr.items() if not k.startswith("_")}
                out.append(Node(local[x.name], x.op, [i for i in ins if i], x.device, attrs,
                                control_inputs=[c for c in ctrl if c]))
                if depth < 8:
                    out += _bodies(x, local[x.name], library, bodies, seen | {fname}, depth + 1)
    return out


def fold_bodies(graph: OpGraph, expanded: set) -> OpGraph:
    """``graph`` drawn with its control-flow bodies folded into one box each (open one with a
    double-click), every other group open."""
    open_ = {s for s in all_groups(graph)
             if not any(s == b or s.startswith(b + "/") for b in graph.bodies)}
    return collapse(graph, set(expanded) | open_)


MAX_SPEC_BYTES = 64 * 2 ** 20     # a fully known input's size, at most (as a tensor's)


def parse_spec(dtype: str, shape: str):
    """'float32', '(None, 3)' -> tf.TensorSpec; raises ValueError with a readable message."""
    import tensorflow as tf

    try:
        dt = tf.dtypes.as_dtype(dtype.strip())
    except TypeError:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "unknown dtype {dtype}; try float32, int32, bool or string"),
            dtype=repr(dtype)) from None
    text = shape.strip()
    if text in ("", "None", "?"):
        return tf.TensorSpec(None, dt)
    if not re.fullmatch(r"[\[(]?\s*((None|\?|\d+)\s*(,\s*(None|\?|\d+)\s*)*,?)?\s*[\])]?", text):
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "bad shape {shape}: use numbers and None, e.g. (None, 3)"),
            shape=repr(shape))
    dims = [d.strip() for d in text.strip("[]() ").split(",") if d.strip()]
    spec = tf.TensorSpec([None if d in ("None", "?") else int(d) for d in dims], dt)
    # Grappler makes room for a fully known input: (100000, 100000) float32 took the
    # process down; 1 GiB took 11 s and 3.8 GB. A dimension left None costs nothing.
    if spec.shape.is_fully_defined() and dt.size:
        size = dt.size * math.prod(spec.shape.as_list())
        if size > MAX_SPEC_BYTES:
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "{shape} {dtype} is {mb:,.0f} MB: tfvisual traces inputs up to {limit} "
                        "MB; write None for a dimension to leave its size open"),
                shape=text, dtype=dt.name, mb=size / 2 ** 20, limit=MAX_SPEC_BYTES // 2 ** 20)
    return spec


# How the learner's code asked for a graph, as the panel names it.
FORMS = {
    "def": QT_TRANSLATE_NOOP("core", "a plain def {name}: tfvisual wraps it in tf.function"),
    "decorator": QT_TRANSLATE_NOOP("core", "@tf.function above def {name}: traced as written"),
    "call": QT_TRANSLATE_NOOP("core", "{name} = tf.function({fn}): traced as written"),
    "function": QT_TRANSLATE_NOOP("core", "{name}, a tf.function: traced as written"),
}


@dataclass
class Defined:
    """The learner's function as their code made it."""
    python: Callable                  # the plain Python function (AutoGraph, eager timing)
    function: object | None           # their tf.function object, if the code made one
    name: str                         # the name it is bound to
    form: str                         # a key of FORMS
    filename: str

    @property
    def input_signature(self):
        return getattr(self.function, "input_signature", None)

    @property
    def reduce_retracing(self) -> bool:
        return bool(getattr(self.function, "_reduce_retracing", False))

    def as_function(self):
        """A new tf.function with the learner's own options (a fresh trace cache)."""
        import tensorflow as tf
        return tf.function(self.python, input_signature=self.input_signature,
                           reduce_retracing=self.reduce_retracing)


def _form(source: str, name: str, python_name: str, is_function: bool) -> str:
    """Which way the source made its tf.function: read off the code's syntax tree."""
    import ast
    if not is_function:
        return "def"
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return "function"

    def is_tf_function(node):
        node = node.func if isinstance(node, ast.Call) else node
        return isinstance(node, ast.Attribute) and node.attr == "function" or \
            isinstance(node, ast.Name) and node.id == "function"
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                node.name == python_name and any(map(is_tf_function, node.decorator_list)):
            return "decorator"
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                is_tf_function(node.value) and \
                any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return "call"
    return "function"


def define_function(source: str, state: State | None = None,
                    namespace: dict | None = None) -> Defined:
    """Execute the learner's code and find its last function: a plain ``def``, or a
    ``tf.function`` made by ``@tf.function``, ``f = tf.function(f)`` or
    ``tf.function(f, input_signature=...)`` (the chapter writes both)."""
    import types

    import numpy as np
    import tensorflow as tf

    filename = snippets.register(source, "graph")
    code = snippets.compile_source(source, filename)
    ns = namespace if namespace is not None else {"tf": tf}
    ns.setdefault("tf", tf)
    ns.setdefault("np", np)
    ns["__name__"] = "tfvisual_user"
    try:
        with interruptible(state, filename):
            exec(code, ns)
    except Cancelled:
        raise
    except (Exception, SystemExit) as e:
        raise snippets.wrap(e, snippets.error_line(e, filename)) from e

    def python_of(v):
        if isinstance(v, types.FunctionType):
            return v
        py = getattr(v, "python_function", None)     # a tf.function object
        return py if isinstance(py, types.FunctionType) else None
    found = [(k, v, python_of(v)) for k, v in ns.items()
             if python_of(v) is not None and python_of(v).__code__.co_filename == filename]
    if not found:
        raise snippets.SnippetError(QT_TRANSLATE_NOOP("core", "define a function with def, e.g. "
                                                      "def compute(a, b, c): ..."))
    name, value, py = found[-1]
    function = None if value is py else value
    return Defined(py, function, name, _form(source, name, py.__name__, function is not None),
                   filename)


def define(source: str, state: State | None = None) -> tuple[Callable, str]:
    """Execute the learner's code; return its last defined function (the plain Python one,
    also where the code wrapped it in tf.function) and the file name."""
    d = define_function(source, state)
    return d.python, d.filename


def trace(fn, *input_signature, source_file: str | None = None) -> OpGraph:
    """Trace ``fn`` with ``tf.function`` for the given TensorSpecs; return its op graph."""
    import tensorflow as tf

    if source_file is None:
        py = getattr(fn, "python_function", fn)
        source_file = getattr(getattr(py, "__code__", None), "co_filename", None)
    f = fn if hasattr(fn, "get_concrete_function") else tf.function(fn)
    try:
        cf = f.get_concrete_function(*input_signature)
    except Cancelled:
        raise
    except Exception as e:
        raise snippets.SnippetError(QT_TRANSLATE_NOOP("core", "tracing failed: {why}"),
                                    snippets.error_line(e, source_file or ""),
                                    why=snippets.describe_error(e)) from e
    if not cf.outputs:
        raise snippets.SnippetError(QT_TRANSLATE_NOOP("core", "the function returns no tensor: "
                                                      "return at least one value"))
    outputs = [t.op.name for t in cf.outputs]
    g = from_graph_def(cf.graph.as_graph_def(), cf.graph, source_file, outputs)
    g.captured = captured_variables(cf)
    return g


def specs_from_rows(rows, fn) -> tuple[list, list]:
    """TensorSpecs for ``fn``'s parameters from the panel's rows (name, dtype, shape text);
    a parameter with no row is float32 of any shape. Returns (specs, rows used)."""
    params = list(inspect.signature(fn).parameters)
    given = {name: (dt, sh) for name, dt, sh in rows}
    out, used = [], []
    for p in params:
        dt, sh = given.get(p, ("float32", "None"))
        try:
            out.append(parse_spec(dt, sh))
        except Problem as e:
            raise Problem(QT_TRANSLATE_NOOP("core", "argument {name}: {why}"), name=p,
                          why=e) from None
        used.append((p, dt, sh))
    return out, used


def _defined_with_specs(source, rows, state):
    """The learner's function, the specs it is traced with and the rows they came from."""
    defined = define_function(source, state)
    if defined.input_signature is not None:     # their signature, not the table's
        specs = list(defined.input_signature)
        return defined, specs, [(p, s.dtype.name, shape_text(s)) for p, s in
                                zip(inspect.signature(defined.python).parameters, specs)]
    return (defined, *specs_from_rows(rows, defined.python))


class Held:
    """A variable a traced function reads, as its value when traced: unlike the variable, it
    crosses from the sandbox to the app (``value_runner`` feeds it in)."""

    def __init__(self, var):
        self.value, self.dtype, self.shape = var.numpy(), var.dtype, var.shape

    def numpy(self):
        return self.value


_last_traced: dict = {}     # in the sandbox: the last source -> (its tf.function, signatures)


def shape_text(spec) -> str:
    return "None" if spec.shape.rank is None else str(tuple(spec.shape.as_list()))


def trace_source(source: str, rows, state: State | None = None) -> dict:
    """Run the learner's code and trace its function: everything the graphs panel draws of
    it, in plain values. The app calls this in its sandbox, so the learner's code runs
    there only (code that hangs inside C, exits or crashes Python ends the sandbox, not the
    window), and traces once. The same source traced again with another signature reuses
    its tf.function, as a learner's own would: ``signatures`` lists each concrete function
    it made."""
    import tensorflow as tf

    defined, specs, used = _defined_with_specs(source, rows, state)
    fn = defined.python
    fn_obj, traced = _last_traced.get(source) or (defined.function or tf.function(fn), [])
    # No line tracer here: it doubled a big function's trace (every call TensorFlow makes
    # passed through it), and in the sandbox Stop ends even a loop it would not see.
    before = trace(fn_obj, *specs, source_file=defined.filename)
    code = autograph_source(fn)
    before.captured = {k: Held(v) for k, v in before.captured.items()}
    current = ", ".join(f"{s.dtype.name}{list(s.shape) if s.shape.rank is not None else '[?]'}"
                        for s in specs)
    sigs = traced + ([current] if current not in traced else [])
    _last_traced.clear()
    _last_traced[source] = (fn_obj, sigs)
    return {"before": before, "autograph": code, "used": used, "signatures": sigs,
            "signature": current, "form": (defined.form, defined.name,
                                           defined.input_signature is not None, fn.__name__)}


def time_source(source: str, rows, state: State | None = None) -> dict:
    """Eager against tf.function for the learner's function (``timing``), and where the graph
    starts to pay as its unknown dimensions grow (``timing_sweep``). The app runs this in its
    sandbox: an endless or crashing function costs only that process, and the measurement
    has an interpreter of its own."""
    import time
    defined, specs, _used = _defined_with_specs(source, rows, state)
    fn = defined.python
    args = sample_args(specs)
    # The first eager call under the line tracer, so an endless Python loop stops on Stop;
    # the timed calls without it (it would slow every Python call TensorFlow makes).
    with interruptible(state, defined.filename):
        t0 = time.perf_counter()
        fn(*args)
        first = time.perf_counter() - t0
    calls = max(3, min(30, int(3.0 / max(first, 1e-6))))    # a few seconds at most
    out = timing(fn, args, calls=calls, state=state)
    out["sweep"] = timing_sweep(fn, specs, state=state)
    return out


def captured_variables(cf) -> dict:
    """Placeholder name -> the variable it stands for, for each variable the function reads
    (its graph takes them as resource placeholders)."""
    by_handle = {id(v.handle): v for v in cf.variables}
    return {inner.op.name: by_handle[id(outer)] for outer, inner in cf.graph.captures
            if id(outer) in by_handle}


def optimize(graph: OpGraph, passes: list[str] | None = None) -> OpGraph:
    """Run Grappler on the graph with the passes TensorFlow applies when it runs a function,
    or only the ``passes`` named (Grappler's names: "constfold", "arithmetic", ...)."""
    from tensorflow.core.protobuf import config_pb2, meta_graph_pb2
    from tensorflow.python.grappler import tf_optimizer

    mg = meta_graph_pb2.MetaGraphDef()
    mg.graph_def.CopyFrom(graph.graph_def)
    fetch = mg.collection_def["train_op"]
    for name in graph.outputs:
        fetch.node_list.value.append(name)
    config = config_pb2.ConfigProto()
    if passes:
        config.graph_options.rewrite_options.optimizers.extend(passes)
    out = tf_optimizer.OptimizeGraph(config, mg)
    old = {n.name: n for n in graph.nodes}
    g = from_graph_def(out, None, None, list(graph.outputs))
    for n in g.nodes:  # keep what only the traced graph knew: shapes and source lines
        if n.name in old:
            n.outputs = old[n.name].outputs or n.outputs
            n.lines = old[n.name].lines
    g.captured = getattr(graph, "captured", {})
    return g


# Grappler's passes that change a graph's nodes, in the order TensorFlow runs them, with
# the names a learner reads.
PASSES = (("pruning", "pruning"), ("common_subgraph_elimination", "common subexpressions"),
          ("constfold", "constant folding"), ("arithmetic", "arithmetic"),
          ("layout", "layout"), ("remap", "remapper (fused ops)"), ("loop", "loops"),
          ("dependency", "control dependencies"))


def pass_effects(graph: OpGraph, state: State | None = None) -> list[tuple[str, int, int]]:
    """Each Grappler pass run alone on ``graph``: (pass, nodes removed, nodes added).
    Grappler keeps no per-pass log, so each runs by itself (they overlap: the removals do
    not add up to the whole pipeline's)."""
    before = {n.name for n in graph.nodes}
    out = []
    for i, (key, label) in enumerate(PASSES):
        if state:
            state.check()
            state.progress(i / len(PASSES), label)
        after = {n.name for n in optimize(graph, [key]).nodes}
        out.append((label, len(before - after), len(after - before)))
    return out


@dataclass
class GraphDiff:
    removed: list[str]
    added: list[str]
    rewired: list[str]          # same name, different inputs
    messages: list[str]


def diff(before: OpGraph, after: OpGraph) -> GraphDiff:
    before.readers()     # once: removal_reason asks for the readers of each removed node
    b, a = {n.name for n in before.nodes}, {n.name for n in after.nodes}
    removed = [n.name for n in before.nodes if n.name not in a]
    added = [n.name for n in after.nodes if n.name not in b]
    rewired = [n.name for n in after.nodes
               if n.name in b and sorted(before.node(n.name).inputs) != sorted(n.inputs)]
    messages = []
    cb, ca = before.op_counts(), after.op_counts()
    why: dict[tuple[str, str], int] = {}
    for name in removed:
        key = (before.node(name).op, removal_reason(before, after, name))
        why[key] = why.get(key, 0) + 1
    for (op, reason), gone in sorted(why.items()):
        messages.append(f"{gone} of {cb[op]} {op} removed: {reason}")
    became: dict[tuple[str, str], int] = {}
    for n in after.nodes:
        if n.name in b and before.node(n.name).op != n.op:
            key = (before.node(n.name).op, n.op)
            became[key] = became.get(key, 0) + 1
    for (old, now), k in sorted(became.items()):
        messages.append(f"{k} {old} became {now}" + (": constant folding"
                                                     if now == "Const" else ""))
    for op, count in sorted(ca.items()):
        new = count - cb.get(op, 0)
        if new > 0:
            messages.append(f"{new} {op} added")
    return GraphDiff(removed, added, rewired, messages)


def removal_reason(before: OpGraph, after: OpGraph, name: str) -> str:
    """What took the place of a node Grappler removed, read off the two graphs (Grappler
    keeps no per-node log): its readers now read an equal node (common subexpression), a
    constant (constant folding), its own input (an Identity forwarded) or lowered control
    flow; else it went with its readers, or nothing read it."""
    node = before.node(name)
    readers = before.consumers(name)
    if not readers:
        return "pruned: nothing read it"
    kept = [c for c in readers if c in after]
    if not kept:
        return "removed with the ops that read it"
    seen = set()
    for c in kept:
        now = after.node(c)
        if now.op == "Const" and before.node(c).op != "Const":
            seen.add("constant folding")
        for x in set(now.inputs) - set(before.node(c).inputs):
            if x not in after:
                continue
            new = after.node(x)
            if new.op == node.op and sorted(new.inputs) == sorted(node.inputs):
                seen.add("common subexpression")
            elif new.op == "Const":
                seen.add("constant folding")
            elif x in node.inputs:
                seen.add("forwarded to its input")
            elif new.op in ("Exit", "Merge", "Switch", "Identity"):
                seen.add("lowered to control-flow ops")
    for r in ("common subexpression", "constant folding", "forwarded to its input",
              "lowered to control-flow ops"):
        if r in seen:
            return r
    return "its readers no longer need it"


def autograph_source(fn) -> str:
    import tensorflow as tf

    try:
        return tf.autograph.to_code(fn)
    except Exception as e:
        raise snippets.SnippetError(
            QT_TRANSLATE_NOOP("core", "AutoGraph could not convert: {why}"),
            why=snippets.describe_error(e)) from e


def collapse(graph: OpGraph, expanded: set[str] = frozenset(), depth: int = 1,
             min_size: int = 2) -> OpGraph:
    """Fold nodes into one box per group (name scope, or a layer graph's block):
    TensorBoard's way with big graphs. A group in ``expanded`` is shown opened, its
    sub-groups folded one level deeper."""
    def group_of(name: str) -> str | None:
        for key in graph.scopes(name):
            if key not in expanded:
                return key
        return None

    groups: dict[str, list[Node]] = {}
    for n in graph.nodes:
        key = group_of(n.name)
        if key:
            groups.setdefault(key, []).append(n)
    folded = {k: v for k, v in groups.items() if len(v) >= min_size}
    rep = {}
    for key, members in folded.items():
        for m in members:
            rep[m.name] = key
    nodes: list[Node] = []
    seen = set()
    for n in graph.nodes:
        key = rep.get(n.name)
        if key is None:
            ins = list(dict.fromkeys(rep.get(i, i) for i in n.inputs))
            nodes.append(Node(n.name, n.op, ins, n.device, n.attrs, n.outputs, n.lines,
                              n.control_inputs))
        elif key not in seen:
            seen.add(key)
            members = folded[key]
            names = {m.name for m in members}
            ins = list(dict.fromkeys(rep.get(i, i) for m in members for i in m.inputs
                                     if i not in names))
            nodes.append(Node(key, "Scope", ins, members[0].device,
                              {"nodes": str(len(members))}, [], [], [], len(members)))
    # Nodes of an opened layer-graph block keep their block (the frame drawn around them);
    # a folded box's name is its group path, so it needs no entry.
    kept = {n.name: graph.groups[n.name] for n in nodes if n.name in graph.groups}
    out = OpGraph(nodes, [rep.get(o, o) for o in graph.outputs], graph.graph_def, kept)
    out.folded = rep        # member op -> the box it is drawn in
    return out


def shown_values(full: OpGraph, shown: OpGraph, values: dict) -> tuple[list[str], dict]:
    """What stepping a drawn graph shows: (the drawn boxes with a value, in an order
    TensorFlow could run them; box -> value). A folded group's value is its output: the
    last op of the group (run order) that an op outside it reads."""
    folded = getattr(shown, "folded", {})
    readers = full.readers()
    at, picked = {}, {}
    for k, name in enumerate(run_order(full)):
        if name not in values:
            continue
        box = folded.get(name, name)
        if box not in shown:
            continue
        if box == name:
            at[box], picked[box] = k, name
        elif any(folded.get(r) != box for r in readers.get(name, [])) or box not in picked:
            at[box], picked[box] = k, name
    order = sorted(at, key=at.get)
    return order, {box: values[picked[box]] for box in order}


def all_groups(graph: OpGraph) -> set[str]:
    """Every group of the graph: expanding them all shows it node by node."""
    return set(graph.group_parents())


def timing(fn, args, calls: int = 50, state: State | None = None) -> dict:
    """Median seconds per call eagerly and as a tf.function (after tracing)."""
    import statistics
    import time

    import tensorflow as tf

    graph_fn = tf.function(fn)
    graph_fn(*args)  # trace once outside the timing
    result = {}
    for label, f in (("eager", fn), ("graph", graph_fn)):
        times = []
        for _ in range(calls):
            if state:
                state.check()
            t0 = time.perf_counter()
            out = f(*args)
            tf.nest.map_structure(lambda t: t.numpy() if hasattr(t, "numpy") else t, out)
            times.append(time.perf_counter() - t0)
        result[label] = statistics.median(times)
    result["ratio"] = result["eager"] / result["graph"] if result["graph"] else float("nan")
    result["calls"] = calls
    return result


SWEEP = (1, 10, 100, 1_000, 10_000, 100_000, 1_000_000)
SWEEP_MAX_ELEMENTS = 1_000_000


def timing_sweep(fn, specs, sizes=SWEEP, state: State | None = None,
                 seconds: float = 4.0) -> list[tuple[int, float, float]]:
    """Eager and tf.function median seconds per call as the unknown (None) dimensions grow:
    (size, eager, graph) for each size tried. A graph call has a fixed cost, so a graph
    pays only from some size of work on; this finds where, for this function. Sizes whose
    inputs would pass SWEEP_MAX_ELEMENTS, or past the time budget, are not tried; [] when
    no dimension is unknown."""
    import time

    if not any(s.shape.rank is None or None in s.shape.as_list() for s in specs):
        return []
    out, start = [], time.perf_counter()
    for i, n in enumerate(sizes):
        if state:
            state.check()
            state.progress(i / len(sizes), f"size {n}")
        args = sample_args(specs, unknown=n, limit=SWEEP_MAX_ELEMENTS)
        if args is None or time.perf_counter() - start > seconds:
            break
        t0 = time.perf_counter()
        fn(*args)
        first = time.perf_counter() - t0
        t = timing(fn, args, calls=max(3, min(20, int(0.2 / max(first, 1e-6)))), state=state)
        out.append((n, t["eager"], t["graph"]))
    return out


def pays_from(sweep) -> int | None:
    """The first size from which the graph is faster at every larger size tried."""
    for i, (n, _e, _g) in enumerate(sweep):
        if all(g < e for _n, e, g in sweep[i:]):
            return n
    return None


def sample_args(specs, unknown: int = 4, limit: int | None = None):
    """Concrete values for a list of TensorSpecs (None dimensions become ``unknown``); None
    when one would hold more than ``limit`` elements."""
    import math

    import tensorflow as tf

    out = []
    for s in specs:
        shape = [unknown if d is None else d for d in (s.shape.as_list()
                                                       if s.shape.rank is not None
                                                       else [unknown])]
        if limit is not None and math.prod(shape) > limit:
            return None
        if s.dtype.is_floating:
            out.append(tf.random.uniform(shape, dtype=s.dtype, seed=1))
        elif s.dtype.is_integer:
            out.append(tf.fill(shape, tf.constant(7, s.dtype)))
        elif s.dtype == tf.bool:
            out.append(tf.fill(shape, True))
        else:
            out.append(tf.fill(shape, "x"))
    return out


def cnn_train_step_graph() -> OpGraph:
    """The training step of a small Keras CNN: a real graph of some thousands of nodes."""
    import keras

    model = keras.Sequential([
        keras.Input((8, 8, 1)),
        keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Conv2D(16, 3, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Conv2D(16, 3, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Flatten(),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10),
    ])
    return train_step_graph(model)


def train_step_graph(model, state: State | None = None) -> OpGraph:
    """The op graph of ``model``'s training step: forward pass, loss, ``tape.gradient`` and
    the optimizer's update, traced with tf.function (public: other tools rely on it).

    The loss fits the model: sparse categorical cross-entropy for one class-score output,
    else mean squared error on each output. ``state`` gets progress as layers are traced and
    can cancel between layers (a ResNet50 step traces for several seconds).
    """
    import keras
    import tensorflow as tf

    import threading
    layers = [x for x in model._flatten_layers(include_self=False)] \
        if hasattr(model, "_flatten_layers") else list(model.layers)
    done = [0]
    tracer = threading.get_ident()

    def watched(layer, call):
        def call_checked(*args, **kwargs):
            # Only this trace reports and stops here: the learner's model may be called on
            # another thread meanwhile (a round trip in the models panel).
            if state is not None and threading.get_ident() == tracer:
                state.check()
                done[0] += 1
                state.progress(0.4 * min(1.0, done[0] / max(1, len(layers))),
                               f"forward: {layer.name}")
            return call(*args, **kwargs)
        return call_checked

    outputs = model.outputs
    classes = len(outputs) == 1 and len(outputs[0].shape) == 2 and (outputs[0].shape[-1] or 0) > 1
    if classes:
        last = model.layers[-1] if model.layers else None
        softmax = getattr(getattr(last, "activation", None), "__name__", "") == "softmax"
        loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=not softmax)
        targets = [tf.TensorSpec([None], tf.int32)]
    else:
        loss_fn = keras.losses.MeanSquaredError()
        targets = [tf.TensorSpec(t.shape, t.dtype) for t in outputs]
    opt = keras.optimizers.Adam()
    # Its slots made before tracing: variables first created inside a tf.function make it
    # trace the whole step twice (ResNet50: 31.6 s against 11.1 s).
    opt.build(model.trainable_variables)
    n_vars = max(1, len(model.trainable_variables))
    update_step = opt.update_step
    updated = [0]

    def update_checked(*args, **kwargs):
        if state is not None:
            state.check()
            updated[0] += 1
            state.progress(0.8 + 0.2 * min(1.0, updated[0] / n_vars), "optimizer update")
        return update_step(*args, **kwargs)
    opt.update_step = update_checked
    ins = [tf.TensorSpec(t.shape, t.dtype) for t in model.inputs]
    n_in = len(ins)

    def train_step(*args):
        x = list(args[:n_in]) if n_in > 1 else args[0]
        y = args[n_in:]
        with tf.GradientTape() as tape:
            pred = tf.nest.flatten(model(x, training=True))
            loss = tf.add_n([loss_fn(t, p) for t, p in zip(y, pred)])
        if state is not None:
            state.check()
            state.progress(0.4, "gradient")
        grads = tape.gradient(loss, model.trainable_variables)
        if state is not None:
            state.check()
            state.progress(0.8, "optimizer update")
        opt.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    patched = []
    for layer in layers:
        if "call" not in vars(layer):
            layer.call = watched(layer, layer.call)
            patched.append(layer)
    try:
        # No AutoGraph: the step has no Python control flow to convert (saves 10 %), and no
        # source lines: its code is ours, not the learner's.
        graph = trace(tf.function(train_step, autograph=False), *ins, *targets,
                      source_file="")
    finally:
        for layer in patched:
            del layer.call
    if state is not None:
        state.progress(1.0, "")
    return graph


def to_tensorboard(before: OpGraph, after: OpGraph, folder) -> dict:
    """Write the traced graph and Grappler's version as two TensorBoard runs, ``before`` and
    ``after`` under ``folder``; returns {run: its folder}. Nothing starts a server."""
    from pathlib import Path

    import tensorflow as tf

    from .training import check_folder
    root = check_folder(str(folder))
    out = {}
    for run, g in (("before", before), ("after", after)):
        if g is None or g.graph_def is None:
            continue
        path = Path(root) / run
        writer = tf.summary.create_file_writer(str(path))
        with writer.as_default():
            tf.summary.graph(g.graph_def)
        writer.close()
        out[run] = path
    return out


# -- values: the graph run, every op's output fetched ------------------------------------------
VALUES_LIMIT = 256 * 2 ** 20     # bytes of values kept; bigger outputs are kept as a summary


@dataclass
class Summary:
    """A value too big to keep: what a learner reads of it."""
    dtype: str
    shape: tuple
    min: float
    max: float
    mean: float


def run_values(fn_or_graph, inputs, state: State | None = None,
               limit: int = VALUES_LIMIT) -> dict:
    """Run a traced graph (an OpGraph, e.g. Grappler's) or a function once with ``inputs``
    and return every op's first output, fetched from TensorFlow in that one run: node name ->
    numpy value (a ``Summary`` once ``limit`` bytes are held). The inputs feed the graph's
    placeholders in order; a variable it reads gives its value now (and is never
    written). Ops inside a While's or If's body have no single value and are
    left out; so are resources. Public: other tools rely on it."""
    import tensorflow as tf

    if isinstance(fn_or_graph, OpGraph):
        graph = fn_or_graph
    else:
        arrays = [tf.convert_to_tensor(v) for v in inputs]
        graph = trace(fn_or_graph, *[tf.TensorSpec.from_tensor(a) for a in arrays])
    with value_runner(graph) as run:
        return run(inputs, state, limit)


class value_runner:
    """``with value_runner(graph) as run: run(inputs)`` -> run_values' dict; the graph is
    imported and its session made once for many runs (a descent's every step).

    The GraphDef goes to TensorFlow's C API and the values come from one callable: no Python
    op objects, which held the interpreter ~100 ms per 2,000 ops and froze the window. A
    variable the function reads becomes a variable of this session, set to its value now:
    the learner's own variable is never written (a training step's update included)."""

    def __init__(self, graph: OpGraph):
        self.graph = graph

    def __enter__(self):
        import tensorflow as tf
        from tensorflow.core.framework import graph_pb2
        from tensorflow.core.protobuf import config_pb2
        from tensorflow.python.client import pywrap_tf_session as c_api
        from tensorflow.python.framework import c_api_util

        gd = graph_pb2.GraphDef()
        gd.CopyFrom(self.graph.graph_def)
        captured = getattr(self.graph, "captured", {})
        holders, inits, init_values = [], [], []
        for nd in list(gd.node):
            if nd.op != "Placeholder":
                continue
            if nd.name not in captured:
                if nd.attr["dtype"].type in (tf.resource.as_datatype_enum,
                                             tf.variant.as_datatype_enum):
                    raise Problem(QT_TRANSLATE_NOOP(
                        "core", "this function takes a variable or a dataset as an argument: "
                                "step through a function of tensors"))
                holders.append(nd)
                continue
            var = captured[nd.name]     # a tf.Variable, or a Held value from the sandbox
            dtype, shape = var.dtype.base_dtype.as_datatype_enum, var.shape.as_proto()
            nd.op = "VarHandleOp"
            nd.ClearField("attr")
            nd.attr["dtype"].type = dtype
            nd.attr["shape"].shape.CopyFrom(shape)
            nd.attr["shared_name"].s = f"tfvisual_{id(self)}_{nd.name}".encode()
            value = gd.node.add(name=nd.name + "/tfvisual_value", op="Placeholder")
            value.attr["dtype"].type = dtype
            assign = gd.node.add(name=nd.name + "/tfvisual_set", op="AssignVariableOp",
                                 input=[nd.name, value.name])
            assign.attr["dtype"].type = dtype
            inits.append(assign.name)
            init_values.append((value.name + ":0", var))
        self.holders = [(nd.name, tf.as_dtype(nd.attr["dtype"].type),
                         tf.TensorShape(nd.attr["shape"].shape)) for nd in holders]
        skip = {nd.name for nd in holders} | set(captured)
        self.fetch = [nd.name for nd in self.graph.graph_def.node
                      if nd.name not in skip and _first_output_kept(nd)]
        g = tf.Graph()
        options = c_api_util.ScopedTFImportGraphDefOptions()
        buffer = c_api.TF_NewBufferFromString(gd.SerializeToString())
        try:
            with g._c_graph.get() as c_graph:
                results = c_api.TF_GraphImportGraphDefWithResults(c_graph, buffer,
                                                                  options.options)
            c_api_util.ScopedTFImportGraphDefResults(results)
        except tf.errors.OpError as e:
            raise Problem(QT_TRANSLATE_NOOP("core", "TensorFlow could not load the graph: "
                                                    "{why}"), why=e.message) from e
        finally:
            c_api.TF_DeleteBuffer(buffer)
        # The graph as given (Grappler's already, or the traced one): the session's own
        # optimiser would only redo work, and with every op fetched it prunes nothing.
        config = tf.compat.v1.ConfigProto()
        config.graph_options.rewrite_options.disable_meta_optimizer = True
        self.session = tf.compat.v1.Session(graph=g, config=config)
        self._set = None
        if inits:
            self._set = self.session._make_callable_from_options(config_pb2.CallableOptions(
                feed=[name for name, _ in init_values], target=inits))
            self._init_values = [var for _, var in init_values]
        self._calls = {}
        nodes = {n.name: n for n in self.graph.nodes}
        self._sizes = {name: _output_size(nodes.get(name)) for name in self.fetch}
        return self.run

    def _call(self, names: tuple):
        """A callable fetching ``names`` (made once per set of names)."""
        from tensorflow.core.protobuf import config_pb2
        if names not in self._calls:
            self._calls[names] = self.session._make_callable_from_options(
                config_pb2.CallableOptions(feed=[name + ":0" for name, _, _ in self.holders],
                                           fetch=[name + ":0" for name in names]))
        return self._calls[names]

    def _chunks(self, feed, limit: int) -> list[tuple]:
        """The fetches cut into runs of at most ``limit`` bytes each by their static shapes
        (an unknown dimension as the inputs' biggest on that axis): one run for most graphs, a
        few for a training step of big images, so the values never pile up at once."""
        def unknown(i):     # the inputs' biggest size along that axis (a batch, say)
            return max([1] + [v.shape[i] for v in feed if v.ndim > i])
        chunks, cur, size = [], [], 0
        for name in self.fetch:
            itemsize, dims = self._sizes[name]
            est = itemsize
            for i, d in enumerate(dims if dims is not None
                                  else [sum(v.size for v in feed) or 1]):
                est *= d if d is not None else unknown(i)
            if cur and size + est > limit:
                chunks.append(tuple(cur))
                cur, size = [], 0
            cur.append(name)
            size += est
        return chunks + [tuple(cur)]

    def __exit__(self, *exc):
        self.session.close()

    def run(self, inputs, state: State | None = None, limit: int = VALUES_LIMIT) -> dict:
        import numpy as np
        if len(inputs) != len(self.holders):
            raise Problem(QT_TRANSLATE_NOOP("core", "the function takes {n} inputs, not {k}"),
                          n=len(self.holders), k=len(inputs))
        feed = []
        for (name, dtype, shape), v in zip(self.holders, inputs):
            value = np.asarray(v, dtype=dtype.as_numpy_dtype)
            if not shape.is_compatible_with(value.shape):
                raise Problem(QT_TRANSLATE_NOOP("core", "input {name} has shape {got}, the "
                                                        "signature asks for {want}"),
                              name=name, got=tuple(value.shape), want=str(shape))
            feed.append(value)
        if state:
            state.check()
        got = {name: v for (name, _, _), v in zip(self.holders, feed)}
        held = sum(v.nbytes for v in feed)
        with self._stoppable(state):
            for names in self._chunks(feed, max(1, limit // 2)):
                if state:
                    state.check()
                if self._set is not None:       # every run from the variables' values now
                    self._set(*[v.numpy() for v in self._init_values])
                for name, v in zip(names, self._call(names)(*feed)):
                    v = np.asarray(v)
                    held += v.nbytes
                    got[name] = v if held <= limit or v.size <= 16 else summarise(v)
        return {n.name: got[n.name] for n in self.graph.nodes if n.name in got}

    @contextlib.contextmanager
    def _stoppable(self, state):
        """Stop (Esc) ends a run stuck inside TensorFlow (an endless While): closing the
        session cancels its steps; what the run raises then becomes ``Cancelled``."""
        import threading

        import tensorflow as tf
        if state is None:
            yield
            return
        done = threading.Event()

        def watch():
            while not done.wait(0.05):
                if state.cancelled:
                    self.session.close()
                    return
        watcher = threading.Thread(target=watch, name="values-stop", daemon=True)
        watcher.start()
        try:
            yield
        except (tf.errors.CancelledError, tf.errors.AbortedError, RuntimeError):
            if state.cancelled:
                raise Cancelled() from None
            raise
        finally:
            done.set()
            watcher.join()


def _output_size(node) -> tuple:
    """(bytes per element, dimensions or None) of a node's first output, from its traced
    shape; None dimensions are unknown."""
    import numpy as np
    if node is None or not node.outputs:
        return 4, None
    dtype, shape = node.outputs[0]
    try:
        itemsize = np.dtype(dtype).itemsize
    except TypeError:
        itemsize = 8
    text = shape.strip().strip("()[]")
    if shape.strip() in ("", "<unknown>", "None"):
        return itemsize, None
    dims = [d.strip() for d in text.split(",") if d.strip()]
    return itemsize, [int(d) if d.isdigit() else None for d in dims]


def _first_output_kept(nd) -> bool:
    """Whether the op's first output is a value a learner can read (not a resource, a
    variant or nothing), from TensorFlow's own op registry."""
    from tensorflow.python.framework import op_def_registry
    od = op_def_registry.get(nd.op)
    if od is None or not od.output_arg:
        return False
    a = od.output_arg[0]
    if a.number_attr and nd.attr[a.number_attr].i == 0:
        return False
    if a.type:
        t = a.type
    elif a.type_attr:
        t = nd.attr[a.type_attr].type
    else:
        types = nd.attr[a.type_list_attr].list.type
        t = types[0] if types else 0
    return t not in (0, 20, 21)     # DT_INVALID, DT_RESOURCE, DT_VARIANT


def summarise(v) -> Summary:
    import numpy as np
    v = np.asarray(v)
    numeric = v.dtype.kind in "biuf" and v.size
    f = v.astype("float64") if numeric else None
    return Summary(str(v.dtype), tuple(v.shape), float(f.min()) if numeric else float("nan"),
                   float(f.max()) if numeric else float("nan"),
                   float(f.mean()) if numeric else float("nan"))


def value_text(v, width: int = 24) -> str:
    """A value as a box shows it: a scalar or a short vector printed, else its shape."""
    import numpy as np
    if isinstance(v, Summary):
        return f"{v.dtype}{list(v.shape)}"
    v = np.asarray(v)
    if v.dtype.kind in "SOU":
        text = str(v.tolist())
    elif v.ndim == 0:
        text = _number(v.item()) if v.dtype.kind == "f" else str(v.item())
    elif v.size <= 4 and v.ndim == 1:
        text = "[" + " ".join(_number(x) if v.dtype.kind == "f" else str(x)
                              for x in v.tolist()) + "]"
    else:
        return f"{v.dtype}{list(v.shape)}"
    return text if len(text) <= width else text[:width - 1] + "…"


def summary_text(v) -> str:
    """A group's output as its box shows it: shape, then range and mean."""
    if not isinstance(v, Summary):
        v = summarise(v)
    if v.min != v.min:     # strings: no numbers to give
        return f"{v.dtype}{list(v.shape)}"
    return (f"{v.dtype}{list(v.shape)} {_number(v.min)}…{_number(v.max)} "
            f"μ {_number(v.mean)}")


def value_picture(v, side: int = 32, channels: int = 1):
    """A bigger tensor as a small picture, values scaled to 0..1: a vector as a strip, a
    matrix as a heat map, an image batch as its first image, its first ``channels``
    channels side by side (one scale for all; -1 marks the gaps between them). None when
    the value is a number or a short vector (its text says it all) or not numeric."""
    import numpy as np
    if isinstance(v, Summary):
        return None
    v = np.asarray(v)
    if v.dtype.kind not in "biuf" or v.size <= 4 or v.ndim == 0:
        return None
    if v.ndim == 4:
        v = v[0, :, :, :max(1, channels)]
    elif v.ndim == 3:
        v = v[0]
    elif v.ndim > 4:
        v = v.reshape(-1, v.shape[-1])
    v = v.astype("float64")
    if v.ndim == 1:
        v = v[None, :]
    tiles = [v[..., c] for c in range(v.shape[-1])] if v.ndim == 3 else [v]
    rows, cols = tiles[0].shape
    step_r = max(1, -(-rows // side))
    step_c = max(1, -(-cols // (side * 2 if rows == 1 else side)))
    tiles = [t[::step_r, ::step_c] for t in tiles]
    both = np.concatenate(tiles)
    finite = np.isfinite(both)
    lo, hi = (both[finite].min(), both[finite].max()) if finite.any() else (0.0, 0.0)
    scaled = [np.clip(np.where(np.isfinite(t), (t - lo) / (hi - lo) if hi > lo else 0.5, 1.0),
                      0.0, 1.0) for t in tiles]
    gap = np.full((scaled[0].shape[0], 1), -1.0)
    out = [scaled[0]]
    for t in scaled[1:]:
        out += [gap, t]
    return np.concatenate(out, axis=1)


def _number(x: float) -> str:
    text = f"{x:.4g}"
    return text + ".0" if text.lstrip("-").isdigit() else text


def default_input(dtype: str, shape: str, k: int) -> str:
    """Small values for row ``k`` of the signature: 2, 3, 4… for a scalar (the chapter's
    compute gives 10 and 24), counting vectors and matrices for a small shape, "random" for
    a big one (an image batch)."""
    import numpy as np
    sizes = _sizes(shape)
    if sizes is None or int(np.prod(sizes)) > 36 or len(sizes) > 3:
        return "random"
    floating = dtype.startswith(("float", "bfloat", "half", "double"))
    arr = (np.arange(int(np.prod(sizes)) if sizes else 1) + k + 2).reshape(sizes)
    if dtype == "bool":
        return repr((arr % 2 == 0).tolist())
    return repr(arr.astype(float).tolist() if floating else arr.tolist())


# Words a learner may type instead of a value: a tensor of the signature's shape (an unknown
# dimension taken as 2), the same in the app and in the exported code.
INPUT_WORDS = ("zeros", "ones", "random")


def _sizes(shape: str):
    """A signature's shape text as sizes, an unknown dimension as 2 (None if unreadable)."""
    import re
    text = shape.strip().strip("[]() ")
    if shape.strip() in ("None", "?"):
        return []
    dims = [d.strip() for d in text.split(",") if d.strip()]
    if not all(re.fullmatch(r"None|\?|\d+", d) for d in dims):
        return None
    return [2 if d in ("None", "?") else int(d) for d in dims]


def input_code(text: str, dtype: str, shape: str) -> str:
    """A run's input as Python code with numpy as np: the literal typed, or for a word
    (zeros, ones, random) the numpy call that makes it."""
    word = text.strip().lower()
    if word not in INPUT_WORDS:
        return text.strip()
    size = tuple(_sizes(shape) or ())
    if word != "random":
        return f"np.{word}({size!r}, {dtype!r})"
    if dtype.startswith(("int", "uint")):      # labels 0 and 1: valid for any classifier
        return f"np.random.default_rng(0).integers(0, 2, {size!r}).astype({dtype!r})"
    return f"np.random.default_rng(0).random({size!r}).astype({dtype!r})"


def input_value(text: str, dtype: str, shape: str = ""):
    """A learner's input for a run: a Python literal such as 2.0 or [[1, 2], [3, 4]], or
    zeros, ones or random in the signature's shape."""
    import ast

    import numpy as np
    code = input_code(text, dtype, shape)
    try:
        if code != text.strip():
            return eval(code, {"np": np})       # our own numpy call, made above
        value = ast.literal_eval(code)
        return np.asarray(value, dtype=np.dtype(dtype) if dtype != "string" else object)
    except (ValueError, SyntaxError, TypeError):
        raise Problem(QT_TRANSLATE_NOOP("core", "{text} is not a value: write a number, a "
                                                "list such as [1.0, 2.0], or zeros, ones or "
                                                "random"), text=repr(text)) from None


def run_order(graph: OpGraph) -> list[str]:
    """The ops in an order TensorFlow could run them: each after everything it reads,
    ties in the graph's own order (a body's ops follow their control-flow op). Kept on the
    graph: a worker makes it, the GUI thread reuses it at every step."""
    if getattr(graph, "_run_order", None) is not None:
        return graph._run_order
    index = {n.name: i for i, n in enumerate(graph.nodes)}
    waiting = {n.name: sum(1 for i in set(n.inputs) if i in index) for n in graph.nodes}
    readers = graph.readers()
    import heapq
    ready = [index[n] for n, k in waiting.items() if k == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        name = graph.nodes[heapq.heappop(ready)].name
        order.append(name)
        for r in readers.get(name, []):
            waiting[r] -= 1
            if waiting[r] == 0:
                heapq.heappush(ready, index[r])
    graph._run_order = order
    return order
