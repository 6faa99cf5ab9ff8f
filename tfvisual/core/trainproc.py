"""Run ``training.train`` in a child process; its events come back over a pipe.

Why a process: a small Keras model's ``fit()`` is bound by Python, and so is drawing the live
curves. In one process they share one interpreter lock, and the plots cost training a quarter
of its speed and the window 100 ms stalls. In a child process fit() has an interpreter of its
own and runs as fast as a plain ``fit(verbose=0)``.

A child is started ahead of time (``Runner.warm()``) so that TensorFlow is already imported
when the learner presses Start; each run gets a fresh child, so no state leaks between runs.
Pause and stop are shared flags the child's ``Recorder`` reads at each batch. No Qt here.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
import traceback

from .concurrent import State
from .errors import QT_TRANSLATE_NOOP, Problem, out_of_memory

_READY, _DONE, _FAILED = "__ready__", "__done__", "__failed__"


class _Flags(State):
    """A ``State`` whose pause and stop are set from the parent process."""

    def __init__(self, stop, pause):
        super().__init__()
        self._stop, self._pause = stop, pause

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return self._pause.is_set() and not self._stop.is_set()

    def wait_if_paused(self) -> None:
        while self.paused:
            self._stop.wait(0.05)


def _child(conn, stop, pause):
    """The child's main: import TensorFlow, say ready, run one job, send its result."""
    def answer(message):
        try:
            conn.send(message)
        except OSError:
            pass    # the app has gone: nobody to tell

    try:
        from .sandbox import watch_parent
        watch_parent()          # an app killed mid-run leaves no child training on
        import keras  # noqa: F401
        import tensorflow as tf

        # One core is left to the window, which draws the curves meanwhile; small models
        # train no slower on fewer threads (measured: 1 thread ~5 % faster on 2 cores).
        n = max(1, (os.cpu_count() or 2) - 1)
        tf.config.threading.set_intra_op_parallelism_threads(n)
        tf.config.threading.set_inter_op_parallelism_threads(n)

        from . import models, training
        # First use of Keras layers and of a model costs a second; pay it while waiting.
        models.build(models.ModelSpec(input_shape=(2,), num_classes=2), "sequential")
        conn.send((_READY, None))
        job = conn.recv()
        ds, spec, api, cfg, device = job

        def emit(kind, data):
            conn.send((kind, data))

        from . import devices
        with devices.scope(device):
            if cfg.seed is not None:
                keras.utils.set_random_seed(cfg.seed)
            model = models.build(spec, api)
            summary = training.train(model, ds, cfg, emit, _Flags(stop, pause),
                                     log=lambda text: emit("log", {"text": text}))
            w = model.trainable_weights
            summary["device"] = (devices.ran_on(w[0].value) if w else "") or device
            summary["pid"] = os.getpid()
        conn.send((_DONE, summary))
    except Problem as e:   # a SnippetError too: it keeps its line and its words to translate
        answer((_FAILED, ("problem", e, None)))
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass        # the app closed the pipe (quit) or was interrupted
    except (ValueError, TypeError, OSError) as e:
        answer((_FAILED, ("value", str(e), None)))
    except BaseException as e:  # noqa: BLE001 — every error goes back as a message
        if (oom := out_of_memory(e)) is not None:
            answer((_FAILED, ("problem", oom, None)))
            return
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        answer((_FAILED, ("other", f"{type(e).__name__}: {first}", traceback.format_exc())))
    finally:
        conn.close()


STOP_GRACE = 3.0    # seconds a stopped child gets to end its batch before it is killed


class ChildDied(RuntimeError):
    pass


class NotStarted(ChildDied):
    pass


