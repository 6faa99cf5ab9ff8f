"""A small state object long work reports through (after Orange's concurrent.py).

The work is a plain function taking ``state``; it reports progress only when it moves, can
send partial results, and checks ``state.check()`` so that it can be cancelled or paused.
"""
from __future__ import annotations

import sys
import threading
from typing import Any, Callable


class Cancelled(Exception):
    """Raised inside work whose state was cancelled."""


class State:
    def __init__(self, on_progress: Callable[[float, str], None] | None = None,
                 on_partial: Callable[[Any], None] | None = None):
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._on_progress = on_progress
        self._on_partial = on_partial
        self._last = -1.0

    def cancel(self) -> None:
        self._cancel.set()
        self._running.set()  # a paused job must wake up to notice

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_if_paused(self) -> None:
        self._running.wait()

    def check(self) -> None:
        """Block while paused; raise Cancelled once cancelled."""
        self._running.wait()
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, fraction: float, message: str = "") -> None:
        fraction = min(max(float(fraction), 0.0), 1.0)
        if self._on_progress and (fraction - self._last >= 0.01 or fraction >= 1.0 or message):
            self._last = fraction
            self._on_progress(fraction, message)

    def partial(self, value: Any) -> None:
        if self._on_partial:
            self._on_partial(value)


class interruptible:
    """Let ``state.cancel()`` stop Python code compiled under ``filename`` (a learner's snippet).

    A line tracer on this thread only, set on the snippet's frames alone so library code runs
    at full speed.
    """

    def __init__(self, state: State | None, filename: str):
        self.state, self.filename = state, filename

    def _global(self, frame, event, arg):
        name = frame.f_code.co_filename
        # AutoGraph runs the learner's function as converted code in a file of its own.
        if name == self.filename or "__autograph_generated_file" in name:
            return self._local
        return None

    def _local(self, frame, event, arg):
        if event == "line":
            self.state.check()
        return self._local

    def __enter__(self):
        if self.state is not None:
            self._old = sys.gettrace()
            sys.settrace(self._global)
        return self

    def __exit__(self, *exc):
        if self.state is not None:
            sys.settrace(self._old)
        return False


def write_atomic(path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file of its own, then a rename: a
    reader never sees half a file, and several processes saving at once each finish their
    own (a shared temporary name made them fail). Raises OSError."""
    import os
    import tempfile
    path = os.fspath(path)
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
