"""Training set-up with no Qt: callbacks from plain settings, and a recorder of events.

``Recorder`` is a custom Keras callback that turns training into plain events
``emit(kind, data)``; the Qt bridge (tfvisual/ui/bridge.py) hands its emit to a Qt signal.
"""
from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import snippets
from .concurrent import State, write_atomic
from .errors import QT_TRANSLATE_NOOP, Problem

SCHEDULES = ("step", "exponential", "cosine", "expression")
OPTIMIZERS = ("adam", "sgd", "rmsprop")

import keras  # noqa: E402  (this module is imported only once TensorFlow is loaded)


def _f(v) -> float:
    try:
        return float(np.asarray(v))
    except (TypeError, ValueError):
        return float("nan")


def current_lr(model) -> float:
    return _f(keras.ops.convert_to_numpy(model.optimizer.learning_rate))


class Recorder(keras.callbacks.Callback):
    """Sends each batch, epoch, learning-rate change and stop as a plain event.

    Batches go out in small bundles (``batches``, every ``flush_seconds``): one event per batch
    would make the GUI thread compete with training for the interpreter. The batch hook is
    ``async_safe``: Keras runs it on its own thread pool, so training never waits for the
    logs to be read back (that wait cost a quarter of the throughput on small models).
    Pause and stop act in ``on_train_batch_begin``, on the training thread.
    """
    flush_seconds = 0.03
    async_safe = True

    def __init__(self, emit, state: State | None = None, early_stopping=None, boundary=None,
                 terminate_on_nan: bool = False):
        super().__init__()
        self.emit = emit
        self.terminate_on_nan = terminate_on_nan
        self.nan_step = None                # the first batch whose loss was NaN or inf
        self.state = state
        self.early_stopping = early_stopping
        self.boundary = boundary            # 2-D grid to predict on after each epoch
        self.step = 0
        self.lr = None
        self.pending: list = []             # batch results not sent yet
        self.last_flush = 0.0
        self.epoch = 0
        self.lock = threading.Lock()        # batch hooks may run on several pool threads

    def _lr_check(self, epoch, by="", hook=""):
        """Say a change of the learning rate, named by the callback seen making it (``by``
        empty: something outside the callbacks changed it)."""
        lr = current_lr(self.model)
        if self.lr is not None and not math.isclose(lr, self.lr, rel_tol=1e-6):
            self.emit("lr_changed", {"epoch": epoch, "step": self.step, "old": self.lr,
                                     "new": lr, "by": by, "hook": hook})
        self.lr = lr

    def watch(self, callbacks):
        """Read the learning rate around each callback's hooks, so that a change is named by
        the callback that made it, observed, not guessed from which ones are switched on."""
        for cb in callbacks:
            hooks = ["on_epoch_begin", "on_epoch_end"]
            if hasattr(cb, "_tfvisual_file"):   # the learner's own may act at any batch
                hooks += [h for h in ("on_train_batch_begin", "on_train_batch_end")
                          if getattr(type(cb), h) is not getattr(keras.callbacks.Callback, h)]
            for hook in hooks:
                setattr(cb, hook, self._watched(cb, hook, getattr(cb, hook)))

    def _watched(self, cb, hook, call):
        name = type(cb).__name__

        def watched(*args, **kwargs):
            out = call(*args, **kwargs)
            self._lr_check(self.epoch if "batch" in hook else args[0], name, hook)
            return out
        return watched

    def on_train_begin(self, logs=None):
        self.lr = current_lr(self.model)
        self.emit("train_begin", {"epochs": self.params.get("epochs"),
                                  "steps": self.params.get("steps"), "lr": self.lr})

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch = epoch
        self._lr_check(epoch, hook="on_epoch_begin")

    def _flush(self):
        with self.lock:
            items, self.pending = sorted(self.pending), []
            self.last_flush = time.perf_counter()
        if items:
            self.emit("batches", {"items": items})

    def on_train_batch_begin(self, batch, logs=None):
        if self.state is not None:
            if self.state.paused:
                self._flush()
            self.state.wait_if_paused()
            if self.state.cancelled:
                self.model.stop_training = True

    def on_train_batch_end(self, batch, logs=None):
        step = self.epoch * (self.params.get("steps") or 0) + batch + 1
        logs = {k: _f(v) for k, v in (logs or {}).items()}
        bad = self.nan_step is None and any(math.isnan(v) or math.isinf(v)
                                            for v in logs.values())
        with self.lock:
            # The time the batch ended, on the clock every process shares (CLOCK_MONOTONIC):
            # the window measures from it how long the point took to reach the screen.
            self.pending.append((step, logs, time.perf_counter()))
            self.step = max(self.step, step)
            due = time.perf_counter() - self.last_flush >= self.flush_seconds
        if bad or due:
            self._flush()
        if bad:     # said once: every later batch is NaN too when training goes on
            self.nan_step = step
            self.emit("nan", {"step": step, "terminated": self.terminate_on_nan})

    def on_test_begin(self, logs=None):
        # The epoch's last batches go out now, not after the validation pass.
        self._flush()

    def on_epoch_end(self, epoch, logs=None):
        self._flush()
        logs = {k: _f(v) for k, v in (logs or {}).items()}
        self._lr_check(epoch, hook="on_epoch_end")
        logs.setdefault("learning_rate", self.lr)
        event = {"epoch": epoch, "step": self.step, "logs": logs, "lr": self.lr}
        es = self.early_stopping
        if es is not None:      # its counter as it goes: the timeline marks the wait
            event["es"] = {"wait": int(es.wait), "patience": int(es.patience),
                           "best_epoch": int(es.best_epoch), "monitor": es.monitor}
        self.emit("epoch", event)
        if self.boundary is not None:
            probs = keras.ops.convert_to_numpy(self.model(self.boundary, training=False))
            self.emit("boundary", {"epoch": epoch, "probs": probs})
        es = self.early_stopping
        if es is not None and self.model.stop_training and es.stopped_epoch == epoch:
            restored = es.best_epoch if es.restore_best_weights and es.best_weights is not None \
                else None
            self.emit("early_stopped", {"epoch": epoch, "step": self.step,
                                        "restored_epoch": restored,
                                        "monitor": es.monitor})

    def on_train_end(self, logs=None):
        self._flush()
        self.emit("train_end", {"step": self.step})

    def said(self, text: str, who: str = ""):
        """A print of the learner's callback, placed on the timeline where it happened."""
        self.emit("said", {"step": self.step, "epoch": self.epoch, "who": who,
                           "text": text[:200]})


