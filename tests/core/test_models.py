import zipfile

import keras
import numpy as np
import pytest

from tfvisual.core import models


def _rows(summary):
    import re
    rows = [ln for ln in summary.splitlines() if "(None" in ln and "Input" not in ln]
    # Layer names differ (flatten, flatten_1), and with them the padding.
    return [" ".join(re.sub(r"\w+ \((\w+)\)", r"\1", ln).split()) for ln in rows]


def test_both_apis_give_the_same_summary():
    # Wide enough that no name wraps: Keras numbers layers per process (input_layer_24).
    s = models.summary(models.build_sequential(), 120)
    f = models.summary(models.build_functional(), 120)
    assert _rows(s) == _rows(f) and len(_rows(s)) == 3
    assert "9,610" in s and "9,610" in f


def test_branching_model_has_two_paths():
    assert models.paths(models.build_sequential()) == 1
    assert models.paths(models.build_branching()) == 2


def test_code_matches_the_chapter():
    code = models.code(api="functional")
    assert "output = tf.keras.layers.Dense(128, activation='relu')(output)" in code
    assert "model = tf.keras.Model(model_input, output)" in code


def test_save_load_round_trips(tmp_path):
    m = models.build_functional()
    x = np.random.default_rng(1).uniform(size=(5, 8, 8)).astype("float32")
    models.save(m, tmp_path / "m.keras")
    again = models.load(tmp_path / "m.keras")
    assert np.array_equal(m.predict(x, verbose=0), again.predict(x, verbose=0))
    models.save_weights(m, tmp_path / "m.weights.h5")
    fresh = models.build_functional(seed=99)
    assert not np.array_equal(m.predict(x, verbose=0), fresh.predict(x, verbose=0))
    models.load_weights(fresh, tmp_path / "m.weights.h5")
    assert np.array_equal(m.predict(x, verbose=0), fresh.predict(x, verbose=0))


def test_lambda_layer_is_refused_in_safe_mode(tmp_path):
    inp = keras.Input((3,))
    out = keras.layers.Lambda(lambda t: t * 2)(inp)
    keras.Model(inp, out).save(tmp_path / "lam.keras")
    with pytest.raises(ValueError, match="safe mode"):
        models.load(tmp_path / "lam.keras")


def test_corrupt_and_wrong_files(tmp_path):
    bad = tmp_path / "bad.keras"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(ValueError, match="damaged"):
        models.load(bad)
    z = tmp_path / "empty.keras"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("hello.txt", "hi")
    with pytest.raises(ValueError):
        models.load(z)
    with pytest.raises(ValueError, match="not a .keras"):
        models.load(tmp_path / "x.txt") if (tmp_path / "x.txt").write_text("x") else None
    with pytest.raises(ValueError, match="does not exist"):
        models.load(tmp_path / "missing.keras")


def test_unwritable_save(tmp_path):
    with pytest.raises(ValueError, match="cannot write|ends in|No such"):
        models.save(models.build_sequential(), "/proc/nope/m.keras")


def test_bad_spec():
    with pytest.raises(ValueError):
        models.build(models.ModelSpec(input_shape=(0, 8)))


CUSTOM = """
import sys, keras
@keras.saving.register_keras_serializable()
class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2
keras.Sequential([keras.Input((3,)), Scale(), keras.layers.Dense(2)]).save(sys.argv[1])
"""


def test_a_model_needing_its_own_class_names_the_class(tmp_path):
    """Keras reports it as "could not be deserialized"; the cause is in __cause__."""
    import subprocess
    import sys
    path = tmp_path / "custom.keras"
    subprocess.run([sys.executable, "-c", CUSTOM, str(path)], check=True, timeout=120,
                   capture_output=True)
    with pytest.raises(ValueError) as e:
        models.load(path)
    assert str(e.value).startswith("custom.keras needs Scale, a custom class or function")
    assert "damaged" not in str(e.value)


def test_colour_codes_never_reach_the_learner():
    from tfvisual.core.errors import plain
    from tfvisual.core.snippets import describe_error
    assert plain("\x1b[1mValueError\x1b[0m: bad \x1b[31mthing\x1b[0m") == "ValueError: bad thing"
    assert describe_error(ValueError("\x1b[1mInvalid\x1b[0m input")) == "ValueError: Invalid input"


