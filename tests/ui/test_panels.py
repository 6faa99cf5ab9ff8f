"""Each panel driven like a learner would, on the real window."""
import csv
import os

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import wait_idle

SEED = ["X = 20.00, dX = 3.000000", "X = 17.00, dX = 3.000000", "X = 14.00, dX = 3.000000",
        "X = 11.00, dX = 3.000000", "X = 8.00, dX = 3.000000", "X = 5.00, dX = 3.000000",
        "X = 2.00, dX = 0.000000"]


def test_tape_plays_to_the_end(window, qtbot):
    window.show_panel("tape")
    p = window.panels["tape"]
    wait_idle(qtbot, p)
    p.speed.setCurrentIndex(p.speed.count() - 1)
    with qtbot.waitSignal(p.demo_done, timeout=30_000):
        p.play()
    assert [p.table.item(r, 1).text() for r in range(p.table.rowCount())] == SEED
    assert p.current_x() == pytest.approx(2.0)
    assert p.point.pos().x() == pytest.approx(2.0)
    assert "tf.Tensor(54.0, shape=(), dtype=float32)" in p.print_loss.text()
    p.step_back()
    assert p.table.rowCount() == 6
    p.reset()
    assert p.table.rowCount() == 0 and p.current_x() == pytest.approx(20.0)
    # The tangent is drawn through the point with the slope dX TensorFlow gave (3 at X = 20).
    xs, ys = p.tangent_item.getData()
    assert (ys[1] - ys[0]) / (xs[1] - xs[0]) == pytest.approx(3.0)
    assert (xs.mean(), ys.mean()) == pytest.approx((20.0, 54.0))
    assert p.tangent_item.isVisible() and not p.head_item.isVisible()


def test_tape_names_divergence(window, qtbot, tmp_path):
    window.show_panel("tape")
    p = window.panels["tape"]
    p.loss.setCurrentIndex(p.loss.findData("square"))
    p.lr.setValue(0.5)
    p.n.setValue(10)
    assert p.recompute_timer.isActive()     # a changed control recomputes at once
    p.recompute()
    wait_idle(qtbot, p)
    for _ in range(10):
        p.step_forward()
    assert p.verdict == "diverging", (p.verdict, p.shown, len(p.steps), p.params, p.current_params())
    assert "Diverging" in p.message.text()
    assert p.export_csv(str(tmp_path / "s.csv"))
    assert len(list(csv.reader(open(tmp_path / "s.csv")))) == 11
    assert p.export_plot(str(tmp_path / "p.png")) and (tmp_path / "p.png").stat().st_size > 0


def test_tensors_panel(window, qtbot):
    window.show_panel("tensors")
    p = window.panels["tensors"]
    wait_idle(qtbot, p)
    p.expr.setText("tf.zeros([2, 3, 4])")
    qtbot.keyClick(p.expr, Qt.Key_Return)
    wait_idle(qtbot, p)
    assert p.fields["shape"].text() == "(2, 3, 4)" and p.fields["rank"].text() == "3"
    assert p.picture.describe_mode() == "stack"
    p.expr.setText("tf.TensorSpec([None, None, 3])")
    p.evaluate()
    wait_idle(qtbot, p)
    assert p.fields["shape"].text() == "(None, None, 3)" and p.note.isVisible()
    p.expr.setText("tf.zeros([100000, 100000])")
    p.evaluate()
    wait_idle(qtbot, p)
    assert "limit" in p.message.text()
    assert p.fields["shape"].text() == "(None, None, 3)"   # the previous tensor stays


def test_execution_panel(window, qtbot):
    window.show_panel("execution")
    p = window.panels["execution"]
    wait_idle(qtbot, p)
    p.run_both()
    wait_idle(qtbot, p)
    assert p.eager_out.toPlainText().startswith("tf.Tensor([1 2 4], shape=(3,), dtype=int32)")
    assert p.lazy_out.toPlainText().startswith('Tensor("Add:0", shape=(3,), dtype=int32)')
    assert "c = [1 2 4]" in p.lazy_out.toPlainText()
    p.step()
    wait_idle(qtbot, p)
    assert len(p.graph.items) == 1
    p.step()
    p.step()
    assert len(p.graph.items) == 3
    p.editor.setPlainText("a = tf.constant(1)\nb = a + nope\n")
    p.run_both()
    wait_idle(qtbot, p)
    assert "line 2" in p.message.text() and p.editor.error_line() == 2


