"""What the app says about TensorFlow, checked by running TensorFlow: each test fails if the
sentence it names were false (issue 23)."""
import math

import pytest

from tfvisual.core import exercises, tape


def _ex(id_):
    return next(e for e in exercises.EXERCISES if e.id == id_)


def _run(**kw):
    p = dict(a=3.0, b=6.0, x0=20.0, steps=7, learning_rate=1.0, loss="abs", optimizer="plain")
    p.update(kw)
    steps = tape.descend(**p)
    return p, steps, tape.diagnose(steps, p["a"], p["b"])


@pytest.mark.parametrize("lr", [0.1, 0.03, 0.01])
def test_abs_oscillates_at_any_rate_by_its_constant_gradient(lr):
    """Tape: abs oscillates whatever the rate, its step fixed at lr·|A| (not 'too large')."""
    p, steps, verdict = _run(learning_rate=lr, x0=20.05, steps=2000)
    assert verdict == "oscillating"
    key, v = tape.explain(steps, p, verdict)
    assert key == "abs_fixed_step"
    assert {abs(s.grad) for s in steps} == {3.0}             # ±A, whatever the distance
    assert v["step"] == pytest.approx(lr * 3.0)
    swing = abs(steps[-1].x - steps[-2].x)
    assert swing == pytest.approx(lr * 3.0, rel=1e-3)          # a smaller rate: a smaller swing


def test_square_thresholds_are_one_over_two_a2_and_one_over_a2():
    """Tape's square-loss texts and hints: the error is multiplied by 1 − 2A²·lr, so X
    crosses over past 1/(2A²), swings for ever at 1/A² and diverges past it."""
    a = 3.0
    for lr in (0.03, 0.05):                               # below 1/(2A²): same side, converges
        _p, steps, verdict = _run(loss="square", learning_rate=lr, steps=60)
        assert verdict == "converged" and all(s.x >= 2.0 for s in steps)
    _p, steps, verdict = _run(loss="square", learning_rate=0.09, steps=200)
    assert verdict == "converged"                             # crossing over, dying away
    assert (steps[0].x - 2) * (steps[1].x - 2) < 0
    p, steps, verdict = _run(loss="square", learning_rate=1 / a ** 2, steps=30)
    assert verdict == "oscillating"
    key, v = tape.explain(steps, p, verdict)
    assert key == "square_oscillating" and v["measured"] == pytest.approx(-1.0, abs=1e-3)
    assert v["limit"] == pytest.approx(0.111, abs=1e-3)
    for lr in (0.12, 0.15, 0.2):
        p, steps, verdict = _run(loss="square", learning_rate=lr, steps=7)
        assert verdict == "diverging"
        key, v = tape.explain(steps, p, verdict)
        assert key == "square_diverging"
        assert v["measured"] == pytest.approx(v["predicted"], rel=1e-3)
        assert _ex("tape.diverges").check({"params": p, "steps": steps}).passed
    p, steps, _ = _run(loss="square", learning_rate=0.1, steps=7)
    assert not _ex("tape.diverges").check({"params": p, "steps": steps}).passed
    # The hint's 1/A², with the six decimals the panel's box takes, passes "oscillates".
    p, steps, _ = _run(loss="square", learning_rate=round(1 / a ** 2, 6), steps=7)
    assert _ex("tape.oscillates").check({"params": p, "steps": steps}).passed
    # "near 1/(2A²) the answer comes at once"
    p, steps, _ = _run(loss="square", learning_rate=round(1 / (2 * a ** 2), 4), steps=10)
    assert _ex("tape.square_fast").check({"params": p, "steps": steps}).passed


def test_hints_say_the_thresholds_the_tests_check():
    hints = _ex("tape.oscillates").hint + _ex("tape.diverges").hint
    assert "1/A²" in hints and "2 / A²" not in hints and "2/A²" not in hints


def test_initial_loss_line_is_the_chapters():
    assert tape.initial_loss_repr() == "tf.Tensor(54.0, shape=(), dtype=float32)"
    assert math.isclose(tape.descend()[0].loss, 54.0)


# -- models and training ---------------------------------------------------------------------
def test_dropout_zeroes_and_scales_the_rest_and_learns_nothing():
    import keras
    import numpy as np
    assert "1/(1 − rate)" in _ex("models.free_layer").hint
    layer = keras.layers.Dropout(0.5, seed=1)
    out = np.asarray(layer(np.ones((1, 1000), "float32"), training=True))
    assert set(np.unique(out)) == {0.0, 2.0}          # kept ones scaled by 1 / (1 − 0.5)
    assert np.array_equal(np.asarray(layer(np.ones((1, 8), "float32"), training=False)),
                          np.ones((1, 8)))
    assert layer.count_params() == 0


