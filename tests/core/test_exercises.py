"""Every exercise: a live TensorFlow result that passes it, one that does not, and what the
failing one says. Results are computed here by the same core calls the panels make."""
import json
import subprocess
import sys

import pytest

from tfvisual.core import data, devices, execution, exercises, graphs, models, tape, tensors, \
    training
from tfvisual.core.exercises import BY_ID, EXERCISES, Progress


def check(ex_id, result):
    return BY_ID[ex_id].check(result)


def passes(ex_id, result):
    got = check(ex_id, result)
    assert got.passed, got.measured
    return got


def fails(ex_id, result, *words):
    got = check(ex_id, result)
    assert not got.passed
    for w in words:
        assert w in got.measured, got.measured
    return got


def test_the_public_list_covers_every_lesson_in_order():
    lessons = [e.lesson for e in EXERCISES]
    assert lessons == sorted(lessons, key=exercises.LESSONS.index)
    for lesson in exercises.LESSONS:
        assert 3 <= len(exercises.of_lesson(lesson)) <= 9
    assert len({e.id for e in EXERCISES}) == len(EXERCISES) >= 25
    for e in EXERCISES:
        assert e.goal and e.hint and e.learned and 1 <= e.difficulty <= 3


@pytest.mark.parametrize("ex", EXERCISES, ids=lambda e: e.id)
def test_none_or_a_result_of_another_kind_is_not_yet_never_an_error(ex):
    for wrong in (None, 3, "text", {"x": 1}, [1, 2], object()):
        got = ex.check(wrong)
        assert got.passed is False and isinstance(got.measured, str)


# -- tensors --------------------------------------------------------------------------------
def test_tensors():
    passes("tensors.rank4_float16", tensors.evaluate("tf.ones([1, 2, 3, 4], tf.float16)"))
    fails("tensors.rank4_float16", tensors.evaluate("tf.zeros([2, 3, 4])"),
          "rank 3", "float32", "24 elements")
    passes("tensors.rgb_spec", tensors.evaluate("tf.TensorSpec([None, None, None, 3])"))
    fails("tensors.rgb_spec", tensors.evaluate("tf.TensorSpec([None, None, 3])"),
          "(None, None, 3)")
    fails("tensors.rgb_spec", tensors.evaluate("tf.zeros([1, 2, 2, 3])"), "TensorSpec")
    passes("tensors.two_megabytes", tensors.evaluate("tf.zeros([1000, 1000], tf.float16)"))
    fails("tensors.two_megabytes", tensors.evaluate("tf.zeros([1000, 1000])"),
          "float32", "4000000 bytes")
    passes("tensors.counting_matrix", tensors.evaluate("tf.reshape(tf.range(12), [3, 4])"))
    fails("tensors.counting_matrix", tensors.evaluate("tf.reshape(tf.range(12), [4, 3])"),
          "(4, 3)")


# -- execution ------------------------------------------------------------------------------
def run(source):
    return {"eager": execution.run_eager(source), "lazy": execution.run_lazy_full(source)}


def test_execution():
    chapter = run(execution.CHAPTER_SNIPPET)
    fails("execution.mul0", chapter, "Add:0")
    fails("execution.mul0", run("a = tf.constant(2)\nc = a * 3\n"), "mul:0")   # lower case
    passes("execution.mul0", run("a = tf.constant(2)\nc = tf.multiply(a, 3)\n"))
    fails("execution.five_ops", chapter, "3 operations")
    passes("execution.five_ops", run("a = tf.constant(1.0)\nb = tf.constant(2.0)\n"
                                     "c = tf.constant(3.0)\nd = a + b\ne = d * c\n"))
    fails("execution.fan_out", chapter, "read by 1 operation")
    passes("execution.fan_out", run("a = tf.constant(1)\nb = tf.constant(2)\nc = a + b\n"
                                    "d = c * 2\ne = c - 1\n"))
    fails("execution.same_values", chapter, "eager printed 1 tensors")
    passes("execution.same_values", run("a = tf.constant([1, 2])\nc = a * 3\nprint(a)\n"
                                        "print(c)\n"))


