"""A lesson's current state as a Python script or a Jupyter notebook that runs on its own.

The code uses TensorFlow and Keras only (no tfvisual) and prints what the panel shows. A
panel's state is a dict of plain values (``default_state(panel)`` is the one the app starts
with); ``cells`` turns it into markdown and code cells, ``write`` saves them as .py or .ipynb.
"""
from __future__ import annotations

import os
import textwrap
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from .concurrent import write_atomic
from .errors import QT_TRANSLATE_NOOP, Problem

SUFFIXES = (".py", ".ipynb")


@dataclass
class Cell:
    kind: str        # "markdown" or "code"
    text: str


class Exists(Problem):
    """The file is there already: the caller asks before writing over it."""


# -- default states (what each panel starts with) -----------------------------------------
def default_state(panel: str) -> dict:
    # Imports per lesson: only training's needs Keras (and with it TensorFlow).
    if panel == "tensors":
        return {"expression": "tf.constant([1, 2, 3])"}
    if panel == "execution":
        from .execution import CHAPTER_SNIPPET
        return {"source": CHAPTER_SNIPPET}
    if panel == "graphs":
        from . import graphs
        specs = graphs.EXAMPLE_SPECS["compute"]
        return {"source": graphs.EXAMPLES["compute"], "specs": [list(s) for s in specs],
                "inputs": [graphs.default_input(dt, sh, k) for k, (_n, dt, sh) in
                           enumerate(specs)]}
    if panel == "tape":
        return dict(a=3.0, b=6.0, x0=20.0, steps=7, learning_rate=1.0, loss="abs",
                    optimizer="plain")
    if panel == "models":
        from . import models
        return {"api": "sequential", "spec": asdict(models.ModelSpec()), "origin": {}}
    if panel == "training":
        from . import models, training
        return {"dataset": {"kind": training.START_DATASET, "path": "", "noise": 0.1,
                            "validation": 0.2},
                "api": "sequential", "spec": asdict(models.ModelSpec()),
                "config": asdict(training.TrainConfig(
                    learning_rate=training.START_LEARNING_RATE))}
    if panel == "devices":
        return {"device": "/CPU:0", "replicas": 8, "workers": 2}
    raise Problem(QT_TRANSLATE_NOOP("core", "unknown panel {name}"), name=repr(panel))


# -- the code of each lesson ----------------------------------------------------------------
def _heading(tr, text: str, **values) -> Cell:
    return Cell("markdown", "## " + tr(text).format(**values) if values else "## " + tr(text))


PLACED = QT_TRANSLATE_NOOP("export", "Run once with run metadata: its partitioned graphs hold "
                                     "the device TensorFlow placed each op on.")
# Labels and comments the exported code prints or holds, marked for translation here: inside
# the code's f-strings, lupdate cannot see them.
LABELS = (
    QT_TRANSLATE_NOOP("export", "(a description, no values)"),
    QT_TRANSLATE_NOOP("export", "(values)"),
    QT_TRANSLATE_NOOP("export", "kind:"),
    QT_TRANSLATE_NOOP("export", "<unknown>"),
    QT_TRANSLATE_NOOP("export", "unknown"),
    QT_TRANSLATE_NOOP("export", "strings: the bytes of each"),
    QT_TRANSLATE_NOOP("export", "device:"),
    QT_TRANSLATE_NOOP("export", "eager"),
    QT_TRANSLATE_NOOP("export", "lazy"),
    QT_TRANSLATE_NOOP("export", "traced ops:"),
    QT_TRANSLATE_NOOP("export", "what must be kept"),
    QT_TRANSLATE_NOOP("export", "ops after Grappler:"),
    QT_TRANSLATE_NOOP("export", "removed:"),
    QT_TRANSLATE_NOOP("export", "none"),
    QT_TRANSLATE_NOOP("export", "random weights: nothing is downloaded"),
    QT_TRANSLATE_NOOP("export", "training samples:"),
    QT_TRANSLATE_NOOP("export", "validation samples:"),
    QT_TRANSLATE_NOOP("export", "epochs run:"),
    QT_TRANSLATE_NOOP("export", "CSV columns:"),
    QT_TRANSLATE_NOOP("export", "CSV epochs:"),
    PLACED,
    QT_TRANSLATE_NOOP("export", "warm-up"),
    QT_TRANSLATE_NOOP("export", "all-reduced (sum):"),
    QT_TRANSLATE_NOOP("export", "traced:"),
    QT_TRANSLATE_NOOP("export", "after Grappler:"),
    QT_TRANSLATE_NOOP("export", "gradient vanishing"),
    QT_TRANSLATE_NOOP("export", "gradient exploding"),
    QT_TRANSLATE_NOOP("export", "dead units:"),
)