def test_execution_long_snippet_is_abandoned(window, qtbot):
    p = window.panels["execution"]
    window.show_panel("execution")
    wait_idle(qtbot, p)
    p.editor.setPlainText("while True:\n    x = 1\n")
    p.run_both()
    qtbot.wait(300)
    assert p.stop_btn.isEnabled()
    p.stop_btn.click()
    wait_idle(qtbot, p, 10_000)
    assert "Stopped" in p.message.text()


def test_graphs_panel(window, qtbot, tmp_path):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    muls = [n for n in p.view.items if p.view.items[n].node.op == "Mul"]
    assert len(muls) == 3 and p.view.states.get("mul_1") == "removed"
    assert "1 of 3 Mul removed: common subexpression" in p.diff_label.text()
    p.after_box.setChecked(True)
    assert len([n for n in p.view.items if p.view.items[n].node.op == "Mul"]) == 2
    p.view.node_clicked.emit("mul")
    assert "Mul" in p.details.toPlainText() and "line 2" in p.details.toPlainText()
    p._code_hover(3)
    assert "mul_2" in p.view.highlight
    for kind in ("png", "svg", "dot"):
        path = tmp_path / f"g.{kind}"
        assert p.export(str(path), kind)
        assert path.stat().st_size > 100
    assert (tmp_path / "g.svg").read_text().lstrip().startswith("<?xml")
    assert (tmp_path / "g.dot").read_text().startswith("digraph")
    assert "ag__" in p.autograph.toPlainText()
    p.specs.item(0, 2).setText("(None, 3)")
    p.specs.item(1, 2).setText("(None, 3)")
    p.specs.item(2, 2).setText("(None, 3)")
    p.trace()
    wait_idle(qtbot, p)
    assert p.sig_list.count() == 2
    p.editor.setPlainText("def f(x):\n    return x +\n")
    p.trace()
    wait_idle(qtbot, p)
    assert "syntax" in p.message.text() and p.editor.error_line() == 2
    assert p.view.items   # the previous diagram stays


def test_graphs_big_graph_is_folded(window, qtbot):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    p.example.setCurrentIndex(p.example.count() - 1)
    wait_idle(qtbot, p, 300_000)
    assert p.result["big"] and len(p.view.items) < 200
    scope = next(n for n, it in p.view.items.items() if it.node.op == "Scope")
    shown = len(p.view.items)
    p.view.expand_requested.emit(scope)
    wait_idle(qtbot, p)
    assert len(p.view.items) > shown


def test_models_panel(window, qtbot, tmp_path):
    window.show_panel("models")
    p = window.panels["models"]
    wait_idle(qtbot, p)
    assert "Sequential" in p.code.toPlainText() and "9,610" in p.summary.toPlainText()
    p.api.setCurrentIndex(p.api.findData("functional"))
    wait_idle(qtbot, p)
    assert "tf.keras.Model(model_input, output)" in p.code.toPlainText()
    p.layers.item(0, 1).setText("64")
    wait_idle(qtbot, p)
    assert "Dense(64" in p.code.toPlainText() and "4,810" in p.summary.toPlainText()
    p.api.setCurrentIndex(p.api.findData("branching"))
    wait_idle(qtbot, p)
    assert p.api_note.isVisible() and "paths from input to output: 2" in p.attrs.toPlainText()
    path = str(tmp_path / "m.keras")
    p.save_to(path)
    wait_idle(qtbot, p)
    p.open_file(path)
    wait_idle(qtbot, p)
    assert "Opened" in p.message.text() and "join" in p.attrs.toPlainText()
    (tmp_path / "bad.keras").write_bytes(b"junk")
    p.open_file(str(tmp_path / "bad.keras"))
    wait_idle(qtbot, p)
    assert "damaged" in p.message.text()
    p.round_trip()
    wait_idle(qtbot, p)
    assert "Identical predictions" in p.message.text()


