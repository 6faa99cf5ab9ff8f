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
    s = models.summary(models.build_sequential())
    f = models.summary(models.build_functional())
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
        models.load(tmp_path / "x.h5") if (tmp_path / "x.h5").write_text("x") else None
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