# Each layer while it learns, in plain Keras: what the app's LayerStats measures, printed
# after every epoch (the gradient from a backward pass of a fixed sample).
LAYER_STATS_CODE = '''class LayerStats(tf.keras.callbacks.Callback):
    def __init__(self, x, y):
        super().__init__()
        self.x, self.y = x, y

    def on_epoch_end(self, epoch, logs=None):
        layers = [l for l in self.model.layers if l.trainable_weights]
        with tf.GradientTape() as tape:
            pred = self.model(self.x, training=False)
            loss = self.model.compute_loss(x=self.x, y=self.y, y_pred=pred, training=False)
        grads = tape.gradient(loss, [w for l in layers for w in l.trainable_weights])
        rows, k = [], 0
        for layer in layers:
            n = len(layer.trainable_weights)
            w = math.sqrt(sum(float(tf.reduce_sum(v ** 2)) for v in layer.trainable_weights))
            g = math.sqrt(sum(float(tf.reduce_sum(d ** 2)) for d in grads[k:k + n]
                              if d is not None))
            k += n
            rows.append((layer, w, g))
        top = max(g for _, _, g in rows) or 1.0
        for layer, w, g in rows:
            line = f"  {layer.name}: |W| {w:.3g}  |dW| {g:.2g}"
            if g < 1e-3 * top:
                line += "  " + VANISHING
            elif g > 100 * w:
                line += "  " + EXPLODING
            if getattr(getattr(layer, "activation", None), "__name__", "") == "relu":
                out = tf.keras.Model(self.model.inputs, layer.output)(self.x).numpy()
                out = out.reshape(-1, out.shape[-1])
                line += f"  {DEAD} {int((out.max(axis=0) <= 0).sum())}/{out.shape[1]}"
            print(line)
'''



def _say(tr, text: str) -> str:
    """A printed label in the reader's language, as a Python string literal."""
    return repr(tr(text))


def _note(tr, text: str) -> str:
    """A code comment in the reader's language."""
    return "# " + tr(text)


def _callback(name: str, **kw) -> str:
    """``callbacks.append(tf.keras.callbacks.Name(key=value, ...))``, one argument a line."""
    args = "".join(f"\n    {k}={v!r}," for k, v in kw.items())
    return f"callbacks.append(tf.keras.callbacks.{name}({args}\n))"


def _tensors(s, tr):
    return [Cell("code", "import numpy as np\nimport tensorflow as tf\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "The tensor")),
            Cell("code", f"value = {s['expression'].strip()}\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Its dtype, shape, rank and size")),
            Cell("code", f'''if isinstance(value, tf.TensorSpec):
    kind = "tf.TensorSpec " + {_say(tr, "(a description, no values)")}
elif isinstance(value, tf.Variable):
    kind = "tf.Variable"
else:
    value = tf.convert_to_tensor(value)
    kind = "tf.Tensor " + {_say(tr, "(values)")}
shape = value.shape
print({_say(tr, "kind:")}, kind)
print("dtype:", value.dtype.name)
if shape.rank is None:
    print("shape:", {_say(tr, "<unknown>")})
    print("rank:", {_say(tr, "unknown")})
else:
    dims = ["None" if d is None else str(d) for d in shape.as_list()]
    print("shape: (" + ", ".join(dims) + ("," if shape.rank == 1 else "") + ")")
    print("rank:", shape.rank)
if not isinstance(value, tf.TensorSpec):
    values = np.asarray(value.numpy())
    if values.dtype.kind in "OSU":     {_note(tr, "strings: the bytes of each")}
        size = sum(len(v) for v in values.ravel())
    else:
        size = values.nbytes
    print(f"size: {{size:,}} bytes")
    print({_say(tr, "device:")}, value.device)
    print(values)
''')]


def _execution(s, tr):
    src = s["source"].rstrip() + "\n"
    lazy = textwrap.indent(src, "    ")
    return [Cell("code", "import numpy as np\nimport tensorflow as tf\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Eager: each line runs at once and prints "
                                                     "values")),
            Cell("code", f'print("— {tr("eager")} —")\n' + src),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Lazy: the same lines only build a TF1 "
                                                     "graph")),
            Cell("code", f'print("— {tr("lazy")} —")\n'
                 'graph = tf.Graph()\nwith graph.as_default():\n' + lazy),
            _heading(tr, QT_TRANSLATE_NOOP("export", "A session runs the graph and computes "
                                                     "every named tensor")),
            Cell("code", '''named = {k: v for k, v in list(globals().items())
         if isinstance(v, tf.Tensor) and getattr(v, "graph", None) is graph}
if named:
    print("— %s —")
    with tf.compat.v1.Session(graph=graph) as sess:
        for k, v in sess.run(named).items():
            print(f"{k} = {v}")
''' % tr(QT_TRANSLATE_NOOP("export", "after session.run")))]


