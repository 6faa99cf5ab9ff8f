"""Exercises: a goal per lesson, checked against the learner's own live TensorFlow results.

Each exercise is data plus ``check(result)``, a pure function of what the lesson's panel
computed, never of the learner's code text. The results each lesson's panel offers:

=========  =================================================================================
tensors    ``TensorInfo`` (``tensors.describe``)
execution  ``{"eager": str, "lazy": LazyRun}`` (``run_eager``, ``run_lazy_full``)
graphs     ``{"before": OpGraph, "after": OpGraph, "signatures": [str]}``: the trace, Grappler's
           version, and every input signature the function was traced for
tape       ``{"params": dict of descend()'s arguments, "steps": [Step]}``
models     ``{"model": keras.Model, "round_trip": dict or None}`` (the panel's save/load
           differences: ``full``, ``weights``)
training   ``{"summary": train()'s dict, "events": [(kind, dict)], "config": TrainConfig,
           "dataset": name}``
devices    ``{"placement": devices.placement()}`` or ``{"mirrored": devices.mirrored_on()}``
=========  =================================================================================

A result of another kind, or None, is "not yet", never an exception. Texts are English
templates marked for Qt's lupdate (context "exercises"); the UI translates them.
"""
from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .concurrent import write_atomic
from .errors import QT_TRANSLATE_NOOP, Word, fill

NONE = Word(QT_TRANSLATE_NOOP("exercises", "none"))
# What a described value is, as a word of a message (translated with it).
KINDS = {"tensor": Word(QT_TRANSLATE_NOOP("exercises", "tensor")),
         "variable": Word(QT_TRANSLATE_NOOP("exercises", "variable"))}
LESSONS = ("tensors", "execution", "graphs", "tape", "models", "training", "devices")


@dataclass
class Check:
    """What a check saw: ``passed`` and the measured value, as words (``measured``)."""
    passed: bool
    template: str = ""
    values: dict = field(default_factory=dict)

    @property
    def measured(self) -> str:
        return fill(self.template, self.values)


@dataclass
class Exercise:
    id: str
    lesson: str
    goal: str                  # English templates, translated by the UI
    hint: str
    learned: str               # said when it passes: what the learner now knows
    difficulty: int            # 1 easy … 3 hard
    control: str               # the panel's attribute a failed check points at ("" none)
    _check: Callable[[Any], Check] = field(repr=False)

    def check(self, result) -> Check:
        """Passed or not yet, with what was measured; never raises."""
        if result is None:
            return NOT_YET
        try:
            got = self._check(result)
        except Exception:     # noqa: BLE001 — a result of another kind is "not yet"
            return NOT_YET
        return got if got is not None else NOT_YET


NOT_YET = Check(False, QT_TRANSLATE_NOOP("exercises", "nothing to check yet: run this lesson's "
                                                      "step that makes a result"))


# -- helpers ---------------------------------------------------------------------------------
def _part(result, key):
    """``result[key]`` for a dict result; raises for any other kind (caught by ``check``)."""
    if not isinstance(result, dict) or key not in result:
        raise KeyError(key)
    return result[key]


def _elements(shape) -> int | None:
    if shape is None or any(d is None for d in shape):
        return None
    return math.prod(shape)


def _plural(n: int, one: str, many: str) -> str:
    """The template for n things: a translation keeps every field, so plurals are whole
    templates, not words filled in."""
    return one if n == 1 else many


# -- tensors: a TensorInfo -------------------------------------------------------------------
def _rank4_f16(info) -> Check:
    if info.kind == "spec":
        return Check(False, QT_TRANSLATE_NOOP("exercises", "that is a TensorSpec: make a tensor "
                                                           "with values"))
    n = _elements(info.shape)
    ok = info.dtype == "float16" and info.rank == 4 and n == 24
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "rank {rank}, {dtype}, {n} elements"),
                 {"rank": info.rank, "dtype": info.dtype, "n": n})


def _rgb_spec(info) -> Check:
    if info.kind != "spec":
        return Check(False, QT_TRANSLATE_NOOP("exercises", "a {kind} of shape {shape}: the goal "
                                                           "is a TensorSpec"),
                     {"kind": KINDS.get(info.kind, info.kind), "shape": info.shape_text})
    ok = info.shape is not None and len(info.shape) == 4 and info.shape[-1] == 3 \
        and all(d is None for d in info.shape[:3])
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "a TensorSpec of shape {shape}"),
                 {"shape": info.shape_text})


def _two_megabytes(info) -> Check:
    n = _elements(info.shape)
    ok = info.kind != "spec" and n == 1_000_000 and info.nbytes == 2_000_000
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "{n} elements of {dtype}, {bytes} bytes"),
                 {"n": n, "dtype": info.dtype, "bytes": info.nbytes})


def _counting_matrix(info) -> Check:
    import numpy as np
    v = info.values
    ok = (info.kind != "spec" and info.shape == (3, 4) and info.dtype.startswith("int")
          and v is not None and np.array_equal(v, np.arange(12).reshape(3, 4)))
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "shape {shape}, {dtype}, first row {row}"),
                 {"shape": info.shape_text, "dtype": info.dtype,
                  "row": "—" if v is None or np.ndim(v) < 2 else list(np.asarray(v)[0][:6])})


# -- execution: the eager output and the lazy run --------------------------------------------
def _lazy(result):
    lazy = _part(result, "lazy")
    return lazy, [(name, op) for name, op, _ in lazy.graph_ops]


def _mul0(result) -> Check:
    _, ops = _lazy(result)
    ok = any(name == "Mul" for name, _ in ops)
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "the lazy graph's tensors: {names}"),
                 {"names": ", ".join(f"{n}:0" for n, _ in ops[:8]) or "—"})


def _five_ops(result) -> Check:
    _, ops = _lazy(result)
    return Check(len(ops) == 5, QT_TRANSLATE_NOOP("exercises", "the lazy graph has {n} "
                                                               "operations"), {"n": len(ops)})