class Runner:
    """One warm child at a time. ``run()`` blocks (call it from a worker thread)."""

    def __init__(self):
        self.ctx = mp.get_context("spawn")   # fork after TensorFlow has started is unsafe
        self.proc = None
        self.conn = None
        self.stop_flag = self.ctx.Event()
        self.pause_flag = self.ctx.Event()
        self.lock = threading.Lock()
        self.closed = False
        self.running = None     # the child training now: quit kills it too

    def warm(self):
        """Start a child now if none is waiting, so the next run starts at once."""
        with self.lock:
            if self.closed or (self.proc is not None and self.proc.is_alive()):
                return
            self._spawn()

    def _spawn(self):
        self.stop_flag, self.pause_flag = self.ctx.Event(), self.ctx.Event()
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_child, args=(child, self.stop_flag,
                                                          self.pause_flag),
                                     name="tfvisual-training", daemon=True)
        from .sandbox import _starter
        _starter.submit(self.proc.start).result()    # see _starter: dies with the app only
        child.close()
        self.conn = parent

    def run(self, ds, spec, api, cfg, device, emit, state: State, ready_timeout=300.0):
        """Train in the child; ``emit(kind, data)`` gets each event; returns the summary.

        Raises SnippetError / ValueError like ``training.train``, ChildDied if the child ends
        without an answer. ``state`` pause/cancel are passed on to the child.
        """
        with self.lock:
            if self.proc is None or not self.proc.is_alive():
                self._spawn()
            proc, conn = self.proc, self.conn
            stop, pause = self.stop_flag, self.pause_flag
            self.proc = self.conn = None      # this child is used up; warm() makes another
        try:
            waited = 0.0
            if not conn.poll(0):
                emit("starting", {})         # say why nothing moves yet
            while not conn.poll(0.1):        # TensorFlow still importing in the child
                waited += 0.1
                if state.cancelled:
                    return None
                if not proc.is_alive() or waited > ready_timeout:
                    raise NotStarted("the training process could not start")
            try:
                kind, _ = conn.recv()
            except EOFError:
                kind = None
            if kind != _READY:
                raise NotStarted("the training process could not start")
            conn.send((ds, spec, api, cfg, device))
            with self.lock:
                self.running = proc
            stopped_at = None
            while True:
                if state.cancelled:
                    stop.set()
                    stopped_at = stopped_at or time.monotonic()
                    if time.monotonic() - stopped_at > STOP_GRACE:
                        # The learner's callback never returns to Keras: end the process.
                        proc.kill()
                        raise Problem(QT_TRANSLATE_NOOP(
                            "core", "the training process did not stop within {s:.0f} s (is "
                                    "there an endless loop in your callback?), so it was "
                                    "ended; the curves so far are kept"), s=STOP_GRACE)
                if state.paused:
                    pause.set()
                else:
                    pause.clear()
                if conn.poll(0.05):
                    try:
                        kind, data = conn.recv()
                    except EOFError:
                        raise ChildDied("the training process ended unexpectedly") from None
                    if kind == _DONE:
                        return data
                    if kind == _FAILED:
                        how, message, extra = data
                        if how == "problem":
                            raise message
                        if how == "value":
                            raise ValueError(message)
                        raise ChildDied(message + "\n" + (extra or ""))
                    emit(kind, data)
                elif not proc.is_alive():
                    raise ChildDied(f"the training process ended (exit code {proc.exitcode})")
        finally:
            with self.lock:
                self.running = None
            stop.set()
            conn.close()
            proc.join(2)
            if proc.is_alive():
                proc.kill()
                proc.join(2)
            self.warm()     # here, off the GUI thread: starting a process takes a moment

    def close(self):
        """End the children (at quit): the waiting one and the one training, whatever its
        code is doing (the app may leave with os._exit, which skips multiprocessing's own
        clean-up). No new one starts after this."""
        with self.lock:
            self.closed = True
            proc, conn, running = self.proc, self.conn, self.running
            self.proc = self.conn = None
        if conn is not None:
            conn.close()
        for p in (proc, running):
            if p is not None and p.is_alive():
                p.kill()     # a waiting child holds nothing; a training one is abandoned
                p.join(2)
