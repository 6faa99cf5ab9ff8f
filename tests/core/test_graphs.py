import pytest

from tfvisual.core import graphs
from tfvisual.core.layout import layout, simple_layout
from tfvisual.core.snippets import SnippetError


def _compute():
    fn, filename = graphs.define(graphs.EXAMPLES["compute"])
    spec = graphs.parse_spec("float32", "None")
    return graphs.trace(fn, spec, spec, spec, source_file=filename)


def _ab_muls(g):
    return [n for n in g.nodes if n.op == "Mul" and sorted(n.inputs) == ["a", "b"]]


def test_compute_has_two_a_times_b_and_grappler_keeps_one():
    before = _compute()
    assert len(_ab_muls(before)) == 2
    after = graphs.optimize(before)
    kept = _ab_muls(after)
    assert len(kept) == 1
    readers = after.consumers(kept[0].name)
    assert {after.node(r).op for r in readers} == {"AddV2", "Mul"}
    d = graphs.diff(before, after)
    assert "1 of 3 Mul removed: common subexpression" in d.messages


def test_source_lines_are_recorded():
    g = _compute()
    assert {n.name: n.lines for n in _ab_muls(g)} == {"mul": [2], "mul_1": [3]}


def test_autograph_converts_if():
    src = "def f(x):\n    if x > 0:\n        x = x * 2\n    return x\n"
    fn, _ = graphs.define(src)
    assert "ag__.if_stmt" in graphs.autograph_source(fn)


def test_while_example_becomes_a_loop():
    fn, filename = graphs.define(graphs.EXAMPLES["if_for"])
    g = graphs.trace(fn, graphs.parse_spec("int32", "()"), source_file=filename)
    assert any(n.op in ("While", "StatelessWhile") for n in g.nodes)


def test_constant_folding_shows():
    fn, filename = graphs.define(graphs.EXAMPLES["constant_folding"])
    before = graphs.trace(fn, graphs.parse_spec("float32", "(None,)"), source_file=filename)
    after = graphs.optimize(before)
    assert len(after) < len(before)


@pytest.mark.parametrize("layouter", [layout, simple_layout])
def test_layout_puts_inputs_above(layouter):
    g = graphs.cnn_train_step_graph() if layouter is layout else _compute()
    pos = layouter(g)
    assert set(pos) == {n.name for n in g.nodes}
    for a, b in g.edges():
        assert pos[a][1] < pos[b][1], (a, b)


def test_collapse_folds_scopes():
    g = graphs.cnn_train_step_graph()
    assert len(g) > 1000
    small = graphs.collapse(g)
    assert len(small) < 200
    assert any(n.op == "Scope" and n.count > 1 for n in small.nodes)
    scope = next(n.name for n in small.nodes if n.op == "Scope")
    opened = graphs.collapse(g, {scope})
    assert len(opened) > len(small)


def test_dot_export():
    dot = _compute().to_dot()
    assert dot.startswith("digraph") and '"a" -> "mul"' in dot


@pytest.mark.parametrize("src,words", [
    ("def f(x):\n    return x +\n", "syntax"),
    ("x = 1\n", "define a function"),
    ("def f(x):\n    return None\n", "returns no tensor"),
    ("def f(x):\n    return x + undefined_thing\n", "tracing failed"),
])
def test_bad_input(src, words):
    with pytest.raises(SnippetError, match=words):
        fn, filename = graphs.define(src)
        graphs.trace(fn, graphs.parse_spec("float32", "None"), source_file=filename)


def test_trace_error_points_at_line():
    fn, filename = graphs.define("def f(x):\n    y = x * 2\n    return y + undefined_thing\n")
    with pytest.raises(SnippetError) as e:
        graphs.trace(fn, graphs.parse_spec("float32", "None"), source_file=filename)
    assert e.value.line == 3


@pytest.mark.parametrize("dtype,shape", [("flaot32", "None"), ("float32", "(a, 3)")])
def test_bad_spec(dtype, shape):
    with pytest.raises(ValueError):
        graphs.parse_spec(dtype, shape)


def test_timing_ratio():
    fn, _ = graphs.define(graphs.EXAMPLES["compute"])
    specs = [graphs.parse_spec("float32", "(4,)")] * 3
    t = graphs.timing(fn, graphs.sample_args(specs), calls=5)
    assert t["eager"] > 0 and t["graph"] > 0 and t["ratio"] > 0