# -- graphs ---------------------------------------------------------------------------------
def traced(source, *specs_list):
    """Trace the learner's function for each list of specs, as the graphs panel does."""
    import tensorflow as tf
    fn, _ = graphs.define(source)
    f = tf.function(fn)
    sigs = []
    for specs in specs_list:
        before = graphs.trace(f, *specs)
        sigs.append(", ".join(f"{s.dtype.name}{s.shape}" for s in specs))
    assert f.experimental_get_tracing_count() == len(specs_list)
    return {"before": before, "after": graphs.optimize(before), "signatures": sigs,
            "source": source}


def test_graphs():
    import tensorflow as tf
    s = tf.TensorSpec(None, tf.float32)
    compute = traced(graphs.EXAMPLES["compute"], (s, s, s))
    fails("graphs.grappler_two", compute, "removed 1 node, the goal is 2")
    passes("graphs.grappler_two", traced('''def f(x):
    a = x * 2.0 + x * 2.0
    return a + tf.constant(2.0) * tf.constant(3.0)
''', (s,)))
    fails("graphs.while_loop", compute, "none")
    fails("graphs.cond", compute, "none")
    loop = traced('''def f(n):
    total = tf.constant(0)
    while n > 0:
        total += n
        n -= 1
    return total
''', (tf.TensorSpec([], tf.int32),))
    passes("graphs.while_loop", loop)
    fails("graphs.cond", loop)
    branch = traced('''def f(x):
    if x > 0:
        return x
    return -x
''', (tf.TensorSpec([], tf.float32),))
    passes("graphs.cond", branch)
    # The built-in Collatz example has both, but picking it from the list writes nothing.
    collatz = traced(graphs.EXAMPLES["if_for"], (tf.TensorSpec([], tf.int32),))
    fails("graphs.while_loop", collatz, "built-in example if_for")
    fails("graphs.cond", collatz, "built-in example if_for")
    edited = traced(graphs.EXAMPLES["if_for"].replace("3 * n + 1", "5 * n + 1"),
                    (tf.TensorSpec([], tf.int32),))
    passes("graphs.while_loop", edited)
    passes("graphs.cond", edited)
    fails("graphs.retrace", branch, "1 input signature")
    twice = traced("def f(x):\n    return x * 2\n", (tf.TensorSpec([], tf.float32),),
                   (tf.TensorSpec([3], tf.float32),))
    passes("graphs.retrace", twice)


def test_graphs_trace_or_run():
    from tfvisual.core import calls

    def log(src, lines):
        return {"calls": calls.call_log(src, lines)}
    chapter = log(graphs.EXAMPLES["trace_vs_run"], calls.DEFAULT_CALLS)
    passes("graphs.print_vs_tf_print", chapter)
    fails("graphs.one_trace", chapter, "6 calls, 5 of them different, 4 traces")
    numbers = "\n".join(f"f({v}.0)" for v in range(5))
    tensors = "\n".join(f"f(tf.constant({v}.0))" for v in range(5))
    fails("graphs.one_trace", log("def f(x):\n    return x + 1\n", numbers), "5 traces")
    passes("graphs.one_trace", log("def f(x):\n    return x + 1\n", tensors))
    # print only in a function never reused: not shown yet
    fails("graphs.print_vs_tf_print", log(graphs.EXAMPLES["trace_vs_run"],
                                          "compute(1.0, 2.0, 3.0)\ncompute(2.0, 2.0, 3.0)\n"
                                          "compute(3.0, 2.0, 3.0)\n"))
    shapes = "f(tf.ones([1]))\nf(tf.ones([2]))\nf(tf.ones([3]))\n"
    fails("graphs.shapes_few_traces", log("def f(x):\n    return x + 1\n", shapes),
          "3 different input shapes, 3 traces")
    passes("graphs.shapes_few_traces", log("@tf.function(reduce_retracing=True)\n"
                                           "def f(x):\n    return x + 1\n", shapes))