def _function_name(source: str) -> tuple[str, str]:
    import ast
    try:
        tree = ast.parse(source)
    except SyntaxError:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "the function has a syntax error: fix it before exporting")) from None
    # The last function: a def, or a name bound to tf.function(...) (the chapter's forms).
    names = []
    for n in tree.body:
        if isinstance(n, ast.FunctionDef):
            names.append((n.name, n.name))
        elif isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and \
                getattr(n.value.func, "attr", getattr(n.value.func, "id", "")) == "function" \
                and n.value.args and isinstance(n.value.args[0], ast.Name):
            names += [(t.id, n.value.args[0].id) for t in n.targets if isinstance(t, ast.Name)]
    if not names:
        raise Problem(QT_TRANSLATE_NOOP("core", "define a function with def to export"))
    return names[-1]


def _graphs(s, tr):
    name, defined = _function_name(s["source"])
    given = {n: (dt, sh) for n, dt, sh in s.get("specs", [])}
    specs = []
    for p in _params(s["source"], defined):     # read from the def line: nothing is run
        dt, sh = given.get(p, ("float32", "None"))
        specs.append(f"tf.TensorSpec({sh.strip() or 'None'}, tf.{dt}, name={p!r})")
    return [Cell("code", "from collections import Counter\n\nimport numpy as np\n"
                         "import tensorflow as tf\n"
                         "from tensorflow.core.protobuf import config_pb2, meta_graph_pb2\n"
                         "from tensorflow.python.grappler import tf_optimizer\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "The function")),
            Cell("code", s["source"].rstrip() + "\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Traced by tf.function for this input "
                                                     "signature")),
            Cell("code", _note(tr, QT_TRANSLATE_NOOP("export", "Your own tf.function as you "
                                                               "made it, or a plain def "
                                                               "wrapped in one.")) + "\n" +
                         f"fn = {name} if hasattr({name}, 'get_concrete_function') "
                         f"else tf.function({name})\n"
                         f"specs = [{', '.join(specs)}]\n"
                         "concrete = (fn.get_concrete_function() if fn.input_signature "
                         "else fn.get_concrete_function(*specs))\n"
                         "traced = concrete.graph.as_graph_def()\n"
                         "outputs = [t.op.name for t in concrete.outputs]\n"
                         f"print({_say(tr, 'traced ops:')}, "
                         "len(traced.node))\n"
                         "for op, n in sorted(Counter(n.op for n in traced.node).items()):\n"
                         "    print(f'  {op}: {n}')\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Grappler: the graph TensorFlow really runs")),
            Cell("code", f'''meta = meta_graph_pb2.MetaGraphDef()
meta.graph_def.CopyFrom(traced)
meta.collection_def["train_op"].node_list.value.extend(outputs)   {_note(tr, "what must be kept")}
optimized = tf_optimizer.OptimizeGraph(config_pb2.ConfigProto(), meta)
print({_say(tr, "ops after Grappler:")}, len(optimized.node))
for op, n in sorted(Counter(n.op for n in optimized.node).items()):
    print(f"  {{op}}: {{n}}")
removed = sorted({{n.name for n in traced.node}} - {{n.name for n in optimized.node}})
print({_say(tr, "removed:")}, ", ".join(removed) or {_say(tr, "none")})
'''),
            _heading(tr, QT_TRANSLATE_NOOP("export", "AutoGraph's version of the function")),
            Cell("code", f"print(tf.autograph.to_code(getattr({name}, 'python_function', "
                         f"{name})))\n")] + _values_cells(s, tr)


# Run a graph once and print every op's value, in the order it was built (each op after what
# it reads): what the panel shows step by step. Plain TensorFlow.
VALUES_CODE = '''def every_value(graph_def, inputs):
    graph = tf.Graph()
    with graph.as_default():
        tf.graph_util.import_graph_def(graph_def, name="")
    ops = graph.get_operations()
    holders = [op for op in ops if op.type == "Placeholder"]
    feed = {h.outputs[0]: np.asarray(v, h.outputs[0].dtype.as_numpy_dtype)
            for h, v in zip(holders, inputs)}
    fetch = {op.name: op.outputs[0] for op in ops if op.outputs and op.type != "Placeholder"
             and op.outputs[0].dtype not in (tf.resource, tf.variant)}
    with tf.compat.v1.Session(graph=graph) as session:
        values = session.run(fetch, feed)
    for op in ops:
        if op.name in values or op in holders:
            value = values[op.name] if op.name in values else feed[op.outputs[0]]
            print(f"  {op.name} ({op.type}) = {np.array2string(np.asarray(value), threshold=8)}")
'''