def test_dot_lays_out_a_thousand_nodes_without_blocking():
    """dot's output for big graphs is larger than a pipe holds: it must be read as it comes
    (this once hung for the whole timeout), and its search limits keep it fast."""
    from tfvisual.core import layout as L
    nodes, width = [], 32
    for i in range(1000):
        ins = [f"n{j}" for j in (i - width, i - width + 1) if 0 <= j and i >= width]
        nodes.append(graphs.Node(f"n{i}", "Op", ins))
    g = graphs.OpGraph(nodes)
    pos = L._dot_layout(g, L.dot_binary(), None, timeout=30)
    assert len(pos) == 1000
    for a, b in g.edges():
        assert pos[a][1] < pos[b][1]


def _diff_of(key):
    fn, fname = graphs.define(graphs.EXAMPLES[key])
    specs = [graphs.parse_spec(dt, sh) for _, dt, sh in graphs.EXAMPLE_SPECS[key]]
    before = graphs.trace(fn, *specs, source_file=fname)
    return graphs.diff(before, graphs.optimize(before)).messages


def test_grappler_reasons_are_what_happened():
    """Each reason is read off the two graphs, never guessed from op counts."""
    assert _diff_of("constant_folding")[:2] == ["2 of 2 Const removed: constant folding",
                                                "1 Mul became Const: constant folding"]
    loop = _diff_of("if_for")
    assert "1 of 1 StatelessWhile removed: lowered to control-flow ops" in loop
    assert not any("common subexpression" in m for m in loop)


def test_repeated_edges_reach_dot_once():
    """A folded box reading another through hundreds of ops: one edge for dot to route."""
    from tfvisual.core.layout import _dot_source
    nodes = [graphs.Node("a", "Scope", [])] + [graphs.Node("b", "Scope", ["a"] * 500)]
    source, _ = _dot_source(graphs.OpGraph(nodes))
    assert source.count("->") == 1


def test_train_step_graph_holds_forward_loss_gradient_and_update():
    from tfvisual.core import models
    g = graphs.train_step_graph(models.build_branching())
    scopes = {n.name.split("/")[0] for n in g.nodes}
    assert "gradient_tape" in scopes                           # the gradient
    assert any(s.startswith("adam") for s in scopes)          # the update (adam, adam_3, …)
    assert g.op_counts()["MatMul"] >= 6                          # forward and backward matmuls
    assert any("SparseSoftmaxCrossEntropy" in n.op for n in g.nodes)   # a class-score loss
    assert len(graphs.train_step_graph(models.build_branching())) == len(g)


def test_train_step_graph_cancels_between_layers_and_leaves_the_model_as_it_was():
    import pytest

    from tfvisual.core import models
    from tfvisual.core.concurrent import Cancelled, State
    m = models.build_sequential()
    seen = []
    state = State(on_progress=lambda f, msg: (seen.append(msg), state.cancel()))
    with pytest.raises(Cancelled):
        graphs.train_step_graph(m, state)
    assert len(seen) == 1 and seen[0].startswith("forward: flatten")   # stopped at once
    assert all("call" not in vars(layer) for layer in m.layers)
    assert len(graphs.train_step_graph(m)) > 100               # and it still traces


def test_the_layered_layout_keeps_a_10k_graph_in_order_and_dot_is_not_tried():
    """Past dot's reach (nodes plus every rank an edge spans) the in-process layout is used:
    inputs still above their readers."""
    from tfvisual.core import layout as L
    nodes, width = [], 100
    for i in range(10_000):
        ins = [f"n{j}" for j in (i - width, i - 3 * width) if j >= 0]
        nodes.append(graphs.Node(f"n{i}", "Op", ins))
    g = graphs.OpGraph(nodes)
    assert L.dot_work(g) > L.DOT_MAX_WORK
    pos = L.layout(g)
    assert len(pos) == 10_000 and all(pos[a][1] < pos[b][1] for a, b in g.edges())


def test_find_and_groups():
    g = _compute()
    assert {g.node(n).op for n in g.find("mul")} == {"Mul"} and g.find("  ") == []
    assert graphs.OpGraph([graphs.Node("a/b/c", "X", [])]).scopes("a/b/c") == ["a", "a/b"]


def test_each_grappler_pass_says_what_it_removes():
    effects = dict((label, removed) for label, removed, _ in
                   graphs.pass_effects(_compute()))
    assert effects["common subexpressions"] == 1 and effects["constant folding"] == 0


def test_an_input_too_big_for_grappler_is_refused_with_the_way_out():
    """(100000, 100000) float32 took the app down inside Grappler (a segfault)."""
    from tfvisual.core.errors import Problem
    with pytest.raises(Problem, match=r"38,147 MB: tfvisual traces inputs up to 64 MB; write "
                                      r"None"):
        graphs.parse_spec("float32", "(100000, 100000)")
    assert graphs.parse_spec("float32", "(None, 100000)").shape.as_list() == [None, 100000]
    assert graphs.parse_spec("float32", "(4096, 4096)").shape.as_list() == [4096, 4096]