def test_graphs_step_by_step():
    def run(src, spec, inputs):
        fn, _ = graphs.define(src)
        before = graphs.trace(fn, *spec)
        return {"before": before, "after": None,
                "values": {"before": graphs.run_values(before, inputs)}}
    s = graphs.parse_spec("float32", "()")
    compute = graphs.EXAMPLES["compute"]
    fails("graphs.makes_54", run(compute, (s, s, s), [2.0, 3.0, 4.0]), "none")
    passes("graphs.makes_54", run(compute, (s, s, s), [2.0, 3.0, 9.0]))
    fails("graphs.makes_54", run(compute, (s, s, s), [54.0, 2.0, 0.0]))    # inputs don't count
    n = graphs.parse_spec("int32", "()")
    fails("graphs.while_ten", run(graphs.EXAMPLES["if_for"], (n,), [27]), "ran 111 times")
    passes("graphs.while_ten", run(graphs.EXAMPLES["if_for"], (n,), [24]))    # 24 → … → 1


# -- tape -----------------------------------------------------------------------------------
def descent(**p):
    params = dict(a=3.0, b=6.0, x0=20.0, steps=7, learning_rate=1.0, loss="abs",
                  optimizer="plain")
    params.update(p)
    return {"params": params, "steps": tape.descend(**params)}


def test_tape_sign_zero():
    steps = tape.descend()
    _g, values = tape.recording_steps(steps, 3.0, 6.0)
    fails("tape.sign_zero", {"recording": values[0]}, "Sign gave 1 and dX = 3")
    passes("tape.sign_zero", {"recording": values[-1]})


def test_tape():
    fails("tape.lands_exactly", descent(), "X0 = 20")         # the chapter's own run
    passes("tape.lands_exactly", descent(x0=11.0, steps=6))
    fails("tape.lands_exactly", descent(x0=10.0, steps=6), "closest X = 1, loss 3")
    fails("tape.square_fast", descent(loss="square", learning_rate=0.001, steps=10),
          "after 10 steps")
    passes("tape.square_fast", descent(loss="square", learning_rate=0.05, steps=10))
    passes("tape.oscillates", descent(x0=2.5, steps=8))        # abs: 2.5 ↔ -0.5
    passes("tape.oscillates", descent(loss="square", learning_rate=1 / 9, steps=8))
    fails("tape.oscillates", descent(loss="square", learning_rate=0.05, steps=8))
    passes("tape.diverges", descent(loss="square", learning_rate=0.15, steps=6))
    fails("tape.diverges", descent(loss="square", learning_rate=0.1, steps=6), "→")
    # Picking square at the panel's lr of 1 diverges too, but teaches nothing.
    fails("tape.diverges", descent(loss="square", learning_rate=1.0, steps=6), "far past")


# -- models ---------------------------------------------------------------------------------
def model(api="sequential", shape=(8, 8), hidden=None):
    spec = models.ModelSpec(input_shape=shape, num_classes=10,
                            hidden=hidden or [models.LayerSpec("dense", 128, "relu")])
    return {"model": models.build(spec, api), "round_trip": None}


def test_models():
    fails("models.two_branches", model("branching"), "2 input-to-output paths", "8,266")
    passes("models.two_branches", model("branching", shape=(4, 4)))
    fails("models.two_branches", model("functional", shape=(4, 4)), "1 input-to-output path")
    fails("models.params_between", model(), "9,610 parameters")
    passes("models.params_between", model(hidden=[models.LayerSpec("dense", 16, "relu")]))
    fails("models.free_layer", model(), "none")
    passes("models.free_layer", model(hidden=[models.LayerSpec("dense", 16, "relu"),
                                              models.LayerSpec("dropout", rate=0.2)]))
    m = model()
    fails("models.round_trip", m, "not saved")
    m["round_trip"] = models.round_trip(m["model"], models.probe_inputs(m["model"]))
    passes("models.round_trip", m)


# -- training -------------------------------------------------------------------------------
def fit(ds, hidden=64, activation="relu", depth=1, **kw):
    cb = kw.pop("callbacks", training.CallbackConfig())
    cfg = training.TrainConfig(callbacks=cb, **kw)
    spec = models.ModelSpec(input_shape=ds.input_shape, num_classes=ds.num_classes,
                            hidden=[models.LayerSpec("dense", hidden, activation)] * depth)
    events = []
    summary = training.train(models.build_sequential(spec), ds, cfg,
                             lambda k, d: events.append((k, d)), log=lambda *a: None)
    stats = [d for k, d in events if k == "layer_stats"]
    return {"summary": summary, "events": events, "config": cfg, "dataset": ds.name,
            "layers": stats[-1] if stats else None}


