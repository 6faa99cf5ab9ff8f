"""Keras models with the sequential and functional APIs: built, drawn, summarised, saved."""
from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, Problem, causes, plain

ACTIVATIONS = ("relu", "sigmoid", "tanh", "softmax", "linear", "gelu")


@dataclass
class LayerSpec:
    kind: str                 # "dense" or "dropout"
    units: int = 128
    activation: str = "relu"
    rate: float = 0.2


@dataclass
class ModelSpec:
    input_shape: tuple = (8, 8)
    num_classes: int = 10
    hidden: list = field(default_factory=lambda: [LayerSpec("dense", 128, "relu")])

    def validate(self):
        if not self.input_shape or any((not isinstance(d, int)) or d <= 0
                                       for d in self.input_shape):
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "the input shape needs positive whole numbers, e.g. (8, 8)"))
        if not 1 <= self.num_classes <= 10_000:
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "the number of classes must be between 1 and 10000"))
        for h in self.hidden:
            if h.kind == "dense" and not 1 <= h.units <= 100_000:
                raise Problem(QT_TRANSLATE_NOOP(
                    "core", "a Dense layer needs between 1 and 100000 units"))
            if h.kind == "dense" and h.activation not in ACTIVATIONS:
                raise Problem(QT_TRANSLATE_NOOP(
                    "core", "unknown activation {name}"), name=repr(h.activation))
            if h.kind == "dropout" and not 0.0 <= h.rate < 1.0:
                raise Problem(QT_TRANSLATE_NOOP(
                    "core", "a dropout rate must be at least 0 and below 1"))


def fresh_names(kinds) -> list[str]:
    """The names Keras gives layers of these kinds in a fresh process ("dense", "dense_1",
    ...). The app builds many models in one process, where Keras counts on ("dense_17"):
    named as the exported code names them, the app's summary and the export's agree."""
    seen: dict[str, int] = {}
    out = []
    for kind in kinds:
        n = seen.get(kind, 0)
        seen[kind] = n + 1
        out.append(kind if n == 0 else f"{kind}_{n}")
    return out


def _layers(spec):
    import keras

    kinds = ["flatten"] + [h.kind for h in spec.hidden] + ["dense"]
    names = iter(fresh_names(kinds))
    out = [keras.layers.Flatten(name=next(names))]
    for h in spec.hidden:
        if h.kind == "dense":
            out.append(keras.layers.Dense(h.units, activation=h.activation, name=next(names)))
        else:
            out.append(keras.layers.Dropout(h.rate, name=next(names)))
    out.append(keras.layers.Dense(spec.num_classes, activation="softmax", name=next(names)))
    return out


def build_sequential(spec: ModelSpec | None = None, seed: int = 0):
    import keras

    spec = spec or ModelSpec()
    spec.validate()
    keras.utils.set_random_seed(seed)
    return keras.Sequential([keras.Input(shape=spec.input_shape), *_layers(spec)],
                            name="sequential")


def build_functional(spec: ModelSpec | None = None, seed: int = 0):
    import keras

    spec = spec or ModelSpec()
    spec.validate()
    keras.utils.set_random_seed(seed)
    model_input = keras.Input(shape=spec.input_shape, name="input_layer")
    output = model_input
    for layer in _layers(spec):
        output = layer(output)
    return keras.Model(model_input, output, name="functional")


def build_branching(spec: ModelSpec | None = None, seed: int = 0):
    """Two parallel branches joined: what the sequential API cannot express."""
    import keras

    spec = spec or ModelSpec()
    spec.validate()
    keras.utils.set_random_seed(seed)
    inp = keras.Input(shape=spec.input_shape, name="input_layer")
    flat = keras.layers.Flatten(name="flatten")(inp)
    wide = keras.layers.Dense(64, activation="relu", name="wide")(flat)
    deep = keras.layers.Dense(32, activation="relu", name="deep_1")(flat)
    deep = keras.layers.Dense(32, activation="relu", name="deep_2")(deep)
    joined = keras.layers.Concatenate(name="join")([wide, deep])
    out = keras.layers.Dense(spec.num_classes, activation="softmax", name="dense")(joined)
    return keras.Model(inp, out, name="branching")