def test_a_model_too_big_to_build_is_refused_before_building(tmp_path):
    """A file whose config asks for Dense(10**7): refused from config.json in no time, not
    after 25 s and 2.5 GB of allocation."""
    import json
    import time
    small = tmp_path / "small.keras"
    keras.Sequential([keras.Input((64,)), keras.layers.Dense(8, name="wide")]).save(small)
    with zipfile.ZipFile(small) as zin:
        config = json.loads(zin.read("config.json"))
        config["config"]["layers"][1]["config"]["units"] = 10 ** 7
        with zipfile.ZipFile(tmp_path / "huge.keras", "w") as z:
            for n in zin.namelist():
                z.writestr(n, json.dumps(config) if n == "config.json" else zin.read(n))
    t0 = time.perf_counter()
    with pytest.raises(ValueError) as e:
        models.load(tmp_path / "huge.keras")
    assert time.perf_counter() - t0 < 1.0
    assert str(e.value) == ("huge.keras would need about 2.4 GiB for its weights (wide alone "
                            "asks for 650,000,000 parameters); tfvisual does not open models "
                            "this big")
    assert models.estimated_parameters(small)[0] == 64 * 8 + 8 == models.load(small).count_params()


# What the learner's own files look like: each refused with a clear message, nothing run.
# The layers' code would leave a file behind if anything executed it.
MARKED = """
import sys, keras
class Touch(keras.layers.Layer):      # not registered: the loading side cannot know it
    def call(self, x):
        open(sys.argv[2], "w").write("ran")
        return x * 2
inp = keras.Input((3,))
kind = sys.argv[3]
if kind == "lambda":
    out = keras.layers.Lambda(lambda t: (open(sys.argv[2], "w").write("ran"), t)[1])(inp)
else:
    out = Touch()(inp)
keras.Model(inp, keras.layers.Dense(2)(out)).save(sys.argv[1])
"""


@pytest.mark.parametrize("name, kind, words", [
    ("lam.keras", "lambda", "contains Python code (a Lambda layer)"),
    ("lam.h5", "lambda", "contains Python code (a Lambda layer)"),
    ("custom.h5", "custom", "needs Touch, a custom class or function"),
])
def test_files_with_code_are_refused_and_nothing_runs(tmp_path, name, kind, words):
    import subprocess
    import sys
    path, marker = tmp_path / name, tmp_path / "ran.txt"
    subprocess.run([sys.executable, "-c", MARKED, str(path), str(marker), kind], check=True,
                   timeout=120, capture_output=True)
    marker.unlink(missing_ok=True)      # saving traced the layer once
    with pytest.raises(ValueError) as e:
        models.load(path)
    assert str(e.value).startswith(name) and words in str(e.value)
    assert not marker.exists()


