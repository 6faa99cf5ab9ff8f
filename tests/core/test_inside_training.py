"""Inside training (issue 25): each layer's statistics, the callbacks' timeline, the runs."""
import json
import subprocess
import sys

import numpy as np
import pytest

from tfvisual.core import data, models, training


def _model(activation="relu", depth=1, units=8, ds=None):
    ds = ds or data.two_d("blobs", n=200)
    spec = models.ModelSpec(input_shape=ds.input_shape, num_classes=ds.num_classes,
                            hidden=[models.LayerSpec("dense", units, activation)] * depth)
    return models.build_sequential(spec), ds


def _fit_with_stats(model, ds, step_gradients=None, **fit):
    """fit() with LayerStats unbounded by time (every step measured), as train() compiles."""
    events = []
    stats = training.LayerStats(lambda k, d: events.append(d), (ds.x_val[:64], ds.y_val[:64]),
                                budget=1.0, step_gradients=step_gradients)
    model.compile(optimizer=training.make_optimizer(fit.pop("optimizer", "adam"),
                                                    fit.pop("learning_rate", 0.01)),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(ds.x_train, ds.y_train, verbose=0, callbacks=[stats], **fit)
    return events


@pytest.mark.parametrize("step_gradients", [False, True])
def test_layer_statistics_equal_the_same_computed_eagerly_on_the_weights(step_gradients):
    import keras
    import tensorflow as tf
    model, ds = _model()
    # One batch of all the data and a rate too small to move the weights: the step's own
    # gradient is the one computed eagerly on the final weights.
    stats = _fit_with_stats(model, ds, step_gradients, epochs=3, batch_size=1000,
                            optimizer="sgd", learning_rate=1e-12)
    assert [s["step"] for s in stats] == [1, 2, 3]
    last = stats[-1]                       # measured at the end: the final weights
    layers = [l for l in model.layers if l.trainable_weights]
    assert [r["name"] for r in last["layers"]] == [l.name for l in layers]
    # The training step's gradient (all the training data), or the sample's.
    x, y = (ds.x_train, ds.y_train) if step_gradients else (ds.x_val[:64], ds.y_val[:64])
    with tf.GradientTape() as tape:
        loss = keras.losses.SparseCategoricalCrossentropy()(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_weights)
    k = 0
    for r, layer in zip(last["layers"], layers):
        ws = [w.numpy() for w in layer.trainable_weights]
        gs = [g.numpy() for g in grads[k:k + len(ws)]]
        k += len(ws)
        assert r["w_norm"] == pytest.approx(np.sqrt(sum((w ** 2).sum() for w in ws)), rel=1e-5)
        assert r["g_norm"] == pytest.approx(np.sqrt(sum((g ** 2).sum() for g in gs)), rel=1e-3)
        assert sum(r["w_hist"]["counts"]) == ws[0].size
        assert r["w_hist"]["lo"] == pytest.approx(ws[0].min())
    x = ds.x_val[:64]
    hidden = last["layers"][0]
    acts = np.maximum(x @ layers[0].kernel.numpy() + layers[0].bias.numpy(), 0)
    assert hidden["dead"] == int((acts.max(axis=0) <= 0).sum()) and hidden["units"] == 8
    assert sum(hidden["a_hist"]["counts"]) == acts.size
    assert all(r["ratio"] is None for r in last["layers"])      # no step after the end
    # One step's update against the weights, measured while training.
    model, ds = _model()
    stats = _fit_with_stats(model, ds, epochs=2, batch_size=16)
    assert len(stats) > 10 and all(r["ratio"] > 0 for r in stats[0]["layers"])


def test_train_sends_the_statistics_within_their_share_of_the_time():
    model, ds = _model()
    events = []
    training.train(model, ds, training.TrainConfig(epochs=3, batch_size=16),
                   lambda k, d: events.append((k, d)))
    stats = [d for k, d in events if k == "layer_stats"]
    assert stats and stats[0]["step"] == 1 and all("g_norm" in r for r in stats[0]["layers"])


def test_a_deep_sigmoid_model_shows_its_first_layers_gradient_vanishing():
    model, ds = _model("sigmoid", depth=8, units=16, ds=data.digits())
    events = []
    training.train(model, ds, training.TrainConfig(epochs=1, optimizer="sgd",
                                                   learning_rate=0.01),
                   lambda k, d: events.append((k, d)))
    last = [d for k, d in events if k == "layer_stats"][-1]["layers"]
    assert last[0]["state"] == "vanishing" and last[-1]["state"] == "ok"
    assert last[0]["g_norm"] < 1e-3 * max(r["g_norm"] for r in last)
    relu, ds = _model("relu", depth=2, units=16, ds=ds)
    events = []
    training.train(relu, ds, training.TrainConfig(epochs=1), lambda k, d: events.append((k, d)))
    last = [d for k, d in events if k == "layer_stats"][-1]["layers"]
    assert all(r["state"] == "ok" for r in last)


def test_the_timeline_gets_early_stoppings_counter_and_the_callbacks_prints():
    cb = training.CallbackConfig(
        early_stopping={"monitor": "loss", "patience": 2, "min_delta": 100.0},
        custom_source="class Loud(tf.keras.callbacks.Callback):\n"
                      "    def on_epoch_end(self, epoch, logs=None):\n"
                      "        print('epoch', epoch)\n")
    model, ds = _model()
    events = []
    training.train(model, ds, training.TrainConfig(epochs=20, callbacks=cb),
                   lambda k, d: events.append((k, d)), log=lambda t: None)
    epochs = [d for k, d in events if k == "epoch"]
    assert [e["es"]["wait"] for e in epochs] == [0, 1, 2]
    assert all(e["es"]["best_epoch"] == 0 for e in epochs)
    said = [d for k, d in events if k == "said"]
    assert [s["text"] for s in said] == ["epoch 0", "epoch 1", "epoch 2"]
    assert said[1]["who"] == "Loud" and said[1]["step"] == epochs[1]["step"]


def test_runs_are_kept_compared_and_survive_a_killed_app(tmp_path):
    runs = training.Runs(tmp_path)
    assert runs.load() == []
    a = runs.add({"optimizer": "adam", "learning_rate": 0.01, "batch_size": 32},
                 {"loss": [1.0, 0.5], "val_loss": [1.2, 0.7]}, {"epochs_run": 2})
    b = runs.add({"optimizer": "sgd", "learning_rate": 0.1, "batch_size": 32},
                 {"loss": [1.0, 0.8], "val_loss": [1.1, 0.9]}, {"epochs_run": 2})
    cmp = runs.compare([a.id, b.id])
    assert cmp["differ"] == ["optimizer", "learning_rate"]
    assert cmp["labels"] == {a.id: "adam 0.01", b.id: "sgd 0.1"}
    assert [r["val_loss"] for r in cmp["rows"]] == [0.7, 0.9]
    assert (tmp_path / f"{a.id}.csv").read_text().splitlines() == [
        "epoch,loss,val_loss", "0,1.0,1.2", "1,0.5,0.7"]
    # Another process saves a run and is killed at once: its run is there.
    code = ("import os, sys\nfrom tfvisual.core import training\n"
            "training.Runs(sys.argv[1]).add({'optimizer': 'rmsprop'}, {'loss': [2.0]})\n"
            "os.kill(os.getpid(), 9)\n")
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], timeout=300)
    (tmp_path / "run-99999999-000000-1-001.json").write_text("{not json")     # damaged
    again = training.Runs(tmp_path)
    loaded = again.load()
    assert [r.config["optimizer"] for r in loaded] == ["adam", "sgd", "rmsprop"]
    assert again.skipped == ["run-99999999-000000-1-001.json"]
    assert loaded[0].history == a.history and loaded[0].final == {"epochs_run": 2}
    assert not list(tmp_path.glob("*.tmp"))
    json.loads((tmp_path / f"{b.id}.json").read_text())


def test_an_unwritable_runs_folder_is_said(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ValueError, match="could not be saved"):
        training.Runs(blocker / "runs").add({"optimizer": "adam"}, {"loss": [1.0]})


def test_histograms_leave_out_what_is_not_finite_as_numpy_does():
    v = np.array([[1.0, np.nan, 2.0, 4.0], [np.inf, -np.inf, 3.0, 1.0]], "float32")
    got = training._counts(training._tf_histogram(v, 3))
    counts, _ = np.histogram(v[np.isfinite(v)], bins=3, range=(1.0, 4.0))
    assert got == {"lo": 1.0, "hi": 4.0, "counts": counts.tolist()}
    assert training._counts(training._tf_histogram(np.full(3, np.nan), 3))["counts"] == []
    assert training._counts(training._tf_histogram(np.full(3, 5.0), 3))["counts"] == [3, 0, 0]