def code(spec: ModelSpec | None = None, api: str = "sequential") -> str:
    """The Python that builds the model, as the chapter writes it."""
    spec = spec or ModelSpec()
    layers = ["tf.keras.layers.Flatten()"]
    for h in spec.hidden:
        layers.append(f"tf.keras.layers.Dense({h.units}, activation='{h.activation}')"
                      if h.kind == "dense" else f"tf.keras.layers.Dropout({h.rate})")
    layers.append("tf.keras.layers.Dense(num_classes, activation='softmax')")
    shape = f"input_shape = {tuple(spec.input_shape)}\nnum_classes = {spec.num_classes}\n\n"
    if api == "sequential":
        body = ",\n".join(f"    {lay}" for lay in layers)
        return shape + ("model = tf.keras.Sequential([\n"
                        "    tf.keras.layers.Input(shape=input_shape),\n" + body + ",\n])\n")
    if api == "branching":
        return shape + """model_input = tf.keras.layers.Input(shape=input_shape)
flat = tf.keras.layers.Flatten()(model_input)
wide = tf.keras.layers.Dense(64, activation='relu', name='wide')(flat)
deep = tf.keras.layers.Dense(32, activation='relu', name='deep_1')(flat)
deep = tf.keras.layers.Dense(32, activation='relu', name='deep_2')(deep)
joined = tf.keras.layers.Concatenate(name='join')([wide, deep])
output = tf.keras.layers.Dense(num_classes, activation='softmax', name='dense')(joined)
model = tf.keras.Model(model_input, output, name='branching')
"""
    lines = ["model_input = tf.keras.layers.Input(shape=input_shape)"]
    prev = "model_input"
    for lay in layers:
        lines.append(f"output = {lay}({prev})")
        prev = "output"
    lines.append("model = tf.keras.Model(model_input, output)")
    return shape + "\n".join(lines) + "\n"


def build(spec: ModelSpec | None = None, api: str = "sequential", seed: int = 0):
    return {"sequential": build_sequential, "functional": build_functional,
            "branching": build_branching}[api](spec, seed)


def summary(model, line_length: int = 66) -> str:
    """``model.summary()`` as text; Keras wraps the cells to fit ``line_length`` columns."""
    lines: list[str] = []
    model.summary(print_fn=lambda s, **_: lines.append(s), line_length=line_length)
    text = "\n".join(lines)
    # Keras writes rich-text markup when it can; the view shows plain text.
    import re
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _shape_text(shape) -> str:
    return str(tuple(shape)).replace(",)", ")") if shape is not None else "?"


@dataclass
class LayerInfo:
    name: str
    kind: str
    output_shape: str
    params: int
    inputs: list


def layer_infos(model) -> list[LayerInfo]:
    """Layers with output shapes, parameter counts and the layers they read (for drawing)."""
    import keras

    out = []
    if isinstance(model, keras.Sequential):
        input_name = "input"
        out.append(LayerInfo(input_name, "InputLayer", _shape_text(model.inputs[0].shape), 0, []))
        prev = input_name
        for layer in model.layers:
            out.append(LayerInfo(layer.name, type(layer).__name__,
                                 _shape_text(layer.output.shape), layer.count_params(), [prev]))
            prev = layer.name
        return out
    for layer in model.layers:
        inbound = []
        for node in getattr(layer, "_inbound_nodes", []):
            for t in node.input_tensors:
                hist = getattr(t, "_keras_history", None)
                if hist is not None:
                    inbound.append(hist.operation.name)
        shape = layer.output.shape if hasattr(layer, "output") else None
        out.append(LayerInfo(layer.name, type(layer).__name__, _shape_text(shape),
                             layer.count_params(), list(dict.fromkeys(inbound))))
    return out


def paths(model) -> int:
    """Number of distinct input-to-output paths through the layer graph."""
    infos = {i.name: i for i in layer_infos(model)}
    memo: dict[str, int] = {}

    def count(name):
        if name not in memo:
            ins = infos[name].inputs
            memo[name] = 1 if not ins else sum(count(i) for i in ins if i in infos)
        return memo[name]

    consumers = {i for info in infos.values() for i in info.inputs}
    return sum(count(n) for n in infos if n not in consumers)


# keras.applications architectures a learner can look inside without a file: small inputs,
# random weights (weights=None: nothing is downloaded).
APPLICATIONS = {"ResNet50": (64, 64, 3), "MobileNetV2": (96, 96, 3),
                "EfficientNetB0": (64, 64, 3), "DenseNet121": (64, 64, 3)}