def test_training_panel_start_and_stop(window, qtbot):
    window.show_panel("training")
    p = window.panels["training"]
    p.data_combo.setCurrentIndex(p.data_combo.findData("spiral"))
    p.epochs.setValue(500)
    batches = []
    p.bridge.event.connect(lambda k, d: batches.extend(d["items"]) if k == "batches" else None)
    p.start_training()
    qtbot.waitUntil(lambda: len(batches) > 20, timeout=60_000)
    assert not p.start_btn.isEnabled() and p.stop_btn.isEnabled()
    p.toggle_pause()                     # paused in the training process, at a batch
    qtbot.wait(1500)
    held = len(batches)
    qtbot.wait(1000)
    assert len(batches) == held
    p.toggle_pause()
    qtbot.waitUntil(lambda: len(batches) > held, timeout=30_000)
    p.stop_training()
    qtbot.waitUntil(lambda: p.task is None, timeout=30_000)
    assert p.series["loss_batch"].n >= 20          # the curves so far are kept
    assert p.start_btn.isEnabled()


def test_training_panel_marks_early_stopping(window, qtbot, tmp_path):
    window.show_panel("training")
    p = window.panels["training"]
    p.data_combo.setCurrentIndex(p.data_combo.findData("blobs"))
    p.epochs.setValue(40)
    p.lr.setValue(0.00001)
    p.cb_es.setChecked(True)
    p.es_monitor.setCurrentText("loss")
    p.es_delta.setValue(5.0)
    p.es_patience.setValue(1)
    p.cb_csv.setChecked(True)
    p.csv_path.setText(str(tmp_path / "log.csv"))
    p.start_training()
    qtbot.waitUntil(lambda: p.task is None and p.summary is not None, timeout=120_000)
    assert p.summary["epochs_run"] < 40
    assert p.summary["pid"] != os.getpid()     # fit() ran in the training process
    labels = [m.label.toPlainText() for m in p.markers]
    assert any("EarlyStopping" in t for t in labels)
    assert len(open(tmp_path / "log.csv").read().strip().splitlines()) == \
        p.summary["epochs_run"] + 1
    p.csv_path.setText("/proc/nope/log.csv")
    p.start_training()
    qtbot.waitUntil(lambda: "cannot write" in p.message.text(), timeout=60_000)
    qtbot.waitUntil(lambda: p.task is None and not p.tasks, timeout=60_000)


def test_close_mid_training(window, qtbot):
    window.show_panel("training")
    p = window.panels["training"]
    p.data_combo.setCurrentIndex(p.data_combo.findData("spiral"))
    p.epochs.setValue(1000)
    p.start_training()
    qtbot.waitUntil(lambda: p.series["loss_batch"].n > 5, timeout=60_000)
    child = p.runner.running          # the process training now
    assert child is not None and child.is_alive()
    from tfvisual.ui import worker
    window.close()
    assert worker.stop_all(3000)
    child.join(5)
    assert not child.is_alive()       # quitting ends it: no orphan keeps the cores busy


def test_devices_panel(window, qtbot):
    window.show_panel("devices")
    p = window.panels["devices"]
    wait_idle(qtbot, p)
    assert p.tree.topLevelItemCount() >= 1 and p.view.items
    p.run_timing()
    wait_idle(qtbot, p)
    assert p.timing and p.plot.getPlotItem().listDataItems()
    # Distribution: two replicas in a fresh process, their gradients all-reduced.
    p.replicas.setValue(2)
    p.run_mirrored()
    wait_idle(qtbot, p)
    assert "The same gradient." in p.mirror_out.toPlainText()
    assert p.mirror_out.toPlainText().count("batch of 4") == 2
    # The startup setting is saved and says a restart applies it.
    p.startup_cpus.setValue(3)
    assert window.settings.get("logical_cpus") == 3
    assert "Restart" in p.startup_note.text()


