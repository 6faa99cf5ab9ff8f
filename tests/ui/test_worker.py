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
