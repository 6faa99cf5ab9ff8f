"""Each lesson exported from a state set through the real widgets, run in a fresh Python
process (and as a notebook), printing what the panel shows; TensorBoard logs read back with
TensorBoard's own reader."""
import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import wait_idle

ENV = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")


def blobs_training(w, qtbot, epochs):
    """The training panel with the 2-D blobs loaded and this many epochs."""
    w.show_panel("training")
    p = w.panels["training"]
    p.data_combo.setCurrentIndex(p.data_combo.findData("blobs"))
    wait_idle(qtbot, p)
    p.epochs.setValue(epochs)
    return p


def run_script(path: Path) -> str:
    done = subprocess.run([sys.executable, str(path)], cwd=path.parent, env=ENV, text=True,
                          capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "tfvisual" not in "".join(ln for ln in path.read_text().splitlines()
                                     if ln.startswith(("import", "from")))
    return done.stdout


def run_notebook(path: Path) -> str:
    """Execute the notebook in a kernel (its sockets on the local file system); its printed
    output, in order."""
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name="python3", transport="ipc",
                       ip=str(path.parent / "kernel"))
    NotebookClient(nb, km=km, timeout=600, resources={"metadata": {"path": str(path.parent)}},
                   ).execute(env=ENV)
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.outputs if o.output_type == "stream" and o.name == "stdout")


def test_tensors_and_execution_exports_print_what_the_panels_show(window, qtbot, tmp_path):
    w = window
    w.show_panel("tensors")
    p = w.panels["tensors"]
    wait_idle(qtbot, p)
    p.expr.setText("tf.zeros([2, 3], tf.float16)")
    p.evaluate()
    wait_idle(qtbot, p)
    out = run_script(w.export_to(tmp_path / "tensors.py"))
    for field, label in (("dtype", "dtype"), ("shape", "shape"), ("rank", "rank")):
        assert f"{label}: {p.fields[field].text()}" in out
    assert f"size: {p.fields['size'].text()} bytes" in out

    w.show_panel("execution")
    p = w.panels["execution"]
    wait_idle(qtbot, p)
    p.editor.setPlainText("a = tf.constant([1, 2])\nc = tf.multiply(a, 3)\nprint(c)\n")
    p.run_both()
    wait_idle(qtbot, p)
    path = w.export_to(tmp_path / "execution.py")
    out = run_script(path)
    eager, lazy = out.split("— lazy —")
    assert p.eager_out.toPlainText().strip() in eager
    for line in p.lazy_out.toPlainText().splitlines():   # symbolic tensor, session values
        if line.strip() and not line.startswith("—"):
            assert line.strip() in lazy, line
    # The notebook: the same cells, run by a Jupyter kernel.
    nb = w.export_to(tmp_path / "execution.ipynb")
    assert run_notebook(nb) == out


def test_graphs_export_counts_ops_as_the_panel_does(window, qtbot, tmp_path):
    w = window
    w.show_panel("graphs")
    p = w.panels["graphs"]
    wait_idle(qtbot, p)
    p.editor.setPlainText("def twice(x, y):\n    return x * y + x * y + "
                          "tf.constant(2.0) * tf.constant(3.0)\n")
    p.specs.setRowCount(0)
    p.trace()
    wait_idle(qtbot, p)
    views = p.result["views"]
    out = run_script(w.export_to(tmp_path / "graphs.py"))
    before, after = out.split("ops after Grappler:")
    assert f"traced ops: {len(views['before'][0])}" in before
    assert after.split()[0] == str(len(views["after"][0]))
    for op, n in views["before"][0].op_counts().items():
        assert f"  {op}: {n}" in before
    for op, n in views["after"][0].op_counts().items():
        assert f"  {op}: {n}" in after.split("removed:")[0]
    assert "def tf__twice" in out                                # AutoGraph's code
    # Each op's value from one run, as the panel steps through them.
    p.run_step_by_step()
    wait_idle(qtbot, p)
    p.toggle_play(False)
    traced = out.split("traced:")[1].split("after Grappler:")[0]
    for name, value in p.run_values["before"].items():
        assert f"  {name} (" in traced and f") = {float(value):g}" in traced.replace(".\n", "\n")


