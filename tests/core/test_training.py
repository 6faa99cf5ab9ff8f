import csv

import numpy as np
import pytest

from tfvisual.core import data, models, training
from tfvisual.core.concurrent import State
from tfvisual.core.snippets import SnippetError


def _tiny(ds):
    spec = models.ModelSpec(input_shape=ds.input_shape, num_classes=ds.num_classes,
                            hidden=[models.LayerSpec("dense", 8, "relu")])
    return models.build_sequential(spec)


def _run(cfg, ds=None, state=None):
    ds = ds or data.two_d("blobs", n=200)
    events = []
    summary = training.train(_tiny(ds), ds, cfg, lambda k, d: events.append((k, d)), state)
    return summary, events


def test_early_stopping_stops_on_a_plateau_and_says_where():
    cb = training.CallbackConfig(early_stopping={"monitor": "loss", "patience": 2,
                                                 "min_delta": 100.0,
                                                 "restore_best_weights": True})
    summary, events = _run(training.TrainConfig(epochs=30, learning_rate=1e-4, callbacks=cb))
    assert summary["epochs_run"] < 30
    stops = [d for k, d in events if k == "early_stopped"]
    assert len(stops) == 1 and stops[0]["epoch"] == summary["epochs_run"] - 1
    assert stops[0]["restored_epoch"] == 0


def test_reduce_lr_reaches_the_lr_curve():
    cb = training.CallbackConfig(reduce_lr={"monitor": "loss", "factor": 0.5, "patience": 0,
                                            "min_lr": 1e-9})
    cb.reduce_lr["min_delta"] = 0
    _, events = _run(training.TrainConfig(epochs=4, learning_rate=1e-7, callbacks=cb))
    changes = [d for k, d in events if k == "lr_changed"]
    assert changes and changes[0]["by"] == "ReduceLROnPlateau"
    lrs = [d["lr"] for k, d in events if k == "epoch"]
    assert changes[0]["new"] in [pytest.approx(v) for v in lrs]


def test_scheduler_expression_and_errors():
    fn = training.schedule_expression("lr * 0.5 if epoch >= 1 else lr")
    assert fn(0, 0.1) == 0.1 and fn(2, 0.1) == 0.05
    with pytest.raises(SnippetError, match="syntax"):
        training.schedule_expression("lr *")
    with pytest.raises(SnippetError, match="positive"):
        training.schedule_expression("-lr")
    with pytest.raises(SnippetError):
        training.schedule_expression("undefined_name")


def test_csv_log_matches_the_plotted_values(tmp_path):
    path = tmp_path / "log.csv"
    cb = training.CallbackConfig(csv_path=str(path))
    summary, events = _run(training.TrainConfig(epochs=3, callbacks=cb))
    rows = list(csv.DictReader(open(path)))
    assert len(rows) == 3
    plotted = [d["logs"]["loss"] for k, d in events if k == "epoch"]
    assert [float(r["loss"]) for r in rows] == pytest.approx(plotted, rel=1e-6)


def test_unwritable_csv_path_is_a_clear_error():
    cb = training.CallbackConfig(csv_path="/proc/forbidden/log.csv")
    with pytest.raises(ValueError, match="cannot write the CSV log"):
        _run(training.TrainConfig(epochs=1, callbacks=cb))


def test_nan_loss_terminates_and_is_reported():
    ds = data.two_d("blobs", n=200)
    cfg = training.TrainConfig(epochs=5, optimizer="sgd", learning_rate=1e6)
    ds.x_train = ds.x_train * 1e6
    summary, events = _run(cfg, ds)
    assert any(k == "nan" for k, _ in events)
    assert summary["epochs_run"] <= 5


def test_stop_ends_fit_at_the_next_batch():
    state = State()
    seen = []

    def emit(k, d):
        if k == "batches":
            seen.extend(step for step, *_ in d["items"])
            if seen[-1] >= 3:
                state.cancel()

    ds = data.two_d("spiral", n=400)
    training.train(_tiny(ds), ds, training.TrainConfig(epochs=50, batch_size=16), emit, state)
    assert len(seen) < 30 and seen == sorted(seen) == list(range(1, len(seen) + 1))


def test_custom_callback_runs_and_errors_have_lines():
    src = ("class P(tf.keras.callbacks.Callback):\n"
           "    def on_epoch_end(self, epoch, logs=None):\n"
           "        print('epoch', epoch)\n")
    logs = []
    ds = data.two_d("xor", n=100)
    cfg = training.TrainConfig(epochs=2, callbacks=training.CallbackConfig(custom_source=src))
    training.train(_tiny(ds), ds, cfg, lambda *a: None, log=logs.append)
    assert logs == ["epoch 0", "epoch 1"]
    bad = src.replace("print('epoch', epoch)", "1 / 0")
    cfg.callbacks.custom_source = bad
    with pytest.raises(SnippetError) as e:
        training.train(_tiny(ds), ds, cfg, lambda *a: None)
    assert e.value.line == 3