def application(name: str, classes: int = 10):
    """A ready-made ``keras.applications`` model with random weights (offline)."""
    import keras

    if name not in APPLICATIONS:
        raise Problem(QT_TRANSLATE_NOOP("core", "unknown architecture {name}"), name=name)
    return getattr(keras.applications, name)(weights=None, input_shape=APPLICATIONS[name],
                                             classes=classes)


def probe_inputs(model, batch: int = 4, seed: int = 0):
    """Inputs any model accepts, from its input specs (not assumed one float input): one array
    per input in its dtype, unknown dimensions 4, text inputs a word."""
    import numpy as np

    rng = np.random.default_rng(seed)
    xs = []
    for t in model.inputs:
        shape = [batch] + [4 if d is None else int(d) for d in t.shape[1:]]
        dtype = str(getattr(t, "dtype", "float32"))
        if "string" in dtype:
            xs.append(np.full(shape, "tensorflow", dtype=object))
        elif "bool" in dtype:
            xs.append(rng.integers(0, 2, size=shape).astype(bool))
        elif "int" in dtype:
            xs.append(rng.integers(0, 2, size=shape).astype(dtype))
        else:
            xs.append(rng.uniform(size=shape).astype(dtype))
    return xs if len(xs) != 1 else xs[0]


def predict(model, x) -> list:
    """The model's outputs on ``x`` as a flat list of arrays (one per output)."""
    import numpy as np
    import tensorflow as tf

    return [np.asarray(o) for o in tf.nest.flatten(model(x, training=False))]


def max_difference(a: list, b: list) -> float:
    import numpy as np

    return max((float(np.max(np.abs(x.astype(float) - y.astype(float)))) if x.size else 0.0)
               for x, y in zip(a, b))


GROUP_FROM = 40    # layers; a bigger model's diagram is folded into its blocks


def block_of(name: str) -> str:
    """The block a layer belongs to, read from the names keras.applications and most
    courses give: conv2_block1_1_conv -> conv2/conv2_block1 (stage, block), block_1_expand
    -> block_1, block1a_dwconv -> block1a; "" for a layer outside any block."""
    import re
    tokens = name.split("_")
    for i, tok in enumerate(tokens):
        if re.fullmatch(r"block\d*[a-z]?", tok):
            end = i + 2 if tok == "block" and i + 1 < len(tokens) and \
                tokens[i + 1].isdigit() else i + 1
            block = "_".join(tokens[:end])
            return f"{'_'.join(tokens[:i])}/{block}" if i else block
    return ""


def as_op_graph(model):
    """The layer graph as an OpGraph, so the graph view can draw it; a model of more than
    GROUP_FROM layers has its layers grouped into blocks (``OpGraph.groups``)."""
    from .graphs import Node, OpGraph

    infos = layer_infos(model)
    nodes = [Node(i.name, i.kind, i.inputs, attrs={"params": f"{i.params:,}",
                                                   "output shape": i.output_shape},
                  outputs=[("float32", i.output_shape)]) for i in infos]
    groups = {}
    if len(infos) > GROUP_FROM:
        groups = {i.name: block_of(i.name) for i in infos if block_of(i.name)}
    return OpGraph(nodes, [nodes[-1].name] if nodes else [], groups=groups)


def save(model, path) -> Path:
    path = Path(path)
    if path.suffix != ".keras":
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "a whole model is saved to a file ending in .keras"))
    try:
        model.save(path)
    except OSError as e:
        raise Problem(QT_TRANSLATE_NOOP("core", "cannot write {path}: {why}"), path=str(path),
                      why=e.strerror or e) from None
    return path


def save_weights(model, path) -> Path:
    path = Path(path)
    if not path.name.endswith(".weights.h5"):
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "weights are saved to a file ending in .weights.h5"))
    try:
        model.save_weights(path)
    except OSError as e:
        raise Problem(QT_TRANSLATE_NOOP("core", "cannot write {path}: {why}"), path=str(path),
                      why=e.strerror or e) from None
    return path


H5 = (".h5", ".hdf5")