def _values_cells(s, tr) -> list[Cell]:
    inputs = s.get("inputs")
    if not inputs:
        return []
    return [_heading(tr, QT_TRANSLATE_NOOP("export", "Every op's value in one run, traced and "
                                                     "after Grappler")),
            Cell("code", VALUES_CODE + f"\ninputs = [{', '.join(inputs)}]\n"
                         f"print({_say(tr, 'traced:')})\nevery_value(traced, inputs)\n"
                         f"print({_say(tr, 'after Grappler:')})\n"
                         "every_value(optimized, inputs)\n")]


def _params(source: str, name: str) -> list[str]:
    import ast
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            a = node.args
            return [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
    return []


def _tape(s, tr):
    loss = {"abs": "tf.math.abs(residual)", "square": "tf.math.square(residual)",
            "huber": "tf.where(tf.abs(residual) <= 1.0, 0.5 * tf.square(residual), "
                     "tf.abs(residual) - 0.5)"}[s["loss"]]
    lr = s["learning_rate"]
    opt = {"plain": "", "sgd_momentum":
           f"optimizer = tf.keras.optimizers.SGD(learning_rate={lr!r}, momentum=0.9)\n",
           "adam": f"optimizer = tf.keras.optimizers.Adam(learning_rate={lr!r})\n"}[
        s["optimizer"]]
    update = "    X.assign(X - learning_rate * dX)\n" if s["optimizer"] == "plain" else \
        "    optimizer.apply_gradients([(dX, X)])\n"
    return [Cell("code", "import math\n\nimport tensorflow as tf\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Gradient descent with tf.GradientTape")),
            Cell("code", f"A = tf.constant({float(s['a'])!r})\nB = tf.constant({float(s['b'])!r})\n"
                         f"X = tf.Variable({float(s['x0'])!r})\n"
                         # The chapter's line before any step (the panel shows it for abs).
                         + (f"print({loss.replace('residual', '(A * X - B)')})\n"
                            if s["loss"] == "abs" else "") +
                         f"learning_rate = {lr!r}\n{opt}"
                         f"for step in range({int(s['steps'])}):\n"
                         "    with tf.GradientTape() as tape:\n"
                         "        residual = A * X - B\n"
                         f"        loss = {loss}\n"
                         "    dX = tape.gradient(loss, X)\n"
                         "    print('X = {:.2f}, dX = {:2f}'.format(float(X.numpy()), "
                         "float(dX.numpy())))\n"
                         "    if not (math.isfinite(float(X.numpy())) and "
                         "math.isfinite(float(loss.numpy()))):\n"
                         "        break   " + _note(tr, QT_TRANSLATE_NOOP(
                             "export", "diverged past float32")) + "\n" + update),
            _heading(tr, QT_TRANSLATE_NOOP("export", "What the tape records for the first "
                                                     "step, forward and backward")),
            Cell("code", "import numpy as np\n\n" + VALUES_CODE + f"""
@tf.function
def step(X):
    with tf.GradientTape() as tape:
        tape.watch(X)
        residual = A * X - B
        loss = {loss}
    return loss, tape.gradient(loss, X)


every_value(step.get_concrete_function(tf.TensorSpec((), tf.float32)).graph.as_graph_def(),
            [{float(s['x0'])!r}])
""")]


def _model_code(spec: dict, api: str) -> str:
    from .models import LayerSpec, ModelSpec, code
    ms = ModelSpec(tuple(spec["input_shape"]), spec["num_classes"],
                   [LayerSpec(**h) for h in spec["hidden"]])
    return code(ms, api)


def _model_source(s, tr) -> str:
    """The model the panel shows: built from the builder's settings, a ready-made
    architecture, or the learner's file (loaded in safe mode, as the app does)."""
    origin = s.get("origin") or {}
    if "application" in origin:
        shape = tuple(origin["input_shape"])
        return (f"input_shape = {shape}\n"
                f"{_note(tr, 'random weights: nothing is downloaded')}\n"
                f"model = tf.keras.applications.{origin['application']}(weights=None, "
                "input_shape=input_shape, classes=10)\n")
    if "file" in origin:
        return (f"model = tf.keras.models.load_model({origin['file']!r}, safe_mode=True)\n"
                "input_shape = tuple(model.inputs[0].shape[1:])\n")
    return _model_code(s["spec"], s["api"])


