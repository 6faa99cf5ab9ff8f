"""What a hostile-but-realistic learner types must not freeze, hang or silently fail."""
import os

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import wait_idle


def test_a_huge_print_is_cut_not_frozen(window, qtbot):
    p = window.panels["execution"]
    window.show_panel("execution")
    wait_idle(qtbot, p)
    p.editor.setPlainText("print('x' * 300_000)\n")
    p.run_both()
    wait_idle(qtbot, p)
    text = p.eager_out.toPlainText()
    assert len(text) < 21_000
    assert text.endswith("… 280,001 more characters")


def test_exit_in_a_snippet_ends_the_snippet_only(window, qtbot):
    p = window.panels["execution"]
    window.show_panel("execution")
    wait_idle(qtbot, p)
    p.editor.setPlainText("a = 1\nexit()\n")
    p.run_both()
    wait_idle(qtbot, p, 10_000)
    assert p.message.text() == ("line 2: the snippet called exit(): here that only ends the "
                                "snippet (code None)")
    assert p.editor.error_line() == 2 and not p.stop_btn.isEnabled()


def test_stop_ends_an_endless_step_through(window, qtbot):
    p = window.panels["execution"]
    window.show_panel("execution")
    wait_idle(qtbot, p)
    p.editor.setPlainText("x = 1\nwhile True:\n    x = x + 1\n")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_F10)            # the README's keys, through the window
    qtbot.wait(500)
    assert p.tasks and p.stop_btn.isEnabled()
    qtbot.keyClick(window, Qt.Key_Escape)
    wait_idle(qtbot, p, 15_000)
    assert "cannot be interrupted" not in p.message.text()    # stopped, not abandoned


def blobs_training(window):
    """The training panel, shown, on the small 2-D blobs set."""
    window.show_panel("training")
    p = window.panels["training"]
    p.data_combo.setCurrentIndex(p.data_combo.findData("blobs"))
    return p


def folder_training(window, path):
    """The training panel, shown, on an image folder chosen without the file dialog."""
    window.show_panel("training")
    p = window.panels["training"]
    p.data_combo.blockSignals(True)                     # no file dialog in a test
    p.data_combo.setCurrentIndex(p.data_combo.findData("folder"))
    p.data_combo.blockSignals(False)
    p.data_path = str(path)
    return p


HANG = ("class Hang(tf.keras.callbacks.Callback):\n"
        "    def on_train_batch_end(self, batch, logs=None):\n"
        "        while True:\n"
        "            pass\n")


def test_an_endless_callback_is_killed_after_stop(window, qtbot):
    p = blobs_training(window)
    p.epochs.setValue(5)
    p.cb_custom.setChecked(True)
    p.custom.setPlainText(HANG)
    p.start_training()
    qtbot.waitUntil(lambda: p.runner is not None and p.runner.running is not None,
                    timeout=60_000)
    pid = p.runner.running.pid
    qtbot.wait(1000)
    p.stop_training()
    qtbot.waitUntil(lambda: p.task is None, timeout=15_000)
    assert "did not stop within 3 s" in p.message.text()
    qtbot.waitUntil(lambda: not _alive(pid), timeout=5_000)
    assert p.start_btn.isEnabled()


def test_quit_kills_a_training_child_stuck_in_learner_code(window, qtbot):
    p = blobs_training(window)
    p.cb_custom.setChecked(True)
    p.custom.setPlainText(HANG)
    p.start_training()
    qtbot.waitUntil(lambda: p.runner is not None and p.runner.running is not None,
                    timeout=60_000)
    pid = p.runner.running.pid
    window.close()
    qtbot.waitUntil(lambda: not _alive(pid), timeout=5_000)