def _fan_out(result) -> Check:
    lazy, _ = _lazy(result)
    readers: dict[str, set] = {}
    for name, _op, inputs in lazy.graph_ops:
        for i in inputs:
            readers.setdefault(i, set()).add(name)
    best = max(readers.items(), key=lambda kv: len(kv[1]), default=("", set()))
    n = len(best[1])
    return Check(n >= 2, _plural(
        n, QT_TRANSLATE_NOOP("exercises", "the most-read result is read by {n} operation"),
        QT_TRANSLATE_NOOP("exercises", "the most-read result is read by {n} operations")),
        {"n": n})


def _same_values(result) -> Check:
    import re
    lazy, _ = _lazy(result)
    eager = _part(result, "eager")
    printed = re.findall(r"tf\.Tensor\((.*?), shape=", eager, re.S)
    session = set(" ".join(v.split()) for v in lazy.values.values())
    found = [p for p in printed if " ".join(p.split()) in session]
    ok = len(printed) >= 2 and len(found) == len(printed)
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "eager printed {n} tensors; the session "
                                                    "computed {k} of those values"),
                 {"n": len(printed), "k": len(found)})


# -- graphs: trace, Grappler, signatures -----------------------------------------------------
def _grappler_two(result) -> Check:
    before, after = _part(result, "before"), _part(result, "after")
    gone = len(before.nodes) - len(after.nodes)
    gone = max(gone, 0)
    return Check(gone >= 2, _plural(
        gone, QT_TRANSLATE_NOOP("exercises", "Grappler removed {n} node, the goal is 2"),
        QT_TRANSLATE_NOOP("exercises", "Grappler removed {n} nodes, the goal is 2")),
        {"n": gone})


def _ops_of(result) -> set:
    return {n.op for n in _part(result, "before").nodes}


def _builtin(result) -> str | None:
    """The built-in example the traced code is, word for word (spaces aside), if it is one:
    picking it from the list writes nothing."""
    from .graphs import EXAMPLES
    source = result.get("source") if isinstance(result, dict) else None
    if not source:
        return None

    def plain(text):
        return [line.strip() for line in text.strip().splitlines() if line.strip()]
    return next((name for name, text in EXAMPLES.items() if plain(text) == plain(source)), None)


def _while(result) -> Check:
    ops = _ops_of(result)
    loops = sorted(ops & {"While", "StatelessWhile"})
    if loops and (name := _builtin(result)):
        return Check(False, BUILTIN, {"name": name})
    return Check(bool(loops), QT_TRANSLATE_NOOP("exercises", "loop ops in the traced graph: {ops}"),
                 {"ops": ", ".join(loops) or NONE})


def _cond(result) -> Check:
    ops = _ops_of(result)
    conds = sorted(ops & {"If", "StatelessIf", "Case", "StatelessCase"})
    if conds and (name := _builtin(result)):
        return Check(False, BUILTIN, {"name": name})
    return Check(bool(conds), QT_TRANSLATE_NOOP("exercises", "branch ops in the traced graph: "
                                                             "{ops}"),
                 {"ops": ", ".join(conds) or NONE})


BUILTIN = QT_TRANSLATE_NOOP("exercises", "that is the built-in example {name}: change it, or "
                                         "write your own")


def _retrace(result) -> Check:
    sigs = list(_part(result, "signatures"))
    return Check(len(sigs) >= 2, _plural(
        len(sigs), QT_TRANSLATE_NOOP("exercises", "traced for {n} input signature: {list}"),
        QT_TRANSLATE_NOOP("exercises", "traced for {n} input signatures: {list}")),
        {"n": len(sigs), "list": "; ".join(sigs) or "—"})


def _calls(result) -> list:
    return [c for c in _part(result, "calls").calls if c.error is None]


def _one_trace(result) -> Check:
    ok = _calls(result)
    traces = sum(c.traced for c in ok)
    inputs = len({c.text.replace(" ", "") for c in ok})
    return Check(len(ok) >= 5 and inputs >= 5 and traces == 1, QT_TRANSLATE_NOOP(
        "exercises", "{n} calls, {k} of them different, {t} traces"),
        {"n": len(ok), "k": inputs, "t": traces})


def _print_vs_tf_print(result) -> Check:
    ok = _calls(result)
    printed = sum(bool(c.prints) for c in ok)
    tf_printed = sum(bool(c.tf_prints) for c in ok)
    traces = sum(c.traced for c in ok)
    passed = len(ok) >= 3 and traces < len(ok) and tf_printed == len(ok) and \
        all(bool(c.prints) == c.traced for c in ok)
    return Check(passed, QT_TRANSLATE_NOOP("exercises", "{n} calls, {t} traces: print during "
                                                        "{p} calls, tf.print during {q}"),
                 {"n": len(ok), "t": traces, "p": printed, "q": tf_printed})


def _shapes_few_traces(result) -> Check:
    ok = _calls(result)
    shapes = {c.inputs for c in ok if "[" in c.inputs}
    traces = sum(c.traced for c in ok)
    return Check(len(shapes) >= 3 and traces <= 2, QT_TRANSLATE_NOOP(
        "exercises", "{k} different input shapes, {t} traces"), {"k": len(shapes), "t": traces})


def _computed(result) -> dict:
    """The values a step-by-step run computed: the ops' own, not the inputs or constants."""
    before, values = _part(result, "before"), _part(result, "values")["before"]
    return {n: v for n, v in values.items()
            if n in before and before.node(n).op not in ("Placeholder", "Const")}


def _makes_54(result) -> Check:
    import numpy as np
    computed = _computed(result)
    hits = sorted(n for n, v in computed.items()
                  if np.ndim(v) == 0 and float(v) == 54.0)
    return Check(bool(hits), QT_TRANSLATE_NOOP("exercises", "ops that computed 54.0: {ops}"),
                 {"ops": ", ".join(hits) or NONE})


def _while_ten(result) -> Check:
    before, computed = _part(result, "before"), _computed(result)
    counts = [int(v) for n, v in computed.items()
              if before.node(n).op in ("While", "StatelessWhile")]
    return Check(10 in counts, QT_TRANSLATE_NOOP("exercises", "the While ran {n} times"),
                 {"n": ", ".join(map(str, counts)) or NONE})


# -- tape: the descent and its settings ------------------------------------------------------
def _descent(result):
    p, steps = _part(result, "params"), list(_part(result, "steps"))
    sol = p["b"] / p["a"] if p["a"] else 0.0
    return p, steps, sol