def test_truncated_and_random_files_are_refused(tmp_path):
    good = tmp_path / "good.keras"
    models.build().save(good)
    data = good.read_bytes()
    rng = np.random.default_rng(0)
    for name, blob in (("cut.keras", data[: len(data) // 2]),
                       ("noise.keras", rng.bytes(5000)), ("noise.h5", rng.bytes(5000))):
        (tmp_path / name).write_bytes(blob)
        with pytest.raises(ValueError, match=f"^{name} is damaged or not a Keras model"):
            models.load(tmp_path / name)
    h5 = tmp_path / "good.h5"
    models.build().save(h5)
    (tmp_path / "cut.h5").write_bytes(h5.read_bytes()[:3000])
    with pytest.raises(ValueError, match="^cut.h5 "):
        models.load(tmp_path / "cut.h5")


def test_weights_file_and_folder_are_named_for_what_they_are(tmp_path):
    w = models.save_weights(models.build(), tmp_path / "m.weights.h5")
    with pytest.raises(ValueError, match="holds weights only"):
        models.load(w)
    with pytest.raises(ValueError, match="is a folder"):
        models.load(tmp_path)


def test_an_h5_model_loads_with_the_same_predictions(tmp_path):
    model = models.build()
    model.save(tmp_path / "m.h5")
    x = models.probe_inputs(model)
    again = models.load(tmp_path / "m.h5")
    assert models.max_difference(models.predict(model, x), models.predict(again, x)) == 0.0


def test_a_saved_model_folder_lists_signatures_and_draws_the_inlined_ops(tmp_path):
    import tensorflow as tf

    class Two(tf.Module):
        @tf.function(input_signature=[tf.TensorSpec([None, 3])])
        def double(self, x):
            return {"y": x * 2.0}

        @tf.function(input_signature=[tf.TensorSpec([None, 3]), tf.TensorSpec([None, 3])])
        def add(self, a, b):
            return {"y": tf.nn.relu(a + b)}
    m = Two()
    tf.saved_model.save(m, str(tmp_path / "sm"),
                        signatures={"double": m.double, "add": m.add})
    info = models.open_saved_model(tmp_path / "sm", "add")
    assert set(info.signatures) == {"double", "add"} and info.signature == "add"
    assert "float32(None, 3)" in info.signatures["add"]
    ops = {n.op for n in info.graph.nodes}
    assert {"AddV2", "Relu"} <= ops and "StatefulPartitionedCall" not in ops
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "saved_model.pb").write_bytes(b"garbage")
    with pytest.raises(ValueError, match="damaged or not a SavedModel"):
        models.open_saved_model(tmp_path / "broken")


@pytest.mark.parametrize("name, layer, block", [
    ("ResNet50", "conv3_block2_2_conv", "conv3/conv3_block2"),
    ("MobileNetV2", "block_13_expand_BN", "block_13"),
    ("EfficientNetB0", "block4a_se_reduce", "block4a"),
    ("DenseNet121", "conv4_block7_1_bn", "conv4/conv4_block7"),
])
def test_big_models_are_grouped_into_their_blocks(name, layer, block):
    from tfvisual.core import graphs
    g = models.as_op_graph(models.application(name))
    assert g.groups[layer] == block
    folded = graphs.collapse(g)
    assert len(folded) < 40 and len(graphs.collapse(g, {block.split("/")[0], block})) > len(
        folded)
    assert layer in {n.name for n in graphs.collapse(g, set(g.scopes(layer))).nodes}


def test_the_apps_layer_names_are_the_exported_codes_in_a_fresh_process():
    """Keras counts layer names on in a process ("dense_17"): the app's summary named its
    layers otherwise than the exported code did when run."""
    import json
    import subprocess
    import sys
    spec = models.ModelSpec(hidden=[models.LayerSpec("dense", 16, "relu"),
                                    models.LayerSpec("dropout", rate=0.2),
                                    models.LayerSpec("dense", 8, "tanh")])
    for _ in range(3):      # the app has built models before
        models.build(spec, "sequential")
    for api in ("sequential", "functional", "branching"):
        here = models.build(spec, api)
        code = ("import json, tensorflow as tf\n" + models.code(spec, api) +
                "print(json.dumps([model.name] + [l.name for l in model.layers]))\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=300).stdout.strip().splitlines()[-1]
        assert [here.name] + [lay.name for lay in here.layers] == json.loads(out), api


def test_opening_a_saved_model_runs_nothing_from_it(tmp_path):
    """A SavedModel's resource initializer runs when tf.saved_model.load restores it; one
    that writes a file wrote it the moment tfvisual opened the folder."""
    import tensorflow as tf
    marker = tmp_path / "ran.txt"

    class Writes(tf.saved_model.experimental.TrackableResource):
        def _create_resource(self):
            return tf.raw_ops.VarHandleOp(dtype=tf.float32, shape=[])

        def _initialize(self):
            tf.io.write_file(str(marker), "the file's code ran")
            tf.raw_ops.AssignVariableOp(resource=self.resource_handle, value=1.0)

    class M(tf.Module):
        def __init__(self):
            super().__init__()
            self.r = Writes()

        @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
        def f(self, x):
            return {"y": x * tf.raw_ops.ReadVariableOp(resource=self.r.resource_handle,
                                                       dtype=tf.float32)}
    m = M()
    tf.saved_model.save(m, str(tmp_path / "sm"), signatures={"f": m.f})
    marker.unlink(missing_ok=True)
    tf.saved_model.load(str(tmp_path / "sm"))  # what loading does: the file's code runs
    assert marker.exists()
    marker.unlink()
    info = models.open_saved_model(tmp_path / "sm")
    assert not marker.exists()                 # opened, drawn, and nothing ran
    assert info.signature == "f" and "Mul" in {n.op for n in info.graph.nodes}


def test_a_keras_file_with_a_huge_description_is_refused_before_it_is_read(tmp_path,
                                                                          monkeypatch):
    """A 1.5 GB config.json froze the app while Keras read it."""
    import zipfile
    monkeypatch.setattr(models, "MAX_CONFIG_BYTES", 2 ** 20)
    path = tmp_path / "big.keras"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("config.json", '{"class_name": "Sequential", "pad": "' + " " * 2 ** 21
                   + '"}')
        z.writestr("metadata.json", "{}")
    assert path.stat().st_size < 50_000
    with pytest.raises(ValueError, match="model description is 2 MB"):
        models.load(path)
