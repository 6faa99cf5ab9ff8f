"""Values flowing through the graph and back through the tape, TensorFlow's own (issue 24)."""
import numpy as np
import pytest

from tfvisual.core import graphs, tape


def _compute():
    fn, filename = graphs.define(graphs.EXAMPLES["compute"])
    spec = graphs.parse_spec("float32", "None")
    return fn, graphs.trace(fn, spec, spec, spec, source_file=filename)


@pytest.mark.parametrize("inputs", [(2.0, 3.0, 4.0), ([1.0, 2.0], [3.0, 4.0], [5.0, 6.0]),
                                    (np.ones((2, 3)), np.full((2, 3), 2.0), np.eye(2, 3))])
def test_every_value_of_compute_is_what_eager_tensorflow_computes(inputs):
    import tensorflow as tf
    fn, g = _compute()
    values = graphs.run_values(g, list(inputs))
    a, b, c = (tf.constant(v, tf.float32) for v in inputs)
    eager = {"a": a, "b": b, "c": c, "mul": a * b, "mul_1": a * b, "add": a * b + c,
             "mul_2": a * b * c}
    for name, want in eager.items():
        np.testing.assert_allclose(values[name], want.numpy(), rtol=1e-6)
    d, e = fn(a, b, c)
    np.testing.assert_allclose(values["Identity"], d.numpy())
    np.testing.assert_allclose(values["Identity_1"], e.numpy())
    # Grappler's graph: the second a * b is gone, its reader took the kept one's value.
    after = graphs.run_values(graphs.optimize(g), list(inputs))
    assert "mul_1" not in after and np.allclose(after["mul_2"], values["mul_2"])
    assert len(graphs.run_order(graphs.optimize(g))) == len(g) - 1
    # A function is traced for its inputs first.
    assert np.allclose(graphs.run_values(fn, list(inputs))["add"], values["add"])


def test_the_run_order_puts_each_op_after_what_it_reads():
    _fn, g = _compute()
    order = graphs.run_order(g)
    assert sorted(order) == sorted(n.name for n in g.nodes)
    at = {n: i for i, n in enumerate(order)}
    for a, b in g.edges():
        assert at[a] < at[b]


def test_a_while_shows_its_iteration_count():
    fn, filename = graphs.define(graphs.EXAMPLES["if_for"])
    g = graphs.trace(fn, graphs.parse_spec("int32", "()"), source_file=filename)
    values = graphs.run_values(g, [27])
    assert int(values["while"]) == 111 == int(fn(27))      # Collatz: 27 takes 111 steps
    assert "while.body/mod" not in values                 # no single value inside a loop


def test_bad_inputs_are_said_plainly():
    _fn, g = _compute()
    with pytest.raises(ValueError, match="3 inputs, not 2"):
        graphs.run_values(g, [1.0, 2.0])
    spec = graphs.parse_spec("float32", "(2,)")
    fn, _ = graphs.define(graphs.EXAMPLES["compute"])
    g2 = graphs.trace(fn, spec, spec, spec)
    with pytest.raises(ValueError, match="shape"):
        graphs.run_values(g2, [[1.0, 2.0, 3.0]] * 3)


def test_a_function_reading_a_variable_runs_on_its_value_and_leaves_it_alone():
    fn, _ = graphs.define(graphs.EXAMPLES["variable"])
    g = graphs.trace(fn, graphs.parse_spec("float32", "()"))
    v = next(iter(g.captured.values()))
    values = graphs.run_values(g, [5.0])
    assert float(values["ReadVariableOp"]) == 3.0 and float(values["mul"]) == 15.0
    assert float(v.numpy()) == 2.0                      # the learner's variable, unchanged
    assert float(fn(5.0)) == 15.0                       # eager TensorFlow agrees (v is 3 now)
    assert float(graphs.run_values(graphs.optimize(g), [5.0])["mul"]) == 20.0


def test_a_keras_training_step_runs_with_every_value_and_the_model_keeps_its_weights():
    import keras
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, name="d")])
    before = [w.numpy().copy() for w in model.weights]
    g = graphs.train_step_graph(model)
    x, y = np.ones((2, 4), "float32"), np.array([0, 2], "int32")
    values = graphs.run_values(g, [x, y])
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(y, model(x))
    np.testing.assert_allclose(values[g.outputs[0]], loss.numpy(), rtol=1e-5)
    assert all(np.array_equal(a, w.numpy()) for a, w in zip(before, model.weights))


def test_big_values_are_kept_as_a_summary():
    fn, _ = graphs.define("def f(x):\n    return x * 2.0\n")
    g = graphs.trace(fn, graphs.parse_spec("float32", "(1000, 1000)"))
    values = graphs.run_values(g, [np.ones((1000, 1000))], limit=2 ** 20)
    s = values["mul"]
    assert isinstance(s, graphs.Summary) and s.shape == (1000, 1000) and s.mean == 2.0
    assert graphs.value_text(s) == "float32[1000, 1000]"
    assert graphs.value_text(np.float32(54.0)) == "54.0"
    assert graphs.value_text(np.array([1.0, 2.5])) == "[1.0 2.5]"