def _models(s, tr):
    if "saved_model" in (s.get("origin") or {}):
        return [Cell("code", "import tensorflow as tf\n"),
                _heading(tr, QT_TRANSLATE_NOOP("export", "The SavedModel")),
                Cell("code", f"loaded = tf.saved_model.load({s['origin']['saved_model']!r})\n"
                             "for name, f in loaded.signatures.items():\n"
                             "    print(name, f.structured_input_signature, "
                             "f.structured_outputs)\n")]
    return [Cell("code", "import os\nimport tempfile\n\nimport numpy as np\n"
                         "import tensorflow as tf\n\ntf.keras.utils.set_random_seed(0)\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "The model")),
            Cell("code", _model_source(s, tr)),
            Cell("code", "model.summary()\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Saved and loaded: the predictions stay "
                                                     "the same")),
            Cell("code", '''x = np.random.default_rng(0).random((4, *input_shape)).astype("float32")
before = model.predict(x, verbose=0)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    after = tf.keras.models.load_model(path).predict(x, verbose=0)
    weights = os.path.join(folder, "model.weights.h5")
    model.save_weights(weights)
    fresh = tf.keras.models.clone_model(model)
    fresh.load_weights(weights)
    after_weights = fresh.predict(x, verbose=0)
print(%s, float(np.max(np.abs(before - after))))
print(%s,
      float(np.max(np.abs(before - after_weights))))
''' % (_say(tr, QT_TRANSLATE_NOOP("export", "largest difference after load_model():")),
       _say(tr, QT_TRANSLATE_NOOP("export", "largest difference after load_weights():"))))]


def _data_code(d: dict, tr) -> str:
    kind = d["kind"]
    split = f'''
rng = np.random.default_rng(0)
order = rng.permutation(len(x))
n_val = int(round(len(x) * {float(d.get("validation", 0.2))!r}))
x_val, y_val = x[order[:n_val]], y[order[:n_val]]
x_train, y_train = x[order[n_val:]], y[order[n_val:]]
num_classes = int(y.max()) + 1
print({_say(tr, "training samples:")}, len(x_train),
      {_say(tr, "validation samples:")}, len(x_val))
'''
    if kind == "digits":
        from ..resources import resource
        path = str(resource("data", "digits.npz"))
        load = (_note(tr, QT_TRANSLATE_NOOP("export", "The UCI optdigits 8×8 digits that "
                                                      "ship with tfvisual.")) +
                f"\nDIGITS = {path!r}\n"
                "with np.load(DIGITS) as f:\n"
                "    x, y = f['x'].astype('float32') / 16.0, f['y'].astype('int32')\n")
    elif kind == "npz":
        load = (f"with np.load({d['path']!r}) as f:\n"
                "    x, y = f['x'].astype('float32'), f['y'].astype('int32').reshape(-1)\n")
    elif kind == "folder":
        load = (f"images = tf.keras.utils.image_dataset_from_directory(\n"
                f"    {d['path']!r}, color_mode='grayscale', image_size=(32, 32), "
                "shuffle=False)\n"
                "x = np.concatenate([b.numpy() for b, _ in images])[..., 0] / 255.0\n"
                "y = np.concatenate([l.numpy() for _, l in images]).astype('int32')\n")
    else:
        import inspect

        from . import data
        src = inspect.getsource(data.two_d)
        body = src[src.index("    rng = np.random"):src.index("    return split")]
        load = (f"kind, n, noise = {kind!r}, 600, {float(d.get('noise', 0.1))!r}\n"
                "seed = 0\n" + textwrap.dedent(body) +
                "x = x.astype('float32')\ny = np.asarray(y).astype('int32')\n")
    return load + split


def _schedule_code(p: dict, epochs: int) -> str:
    kind = p.get("kind", "step")
    if kind == "step":
        return ("def schedule(epoch, lr):\n"
                "    return lr * 0.5 if epoch > 0 and epoch % 10 == 0 else lr\n")
    if kind == "exponential":
        return "def schedule(epoch, lr):\n    return lr * math.exp(-0.1) if epoch > 0 else lr\n"
    if kind == "cosine":
        return ("base = {}\n\ndef schedule(epoch, lr):\n    base.setdefault('lr', lr)\n"
                f"    return base['lr'] * 0.5 * (1 + math.cos(math.pi * epoch / {max(1, epochs)}))"
                "\n")
    return f"def schedule(epoch, lr):\n    return {p.get('expression', 'lr').strip()}\n"