def _digits_model(ds):
    from tfvisual.core import models
    return models.build_sequential(models.ModelSpec(
        input_shape=ds.input_shape, num_classes=ds.num_classes,
        hidden=[models.LayerSpec("dense", 32, "relu")]))


def test_nan_hint_a_large_rate_is_huge_but_finite_an_enormous_one_overflows():
    import numpy as np

    from tfvisual.core import data, training
    assert "3.4e38" in _ex("training.nan").hint and "keeps the loss finite" not in \
        _ex("training.nan").hint
    assert float(np.finfo(np.float32).max) == pytest.approx(3.4e38, rel=0.01)
    ds = data.digits()
    events = []
    s = training.train(_digits_model(ds), ds, training.TrainConfig(
        epochs=2, learning_rate=100.0, optimizer="sgd"), lambda k, d: events.append((k, d)))
    losses = [logs["loss"] for k, d in events if k == "batches" for _s, logs, _t in d["items"]]
    assert s["nan_step"] is None and max(losses) > 1000 and all(map(math.isfinite, losses))
    cb = training.CallbackConfig(scheduler={"kind": "expression", "expression": "1e35"},
                                 terminate_on_nan=True)
    s = training.train(_digits_model(ds), ds, training.TrainConfig(
        epochs=3, learning_rate=0.01, callbacks=cb), lambda k, d: None)
    assert s["nan_step"] is not None and s["epochs_run"] < 3


def test_a_learning_rate_change_is_named_by_the_callback_seen_making_it():
    from tfvisual.core import data, training
    own = '''class Halve(tf.keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        lr = self.model.optimizer.learning_rate
        lr.assign(lr * 0.5)
'''
    ds = data.two_d("blobs", n=200)
    for cb, by in ((training.CallbackConfig(custom_source=own), "Halve"),
                   (training.CallbackConfig(scheduler={"kind": "expression",
                                                       "expression": "lr * 0.5"}),
                    "LearningRateScheduler")):
        events = []
        training.train(_digits_model(ds), ds, training.TrainConfig(epochs=3, callbacks=cb),
                       lambda k, d: events.append((k, d)))
        changes = [d for k, d in events if k == "lr_changed"]
        assert changes and {d["by"] for d in changes} == {by}, changes


# -- devices and graphs ----------------------------------------------------------------------
def test_placement_is_tensorflows_own_not_the_results_device():
    """Devices: 'each op coloured by the device TensorFlow placed it on'. A traced op asks for
    no device (op.device is empty), so the placement must come from the run itself."""
    import tensorflow as tf

    from tfvisual.core import devices

    @tf.function
    def f(x):
        return x * 2
    assert all(op.device == "" for op in f.get_concrete_function(
        tf.TensorSpec(())).graph.get_operations())
    placed = devices.placement("/CPU:0")
    assert {op for _, op, _, _ in placed} >= {"MatMul", "Relu", "Mean"}
    assert all(dev == "CPU:0" for _, _, dev, _ in placed)


def test_control_flow_bodies_are_drawn_and_count():
    """The while/if example draws the If inside the While's body; it passes 'branch op'."""
    from tfvisual.core import graphs
    fn, filename = graphs.define(graphs.EXAMPLES["if_for"])
    g = graphs.trace(fn, graphs.parse_spec("int32", "()"), source_file=filename)
    ops = g.op_counts()
    assert ops.get("StatelessWhile") == 1 and ops.get("StatelessIf") == 1
    assert {"while.body", "while.cond", "while.body/cond.then_branch",
            "while.body/cond.else_branch"} <= set(g.bodies)
    assert "FloorDiv" in ops and "FloorMod" in ops       # the branches' own ops
    shown = graphs.fold_bodies(g, set())
    assert {n.name for n in shown.nodes if n.op == "Scope"} == {"while.body", "while.cond"}
    opened = graphs.fold_bodies(g, {"while.body"})
    assert "while.body/cond" in opened
    result = {"before": g, "after": graphs.optimize(g), "signatures": []}
    assert _ex("graphs.cond").check(result).passed and _ex("graphs.while_loop").check(
        result).passed
    # A call of another tf.function and a switch_case open the same way.
    d = graphs.define_function("@tf.function\ndef inner(x):\n    return x * 2\n\n"
                               "def outer(x):\n    return inner(x) + 1\n")
    g = graphs.trace(d.python, graphs.parse_spec("float32", "()"))
    assert g.bodies == ["PartitionedCall.f"] and "PartitionedCall.f/mul" in g
    d = graphs.define_function("def f(i, x):\n    return tf.switch_case(i, [lambda: x * 2, "
                               "lambda: x + 1])\n")
    g = graphs.trace(d.python, graphs.parse_spec("int32", "()"),
                     graphs.parse_spec("float32", "()"))
    assert len(g.bodies) == 2 and {"Mul", "AddV2"} <= set(g.op_counts())