def load(path):
    """Load a .keras file (or a legacy .h5 one) in Keras safe mode; raise ValueError a
    learner can act on. A SavedModel folder is opened with :func:`open_saved_model`."""
    import keras

    path = Path(path)
    if not path.exists():
        raise Problem(QT_TRANSLATE_NOOP("core", "{path} does not exist"), path=str(path))
    if path.is_dir():
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} is a folder: open a SavedModel folder with \"Open a SavedModel "
                    "folder\""), name=path.name)
    if path.name.endswith(".weights.h5"):
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} holds weights only, not a model: build the model, then use "
                    "load_weights()"), name=path.name)
    if path.suffix not in (".keras", *H5):
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} is not a .keras model file (save one with model.save)"),
            name=path.name)
    if path.suffix in H5:
        import h5py
        if not h5py.is_hdf5(path):
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "{name} is damaged or not a Keras model: it is not an HDF5 file"),
                name=path.name)
    elif not zipfile.is_zipfile(path):
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} is damaged or not a Keras model: it is not a "
            ".keras archive"), name=path.name)
    else:       # a 1.5 GB config.json froze the app while it was read and parsed
        try:
            with zipfile.ZipFile(path) as z:
                size = z.getinfo("config.json").file_size
        except (KeyError, OSError, zipfile.BadZipFile):
            size = 0
        if size > MAX_CONFIG_BYTES:
            raise Problem(QT_TRANSLATE_NOOP(
                "core", "{name}'s model description is {mb:,.0f} MB; a model's is a few "
                        "hundred KB (tfvisual reads up to {limit} MB)"),
                name=path.name, mb=size / 2 ** 20, limit=MAX_CONFIG_BYTES // 2 ** 20)
    n, layer = estimated_parameters(path)
    if n * 4 > MAX_WEIGHT_BYTES:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} would need about {gib:.1f} GiB for its weights ({layer} alone "
                    "asks for {params:,} parameters); tfvisual does not open models this big"),
            name=path.name, gib=n * 4 / 2 ** 30, layer=layer[0], params=layer[1])
    try:
        return keras.saving.load_model(path, safe_mode=True, compile=False)
    except Exception as e:  # noqa: BLE001 — corrupt archives raise many kinds of error
        raise _load_problem(e, path.name) from None


@dataclass
class SavedModelInfo:
    name: str
    signatures: dict            # signature name -> "inputs → outputs" text
    signature: str              # the one drawn
    graph: object               # its OpGraph, the functions it calls inlined


def _info_text(infos) -> str:
    """A signature's inputs or outputs (name -> TensorInfo) as "x: float32(None, 3)"."""
    import tensorflow as tf
    parts = []
    for k, t in infos.items():
        dims = "(" + ", ".join("None" if d.size < 0 else str(d.size)
                               for d in t.tensor_shape.dim) + \
            ("," if len(t.tensor_shape.dim) == 1 else "") + ")"
        parts.append(f"{k}: {tf.dtypes.as_dtype(t.dtype).name}"
                     f"{'<unknown>' if t.tensor_shape.unknown_rank else dims}")
    return ", ".join(parts)


def open_saved_model(path, signature: str | None = None) -> SavedModelInfo:
    """A SavedModel folder's signatures and one signature's op graph, read from its protocol
    buffer alone. tf.saved_model.load would run the model's resource initializers (one
    wrote a file when opened): nothing from a file runs here."""
    from google.protobuf.message import DecodeError
    from tensorflow.core.framework import graph_pb2
    from tensorflow.core.protobuf import saved_model_pb2

    from . import graphs

    path = Path(path)
    pb, txt = path / "saved_model.pb", path / "saved_model.pbtxt"
    if not pb.is_file() and not txt.is_file():
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} is not a SavedModel folder: it has no saved_model.pb"),
            name=path.name)
    sm = saved_model_pb2.SavedModel()
    try:
        if pb.is_file():
            sm.ParseFromString(pb.read_bytes())
        else:
            from google.protobuf import text_format
            text_format.Parse(txt.read_text(encoding="utf-8"), sm)
        if not sm.meta_graphs:
            raise ValueError("no meta graph")
    except (DecodeError, ValueError, UnicodeDecodeError, OSError) as e:
        raise Problem(QT_TRANSLATE_NOOP("core", "{name} is damaged or not a SavedModel: {why}"),
                      name=path.name, why=plain(e).strip().splitlines()[0][:300]) from None
    meta = next((m for m in sm.meta_graphs if "serve" in m.meta_info_def.tags),
                sm.meta_graphs[0])
    sigs = {k: v for k, v in meta.signature_def.items() if not k.startswith("__")}
    if not sigs:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name} has no signatures to draw (save it with a signature, e.g. "
                    "model.export())"), name=path.name)
    texts = {k: f"({_info_text(v.inputs)}) → ({_info_text(v.outputs)})"
             for k, v in sigs.items()}
    chosen = signature if signature in sigs else \
        ("serving_default" if "serving_default" in sigs else next(iter(sigs)))
    # The signature's part of the saved graph: what its outputs read, back to its inputs.
    full = meta.graph_def
    by_name = {n.name: n for n in full.node}
    outputs = [t.name.split(":")[0] for t in sigs[chosen].outputs.values()]
    keep, todo = set(), list(outputs)
    while todo:
        name = todo.pop()
        if name in keep or name not in by_name:
            continue
        keep.add(name)
        todo += [i.lstrip("^").split(":")[0] for i in by_name[name].input]
    part = graph_pb2.GraphDef()
    part.versions.CopyFrom(full.versions)
    part.library.CopyFrom(full.library)
    part.node.extend(n for n in full.node if n.name in keep)
    traced = graphs.from_graph_def(part, None, None, outputs)
    # The signature is one call of a saved function: Grappler's function pass inlines it,
    # so the drawing shows the ops, not a single StatefulPartitionedCall.
    graph = graphs.optimize(traced, passes=["function"])
    return SavedModelInfo(path.name, texts, chosen, graph)