def _lands(result) -> Check:
    p, steps, sol = _descent(result)
    landed = next((i for i, s in enumerate(steps) if s.x == sol and s.loss == 0.0), None)
    ok = p["loss"] == "abs" and p["x0"] != 20.0 and landed is not None \
        and steps[-1].x == sol
    closest = min(steps, key=lambda s: abs(s.x - sol))
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "loss {loss}, X0 = {x0:g}: closest X = "
                                                    "{x:.4g}, loss {l:.4g}"),
                 {"loss": p["loss"], "x0": p["x0"], "x": closest.x, "l": closest.loss})


def _square_fast(result) -> Check:
    p, steps, sol = _descent(result)
    hit = next((i for i, s in enumerate(steps) if abs(s.x - sol) < 0.01), None)
    ok = p["loss"] == "square" and p["optimizer"] == "plain" and hit is not None and hit <= 10
    best = min(abs(s.x - sol) for s in steps) if steps else float("nan")
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "loss {loss}: closest |X − {sol:g}| = "
                                                    "{d:.4g} after {n} steps"),
                 {"loss": p["loss"], "sol": sol, "d": best,
                  "n": (hit if hit is not None else len(steps))})


def _oscillates(result) -> Check:
    _p, steps, sol = _descent(result)
    xs = [s.x for s in steps]
    ok = len(xs) >= 4 and all(math.isfinite(x) for x in xs) and \
        math.isclose(xs[-1], xs[-3], abs_tol=1e-4) and math.isclose(xs[-2], xs[-4], abs_tol=1e-4) \
        and abs(xs[-1] - xs[-2]) > 1e-3 and (xs[-1] - sol) * (xs[-2] - sol) < 0
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "the last X values: {xs}"),
                 {"xs": ", ".join(f"{x:.3g}" for x in xs[-4:]) or "—"})


def _sign_zero(result) -> Check:
    values = _part(result, "recording")
    sign, dx = float(values["gradient_tape/Abs/Sign"]), float(values["dX"])
    return Check(sign == 0.0 and dx == 0.0, QT_TRANSLATE_NOOP(
        "exercises", "at this step the tape's Sign gave {sign:g} and dX = {dx:g}"),
        {"sign": sign, "dx": dx})


def _diverges(result) -> Check:
    p, steps, sol = _descent(result)
    dist = [abs(s.x - sol) for s in steps]
    grows = p["loss"] == "square" and len(dist) >= 3 and \
        all(b > a for a, b in zip(dist, dist[1:]))
    # Near the edge, not anywhere past it: the panel's lr of 1 diverged the moment square
    # was picked, which taught nothing.
    near = p["a"] != 0 and p["learning_rate"] < 2 / p["a"] ** 2
    if grows and not near:
        return Check(False, QT_TRANSLATE_NOOP("exercises", "it diverges at lr {lr:g}, but far "
                                                           "past the edge: find the smallest "
                                                           "rate that does"),
                     {"lr": p["learning_rate"]})
    return Check(grows, QT_TRANSLATE_NOOP("exercises", "loss {loss}: distance to {sol:g} went "
                                                       "{d}"),
                 {"loss": p["loss"], "sol": sol, "d": " → ".join(f"{d:.3g}" for d in dist[:6])})


# -- models: the built or loaded model, and the save/load round trip ------------------------
def _model(result):
    return _part(result, "model")


def _branches(result) -> Check:
    from . import models
    m = _model(result)
    n, params = models.paths(m), m.count_params()
    functional = type(m).__name__ != "Sequential"
    ok = functional and n >= 2 and params < 5000
    return Check(ok, _plural(
        n, QT_TRANSLATE_NOOP("exercises", "{paths} input-to-output path, {params:,} parameters"),
        QT_TRANSLATE_NOOP("exercises", "{paths} input-to-output paths, {params:,} parameters")),
        {"paths": n, "params": params})


def _params_between(result) -> Check:
    m = _model(result)
    params, outs = m.count_params(), m.outputs[0].shape[-1]
    ok = type(m).__name__ == "Sequential" and 1000 <= params <= 2000 and outs == 10
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "{params:,} parameters, {outs} outputs"),
                 {"params": params, "outs": outs})


def _free_layer(result) -> Check:
    m = _model(result)
    free = [layer.name for layer in m.layers if layer.count_params() == 0
            and type(layer).__name__ not in ("Flatten", "InputLayer")]
    return Check(bool(free), QT_TRANSLATE_NOOP("exercises", "layers with no parameters (besides "
                                                            "Flatten): {names}"),
                 {"names": ", ".join(free) or NONE})


def _round_trip(result) -> Check:
    rt = _part(result, "round_trip")
    if not rt:
        return Check(False, QT_TRANSLATE_NOOP("exercises", "not saved and loaded yet"))
    ok = rt["full"] == 0.0 and rt.get("weights") == 0.0
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "largest difference after load: {full}; "
                                                    "weights only: {weights}"),
                 {"full": f"{rt['full']:.3g}",
                  "weights": "—" if rt.get("weights") is None else f"{rt['weights']:.3g}"})


# -- training: the fit's summary and the events the callbacks caused --------------------------
def _epochs(result) -> list[dict]:
    return [d for kind, d in _part(result, "events") if kind == "epoch"]


def _digits95(result) -> Check:
    s = _part(result, "summary")
    opt = _part(result, "config").optimizer
    acc = s["history"].get("val_accuracy", [])
    best = max(acc[:5], default=0.0)
    ok = _part(result, "dataset") == "digits" and opt == "sgd" and best >= 0.95
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "{data}, {opt}: best validation accuracy "
                                                    "in the first 5 epochs {acc:.1%} ({n} "
                                                    "epochs run)"),
                 {"data": _part(result, "dataset"), "opt": opt, "acc": best,
                  "n": s["epochs_run"]})


def _early(result) -> Check:
    cfg = _part(result, "config")
    stops = [d for kind, d in _part(result, "events") if kind == "early_stopped"]
    es = cfg.callbacks.early_stopping or {}
    if not stops:
        return Check(False, QT_TRANSLATE_NOOP("exercises", "EarlyStopping did not stop the "
                                                           "training ({n} epochs run)"),
                     {"n": _part(result, "summary")["epochs_run"]})
    d = stops[0]
    ok = d["epoch"] + 1 < 10 and d.get("restored_epoch") is not None and \
        es.get("restore_best_weights", True)
    restored = d.get("restored_epoch")
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "stopped after epoch {epoch}; best weights "
                                                    "restored from epoch {best}"),
                 {"epoch": d["epoch"] + 1, "best": "—" if restored is None else restored + 1})