def test_training_inside_the_layers(digits, tmp_path):
    """Issue 25: what LayerStats measured decides; the runs ticked decide the comparison."""
    passes("training.vanishing", fit(digits, hidden=16, activation="sigmoid", depth=8,
                                     epochs=1, optimizer="sgd"))
    fails("training.vanishing", fit(digits, hidden=16, depth=2, epochs=1), "vanished: none")
    # The hint's rate ("adam at 0.1") kills 46 of 64 units; the panel's own (0.01) 18.
    assert "(adam at 0.1)" in exercises.BY_ID["training.dead_relu"].hint
    passes("training.dead_relu", fit(digits, epochs=2, optimizer="adam", learning_rate=0.1))
    fails("training.dead_relu", fit(digits, epochs=2, learning_rate=0.01), "most dead ReLU")
    runs = training.Runs(tmp_path)
    alike = {"model": "dense(64, relu)", "dataset": "digits", "epochs": 5, "batch_size": 32}
    adam = runs.add({"optimizer": "adam", **alike}, {"val_loss": [0.5, 0.3]})
    sgd = runs.add({"optimizer": "sgd", **alike}, {"val_loss": [0.6, 0.25]})
    slow = runs.add({"optimizer": "sgd", **alike, "epochs": 50}, {"val_loss": [0.6, 0.1]})
    passes("training.sgd_beats_adam", {"ticked": [adam, sgd]})
    fails("training.sgd_beats_adam", {"ticked": [adam, slow]}, "sgd nan")    # not alike
    sgd.history["val_loss"][-1] = 0.4
    fails("training.sgd_beats_adam", {"ticked": [adam, sgd]}, "sgd 0.4, adam 0.3")


@pytest.fixture(scope="module")
def digits():
    return data.digits()


def test_training_accuracy_and_nan(digits):
    passes("training.digits95", fit(digits, epochs=5, optimizer="sgd", learning_rate=0.3))
    fails("training.digits95", fit(digits, epochs=2, optimizer="sgd", learning_rate=1e-4),
          "2 epochs run")
    fails("training.digits95", fit(digits, epochs=5, learning_rate=0.01), "adam")
    huge = training.CallbackConfig(scheduler={"kind": "expression", "expression": "1e35"})
    passes("training.nan", fit(digits, epochs=5, optimizer="sgd", callbacks=huge))
    # Keras clips the cross-entropy: a merely large rate gives no NaN.
    fails("training.nan", fit(digits, epochs=2, optimizer="sgd", learning_rate=100.0),
          "2 of 2 epochs run")
    fails("training.nan", fit(digits, epochs=1, learning_rate=0.01), "first NaN loss at step —")


def test_training_early_stopping(digits):
    stop = training.CallbackConfig(early_stopping={"monitor": "val_loss", "patience": 1,
                                                   "min_delta": 10.0,
                                                   "restore_best_weights": True})
    passes("training.early_stop", fit(digits, epochs=20, callbacks=stop))
    fails("training.early_stop", fit(digits, epochs=2), "did not stop", "2 epochs run")


OWN_LR = '''class HalveOnRise(tf.keras.callbacks.Callback):
    last = None

    def on_epoch_end(self, epoch, logs=None):
        v = logs["val_loss"]
        if self.last is not None and v > self.last:
            lr = self.model.optimizer.learning_rate
            lr.assign(lr * 0.5)
        self.last = v
'''

EVERY_EPOCH = '''class HalveAlways(tf.keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        lr = self.model.optimizer.learning_rate
        lr.assign(lr * 0.5)
'''


def test_training_own_callback():
    # Few training images and a big layer: it overfits, so val_loss rises.
    small = data.digits(validation=0.9)
    ok = fit(small, hidden=256, epochs=25, learning_rate=0.02,
             callbacks=training.CallbackConfig(custom_source=OWN_LR))
    rises = ok["summary"]["history"]["val_loss"]
    assert any(b > a for a, b in zip(rises, rises[1:]))
    passes("training.own_lr", ok)
    fails("training.own_lr", fit(small, epochs=6, learning_rate=0.02,
                                 callbacks=training.CallbackConfig(custom_source=EVERY_EPOCH)),
          "went down 6 times")
    fails("training.own_lr", fit(small, epochs=2, callbacks=training.CallbackConfig(
        custom_source=OWN_LR, reduce_lr={"monitor": "val_loss"})), "turn off")