def test_tape_export_prints_the_panels_lines_to_the_character(window, qtbot, tmp_path):
    w = window
    w.show_panel("tape")
    p = w.panels["tape"]
    wait_idle(qtbot, p)
    p.x0.setValue(11.0)
    p.lr.setValue(0.05)
    p.n.setValue(9)
    p.loss.setCurrentIndex(p.loss.findData("square"))
    p.recompute()
    wait_idle(qtbot, p)
    lines = [str(s) for s in p.steps]
    assert len(lines) == 9
    script = w.export_to(tmp_path / "tape.py")
    out = run_script(script).splitlines()
    assert out[:9] == lines
    # Then what the tape recorded for the first step, each op's value as the panel shows it.
    assert "  Square (Square) = 729." in out and any(ln.endswith(") = 162.") for ln in out[9:])
    nb = w.export_to(tmp_path / "tape.ipynb")
    assert run_notebook(nb).splitlines() == out


def test_models_export_has_the_summary_counts_and_a_clean_round_trip(window, qtbot, tmp_path):
    w = window
    w.show_panel("models")
    p = w.panels["models"]
    wait_idle(qtbot, p)
    p.api.setCurrentIndex(p.api.findData("functional"))
    wait_idle(qtbot, p)
    p.layers.item(0, 1).setText("64")
    wait_idle(qtbot, p)
    params = p.result["params"]
    assert params == 4810
    out = run_script(w.export_to(tmp_path / "models.py"))
    assert f"Total params: {params:,}" in out
    assert "largest difference after load_model(): 0.0" in out
    assert "largest difference after load_weights(): 0.0" in out
    assert "functional" in out.lower()
    # A model opened from a file is exported as that file, loaded in safe mode.
    saved = tmp_path / "mine.keras"
    p.save_to(str(saved))
    wait_idle(qtbot, p)
    p.open_file(str(saved))
    wait_idle(qtbot, p)
    out = run_script(w.export_to(tmp_path / "opened.py"))
    assert f"Total params: {params:,}" in out and str(saved) in (tmp_path / "opened.py").read_text()


MY_CALLBACK = '''class Tell(tf.keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print("my callback saw epoch", epoch)
'''


def test_training_export_writes_the_same_csv_with_its_callbacks(window, qtbot, tmp_path):
    w = window
    p = blobs_training(w, qtbot, 3)
    p.cb_csv.setChecked(True)
    p.csv_path.setText(str(tmp_path / "app" / "log.csv"))
    (tmp_path / "app").mkdir()
    p.cb_custom.setChecked(True)
    p.custom.setPlainText(MY_CALLBACK)
    p.start_training()
    qtbot.waitUntil(lambda: p.task is None and p.summary is not None, timeout=180_000)
    with open(tmp_path / "app" / "log.csv", newline="") as f:
        app_rows = list(csv.reader(f))
    (tmp_path / "out").mkdir()
    script = w.export_to(tmp_path / "out" / "training.py")
    out = run_script(script)
    assert "my callback saw epoch 2" in out                      # the learner's own callback
    with open(tmp_path / "out" / "log.csv", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == app_rows[0]                                # the same columns
    assert len(rows) - 1 == len(app_rows) - 1 == p.summary["epochs_run"] == 3
    assert f"CSV columns: {', '.join(app_rows[0])}" in out


def test_devices_export_splits_the_batch_as_the_panel_does(window, qtbot, tmp_path):
    w = window
    w.show_panel("devices")
    p = w.panels["devices"]
    wait_idle(qtbot, p)
    p.replicas.setValue(3)
    p.run_mirrored()
    wait_idle(qtbot, p)
    shown = re.findall(r"batch of (\d+)", p.mirror_out.toPlainText())
    out = run_script(w.export_to(tmp_path / "devices.py"))
    assert re.findall(r"batch of (\d+)", out) == shown == ["2", "2", "2"]
    assert "MatMul (MatMul):" in out and "CPU:0" in out


def test_an_export_never_overwrites_without_asking(window, qtbot, tmp_path):
    w = window
    w.show_panel("tape")
    p = w.panels["tape"]
    wait_idle(qtbot, p)
    target = tmp_path / "mine.py"
    target.write_text("my own work\n")
    assert w.export_to(target, ask=lambda: False) is None
    assert target.read_text() == "my own work\n"
    assert w.export_to(target, ask=lambda: True) == target
    assert "tf.GradientTape" in target.read_text()
    assert w.export_to(tmp_path / "notes.txt") is None
    assert ".py" in p.message.text() and ".ipynb" in p.message.text()
    assert w.export_to(tmp_path / "no" / "such" / "x.py") is None
    assert "does not exist" in p.message.text()
    assert w.export_to(tmp_path) is None                  # a folder, not a file


def test_the_command_line_export(tmp_path):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "tfvisual", *args], env=ENV, text=True,
                              capture_output=True, timeout=300)
    for panel in ("tape", "graphs"):
        for suffix in (".py", ".ipynb"):
            done = cli("--panel", panel, "--export", str(tmp_path / f"{panel}{suffix}"))
            assert done.returncode == 0, done.stderr
    # The chapter's order: print(loss) before any step, then the seven lines.
    assert run_script(tmp_path / "tape.py").splitlines()[:2] == [
        "tf.Tensor(54.0, shape=(), dtype=float32)", "X = 20.00, dX = 3.000000"]
    again = cli("--panel", "tape", "--export", str(tmp_path / "tape.py"))
    assert again.returncode == 2 and "exists already" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
    bad = cli("--panel", "tape", "--export", str(tmp_path / "tape.txt"))
    assert bad.returncode == 2 and ".ipynb" in bad.stderr
    nowhere = cli("--panel", "tape", "--export", str(tmp_path / "nope" / "t.py"))
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr


