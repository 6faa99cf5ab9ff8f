"""Exercises through the real widgets: solved in every panel, ticked, kept across a restart."""
import json

from PySide6.QtCore import Qt

from tests.ui.conftest import make_window, wait_idle
from tfvisual.core.exercises import BY_ID


def ticked(panel, ex_id):
    pane = panel.exercises
    k = [e.id for e in pane.items].index(ex_id)
    return pane.tick_btns[k].text().startswith("✓")


def solved(qtbot, panel, ex_id, timeout=120_000):
    qtbot.waitUntil(lambda: ticked(panel, ex_id), timeout=timeout)
    assert panel.exercises.count()[0] >= 1


def land_exactly(qtbot, tape):
    """Solve the tape's first exercise: abs loss from X0 = 11 lands on 2 in 3 steps."""
    tape.x0.setValue(11.0)
    tape.n.setValue(6)
    tape.recompute()
    solved(qtbot, tape, "tape.lands_exactly")


def test_one_exercise_solved_in_every_panel(window, qtbot):
    w = window
    # tensors: a rank-4 float16 tensor of 24 elements
    w.show_panel("tensors")
    p = w.panels["tensors"]
    wait_idle(qtbot, p)
    assert not ticked(p, "tensors.rank4_float16")
    p.expr.setText("tf.zeros([2, 3, 4])")
    p.evaluate()
    wait_idle(qtbot, p)
    pane = p.exercises
    assert pane.current().id == "tensors.rank4_float16"
    assert "Not yet" in pane.feedback.text() and "rank 3" in pane.feedback.text()
    p.expr.setText("tf.ones([1, 2, 3, 4], tf.float16)")
    p.evaluate()
    solved(qtbot, p, "tensors.rank4_float16")
    assert "Passed" in pane.feedback.text()
    assert "Exercises 1/4" in p.side_tabs.tabText(p.side_tabs.count() - 1)
    assert "✓1/4" in w.sidebar.item(0).text() or "1 of 4" in w.sidebar.item(0).toolTip()

    # execution: a tensor named Mul:0 in the lazy run
    w.show_panel("execution")
    p = w.panels["execution"]
    wait_idle(qtbot, p)
    p.editor.setPlainText("a = tf.constant(2)\nc = tf.multiply(a, 3)\nprint(c)\n")
    p.run_both()
    solved(qtbot, p, "execution.mul0")

    # graphs: Grappler removes two nodes
    w.show_panel("graphs")
    p = w.panels["graphs"]
    wait_idle(qtbot, p)
    p.exercises.go(0)
    assert "removed 1 node, the goal is 2" in p.exercises.feedback.text()   # the chapter's
    p.editor.setPlainText("def f(x):\n    return x * 2.0 + x * 2.0 + "
                          "tf.constant(2.0) * tf.constant(3.0)\n")
    p.specs.setRowCount(0)
    p.trace()
    solved(qtbot, p, "graphs.grappler_two")

    # tape: abs lands exactly on 2 from X0 = 11
    w.show_panel("tape")
    p = w.panels["tape"]
    wait_idle(qtbot, p)
    land_exactly(qtbot, p)

    # models: the save/load round trip
    w.show_panel("models")
    p = w.panels["models"]
    wait_idle(qtbot, p)
    p.trip_btn.click()
    solved(qtbot, p, "models.round_trip")

    # training: EarlyStopping stops before epoch 10 and restores the best weights
    w.show_panel("training")
    p = w.panels["training"]
    p.data_combo.setCurrentIndex(p.data_combo.findData("digits"))
    wait_idle(qtbot, p)
    p.epochs.setValue(20)
    p.cb_es.setChecked(True)
    p.es_monitor.setCurrentText("val_loss")
    p.es_delta.setValue(10.0)
    p.es_patience.setValue(1)
    p.es_restore.setChecked(True)
    p.start_training()
    solved(qtbot, p, "training.early_stop", 180_000)
    qtbot.waitUntil(lambda: p.task is None and not p.tasks, timeout=60_000)

    # devices: MirroredStrategy splits 8 rows over 2 devices
    w.show_panel("devices")
    p = w.panels["devices"]
    wait_idle(qtbot, p)
    p.run_mirrored()               # the defaults: a real step, but no exercise's answer
    qtbot.waitUntil(lambda: p.mirrored is not None, timeout=180_000)
    wait_idle(qtbot, p)
    assert len(p.mirrored["devices"]) == 8
    assert not ticked(p, "devices.mirrored8") and not ticked(p, "devices.mirrored_two_rows")
    p.replicas.setValue(2)
    p.run_mirrored()
    solved(qtbot, p, "devices.mirrored8", 180_000)
    wait_idle(qtbot, p)
    assert sum(w.exercises.progress.count(n)[0] for n in w.panels) >= 7


