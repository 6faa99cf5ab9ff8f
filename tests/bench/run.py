"""tfvisual benchmarks: python tests/bench/run.py [startup|first_start|tape|graphs|values|real_graph|training|
big_model|export|layer_stats|inside|cluster|restyle|freezes]  (prints a table; each figure has a baseline
measured in the same run, since these machines are noisy)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROWS = []


def row(name, value, baseline, unit, goal):
    ratio = value / baseline if baseline else float("nan")
    ROWS.append((name, f"{value:.3f} {unit}", f"{baseline:.3f} {unit}", f"{ratio:.2f}", goal))


def startup(runs=3):
    env = dict(os.environ, TFVISUAL_TIMINGS="1")
    shown, ready, plain = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import tensorflow, keras"], capture_output=True,
                       env=env)
        plain.append(time.perf_counter() - t0)
        out = subprocess.run([sys.executable, "-m", "tfvisual", "--settings", os.devnull + ".ini"],
                             capture_output=True, text=True, env=env).stdout
        vals = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
        shown.append(float(vals["window_shown"]))
        ready.append(float(vals["tf_ready"]))
    p = statistics.median(plain)
    row("window shown (s after start)", statistics.median(shown), p, "s",
        "< 1.5 s; ratio to plain import")
    row("TensorFlow ready (s after start)", statistics.median(ready), p, "s",
        "within 1 s of the plain import")


class StallProbe:
    """Longest stall of the GUI event loop: how late a 10 ms timer fires, at worst.

    (A 0 ms timer would keep the GUI thread busy and steal the GIL from the work measured.)
    """
    PERIOD = 0.010

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer
        self.last = time.perf_counter()
        self.worst = 0.0
        self.lates = []
        self.timer = QTimer(interval=int(self.PERIOD * 1000))
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self):
        now = time.perf_counter()
        late = max(0.0, now - self.last - self.PERIOD)
        self.lates.append(late)
        self.worst = max(self.worst, late)
        self.last = now

    def p99(self):
        return sorted(self.lates)[int(len(self.lates) * 0.99)] if self.lates else 0.0

    def stop(self):
        self.timer.stop()


def window():
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from tfvisual.ui.main_window import MainWindow, Settings
    w = MainWindow(Settings(None), "en", "light", 11)
    w.resize(1280, 800)
    w.show()
    loop = QEventLoop()
    w.tf_ready.connect(loop.quit)
    w.start_tensorflow()
    loop.exec()
    return app, w


def wait(app, cond, timeout=300):
    """Run the event loop, as the app would, until cond() holds."""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    check = QTimer(interval=20)
    check.timeout.connect(lambda: loop.quit() if cond() else None)
    check.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if not cond():
        loop.exec()
    check.stop()


def tape(app, w):
    p = w.panels["tape"]
    w.show_panel("tape")
    wait(app, lambda: not p.tasks)
    p.n.setValue(400)
    p.recompute()
    wait(app, lambda: not p.tasks)
    p.speed.setCurrentIndex(p.speed.count() - 1)
    frames = [0]
    p.frame_timer.timeout.connect(lambda: frames.__setitem__(0, frames[0] + 1))
    probe = StallProbe()
    cpu0 = time.thread_time()
    p.play()
    t0 = time.perf_counter()
    wait(app, lambda: time.perf_counter() - t0 > 5)
    fps = frames[0] / (time.perf_counter() - t0)
    cpu = (time.thread_time() - cpu0) / max(1, frames[0])
    p.pause()
    probe.stop()
    ref = reference_animation(app, cpu)
    row("tape animation at 8x (frames/s)", fps, 60.0, "fps", "≥ 60 fps (ratio ≥ ~0.95)")
    row("tape: GUI thread busy per frame", cpu * 1000, 1000 / 60, "ms",
        "(share of a 60 fps frame)")
    row("tape: longest GUI stall", probe.worst * 1000, ref.worst * 1000, "ms",
        "< 20 ms; baseline: a timer doing the same CPU work per frame, in one even piece")
    row("tape: 99th percentile GUI stall", probe.p99() * 1000, ref.p99() * 1000, "ms",
        "(how often; same baseline)")


def reference_animation(app, cpu_per_frame, seconds=5):
    """The stall this machine shows for any 60 fps animation with this much work per frame:
    its CPU now and then runs several times slower for tens of ms, whatever the program."""
    def spin(n):
        s = 0
        for i in range(n):
            s += i * i
        return s
    t0 = time.thread_time()
    spin(200_000)
    per_second = 200_000 / max(1e-6, time.thread_time() - t0)
    n = int(per_second * cpu_per_frame)
    from PySide6.QtCore import Qt, QTimer
    timer = QTimer(interval=16)
    timer.setTimerType(Qt.PreciseTimer)
    timer.timeout.connect(lambda: spin(n))
    probe = StallProbe()
    timer.start()
    t0 = time.perf_counter()
    wait(app, lambda: time.perf_counter() - t0 > seconds)
    timer.stop()
    probe.stop()
    return probe


def graphs(app, w):
    from tfvisual.core import graphs as g
    from tfvisual.core.layout import layout, simple_layout
    for n in (100, 1000, 10000):
        nodes, width = [], max(4, int(n ** 0.5))
        for i in range(n):
            layer = i // width
            ins = [] if layer == 0 else [f"s{(layer - 1) % 7}/n{(i - width + k) % n}"
                                          for k in (0, 1)]
            ins = [x for x in ins if int(x.split("/n")[1]) < i]
            nodes.append(g.Node(f"s{layer % 7}/n{i}", "Op", ins))
        graph = g.OpGraph(nodes)
        shown = g.collapse(graph) if n > 1000 else graph
        t0 = time.perf_counter()
        pos = layout(shown)
        t_layout = time.perf_counter() - t0
        probe = StallProbe()
        paint = draw(app, w, shown, pos)
        probe.stop()
        t0 = time.perf_counter()
        simple_layout(shown)
        base = time.perf_counter() - t0
        row(f"graph {n} nodes ({len(shown)} shown): layout+paint", t_layout + paint,
            base, "s", "1,000 < 1 s; 10,000 < 5 s (baseline: longest-path layering)")
        row(f"graph {n} nodes: longest GUI stall while drawn", probe.worst * 1000, 100.0, "ms",
            "GUI stall < 100 ms")


def draw(app, w, shown, pos):
    """Seconds until the graph view has built and painted the diagram."""
    t0 = time.perf_counter()
    view = w.panels["graphs"].view
    view.set_graph(shown, pos)
    wait(app, lambda: not view.building)
    app.processEvents()
    return time.perf_counter() - t0


def real_graph(app, w):
    """A real graph: a small Keras CNN's training step, traced, optimised, folded, drawn."""
    from tfvisual.core import graphs as g
    from tfvisual.core.layout import layout
    t0 = time.perf_counter()
    before = g.cnn_train_step_graph()
    t_trace = time.perf_counter() - t0
    t0 = time.perf_counter()
    after = g.optimize(before)
    t_opt = time.perf_counter() - t0
    t0 = time.perf_counter()
    shown = g.collapse(after)
    pos = layout(shown)
    t_layout = time.perf_counter() - t0
    paint = draw(app, w, shown, pos)
    row(f"CNN train step {len(before)} nodes: trace", t_trace, t_trace, "s", "(reference)")
    row(f"  Grappler -> {len(after)} nodes", t_opt, t_trace, "s", "ratio to trace")
    row(f"  fold ({len(shown)} shown) + layout + paint", t_layout + paint, t_trace, "s",
        "< 1 s")