def test_the_tape_recording_matches_the_seven_steps():
    """Forward X → A·X → A·X − B → loss, backward to dX: the seed's numbers, step by step."""
    steps = tape.descend()
    for s in steps:
        rec = tape.recording(x=s.x)
        assert float(rec.values["loss"]) == pytest.approx(s.loss)
        assert float(rec.values["dX"]) == pytest.approx(s.grad)
        assert float(rec.values["sub"]) == pytest.approx(3.0 * s.x - 6.0)
    passes = {n.name: n.attrs["pass"] for n in rec.nodes}
    assert passes["Abs"] == "forward" and passes["dX"] == "backward"
    assert passes["gradient_tape/Abs/Sign"] == "backward"
    # At the minimum the sign of A·X − B is 0: that is why dX is 0 there.
    assert float(rec.values["gradient_tape/Abs/Sign"]) == 0.0
    sq = tape.recording(x=20.0, loss="square")
    assert float(sq.values["dX"]) == pytest.approx(2 * 3.0 * 54.0)
    assert {n.op for n in sq.nodes if n.attrs["pass"] == "forward"} >= {"Square", "Mul", "Sub"}


def test_a_print_in_a_loop_is_cut_with_a_count():
    from tfvisual.core import calls
    log = calls.call_log("@tf.function\ndef f(n):\n    for i in tf.range(n):\n"
                         "        tf.print('i', i)\n    return n\n", "f(tf.constant(100))")
    lines = log.calls[0].tf_prints
    assert lines[0] == "i 0" and lines[-1] == "… 80 more" and len(lines) == 21


def test_words_for_inputs_make_the_signatures_shape_in_the_app_and_the_export():
    assert graphs.default_input("float32", "(None, 28, 28, 1)", 0) == "random"
    assert graphs.default_input("float32", "(10,)", 0) == repr([float(k) for k in range(2, 12)])
    x = graphs.input_value("random", "float32", "(None, 28, 28, 1)")
    assert x.shape == (2, 28, 28, 1) and x.dtype == np.float32 and 0 <= x.min() < x.max() < 1
    labels = graphs.input_value("random", "int32", "(None,)")
    assert labels.dtype == np.int32 and set(labels.tolist()) <= {0, 1}
    code = graphs.input_code("zeros", "int32", "(3,)")
    assert np.array_equal(eval(code, {"np": np}), graphs.input_value("zeros", "int32", "(3,)"))
    with pytest.raises(ValueError, match="zeros, ones or random"):
        graphs.input_value("rand", "float32", "()")


def test_a_folded_group_steps_once_with_the_output_read_outside_it():
    fn, _ = graphs.define("def f(x):\n    with tf.name_scope('g'):\n        y = x * 2.0\n"
                          "        z = y + 1.0\n    return z * 3.0\n")
    g = graphs.trace(fn, graphs.parse_spec("float32", "(2,)"))
    shown = graphs.collapse(g)
    values = graphs.run_values(g, [[1.0, 2.0]])
    order, boxes = graphs.shown_values(g, shown, values)
    assert order.index("x") < order.index("g") < order.index("mul")
    np.testing.assert_allclose(boxes["g"], [3.0, 5.0])       # z, not y: what leaves the group
    assert graphs.summary_text(boxes["g"]) == "float32[2] 3.0…5.0 μ 4.0"


def test_a_bigger_tensor_becomes_a_small_picture():
    assert graphs.value_picture(np.float32(3.0)) is None
    assert graphs.value_picture(np.array([1.0, 2.0])) is None          # its text says it
    strip = graphs.value_picture(np.arange(10.0))
    assert strip.shape == (1, 10) and strip[0, 0] == 0.0 and strip[0, -1] == 1.0
    image = graphs.value_picture(np.random.rand(4, 28, 28, 3))
    assert image.shape == (28, 28) and image.min() == 0.0 and image.max() == 1.0
    assert graphs.value_picture(np.ones((300, 300))).shape == (30, 30)


def test_values_come_in_runs_that_never_hold_more_than_the_limit():
    fn, _ = graphs.define("def f(x):\n    y = x * 2.0\n    z = y + 1.0\n    return z * 3.0\n")
    g = graphs.trace(fn, graphs.parse_spec("float32", "(None, 1000)"))
    x = np.ones((512, 1000), "float32")                     # 2 MB per value
    with graphs.value_runner(g) as run:
        assert len(run.__self__._chunks([x], 3 * 2 ** 20)) == 4     # one 2 MB value per run
        values = run([x], limit=6 * 2 ** 20)
    assert float(values["add"][0, 0]) == 3.0 and isinstance(values["x"], np.ndarray)
    assert isinstance(values["mul_1"], graphs.Summary) and values["mul_1"].mean == 9.0
    full = graphs.run_values(g, [x])
    assert all(np.array_equal(full[k], values[k]) for k in values
               if not isinstance(values[k], graphs.Summary))


def test_stop_ends_a_run_stuck_in_an_endless_loop():
    """Stop (Esc) reaches inside TensorFlow: the session is closed, the run says Cancelled."""
    import threading

    from tfvisual.core.concurrent import Cancelled, State
    fn, _ = graphs.define("def f(n):\n    i = tf.constant(0)\n    while i < n:\n"
                          "        i += 1\n    return i\n")
    g = graphs.trace(fn, graphs.parse_spec("int32", "()"))
    state = State()
    threading.Timer(1.0, state.cancel).start()
    with pytest.raises(Cancelled):
        graphs.run_values(g, [2_000_000_000], state)      # minutes of counting otherwise
    assert int(graphs.run_values(g, [5], State())["while"]) == 5      # a fresh run works
