"""Run a learner's snippet in a child process the app can always kill.

In the app's own process, ``sum(iter(int, 1))`` (a loop inside C, which no line tracer sees)
froze the window for good, and ``os._exit(0)``, ``os.kill(os.getpid(), 9)`` or
``ctypes.string_at(0)`` ended the app without a word. Here the snippet runs in one warm child
(TensorFlow already imported, kept between snippets); Stop ends the child if the snippet does
not stop by itself, a child that dies is reported and replaced, and a child whose memory grows
past ``MEMORY_LIMIT`` ends itself before the machine runs out. Only plain, picklable values
come back, at most ``RESULT_LIMIT`` bytes of them. No Qt here.
"""
from __future__ import annotations

import concurrent.futures
import importlib
import multiprocessing as mp
import os
import pickle
import sys
import threading
import time

from .concurrent import Cancelled, State
from .errors import QT_TRANSLATE_NOOP, Problem

_READY = "__ready__"
RESULT_LIMIT = 96 * 2**20   # bytes of pickled result a snippet may send back
STOP_GRACE = 0.5            # seconds a stopped snippet gets to stop by itself
START_TIMEOUT = 300.0


def _physical_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return 8 * 2**30


# A snippet may use this much memory (TensorFlow itself takes ~0.5 GB of it).
MEMORY_LIMIT = min(4 * 2**30, _physical_memory() // 2)


class SnippetDied(Problem):
    """The child ended while running a snippet: the learner's code killed it."""


def _rss(pid: int) -> int | None:
    """Resident memory of process ``pid`` in bytes; None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    try:
        import psutil
        return psutil.Process(pid).memory_info().rss
    except Exception:  # noqa: BLE001 — no way to measure: no limit
        return None


def watch_parent() -> None:
    """In a child: end this process when the app is gone, even where Linux's
    PR_SET_PDEATHSIG is not at hand (it covers a snippet that holds the interpreter lock in
    C, which this thread cannot)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal
        try:
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(0)
    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


# Linux sends PR_SET_PDEATHSIG when the *thread* that started the child ends, so children
# start from this one thread, which lives as long as the app (not from a worker thread).
_starter = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="tfvisual-start")


class _Stop(State):
    def __init__(self, stop):
        super().__init__()
        self._stop = stop

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled()


def _serve(conn, stop):
    """The child's main: import TensorFlow, then run one job after another."""
    try:
        watch_parent()
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")     # TensorFlow's start-up noise
        import numpy  # noqa: F401
        import tensorflow  # noqa: F401
        conn.send((_READY, os.getpid()))
        while True:
            name, args, kwargs, device = conn.recv()
            stop.clear()
            conn.send_bytes(_answer(name, args, kwargs, device, _Stop(stop)))
    except (EOFError, OSError, KeyboardInterrupt):
        pass        # the app closed the pipe


def _answer(name, args, kwargs, device, state) -> bytes:
    try:
        module, _, qualname = name.partition(":")
        fn = importlib.import_module(module)
        for part in qualname.split("."):
            fn = getattr(fn, part)
        if device:
            from .devices import scope
            with scope(device):
                result = fn(*args, state=state, **kwargs)
        else:
            result = fn(*args, state=state, **kwargs)
        out = ("ok", result)
    except Cancelled:
        out = ("cancelled", None)
    except BaseException as e:  # noqa: BLE001 — every error goes back as a message
        out = ("error", _plain_error(e))
    try:
        data = pickle.dumps(out)
    except Exception as e:  # noqa: BLE001 — a result or error that cannot cross processes
        data = pickle.dumps(("error", TypeError(f"{type(e).__name__}: {e}")))
    if len(data) > RESULT_LIMIT:
        data = pickle.dumps(("error", Problem(QT_TRANSLATE_NOOP(
            "core", "the result takes {size:,.0f} MiB, over the limit of {limit:,.0f} MiB"),
            size=len(data) / 2**20, limit=RESULT_LIMIT / 2**20)))
    return data


def _plain_error(e: BaseException) -> BaseException:
    """An error as the worker thread's handler expects it, and one that unpickles (a
    TensorFlow error does not: its __init__ wants a node)."""
    if isinstance(e, Problem) or type(e) in (ValueError, TypeError, OSError):
        return e
    from .snippets import wrap
    return wrap(e)