def _training(s, tr):
    cfg, cb = s["config"], s["config"]["callbacks"]
    opt = {"adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop"}[cfg["optimizer"]]
    spec = dict(s["spec"])
    cells = [Cell("code", "import csv\nimport math\n\nimport numpy as np\nimport tensorflow as tf"
                          f"\n\ntf.keras.utils.set_random_seed({cfg.get('seed') or 0})\n"),
             _heading(tr, QT_TRANSLATE_NOOP("export", "The data")),
             Cell("code", _data_code(s["dataset"], tr)),
             _heading(tr, QT_TRANSLATE_NOOP("export", "The model")),
             Cell("code", _model_code(spec, s["api"]).replace(
                 f"input_shape = {tuple(spec['input_shape'])}\n"
                 f"num_classes = {spec['num_classes']}\n",
                 "input_shape = x_train.shape[1:]\nnum_classes = max(num_classes, 2)\n") +
                 f"model.compile(optimizer=tf.keras.optimizers.{opt}(learning_rate="
                 f"{cfg['learning_rate']!r}),\n"
                 "              loss='sparse_categorical_crossentropy', metrics=['accuracy'])\n")]
    lines = ["callbacks = []"]
    csv_path = cb.get("csv_path")
    if csv_path:
        # The app's file name, written beside the script (the app's own log stays as it is).
        lines.append(f"CSV = {os.path.basename(csv_path)!r}\n"
                     "callbacks.append(tf.keras.callbacks.CSVLogger(CSV))")
    if cb.get("early_stopping"):
        p = cb["early_stopping"]
        lines.append(_callback("EarlyStopping", monitor=p.get("monitor", "val_loss"),
                               patience=int(p.get("patience", 3)),
                               min_delta=float(p.get("min_delta", 0.0)),
                               restore_best_weights=bool(p.get("restore_best_weights", True))))
    if cb.get("scheduler"):
        lines.append(_schedule_code(cb["scheduler"], cfg["epochs"]) +
                     "callbacks.append(tf.keras.callbacks.LearningRateScheduler(schedule))")
    if cb.get("reduce_lr"):
        p = cb["reduce_lr"]
        lines.append(_callback("ReduceLROnPlateau", monitor=p.get("monitor", "val_loss"),
                               factor=float(p.get("factor", 0.5)),
                               patience=int(p.get("patience", 2)),
                               min_lr=float(p.get("min_lr", 1e-6))))
    if cb.get("terminate_on_nan", True):
        lines.append("callbacks.append(tf.keras.callbacks.TerminateOnNaN())")
    if cb.get("tensorboard"):
        lines.append(f"LOGS = {cb['tensorboard']!r}   # then: tensorboard --logdir LOGS\n"
                     "callbacks.append(tf.keras.callbacks.TensorBoard(\n"
                     "    LOGS, histogram_freq=1, update_freq='batch', write_graph=True))")
    if cb.get("layer_stats", True):
        cells += [_heading(tr, QT_TRANSLATE_NOOP("export", "Each layer while it learns")),
                  Cell("code", f"VANISHING = {_say(tr, 'gradient vanishing')}\n"
                               f"EXPLODING = {_say(tr, 'gradient exploding')}\n"
                               f"DEAD = {_say(tr, 'dead units:')}\n\n\n" + LAYER_STATS_CODE)]
        lines.append("sample = (x_val, y_val) if len(x_val) else (x_train, y_train)\n"
                     "callbacks.append(LayerStats(sample[0][:64], sample[1][:64]))")
    if cb.get("custom_source"):
        cells += [_heading(tr, QT_TRANSLATE_NOOP("export", "Your own callback")),
                  Cell("code", "keras = tf.keras\n\n" + cb["custom_source"].rstrip() + "\n")]
        ours = " and c is not LayerStats" if cb.get("layer_stats", True) else ""
        lines.append("import inspect\n"
                     "callbacks += [c() for c in list(globals().values()) if inspect.isclass(c)"
                     "\n              and issubclass(c, tf.keras.callbacks.Callback)"
                     f"\n              and c.__module__ == __name__{ours}]")
    cells += [_heading(tr, QT_TRANSLATE_NOOP("export", "The callbacks")),
              Cell("code", "\n".join(lines) + "\n"),
              _heading(tr, QT_TRANSLATE_NOOP("export", "Training")),
              Cell("code", f"history = model.fit(x_train, y_train, epochs={int(cfg['epochs'])}, "
                           f"batch_size={int(cfg['batch_size'])},\n"
                           "                    validation_data=(x_val, y_val) if len(x_val) "
                           "else None,\n"
                           "                    callbacks=callbacks, verbose=2)\n"
                           f"print({_say(tr, 'epochs run:')}, "
                           "len(history.epoch))\n")]
    if csv_path:
        cells.append(Cell("code", "with open(CSV, newline='') as f:\n"
                                  "    rows = list(csv.reader(f))\n"
                                  f"print({_say(tr, 'CSV columns:')}, "
                                  "', '.join(rows[0]))\n"
                                  f"print({_say(tr, 'CSV epochs:')}, "
                                  "len(rows) - 1)\n"))
    return cells