def plain_fit_seconds():
    """Plain fit(verbose=0) of the chapter's model on digits, 5 epochs, batch 16."""
    from tfvisual.core import data, models
    ds = data.digits()
    m = models.build_sequential(models.ModelSpec())
    m.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    t0 = time.perf_counter()
    m.fit(ds.x_train, ds.y_train, epochs=5, batch_size=16,
          validation_data=(ds.x_val, ds.y_val), verbose=0)
    return time.perf_counter() - t0


def bridge_fit_seconds():
    """The same fit with the app's Recorder callback sending every event through a pipe (read
    by a thread), no window: what the bridge itself costs. Returns (fit seconds, seconds
    spent inside the Recorder's hooks)."""
    import multiprocessing as mp
    import threading

    from tfvisual.core import data, models, training
    spent = [0.0]

    def timed(fn):
        def w(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[0] += time.perf_counter() - t
        return w
    a, b = mp.Pipe()

    def drain():
        try:
            while True:
                b.recv()
        except (EOFError, OSError):
            pass
    threading.Thread(target=drain, daemon=True).start()
    rec = training.Recorder(lambda k, d: a.send((k, d)))
    for name in ("on_train_batch_begin", "on_train_batch_end", "on_epoch_end",
                 "on_test_begin", "on_train_begin"):
        setattr(rec, name, timed(getattr(rec, name)))
    ds = data.digits()
    m = models.build_sequential(models.ModelSpec())
    m.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    t0 = time.perf_counter()
    m.fit(ds.x_train, ds.y_train, epochs=5, batch_size=16,
          validation_data=(ds.x_val, ds.y_val), verbose=0, callbacks=[rec])
    fit = time.perf_counter() - t0
    a.close()
    return fit, spent[0]


FIRST = {}


def first_start(app, w):
    """The first Start of a session: the learner reads another lesson for 6 s after
    TensorFlow loaded, then opens the training panel and presses Start at once."""
    wait(app, lambda: False, timeout=6)
    p = w.panels["training"]
    w.show_panel("training")
    p.epochs.setValue(5)
    p.batch.setValue(16)
    p.start_training()
    wait(app, lambda: p.first_point_seconds is not None)
    FIRST["seconds"] = p.first_point_seconds
    wait(app, lambda: p.task is None and not p.tasks)


def training(app, w):
    import multiprocessing as mp

    from tfvisual.core import data
    ds = data.digits()
    # Two baselines: plain fit in this process (the GUI idle meanwhile), and plain fit in a
    # fresh process like the one the app trains in, which isolates the bridge and the plots.
    pool = mp.get_context("spawn").Pool(1)
    pool.apply(plain_fit_seconds)   # TensorFlow imported and warmed there first

    p = w.panels["training"]
    w.show_panel("training")
    wait(app, lambda: p.runner is not None)
    time.sleep(8)   # the warm training process imports TensorFlow, as while a learner reads
    first = []
    p.epochs.setValue(5)
    p.batch.setValue(16)
    p.cb_nan.setChecked(False)
    plain_times, child_times, times, worst, p99, lat = [], [], [], [], [], []
    bridge_times, hook_share, gui_cpu = [], [], []
    for _ in range(5):   # interleaved, best of five: this machine is noisy
        plain_times.append(plain_fit_seconds())
        child_times.append(pool.apply(plain_fit_seconds))
        fit, hooks = pool.apply(bridge_fit_seconds)
        bridge_times.append(fit)
        hook_share.append(hooks / fit)
        probe = StallProbe()
        c0, t0 = time.process_time(), time.perf_counter()
        p.start_training()
        wait(app, lambda: p.task is not None or not p.tasks)
        wait(app, lambda: p.task is None and not p.tasks)
        gui_cpu.append((time.process_time() - c0) / (time.perf_counter() - t0))
        probe.stop()
        times.append(p.summary["fit_seconds"])
        worst.append(probe.worst)
        p99.append(probe.p99())
        lat += p.batch_latency
        first.append(p.first_point_seconds)
    pool.close()
    pool.join()
    samples = len(ds.x_train) * 5
    row("training throughput with bridge + live plot (samples/s)", samples / min(times),
        samples / min(plain_times), "/s", "≥ 0.95× plain fit(verbose=0) in this process")
    row("  the same, against plain fit in a fresh process", samples / min(times),
        samples / min(child_times), "/s", "≥ 0.95×")
    row("  fit with the bridge's callback and pipe alone (fresh process, no window)",
        samples / min(bridge_times), samples / min(child_times), "/s", "where the gap is not")
    row("  time inside the bridge's hooks, share of fit (median)",
        statistics.median(hook_share) * 100, 100.0, "%", "")
    row("  the window's own CPU while training (one core = 100 %)",
        statistics.median(gui_cpu) * 100, 100.0, "%", "shares the 2 cores with fit()")
    lat.sort()
    row(f"batch-to-pixel latency, 95th percentile ({len(lat)} batches)",
        lat[int(0.95 * (len(lat) - 1))] * 1000, 100.0, "ms", "< 100 ms")
    row("  median", statistics.median(lat) * 1000, 100.0, "ms", "")
    row("Start to the first curve point (median of 5; data prepared first)",
        statistics.median(first), min(plain_times), "s", "ratio to a whole plain fit()")
    if FIRST:
        row("  the session's first Start (panel opened 6 s after TensorFlow loaded)",
            FIRST["seconds"], statistics.median(first), "s", "≈ 1× later Starts")
    row("training: longest GUI stall (median of 5 runs)", statistics.median(worst) * 1000, 50.0,
        "ms", "< 50 ms")
    row("training: 99th percentile GUI stall", statistics.median(p99) * 1000, 50.0, "ms",
        "(how often)")


PLAIN_STEP = """
import sys, time
import tensorflow as tf, keras
model = keras.applications.ResNet50(weights=None, input_shape=(64, 64, 3), classes=10)
opt = keras.optimizers.Adam()
opt.build(model.trainable_variables)
loss_fn = keras.losses.SparseCategoricalCrossentropy()
def step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables),
                            model.trainable_variables))
    return loss
t0 = time.perf_counter()
tf.function(step).get_concrete_function(tf.TensorSpec([None, 64, 64, 3]),
                                        tf.TensorSpec([None], tf.int32))
print(time.perf_counter() - t0)
"""
PLAIN_LOAD = """
import sys, time
import keras
t0 = time.perf_counter()
keras.saving.load_model(sys.argv[1], compile=False)
print(time.perf_counter() - t0)
"""


def big_model(app, w):
    """Issue #15: ResNet50 opened from a file, its train step traced and walked through."""
    import tempfile

    import keras

    from tfvisual.core import graphs as g
    from tfvisual.core import models
    from tfvisual.core.layout import layout
    m, gp = w.panels["models"], w.panels["graphs"]
    w.show_panel("models")
    wait(app, lambda: not m.tasks)
    path = os.path.join(tempfile.mkdtemp(), "resnet50.keras")
    models.application("ResNet50").save(path)
    keras.backend.clear_session()
    plain_load = float(subprocess.run([sys.executable, "-c", PLAIN_LOAD, path],
                                      capture_output=True, text=True).stdout.split()[-1])
    probe = StallProbe()
    t0 = time.perf_counter()
    m.open_file(path)
    wait(app, lambda: not m.tasks and m.view.graph is not None and not m.view.building)
    t_open = time.perf_counter() - t0
    probe.stop()
    row("ResNet50 .keras: load + layer diagram drawn", t_open, plain_load, "s",
        "< 2 s (baseline: plain load_model, fresh process)")
    row("  longest GUI stall", probe.worst * 1000, 100.0, "ms", "< 100 ms")

    plain = float(subprocess.run([sys.executable, "-c", PLAIN_STEP], capture_output=True,
                                 text=True).stdout.split()[-1])
    probe = StallProbe()
    t0 = time.perf_counter()
    m.step_btn.click()
    wait(app, lambda: bool(gp.result and gp.result.get("model")) and not gp.view.building)
    t_pic = time.perf_counter() - t0
    wait(app, lambda: not gp.tasks)
    t_all = time.perf_counter() - t0
    probe.stop()
    before = gp.result["views"]["before"][0]
    row(f"ResNet50 train step ({len(before)} ops): click -> folded picture", t_pic, plain, "s",
        "≤ baseline + 2 s (baseline: get_concrete_function, plain TF, fresh process)")
    row("  ... + Grappler's version and its diff", t_all, plain, "s", "(shown after)")
    row("  longest GUI stall", probe.worst * 1000, 100.0, "ms", "< 100 ms")

    tops = sorted({n.name for n in gp.view.graph.nodes if n.op == "Scope"},
                  key=lambda s: -gp.view.graph.node(s).count)
    times = []
    for scope in tops:
        t0 = time.perf_counter()
        shown = g.collapse(before, {scope})
        layout(shown)
        times.append((time.perf_counter() - t0, scope, len(shown)))
    worst = max(times)
    row(f"  open a group: worst of {len(times)} ({worst[1]}, {worst[2]} boxes)", worst[0],
        0.5, "s", "< 0.5 s")
    probe = StallProbe()
    t0 = time.perf_counter()
    gp.view.expand_requested.emit(worst[1])
    wait(app, lambda: not gp.tasks and not gp.view.building)
    row("  the same through the panel (layout + drawn)", time.perf_counter() - t0, 0.5, "s",
        "< 0.5 s")
    probe.stop()
    row("  longest GUI stall", probe.worst * 1000, 100.0, "ms", "< 100 ms")
    for label in ("traced", "after Grappler"):
        gp.after_box.setChecked(label != "traced")
        wait(app, lambda: not gp.tasks and not gp.view.building)
        gp.explorer.open_all.setChecked(False)
        wait(app, lambda: not gp.tasks and not gp.view.building)
        probe = StallProbe()
        t0 = time.perf_counter()
        gp.explorer.open_all.click()
        wait(app, lambda: not gp.tasks and not gp.view.building)
        app.processEvents()     # the first paint
        row(f"  {label}, whole graph unfolded: {len(gp.view.items)} nodes laid out and drawn",
            time.perf_counter() - t0, 5.0, "s", "< 5 s")
        probe.stop()
        row("  longest GUI stall", probe.worst * 1000, 100.0, "ms", "< 100 ms")
        row("  GUI stall, 99th percentile", probe.p99() * 1000, 100.0, "ms", "< 100 ms")


def inside(app, w):
    """Issue 25 in the window: training with the layers' view and the timeline on screen,
    the longest GUI stall against a run with the curves alone; 20 runs overlaid."""
    import tempfile

    from PySide6.QtCore import Qt

    from tfvisual.core import training
    p = w.panels["training"]
    w.show_panel("training")
    wait(app, lambda: p.runner is not None)
    runs = training.Runs(tempfile.mkdtemp())
    p.runs_view.set_runs(runs)
    p.data_combo.setCurrentIndex(p.data_combo.findData("digits"))
    p.epochs.setValue(8)
    p.batch.setValue(16)
    worst = {}
    for views in ("curves", "every view", "curves", "every view"):
        p.stage_tabs.setCurrentIndex(1 if views == "every view" else 0)
        p.lower.setCurrentIndex(1 if views == "every view" else 0)
        probe = StallProbe()
        p.start_training()
        wait(app, lambda: p.task is not None or not p.tasks)
        wait(app, lambda: p.task is None and not p.tasks)
        probe.stop()
        worst.setdefault(views, []).append(probe.worst * 1000)
    row("training with the layers and the timeline shown: longest GUI stall (ms)",
        min(worst["every view"]), min(worst["curves"]), "ms",
        "< 50 ms; baseline: the curves alone, same run length")
    done = runs.list()[-1]
    for k in range(20):
        runs.add(dict(done.config, learning_rate=0.001 * (k + 1)), done.history, done.final)
    p.runs_view.refresh()
    p.stage_tabs.setCurrentIndex(0)
    app.processEvents()
    probe = StallProbe()
    t0 = time.perf_counter()
    lst = p.runs_view.list
    lst.blockSignals(True)
    for i in range(20):
        lst.item(i).setCheckState(Qt.Checked)
    lst.blockSignals(False)
    p.runs_view._ticked()
    while p._overlay_todo:          # made a few runs per turn of the event loop
        app.processEvents()
    app.processEvents()
    overlay = time.perf_counter() - t0
    wait(app, lambda: False, 0.5)
    probe.stop()
    row("20 runs overlaid, ticked to drawn (ms)", overlay * 1000, 50.0, "ms",
        "(made a few runs per turn of the event loop)")
    row("  longest GUI stall meanwhile (ms)", probe.worst * 1000, 50.0, "ms", "< 50 ms")


LAYER_STATS_FIT = r"""
import sys, time
import numpy as np
import keras
from tfvisual.core import data, models, training
which, stats = sys.argv[1], sys.argv[2] == "1"
keras.utils.set_random_seed(1)
if which == "panel":       # the training panel's default model on the digits
    ds = data.digits()
    spec = models.ModelSpec(input_shape=ds.input_shape, num_classes=10)
    model, x, y, epochs = models.build(spec, "sequential"), ds.x_train, ds.y_train, 30
    sample = (ds.x_val[:64], ds.y_val[:64])
else:                      # MobileNetV2 at 32x32 on random images
    model = keras.applications.MobileNetV2(weights=None, input_shape=(32, 32, 3), classes=10)
    x = np.random.rand(768, 32, 32, 3).astype("float32")
    y = np.random.randint(0, 10, 768)
    epochs, sample = 3, (x[:32], y[:32])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
warm = [training.LayerStats(lambda k, d: None, sample)] if stats else []
# Traced before the clock on both sides (with the statistics' wrapper and their compiled
# summaries where they run): a fresh process pays each trace once.
model.fit(x[:64], y[:64], epochs=1, batch_size=32, verbose=0, callbacks=warm)
cbs = [training.LayerStats(lambda k, d: None, sample)] if stats else []
t0 = time.perf_counter()
model.fit(x, y, epochs=epochs, batch_size=32, verbose=0, callbacks=cbs)
print(time.perf_counter() - t0, cbs[0].seconds if cbs else 0.0, len(cbs[0].records) if cbs else 0,
      warm[0].trace_seconds if warm else 0.0)
"""


def layer_stats(runs=3):
    """Issue 25: LayerStats' cost against plain fit(verbose=0), each in a fresh process,
    interleaved (plain, with, plain, with…) so that machine noise hits both alike."""
    for which in ("panel", "mobilenetv2"):
        plain, with_stats, spent, traced, sampled = [], [], [], [], 0
        for _ in range(runs):
            for flag, out in (("0", plain), ("1", with_stats)):
                got = subprocess.run([sys.executable, "-c", LAYER_STATS_FIT, which, flag],
                                     capture_output=True, text=True).stdout.split()
                out.append(float(got[0]))
                if flag == "1":
                    spent.append(float(got[1]))
                    sampled = int(got[2])
                    traced.append(float(got[3]))
        p, s = statistics.median(plain), statistics.median(with_stats)
        row(f"fit with LayerStats, {which} (s)", s, p, "s",
            "ratio <= 1.05; baseline: plain fit(verbose=0), fresh process")
        row(f"  the statistics themselves, {which} (s, {sampled} samples)",
            statistics.median(spent), p, "s", "share of the plain fit")
        row(f"  their one trace, {which} (s, once a process)", statistics.median(traced), p, "s",
            "not in the ratio, as fit()'s trace is not")


def export():
    """Each lesson's default export: time to write and size (no window needed), then the
    script's run in a fresh process beside a bare `import tensorflow, keras` there."""
    import tempfile
    from pathlib import Path

    from tfvisual import PANELS
    from tfvisual.core import export as ex
    folder = Path(tempfile.mkdtemp())
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import tensorflow, keras"], capture_output=True)
    plain = time.perf_counter() - t0
    for panel in PANELS:
        for suffix in (".py", ".ipynb"):
            path = folder / f"{panel}{suffix}"
            t0 = time.perf_counter()
            ex.write(path, panel)
            took = time.perf_counter() - t0
            ROWS.append((f"export {panel}{suffix}: write", f"{took * 1000:.1f} ms",
                         f"{path.stat().st_size:,} bytes", "", "size in the baseline column"))
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, str(folder / f"{panel}.py")], cwd=folder,
                              capture_output=True)
        assert done.returncode == 0, done.stderr[-2000:]
        row(f"export {panel}.py: run", time.perf_counter() - t0, plain, "s",
            "baseline: import tensorflow, keras")