@dataclass
class CallbackConfig:
    csv_path: str | None = None
    early_stopping: dict | None = None     # monitor, patience, min_delta, restore_best_weights
    scheduler: dict | None = None          # kind, and step/rate/expression params
    reduce_lr: dict | None = None          # monitor, factor, patience, min_lr
    terminate_on_nan: bool = True
    custom_source: str | None = None       # a learner's Callback subclass
    tensorboard: str | None = None         # a folder: each run's TensorBoard log goes below
    layer_stats: bool = True               # each layer's statistics while it learns


# What the training lesson starts with (the panel, and the lesson's export without a window).
START_DATASET = "digits"
START_LEARNING_RATE = 0.01


@dataclass
class TrainConfig:
    epochs: int = 20
    batch_size: int = 32
    optimizer: str = "adam"
    learning_rate: float = 0.001
    callbacks: CallbackConfig = field(default_factory=CallbackConfig)
    seed: int | None = None       # the same seed, the same first weights: runs compare fairly

    def validate(self):
        if not 1 <= self.epochs <= 10_000:
            raise Problem(QT_TRANSLATE_NOOP("core", "epochs must be between 1 and 10000"))
        if not 1 <= self.batch_size <= 65_536:
            raise Problem(QT_TRANSLATE_NOOP("core", "the batch size must be between 1 and 65536"))
        if self.optimizer not in OPTIMIZERS:
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "unknown optimiser {name}"), name=repr(self.optimizer))
        if not (self.learning_rate > 0 and math.isfinite(self.learning_rate)):
            raise Problem(QT_TRANSLATE_NOOP("core", "the learning rate must be a positive number"))


def schedule(kind: str, step_every: int = 10, factor: float = 0.5, total_epochs: int = 20,
             expression: str | None = None):
    """A function (epoch, lr) -> new lr for LearningRateScheduler."""
    if kind == "step":
        if step_every < 1:
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "the step schedule needs a step of at least 1 epoch"))
        return lambda epoch, lr: float(lr * factor) if epoch > 0 and epoch % step_every == 0 \
            else float(lr)
    if kind == "exponential":
        return lambda epoch, lr: float(lr * math.exp(-0.1)) if epoch > 0 else float(lr)
    if kind == "cosine":
        base = {}

        def cosine(epoch, lr):
            base.setdefault("lr", lr)
            return float(base["lr"] * 0.5 * (1 + math.cos(math.pi * epoch / max(1, total_epochs))))
        return cosine
    if kind == "expression":
        return schedule_expression(expression or "")
    raise Problem(QT_TRANSLATE_NOOP("core", "unknown schedule {name}"), name=repr(kind))


