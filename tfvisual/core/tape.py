"""Gradient descent on loss(A*X - B) with a real tf.GradientTape, one step at a time."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, Problem, Word

LOSSES = ("abs", "square", "huber")
OPTIMIZERS = ("plain", "sgd_momentum", "adam")
MAX_STEPS = 10_000
MAX_ABS = 1e15

TRAIN_STEP_CODE = """def train_step():
    with tf.GradientTape() as tape:
        loss = tf.math.abs(A*X-B)
    dX = tape.gradient(loss, X)
    print('X = {:.2f}, dX = {:2f}'.format(X.numpy(), dX))
    X.assign(X - dX)
"""
# Which line of TRAIN_STEP_CODE each animation phase highlights (1-based).
PHASE_LINES = {"record": 3, "gradient": 4, "print": 5, "update": 6}


@dataclass
class Step:
    x: float
    loss: float
    grad: float

    def __str__(self) -> str:
        return "X = {:.2f}, dX = {:2f}".format(self.x, self.grad)


def _check(a, b, x0, steps, learning_rate, loss, optimizer):
    for name, v in (("A", a), ("B", b), (QT_TRANSLATE_NOOP("core", "starting X"), x0),
                    (QT_TRANSLATE_NOOP("core", "learning rate"), learning_rate)):
        if not isinstance(v, (int, float)) or math.isnan(v) or math.isinf(v):
            raise Problem(QT_TRANSLATE_NOOP("core", "{name} must be a finite number, not {value}"),
                          name=Word(name), value=repr(v))
        if abs(v) > MAX_ABS:
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "{name} = {value:g} is too large: keep it within ±{most:g}"),
                name=Word(name), value=v, most=MAX_ABS)
    if not isinstance(steps, int) or not 1 <= steps <= MAX_STEPS:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "the number of steps must be a whole number from 1 to {most}"),
            most=MAX_STEPS)
    if learning_rate <= 0:
        raise Problem(QT_TRANSLATE_NOOP("core", "the learning rate must be greater than 0"))
    if loss not in LOSSES:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "unknown loss {name}: choose one of {names}"), name=repr(loss),
            names=", ".join(LOSSES))
    if optimizer not in OPTIMIZERS:
        raise Problem(QT_TRANSLATE_NOOP("core", "unknown optimiser {name}: choose one of {names}"),
                      name=repr(optimizer), names=", ".join(OPTIMIZERS))


def _loss_fn(tf, kind):
    if kind == "abs":
        return lambda r: tf.math.abs(r)
    if kind == "square":
        return lambda r: tf.math.square(r)
    # Huber with delta 1: quadratic near the solution, linear (like abs) far from it.
    return lambda r: tf.where(tf.abs(r) <= 1.0, 0.5 * tf.square(r), tf.abs(r) - 0.5)


def descend(a: float = 3.0, b: float = 6.0, x0: float = 20.0, steps: int = 7,
            learning_rate: float = 1.0, loss: str = "abs", optimizer: str = "plain") -> list[Step]:
    """Run ``steps`` training steps; each Step holds X before the update, the loss and dX."""
    _check(a, b, x0, steps, learning_rate, loss, optimizer)
    import tensorflow as tf

    A, B = tf.constant(float(a)), tf.constant(float(b))
    X = tf.Variable(float(x0))
    f = _loss_fn(tf, loss)
    opt = None
    if optimizer == "sgd_momentum":
        opt = tf.keras.optimizers.SGD(learning_rate=learning_rate, momentum=0.9)
    elif optimizer == "adam":
        opt = tf.keras.optimizers.Adam(learning_rate=learning_rate)
    out = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            value = f(A * X - B)
        dX = tape.gradient(value, X)
        out.append(Step(float(X.numpy()), float(value.numpy()), float(dX.numpy())))
        if not math.isfinite(out[-1].x) or not math.isfinite(out[-1].loss):
            break  # diverged past float32: nothing more to learn from further steps
        if opt is None:
            X.assign(X - learning_rate * dX)
        else:
            opt.apply_gradients([(dX, X)])
    return out


def initial_loss_repr(a: float = 3.0, b: float = 6.0, x0: float = 20.0) -> str:
    """What ``print(loss)`` shows before any step: a tensor, with no gradient anywhere."""
    import tensorflow as tf

    X = tf.Variable(float(x0))
    return str(tf.math.abs(tf.constant(float(a)) * X - tf.constant(float(b))))


def loss_curve(a, b, xs, loss="abs"):
    """The loss over a range of X, computed by TensorFlow (for the plot)."""
    import tensorflow as tf

    x = tf.constant(xs, tf.float32)
    return _loss_fn(tf, loss)(tf.constant(float(a)) * x - float(b)).numpy()


def diagnose(steps: list[Step], a: float, b: float) -> str:
    """One of: converged, oscillating, diverging, no_solution, unfinished, overflow."""
    if a == 0 and b != 0:
        return "no_solution"
    xs = [s.x for s in steps]
    if any(not math.isfinite(v) for v in xs + [s.loss for s in steps]):
        return "overflow"
    losses = [s.loss for s in steps]
    if len(steps) >= 3 and losses[-1] > losses[0] * 1.5 and losses[-1] > losses[-2]:
        return "diverging"
    solution = b / a if a else 0.0
    scale = max(1.0, abs(solution))
    if abs(xs[-1] - solution) <= 1e-3 * scale or losses[-1] <= 1e-6:
        return "converged"
    if len(xs) >= 4:
        signs = [math.copysign(1, x - solution) for x in xs[-4:]]
        if all(signs[i] != signs[i + 1] for i in range(3)):
            return "oscillating"
    return "unfinished"


def explain(steps: list[Step], p: dict, verdict: str) -> tuple[str, dict]:
    """Why the run did what ``verdict`` says, from its own numbers: (key, values).

    abs: its gradient is ±A whatever the distance, so plain descent moves X by the same
    lr·|A| every step (measured from the run's dX). square: plain descent multiplies the
    error A·X − B by 1 − 2A²·lr each step (measured from the run's X), so X crosses over
    past lr = 1/(2A²), swings for ever at 1/A² and diverges past it.
    """
    a, b, lr = p["a"], p["b"], p["learning_rate"]
    sol = b / a if a else 0.0
    values = {"sol": sol, "xs": ", ".join(f"{s.x:.4g}" for s in steps[-4:])}
    plain = p.get("optimizer", "plain") == "plain"
    if verdict not in ("oscillating", "diverging") or not steps:
        return verdict, values
    if plain and p["loss"] == "abs" and verdict == "oscillating":
        grads = [abs(s.grad) for s in steps if s.x != sol]
        g = grads[-1] if grads else abs(a)
        return "abs_fixed_step", dict(values, grad=g, step=lr * g,
                                      dist=abs(p["x0"] - sol))
    if plain and p["loss"] == "square":
        errors = [a * s.x - b for s in steps]
        ratios = [e1 / e0 for e0, e1 in zip(errors, errors[1:]) if e0 != 0 and
                  math.isfinite(e0) and math.isfinite(e1)]
        measured = sorted(ratios)[len(ratios) // 2] if ratios else float("nan")
        return f"square_{verdict}", dict(values, measured=measured,
                                         predicted=1 - 2 * a * a * lr,
                                         limit=1 / (a * a) if a else float("inf"))
    if verdict == "diverging":
        return "diverging", dict(values, first=steps[0].loss, last=steps[-1].loss)
    return "oscillating", values


def recording(a: float = 3.0, b: float = 6.0, x: float = 20.0, loss: str = "abs"):
    """What the tape records for one step and what ``tape.gradient`` plays back: the op
    graph of ``loss(A*X - B)`` and of its gradient dX, traced by TensorFlow, each node's
    attrs["pass"] "forward" or "backward" (the gradient's ops), and ``values``: every
    node's value at this X, fetched from TensorFlow (public: other tools rely on it)."""
    _check(a, b, x, 1, 1.0, loss, "plain")
    import tensorflow as tf

    from . import graphs

    f = _loss_fn(tf, loss)
    backward: list[str] = []

    def step(X):
        A, B = tf.constant(float(a), name="A"), tf.constant(float(b), name="B")
        with tf.GradientTape() as tape:
            tape.watch(X)
            value = tf.identity(f(A * X - B), name="loss")
        # The ops tape.gradient adds are the backward pass: seen, not guessed from names.
        graph = tf.compat.v1.get_default_graph()
        before = len(graph.get_operations())
        dX = tf.identity(tape.gradient(value, X), name="dX")
        backward.extend(op.name for op in graph.get_operations()[before:])
        return value, dX

    g = graphs.trace(tf.function(step, autograph=False), tf.TensorSpec((), tf.float32, "X"),
                     source_file="")
    # The function's own output plumbing is not what the tape recorded: loss and dX end it.
    plumbing = set(g.outputs)
    g = graphs.OpGraph([n for n in g.nodes if n.name not in plumbing], ["loss", "dX"],
                       g.graph_def)
    for n in g.nodes:
        n.attrs["pass"] = "backward" if n.name in backward else "forward"
    g.values = graphs.run_values(g, [float(x)])
    return g


def recording_steps(steps: list[Step], a: float, b: float, loss: str = "abs", most: int = 500):
    """The recording of one step and its values at each step's X (the first ``most``), one
    trace and one session for them all: what the tape panel draws as the descent moves."""
    from . import graphs
    g = recording(a, b, steps[0].x if steps else 0.0, loss)
    with graphs.value_runner(g) as run:
        values = [run([s.x]) for s in steps[:most] if math.isfinite(s.x)]
    return g, values
