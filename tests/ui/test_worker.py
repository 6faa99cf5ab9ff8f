import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from tfvisual.ui.worker import Task
app = QCoreApplication([])
got = []
def work(state=None):
    for i in range(30000):
        state.partial(i)
    return None
t = Task(work)
t.partial.connect(got.append)
t.failed.connect(lambda m, line: got.append(line))
t.succeeded.connect(lambda r: app.quit())
t.start()
app.exec()
# As the app does at quit: succeeded is emitted before run() returns, and a QThread
# destroyed while still running aborts the process.
from tfvisual.ui import worker
worker.stop_all(10000)
print(len(got))
"""


def test_thousands_of_signals_from_a_worker_do_not_crash():
    """Training sends a signal per batch: the Qt binding must survive that (PySide6 6.12.0
    did not)."""
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr[-1500:]
    assert r.stdout.strip() == "30000"


def test_cancel_and_failure_reach_the_gui(qtbot):
    from tfvisual.core.snippets import SnippetError
    from tfvisual.ui.worker import Task

    def bad(state=None):
        raise SnippetError("nope", 3)

    t = Task(bad)
    with qtbot.waitSignal(t.failed, timeout=10_000) as blocker:
        t.start()
    assert blocker.args == ["line 3: nope", 3]
    t.wait(5000)

    def slow(state=None):
        while True:
            state.check()

    t = Task(slow)
    with qtbot.waitSignal(t.cancelled, timeout=10_000):
        t.start()
        t.cancel()
    t.wait(5000)


GC_SCRIPT = """
import os, sys, threading, weakref
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from tfvisual.ui.main_window import MainWindow, Settings
from tfvisual.ui.worker import Task
app = QApplication([])
w = MainWindow(Settings(QSettings(sys.argv[1], QSettings.IniFormat)), "en", "light", 11)
freed_in = []

class Holder:
    pass

# a closed window's widgets in a reference cycle, as a panel's lambdas make them
h = Holder()
h.widget = QWidget()
h.widget.menu = QMenu(h.widget)
h.self = h
weakref.finalize(h, lambda: freed_in.append(threading.current_thread().name))
del h

def allocate(state=None):
    junk = [[i] for i in range(200000)]   # enough to trigger the collector many times
    return len(junk)

t = Task(allocate)
t.succeeded.connect(lambda r: QTimer.singleShot(2500, app.quit))
t.start()
app.exec()
print(freed_in)
"""


def test_garbage_is_collected_on_the_gui_thread_only(tmp_path):
    r = subprocess.run([sys.executable, "-c", GC_SCRIPT, str(tmp_path / "s.ini")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-1500:]
    assert r.stdout.strip().splitlines()[-1] == "['MainThread']"


def test_a_full_collection_waits_until_the_app_is_quiet(qtbot, monkeypatch):
    """A full pass walks every long-lived object (250 ms with a big graph shown): it never
    runs while a task works, only after 2 quiet seconds, and at the latest after 2 minutes."""
    import gc

    from tfvisual.ui import worker
    c = worker.GuiCollector()
    c.timer.stop()
    gc.enable()     # as it was before (the app's own collector keeps it off)
    collected = []
    monkeypatch.setattr(c, "_gc", type("G", (), {
        "get_count": staticmethod(lambda: (5000, 50, 50)),
        "collect": staticmethod(collected.append)}))
    now = [1000.0]
    monkeypatch.setattr(c, "_time", type("T", (), {"monotonic": staticmethod(lambda: now[0])}))
    c.last_full = c.last_busy = now[0] - 60     # a full pass is due, not overdue
    busy = type("Busy", (), {"isRunning": lambda self: False})()
    monkeypatch.setattr(worker, "_running", {busy})          # a task is working
    c.check()
    assert collected == [1]
    monkeypatch.setattr(worker, "_running", set())
    c.check()                       # busy: the young generation was big
    assert collected[-1] == 1
    c.BUSY_ALLOCATIONS = 10 ** 6    # quiet from now on
    now[0] += 1.0
    c.check()
    assert collected[-1] == 1       # quiet for 1 s only
    now[0] += 1.5
    c.check()
    assert collected[-1] == 2 and c.last_full == now[0]
    monkeypatch.setattr(worker, "_running", {busy})
    now[0] += 119
    c.check()
    assert collected[-1] == 1       # busy, 2 minutes not yet up
    now[0] += 2
    c.check()
    assert collected[-1] == 2       # overdue: runs anyway
    monkeypatch.setattr(worker, "_running", set())
