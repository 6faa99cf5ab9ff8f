"""Run core work on a Qt-owned thread; results come back as signals of plain Python values.

A ``Task`` is a QThread running one plain function ``fn(*args, state=State, **kwargs)``. The
GUI thread never waits on it, except at quit, where ``stop_all`` cancels every task and waits a
bounded time (a QThread destroyed while running would crash).
"""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QThread, Signal

from tfvisual.core.concurrent import Cancelled, State
from tfvisual.core.errors import out_of_memory, plain
from tfvisual.core.snippets import SnippetError

from .i18n import describe

log = logging.getLogger("tfvisual")
_running: set["Task"] = set()
_collector = None


class GuiCollector:
    """Python's cycle collector, run by a GUI-thread timer only (see
    ``collect_garbage_in_gui_thread``), in small steps.

    pyqtgraph's GarbageCollector checks once a second and forces a full collection every tenth
    time: a worker converting a 15K-op graph allocates some 10^6 objects a second, and one
    young-generation pass over them held the GUI 0.5-2.7 s. Here the young generation is
    collected every 100 ms, and a full pass (which walks every long-lived object: 250 ms with
    a big graph on screen) at most every 30 s and only once the app has been quiet for 2 s
    (no task running, little allocated): never in the middle of what a learner watches. A
    pass put off for 2 minutes runs anyway.
    """
    INTERVAL_MS = 100
    FULL_EVERY = 30.0
    QUIET = 2.0
    BUSY_ALLOCATIONS = 2000     # new objects in one interval that mean "working"
    LATEST_FULL = 120.0

    def __init__(self):
        import gc
        import time

        from PySide6.QtCore import QTimer
        self._gc, self._time = gc, time
        self.threshold = gc.get_threshold()
        self.last_full = self.last_busy = time.monotonic()
        gc.disable()
        self.timer = QTimer()
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def check(self):
        gc = self._gc
        now = self._time.monotonic()
        l0, l1, l2 = gc.get_count()
        if _running or l0 > self.BUSY_ALLOCATIONS:
            self.last_busy = now
        if l0 <= self.threshold[0]:
            return
        full_due = l2 > self.threshold[2] and now - self.last_full >= self.FULL_EVERY
        quiet = now - self.last_busy >= self.QUIET
        if full_due and (quiet or now - self.last_full >= self.LATEST_FULL):
            gc.collect(2)
            self.last_full = now
        elif l1 > self.threshold[1]:
            gc.collect(1)
        else:
            gc.collect(0)


def collect_garbage_in_gui_thread() -> None:
    """Run Python's cycle collector on a GUI-thread timer only (once per process).

    Left automatic, it runs in whichever thread allocates: a TensorFlow trace on a worker then
    frees a closed window's widgets there, which deadlocked Qt (two threads in ~QObject) or
    crashed it (a segfault in CI). Collecting on a GUI timer is the known remedy (pyqtgraph's
    GarbageCollector); ``GuiCollector`` does it in smaller steps.
    """
    global _collector
    if _collector is None:
        _collector = GuiCollector()


class Task(QThread):
    progressed = Signal(float, str)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str, object)      # message, line in the learner's code (int) or None
    cancelled = Signal()

    def __init__(self, fn, *args, device: str | None = None, **kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.device = device
        self.state = State(on_progress=self.progressed.emit, on_partial=self.partial.emit)
        self.abandoned = False      # its panel gave up waiting (Stop): say nothing at the end
        self.setObjectName(getattr(fn, "__name__", "task"))
        _running.add(self)
        self.finished.connect(self._done)

    def _done(self):
        _running.discard(self)
        self.deleteLater()

    def run(self):
        try:
            if self.device:
                from tfvisual.core.devices import scope
                with scope(self.device):
                    result = self.fn(*self.args, state=self.state, **self.kwargs)
            else:
                result = self.fn(*self.args, state=self.state, **self.kwargs)
        except Cancelled:
            self._say(self.cancelled)
        except SnippetError as e:
            self._say(self.failed, describe(e), e.line)
        except (ValueError, TypeError, OSError) as e:
            log.info("task %s: %s", self.objectName(), e)
            self._say(self.failed, describe(e), None)
        except Exception as e:  # never let TensorFlow's errors escape a thread
            if (oom := out_of_memory(e)) is not None:
                self._say(self.failed, describe(oom), None)
                return
            log.error("task %s failed:\n%s", self.objectName(), traceback.format_exc())
            text = plain(e).strip()
            first = text.splitlines()[0] if text else ""
            self._say(self.failed, f"{type(e).__name__}: {first}", None)
        except BaseException as e:  # noqa: BLE001 — SystemExit and the like: never a silent end
            log.error("task %s ended by %r", self.objectName(), e)
            self._say(self.failed, type(e).__name__, None)
        else:
            if self.state.cancelled:
                self._say(self.cancelled)
            else:
                self._say(self.succeeded, result)

    def _say(self, signal, *args):
        if not self.abandoned:     # an abandoned task's panel has moved on
            signal.emit(*args)

    def cancel(self):
        self.state.cancel()


def running() -> list[Task]:
    return [t for t in _running if t.isRunning()]


def stop_all(timeout_ms: int = 2000) -> bool:
    """Cancel every task and wait for them, at most ``timeout_ms`` in all. True if all ended."""
    tasks = list(_running)
    for t in tasks:
        t.cancel()
    import time
    deadline = time.monotonic() + timeout_ms / 1000
    ok = True
    for t in tasks:
        left = max(0, int((deadline - time.monotonic()) * 1000))
        if not t.wait(left):
            ok = False
    return ok