def test_a_callback_printing_megabytes_is_cut_and_the_run_ends(monkeypatch):
    """Before, a print of 10 MB an epoch never finished (the whole text went to the log)."""
    import time
    src = ("class Loud(tf.keras.callbacks.Callback):\n"
           "    def on_epoch_end(self, epoch, logs=None):\n"
           "        print('x' * 10_000_000)\n"
           "        print('epoch', epoch)\n")
    logs = []
    ds = data.two_d("xor", n=100)
    cfg = training.TrainConfig(epochs=30, callbacks=training.CallbackConfig(custom_source=src))
    t0 = time.perf_counter()
    training.train(_tiny(ds), ds, cfg, lambda *a: None, log=logs.append)
    assert time.perf_counter() - t0 < 60
    assert "epoch 0" in logs and "(9,998,000 characters more)" in logs[0]
    assert "epoch 29" in logs and max(map(len, logs)) < training.PRINT_CUT + 100
    # And all of a run's prints together stop at a budget, said.
    monkeypatch.setattr(training, "PRINT_BUDGET", 10_000)
    logs.clear()
    training.train(_tiny(ds), ds, cfg, lambda *a: None, log=logs.append)
    assert "prints stop here" in logs[-1] and "epoch 29" not in logs
    assert sum(map(len, logs)) < 10_000 + training.PRINT_CUT + 200


def test_wrong_shape_dataset():
    ds = data.two_d("xor", n=100)
    model = models.build_sequential()
    with pytest.raises(ValueError, match="expects inputs of shape"):
        training.train(model, ds, training.TrainConfig(epochs=1), lambda *a: None)


def test_datasets_ship_or_are_made_here(tmp_path):
    d = data.digits()
    assert d.input_shape == (8, 8) and d.num_classes == 10
    assert len(d.x_train) + len(d.x_val) == 1797
    for kind in data.TWO_D:
        assert data.two_d(kind).is_2d
    np.savez(tmp_path / "ok.npz", x=np.zeros((10, 3)), y=np.arange(10) % 2)
    assert data.load_npz(tmp_path / "ok.npz").input_shape == (3,)
    np.savez(tmp_path / "bad.npz", a=np.zeros(3))
    with pytest.raises(ValueError, match="named x and y"):
        data.load_npz(tmp_path / "bad.npz")
    (tmp_path / "random.npz").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValueError, match=r"random.npz is not a NumPy .npz archive \(make one"):
        data.load_npz(tmp_path / "random.npz")
    np.savez(tmp_path / "mismatch.npz", x=np.zeros((10, 3)), y=np.zeros(4))
    with pytest.raises(ValueError, match="must match"):
        data.load_npz(tmp_path / "mismatch.npz")


@pytest.mark.timeout(300)
def test_an_image_folder_skips_what_is_not_an_image_file(tmp_path):
    """zero.png -> /dev/zero was read until memory ran out; a named pipe hung forever."""
    import os

    import tensorflow as tf
    for k in ("a", "b"):
        (tmp_path / k).mkdir()
        for i in range(3):
            png = tf.io.encode_png(tf.fill([4, 4, 1], tf.constant(40 * i, tf.uint8))).numpy()
            (tmp_path / k / f"{i}.png").write_bytes(png)
    os.symlink("/dev/zero", tmp_path / "a" / "zero.png")
    os.mkfifo(tmp_path / "b" / "pipe.png")
    with open(tmp_path / "b" / "huge.png", "wb") as f:     # sparse: takes no disk
        f.truncate(data.MAX_IMAGE_BYTES + 1)
    ds = data.load_image_folder(tmp_path, size=(4, 4))
    assert len(ds.x_train) + len(ds.x_val) == 6
    assert sorted(ds.skipped) == ["huge.png", "pipe.png", "zero.png"]


def test_an_npz_that_unpacks_too_big_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import numpy as np
    from tfvisual.core.errors import Problem
    monkeypatch.setattr(data, "MAX_NPZ_BYTES", 2 ** 20)
    path = tmp_path / "bomb.npz"
    np.savez_compressed(path, x=np.zeros((2 ** 20 // 4 + 1,), "float32"), y=np.zeros(2))
    assert path.stat().st_size < 20_000            # small on disk, a megabyte inside
    with pytest.raises(Problem, match="unpacks to 1 MB"):
        data.load_npz(path)
    os_dir = tmp_path / "folder.npz"
    os_dir.mkdir()
    with pytest.raises(Problem, match="not a file"):
        data.load_npz(os_dir)