def schedule_expression(text: str):
    """A one-line Python expression of epoch and lr, checked before training starts."""
    text = text.strip()
    if not text:
        raise snippets.SnippetError(QT_TRANSLATE_NOOP(
            "core", "write an expression of epoch and lr, e.g. lr * 0.9"))
    filename = snippets.register(text, "schedule")
    code = snippets.compile_source(text, filename, "eval")
    env = {"__builtins__": {}, "math": math, "min": min, "max": max, "abs": abs}

    def fn(epoch, lr):
        try:
            value = float(eval(code, env, {"epoch": epoch, "lr": float(lr)}))
        except Exception as e:
            raise snippets.SnippetError(QT_TRANSLATE_NOOP(
                "core", "the schedule failed at epoch {epoch}: {why}"),
                1, epoch=epoch, why=snippets.describe_error(e)) from None
        if not (value > 0 and math.isfinite(value)):
            raise snippets.SnippetError(QT_TRANSLATE_NOOP(
                "core", "the schedule gave lr = {value} at epoch {epoch}; "
                "it must be a positive number"),
                1, value=value, epoch=epoch)
        return value

    fn(0, 0.01)  # fail now, with a message, rather than mid-training
    return fn


def check_writable(path: str) -> Path:
    p = Path(path).expanduser()
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "a"):
            pass
    except OSError as e:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "cannot write the CSV log to {path}: {why}"), path=str(p),
            why=e.strerror or e) from None
    return p


class GraphWriter(keras.callbacks.Callback):
    """Keras 3's TensorBoard callback logs the model's config but no op graph: this writes
    the forward pass's graph, which TensorBoard's Graphs tab draws."""

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder

    def on_train_begin(self, logs=None):
        import tensorflow as tf
        try:
            specs = [tf.TensorSpec(t.shape, t.dtype) for t in self.model.inputs]
            graph = tf.function(lambda *x: self.model(*x, training=False)) \
                .get_concrete_function(*specs).graph
            writer = tf.summary.create_file_writer(str(self.folder))
            with writer.as_default():
                tf.summary.graph(graph)
            writer.close()
        except Exception:   # noqa: BLE001 — the log lacks a graph; training goes on
            pass


def check_folder(path: str) -> Path:
    """A folder to write logs in, made if missing; a Problem says why it cannot be."""
    p = Path(path).expanduser()
    if p.exists() and not p.is_dir():
        raise Problem(QT_TRANSLATE_NOOP("core", "cannot write the TensorBoard log to {path}: it "
                                                "is a file, not a folder"), path=str(p))
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise Problem(QT_TRANSLATE_NOOP("core", "cannot write the TensorBoard log to {path}: "
                                                "{why}"), path=str(p), why=e.strerror or e) \
            from None
    if not os.access(p, os.W_OK):
        raise Problem(QT_TRANSLATE_NOOP("core", "cannot write the TensorBoard log to {path}: "
                                                "permission denied"), path=str(p))
    return p


PRINT_CUT = 2_000         # characters of one print of the learner's callback shown
PRINT_BUDGET = 200_000    # characters of its prints shown in one run


def custom_callback(source: str, log):
    """Build the learner's Callback subclass from ``source``; its print goes to ``log``."""
    import tensorflow as tf

    filename = snippets.register(source, "callback")
    code = snippets.compile_source(source, filename)
    holder = []     # the callback, once made: its prints also go on the timeline
    sent = [0]      # characters passed on so far, this run

    def said(*a, sep=" ", end="\n", **k):
        text = sep.join(map(str, a))
        # A print of 10 MB an epoch once never finished: each print is cut, and the run's
        # prints together too; what is left out is said.
        if sent[0] >= PRINT_BUDGET:
            return
        if len(text) > PRINT_CUT:
            text = text[:PRINT_CUT] + f" … ({len(text) - PRINT_CUT:,} characters more)"
        sent[0] += len(text)
        if sent[0] >= PRINT_BUDGET:
            text += f"\n… (the callback's prints stop here: {PRINT_BUDGET:,} characters shown)"
        log(text)
        marker = getattr(holder[0], "_tfvisual_said", None) if holder else None
        if marker is not None:
            marker(text)
    ns = {"tf": tf, "keras": keras, "np": np, "__name__": "tfvisual_callback",
          "print": said}
    try:
        exec(code, ns)
    except (Exception, SystemExit) as e:
        raise snippets.wrap(e, snippets.error_line(e, filename)) from e
    classes = [v for v in ns.values() if isinstance(v, type)
               and issubclass(v, keras.callbacks.Callback) and v is not keras.callbacks.Callback
               and v.__module__ == "tfvisual_callback"]
    if not classes:
        raise snippets.SnippetError(QT_TRANSLATE_NOOP("core", "define a class that subclasses "
                                                      "tf.keras.callbacks.Callback"))
    try:
        cb = classes[-1]()
    except (Exception, SystemExit) as e:
        raise snippets.wrap(e, snippets.error_line(e, filename)) from e
    cb._tfvisual_file = filename
    holder.append(cb)
    return cb