def _own_lr(result) -> Check:
    cfg = _part(result, "config")
    cb = cfg.callbacks
    if not cb.custom_source or cb.scheduler or cb.reduce_lr:
        return Check(False, QT_TRANSLATE_NOOP("exercises", "turn off the scheduler and "
                                                           "ReduceLROnPlateau and use your own "
                                                           "callback"))
    epochs = {d["epoch"]: d["logs"].get("val_loss") for d in _epochs(result)}
    drops, after_rise = 0, 0
    for kind, d in _part(result, "events"):
        if kind != "lr_changed" or not d["new"] < d["old"]:
            continue
        drops += 1
        # Lowered at the end of epoch e, or seen at the start of e + 1.
        e = d["epoch"] - 1 if d.get("hook") == "on_epoch_begin" else d["epoch"]
        if epochs.get(e) is not None and epochs.get(e - 1) is not None \
                and epochs[e] > epochs[e - 1]:
            after_rise += 1
    rises = sum(1 for e, v in epochs.items()
                if v is not None and epochs.get(e - 1) is not None and v > epochs[e - 1])
    ok = drops >= 1 and after_rise == drops
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "the learning rate went down {drops} times, "
                                                    "{after} of them right after val_loss rose; "
                                                    "val_loss rose {rises} times"),
                 {"drops": drops, "after": after_rise, "rises": rises})


def _nan(result) -> Check:
    s = _part(result, "summary")
    ok = s.get("nan_step") is not None and s.get("nan_terminated", True) and \
        s["epochs_run"] < _part(result, "config").epochs
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "first NaN loss at step {step}; {n} of "
                                                    "{total} epochs run"),
                 {"step": "—" if s.get("nan_step") is None else s["nan_step"],
                  "n": s["epochs_run"], "total": _part(result, "config").epochs})


def _layers(result) -> list:
    latest = _part(result, "layers")
    if not latest:
        raise KeyError("layers")
    return latest["layers"]


def _vanishing(result) -> Check:
    layers = _layers(result)
    gone = [r["name"] for r in layers if r["state"] == "vanishing"]
    return Check(bool(gone), QT_TRANSLATE_NOOP("exercises", "layers whose gradient vanished: "
                                                            "{names}"),
                 {"names": ", ".join(gone) or NONE})


def _dead_relu(result) -> Check:
    layers = [r for r in _layers(result) if r.get("dead") is not None]
    worst = max(layers, key=lambda r: r["dead"] / max(1, r["units"]), default=None)
    ok = worst is not None and worst["dead"] * 2 >= worst["units"]
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "most dead ReLU units: {dead} of {units} "
                                                    "in {name}"),
                 {"dead": worst["dead"] if worst else 0, "units": worst["units"] if worst else 0,
                  "name": worst["name"] if worst else NONE})


def _sgd_beats_adam(result) -> Check:
    """Ticked runs: an sgd run ending below an adam run on val_loss, all else alike."""
    runs = [r for r in _part(result, "ticked") if r.history.get("val_loss")]
    same = ("model", "dataset", "epochs", "batch_size")
    best = {}
    for r in runs:
        opt = r.config.get("optimizer")
        if opt in ("sgd", "adam"):
            key = (opt, tuple(repr(r.config.get(k)) for k in same))
            best[key] = min(best.get(key, float("inf")), r.history["val_loss"][-1])
    pairs = [(best[("sgd", k)], v) for (o, k), v in best.items()
             if o == "adam" and ("sgd", k) in best]
    sgd, adam = min(pairs, key=lambda p: p[0] - p[1], default=(float("nan"), float("nan")))
    return Check(bool(pairs) and sgd < adam, QT_TRANSLATE_NOOP(
        "exercises", "final val_loss: sgd {sgd:.4g}, adam {adam:.4g} (ticked runs of the same "
                     "model, data, epochs and batch size)"), {"sgd": sgd, "adam": adam})


# -- devices: placement and MirroredStrategy --------------------------------------------------
def _placed(result) -> Check:
    place = _part(result, "placement")
    where = [dev for _name, op, dev, _ in place if op == "MatMul"]
    # The second logical CPU: a device the learner made and chose (the first one, where
    # everything runs by default, passed on opening the lesson).
    ok = bool(where) and all(dev.endswith("CPU:1") for dev in where)
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "MatMul ran on {where}"),
                 {"where": ", ".join(where) or "—"})


def _mirrored(result, replicas: int, rows: int) -> Check:
    r = _part(result, "mirrored")
    sizes = [len(b) for b in r["batches"]]
    ok = len(r["devices"]) == replicas and sum(sizes) == 8 and all(s == rows for s in sizes)
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "{n} replicas got {rows} rows of the batch"),
                 {"n": len(sizes), "rows": " + ".join(map(str, sizes)) or "—"})


def _split_add(result) -> Check:
    sp = _part(result, "split")
    tasks = sp["tasks"]
    cross = [t for t in sp["transfers"] if not t["client"]]
    ok = tasks.get("add") == 1 and tasks.get("mul") == 0 and bool(cross)
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "a * b ran on machine {mul}, + c on "
                                                    "machine {add}; {n} transfers between them"),
                 {"mul": tasks.get("mul"), "add": tasks.get("add"), "n": len(cross)})


def _same_global_batch(result) -> Check:
    r = _part(result, "multiworker")
    shards = r["shards"]
    ok = r["workers"] == 4 and sum(shards) == r["global_batch"] == 64 and r["same_losses"]
    return Check(ok, QT_TRANSLATE_NOOP("exercises", "{n} workers, {shards} examples a step"),
                 {"n": r["workers"], "shards": " + ".join(map(str, shards))})


def _ex(id, lesson, difficulty, control, check, goal, hint, learned) -> Exercise:
    return Exercise(id, lesson, goal, hint, learned, difficulty, control, check)