def _alive(pid):
    """Asked of the OS: a Process object reaped from two threads can go on saying alive."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:        # a zombie (dead, not reaped yet) is not running either
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def test_stop_ends_a_call_python_cannot_interrupt(window, qtbot):
    """time.sleep is one C call no line tracer stops: Stop ends the sandbox's process."""
    from tfvisual.core import sandbox
    from tfvisual.ui import worker
    p = window.panels["execution"]
    window.show_panel("execution")
    wait_idle(qtbot, p, 60_000)
    p.editor.setPlainText("import time\ntime.sleep(60)\n")
    p.run_both()
    qtbot.wait(1500)
    pid = sandbox.shared().pid
    assert pid and p.stop_btn.isEnabled()
    p.stop_btn.click()
    wait_idle(qtbot, p, 4_000)
    assert p.message.text() == "Stopped." and p.run_btn.isEnabled()
    assert not worker.running() and not _alive(pid)


@pytest.mark.parametrize("expr", ["__import__('os')._exit(0)",
                                  "__import__('os').kill(__import__('os').getpid(), 9)",
                                  "__import__('ctypes').string_at(0)"])
def test_a_snippet_that_ends_python_leaves_the_window_alive(window, qtbot, expr):
    p = window.panels["tensors"]
    window.show_panel("tensors")
    wait_idle(qtbot, p, 60_000)
    p.expr.setText(expr)
    p.evaluate()
    wait_idle(qtbot, p, 60_000)
    assert "ended the Python process running it" in p.message.text()
    assert "the app goes on" in p.message.text()
    p.expr.setText("tf.constant([5, 6])")
    p.evaluate()
    wait_idle(qtbot, p, 60_000)
    assert p.fields["shape"].text() == "(2,)" and "ended" not in p.message.text()


def test_esc_stops_a_loop_inside_c_in_the_tensors_box(window, qtbot):
    p = window.panels["tensors"]
    window.show_panel("tensors")
    wait_idle(qtbot, p, 60_000)
    p.expr.setText("sum(iter(int, 1))")      # froze the window for good before
    p.evaluate()
    qtbot.wait(1500)
    assert p.tasks and p.stop_btn.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_Escape)
    wait_idle(qtbot, p, 5_000)
    assert p.message.text() == "Stopped."
    p.expr.setText("tf.zeros([3, 4])")
    p.evaluate()
    wait_idle(qtbot, p, 60_000)
    assert p.fields["shape"].text() == "(3, 4)"


def test_code_that_ends_python_is_caught_in_graphs_and_execution(window, qtbot):
    g = window.panels["graphs"]
    window.show_panel("graphs")
    wait_idle(qtbot, g, 60_000)
    g.editor.setPlainText("import os\n\ndef f(x):\n    os._exit(3)\n    return x\n")
    g._fill_specs([("x", "float32", "()")])
    g.trace()                                    # tracing runs the body: it exits there
    wait_idle(qtbot, g, 60_000)
    assert "ended the Python process running it (exit code 3)" in g.message.text()
    e = window.panels["execution"]
    window.show_panel("execution")
    wait_idle(qtbot, e, 60_000)
    e.editor.setPlainText("import ctypes\nctypes.string_at(0)\n")
    e.run_both()
    wait_idle(qtbot, e, 60_000)
    assert "ended the Python process running it (signal 11)" in e.message.text()
    e.editor.setPlainText("print(tf.constant(7))\n")
    e.run_both()
    wait_idle(qtbot, e, 60_000)
    assert "tf.Tensor(7" in e.eager_out.toPlainText()


LOOP = """def count(x):
    i = tf.constant(0)
    while i < 20000:
        i += 1
    return x + tf.cast(i, tf.float32)
"""


def test_the_graph_shows_before_a_slow_timing_which_stop_ends(window, qtbot):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    p.editor.setPlainText(LOOP)
    p._fill_specs([("x", "float32", "()")])
    p.trace()
    # The diagram (with its While loop) is up while the eager timing still runs.
    qtbot.waitUntil(lambda: any("While" in it.node.op for it in p.view.items.values()),
                    timeout=60_000)
    assert p.tasks and "Timing" in p.speed_label.text()
    p.stop_btn.click()
    wait_idle(qtbot, p, 10_000)