def make_callbacks(cfg: CallbackConfig, epochs: int, log=print):
    """The Keras callbacks the settings ask for; raises ValueError for bad settings."""
    cbs, es = [], None
    if cfg.csv_path:
        cbs.append(keras.callbacks.CSVLogger(str(check_writable(cfg.csv_path))))
    if cfg.early_stopping is not None:
        p = cfg.early_stopping
        es = keras.callbacks.EarlyStopping(monitor=p.get("monitor", "val_loss"),
                                           patience=int(p.get("patience", 3)),
                                           min_delta=float(p.get("min_delta", 0.0)),
                                           restore_best_weights=bool(
                                               p.get("restore_best_weights", True)))
        cbs.append(es)
    if cfg.scheduler is not None:
        p = dict(cfg.scheduler)
        fn = schedule(p.pop("kind", "step"), total_epochs=epochs, **p)
        cbs.append(keras.callbacks.LearningRateScheduler(fn))
    if cfg.reduce_lr is not None:
        p = cfg.reduce_lr
        cbs.append(keras.callbacks.ReduceLROnPlateau(monitor=p.get("monitor", "val_loss"),
                                                     factor=float(p.get("factor", 0.5)),
                                                     patience=int(p.get("patience", 2)),
                                                     min_lr=float(p.get("min_lr", 1e-6))))
    if cfg.terminate_on_nan:
        nan = keras.callbacks.TerminateOnNaN()
        nan.async_safe = True   # it only reads the loss and sets a flag: no need to stall fit()
        cbs.append(nan)
    if cfg.tensorboard:
        # Scalars per epoch and per batch, the graph, weight histograms; one sub-folder a run,
        # so that TensorBoard shows runs side by side.
        run = check_folder(cfg.tensorboard) / time.strftime("run-%Y%m%d-%H%M%S")
        cbs.append(keras.callbacks.TensorBoard(str(run), histogram_freq=1, update_freq="batch",
                                               write_graph=True))
        cbs.append(GraphWriter(run / "train"))
    if cfg.custom_source:
        cbs.append(custom_callback(cfg.custom_source, log))
    return cbs, es


def make_optimizer(name: str, lr: float):
    return {"adam": keras.optimizers.Adam, "sgd": keras.optimizers.SGD,
            "rmsprop": keras.optimizers.RMSprop}[name](learning_rate=lr)


def boundary_grid(ds, n: int = 60):
    lo = np.minimum(ds.x_train.min(0), ds.x_val.min(0) if len(ds.x_val) else ds.x_train.min(0))
    hi = np.maximum(ds.x_train.max(0), ds.x_val.max(0) if len(ds.x_val) else ds.x_train.max(0))
    pad = (hi - lo) * 0.1
    lo, hi = lo - pad, hi + pad
    xs, ys = np.linspace(lo[0], hi[0], n), np.linspace(lo[1], hi[1], n)
    gx, gy = np.meshgrid(xs, ys)
    return np.c_[gx.ravel(), gy.ravel()].astype("float32"), (lo, hi, n)


def check_fit(model, ds):
    in_shape = tuple(model.inputs[0].shape[1:])
    if in_shape != ds.input_shape:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "the model expects inputs of shape {model} but the dataset "
            "has {data}: rebuild the model for this dataset"),
            model=in_shape, data=ds.input_shape)
    out = model.outputs[0].shape[-1]
    if out < ds.num_classes:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "the model has {out} outputs but the dataset has {n} classes"),
            out=out, n=ds.num_classes)