def test_graph_mode_costs_a_fixed_amount_per_call_and_pays_on_more_work():
    """Graphs speed text: a tiny function is slower as a tf.function, a long one faster."""
    import tensorflow as tf

    from tfvisual.core import graphs

    def tiny(x):
        return x + 1.0

    def long(x):
        for _ in range(300):
            x = x * 1.0001 + 0.5
        return x
    x = tf.constant(1.0)
    small = graphs.timing(tiny, [x], calls=60)
    big = graphs.timing(long, [x], calls=10)
    assert small["ratio"] < big["ratio"] and big["ratio"] > 1


# -- the graphs lesson -----------------------------------------------------------------------
def test_eager_computes_a_times_b_twice_grappler_once():
    import tensorflow as tf
    from tensorflow.python.framework import op_callbacks

    from tfvisual.core import graphs
    ran = []

    def record(op_type, inputs, attrs, outputs, op_name=None, graph=None):
        if graph is None:
            ran.append(op_type)
    fn, _ = graphs.define(graphs.EXAMPLES["compute"])
    op_callbacks.add_op_callback(record)
    try:
        fn(tf.constant(2.0), tf.constant(3.0), tf.constant(4.0))
    finally:
        op_callbacks.remove_op_callback(record)
    assert ran.count("Mul") == 3                    # a * b twice, then * c
    spec = graphs.parse_spec("float32", "()")
    after = graphs.optimize(graphs.trace(fn, spec, spec, spec))
    assert after.op_counts()["Mul"] == 2
    # d's add and e's multiply have no path between them: they may run at once.
    g = graphs.trace(fn, spec, spec, spec)
    add = next(n.name for n in g.nodes if n.op == "AddV2")
    mul_c = next(n.name for n in g.nodes if n.op == "Mul" and "c" in n.inputs)

    def reaches(a, b):
        todo, seen = [a], set()
        while todo:
            n = todo.pop()
            if n == b:
                return True
            for r in g.consumers(n):
                if r not in seen:
                    seen.add(r)
                    todo.append(r)
        return False
    assert not reaches(add, mul_c) and not reaches(mul_c, add)


def test_the_decorator_is_the_same_as_the_call():
    from tfvisual.core import graphs
    plain = graphs.EXAMPLES["compute"]
    forms = {}
    for src in (graphs.EXAMPLES["tf_function"], plain + "compute = tf.function(compute)\n",
                plain):
        d = graphs.define_function(src)
        spec = graphs.parse_spec("float32", "()")
        g = graphs.trace(d.function or d.python, spec, spec, spec)
        forms[d.form] = sorted((n.op, tuple(sorted(n.inputs))) for n in g.nodes)
    assert set(forms) == {"decorator", "call", "def"}
    assert forms["decorator"] == forms["call"] == forms["def"]


def test_print_traces_tf_print_runs_and_what_retraces():
    from tfvisual.core import calls, graphs
    log = calls.call_log(graphs.EXAMPLES["trace_vs_run"], calls.DEFAULT_CALLS)
    traced = [c.traced for c in log.calls]
    assert traced == [True, False, True, True, False, True]
    assert [c.reason for c in log.calls if c.traced] == ["first", "value", "kind", "shape"]
    assert all(bool(c.prints) == c.traced for c in log.calls)      # print: once per trace
    assert all(len(c.tf_prints) == 1 for c in log.calls)           # tf.print: every call
    assert log.traces == 4
    assert log.calls[0].tf_prints == ["tf.print: running, a = 1.0"]
    # input_signature and reduce_retracing keep one graph for many shapes
    three = "f(tf.constant([1.0]))\nf(tf.constant([1.0, 2.0]))\nf(tf.constant([1.0, 2.0, 3.0]))\n"
    sig = calls.call_log("@tf.function(input_signature=[tf.TensorSpec([None])])\n"
                         "def f(x):\n    return x * 2\n", three)
    assert [c.traced for c in sig.calls] == [True, False, False] and sig.input_signature
    rr = calls.call_log("def f(x):\n    return x * 2\nf = tf.function(f, reduce_retracing=True)\n",
                        three)
    assert [c.traced for c in rr.calls] == [True, True, False]
    assert rr.calls[1].reason == "general" and rr.calls[2].signature == "float32[None]"
    plain = calls.call_log("def f(x):\n    return x * 2\n", three)
    assert [c.traced for c in plain.calls] == [True, True, True]