EXERCISES: list[Exercise] = [
    # tensors (chapter section 1)
    _ex("tensors.rank4_float16", "tensors", 1, "expr", _rank4_f16,
        QT_TRANSLATE_NOOP("exercises", "Make a rank-4 float16 tensor with exactly 24 elements."),
        QT_TRANSLATE_NOOP("exercises", "The shape's numbers multiply to the element count: 2 × "
                                       "3 × 4 = 24, and one more 1 makes rank 4. tf.ones and "
                                       "tf.zeros take a dtype."),
        QT_TRANSLATE_NOOP("exercises", "Rank is the number of axes; the element count is the "
                                       "product of the shape.")),
    _ex("tensors.rgb_spec", "tensors", 1, "expr", _rgb_spec,
        QT_TRANSLATE_NOOP("exercises", "Make a TensorSpec that accepts any batch of RGB images, "
                                       "of any height and width."),
        QT_TRANSLATE_NOOP("exercises", "None marks a dimension that is not known yet. An RGB "
                                       "image has 3 channels, last."),
        QT_TRANSLATE_NOOP("exercises", "None in a shape is a dimension left open: one spec fits "
                                       "every batch and image size.")),
    _ex("tensors.two_megabytes", "tensors", 2, "expr", _two_megabytes,
        QT_TRANSLATE_NOOP("exercises", "Make a tensor of one million elements that takes "
                                       "exactly 2,000,000 bytes."),
        QT_TRANSLATE_NOOP("exercises", "The size in bytes is the element count times the bytes "
                                       "of one element: which dtype has 2 bytes?"),
        QT_TRANSLATE_NOOP("exercises", "The dtype decides the memory: float16 halves float32's "
                                       "bytes for the same shape.")),
    _ex("tensors.counting_matrix", "tensors", 2, "expr", _counting_matrix,
        QT_TRANSLATE_NOOP("exercises", "Make a 3 × 4 integer matrix holding 0, 1, 2, … 11 row "
                                       "by row."),
        QT_TRANSLATE_NOOP("exercises", "tf.range counts; tf.reshape gives the counted values a "
                                       "new shape."),
        QT_TRANSLATE_NOOP("exercises", "Reshape keeps the values in order and only changes how "
                                       "they are grouped.")),
    # execution (sections 2 and 3)
    _ex("execution.mul0", "execution", 1, "editor", _mul0,
        QT_TRANSLATE_NOOP("exercises", "Change the snippet so that the lazy run names a tensor "
                                       "Mul:0."),
        QT_TRANSLATE_NOOP("exercises", "Lazily, each operation is named after its kind, but a * "
                                       "b is named in lower case (mul): try tf.multiply."),
        QT_TRANSLATE_NOOP("exercises", "In a graph, every tensor is the output of a named "
                                       "operation: Mul:0 is the first output of the op Mul.")),
    _ex("execution.five_ops", "execution", 1, "editor", _five_ops,
        QT_TRANSLATE_NOOP("exercises", "Make the lazy graph hold exactly 5 operations."),
        QT_TRANSLATE_NOOP("exercises", "Every tf.constant is an operation too, not only the "
                                       "arithmetic."),
        QT_TRANSLATE_NOOP("exercises", "Constants are nodes of the graph like any computation.")),
    _ex("execution.fan_out", "execution", 2, "editor", _fan_out,
        QT_TRANSLATE_NOOP("exercises", "Make one result feed two different operations in the "
                                       "lazy graph."),
        QT_TRANSLATE_NOOP("exercises", "Use the same tensor twice: c = a + b, then d = c * 2 "
                                       "and e = c - 1."),
        QT_TRANSLATE_NOOP("exercises", "A graph computes a shared result once and hands it to "
                                       "every op that reads it.")),
    _ex("execution.same_values", "execution", 2, "editor", _same_values,
        QT_TRANSLATE_NOOP("exercises", "Print at least two tensors eagerly, and see that the "
                                       "lazy session computes exactly the values eager printed."),
        QT_TRANSLATE_NOOP("exercises", "Name each result (c = …) and print it: the lazy run "
                                       "prints a symbolic tensor, and the session then computes "
                                       "every named tensor."),
        QT_TRANSLATE_NOOP("exercises", "Eager and lazy compute the same numbers; lazy only "
                                       "computes them later, in a session.")),
    # graphs (sections 4 and 5)
    _ex("graphs.grappler_two", "graphs", 1, "editor", _grappler_two,
        QT_TRANSLATE_NOOP("exercises", "Write a function in which Grappler removes at least two "
                                       "nodes."),
        QT_TRANSLATE_NOOP("exercises", "Grappler removes repeated work (a * b twice) and folds "
                                       "constants (2.0 * 3.0)."),
        QT_TRANSLATE_NOOP("exercises", "Grappler rewrites the traced graph before it runs: "
                                       "repeats are merged, constant arithmetic is done once.")),
    _ex("graphs.while_loop", "graphs", 2, "editor", _while,
        QT_TRANSLATE_NOOP("exercises", "Write a function that AutoGraph turns into a while loop "
                                       "in the graph."),
        QT_TRANSLATE_NOOP("exercises", "A Python while whose condition depends on a tensor "
                                       "becomes tf.while_loop."),
        QT_TRANSLATE_NOOP("exercises", "AutoGraph turns Python loops over tensors into a While "
                                       "op that runs inside the graph.")),
    _ex("graphs.cond", "graphs", 2, "editor", _cond,
        QT_TRANSLATE_NOOP("exercises", "Write a function whose Python if becomes a branch op in "
                                       "the graph."),
        QT_TRANSLATE_NOOP("exercises", "The if must test a tensor (an argument), not a Python "
                                       "value: then AutoGraph makes tf.cond."),
        QT_TRANSLATE_NOOP("exercises", "An if on a tensor becomes tf.cond: both branches are "
                                       "traced, one runs.")),
    _ex("graphs.retrace", "graphs", 3, "specs", _retrace,
        QT_TRANSLATE_NOOP("exercises", "Make the same function trace again for a new input shape."),
        QT_TRANSLATE_NOOP("exercises", "Trace once, change an argument's shape in the table "
                                       "(say () to (3,)), and trace again."),
        QT_TRANSLATE_NOOP("exercises", "A tf.function keeps one concrete graph per input "
                                       "signature: a new shape means a new trace.")),
    _ex("graphs.print_vs_tf_print", "graphs", 1, "calls_edit", _print_vs_tf_print,
        QT_TRANSLATE_NOOP("exercises", "In Trace or run?, show that print runs only while "
                                       "tracing and tf.print on every call: at least 3 calls, "
                                       "one of them reusing a trace."),
        QT_TRANSLATE_NOOP("exercises", "Pick the example \"print or tf.print\" and run its "
                                       "calls; a call repeated with the same tensors' shapes "
                                       "reuses the trace."),
        QT_TRANSLATE_NOOP("exercises", "Python code runs once, while tracing; only TensorFlow "
                                       "operations such as tf.print are in the graph and run "
                                       "every call.")),
    _ex("graphs.one_trace", "graphs", 2, "calls_edit", _one_trace,
        QT_TRANSLATE_NOOP("exercises", "Make five calls with five different inputs that all "
                                       "run one traced graph."),
        QT_TRANSLATE_NOOP("exercises", "A new Python number traces again; tensors of one dtype "
                                       "and shape share a graph: pass tf.constant(...)."),
        QT_TRANSLATE_NOOP("exercises", "A graph is traced for a signature (dtypes and shapes), "
                                       "and Python values are part of it.")),
    _ex("graphs.shapes_few_traces", "graphs", 3, "calls_edit", _shapes_few_traces,
        QT_TRANSLATE_NOOP("exercises", "Call your function with three different shapes and let "
                                       "it trace at most twice."),
        QT_TRANSLATE_NOOP("exercises", "Give tf.function an input_signature with None for the "
                                       "length, or reduce_retracing=True."),
        QT_TRANSLATE_NOOP("exercises", "input_signature fixes one graph for many shapes; "
                                       "reduce_retracing makes the second trace general.")),
    _ex("graphs.makes_54", "graphs", 1, "specs", _makes_54,
        QT_TRANSLATE_NOOP("exercises", "Run compute step by step with inputs that make one of "
                                       "its ops compute exactly 54.0, the chapter's first "
                                       "loss."),
        QT_TRANSLATE_NOOP("exercises", "Change the values in the table's last column, then "
                                       "Run it step by step (F10): e = a · b · c."),
        QT_TRANSLATE_NOOP("exercises", "Every box's value is the output TensorFlow computed "
                                       "for that op in one run of the graph.")),
    _ex("graphs.while_ten", "graphs", 2, "specs", _while_ten,
        QT_TRANSLATE_NOOP("exercises", "Run a function step by step whose While loop runs "
                                       "exactly 10 times."),
        QT_TRANSLATE_NOOP("exercises", "The While's box shows how often it ran. Try the "
                                       "while-and-if example and change n in the last column."),
        QT_TRANSLATE_NOOP("exercises", "A While op runs its body inside the graph; its first "
                                       "output counts the iterations.")),
    # tape (section 6)
    _ex("tape.lands_exactly", "tape", 1, "x0", _lands,
        QT_TRANSLATE_NOOP("exercises", "With the abs loss, start from an X0 other than 20 and "
                                       "make X land exactly on the solution B/A and stay there."),
        QT_TRANSLATE_NOOP("exercises", "With abs, every step moves X by learning rate × A. "
                                       "Choose X0 so that its distance to 2 is a whole number "
                                       "of such steps."),
        QT_TRANSLATE_NOOP("exercises", "The gradient of abs is ±A whatever the distance, so X "
                                       "moves in fixed steps and stops only where the loss is "
                                       "exactly 0.")),
    _ex("tape.square_fast", "tape", 2, "lr", _square_fast,
        QT_TRANSLATE_NOOP("exercises", "With the square loss and plain gradient descent, get "
                                       "within 0.01 of B/A in at most 10 steps."),
        QT_TRANSLATE_NOOP("exercises", "With square, each step multiplies the error A·X − B by "
                                       "1 − 2A²·lr: near 0 the answer comes at once (lr near "
                                       "1/(2A²), 0.0556 for A = 3)."),
        QT_TRANSLATE_NOOP("exercises", "With the square loss the step shrinks as X nears the "
                                       "answer: the right learning rate gets there in a few "
                                       "steps.")),
    _ex("tape.oscillates", "tape", 2, "lr", _oscillates,
        QT_TRANSLATE_NOOP("exercises", "Find a learning rate at which X jumps back and forth "
                                       "around the answer forever."),
        QT_TRANSLATE_NOOP("exercises", "With abs, X moves by learning rate × A every step: "
                                       "make the distance to the answer not a whole number of "
                                       "steps. With square, the error is multiplied by "
                                       "1 − 2A²·lr each step: try lr = 1/A²."),
        QT_TRANSLATE_NOOP("exercises", "Too large a step overshoots the answer; the wrong size "
                                       "overshoots it back, for ever.")),
    _ex("tape.diverges", "tape", 3, "lr", _diverges,
        QT_TRANSLATE_NOOP("exercises", "With the square loss, make X move further from the "
                                       "answer at every step, with a learning rate just past "
                                       "the edge where that starts."),
        QT_TRANSLATE_NOOP("exercises", "With square, each step multiplies the error by "
                                       "1 − 2A²·lr: past lr = 1/A² (0.111 for A = 3) its size "
                                       "is over 1."),
        QT_TRANSLATE_NOOP("exercises", "Gradient descent diverges when the learning rate is too "
                                       "large for the curve.")),
    _ex("tape.sign_zero", "tape", 2, "step_btn", _sign_zero,
        QT_TRANSLATE_NOOP("exercises", "Step the descent to where the tape's backward pass "
                                       "gives dX = 0, and find the op that makes it 0."),
        QT_TRANSLATE_NOOP("exercises", "Watch the recording beside the plots: the backward "
                                       "ops are coloured; step to X = 2."),
        QT_TRANSLATE_NOOP("exercises", "The gradient of abs is A times the sign of A·X − B; "
                                       "at the solution the sign is 0, so dX is 0.")),
    # models (sections 7 and 8)
    _ex("models.two_branches", "models", 2, "api", _branches,
        QT_TRANSLATE_NOOP("exercises", "Build a functional model with two branches and fewer "
                                       "than 5,000 parameters."),
        QT_TRANSLATE_NOOP("exercises", "The branching model has two paths; its first Dense "
                                       "layers' parameters grow with the input size."),
        QT_TRANSLATE_NOOP("exercises", "The functional API can split and join paths, which "
                                       "Sequential cannot.")),
    _ex("models.params_between", "models", 1, "layers", _params_between,
        QT_TRANSLATE_NOOP("exercises", "Build a Sequential model with 10 outputs and between "
                                       "1,000 and 2,000 parameters."),
        QT_TRANSLATE_NOOP("exercises", "A Dense layer has inputs × units weights plus units "
                                       "biases."),
        QT_TRANSLATE_NOOP("exercises", "Parameters are counted per layer: weights between every "
                                       "input and unit, plus a bias per unit.")),
    _ex("models.free_layer", "models", 1, "layers", _free_layer,
        QT_TRANSLATE_NOOP("exercises", "Add a layer that has no parameters of its own, besides "
                                       "Flatten."),
        QT_TRANSLATE_NOOP("exercises", "Dropout zeroes a random share of its inputs while "
                                       "training and scales the rest by 1/(1 − rate): nothing "
                                       "to learn."),
        QT_TRANSLATE_NOOP("exercises", "Some layers transform without learning anything: 0 in "
                                       "the summary's Param #.")),
    _ex("models.round_trip", "models", 1, "trip_btn", _round_trip,
        QT_TRANSLATE_NOOP("exercises", "Save and reload a model, both whole and weights only, "
                                       "with identical predictions."),
        QT_TRANSLATE_NOOP("exercises", "Use the save and load round trip; the difference it "
                                       "measures must be 0."),
        QT_TRANSLATE_NOOP("exercises", "A saved .keras file holds the architecture and the "
                                       "weights: the reloaded model predicts the same numbers.")),
    # training (section 9)
    _ex("training.digits95", "training", 2, "lr", _digits95,
        QT_TRANSLATE_NOOP("exercises", "Reach 95 % validation accuracy on the digits within the "
                                       "first 5 epochs with plain sgd."),
        QT_TRANSLATE_NOOP("exercises", "sgd takes plain gradient steps, with none of adam's "
                                       "scaling: give it a far larger learning rate (0.2 or "
                                       "more)."),
        QT_TRANSLATE_NOOP("exercises", "How fast a model learns depends on the optimizer and its "
                                       "learning rate together: each needs its own.")),
    _ex("training.early_stop", "training", 2, "cb_es", _early,
        QT_TRANSLATE_NOOP("exercises", "Make EarlyStopping stop the training before epoch 10 "
                                       "and restore the best weights."),
        QT_TRANSLATE_NOOP("exercises", "Turn EarlyStopping on with a small patience and restore "
                                       "best weights, and train for many epochs."),
        QT_TRANSLATE_NOOP("exercises", "EarlyStopping watches a metric and ends training when "
                                       "it stops improving.")),
    _ex("training.own_lr", "training", 3, "cb_custom", _own_lr,
        QT_TRANSLATE_NOOP("exercises", "Write your own callback that lowers the learning rate "
                                       "whenever val_loss rises, and only then."),
        QT_TRANSLATE_NOOP("exercises", "In on_epoch_end, compare logs['val_loss'] with the last "
                                       "one and set self.model.optimizer.learning_rate."),
        QT_TRANSLATE_NOOP("exercises", "A callback sees every epoch's logs and can change "
                                       "training while it runs.")),
    _ex("training.nan", "training", 3, "cb_sched", _nan,
        QT_TRANSLATE_NOOP("exercises", "Make the loss become NaN and let TerminateOnNaN stop "
                                       "the training early."),
        QT_TRANSLATE_NOOP("exercises", "float32 holds numbers up to about 3.4e38, so a large "
                                       "rate (100) only makes the loss huge; an enormous one (a "
                                       "schedule expression such as 1e35) makes the weights "
                                       "overflow."),
        QT_TRANSLATE_NOOP("exercises", "A learning rate far too large blows the weights up; "
                                       "TerminateOnNaN stops a run that cannot recover.")),
    _ex("training.vanishing", "training", 2, "", _vanishing,
        QT_TRANSLATE_NOOP("exercises", "Train a model in which a layer's gradient vanishes, and "
                                       "find that layer in the Layers view."),
        QT_TRANSLATE_NOOP("exercises", "In lesson 5, stack six or more Dense layers with the "
                                       "sigmoid activation; train with sgd and watch the first "
                                       "layers."),
        QT_TRANSLATE_NOOP("exercises", "Sigmoid's slope is at most 0.25: multiplied layer after "
                                       "layer on the way back, the first layers' gradient "
                                       "becomes too small to learn.")),
    _ex("training.dead_relu", "training", 2, "lr", _dead_relu,
        QT_TRANSLATE_NOOP("exercises", "Make at least half of a ReLU layer's units die (their "
                                       "output always 0 on the sample)."),
        QT_TRANSLATE_NOOP("exercises", "A far too large learning rate (adam at 0.1) pushes "
                                       "units to where ReLU outputs 0 for every input."),
        QT_TRANSLATE_NOOP("exercises", "A dead ReLU unit passes no gradient back, so it never "
                                       "comes back to life.")),
    _ex("training.sgd_beats_adam", "training", 3, "", _sgd_beats_adam,
        QT_TRANSLATE_NOOP("exercises", "Beat adam's final val_loss with sgd: tick both runs in "
                                       "the Runs tab."),
        QT_TRANSLATE_NOOP("exercises", "Compare optimizers trains both from the same first "
                                       "weights; give sgd a larger learning rate (0.3 to 0.5)."),
        QT_TRANSLATE_NOOP("exercises", "No optimizer wins everywhere: each needs its own "
                                       "learning rate, and the runs side by side show it.")),
    # devices (section 2)
    _ex("devices.placement", "devices", 1, "", _placed,
        QT_TRANSLATE_NOOP("exercises", "Make MatMul run on a second logical CPU (CPU:1) and "
                                       "read back where it ran."),
        QT_TRANSLATE_NOOP("exercises", "In Distribution, split the CPU into 2 at start and "
                                       "restart tfvisual; then choose CPU:1 in the toolbar. The "
                                       "placement graph colours each op by the device "
                                       "TensorFlow placed it on."),
        QT_TRANSLATE_NOOP("exercises", "tf.device pins ops to a device, and each tensor knows "
                                       "where it was computed.")),
    _ex("devices.mirrored8", "devices", 2, "replicas",
        lambda r: _mirrored(r, 2, 4),
        QT_TRANSLATE_NOOP("exercises", "Make MirroredStrategy split a batch of 8 over 2 devices."),
        QT_TRANSLATE_NOOP("exercises", "Set the number of devices for the distributed step to 2 "
                                       "and run it."),
        QT_TRANSLATE_NOOP("exercises", "MirroredStrategy gives each device an equal share of "
                                       "the batch and adds the gradients up.")),
    _ex("devices.mirrored_two_rows", "devices", 2, "replicas",
        lambda r: _mirrored(r, 4, 2),
        QT_TRANSLATE_NOOP("exercises", "Split the batch of 8 so that each replica gets exactly "
                                       "2 rows."),
        QT_TRANSLATE_NOOP("exercises", "8 rows over how many devices give 2 each?"),
        QT_TRANSLATE_NOOP("exercises", "More replicas mean a smaller share each; the reduced "
                                       "gradient stays the same.")),
    _ex("devices.add_elsewhere", "devices", 2, "add_on", _split_add,
        QT_TRANSLATE_NOOP("exercises", "Make the add of compute run on the second machine, "
                                       "with a * b on the first."),
        QT_TRANSLATE_NOOP("exercises", "In Across machines, start the cluster, put + c on "
                                       "machine 1 and run compute across the machines."),
        QT_TRANSLATE_NOOP("exercises", "TensorFlow cuts the graph where it crosses machines "
                                       "and inserts a Send and a Recv on each side of the cut.")),
    _ex("devices.double_workers", "devices", 3, "workers", _same_global_batch,
        QT_TRANSLATE_NOOP("exercises", "Double the workers to 4 and keep the global batch of "
                                       "64: train and check every worker's share."),
        QT_TRANSLATE_NOOP("exercises", "Choose 4 workers and train; the global batch stays 64, "
                                       "so each worker's shard shrinks."),
        QT_TRANSLATE_NOOP("exercises", "The global batch is split between the workers, and "
                                       "compute_average_loss divides by it, so the gradient "
                                       "does not change with the number of workers.")),
]