def test_device_selector_routes_work(window, qtbot, monkeypatch):
    from tfvisual.core import devices, sandbox
    seen, sent = [], []
    real, real_call = devices.scope, sandbox.call
    monkeypatch.setattr(devices, "scope", lambda name=None: (seen.append(name), real(
        "/CPU:0"))[1])
    # The learner's snippets run in the sandbox's process, which gets the device by name.
    monkeypatch.setattr(sandbox, "call", lambda fn, *a, device=None, **k: (
        sent.append(device), real_call(fn, *a, device="/CPU:0", **k))[1])
    window.device_combo.addItem("GPU:0", "/GPU:0")
    window.device_combo.setCurrentIndex(window.device_combo.count() - 1)
    assert devices.current() == "/GPU:0"
    p = window.panels["tensors"]
    window.show_panel("tensors")
    p.evaluate()
    wait_idle(qtbot, p)
    assert sent == ["/GPU:0"] and p.fields["device"].text() == "CPU:0"
    t = window.panels["tape"]
    window.show_panel("tape")          # work in the app's own process
    wait_idle(qtbot, t)
    t.recompute()
    wait_idle(qtbot, t)
    assert "/GPU:0" in seen
    window.device_combo.setCurrentIndex(0)


def test_tape_cached_plot_layers_match_a_fresh_paint(window, qtbot):
    """The static layers of the loss plot are cached pixmaps (for speed at 8x); after a resize
    in the middle of a run they must still paint exactly what an uncached plot paints."""
    from PySide6.QtWidgets import QGraphicsItem
    window.resize(1400, 850)
    window.show_panel("tape")
    p = window.panels["tape"]
    wait_idle(qtbot, p)
    p.speed.setCurrentIndex(p.speed.count() - 1)
    p.play()
    qtbot.waitUntil(lambda: p.shown >= 3, timeout=30_000)
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: not p.playing, timeout=30_000)
    qtbot.wait(200)
    cached = p.curve_plot.grab().toImage()
    for item in p.curve_plot.scene().items():
        item.setCacheMode(QGraphicsItem.NoCache)
    qtbot.wait(200)
    assert cached == p.curve_plot.grab().toImage()


def test_a_models_training_step_is_traced_into_the_graphs_panel(window, qtbot):
    """The opened model's step (forward, loss, gradient, update) lands in the graphs panel,
    with progress, and Stop ends it mid-trace; the learner's model is left as it was."""
    window.show_panel("models")
    m = window.panels["models"]
    wait_idle(qtbot, m)
    m.api.setCurrentIndex(m.api.findData("branching"))
    wait_idle(qtbot, m)
    model = m.result["model"]
    weights = [w.numpy().copy() for w in model.weights]
    g = window.panels["graphs"]
    steps = []
    g.progress.valueChanged.connect(steps.append)
    m.step_btn.click()
    assert window.current_panel() is g
    wait_idle(qtbot, g)
    assert g.result["model"] == model.name and "training step of" in g.message.text()
    qtbot.waitUntil(lambda: not g.view.building, timeout=30_000)
    names = {it.node.name.split("/")[0] for it in g.view.items.values()}
    assert "gradient_tape" in names and any(n.startswith("adam") for n in names)
    assert len(set(steps)) > 5                     # the bar moved while it traced
    assert all((a == w.numpy()).all() for a, w in zip(weights, model.weights))
    assert all("call" not in vars(layer) for layer in model.layers)
    m.step_btn.click()                             # again, and Stop at once
    g.stop_btn.click()
    qtbot.waitUntil(lambda: not g.tasks and g.message.text() == "Stopped.", timeout=120_000)


def test_a_ready_made_architecture_opens_offline(window, qtbot):
    """keras.applications with random weights: nothing is downloaded (the autouse no_network
    fixture fails any connection), and all 177 layers of ResNet50 are drawn."""
    window.show_panel("models")
    m = window.panels["models"]
    wait_idle(qtbot, m)
    m.ready.setCurrentIndex(m.ready.findData("ResNet50"))
    m.ready.activated.emit(m.ready.currentIndex())
    wait_idle(qtbot, m)
    qtbot.waitUntil(lambda: not m.view.building, timeout=30_000)   # drawn in slices
    assert len(m.explorer.full) == 177 and len(m.view.items) < 20     # folded by stage
    assert m.message.text() == "ResNet50: 177 layers, 23,608,202 parameters"
    assert "weights=None" in m.code.toPlainText()
    qtbot.waitUntil(lambda: "23,608,202" in m.summary.toPlainText(), timeout=30_000)
