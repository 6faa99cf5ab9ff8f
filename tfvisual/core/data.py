"""Datasets that ship with the app or are generated here: nothing is ever downloaded."""
from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import QT_TRANSLATE_NOOP, Problem

TWO_D = ("spiral", "circles", "xor", "blobs")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp")
MAX_IMAGE_BYTES = 64 * 2 ** 20     # one image file read at most
MAX_NPZ_BYTES = 1024 * 2 ** 20     # a .npz's arrays, unpacked, at most


@dataclass
class Dataset:
    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    num_classes: int
    image_shape: tuple | None = None   # set for image sets, for showing samples

    @property
    def input_shape(self) -> tuple:
        return tuple(self.x_train.shape[1:])

    @property
    def is_2d(self) -> bool:
        return self.x_train.ndim == 2 and self.x_train.shape[1] == 2


def split(name, x, y, validation=0.2, seed=0, image_shape=None) -> Dataset:
    x = np.asarray(x, dtype="float32")
    y = np.asarray(y).astype("int32").reshape(-1)
    if len(x) != len(y):
        raise Problem(QT_TRANSLATE_NOOP("core", "x has {n} samples but y has {m}: they must match"),
                      n=len(x), m=len(y))
    if len(x) < 2:
        raise Problem(QT_TRANSLATE_NOOP("core", "a dataset needs at least two samples"))
    if y.min() < 0:
        raise Problem(QT_TRANSLATE_NOOP("core", "labels (y) must be whole numbers from 0"))
    if not 0.0 <= validation < 1.0:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "the validation share must be at least 0 and below 1"))
    if not np.isfinite(x).all():
        raise Problem(QT_TRANSLATE_NOOP("core", "x holds NaN or infinite values"))
    idx = np.random.default_rng(seed).permutation(len(x))
    n_val = int(round(len(x) * validation))
    val, tr = idx[:n_val], idx[n_val:]
    return Dataset(name, x[tr], y[tr], x[val], y[val], int(y.max()) + 1, image_shape)


def digits(validation=0.2, seed=0) -> Dataset:
    """The UCI optdigits 8×8 handwritten digits (1,797 images), scaled to 0..1."""
    from ..resources import resource

    with np.load(resource("data", "digits.npz")) as f:
        x, y = f["x"].astype("float32") / 16.0, f["y"]
    return split("digits", x, y, validation, seed, image_shape=(8, 8))


def two_d(kind="spiral", n=600, noise=0.1, validation=0.2, seed=0) -> Dataset:
    if kind not in TWO_D:
        raise Problem(QT_TRANSLATE_NOOP("core", "unknown 2-D set {kind}"), kind=repr(kind))
    if not 10 <= n <= 200_000:
        raise Problem(QT_TRANSLATE_NOOP("core", "choose between 10 and 200000 points"))
    rng = np.random.default_rng(seed)
    half = n // 2
    if kind == "spiral":
        t = np.sqrt(rng.uniform(0, 1, half)) * 3 * np.pi
        a = np.c_[t * np.cos(t), t * np.sin(t)] / (3 * np.pi)
        x = np.r_[a, -a]
        y = np.r_[np.zeros(half), np.ones(half)]
    elif kind == "circles":
        ang = rng.uniform(0, 2 * np.pi, 2 * half)
        r = np.r_[np.full(half, 0.4), np.full(half, 1.0)]
        x = np.c_[r * np.cos(ang), r * np.sin(ang)]
        y = np.r_[np.zeros(half), np.ones(half)]
    elif kind == "xor":
        x = rng.uniform(-1, 1, (2 * half, 2))
        y = (x[:, 0] * x[:, 1] > 0).astype(int)
    else:
        centres = np.array([[-0.6, -0.5], [0.6, -0.4], [0.0, 0.7]])
        lab = rng.integers(0, 3, 2 * half)
        x = centres[lab] + rng.normal(0, 0.25, (2 * half, 2))
        y = lab
    x = x + rng.normal(0, noise, x.shape)
    return split(kind, x, y, validation, seed)