def train(model, ds, cfg: TrainConfig, emit, state: State | None = None, log=print) -> dict:
    """Compile and fit ``model`` on ``ds``; every event goes to ``emit``. Returns a summary."""
    cfg.validate()
    check_fit(model, ds)
    cbs, es = make_callbacks(cfg.callbacks, cfg.epochs, log)
    grid = None
    if ds.is_2d:
        grid, extent = boundary_grid(ds)
        emit("boundary_extent", {"lo": extent[0].tolist(), "hi": extent[1].tolist(),
                                 "n": extent[2]})
    recorder = Recorder(emit, state, es, grid,
                        terminate_on_nan=cfg.callbacks.terminate_on_nan)
    recorder.watch(cbs)
    for c in cbs:
        if hasattr(c, "_tfvisual_file"):
            c._tfvisual_said = lambda text, c=c: recorder.said(text, type(c).__name__)
    if cfg.callbacks.layer_stats:
        x = ds.x_val if len(ds.x_val) else ds.x_train
        y = ds.y_val if len(ds.y_val) else ds.y_train
        cbs.append(LayerStats(emit, (x[:64], y[:64])))
    model.compile(optimizer=make_optimizer(cfg.optimizer, cfg.learning_rate),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    t0 = time.perf_counter()
    custom = [c for c in cbs if hasattr(c, "_tfvisual_file")]
    try:
        history = model.fit(ds.x_train, ds.y_train, epochs=cfg.epochs,
                            batch_size=cfg.batch_size,
                            validation_data=(ds.x_val, ds.y_val) if len(ds.x_val) else None,
                            callbacks=cbs + [recorder], verbose=0)
        fit_seconds = time.perf_counter() - t0
    except snippets.SnippetError:
        raise
    except (Exception, SystemExit) as e:
        for c in custom:
            line = snippets.error_line(e, c._tfvisual_file)
            if line and isinstance(e, SystemExit):
                raise snippets.wrap(e, line) from None
            if line:
                raise snippets.SnippetError(QT_TRANSLATE_NOOP(
                    "core", "your callback failed: {why}"), line,
                    why=snippets.describe_error(e)) from e
        raise
    n = min(8, len(ds.x_val))
    preds = []
    if n:
        p = model.predict(ds.x_val[:n], verbose=0)
        preds = [(ds.x_val[i], int(np.argmax(p[i])), int(ds.y_val[i])) for i in range(n)]
    # fit_seconds is fit() alone, as a plain fit() would be timed; seconds adds the predict
    # above (a new traced function).
    return {"epochs_run": len(history.epoch), "seconds": time.perf_counter() - t0,
            "fit_seconds": fit_seconds,
            "history": {k: [float(v) for v in vs] for k, vs in history.history.items()},
            "predictions": preds, "csv_path": cfg.callbacks.csv_path,
            "cancelled": bool(state and state.cancelled), "nan_step": recorder.nan_step,
            "nan_terminated": cfg.callbacks.terminate_on_nan}


# -- each layer while it learns (issue 25) ---------------------------------------------------
def _relu(layer) -> bool:
    act = getattr(layer, "activation", None)
    return isinstance(layer, keras.layers.ReLU) or getattr(act, "__name__", "") == "relu"


def _tf_histogram(values, bins: int):
    """Counts over ``bins`` equal bins between the finite min and max (what a small
    histogram draws), as tensors: (count of finite values, lo, hi, counts)."""
    import tensorflow as tf
    v = tf.reshape(tf.cast(values, tf.float32), [-1])
    finite = tf.math.is_finite(v)
    n = tf.reduce_sum(tf.cast(finite, tf.int32))
    lo = tf.where(n > 0, tf.reduce_min(tf.where(finite, v, np.inf)), 0.0)
    hi = tf.where(n > 0, tf.reduce_max(tf.where(finite, v, -np.inf)), 0.0)
    # The others counted at lo, then taken out again: cheaper than removing them first.
    counts = tf.histogram_fixed_width(tf.where(finite, v, lo),
                                      tf.stack([lo, tf.where(hi > lo, hi, lo + 1.0)]), bins)
    counts -= tf.one_hot(0, bins, dtype=counts.dtype) * (tf.size(v) - n)
    return n, lo, hi, counts


def _counts(hist) -> dict:
    """_tf_histogram's result as the record sends it, a few hundred bytes."""
    n, lo, hi, counts = hist
    if not n:
        return {"lo": 0.0, "hi": 0.0, "counts": []}
    return {"lo": float(lo), "hi": float(hi), "counts": [int(c) for c in counts]}


# A layer's gradient this many times smaller than the largest layer's has vanished; one
# larger than this many times its weights (or not finite) explodes.
VANISHING = 1e-3
EXPLODING = 1e2


class LayerStats(keras.callbacks.Callback):
    """Each layer while it learns, computed in the training process on TensorFlow tensors:
    the norm of its weights and of their gradient, the update/weight ratio of one step
    (‖ΔW‖/‖W‖, the classic "is this layer learning" signal), histograms of its weights
    and of one fixed sample's activations, dead ReLU units, and whether its gradient
    vanishes or explodes. Public: other tools rely on it.

    The gradient comes from a backward pass of ``sample``, or, for a big model
    (``step_gradients``; by default past STEP_GRADIENTS weight variables, where that pass
    is slow), from the training step itself: the optimizer's ``apply_gradients`` is
    wrapped so that the compiled step also writes each layer's squared gradient norm to a
    variable. Those few reductions a step cost a small model more than the backward pass.
    The rest (weights, one forward pass of ``sample`` for the activations) runs at a
    batch's start, on the training thread, so the weights are those of one moment. How
    often is bounded by time: a measurement starts only while the statistics have taken at
    most ``budget`` of the training time, so their cost stays within a few per cent on
    any model; one more measures the weights training ended with. Each measurement goes
    out as ``emit("layer_stats", {...})``, a few KB.
    """
    STEP_GRADIENTS = 40

    def __init__(self, emit, sample, budget: float = 0.025, bins: int = 24,
                 step_gradients: bool | None = None):
        super().__init__()
        self.emit = emit
        self.x, self.y = sample
        self.budget, self.bins = budget, bins
        self.step_gradients = step_gradients
        self.records: list[dict] = []     # every measurement, as sent
        self.seconds = 0.0                # time the statistics took, in all
        self._pending = None              # a measurement waiting for its step's update

    def on_train_begin(self, logs=None):
        import tensorflow as tf
        self.layers = [l for l in self.model.layers if l.trainable_weights]
        self.vars = [l.trainable_weights for l in self.layers]
        self.summaries = self._summaries()
        self.trace_seconds = 0.0          # tracing that, once: like fit()'s own trace
        self.epoch, self.step, self._cost = 0, 0, 0.0
        self._start = time.perf_counter()
        self.grad_sq = None
        opt = getattr(self.model, "optimizer", None)
        big = sum(len(ws) for ws in self.vars) > self.STEP_GRADIENTS
        if opt is not None and not tf.distribute.has_strategy() and self.layers and \
                (big if self.step_gradients is None else self.step_gradients):
            self._watch_gradients(opt)

    def _watch_gradients(self, opt):
        import tensorflow as tf
        layer_of = {id(v): i for i, ws in enumerate(self.vars) for v in ws}
        n = len(self.vars)
        kept = getattr(self.model, "_tfvisual_grad_sq", None)
        if kept is not None and kept[0] is opt and kept[1] == tuple(layer_of):
            self.grad_sq = kept[2]      # the step already writes it: no new trace
            return
        self.grad_sq = tf.Variable(tf.fill([n], float("nan")), trainable=False)
        self.model._tfvisual_grad_sq = (opt, tuple(layer_of), self.grad_sq)
        apply, grad_sq = opt.apply_gradients, self.grad_sq

        def apply_gradients(grads_and_vars, *args, **kwargs):
            pairs = list(grads_and_vars)
            sums = [[] for _ in range(n)]
            for g, v in pairs:
                if g is not None and id(v) in layer_of:
                    sums[layer_of[id(v)]].append(
                        tf.reduce_sum(tf.square(tf.cast(tf.convert_to_tensor(g), "float32"))))
            grad_sq.assign(tf.stack([tf.add_n(x) if x else tf.constant(0.0) for x in sums]))
            return apply(pairs, *args, **kwargs)
        opt.apply_gradients = apply_gradients
        # The step is traced at its first call: a step traced before (an earlier fit) is
        # made again, with the wrapper in it, which stays (a few reductions a step).
        self.model.train_function = None
        self.model.make_train_function()

    def _summaries(self):
        """One compiled call for every layer's histograms and dead units: eagerly, a
        150-layer model's forward pass and 200 histograms took 0.45 s a measurement. Kept
        on the model, so a second fit() does not trace it again."""
        import tensorflow as tf
        key = (tuple(id(l) for l in self.layers), self.bins)
        kept = getattr(self.model, "_tfvisual_summaries", None)
        if kept is not None and kept[0] == key:
            return kept[1]
        try:        # every layer's output from one call: activations beside the prediction
            ins = self.model.inputs
            probe = keras.Model(ins[0] if len(ins) == 1 else ins,
                                [l.output for l in self.layers] + list(self.model.outputs))
        except (ValueError, AttributeError, TypeError):     # a subclassed model
            probe = None
        layers, vars_, bins = self.layers, self.vars, self.bins

        @tf.function(autograph=False)
        def summaries(x):
            acts = probe(x, training=False)[:len(layers)] if probe is not None \
                else [None] * len(layers)
            out = []
            for layer, ws, a in zip(layers, vars_, acts):
                act = ()
                if a is not None:
                    act = (_tf_histogram(a, bins),)
                    if _relu(layer) and a.shape.rank >= 2:
                        alive = tf.reduce_any(tf.reshape(a, [-1, a.shape[-1]]) > 0, axis=0)
                        act += (tf.reduce_sum(tf.cast(~alive, tf.int32)), tf.size(alive))
                w_sq = tf.add_n([tf.reduce_sum(tf.square(tf.cast(w, tf.float64))) for w in ws])
                out.append((w_sq, _tf_histogram(ws[0], bins), act))
            return out
        self.model._tfvisual_summaries = (key, summaries)
        return summaries

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch = epoch

    def _due(self) -> bool:
        """Whether a measurement now keeps the statistics within their share of the time."""
        elapsed = time.perf_counter() - self._start
        return self.seconds + self._cost <= self.budget * elapsed

    def on_train_batch_begin(self, batch, logs=None):
        self._finish()
        if self.step > 0 and self._due():
            self._measure()
        self.step += 1

    def on_epoch_end(self, epoch, logs=None):
        self._finish()

    def on_train_end(self, logs=None):
        self._finish()
        # The weights training ended with (no step follows), always: what the learner reads
        # last, and what the exercises check, whatever the budget allowed before.
        self._measure(final=True)
        self._finish()

    def measure(self) -> dict:
        """The statistics now, as one record (no update ratio: that needs a step)."""
        import tensorflow as tf
        x = self.x
        weights = [w for ws in self.vars for w in ws]
        grads = None
        if self.grad_sq is None:        # no training step watched: a backward pass here
            with tf.GradientTape() as tape:
                pred = self.model(x, training=False)
                loss = self.model.compute_loss(x=x, y=self.y, y_pred=pred, training=False)
            flat = tape.gradient(loss, weights)
            grads, k = [], 0
            for ws in self.vars:
                gs = [g for g in flat[k:k + len(ws)] if g is not None]
                k += len(ws)
                grads.append(float(sum(float(tf.reduce_sum(tf.square(g))) for g in gs)))
        else:
            grads = [float(v) for v in self.grad_sq.numpy()]
        if not self.trace_seconds:      # traced, and optimised by Grappler at its first call
            t0 = time.perf_counter()
            self.summaries(x)
            self.trace_seconds = time.perf_counter() - t0
        summaries = tf.nest.map_structure(np.asarray, self.summaries(x))
        layers = []
        for layer, (w_sq, w_hist, act), sq in zip(self.layers, summaries, grads):
            rec = {"name": layer.name, "w_norm": math.sqrt(w_sq),
                   "g_norm": math.sqrt(sq) if sq >= 0 else float("nan"),
                   "w_hist": _counts(w_hist), "a_hist": None, "dead": None, "units": None}
            if act:
                rec["a_hist"] = _counts(act[0])
                if len(act) > 1:
                    rec["dead"], rec["units"] = int(act[1]), int(act[2])
            layers.append(rec)
        norms = [r["g_norm"] for r in layers]
        top = max([g for g in norms if math.isfinite(g)] or [0.0])
        for r in layers:
            g = r["g_norm"]
            r["state"] = ("exploding" if g > EXPLODING * max(r["w_norm"], 1e-12) or math.isinf(g)
                          else "vanishing" if top > 0 and g < VANISHING * top else "ok")
        return {"epoch": self.epoch, "step": self.step, "layers": layers}

    def _measure(self, final=False):
        t0, traced = time.perf_counter(), self.trace_seconds
        self._pending = self.measure()
        if not final:       # the weights now, for the update the next step makes
            for r, ws in zip(self._pending["layers"], self.vars):
                r["_w"] = [np.asarray(keras.ops.convert_to_numpy(v)) for v in ws]
        # The one-off trace is not the statistics' running cost (fit()'s own is not counted
        # either): counted, it would hold back the live view for a long while.
        self._cost = time.perf_counter() - t0 - (self.trace_seconds - traced)
        self.seconds += self._cost

    def _finish(self):
        """Send the pending measurement with the update its step made."""
        rec, self._pending = self._pending, None
        if rec is None:
            return
        t0 = time.perf_counter()
        for r, ws in zip(rec["layers"], self.vars):
            before = r.pop("_w", None)
            if before is None:     # no step since: the end of training
                r["ratio"] = None
                continue
            now = [np.asarray(keras.ops.convert_to_numpy(v)) for v in ws]
            delta = math.sqrt(sum(float(np.sum(np.square(a - b, dtype="float64")))
                                  for a, b in zip(now, before)))
            r["ratio"] = delta / r["w_norm"] if r["w_norm"] > 0 else None
        self.seconds += time.perf_counter() - t0
        self.records.append(rec)
        self.emit("layer_stats", rec)


# -- runs side by side (issue 25) ------------------------------------------------------------
# Compare optimizers' choices, each with the rate it starts from.
COMPARE = (("adam", 0.001), ("sgd", 0.05), ("rmsprop", 0.001))
# What tells runs apart, in the order a label names it.
RUN_KEYS = ("optimizer", "learning_rate", "batch_size", "model", "dataset", "epochs",
            "callbacks", "seed")


@dataclass
class Run:
    """One finished training run: its settings, its curves (per epoch) and how it ended."""
    id: str
    started: float
    config: dict                  # RUN_KEYS -> plain values
    history: dict                 # metric -> one value per epoch
    final: dict = field(default_factory=dict)     # last epoch's metrics, epochs run, seconds
    csv_path: str | None = None   # CSVLogger's file, when it wrote one
    events: list = field(default_factory=list)    # the timeline: (step, who, what)

    def label(self, keys=("optimizer", "learning_rate")) -> str:
        return " ".join(_config_text(k, self.config.get(k)) for k in keys)


def _config_text(key, value) -> str:
    if key == "learning_rate" and isinstance(value, (int, float)):
        return f"{value:g}"
    if key == "batch_size":
        return f"batch {value}"
    if key == "epochs":
        return f"{value} epochs"
    if key == "seed" and value is not None:
        return f"seed {value}"
    return str(value)


class Runs:
    """Every finished run, one JSON file each (and its curves as a CSV) in ``folder``, the
    CSV logs' folder: a run is written the moment it ends, atomically under a name of its
    own, so a killed app, or a second window saving at the same time, loses none.
    Public: other tools rely on it."""

    def __init__(self, folder):
        self.folder = Path(folder).expanduser()
        self.runs: list[Run] = []
        self.skipped: list[str] = []       # files that could not be read (left in place)

    def load(self, limit: int = 200) -> list[Run]:
        """The ``limit`` latest runs saved in the folder, oldest first."""
        import json
        self.runs, self.skipped = [], []
        try:
            files = sorted(self.folder.glob("run-*.json"), key=lambda p: p.name)[-limit:]
        except OSError:
            files = []
        for path in files:
            try:
                if path.stat().st_size > 16 * 2 ** 20:
                    raise ValueError("too big")
                data = json.loads(path.read_text(encoding="utf-8"))
                run = Run(**{k: data[k] for k in ("id", "started", "config", "history")},
                          **{k: data[k] for k in ("final", "csv_path", "events") if k in data})
                if not isinstance(run.history, dict) or not isinstance(run.config, dict):
                    raise ValueError("not a run")
            except (OSError, ValueError, KeyError, TypeError):
                self.skipped.append(path.name)
                continue
            self.runs.append(run)
        self.runs.sort(key=lambda r: r.started)
        return list(self.runs)

    def list(self) -> list[Run]:
        return list(self.runs)

    def get(self, run_id: str) -> Run | None:
        return next((r for r in self.runs if r.id == run_id), None)

    def add(self, config: dict, history: dict, final: dict | None = None,
            csv_path: str | None = None, events: list | None = None) -> Run:
        """A finished run, saved at once."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        run = Run(f"run-{stamp}-{os.getpid()}-{len(self.runs) + 1:03d}", time.time(),
                  dict(config), {k: [float(v) for v in vs] for k, vs in history.items()},
                  dict(final or {}), csv_path, list(events or []))
        self.runs.append(run)
        self.save(run)
        return run

    def save(self, run: Run) -> Path:
        """Write ``run`` (JSON, and its curves as CSV) atomically: a temporary file of its own
        name, then a rename. A Problem says why it could not be."""
        import json
        from dataclasses import asdict
        path = self.folder / f"{run.id}.json"
        try:
            write_atomic(path.with_suffix(".csv"), history_csv(run.history))
            write_atomic(path, json.dumps(asdict(run), indent=1))
        except OSError as e:
            raise Problem(QT_TRANSLATE_NOOP("core", "the run could not be saved in {path}: "
                                                    "{why}"), path=str(self.folder),
                          why=e.strerror or str(e)) from None
        return path

    def compare(self, ids) -> dict:
        """The chosen runs side by side: which settings differ, a label per run naming them
        (e.g. "adam 0.01" against "sgd 0.1"), and each run's final metrics."""
        runs = [r for r in (self.get(i) for i in ids) if r is not None]
        differ = [k for k in RUN_KEYS if len({repr(r.config.get(k)) for r in runs}) > 1]
        labels = {}
        for n, r in enumerate(runs, 1):
            labels[r.id] = r.label(differ) if differ else f"run {n}"
        metrics = sorted({m for r in runs for m in r.final if m in r.history} |
                         {m for r in runs for m in r.history})
        rows = [{"id": r.id, "label": labels[r.id],
                 **{m: (r.history[m][-1] if r.history.get(m) else None) for m in metrics},
                 "epochs_run": r.final.get("epochs_run", len(next(iter(r.history.values()),
                                                                  [])))}
                for r in runs]
        return {"differ": differ, "labels": labels, "metrics": metrics, "rows": rows}


def history_csv(history: dict) -> str:
    """Per-epoch curves as CSV, CSVLogger's layout (epoch, then the metrics)."""
    keys = sorted(history)
    n = max((len(v) for v in history.values()), default=0)
    lines = [",".join(["epoch"] + keys)]
    for e in range(n):
        lines.append(",".join([str(e)] + [repr(history[k][e]) if e < len(history[k]) else ""
                                          for k in keys]))
    return "\n".join(lines) + "\n"


def default_runs_folder() -> str:
    """Runs live beside the CSV logs, in the user's data folder."""
    from .data import default_csv_path
    return os.path.dirname(default_csv_path())