def test_progress_survives_a_restart_and_can_be_reset(qtbot, tmp_path):
    from tfvisual.ui import worker
    w = make_window(qtbot, tmp_path)
    w.show_panel("tape")
    p = w.panels["tape"]
    wait_idle(qtbot, p)
    land_exactly(qtbot, p)
    w.close()
    worker.stop_all(10_000)
    data = json.loads((tmp_path / "progress.json").read_text())
    assert "tape.lands_exactly" in data["passed"] and data["version"] == 1

    again = make_window(qtbot, tmp_path)      # same settings folder: a restart
    tape = again.panels["tape"]
    n = len(tape.exercises.items)
    assert ticked(tape, "tape.lands_exactly") and tape.exercises.count() == (1, n)
    assert "Passed before" in tape.exercises.feedback.text()
    again.reset_progress(confirm=False)
    assert not ticked(tape, "tape.lands_exactly") and tape.exercises.count() == (0, n)
    again.close()
    worker.stop_all(10_000)


def test_a_corrupt_progress_file_gives_a_message_and_fresh_progress(qtbot, tmp_path):
    from tfvisual.ui import worker
    (tmp_path / "progress.json").write_text('{"version": 1, "passed": {"tape.lands')
    w = make_window(qtbot, tmp_path)
    assert w.banner.isVisible() and "damaged" in w.banner_text.text()
    assert sum(w.exercises.progress.count(n)[0] for n in w.panels) == 0
    kept = list(tmp_path.glob("progress.*.set-aside.json"))
    assert len(kept) == 1 and kept[0].read_text().startswith('{"version": 1')
    w.close()
    worker.stop_all(10_000)


def test_lesson_path_by_keyboard_goal_on_top_and_hidden_hints(window, qtbot):
    w = window
    w.show_panel("tensors")
    p = w.panels["tensors"]
    wait_idle(qtbot, p)
    pane = p.exercises
    assert pane.i == 0
    qtbot.keyClick(w, Qt.Key_F8)
    assert pane.i == 1 and pane.current().id == "tensors.rgb_spec"
    qtbot.keyClick(w, Qt.Key_F8, Qt.ShiftModifier)
    assert pane.i == 0
    pane.go(len(pane.items) - 1)
    assert "Next lesson" in pane.next_btn.text()
    qtbot.keyClick(w, Qt.Key_F8)                 # from the last exercise to the next lesson
    assert w.current_panel() is w.panels["execution"]
    assert w.panels["execution"].exercises.i == 0
    qtbot.keyClick(w, Qt.Key_F8, Qt.ShiftModifier)   # and back to the last one
    assert w.current_panel() is p and pane.i == len(pane.items) - 1

    # Classroom: the goal across the whole window, hints kept back.
    qtbot.keyClick(w, Qt.Key_F7)
    assert p.goal_bar.isVisible() and BY_ID[pane.current().id].goal in p.goal_bar.text()
    assert p.goal_bar.width() >= p.width() - 20
    qtbot.keyClick(w, Qt.Key_F8, Qt.ShiftModifier)
    assert BY_ID[pane.current().id].goal in p.goal_bar.text()   # follows the exercise
    pane.hint_btn.setChecked(True)
    p.reveal_widget(pane)
    assert pane.hint.isVisible()
    w.act_hints.setChecked(False)
    assert not pane.hint_btn.isVisible() and not pane.hint.isVisible()
    assert w.settings.get("hints") is False
    qtbot.keyClick(w, Qt.Key_F7)
    assert not p.goal_bar.isVisible()


def test_show_me_where_brings_the_control_forward(window, qtbot):
    w = window
    w.show_panel("tape")
    p = w.panels["tape"]
    wait_idle(qtbot, p)
    p.exercises.go(1)                            # square loss: points at the learning rate
    p.reveal_widget(p.exercises)
    assert p.exercises.where_btn.isVisible()
    p.exercises.where_btn.click()
    qtbot.waitUntil(lambda: p.lr.hasFocus() or p.lr.isAncestorOf(w.focusWidget()),
                    timeout=5000)
    assert p.lr.isVisible() and p.lr.property("pointed") is True