# -- devices --------------------------------------------------------------------------------
def test_devices():
    # On the first CPU, where everything runs at first: not yet. On a second logical CPU
    # (made before TensorFlow sets up its devices: a fresh process), passed.
    fails("devices.placement", {"placement": devices.placement("/CPU:0")}, "CPU:0")
    code = ("import json; from tfvisual.core import devices\n"
            "devices.configure_logical_cpus(2)\n"
            "print(json.dumps(devices.placement('/CPU:1')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300).stdout
    place = {"placement": json.loads(out.strip().splitlines()[-1])}
    passes("devices.placement", place)
    two = {"mirrored": devices.mirrored_on(2)}
    four = {"mirrored": devices.mirrored_on(4)}
    passes("devices.mirrored8", two)
    fails("devices.mirrored8", four, "4 replicas got 2 + 2 + 2 + 2 rows")
    passes("devices.mirrored_two_rows", four)
    fails("devices.mirrored_two_rows", two, "2 replicas got 4 + 4 rows")
    fails("devices.placement", two)


# -- progress -------------------------------------------------------------------------------
def test_progress_survives_a_restart_and_counts_per_lesson(tmp_path):
    path = tmp_path / "progress.json"
    p = Progress(path)
    n = len(exercises.of_lesson("tape"))
    assert p.count("tape") == (0, n) and not p.problem
    assert p.mark("tape.oscillates") and not p.mark("tape.oscillates")
    again = Progress(path)
    assert again.done("tape.oscillates") and again.count("tape") == (1, n)
    assert json.loads(path.read_text())["version"] == exercises.PROGRESS_VERSION
    again.reset()
    assert Progress(path).count("tape") == (0, n)


@pytest.mark.parametrize("content, word", [
    ("{not json", "damaged"),
    ('{"version": 1, "passed": [1, 2]}', "damaged"),
    ('{"version": 99, "passed": {}}', "newer"),
    # Issue 27: a bad value inside stopped the app from starting.
    ('{"version": 1, "passed": {"tensors.rgb_spec": "2026-12-01"}}', "damaged"),
    ('{"version": 1, "passed": {"tensors.rgb_spec": null}}', "damaged"),
    ('{"version": 1, "passed": {"tensors.rgb_spec": [1]}}', "damaged"),
    (b'{"version": 1, "passed": {"\xff\xfe": 1.0}}', "damaged"),
])
def test_a_corrupt_or_newer_file_is_set_aside_with_a_message(tmp_path, content, word):
    path = tmp_path / "progress.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    p = Progress(path)
    assert word in p.problem and p.passed == {}
    assert p.set_aside is not None and p.set_aside.read_bytes() == (
        content if isinstance(content, bytes) else content.encode())       # nothing lost
    assert p.problem_values["name"] == p.set_aside.name
    p.mark("tensors.rgb_spec")
    assert Progress(path).done("tensors.rgb_spec")


def test_windows_saving_at_once_keep_every_tick(tmp_path):
    """Issue 27: two windows each tick an exercise; four save at the same moment."""
    import threading
    path = tmp_path / "progress.json"
    a, b = Progress(path), Progress(path)
    a.mark("tensors.rgb_spec")
    b.mark("tape.oscillates")                          # b never read a's tick
    assert {"tensors.rgb_spec", "tape.oscillates"} <= set(Progress(path).passed)
    windows = [Progress(path) for _ in range(4)]
    ids = ["graphs.makes_54", "graphs.while_ten", "tape.sign_zero", "tape.lands_exactly"]
    threads = [threading.Thread(target=w.mark, args=(i,)) for w, i in zip(windows, ids)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not any(w.problem for w in windows)          # none said "could not be saved"
    assert not list(tmp_path.glob("*.tmp"))


def test_an_unwritable_folder_keeps_progress_in_memory_with_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    p = Progress(blocker / "progress.json")      # a file where the folder should be
    p.mark("tensors.rgb_spec")
    assert p.done("tensors.rgb_spec") and "could not be saved" in p.problem