MAX_CONFIG_BYTES = 64 * 2 ** 20  # a .keras file's config.json, unpacked, at most
MAX_WEIGHT_BYTES = 2 * 2 ** 30   # float32 weights tfvisual will allocate for a loaded model


def estimated_parameters(path) -> tuple[int, tuple[str, int]]:
    """Parameters a .keras file's layers will allocate when built, read from its config.json
    before anything is built (a file asking for Dense(10**7) took 25 s and 2.5 GB to fail):
    (total, (biggest layer's name, its parameters)). Dense, convolutions, recurrent layers
    and embeddings, from each layer's saved input shape; 0 when the file says too little."""
    import json
    import math

    try:
        if Path(path).suffix in H5:
            import h5py
            with h5py.File(path, "r") as f:
                raw = f.attrs.get("model_config")
            config = json.loads(raw.decode() if isinstance(raw, bytes) else raw)
        else:
            with zipfile.ZipFile(path) as z:
                config = json.loads(z.read("config.json"))
    except (KeyError, OSError, TypeError, ValueError, zipfile.BadZipFile):
        return 0, ("", 0)
    total, worst = 0, ("", 0)

    def visit(o):
        nonlocal total, worst
        if isinstance(o, list):
            for v in o:
                visit(v)
            return
        if not isinstance(o, dict):
            return
        cfg, shape = o.get("config"), (o.get("build_config") or {}).get("input_shape")
        fan_in = shape[-1] if isinstance(shape, list) and shape and \
            isinstance(shape[-1], int) else None
        if isinstance(cfg, dict) and (fan_in or "output_dim" in cfg):
            n = _layer_parameters(o.get("class_name", ""), cfg, fan_in or 0, math)
            total += n
            if n > worst[1]:
                worst = (str(cfg.get("name", o.get("class_name", ""))), n)
        for v in o.values():
            visit(v)

    visit(config)
    return total, worst


def _layer_parameters(kind: str, cfg: dict, fan_in: int, math) -> int:
    try:
        if "input_dim" in cfg and "output_dim" in cfg:
            return int(cfg["input_dim"]) * int(cfg["output_dim"])
        if "filters" in cfg:
            k = cfg.get("kernel_size") or [1]
            return math.prod(int(d) for d in k) * fan_in * int(cfg["filters"]) + \
                int(cfg["filters"])
        if "units" in cfg:
            u, gates = int(cfg["units"]), {"LSTM": 4, "GRU": 3, "SimpleRNN": 1}.get(kind)
            if gates:
                return gates * u * (fan_in + u + 1)
            return u * (fan_in + 1)
    except (TypeError, ValueError):
        pass
    return 0


