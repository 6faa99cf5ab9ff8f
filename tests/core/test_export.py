"""Exports without a window: every lesson's default script compiles, its notebook holds the same
code, and nothing is written over an existing file."""
import pytest

from tfvisual import PANELS
from tfvisual.core import export
from tfvisual.core.errors import Problem


@pytest.mark.parametrize("panel", PANELS)
def test_every_default_export_is_valid_python_and_the_notebook_has_the_same_code(panel,
                                                                                tmp_path):
    import nbformat
    py = export.write(tmp_path / f"{panel}.py", panel)
    nb = export.write(tmp_path / f"{panel}.ipynb", panel, lesson="**Why** it matters.")
    script = py.read_text()
    compile(script, str(py), "exec")
    assert "tfvisual" not in "\n".join(ln for ln in script.splitlines()
                                       if ln.startswith(("import", "from")))
    book = nbformat.read(nb, as_version=4)
    nbformat.validate(book)
    kinds = [c.cell_type for c in book.cells]
    assert kinds[:2] == ["markdown", "markdown"] and "code" in kinds
    assert book.cells[1].source == "**Why** it matters."
    code = [c.source for c in book.cells if c.cell_type == "code"]
    assert all(part in script for part in code)


def test_an_existing_file_is_never_replaced_unless_asked_to(tmp_path):
    target = tmp_path / "mine.py"
    target.write_text("keep me")
    with pytest.raises(export.Exists):
        export.write(target, "tape")
    assert target.read_text() == "keep me"
    export.write(target, "tape", overwrite=True)
    assert "GradientTape" in target.read_text()


@pytest.mark.parametrize("name, words", [("x.txt", ".ipynb"), ("nope/x.py", "does not exist"),
                                         (".", "is a folder")])
def test_bad_targets_are_explained(tmp_path, name, words):
    with pytest.raises(Problem) as e:
        export.write(tmp_path / name, "tape")
    assert words in str(e.value)


def test_the_learners_values_reach_the_code():
    cells = export.cells("tape", dict(a=2.0, b=4.0, x0=7.5, steps=3, learning_rate=0.25,
                                      loss="square", optimizer="adam"))
    code = export.as_script(cells)
    assert "X = tf.Variable(7.5)" in code and "range(3)" in code
    assert "tf.math.square(residual)" in code and "Adam(learning_rate=0.25)" in code
    # A word typed as a run's input becomes the numpy call that makes the same values.
    from tfvisual.core import graphs
    state = export.default_state("graphs")
    state["specs"][0][2] = "(None, 3)"
    state["inputs"][0] = graphs.input_code("random", "float32", "(None, 3)")
    code = export.as_script(export.cells("graphs", state))
    assert "inputs = [np.random.default_rng(0).random((2, 3)).astype('float32'), 3.0" in code
    with pytest.raises(Problem):
        export.cells("graphs", {"source": "def f(x:\n", "specs": []})
    with pytest.raises(Problem):
        export.cells("nowhere")


def test_the_training_export_prints_each_layer_while_it_learns(tmp_path):
    """Issue 25: the per-layer callback, in plain Keras, runs and prints every layer."""
    import subprocess
    import sys
    state = export.default_state("training")
    state["config"]["epochs"] = 2
    code = export.as_script(export.cells("training", state))
    assert "class LayerStats(tf.keras.callbacks.Callback)" in code
    assert not [line for line in code.splitlines()
                if line.startswith(("import tfvisual", "from tfvisual"))]
    path = tmp_path / "train.py"
    path.write_text(code)
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                         cwd=tmp_path, timeout=600).stdout
    lines = [line for line in out.splitlines() if "|W|" in line]
    assert [line.split(":")[0].strip() for line in lines] == ["dense", "dense_1"] * 2
    assert "dead units:" in lines[0] and "dead units:" not in lines[1]     # relu, softmax


def test_an_exported_lesson_keeps_tensorflows_gpu_probe_errors_out_of_its_output(tmp_path):
    import os
    import subprocess
    import sys
    path = export.write(tmp_path / "tensors.py", "tensors")
    env = {k: v for k, v in os.environ.items() if k != "TF_CPP_MIN_LOG_LEVEL"}
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          env=env, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "cuInit" not in done.stderr and "E0000" not in done.stderr
