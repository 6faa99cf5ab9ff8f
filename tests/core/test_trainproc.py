"""fit() in a child process: events come back, errors keep their line, stop and pause work."""
import os

import pytest

from tfvisual.core import data, models, trainproc, training
from tfvisual.core.concurrent import State
from tfvisual.core.snippets import SnippetError


@pytest.fixture(scope="module")
def runner():
    r = trainproc.Runner()
    r.warm()
    yield r
    r.close()


def spec_for(ds):
    return models.ModelSpec(input_shape=ds.input_shape, num_classes=ds.num_classes)


def test_training_runs_in_a_child_and_reports_every_epoch(runner):
    ds = data.two_d("blobs", validation=0.2)
    events = []
    summary = runner.run(ds, spec_for(ds), "sequential", training.TrainConfig(epochs=3),
                         "/CPU:0", lambda k, d: events.append((k, d)), State())
    assert summary["pid"] != os.getpid() and summary["epochs_run"] == 3
    # The child was still importing TensorFlow: the learner is told why nothing moves yet.
    assert events[0][0] == "starting"
    epochs = [d for k, d in events if k == "epoch"]
    assert [d["epoch"] for d in epochs] == [0, 1, 2]
    assert [d["logs"]["loss"] for d in epochs] == pytest.approx(summary["history"]["loss"])
    assert any(k == "batches" for k, _ in events) and summary["device"].endswith("CPU:0")


def test_a_callback_error_comes_back_with_its_line(runner):
    ds = data.two_d("xor", validation=0.2)
    source = ("class Bad(tf.keras.callbacks.Callback):\n"
              "    def on_epoch_end(self, epoch, logs=None):\n"
              "        print('epoch', epoch)\n"
              "        return 1 / 0\n")
    cfg = training.TrainConfig(epochs=2, callbacks=training.CallbackConfig(custom_source=source))
    logs = []
    with pytest.raises(SnippetError) as e:
        runner.run(ds, spec_for(ds), "sequential", cfg, "/CPU:0",
                   lambda k, d: logs.append(d["text"]) if k == "log" else None, State())
    assert e.value.line == 4 and "ZeroDivisionError" in str(e.value)
    assert logs == ["epoch 0"]


def test_stop_ends_fit_at_the_next_batch(runner):
    ds = data.two_d("spiral", validation=0.2)
    state = State()
    seen = []

    def emit(kind, d):
        seen.append(kind)
        if kind == "batches":
            state.pause()          # paused: the child waits, and still stops when asked
            state.cancel()

    summary = runner.run(ds, spec_for(ds), "sequential", training.TrainConfig(epochs=500),
                         "/CPU:0", emit, state)
    assert summary["cancelled"] and summary["epochs_run"] < 500
