import math

import pytest

from tfvisual.core import tape

SEED_LINES = """X = 20.00, dX = 3.000000
X = 17.00, dX = 3.000000
X = 14.00, dX = 3.000000
X = 11.00, dX = 3.000000
X = 8.00, dX = 3.000000
X = 5.00, dX = 3.000000
X = 2.00, dX = 0.000000""".splitlines()


def test_defaults_reproduce_the_chapter():
    steps = tape.descend()
    assert [str(s) for s in steps] == SEED_LINES
    assert steps[0].loss == 54.0


def test_initial_loss_print():
    assert tape.initial_loss_repr() == "tf.Tensor(54.0, shape=(), dtype=float32)"


@pytest.mark.parametrize("a,b,x0,lr", [(2.0, 1.0, 5.0, 0.5), (-1.5, 4.0, -3.0, 0.25)])
def test_abs_gradient_is_a_sign(a, b, x0, lr):
    x = x0
    for s in tape.descend(a, b, x0, 5, lr):
        r = a * x - b
        assert s.x == pytest.approx(x, abs=1e-4)
        assert s.grad == pytest.approx(a * math.copysign(1, r) if r != 0 else 0.0, abs=1e-6)
        x = x - lr * s.grad


def test_square_loss_converges():
    steps = tape.descend(3.0, 6.0, 20.0, 60, 0.05, loss="square")
    assert steps[-1].x == pytest.approx(2.0, abs=1e-3)
    assert tape.diagnose(steps, 3.0, 6.0) == "converged"


def test_optimizers_run():
    for opt in ("sgd_momentum", "adam"):
        steps = tape.descend(3.0, 6.0, 20.0, 200, 0.1, loss="square", optimizer=opt)
        assert abs(steps[-1].x - 2.0) < abs(20.0 - 2.0)


def test_divergent_learning_rate_is_named():
    steps = tape.descend(3.0, 6.0, 20.0, 10, 0.5, loss="square")
    assert tape.diagnose(steps, 3.0, 6.0) == "diverging"


def test_oscillation_is_named():
    steps = tape.descend(3.0, 6.0, 20.0, 12, 1.0 / 9.0, loss="square")
    assert tape.diagnose(steps, 3.0, 6.0) == "oscillating"


def test_no_solution():
    steps = tape.descend(0.0, 6.0, 20.0, 3, 1.0)
    assert tape.diagnose(steps, 0.0, 6.0) == "no_solution"


@pytest.mark.parametrize("kwargs,words", [
    ({"a": float("nan")}, "finite"), ({"x0": float("inf")}, "finite"),
    ({"steps": 0}, "steps"), ({"learning_rate": -1.0}, "learning rate"),
    ({"a": 1e300}, "too large"), ({"loss": "cube"}, "unknown loss"),
])
def test_bad_parameters(kwargs, words):
    with pytest.raises(ValueError, match=words):
        tape.descend(**kwargs)


def test_a_problem_crosses_a_process_boundary_whole():
    """Errors come back from the training process with what the UI needs to translate them."""
    import pickle

    from tfvisual.core.snippets import SnippetError
    e = pickle.loads(pickle.dumps(SnippetError("the schedule failed at epoch {epoch}: {why}", 1,
                                               epoch=3, why="ZeroDivisionError")))
    assert isinstance(e, SnippetError) and e.line == 1
    assert (e.template, e.values) == ("the schedule failed at epoch {epoch}: {why}",
                                      {"epoch": 3, "why": "ZeroDivisionError"})
    assert str(e) == "line 1: the schedule failed at epoch 3: ZeroDivisionError"