def _devices(s, tr):
    n = int(s.get("replicas", 2))
    dev = s.get("device", "/CPU:0")
    return [Cell("code", "import statistics\nimport time\n\nimport numpy as np\n"
                         "import tensorflow as tf\n\n" +
                         _note(tr, QT_TRANSLATE_NOOP("export", "Logical CPUs must be made "
                                                               "before TensorFlow sets up its "
                                                               "devices.")) + "\n"
                         "cpus = tf.config.list_physical_devices('CPU')\n"
                         "tf.config.set_logical_device_configuration(\n"
                         f"    cpus[0], [tf.config.LogicalDeviceConfiguration()] * {n})\n"
                         "for d in tf.config.list_logical_devices():\n"
                         f"    print({_say(tr, 'device:')}, "
                         "d.name, d.device_type)\n"),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Where TensorFlow placed each op")),
            Cell("code", f'''@tf.function
def small(x, w):
    h = tf.linalg.matmul(x, w)
    return tf.nn.relu(h) + tf.reduce_mean(h)

concrete = small.get_concrete_function(tf.TensorSpec((4, 3)), tf.TensorSpec((3, 2)))
{_note(tr, PLACED)}
graph = tf.Graph()
with graph.as_default(), tf.device({dev!r}):
    tf.graph_util.import_graph_def(concrete.graph.as_graph_def(), name="")
options = tf.compat.v1.RunOptions(trace_level=tf.compat.v1.RunOptions.FULL_TRACE,
                                  output_partition_graphs=True)
metadata = tf.compat.v1.RunMetadata()
feed = {{t.name: np.ones(t.shape, "float32") for t in concrete.inputs}}
config = tf.compat.v1.ConfigProto(allow_soft_placement=True,
                                  device_count={{"CPU": len(tf.config.list_logical_devices("CPU"))}})
with tf.compat.v1.Session(graph=graph, config=config) as session:
    session.run([t.name for t in concrete.outputs], feed, options=options,
                run_metadata=metadata)
placed = {{n.name: n.device for g in metadata.partition_graphs for n in g.node}}
for op in concrete.graph.get_operations():
    print(f"  {{op.name}} ({{op.type}}): {{placed.get(op.name, '-').split('device:')[-1]}}")
'''),
            _heading(tr, QT_TRANSLATE_NOOP("export", "Timing of a matrix multiplication on "
                                                     "{device}"), device=dev),
            Cell("code", f'''with tf.device({dev!r}):
    for n in (64, 128, 256, 512):
        a, b = tf.random.uniform((n, n)), tf.random.uniform((n, n))
        tf.linalg.matmul(a, b).numpy()    {_note(tr, "warm-up")}
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            tf.linalg.matmul(a, b).numpy()
            times.append(time.perf_counter() - t0)
        print(f"{{n}}×{{n}}: {{statistics.median(times) * 1000:.3f}} ms")
'''),
            _heading(tr, QT_TRANSLATE_NOOP("export", "MirroredStrategy: one batch split over "
                                                     "the devices")),
            Cell("code", f'''rng = np.random.default_rng(0)
batch = {n * max(2, 8 // n)}
x = rng.normal(size=(batch, 3)).astype("float32")
y = rng.normal(size=(batch, 1)).astype("float32")
w0 = rng.normal(size=(3, 1)).astype("float32")
names = [d.name for d in tf.config.list_logical_devices("CPU")]
strategy = tf.distribute.MirroredStrategy(
    names, cross_device_ops=tf.distribute.ReductionToOneDevice())
with strategy.scope():
    w = tf.Variable(w0)

def replica_step(xb, yb):
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(tf.square(tf.matmul(xb, w) - yb)) / batch
    return tape.gradient(loss, w), xb

data = tf.data.Dataset.from_tensor_slices((x, y)).batch(batch)
xb, yb = next(iter(strategy.experimental_distribute_dataset(data)))
grads, shards = strategy.run(replica_step, args=(xb, yb))
for name, g, s in zip(names, strategy.experimental_local_results(grads),
                      strategy.experimental_local_results(shards)):
    print(f"{{name}}: batch of {{len(s)}}, gradient {{g.numpy().ravel().round(5)}}")
print({_say(tr, "all-reduced (sum):")},
      strategy.reduce(tf.distribute.ReduceOp.SUM, grads, axis=None).numpy().ravel().round(5))
''')]


BUILDERS: dict[str, Callable] = {"tensors": _tensors, "execution": _execution,
                                 "graphs": _graphs, "tape": _tape, "models": _models,
                                 "training": _training, "devices": _devices}

TITLES = {"tensors": QT_TRANSLATE_NOOP("export", "Tensors: dtype, shape and rank"),
          "execution": QT_TRANSLATE_NOOP("export", "Eager and lazy execution"),
          "graphs": QT_TRANSLATE_NOOP("export", "tf.function, Grappler and AutoGraph"),
          "tape": QT_TRANSLATE_NOOP("export", "Gradient descent with GradientTape"),
          "models": QT_TRANSLATE_NOOP("export", "Keras models: build, summarise, save, load"),
          "training": QT_TRANSLATE_NOOP("export", "Training with Keras callbacks"),
          "devices": QT_TRANSLATE_NOOP("export", "Devices and distribution")}


# The explanation for a lesson whose panel has no lesson text of its own.
ABOUT = {"graphs": QT_TRANSLATE_NOOP(
    "export", "`tf.function` runs the Python function once with symbolic tensors and records "
              "every operation into a graph: that is tracing. Before the graph runs, "
              "Grappler, TensorFlow's graph optimiser, rewrites it: a repeated `a * b` is "
              "computed once, constant arithmetic is done in advance, unused nodes are "
              "pruned. AutoGraph turns Python `if` and `while` on tensors into `tf.cond` and "
              "`tf.while_loop`. A new input shape or dtype means a new trace.")}