def test_a_saved_model_stores_the_graph(tmp_path):
    import tensorflow as tf

    class M(tf.Module):
        @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
        def double(self, x):
            return x * 2.0
    tf.saved_model.save(M(), str(tmp_path))
    loaded = tf.saved_model.load(str(tmp_path))
    assert list(loaded.double(tf.constant([1.0, 2.0])).numpy()) == [2.0, 4.0]
    assert (tmp_path / "saved_model.pb").stat().st_size > 0


def test_eager_mode_differentiates_with_the_tape():
    import tensorflow as tf
    x = tf.Variable(3.0)
    with tf.GradientTape() as tape:
        y = x * x
    assert float(tape.gradient(y, x)) == 6.0


def test_the_schedule_choices_do_what_their_names_say():
    """Training: 'step: halve every 10 epochs', 'exponential: × e^−0.1 each epoch',
    'cosine: down to 0 over the epochs' (the panel passes only the kind)."""
    from tfvisual.core import training
    step = training.schedule("step", total_epochs=30)
    assert [step(e, 1.0) for e in (9, 10, 11, 20)] == [1.0, 0.5, 1.0, 0.5]
    assert training.schedule("exponential")(1, 1.0) == pytest.approx(math.exp(-0.1))
    cosine = training.schedule("cosine", total_epochs=20)
    assert cosine(0, 0.1) == pytest.approx(0.1) and cosine(20, 0.1) == pytest.approx(0.0)


def test_the_tape_lesson_start_21_or_rate_07_bounces_around_2():
    """Tape lesson: 'dX is ±A', 'every step moves X by exactly 3 × learning rate', 'the
    gradient of abs at 0 is 0', 'try a start of 21 or a learning rate of 0.7 to see it
    bounce around 2'."""
    for kw in ({"x0": 21.0}, {"learning_rate": 0.7}):
        p, steps, verdict = _run(steps=40, **kw)
        assert verdict == "oscillating"
        assert {abs(s.grad) for s in steps} == {3.0}
        assert all(abs(b.x - a.x) == pytest.approx(3.0 * p["learning_rate"], rel=1e-5)
                   for a, b in zip(steps, steps[1:]))
        assert min(s.x for s in steps[-4:]) < 2.0 < max(s.x for s in steps[-4:])
    steps = tape.descend()
    assert steps[-1].x == 2.0 and steps[-1].grad == 0.0


def test_sgd_beats_adam_hint_a_larger_rate_wins_and_the_default_does_not():
    """Training: "give sgd a larger learning rate (0.3 to 0.5)" beats adam's final val_loss;
    Compare optimizers' own sgd rate (0.05) does not, so its defaults alone pass nothing."""
    import keras

    from tfvisual.core import data, models, training
    assert "(0.3 to 0.5)" in _ex("training.sgd_beats_adam").hint
    ds = data.digits()
    final = {}
    rates = dict(training.COMPARE)
    for opt, lr in (("adam", rates["adam"]), ("sgd", rates["sgd"]), ("sgd", 0.3)):
        keras.utils.set_random_seed(1)                 # as Compare optimizers does
        model = models.build(models.ModelSpec(input_shape=ds.input_shape, num_classes=10),
                             "sequential")
        cfg = training.TrainConfig(epochs=20, optimizer=opt, learning_rate=lr,
                                   callbacks=training.CallbackConfig(layer_stats=False))
        final[opt, lr] = training.train(model, ds, cfg, lambda k, d: None)["history"][
            "val_loss"][-1]
    assert final["sgd", 0.3] < final["adam", rates["adam"]] < final["sgd", rates["sgd"]]


def test_digits95_hint_sgd_at_0_2_reaches_95_and_the_panels_start_does_not_pass():
    """The hint's rate reaches 95 % with the panel's model in 5 epochs; a small sgd rate does
    not; pressing Start (adam at 0.01) reaches it but is not the exercise."""
    from tfvisual.core import data, models, training
    ds = data.digits()

    def run(opt, lr):
        cfg = training.TrainConfig(epochs=5, optimizer=opt, learning_rate=lr, seed=1)
        spec = models.ModelSpec(input_shape=ds.input_shape, num_classes=10)
        summary = training.train(models.build(spec, "sequential"), ds, cfg, lambda *a: None,
                                 log=lambda *a: None)
        return _ex("training.digits95").check({"summary": summary, "config": cfg,
                                               "dataset": ds.name})
    assert "(0.2 or more)" in _ex("training.digits95").hint
    assert run("sgd", 0.2).passed
    assert not run("sgd", 0.05).passed
    start = run("adam", training.START_LEARNING_RATE)
    assert not start.passed and "adam" in start.measured