# -- TensorBoard ------------------------------------------------------------------------------
def _accumulator(path):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    acc = EventAccumulator(str(path), size_guidance={"tensors": 0})
    acc.Reload()
    return acc


def _scalars(acc, tag):
    from tensorflow.python.framework import tensor_util
    return [float(tensor_util.MakeNdarray(e.tensor_proto)) for e in acc.Tensors(tag)]


def test_training_writes_a_tensorboard_log_that_matches_the_curves(window, qtbot, tmp_path):
    w = window
    p = blobs_training(w, qtbot, 3)
    p.cb_tb.setChecked(True)
    p.tb_path.setText(str(tmp_path / "logs"))
    assert p.tb_cmd.text().endswith(f"tensorboard --logdir {tmp_path / 'logs'}")
    curve = []
    p.bridge.event.connect(lambda k, d: curve.append(d["logs"]["loss"]) if k == "epoch" else None)
    p.start_training()
    qtbot.waitUntil(lambda: p.task is None and p.summary is not None, timeout=180_000)
    assert f"tensorboard --logdir {tmp_path / 'logs'}" in p.message.text()
    (run,) = (tmp_path / "logs").iterdir()
    train = _accumulator(run / "train")
    tags = train.Tags()
    assert _scalars(train, "epoch_loss") == pytest.approx(curve, rel=1e-6) and len(curve) == 3
    assert any(t.startswith("batch_") for t in tags["tensors"])           # per batch
    assert any(t.endswith("/histogram") for t in tags["tensors"])          # weights
    assert tags["graph"]
    assert "epoch_loss" in _accumulator(run / "validation").Tags()["tensors"]


def test_training_says_when_the_tensorboard_folder_is_a_file(window, qtbot, tmp_path):
    w = window
    p = blobs_training(w, qtbot, 1)
    (tmp_path / "afile").write_text("")
    p.cb_tb.setChecked(True)
    p.tb_path.setText(str(tmp_path / "afile"))
    p.start_training()
    qtbot.waitUntil(lambda: "not a folder" in p.message.text(), timeout=120_000)
    qtbot.waitUntil(lambda: p.task is None and not p.tasks, timeout=60_000)


def test_graphs_export_to_tensorboard_as_two_runs(window, qtbot, tmp_path):
    w = window
    w.show_panel("graphs")
    p = w.panels["graphs"]
    wait_idle(qtbot, p)
    p.export_tensorboard(str(tmp_path / "tb"))
    wait_idle(qtbot, p)
    assert "tensorboard --logdir" in p.message.text()
    from tensorflow.core.framework import graph_pb2
    for run in ("before", "after"):
        acc = _accumulator(tmp_path / "tb" / run)
        g = graph_pb2.GraphDef()
        g.ParseFromString(acc.Graph().SerializeToString())
        assert len(g.node) == len(p.result["views"][run][0])
    assert len(p.result["views"]["after"][0]) < len(p.result["views"]["before"][0])


def test_the_training_lessons_export_without_a_window_is_what_the_panel_starts_with(qtbot,
                                                                                   tmp_path):
    """Before, --export wrote the spiral at lr 0.001 while the panel starts on the digits at
    0.01."""
    from PySide6.QtCore import QSettings

    from tfvisual.core import export
    from tfvisual.ui.main_window import MainWindow, Settings
    w = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)),
                   "en", "light", 11)
    qtbot.addWidget(w)
    for panel in ("tensors", "execution", "tape", "models", "training", "devices"):
        shown = w.panels[panel].export_state()
        assert export.default_state(panel) == shown, panel
