"""Import TensorFlow once, quietly, and remember how long it took."""
from __future__ import annotations

import os
import time

load_seconds: float | None = None


def import_tensorflow():
    """Import TensorFlow and Keras; returns the tensorflow module."""
    global load_seconds
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    t0 = time.perf_counter()
    import tensorflow as tf  # noqa: PLC0415  (deliberately late: the window shows first)
    import keras  # noqa: F401
    tf.get_logger().setLevel("ERROR")
    try:
        import absl.logging
        absl.logging.set_verbosity(absl.logging.ERROR)
    except ImportError:
        pass
    if load_seconds is None:
        load_seconds = time.perf_counter() - t0
    return tf


def version() -> str:
    import tensorflow as tf
    import keras
    return f"TensorFlow {tf.__version__} · Keras {keras.__version__}"
