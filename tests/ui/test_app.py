"""The command line end to end, in subprocesses like a user's shell."""
import os
import subprocess
import sys

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