class Sandbox:
    """One warm child process; ``call()`` blocks (call it from a worker thread)."""

    def __init__(self, memory_limit: int = MEMORY_LIMIT):
        self.ctx = mp.get_context("spawn")     # fork after TensorFlow has started is unsafe
        self.memory_limit = memory_limit
        self.lock = threading.Lock()           # one snippet at a time
        self.proc = self.conn = self.stop = None
        self.ready = False
        self.closed = False
        self.restarts = 0                       # children replaced after a kill or a death

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None and self.proc.is_alive() else None

    def warm(self) -> None:
        """Start the child now (it takes TensorFlow's import time), unless one is up."""
        with self.lock:
            if not self.closed and (self.proc is None or not self.proc.is_alive()):
                self._spawn()

    def _spawn(self):
        self.stop = self.ctx.Event()
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_serve, args=(child, self.stop),
                                     name="tfvisual-snippets", daemon=True)
        _starter.submit(self.proc.start).result()
        child.close()
        self.conn, self.ready, self.over_memory = parent, False, False

    def _end(self):
        """Kill the child (a stopped or broken one) and start its replacement."""
        proc, conn = self.proc, self.conn
        self.proc = self.conn = None
        if conn is not None:
            conn.close()
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(5)
        self.restarts += 1
        if not self.closed:
            self._spawn()       # off the GUI thread: the next snippet need not wait as long

    def call(self, fn, *args, state: State | None = None, device: str | None = None,
             **kwargs):
        """``fn(*args, state=..., **kwargs)`` in the child; its result, or its error raised
        here. ``fn`` must be a module-level function of this package (the child imports
        it). Raises Cancelled on Stop (killing the child if the snippet does not stop) and
        SnippetDied if the snippet ended the child."""
        state = state or State()
        name = f"{fn.__module__}:{fn.__qualname__}"
        while not self.lock.acquire(timeout=0.05):
            if state.cancelled:
                raise Cancelled()
        try:
            if self.closed:
                raise Cancelled()
            if self.proc is None or not self.proc.is_alive():
                self._spawn()
            if not self.ready:
                self._wait_ready(state)
            self.conn.send((name, args, kwargs, device))
            return self._wait_answer(state)
        finally:
            self.lock.release()

    def _wait_ready(self, state):
        waited = 0.0
        while not self.conn.poll(0.05):
            waited += 0.05
            if state.cancelled:
                raise Cancelled()       # the child goes on starting, for the next snippet
            if self.closed:
                raise Cancelled()
            if not self.proc.is_alive() or waited > START_TIMEOUT:
                code = self.proc.exitcode
                self._end()
                raise SnippetDied(QT_TRANSLATE_NOOP(
                    "core", "the Python process that runs your code could not start "
                            "(exit code {code})"), code=code)
        kind, _ = self.conn.recv()
        self.ready = kind == _READY

    def _wait_answer(self, state):
        stopped_at = None
        while True:
            if self.closed:
                raise Cancelled()
            rss = _rss(self.proc.pid) if self.memory_limit else None
            if rss is not None and rss > self.memory_limit:
                self.over_memory = True      # checked from here: a snippet in C holds its GIL
                self.proc.kill()
            if state.cancelled:
                self.stop.set()
                stopped_at = stopped_at or time.monotonic()
                if time.monotonic() - stopped_at > STOP_GRACE:
                    self._end()     # a loop inside C or a hung kernel: only a kill stops it
                    raise Cancelled()
            try:
                data = self.conn.recv_bytes() if self.conn.poll(0.02) else None
            except (EOFError, OSError):
                data = None
            if data is not None:
                try:
                    kind, value = pickle.loads(data)
                except Exception as e:  # noqa: BLE001 — a value that cannot be rebuilt here
                    kind, value = "error", TypeError(f"{type(e).__name__}: {e}")
                break
            if not self.proc.is_alive():
                self._died()
        if kind == "ok":
            return value
        if kind == "cancelled":
            raise Cancelled()
        raise value

    def _died(self):
        self.proc.join(1)
        code = self.proc.exitcode
        over = self.over_memory
        self._end()
        if over:
            raise SnippetDied(QT_TRANSLATE_NOOP(
                "core", "your code used more than {limit:,.0f} MiB of memory, so the process "
                        "running it was ended; the app goes on"),
                limit=self.memory_limit / 2**20)
        how = (QT_TRANSLATE_NOOP("core", "signal {n}") if code is not None and code < 0
               else QT_TRANSLATE_NOOP("core", "exit code {n}"))
        raise SnippetDied(QT_TRANSLATE_NOOP(
            "core", "your code ended the Python process running it ({how}); the app goes on "
                    "and a fresh process takes its place"),
            how=Problem(how, n=abs(code) if code is not None else "?"))

    def close(self) -> None:
        """End the child (at quit); no new one starts after this. A snippet running now
        ends as stopped."""
        self.closed = True
        if self.stop is not None:
            self.stop.set()
        proc = self.proc
        if proc is not None and proc.is_alive():
            proc.kill()
            proc.join(2)


_shared: Sandbox | None = None
_shared_lock = threading.Lock()


def shared() -> Sandbox:
    """The app's one sandbox (made on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared.closed:
            if _shared is None:
                import atexit
                atexit.register(close_shared)
            _shared = Sandbox()
        return _shared


def close_shared() -> None:
    with _shared_lock:
        if _shared is not None:
            _shared.close()


def call(fn, *args, state: State | None = None, device: str | None = None, **kwargs):
    """``shared().call(...)``."""
    return shared().call(fn, *args, state=state, device=device, **kwargs)
