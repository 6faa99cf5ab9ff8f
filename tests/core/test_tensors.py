import numpy as np
import pytest

from tfvisual.core import tensors
from tfvisual.core.snippets import SnippetError


@pytest.mark.parametrize("expr,dtype,shape,rank", [
    ("tf.constant([1, 2, 3])", "int32", (3,), 1),
    ("tf.zeros([2, 3, 4])", "float32", (2, 3, 4), 3),
    ("tf.random.uniform([28, 28])", "float32", (28, 28), 2),
    ('tf.constant("text")', "string", (), 0),
    ("tf.TensorSpec([None, None, 3])", "float32", (None, None, 3), 3),
    ("tf.ones([2, 2], tf.float16)", "float16", (2, 2), 2),
    ("tf.constant([1, 2, 3], tf.int8)", "int8", (3,), 1),
    ("tf.TensorSpec(None, tf.float32)", "float32", None, None),
])
def test_describe_examples(expr, dtype, shape, rank):
    info = tensors.evaluate(expr)
    assert (info.dtype, info.shape, info.rank) == (dtype, shape, rank)


def test_every_listed_example_evaluates():
    import tensorflow as tf
    for expr in tensors.EXAMPLES + tuple(e for _, e in tensors.DTYPE_LESSONS):
        info = tensors.evaluate(expr)
        # What the panel shows is what TensorFlow says of the same expression.
        value = eval(expr, {"tf": tf})
        if isinstance(value, tf.TensorSpec):
            assert info.kind == "spec" and info.values is None
            assert info.dtype == value.dtype.name
            continue
        assert info.dtype == value.dtype.name and info.rank == value.shape.rank
        assert info.shape == tuple(value.shape.as_list())
        if "random" not in expr:
            assert np.asarray(info.values).tolist() == np.asarray(value.numpy()).tolist()


def test_values_and_bytes():
    info = tensors.evaluate("tf.constant([1, 2, 3], tf.int8)")
    assert info.nbytes == 3 and info.values.tolist() == [1, 2, 3]
    assert info.shape_text == "(3,)"
    assert "CPU" in info.device


def test_dtype_lessons_show_real_effects():
    assert tensors.evaluate("tf.cast(tf.constant([100, 200, 300]), tf.int8)").values.tolist() \
        == [100, -56, 44]
    assert float(tensors.evaluate("tf.constant(0.1, tf.float16)").values) != 0.1


def test_spec_has_no_values():
    info = tensors.evaluate("tf.TensorSpec([None, None, 3])")
    assert info.values is None and info.kind == "spec"
    assert info.shape_text == "(None, None, 3)"


def test_huge_allocation_is_refused_before_allocating():
    with pytest.raises(SnippetError, match="over the limit"):
        tensors.evaluate("tf.zeros([100000, 100000])")


def test_bad_input_messages():
    with pytest.raises(SnippetError, match="syntax"):
        tensors.evaluate("tf.constant([1, 2")
    with pytest.raises(SnippetError, match="not a tensor"):
        tensors.evaluate("print")
    with pytest.raises(SnippetError, match="NameError"):
        tensors.evaluate("undefined_name + 1")