BIG_FN = """def chain(x):
    for _ in range(400):
        x = tf.sin(x) * 1.001 + 0.1
    return x
"""


def values(app, w):
    """Issue 24: a 2,000-op function run step by step: every value fetched in one run, then
    walked op by op in the window; beside one plain call of the same concrete function."""
    import numpy as np
    import tensorflow as tf

    from tfvisual.core import graphs
    p = w.panels["graphs"]
    w.show_panel("graphs")
    wait(app, lambda: p.result is not None and not p.tasks)
    p.editor.setPlainText(BIG_FN)
    p.specs.setRowCount(0)
    p.trace()
    wait(app, lambda: not p.tasks)
    before = p.result["views"]["before"][0]
    fn, _ = graphs.define(BIG_FN)
    cf = tf.function(fn).get_concrete_function(tf.TensorSpec((1000,)))
    x = np.linspace(0, 1, 1000).astype("float32")
    cf(x)
    t0 = time.perf_counter()
    cf(x).numpy()
    plain = time.perf_counter() - t0
    t0 = time.perf_counter()
    vals = graphs.run_values(before, [np.float32(0.5)])
    fetch = time.perf_counter() - t0
    row(f"fetch every value of a {len(before):,}-op graph (s)", fetch, plain, "s",
        "< 1 s; baseline: one plain call of the same concrete function")
    nbytes = sum(np.asarray(v).nbytes for v in vals.values())
    row("values held (MB)", nbytes / 2 ** 20, 256, "MB", "< 256 MB")
    probe = StallProbe()
    t0 = time.perf_counter()
    p.run_step_by_step()
    wait(app, lambda: p.run_values is not None and not p.tasks)
    ready = time.perf_counter() - t0
    p.toggle_play(False)
    order = p._steps()[0]
    t1 = time.perf_counter()
    for k in range(0, len(order) + 1, max(1, len(order) // 200)):
        p.step_to(k)
        app.processEvents()
    stepping = time.perf_counter() - t1
    probe.stop()
    row("click to the values ready, through the panel (s)", ready, fetch, "s",
        "baseline: run_values alone")
    row("GUI stall while fetching and stepping (ms)", probe.worst * 1000, 50, "ms", "< 50 ms")
    row("200 steps through it, drawn (s)", stepping, 200 / 60, "s", "baseline: 200 frames at "
        "60 fps")


PLAIN_LOOP = r"""
import sys, time
import keras, tensorflow as tf
from tfvisual.core import cluster, data
cfg = cluster.TrainConfig()
ds = data.digits()
keras.utils.set_random_seed(cfg.seed)
model = keras.Sequential([keras.Input(ds.input_shape), keras.layers.Flatten(),
                          keras.layers.Dense(cfg.hidden, activation="relu"),
                          keras.layers.Dense(10)])
opt = keras.optimizers.SGD(cfg.learning_rate)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
n = len(ds.x_train) // cfg.global_batch * cfg.global_batch
dataset = tf.data.Dataset.from_tensor_slices((ds.x_train[:n], ds.y_train[:n])).batch(
    cfg.global_batch)

@tf.function
def step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables),
                            model.trainable_variables))
    return loss

times = []
for epoch in range(cfg.epochs):
    for x, y in dataset:
        float(step(x, y))
        times.append(time.perf_counter())
print((len(times) - 1) * cfg.global_batch / (times[-1] - times[0]))
"""


def cluster(app, w):
    """Issue 26: a real local cluster from the devices panel: its start, the split compute
    against one process, training on 1, 2 and 4 workers against plain single-process
    training of the same model (a fresh process), and the GUI's longest stall throughout."""
    p = w.panels["devices"]
    w.show_panel("devices")
    wait(app, lambda: p.survey is not None and not p.tasks)
    # Measured first: a blocking run here would be the bench's stall, not the app's.
    plain = float(subprocess.run([sys.executable, "-c", PLAIN_LOOP], capture_output=True,
                                 text=True).stdout.split()[-1])
    probe = StallProbe()
    t0 = time.perf_counter()
    p.cluster_btn.click()
    wait(app, lambda: p.cluster is not None, 120)
    started = time.perf_counter() - t0
    row("cluster of 2 up, click to answering (s)", started, 10.0, "s", "< 10 s")
    wait(app, lambda: p.split is not None and not p.tasks, 60)
    p.add_on.setCurrentIndex(1)
    p.split_btn.click()
    wait(app, lambda: not p.tasks and p.split["graph"].split["tasks"].get("add") == 1, 60)
    sp = p.split["graph"].split
    row("compute split over 2 machines, a call (ms)", sp["split_seconds"] * 1000,
        sp["local_seconds"] * 1000, "ms", "baseline: the same graph in one process")
    for k, n in enumerate((1, 2, 4)):
        p.workers.setCurrentIndex(k)
        p.train_btn.click()
        wait(app, lambda: p.train_task is None, 600)
        steps = [e for e in p._events if e["worker"] == 0]
        rate = (len(steps) - 1) * p._cfg.global_batch / (steps[-1]["seconds"] -
                                                          steps[0]["seconds"])
        row(f"training on {n} worker(s), examples/s", rate, plain, "/s",
            "baseline: plain single-process loop, fresh process (2 cores here)")
    t0 = time.perf_counter()
    pids = p.cluster.pids

    def left():
        return [pid for pid in pids if os.path.exists(f"/proc/{pid}")]
    p.cluster_btn.click()
    wait(app, lambda: not left() and not p.tasks, 30)
    stopped = time.perf_counter() - t0
    probe.stop()
    left = left()
    row("cluster stopped, click to every process gone (s)", stopped, 1.0, "s",
        f"{len(left)} processes left")
    row("GUI's longest stall throughout (ms)", probe.worst * 1000, 50, "ms", "< 50 ms")


def restyle(app, w):
    """Issue 27 item 8: A+ / A- and language or theme switches, on the training panel (the
    most widgets), idle and mid-training. Baseline, same run: the same change made the way it
    was before (a new application-wide style sheet, which re-polishes every widget)."""
    from PySide6.QtWidgets import QApplication

    from tfvisual.ui import theme
    p = w.panels["training"]
    w.show_panel("training")
    wait(app, lambda: not p.tasks)
    app.processEvents()
    steps, old = [], []
    for pt in (12, 13, 14, 13, 12, 11):
        t0 = time.perf_counter()
        w.set_font_size(pt)
        app.processEvents()
        steps.append(time.perf_counter() - t0)
    for pt in (12, 11):
        t0 = time.perf_counter()
        app.setStyleSheet(theme.style_sheet(theme.palette_of(w.theme_name), pt))
        app.processEvents()
        old.append(time.perf_counter() - t0)
    app.setStyleSheet("")
    app.processEvents()
    print("widgets:", len(QApplication.allWidgets()))
    row("A+ / A- step, training panel shown", statistics.median(steps), statistics.median(old),
        "s", "baseline: an application style sheet, as before (issue: 1.2-1.95 s)")

    def switches():
        t0 = time.perf_counter()
        probe = StallProbe()
        for i in range(10):
            if i % 2:
                w.set_language("ko" if w.lang == "en" else "en")
            else:
                w.apply_theme("dark" if w.theme_name != "dark" else "light", w.pt)
            app.processEvents()
        probe.stop()
        return time.perf_counter() - t0, probe.worst
    idle, idle_stall = switches()
    p.epochs.setValue(200)
    epochs = []
    p.bridge.event.connect(lambda kind, d: epochs.append(1) if kind == "epoch" else None)
    p.start_training()
    wait(app, lambda: len(epochs) >= 2, timeout=120)
    busy, busy_stall = switches()
    assert p.task is not None, "training ended before the switches did"
    p.stop_training()
    wait(app, lambda: not p.tasks)
    w.set_language("en")
    w.apply_theme("light", 11)
    row("10 language/theme switches, training running", busy, idle, "s",
        "baseline: the same 10 idle (issue: 31 s)")
    row("  longest GUI stall among them", busy_stall * 1000, idle_stall * 1000, "ms",
        "baseline: idle")


BIG_FN = """def big(x):
    for i in range(600):
        with tf.name_scope(f"block{i}"):
            for j in range(10):
                x = tf.sin(x) * 0.5 + 0.25
    return x
"""
PLAIN_BIG = """import sys, time
import tensorflow as tf
src = sys.argv[1]
ns = {"tf": tf}
exec(src, ns)
t0 = time.perf_counter()
cf = tf.function(ns["big"]).get_concrete_function(tf.TensorSpec([None], tf.float32))
print(len(cf.graph.get_operations()), time.perf_counter() - t0)
"""
PLAIN_MOBILENET = """import time
import keras
t0 = time.perf_counter()
keras.applications.MobileNetV2(weights=None, input_shape=(224, 224, 3))
print(time.perf_counter() - t0)
"""


def freezes(app, w):
    """Issue 27 item 9: a real model built on a worker while the window runs (Python's
    collector on the GUI thread once froze it for seconds), and a learner's own function of
    ~30,000 ops: from Trace to its picture, and every group opened."""
    m, gp = w.panels["models"], w.panels["graphs"]
    w.show_panel("models")
    wait(app, lambda: not m.tasks)
    plain = float(subprocess.run([sys.executable, "-c", PLAIN_MOBILENET], capture_output=True,
                                 text=True).stdout.split()[-1])
    probe = StallProbe()
    t0 = time.perf_counter()
    m.ready.setCurrentIndex(m.ready.findData("MobileNetV2"))
    m.ready.activated.emit(m.ready.currentIndex())
    wait(app, lambda: not m.tasks and m.view.graph is not None and not m.view.building)
    t = time.perf_counter() - t0
    probe.stop()
    row("MobileNetV2 built, summarised and drawn", t, plain, "s",
        "baseline: MobileNetV2() alone, plain Keras, fresh process")
    row("  longest GUI stall (collector included)", probe.worst * 1000, 100.0, "ms",
        "< 100 ms (issue: 2.5-6.5 s)")

    out = subprocess.run([sys.executable, "-c", PLAIN_BIG, BIG_FN], capture_output=True,
                         text=True).stdout.split()
    ops, plain = int(out[-2]), float(out[-1])
    w.show_panel("graphs")
    wait(app, lambda: not gp.tasks)
    gp.editor.setPlainText(BIG_FN)
    gp._fill_specs([("x", "float32", "(None,)")])
    probe = StallProbe()
    t0 = time.perf_counter()
    gp.trace()
    wait(app, lambda: bool(gp.result) and gp.result.get("source") == BIG_FN
         and not gp.view.building and len(gp.view.items) > 0)
    t_pic = time.perf_counter() - t0
    probe.stop()
    row(f"a learner's function, {ops:,} ops: Trace -> picture", t_pic, plain, "s",
        "baseline: get_concrete_function, plain TF, fresh process (issue: 5.3x)")
    row("  longest GUI stall", probe.worst * 1000, 100.0, "ms", "< 100 ms")
    gp.stop_btn.click()          # the timing that follows is not measured here
    wait(app, lambda: not gp.tasks)
    probe = StallProbe()
    t0 = time.perf_counter()
    gp.explorer.open_all.click()
    wait(app, lambda: not gp.tasks and not gp.view.building)
    app.processEvents()
    row(f"  every group opened: {len(gp.view.items):,} boxes laid out and drawn",
        time.perf_counter() - t0, 5.0, "s", "< 5 s")
    probe.stop()
    row("  longest GUI stall", probe.worst * 1000, 100.0, "ms", "< 100 ms (issue: 2 s)")
    gp.explorer.open_all.click()
    wait(app, lambda: not gp.tasks and not gp.view.building)


def main():
    which = sys.argv[1:] or ["startup", "first_start", "tape", "graphs", "values",
                             "real_graph", "training", "big_model", "export", "layer_stats",
                             "inside", "cluster", "restyle", "freezes"]
    if "export" in which:
        export()
    if "layer_stats" in which:
        layer_stats()
    if "training" in which and "first_start" not in which:
        which.insert(0, "first_start")
    if "startup" in which:
        startup()
    if set(which) - {"startup", "export", "layer_stats"}:
        app, w = window()
        for name in ("first_start", "tape", "graphs", "values", "real_graph", "training",
                     "big_model", "inside", "cluster", "restyle", "freezes"):
            if name in which:
                globals()[name](app, w)
        w.close()
        from tfvisual.ui import worker
        worker.stop_all(5000)
    widths = [max(len(str(r[i])) for r in ROWS + [("figure", "value", "baseline", "ratio",
                                                  "goal")]) for i in range(5)]
    head = ("figure", "value", "baseline", "ratio", "goal")
    for r in [head] + ROWS:
        print("  ".join(str(c).ljust(wd) for c, wd in zip(r, widths)))


if __name__ == "__main__":
    main()