def _load_problem(e: BaseException, name: str) -> Problem:
    """Why a .keras file did not load, from the innermost cause Keras chained."""
    import json
    import re
    chain = causes(e)
    texts = [plain(c) for c in chain]
    for t in texts:
        m = re.search(r"Could not locate (?:class|function) '([^']+)'|"
                      r"Unknown (?:layer|object|class|activation|loss|metric|function)\w*: "
                      r"'([^']+)'", t)
        if m:
            return Problem(QT_TRANSLATE_NOOP(
                "core", "{name} needs {cls}, a custom class or function from the code that "
                        "saved it; tfvisual does not run code from files, so it cannot rebuild "
                        "this model"), name=name, cls=m.group(1) or m.group(2))
    if any("safe_mode" in t or "Lambda" in t or "unsafe" in t.lower() for t in texts):
        return Problem(QT_TRANSLATE_NOOP("core", "{name} contains Python code (a Lambda layer); "
                                         "tfvisual loads models in Keras safe mode and will "
                                         "not run code from a file"), name=name)
    first = next((t.strip().splitlines()[0] for t in reversed(texts) if t.strip()),
                 type(e).__name__)
    if any(isinstance(c, (zipfile.BadZipFile, json.JSONDecodeError, KeyError, OSError,
                          EOFError)) for c in chain):
        return Problem(QT_TRANSLATE_NOOP("core", "{name} is damaged or not a Keras model: {why}"),
                       name=name, why=first[:300])
    return Problem(QT_TRANSLATE_NOOP("core", "{name} could not be loaded: {why}"),
                   name=name, why=first[:300])


def load_weights(model, path):
    try:
        model.load_weights(path)
    except Exception as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "the weights in {name} do not fit this model: {why}"),
            name=Path(path).name, why=first) from None
    return model


def round_trip(model, probe) -> dict:
    """save()/load_model() and save_weights()/load_weights(); the largest differences of
    their predictions on ``probe`` from the model's own (``full``, ``weights``)."""
    import keras
    try:
        before = predict(model, probe)
    except Exception:   # noqa: BLE001 — a model that needs special inputs is still drawn
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "this model could not be run on sample inputs, so its predictions cannot "
                    "be compared")) from None
    with tempfile.TemporaryDirectory() as d:
        p = save(model, os.path.join(d, "model.keras"))
        after_full = predict(load(p), probe)
        try:
            w = save_weights(model, os.path.join(d, "model.weights.h5"))
            fresh = keras.models.clone_model(model)
            load_weights(fresh, w)
            weights, why = max_difference(before, predict(fresh, probe)), None
        except Exception as e:   # noqa: BLE001 — e.g. a vocabulary is state, not a weight
            from .snippets import describe_error
            weights, why = None, describe_error(e)
    return {"full": max_difference(before, after_full), "weights": weights,
            "weights_why": why}


def sample_for(model):
    """One input to run through ``model``: the first bundled digit (and its label) when the
    model takes 8×8 or 64 values, else inputs made from its input specs (label None)."""
    from . import data
    shape = tuple(model.inputs[0].shape[1:]) if len(model.inputs) == 1 else None
    if shape in ((8, 8), (64,), (8, 8, 1)):
        ds = data.digits()
        return ds.x_val[:1].reshape((1, *shape)).astype("float32"), int(ds.y_val[0])
    return probe_inputs(model, batch=1), None


def layer_outputs(model, x) -> dict:
    """Each layer's output for ``x``, computed by Keras in one forward pass: layer name ->
    numpy array (a model with several outputs per layer gives the first)."""
    import keras
    import numpy as np

    layers = [l for l in model.layers if not isinstance(l, keras.layers.InputLayer)]
    probe = keras.Model(model.inputs, [l.output for l in layers])
    outs = probe(x if isinstance(x, (list, tuple)) else [x], training=False)
    outs = outs if isinstance(outs, (list, tuple)) else [outs]
    return {l.name: np.asarray(keras.ops.convert_to_numpy(o)) for l, o in zip(layers, outs)}


def output_text(v) -> str:
    """A layer's output as its box shows it: a few numbers, the class a probability row
    picks, or its shape with the largest and mean value."""
    import numpy as np
    v = np.asarray(v)
    row = v.reshape(-1)
    if row.size <= 4:
        return "[" + " ".join(f"{x:.3g}" for x in row.tolist()) + "]"
    if v.ndim == 2 and v.shape[0] == 1 and np.all(row >= 0) and abs(row.sum() - 1) < 1e-3:
        k = int(row.argmax())
        return f"class {k} ({row[k]:.2f})"
    return f"{list(v.shape)} max {row.max():.3g} mean {row.mean():.3g}"