def test_stop_ends_an_endless_python_loop_while_tracing(window, qtbot):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    p.editor.setPlainText("def f(x):\n    n = 0\n    while True:\n        n += 1\n"
                          "    return x\n")
    p._fill_specs([("x", "float32", "()")])
    p.trace()
    qtbot.wait(1500)
    assert p.stop_btn.isEnabled()
    p.stop_btn.click()
    qtbot.waitUntil(lambda: not p.tasks and p.message.text() == "Stopped.", timeout=120_000)
    p.trace()                      # F5 again: one trace, not a second spinning thread
    qtbot.wait(500)
    p.trace()
    qtbot.wait(1000)
    assert sum(t.isRunning() for t in p.tasks) == 1
    p.stop_btn.click()
    wait_idle(qtbot, p, 10_000)


POISON = ("class Poison(tf.keras.callbacks.Callback):\n"
          "    def on_train_batch_end(self, batch, logs=None):\n"
          "        if batch == 3:\n"
          "            for w in self.model.trainable_weights:\n"
          "                w.assign(w * float('nan'))\n")


def test_a_nan_loss_is_named_once(window, qtbot):
    p = blobs_training(window)
    p.cb_custom.setChecked(True)
    p.custom.setPlainText(POISON)
    # TerminateOnNaN off: training goes on, NaN every batch, said once and never as success.
    p.cb_nan.setChecked(False)
    p.epochs.setValue(3)
    p.start_training()
    qtbot.waitUntil(lambda: p.summary is not None, timeout=120_000)
    labels = [m.label.toPlainText() for m in p.markers]
    assert labels.count("NaN loss from here on") == 1 and len(labels) == 1
    assert p.message.objectName() == "error"
    assert "became NaN at batch 5 and training went on" in p.message.text()
    # On: it stops there, and the last word is the NaN, not "Trained 1 epochs".
    p.cb_nan.setChecked(True)
    p.summary = None
    p.start_training()
    qtbot.waitUntil(lambda: p.summary is not None, timeout=120_000)
    labels = [m.label.toPlainText() for m in p.markers]
    assert labels == ["NaN loss: TerminateOnNaN stopped training"]
    assert p.message.objectName() == "error"
    assert "TerminateOnNaN stopped training" in p.message.text()


def test_a_big_graph_with_no_scopes_does_not_claim_folding(window, qtbot):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    p.editor.setPlainText("def chain(x):\n    for i in range(200):\n        x = x * 1.01 + 1.0\n"
                          "    return x\n")
    p._fill_specs([("x", "float32", "()")])
    p.trace()
    wait_idle(qtbot, p)
    assert p.result["big"] and len(p.view.items) > 300        # every node drawn
    assert "Folded by name scope" not in p.diff_label.text()


