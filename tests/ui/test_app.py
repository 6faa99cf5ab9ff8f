"""The command line end to end, in subprocesses like a user's shell."""
import os
import subprocess
import sys
import time
from pathlib import Path

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
    # The lesson drawn, not a blank or half-built window: many colours, text and plots.
    small = img.scaled(256, 175)
    colours = {small.pixel(x, y) for x in range(0, 256, 2) for y in range(0, 175, 2)}
    assert len(colours) > 50
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
    code = ("import os, sys; from tfvisual import app; "
            "app.quiet_native_stderr(app.setup_logging(False)); "
            "os.write(2, sys.argv[1].encode() + b'\\n')")
    for word in ("first", "second"):
        subprocess.run([sys.executable, "-c", code, word], env=env, check=True, timeout=60)
    text = (tmp_path / "tfvisual" / "tensorflow.log").read_text()
    assert "first" in text and "second" in text
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    a = default_csv_path()
    time.sleep(1.1)
    assert default_csv_path() != a and a.startswith(str(app.data_dir()))


def test_a_qt_that_cannot_start_says_why_on_the_terminal(tmp_path):
    """Before, Qt's own words went to the TensorFlow log and the terminal said "Aborted"."""
    env = {k: v for k, v in ENV.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", XDG_DATA_HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "tfvisual"], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode != 0
    assert "xcb" in r.stderr and ("display" in r.stderr or "plugin" in r.stderr), r.stderr


def test_the_first_window_fits_the_screen_it_opens_on():
    from tfvisual.ui.main_window import first_size
    assert first_size(1366, 738) is None                 # a laptop: all of it
    assert first_size(1920, 1050) == (1728, 945)          # a big screen: room to be wide
    config = '{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1366, "height": 768, ' \
             '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
    code = ("import sys, json, tempfile, os\n"
            "f = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)\n"
            "f.write(sys.argv[1]); f.close()\n"
            "os.environ['QT_QPA_PLATFORM'] = 'offscreen:configfile=' + f.name\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from tfvisual.ui.main_window import MainWindow, Settings\n"
            "w = MainWindow(Settings(None), 'en', 'light', 11); w.show(); app.processEvents()\n"
            "g, a = w.frameGeometry(), app.primaryScreen().availableGeometry()\n"
            "print(a.contains(g), g.width(), g.height())\n")
    r = subprocess.run([sys.executable, "-c", code, config], capture_output=True, text=True,
                       env=ENV, timeout=120)
    fits, w, h = r.stdout.split()[-3:]
    assert fits == "True" and int(w) >= 1300 and int(h) >= 700, r.stdout + r.stderr[-2000:]


def test_install_desktop_writes_an_entry_that_starts_this_tfvisual(tmp_path):
    """The .desktop file was never installed, and its Exec=tfvisual is not on every PATH."""
    import shlex
    import shutil
    env = dict(ENV, XDG_DATA_HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "tfvisual", "--install-desktop"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    entry = tmp_path / "applications" / "tfvisual.desktop"
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert Path(fields["Icon"]).is_file() and Path(fields["TryExec"]).is_absolute()
    if shutil.which("desktop-file-validate"):
        v = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                           text=True)
        assert v.returncode == 0, v.stdout + v.stderr
    # What a double-click runs, with an empty PATH: this tfvisual answers.
    run_it = subprocess.run(shlex.split(fields["Exec"]) + ["--version"], capture_output=True,
                            text=True, env=dict(env, PATH=""), timeout=120)
    assert run_it.returncode == 0 and run_it.stdout.startswith("tfvisual ")


def test_the_build_has_an_icon_windows_version_info_and_a_macos_app(qapp, tmp_path,
                                                                     monkeypatch):
    """build.spec run with PyInstaller's objects stood in for: what each platform gets."""
    import types

    from PySide6.QtGui import QImage
    root = Path(__file__).resolve().parents[2]
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda name: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    made = {}

    def stand_in(kind):
        def make(*a, **k):
            made[kind] = k
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])
        return make
    spec = (root / "build.spec").read_text()
    for platform in ("win32", "darwin", "linux"):
        made.clear()
        monkeypatch.setattr(sys, "platform", platform)
        exec(compile(spec, "build.spec", "exec"),
             {"SPECPATH": str(root), "__name__": "spec", **{k: stand_in(k) for k in (
                 "Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}})
        icon = made["EXE"]["icon"]
        img = QImage(icon)
        assert img.width() >= 64 and not img.isNull(), platform
        assert icon.endswith(".ico" if platform == "win32" else ".png")
        if platform == "win32":
            info = Path(made["EXE"]["version"]).read_text()
            assert "FileVersion" in info and "ProductName', 'tfvisual'" in info
        else:
            assert made["EXE"]["version"] is None
        assert ("BUNDLE" in made) == (platform == "darwin")
