"""What a tensor is: dtype, shape, rank, size, values."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import QT_TRANSLATE_NOOP, Problem
from .snippets import SnippetError, compile_source, register, wrap

DEFAULT_LIMIT_BYTES = 64 * 1024 * 1024

EXAMPLES = (
    "tf.constant([1, 2, 3])",
    "tf.zeros([2, 3, 4])",
    "tf.random.uniform([28, 28])",
    'tf.constant("text")',
    "tf.TensorSpec([None, None, 3])",
    "tf.ones([2, 2], tf.float16)",
    "tf.constant([1, 2, 3], tf.int8)",
    "tf.constant(3.14159)",
    "tf.reshape(tf.range(24), [2, 3, 4])",
    "tf.random.normal([2, 2, 2, 2])",
    "tf.TensorSpec(None, tf.float32)",
)

# Dtype lessons: each shows a real value computed by TensorFlow.
DTYPE_LESSONS = (
    ("float16 rounding", "tf.constant(0.1, tf.float16)"),
    ("float16 rounding", "tf.cast(tf.constant(2049.0), tf.float16)"),
    ("int8 overflow on cast", "tf.cast(tf.constant([100, 200, 300]), tf.int8)"),
    ("a string tensor", 'tf.constant(["tensor", "텐서"])'),
    ("tf.cast drops the fraction", "tf.cast(tf.constant([1.7, -1.7]), tf.int32)"),
)


@dataclass
class TensorInfo:
    dtype: str
    shape: tuple | None
    rank: int | None
    kind: str = "tensor"          # tensor, variable, spec
    nbytes: int | None = None
    values: Any = field(default=None, repr=False)  # numpy array, None for a spec
    device: str = ""                                # where the values were computed

    @property
    def shape_text(self) -> str:
        if self.shape is None:
            return "<unknown>"
        return "(" + ", ".join("None" if d is None else str(d) for d in self.shape) + \
            ("," if len(self.shape) == 1 else "") + ")"


def _shape(tf_shape) -> tuple | None:
    if tf_shape.rank is None:
        return None
    return tuple(tf_shape.as_list())


def describe(value) -> TensorInfo:
    """Describe a tensor, variable, TensorSpec or anything ``tf.convert_to_tensor`` takes."""
    import tensorflow as tf

    if isinstance(value, tf.TensorSpec):
        shape = _shape(value.shape)
        return TensorInfo(value.dtype.name, shape, None if shape is None else len(shape), "spec")
    kind = "variable" if isinstance(value, tf.Variable) else "tensor"
    if not isinstance(value, (tf.Tensor, tf.Variable)):
        try:
            value = tf.convert_to_tensor(value)
        except (TypeError, ValueError) as e:
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "not a tensor: {kind} ({why})"), kind=type(value).__name__,
                why=e) from None
    shape = _shape(value.shape)
    values = None
    nbytes = None
    if tf.executing_eagerly() and not isinstance(value, tf.SparseTensor):
        import numpy as np
        values = np.asarray(value.numpy())
        nbytes = int(sum(len(v) for v in values.ravel()) if values.dtype.kind in "OSU"
                     else values.nbytes)
    from .devices import ran_on
    return TensorInfo(value.dtype.name, shape, None if shape is None else len(shape),
                      kind, nbytes, values, ran_on(value))


def _static_bytes(expr_code, namespace) -> int | None:
    """Build the expression in a throwaway graph to learn its size without allocating it."""
    import tensorflow as tf

    with tf.Graph().as_default():
        try:
            v = eval(expr_code, dict(namespace))
        except Exception:
            return None  # the eager run reports the real error
        if isinstance(v, (tf.Tensor, tf.Variable)) and v.shape.is_fully_defined() \
                and v.dtype != tf.string:
            return v.shape.num_elements() * v.dtype.size
    return None


def evaluate(expression: str, limit_bytes: int = DEFAULT_LIMIT_BYTES,
             state=None) -> TensorInfo:
    """Evaluate a one-line expression of ``tf``/``np`` and describe the result.

    Refuses a result bigger than ``limit_bytes``: before allocating anything where TensorFlow
    knows the size in advance, after it where only running tells (a numpy array, a list, a
    string tensor), so the window never receives it. The app calls this in its sandbox, where
    an allocation the machine cannot hold ends only the sandbox's process.
    """
    import numpy as np
    import tensorflow as tf

    expression = expression.strip()
    if not expression:
        raise SnippetError(QT_TRANSLATE_NOOP(
            "core", "type an expression, for example tf.constant([1, 2, 3])"))
    filename = register(expression, "tensor")
    code = compile_source(expression, filename, "eval")
    namespace = {"tf": tf, "np": np, "__builtins__": __builtins__}
    size = _static_bytes(code, namespace)
    if size is not None and size > limit_bytes:
        raise SnippetError(QT_TRANSLATE_NOOP(
            "core", "this tensor would take {size:,.0f} MiB, over the limit "
            "of {limit:,.0f} MiB; nothing was allocated"),
            size=size / 2**20, limit=limit_bytes / 2**20)
    try:
        value = eval(code, namespace)
    except (Exception, SystemExit) as e:
        raise wrap(e) from e
    try:
        info = describe(value)
    except Problem as e:
        raise SnippetError(e.template, **e.values) from None
    if info.nbytes is not None and info.nbytes > limit_bytes:
        raise SnippetError(QT_TRANSLATE_NOOP(
            "core", "this tensor takes {size:,.0f} MiB, over the limit of {limit:,.0f} MiB; "
                    "it is not shown"), size=info.nbytes / 2**20, limit=limit_bytes / 2**20)
    return info