BY_ID = {e.id: e for e in EXERCISES}


def of_lesson(lesson: str) -> list[Exercise]:
    return [e for e in EXERCISES if e.lesson == lesson]


# -- progress, kept per user ------------------------------------------------------------------
PROGRESS_VERSION = 1


class Progress:
    """Which exercises the learner passed, in a small JSON file with a version field.

    A corrupt file, or one written by a newer tfvisual, is moved aside (never deleted) and
    progress starts fresh; ``problem`` then says what happened, for the UI to show.
    """

    def __init__(self, path: str | os.PathLike | None):
        self.path = Path(path) if path is not None else None   # None: kept in memory only
        self.passed: dict[str, float] = {}
        self.problem: str = ""                 # a template; its values in problem_values
        self.problem_values: dict = {}
        self.set_aside: Path | None = None
        self._load()

    def _load(self):
        if self.path is None:
            return
        try:
            text = self.path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return
        except UnicodeDecodeError:      # not text at all: set aside like any damage
            return self._aside(QT_TRANSLATE_NOOP("exercises", "the progress file was damaged; "
                                                              "it was kept as {name} and "
                                                              "progress starts fresh"))
        except OSError as e:
            self.problem = QT_TRANSLATE_NOOP("exercises", "the progress file could not be read "
                                                          "({why}); progress starts fresh")
            self.problem_values = {"why": e.strerror or str(e)}
            return
        try:
            data = json.loads(text)
            version = data["version"]
            passed = data["passed"]
            if not isinstance(version, int) or not isinstance(passed, dict):
                raise ValueError
            # Every tick a time: a string, a null or a list in it is damage too.
            passed = {k: float(v) for k, v in passed.items()
                      if k in BY_ID and not isinstance(v, bool)}
        except (ValueError, KeyError, TypeError, AttributeError):
            return self._aside(QT_TRANSLATE_NOOP("exercises", "the progress file was damaged; "
                                                              "it was kept as {name} and "
                                                              "progress starts fresh"))
        if version > PROGRESS_VERSION:
            return self._aside(QT_TRANSLATE_NOOP("exercises", "the progress file is from a "
                                                              "newer tfvisual; it was kept as "
                                                              "{name} and progress starts fresh"))
        self.passed = passed

    def _aside(self, template):
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.{stamp}.set-aside{self.path.suffix}")
        try:
            self.path.replace(target)
            self.set_aside = target
        except OSError:
            target = self.path
        self.problem, self.problem_values = template, {"name": target.name}

    @staticmethod
    def _read(path) -> dict:
        """The ticks saved in ``path`` now; none if it cannot be read."""
        try:
            data = json.loads(Path(path).read_bytes().decode("utf-8"))
            return {k: float(v) for k, v in data["passed"].items()
                    if k in BY_ID and not isinstance(v, bool)}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def done(self, exercise_id: str) -> bool:
        return exercise_id in self.passed

    def count(self, lesson: str) -> tuple[int, int]:
        ids = [e.id for e in of_lesson(lesson)]
        return sum(1 for i in ids if i in self.passed), len(ids)

    def mark(self, exercise_id: str) -> bool:
        """Record a pass; True when it is new. Saved at once, so a crash loses nothing."""
        if exercise_id in self.passed:
            return False
        self.passed[exercise_id] = time.time()
        self.save()
        return True

    def reset(self) -> None:
        self.passed = {}
        self.save()

    def save(self) -> None:
        """Write atomically (a temporary file, then rename); an unwritable folder is
        reported in ``problem`` and the progress stays in memory."""
        if self.path is None:
            return
        # Another window's ticks, saved meanwhile, are kept (a reset keeps none).
        if self.passed:
            for k, v in Progress._read(self.path).items():
                self.passed.setdefault(k, v)
        data = {"version": PROGRESS_VERSION, "passed": self.passed}
        try:
            write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True))
        except OSError as e:
            self.problem = QT_TRANSLATE_NOOP("exercises", "progress could not be saved ({why}); "
                                                          "it is kept until you quit")
            self.problem_values = {"why": e.strerror or str(e)}
