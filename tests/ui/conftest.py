import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail any test that leaves a worker thread running."""
    from tfvisual.ui import worker
    yield
    left = worker.running()
    worker.stop_all(10_000)
    assert not left, f"threads left running: {[t.objectName() for t in left]}"


def make_window(qtbot, tmp_path, device="cpu"):
    """A main window with TensorFlow loaded, as the app starts it."""
    from PySide6.QtWidgets import QApplication

    from tfvisual.ui import i18n
    from tfvisual.ui.main_window import MainWindow, Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    w = MainWindow(settings, "en", "light", 11, device=device)
    i18n.install(QApplication.instance(), "en")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    with qtbot.waitSignal(w.tf_ready, timeout=180_000):
        w.start_tensorflow()
    return w


@pytest.fixture
def window(qtbot, tmp_path):
    from tfvisual.ui import worker

    w = make_window(qtbot, tmp_path)
    yield w
    w.close()
    worker.stop_all(10_000)


def wait_idle(qtbot, panel, timeout=120_000):
    qtbot.waitUntil(lambda: not panel.tasks, timeout=timeout)