def test_unreadable_images_are_counted_not_silently_dropped(window, qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage
    for k, shade in enumerate(("black", "white")):
        folder = tmp_path / f"class{k}"
        folder.mkdir()
        for i in range(6):
            img = QImage(16, 16, QImage.Format_RGB32)
            img.fill(QColor(shade))
            assert img.save(str(folder / f"{i}.png"))
    (tmp_path / "class0" / "broken.png").write_bytes(b"\x89PNG not really")
    (tmp_path / "class1" / "empty.png").write_bytes(b"")
    p = folder_training(window, tmp_path)
    p.epochs.setValue(1)
    p.start_training()
    qtbot.waitUntil(lambda: p.summary is not None, timeout=120_000)
    text = p.message.text()
    assert text.startswith("Trained 1 epochs")
    assert "2 files could not be read and were skipped: broken.png, empty.png" in text
    assert p.message.objectName() == "warn"


MODELS = """
import sys, keras, numpy as np
out = sys.argv[1]
keras.Sequential([keras.Input((None, 3)), keras.layers.LSTM(4), keras.layers.Dense(2)]).save(
    out + "/lstm.keras")
a, b = keras.Input((3,), name="a"), keras.Input((5,), name="b")
keras.Model([a, b], keras.layers.Dense(2)(keras.layers.Concatenate()([a, b]))).save(
    out + "/two_inputs.keras")
tv = keras.layers.TextVectorization(max_tokens=20, output_sequence_length=5)
tv.adapt(np.array(["a b c", "b c d"]))
s = keras.Input((), dtype="string")
keras.Model(s, keras.layers.Dense(1)(keras.layers.Embedding(20, 4)(tv(s)))).save(
    out + "/text.keras")
"""


def test_models_that_are_not_one_float_input_open_and_round_trip(window, qtbot, tmp_path):
    import subprocess
    import sys
    subprocess.run([sys.executable, "-c", MODELS, str(tmp_path)], check=True, timeout=300,
                   capture_output=True)
    window.show_panel("models")
    p = window.panels["models"]
    wait_idle(qtbot, p)
    for name, layers in (("lstm", {"LSTM", "Dense"}), ("two_inputs", {"Concatenate"}),
                         ("text", {"TextVectorization", "Embedding"})):
        p.open_file(str(tmp_path / f"{name}.keras"))
        wait_idle(qtbot, p)
        drawn = {it.node.op for it in p.view.items.values()}
        assert layers <= drawn, (name, drawn, p.message.text())
        p.round_trip()
        wait_idle(qtbot, p)
        assert p.message.text().startswith("Reloaded with load_model(): largest difference 0.")
        assert "\x1b" not in p.message.text()
    assert "Table not initialized" in p.message.text()     # the text model's clone: said why


def test_each_run_keeps_its_own_csv_log(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    p = blobs_training(window)
    p.epochs.setValue(2)
    p.cb_csv.setChecked(True)
    paths = []
    for _ in range(2):
        p.summary = None
        p.start_training()
        qtbot.waitUntil(lambda: p.summary is not None, timeout=120_000)
        paths.append(p.csv_path.text())
        qtbot.wait(1100)             # the file names carry the second
    assert paths[0] != paths[1] and all(x.startswith(str(tmp_path)) for x in paths)
    for x in paths:
        with open(x) as f:
            assert len(f.read().strip().splitlines()) == 3     # header and two epochs
    mine = str(tmp_path / "mine.csv")                         # a path the learner chose stays
    p.csv_path.setText(mine)
    p.summary = None
    p.start_training()
    qtbot.waitUntil(lambda: p.summary is not None, timeout=120_000)
    assert p.csv_path.text() == mine and os.path.exists(mine)


def test_a_number_box_says_what_it_did_not_take(window, qtbot):
    """Qt fits typed numbers silently (1e308 became 1308, 1000000000 epochs 10000)."""
    window.show_panel("training")
    p = window.panels["training"]
    p.epochs.lineEdit().selectAll()
    qtbot.keyClicks(p.epochs, "1000000000")
    qtbot.waitUntil(lambda: "1 to 10000" in p.message.text(), timeout=5_000)
    assert "100000" in p.message.text() and p.epochs.value() == 10000
    window.show_panel("tape")
    t = window.panels["tape"]
    t.a.lineEdit().selectAll()
    qtbot.keyClicks(t.a, "1e308")
    qtbot.waitUntil(lambda: "1e" in t.message.text(), timeout=5_000)
    assert "-1e+06 to 1e+06" in t.message.text()
    t.message.clear_message()
    t.b.lineEdit().selectAll()
    qtbot.keyClicks(t.b, "12.5")           # in range: nothing said
    qtbot.wait(100)
    assert t.b.value() == 12.5 and not t.message.text()


def test_stop_ends_the_loading_of_a_big_image_folder(window, qtbot, tmp_path):
    """Stop did nothing while 20,000 images loaded: the loading was not the task it ended."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage
    img = QImage(8, 8, QImage.Format_RGB32)
    img.fill(QColor("#808080"))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    for k in ("a", "b"):
        (tmp_path / k).mkdir()
        for i in range(10_000):
            (tmp_path / k / f"{i}.png").write_bytes(bytes(data))
    p = folder_training(window, tmp_path)
    p.start_training()
    qtbot.waitUntil(lambda: p.data_task is not None, timeout=10_000)
    qtbot.wait(1000)                                    # loading, well short of 20,000
    p.stop_btn.click()
    qtbot.waitUntil(lambda: p.data_task is None and p.start_btn.isEnabled(), timeout=10_000)
    assert p.task is None and p.dataset is None         # no training started after Stop
    assert "Stopped while preparing the data" in p.message.text()
