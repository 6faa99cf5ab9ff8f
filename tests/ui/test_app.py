"""The command line end to end, in subprocesses like a user's shell."""
import os
import subprocess
import sys
import time

import pytest

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def run(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "tfvisual", *args], capture_output=True,
                          text=True, timeout=timeout, env=ENV)


@pytest.mark.parametrize("args", [["--theme", "neon"], ["--font-size", "99"],
                                  ["--size", "12x"], ["--panel", "nope"], ["--lang", "fr"],
                                  ["--screenshot", "x.jpg"],
                                  ["--screenshot", "/no/such/folder/x.png"],
                                  ["--screenshot", "/dev/null/x.png"],
                                  ["--screenshot", "/tmp/"]])
def test_bad_values_get_one_line_and_exit_2(args):
    r = run(*args)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "error" in r.stderr


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("tfvisual ")


def test_screenshot_end_to_end(tmp_path):
    out = tmp_path / "tape.png"
    r = run("--panel", "tape", "--screenshot", str(out), "--size", "1024x700")
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1024, 700)
    # TensorFlow's C++ start-up noise stays out of the user's terminal.
    assert "oneDNN" not in r.stderr and "absl" not in r.stderr


def test_self_test_runs_every_panel():
    r = run("--self-test", timeout=900)
    assert r.returncode == 0, r.stdout + r.stderr
    for name in ("tensors", "execution", "graphs", "tape", "models", "training", "devices"):
        assert f"self-test {name}: ok" in r.stdout


def test_window_appears_before_tensorflow_is_imported():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from tfvisual.ui.main_window import MainWindow, Settings\n"
            "w = MainWindow(Settings(None), 'en', 'light', 11); w.show()\n"
            "print('tensorflow' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV,
                       timeout=120)
    assert r.stdout.strip().splitlines()[-1] == "False", r.stderr[-1000:]


def test_a_second_window_does_not_wipe_the_first_ones_logs(tmp_path, monkeypatch):
    """Both windows append to tensorflow.log; each training run gets its own CSV."""
    from tfvisual import app
    from tfvisual.core.data import default_csv_path
    env = dict(ENV, XDG_DATA_HOME=str(tmp_path))
    code = ("import os, sys; from tfvisual import app; app.setup_logging(False); "
            "os.write(2, sys.argv[1].encode() + b'\\n')")
    for word in ("first", "second"):
        subprocess.run([sys.executable, "-c", code, word], env=env, check=True, timeout=60)
    text = (tmp_path / "tfvisual" / "tensorflow.log").read_text()
    assert "first" in text and "second" in text
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    a = default_csv_path()
    time.sleep(1.1)
    assert default_csv_path() != a and a.startswith(str(app.data_dir()))
