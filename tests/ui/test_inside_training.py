"""Issue 25 through the window: the callbacks' timeline, runs overlaid, a vanishing layer."""
from PySide6.QtCore import Qt

from tfvisual.core import models


def _fresh_runs(p, tmp_path):
    from tfvisual.core import training
    runs = training.Runs(tmp_path / "runs")
    runs.load()
    p.runs_view.set_runs(runs)
    return runs


def test_the_timeline_shows_early_stopping_where_it_fired(window, qtbot, tmp_path):
    window.show_panel("training")
    p = window.panels["training"]
    _fresh_runs(p, tmp_path)
    p.data_combo.setCurrentIndex(p.data_combo.findData("blobs"))
    p.epochs.setValue(40)
    p.lr.setValue(0.00001)
    p.cb_es.setChecked(True)
    p.es_monitor.setCurrentText("loss")
    p.es_delta.setValue(5.0)
    p.es_patience.setValue(2)
    p.start_training()
    qtbot.waitUntil(lambda: p.task is None and p.summary is not None, timeout=120_000)
    p._draw()
    n = p.summary["epochs_run"]
    assert n == 3                                   # epoch 1 is best; 2 more without
    marks = p.timeline.points("EarlyStop")
    stops = [(x, tip) for x, kind, tip in marks if kind == "stop"]
    assert len(stops) == 1 and stops[0][0] == n and "stopped after epoch 3" in stops[0][1]
    waits = [tip for x, kind, tip in marks if kind == "hook"]
    assert "2 epochs without improving loss (patience 2)" in waits[-1]
    xs, ys = p.best_mark.getData()
    assert list(xs) == [1]                          # the best epoch, starred on the loss
    assert p.timeline.points("fit")[0][0] == 0 and len(p.timeline.points("epoch")) == n
    assert p.timeline.points("LayerStats")           # the statistics were measured
    # The run is kept, with its timeline.
    run = p.runs_view.runs.list()[-1]
    assert run.final["epochs_run"] == n and any(e[1] == "EarlyStop" for e in run.events)


def test_compare_optimizers_overlays_two_runs(window, qtbot, tmp_path):
    window.show_panel("training")
    p = window.panels["training"]
    runs = _fresh_runs(p, tmp_path)
    p.data_combo.setCurrentIndex(p.data_combo.findData("blobs"))
    p.epochs.setValue(3)
    from tfvisual.core import training
    assert [(c.text(), r.value()) for c, r in zip(p.runs_view.opt_checks,
                                                  p.runs_view.opt_rates)] == list(training.COMPARE)
    p.compare_optimizers([("adam", 0.01), ("sgd", 0.1)])
    qtbot.waitUntil(lambda: len(runs.list()) == 2 and p.task is None and not p._queue,
                    timeout=180_000)
    assert [r.config["optimizer"] for r in runs.list()] == ["adam", "sgd"]
    assert all(r.config["seed"] == 1 for r in runs.list())
    cmp = p.runs_view.comparison()
    assert sorted(cmp["labels"].values()) == ["adam 0.01", "sgd 0.1"]
    qtbot.waitUntil(lambda: not p._overlay_todo, timeout=10_000)     # made a few at a time
    named = [item.name() for plot, item in p.overlays if hasattr(item, "name") and item.name()]
    assert sorted(named) == ["adam 0.01", "sgd 0.1"]
    assert p.runs_view.table.rowCount() == 2
    assert p.opt.currentData() == "adam" and p.lr.value() != 0.1     # settings untouched
    # Unticking one takes its curves away.
    p.runs_view.list.item(0).setCheckState(Qt.Unchecked)
    assert len([i for _p, i in p.overlays if hasattr(i, "name") and i.name()]) == 1
    assert len(p.overlays) == 4             # its loss, val_loss, accuracy, val_accuracy


def test_a_deep_sigmoid_model_shows_its_vanishing_layer(window, qtbot, tmp_path):
    window.show_panel("training")
    p = window.panels["training"]
    _fresh_runs(p, tmp_path)
    spec = models.ModelSpec(hidden=[models.LayerSpec("dense", 16, "sigmoid")] * 8)
    p.spec_provider = lambda: (spec, "sequential")
    p.data_combo.setCurrentIndex(p.data_combo.findData("digits"))
    p.epochs.setValue(2)
    p.opt.setCurrentIndex(p.opt.findData("sgd"))
    p.start_training()
    qtbot.waitUntil(lambda: p.task is None and p.summary is not None, timeout=120_000)
    qtbot.waitUntil(lambda: p.layer_view._todo == 9, timeout=10_000)    # drawn in slices
    rows = p.layer_view.rows
    assert len(rows) == 9
    first, last = p.layer_view.latest["layers"][0], p.layer_view.latest["layers"][-1]
    assert first["state"] == "vanishing" and last["state"] == "ok"
    assert "gradient vanishing" in rows[0].label.textItem.toPlainText()
    assert "gradient vanishing" not in rows[-1].label.textItem.toPlainText()