def cells(panel: str, state: dict | None = None, lesson: str = "",
          tr: Callable[[str], str] = lambda s: s) -> list[Cell]:
    """The lesson as cells: a title, the lesson's explanation (markdown), then the code."""
    if panel not in BUILDERS:
        raise Problem(QT_TRANSLATE_NOOP("core", "unknown panel {name}"), name=repr(panel))
    state = state if state is not None else default_state(panel)
    head = "# " + tr(TITLES[panel]) + "\n\n" + tr(
        QT_TRANSLATE_NOOP("export", "Exported from tfvisual. It needs only TensorFlow and "
                                    "Keras, and runs offline."))
    out = [Cell("markdown", head)]
    lesson = lesson.strip() or (tr(ABOUT[panel]) if panel in ABOUT else "")
    if lesson:
        out.append(Cell("markdown", lesson))
    code = BUILDERS[panel](state, tr)
    first = next(i for i, c in enumerate(code) if c.kind == "code")
    # Before TensorFlow is imported: a machine without a GPU got "E ... failed call to
    # cuInit" in every notebook's first output. (TensorFlow 2.21's few info lines before its
    # logging starts cannot be turned off this way.)
    code[first] = Cell("code", "import os\n\n" + _note(tr, QT_TRANSLATE_NOOP(
        "export", "TensorFlow's C++ errors while it looks for a GPU kept out of the output")) +
        "\nos.environ.setdefault(\"TF_CPP_MIN_LOG_LEVEL\", \"3\")\n" + code[first].text)
    return out + code


def as_script(cs: list[Cell]) -> str:
    parts = []
    for c in cs:
        if c.kind == "markdown":     # comments; a heading's marks dropped
            parts.append("\n".join(("# " + line.lstrip("#").strip()).rstrip()
                                    for line in c.text.splitlines()))
        else:
            parts.append(c.text.rstrip())
    return "\n\n".join(parts) + "\n"


def as_notebook(cs: list[Cell]) -> str:
    import nbformat
    from nbformat import v4
    nb = v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells = [v4.new_markdown_cell(c.text) if c.kind == "markdown"
                else v4.new_code_cell(c.text.rstrip()) for c in cs]
    nbformat.validate(nb)
    return nbformat.writes(nb)


def check_target(path, overwrite: bool = False) -> Path:
    """The path to write, or a Problem saying why not (Exists when it is there already)."""
    p = Path(os.fspath(path)).expanduser()
    if p.is_dir():
        raise Problem(QT_TRANSLATE_NOOP("core", "{path} is a folder: give a file name"),
                      path=str(p))
    if p.suffix.lower() not in SUFFIXES:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "{name}: export to a file ending in .py (a script) or .ipynb (a "
                      "notebook)"), name=p.name or str(p))
    if not p.parent.is_dir():
        raise Problem(QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"),
                      folder=str(p.parent))
    if p.exists() and not overwrite:
        raise Exists(QT_TRANSLATE_NOOP("core", "{name} exists already"), name=p.name)
    return p


def write(path, panel: str, state: dict | None = None, lesson: str = "",
          overwrite: bool = False, tr: Callable[[str], str] = lambda s: s) -> Path:
    """Write the lesson as a script (.py) or a notebook (.ipynb); never over an existing
    file unless ``overwrite``."""
    p = check_target(path, overwrite)
    cs = cells(panel, state, lesson, tr)
    text = as_notebook(cs) if p.suffix.lower() == ".ipynb" else as_script(cs)
    if panel == "devices":      # training across machines: a script per worker, a launcher
        from . import cluster
        workers = int((state or {}).get("workers", 2))
        for name, code in cluster.scripts(p.stem, cluster.TrainConfig(workers=workers)).items():
            extra = p.with_name(name)
            if extra.exists() and not overwrite:
                try:    # the same scripts already there (the notebook's and the script's)
                    same = extra.read_text(encoding="utf-8") == code
                except (OSError, UnicodeDecodeError):
                    same = False
                if same:
                    continue
                raise Exists(QT_TRANSLATE_NOOP("core", "{name} exists already"), name=name)
            try:
                write_atomic(extra, code)
            except OSError as e:
                raise Problem(QT_TRANSLATE_NOOP("core", "cannot write {path}: {why}"),
                              path=str(extra), why=e.strerror or str(e)) from None
    tmp = p.with_name(p.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, p)
    except OSError as e:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise Problem(QT_TRANSLATE_NOOP("core", "cannot write {path}: {why}"),
                      path=str(p), why=e.strerror or str(e)) from None
    return p