def load_npz(path, validation=0.2, seed=0) -> Dataset:
    path = Path(path)
    if path.exists() and not path.is_file():
        raise Problem(QT_TRANSLATE_NOOP("core", "{name} is not a file"), name=path.name)
    try:
        with np.load(path, allow_pickle=False) as f:
            if "x" not in f or "y" not in f:
                raise Problem(QT_TRANSLATE_NOOP("core", "{name} must hold two arrays named x and y "
                                                "(it holds {names})"),
                              name=path.name, names=", ".join(f.files) or "-")
            # What the archive says its arrays hold, before any is read: a small file that
            # unpacked to a gigabyte froze the app.
            inside = sum(f.zip.getinfo(n + ".npy").file_size for n in ("x", "y"))
            if inside > MAX_NPZ_BYTES:
                raise Problem(QT_TRANSLATE_NOOP(
                    "core", "{name} unpacks to {size} MB; tfvisual takes datasets up to "
                            "{limit} MB"), name=path.name, size=inside // 2 ** 20,
                    limit=MAX_NPZ_BYTES // 2 ** 20)
            x, y = f["x"], f["y"]
    except Problem:
        raise
    except ValueError:   # not a zip of .npy arrays: NumPy then asks to unpickle it
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} is not a NumPy .npz archive (make one with "
                    "np.savez(path, x=..., y=...))"), name=path.name) from None
    except Exception as e:
        raise Problem(QT_TRANSLATE_NOOP("core", "{name} is not a readable .npz file: {why}"),
                      name=path.name, why=e) from None
    if x.dtype.kind not in "iuf" or y.dtype.kind not in "iuf":
        raise Problem(QT_TRANSLATE_NOOP("core", "x must be numbers and y whole-number labels"))
    shape = tuple(x.shape[1:3]) if x.ndim in (3, 4) else None
    return split(path.stem, x, y, validation, seed, image_shape=shape)


def load_image_folder(path, size=(32, 32), validation=0.2, seed=0, state=None) -> Dataset:
    """One sub-folder per class; images decoded and resized by TensorFlow, in grey."""
    import tensorflow as tf

    root = Path(path)
    classes = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    if len(classes) < 2:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} needs one sub-folder per class, at least two"),
            name=root.name)
    files = [(f, k) for k, c in enumerate(classes) for f in sorted(c.iterdir())
             if f.suffix.lower() in IMAGE_SUFFIXES]
    if not files:
        raise Problem(QT_TRANSLATE_NOOP("core", "no images ({kinds}) found in {name}"),
                      kinds=", ".join(IMAGE_SUFFIXES), name=root.name)
    xs, ys, bad = [], [], []
    for i, (f, k) in enumerate(files):
        if state:
            state.check()
            state.progress(i / len(files), f.name)
        # Only plain files of an image's size: "zero.png -> /dev/zero" was read until memory
        # ran out, and a named pipe waited for a writer forever.
        try:
            st = f.stat()
        except OSError:
            bad.append(f.name)
            continue
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_IMAGE_BYTES:
            bad.append(f.name)
            continue
        try:
            img = tf.io.decode_image(tf.io.read_file(str(f)), channels=1,
                                     expand_animations=False)
            xs.append(tf.image.resize(img, size).numpy()[..., 0] / 255.0)
            ys.append(k)
        except Exception:
            bad.append(f.name)
    if len(xs) < 2:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "could not read the images in {name}"), name=root.name)
    ds = split(root.name, np.stack(xs), ys, validation, seed, image_shape=size)
    ds.skipped = bad
    return ds


def user_base() -> str:
    """The user's data folder for apps: XDG on Linux, %LOCALAPPDATA% on Windows, Application
    Support on macOS (tfvisual's own folder goes below it)."""
    import os
    import sys
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return os.environ["LOCALAPPDATA"]
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Application Support")
    return os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local",
                                                           "share")


def default_csv_path() -> str:
    """Where CSVLogger writes by default: the user's data folder, never the working folder,
    a new file for each run (time and process in its name): CSVLogger starts its file afresh,
    so one shared name lost the rows of an earlier run, or of a second window's."""
    import os
    import time
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return os.path.join(user_base(), "tfvisual", "training-logs",
                        f"training_log-{stamp}-{os.getpid()}.csv")


def default_tensorboard_dir() -> str:
    """Where the TensorBoard log goes by default: one folder, a sub-folder per run."""
    import os
    return os.path.join(user_base(), "tfvisual", "tensorboard")


def tensorboard_command(folder: str) -> str:
    """What the learner types to open the logs (the app starts no server by itself)."""
    import shlex
    return "tensorboard --logdir " + shlex.quote(str(Path(folder).expanduser()))
