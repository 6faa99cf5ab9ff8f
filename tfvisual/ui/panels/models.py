"""Sections 7 and 8: Keras models with the sequential and functional APIs."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from tfvisual.core import graphs, models
from tfvisual.core.layout import layout

from ..i18n import describe
from ..theme import mono_font
from ..widgets.code_view import CodeView
from ..widgets.graph_explorer import GraphExplorer
from ..widgets.graph_view import GraphView
from ..widgets.flow import WrapButton
from .base import MessageLine, Panel, Section, flow, header_tips, lesson_view

APIS = ("sequential", "functional", "branching")


def drawn(graph, expanded, state=None):
    """What the diagram shows of a graph (big ones folded into their groups), laid out."""
    graph.group_parents()      # here, not on the GUI thread
    shown = graphs.collapse(graph, expanded) if graph.groups or len(graph) > 300 else graph
    return shown, layout(shown, state)


def describe_model(model, state=None) -> dict:
    g = models.as_op_graph(model)
    # Sample inputs for the round trip, run only then (a ResNet50 forward pass is not
    # needed to draw it).
    x = models.probe_inputs(model)
    shown, pos = drawn(g, set(), state)
    return {"model": model, "summary": models.summary(model), "graph": g, "shown": shown,
            "pos": pos, "paths": models.paths(model),
            "inputs": [str(t.shape) for t in model.inputs],
            "outputs": [str(t.shape) for t in model.outputs],
            "layers": [(i.name, i.kind, i.output_shape, i.params) for i in
                       models.layer_infos(model)],
            "params": model.count_params(), "probe": x}


def build_job(spec, api, state=None):
    return describe_model(models.build(spec, api), state)


def load_job(path, state=None):
    return describe_model(models.load(path), state)


def saved_model_job(path, state=None):
    info = models.open_saved_model(path)
    shown, pos = drawn(info.graph, set(), state)
    return {"saved_model": info, "graph": info.graph, "shown": shown, "pos": pos}


def forward_job(model, state=None):
    """One sample through the model, each layer's output from Keras (issue 24)."""
    x, label = models.sample_for(model)
    state.progress(0.2, "")
    outs = models.layer_outputs(model, x)
    return {"x": x, "label": label, "outputs": outs}


def round_trip_job(model, probe, state=None):
    return models.round_trip(model, probe)


class ModelsPanel(Panel):
    name = "models"
    train_step_requested = Signal(object)     # the model; the graphs panel traces its step

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spec = models.ModelSpec()
        self.result = None
        self.api = QComboBox()
        self.api.setObjectName("api")
        for a in APIS:
            self.api.addItem(a, a)
        self.api.currentIndexChanged.connect(self.rebuild)
        self.shape = QLineEdit("8, 8")
        self.shape.editingFinished.connect(self.rebuild)
        self.classes = QSpinBox(minimum=1, maximum=1000, value=10)
        self.classes.valueChanged.connect(self.rebuild)
        self.layers = QTableWidget(0, 3)
        self.layers.setObjectName("layers")
        self.layers.verticalHeader().setVisible(False)
        # Columns as wide as their headers and cells (the table scrolls where the column is
        # narrower), each header's text in its tooltip.
        self.layers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.layers.horizontalHeader().setStretchLastSection(True)
        self.layers.itemChanged.connect(self._layers_edited)
        self.add_dense, self.add_drop, self.remove = WrapButton(), WrapButton(), WrapButton()
        self.add_dense.clicked.connect(lambda: self._add(models.LayerSpec("dense", 64, "relu")))
        self.add_drop.clicked.connect(lambda: self._add(models.LayerSpec("dropout", rate=0.2)))
        self.remove.clicked.connect(self._remove)
        self.form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        self.form.addRow(self.form_labels[0], self.api)
        self.form.addRow(self.form_labels[1], self.shape)
        self.form.addRow(self.form_labels[2], self.classes)
        self.build_box = Section()
        bl = QVBoxLayout(self.build_box.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(self.form)
        bl.addWidget(self.layers)
        bl.addWidget(flow(self.add_dense, self.add_drop, self.remove))
        self.api_note = QLabel()
        self.api_note.setWordWrap(True)
        self.api_note.setObjectName("warn")
        self.save_btn, self.open_btn = WrapButton(), WrapButton()
        self.open_dir_btn = WrapButton()
        self.open_dir_btn.clicked.connect(self._open_dir)
        self.savew_btn, self.loadw_btn, self.trip_btn = WrapButton(), WrapButton(), WrapButton()
        self.save_btn.clicked.connect(self._save)
        self.open_btn.clicked.connect(self._open)
        self.savew_btn.clicked.connect(self._save_weights)
        self.loadw_btn.clicked.connect(self._load_weights)
        self.trip_btn.clicked.connect(self.round_trip)
        self.step_btn = WrapButton()
        self.step_btn.clicked.connect(
            lambda: self.result and self.train_step_requested.emit(self.result["model"]))
        self.ready = QComboBox()       # keras.applications, random weights
        self.ready.addItem("", "")
        for name in models.APPLICATIONS:
            self.ready.addItem(name, name)
        self.ready.activated.connect(lambda i: self.open_application(self.ready.itemData(i)))
        self.ready_label = QLabel()
        self.ready_label.setWordWrap(True)
        self.file_box = Section()
        fl = QVBoxLayout(self.file_box.body)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(flow(self.save_btn, self.open_btn, self.open_dir_btn, self.savew_btn,
                          self.loadw_btn, self.trip_btn))
        fl.addWidget(self.ready_label)
        fl.addWidget(self.ready)
        self.message = MessageLine()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.build_box)
        ll.addWidget(self.api_note)
        ll.addWidget(self.file_box)
        ll.addWidget(self.message)
        ll.addStretch(1)

        self.code = CodeView("", read_only=True)
        self.view = GraphView()
        self.explorer = GraphExplorer(self.view)
        self.explorer.expanded_changed.connect(self._relayout)
        self.summary = QPlainTextEdit(readOnly=True)
        self.summary.setObjectName("summary")
        # Never sideways: at the narrowest a line wraps rather than hides its Param # column.
        self.summary.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        # A scroll bar that comes and goes would change the width it is printed for.
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.attrs = QPlainTextEdit(readOnly=True)
        # summary() printed for the width of its view: every column in sight, no sideways
        # scrolling, at any font size.
        self.summary_cols = 66
        self._summary_asked = None        # the columns of the print in flight
        self.summary_timer = QTimer(self, singleShot=True, interval=150)
        self.summary_timer.timeout.connect(self._fit_summary)
        self.summary.viewport().installEventFilter(self)
        self.lesson = lesson_view()
        self.sample_btn = WrapButton()
        self.sample_btn.clicked.connect(self.run_sample)
        self.set_stage(self.explorer, actions=(self.step_btn, self.sample_btn), controls=left,
                       tabs=((self.code, lambda: self.tr("Code")),
                             (self.summary, lambda: self.tr("summary()")),
                             (self.attrs, lambda: self.tr("Attributes")),
                             (self.lesson, lambda: self.tr("Lesson"))))
        self._fill_layers()
        self.retranslate()

    def title(self):
        return self.tr("Keras models")

    def retranslate(self):
        names = {"sequential": self.tr("Sequential API"), "functional": self.tr("Functional API"),
                 "branching": self.tr("Functional, two branches")}
        for i in range(self.api.count()):
            self.api.setItemText(i, names[self.api.itemData(i)])
        for lab, text in zip(self.form_labels, (self.tr("API"), self.tr("Input shape"),
                                                self.tr("Classes"))):
            lab.setText(text)
        self.build_box.setTitle(self.tr("Build the model"))
        self.layers.setHorizontalHeaderLabels([self.tr("layer"), self.tr("units or rate"),
                                               self.tr("activation")])
        header_tips(self.layers)
        self.add_dense.setText(self.tr("+ Dense"))
        self.add_drop.setText(self.tr("+ Dropout"))
        self.remove.setText(self.tr("Remove"))
        self.file_box.setTitle(self.tr("Save and load"))
        self.save_btn.setText(self.tr("save() .keras…"))
        self.open_btn.setText(self.tr("Open .keras or .h5…"))
        self.open_dir_btn.setText(self.tr("Open a SavedModel folder…"))
        self.explorer.retranslate()
        self.ready_label.setText(self.tr("Or look inside a ready-made architecture "
                                         "(keras.applications, random weights):"))
        self.ready.setItemText(0, self.tr("choose…"))
        self.savew_btn.setText(self.tr("save_weights()…"))
        self.loadw_btn.setText(self.tr("load_weights()…"))
        self.trip_btn.setText(self.tr("Round trip: save, reload, compare predictions"))
        self.step_btn.setText(self.tr("See its training step"))
        self.sample_btn.setText(self.tr("Run a sample through"))
        self.sample_btn.setToolTip(self.tr("One input through the model: each layer's output "
                                           "on its box, computed by Keras"))
        self.step_btn.setToolTip(self.tr("Trace this model's training step (forward, loss, "
                                         "gradient, optimizer update) in the graphs panel"))
        self.lesson.setHtml(self.tr(
            "<h3>A model's attributes</h3><ul>"
            "<li><b>inputs</b> and <b>outputs</b>: the tensors that go in and come out</li>"
            "<li><b>layers</b>: the layers, each with its output shape</li>"
            "<li><b>summary()</b>: prints the architecture and parameter counts</li>"
            "<li><b>save()</b>: architecture, weights and training state in one .keras file, "
            "to resume training later; reload with <code>load_model()</code></li>"
            "<li><b>save_weights()</b>: the weights alone</li></ul>"
            "<h3>Which API?</h3><p>The <b>sequential</b> API stacks layers in a line: simple "
            "and enough for many models. The <b>functional</b> API calls layers on tensors, so "
            "it can branch and join (parallel layers), share layers and take several inputs "
            "or outputs.</p>"))
        self._update_api_note()
        self._show()

    def eventFilter(self, obj, event):
        if obj is self.summary.viewport() and event.type() == QEvent.Resize:
            self.summary_timer.start()
        return super().eventFilter(obj, event)

    def summary_fit(self) -> tuple[int, int]:
        """The font size and columns for summary(): what its view holds at the UI's size, or
        at a size down to six tenths of it where that is needed for a table of 36 columns
        (fewer, and Keras cuts the Param # header)."""
        room = self.summary.viewport().width() - 8
        size = self.pt
        for size in range(self.pt, max(8, int(self.pt * 0.6)) - 1, -1):
            if room // QFontMetrics(mono_font(size)).horizontalAdvance("M") >= 36:
                break
        cols = room // max(1, QFontMetrics(mono_font(size)).horizontalAdvance("M"))
        return size, max(36, min(120, cols))

    def _fit_summary(self):
        size, cols = self.summary_fit()
        if size != self.summary.font().pointSize():
            self.summary.setFont(mono_font(size))
        # One print at a time, and none for a change of a column or two: a new font or text
        # can move the view's edge a little, and each print would then ask for the next.
        if self.result is None or self._summary_asked is not None or \
                abs(cols - self.summary_cols) < 3:
            return
        self._summary_asked = cols
        model = self.result["model"]
        self.start(lambda state=None: (cols, models.summary(model, cols)),
                   done=self._set_summary, error=lambda *_: self._set_summary(None),
                   key="summary", uses_device=False, label=self.tr("Printing summary()…"))

    def _set_summary(self, result):
        self._summary_asked = None
        if result is None:      # the print failed: keep the text there is
            return
        self.summary_cols, text = result
        self.summary.setPlainText(text)

    def _update_api_note(self):
        branching = self.api.currentData() == "branching"
        self.api_note.setText(self.tr(
            "The sequential API cannot build this model: a Sequential model is a single chain, "
            "and here two branches read the same tensor and are joined again.")
            if branching else "")
        self.api_note.setVisible(branching)

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        self.code.set_theme(theme)
        self.code.set_font_size(pt)
        self.explorer.set_theme(theme, pt)
        self.summary_timer.start()     # its font and width follow in _fit_summary
        self.attrs.setFont(mono_font(max(8, pt - 1)))

    # -- layers -----------------------------------------------------------------------------
    def _fill_layers(self):
        self.layers.blockSignals(True)
        self.layers.setRowCount(len(self.spec.hidden))
        for r, h in enumerate(self.spec.hidden):
            cells = (("Dense", str(h.units), h.activation) if h.kind == "dense"
                     else ("Dropout", str(h.rate), ""))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 or (h.kind == "dropout" and c == 2):
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.layers.setItem(r, c, item)
        self.layers.blockSignals(False)

    def _layers_edited(self, item):
        r, c = item.row(), item.column()
        h = self.spec.hidden[r]
        try:
            if c == 1 and h.kind == "dense":
                h.units = int(item.text())
            elif c == 1:
                h.rate = float(item.text())
            elif c == 2:
                if item.text() not in models.ACTIVATIONS:
                    raise ValueError
                h.activation = item.text()
        except ValueError:
            self.message.show_message(self.tr("Use a whole number of units, a rate below 1 or "
                                              "one of: {0}").format(", ".join(
                                                  models.ACTIVATIONS)))
            self._fill_layers()
            return
        self.rebuild()

    def _add(self, layer):
        self.spec.hidden.append(layer)
        self._fill_layers()
        self.rebuild()

    def _remove(self):
        r = self.layers.currentRow()
        if self.spec.hidden:
            self.spec.hidden.pop(r if r >= 0 else -1)
            self._fill_layers()
            self.rebuild()

    # -- building ---------------------------------------------------------------------------
    def _spec(self):
        try:
            shape = tuple(int(v) for v in self.shape.text().replace("(", "").replace(")", "")
                          .split(",") if v.strip())
        except ValueError:
            raise ValueError(self.tr("The input shape needs whole numbers, e.g. 8, 8"))
        self.spec.input_shape = shape
        self.spec.num_classes = self.classes.value()
        return self.spec

    def rebuild(self, *_):
        self._update_api_note()
        if not self.tf_ready:
            return
        try:
            spec = self._spec()
            spec.validate()
        except ValueError as e:
            self.message.show_message(describe(e))
            return
        api = self.api.currentData()
        self.origin = {}           # what an export rebuilds: the builder's spec
        self.code.setPlainText(models.code(spec, api))
        import copy
        self.start(build_job, copy.deepcopy(spec), api, done=self._succeeded, error=self._failed,
                   key="build",
                   label=self.tr("Building the Keras model…"))

    def _show(self):
        r = self.result
        if r is None:
            return
        self.summary.setPlainText(r["summary"])
        self.summary_cols = 66     # what the worker printed; refitted to the view next
        self._summary_asked = None
        self.summary_timer.start()
        lines = [f"model.inputs  → {', '.join(r['inputs'])}",
                 f"model.outputs → {', '.join(r['outputs'])}",
                 self.tr("paths from input to output: {0}").format(r["paths"]),
                 self.tr("parameters: {0:,}").format(r["params"]), "", "model.layers:"]
        lines += [f"  {n:<14} {k:<12} {s:<14} {p:>8,}" for n, k, s, p in r["layers"]]
        self.attrs.setPlainText("\n".join(lines))
        self.step_btn.setEnabled(True)
        if r["graph"] is not self.explorer.full:
            self.explorer.set_expanded(set())     # a new model starts folded
        self.explorer.show_graph(r["graph"], r["shown"], r["pos"])

    # -- files ------------------------------------------------------------------------------
    def _save(self):
        path = self.save_path(self.tr("Save the model"), "model.keras", "Keras (*.keras)")
        if path and self.result:
            self.save_to(path)

    def save_to(self, path):
        self.start(lambda p, state=None, m=self.result["model"]: str(models.save(m, p)), path,
                   done=lambda p: self.message.show_message(self.tr("Saved {0}").format(p),
                                                            "good"),
                   error=self._failed, label=self.tr("Saving…"))

    def _open(self):
        path = self.open_path(self.tr("Open a Keras model"),
                              "Keras (*.keras *.h5 *.hdf5);;* (*)")
        if path:
            self.open_file(path)

    def _open_dir(self):
        from PySide6.QtWidgets import QFileDialog
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a SavedModel folder"))
        if path:
            self.open_saved_model(path)

    def open_saved_model(self, path):
        """A SavedModel folder: its signatures, and the ops of the serving one drawn."""
        def done(result):
            self.origin = {"saved_model": str(path)}
            info = result["saved_model"]
            self.explorer.set_expanded(set())
            self.result = None         # no Keras model: nothing to save, trace or summarise
            self.step_btn.setEnabled(False)
            self.summary.setPlainText("")
            lines = [self.tr("SavedModel {0}: signatures").format(info.name)]
            lines += [f"  {k}{v}" for k, v in info.signatures.items()]
            lines += ["", self.tr("drawn: {0}, {1} ops (saved functions inlined)").format(
                info.signature, len(info.graph))]
            self.attrs.setPlainText("\n".join(lines))
            self.code.setPlainText(f"loaded = tf.saved_model.load({str(path)!r})\n"
                                   f"f = loaded.signatures[{info.signature!r}]\n")
            self.explorer.show_graph(result["graph"], result["shown"], result["pos"])
            self.message.show_message(self.tr("Opened the SavedModel {0}: {1} signatures; "
                                              "{2} drawn").format(
                info.name, len(info.signatures), info.signature), "good")
        self.start(saved_model_job, path, done=done, error=self._failed, key="build",
                   label=self.tr("Loading the SavedModel…"))

    def _relayout(self, expanded):
        graph = self.explorer.full
        if graph is None:
            return

        def done(res, graph=graph):
            if self.explorer.full is graph:
                if self.result is not None and self.result["graph"] is graph:
                    self.result["shown"], self.result["pos"] = res
                self.explorer.show_graph(graph, *res)
        self.start(drawn, graph, set(expanded), done=done, error=self._failed, key="relayout",
                   uses_device=False, label=self.tr("Laying out the diagram…"))

    def open_application(self, name):
        """A keras.applications architecture with random weights: nothing downloaded."""
        if not name or not self.tf_ready:
            return
        shape = models.APPLICATIONS[name]

        def done(result):
            self.origin = {"application": name, "input_shape": list(shape)}
            self._succeeded(result)
            self.code.setPlainText(
                f"model = tf.keras.applications.{name}(weights=None, input_shape={shape}, "
                "classes=10)\n" + self.tr("# random weights: nothing is downloaded"))
            self.message.show_message(self.tr("{0}: {1} layers, {2:,} parameters").format(
                name, len(result["layers"]), result["params"]), "good")
        self.start(lambda n, state=None: describe_model(models.application(n), state), name,
                   done=done, error=self._failed, key="build",
                   label=self.tr("Building {0}…").format(name))

    def open_file(self, path):
        def done(result):
            self.origin = {"file": str(path)}
            self._succeeded(result)
            self.code.setPlainText(self.tr("# Loaded from {0} in Keras safe mode").format(path))
            self.message.show_message(self.tr("Opened {0}").format(path), "good")
        self.start(load_job, path, done=done, error=self._failed,
                   label=self.tr("Loading the model…"))

    def _save_weights(self):
        path = self.save_path(self.tr("Save the weights"), "model.weights.h5",
                              "Weights (*.weights.h5)")
        if path and self.result:
            self.start(lambda p, state=None, m=self.result["model"]: str(
                models.save_weights(m, p)), path, error=self._failed,
                done=lambda p: self.message.show_message(self.tr("Saved {0}").format(p), "good"))

    def _load_weights(self):
        path = self.open_path(self.tr("Load weights"), "Weights (*.weights.h5)")
        if path and self.result:
            self.start(lambda p, state=None, m=self.result["model"]: describe_model(
                models.load_weights(m, p)), path, done=self._succeeded, error=self._failed)

    def run_sample(self):
        """A digit (or inputs made from the model's specs) through the model, layer by layer."""
        if not self.result or "model" not in self.result:
            return
        res = self.result

        def done(out, res=res):
            if self.result is not res:
                return
            outs = dict(out["outputs"])
            full = self.explorer.full
            texts, tips, pictures = {}, {}, {}
            if full is not None and self.view.graph is not None:
                outs.update({n.name: out["x"] for n in full.nodes if n.op == "InputLayer"})
                # A folded block shows its output: the last layer in it that others read.
                _order, boxes = graphs.shown_values(full, self.view.graph, outs)
                for name, v in boxes.items():
                    texts[name] = models.output_text(v)
                    tips[name] = str(v.shape)
                    # Feature maps as tiles, a Dense layer's activations as a strip.
                    pictures[name] = graphs.value_picture(v, channels=8)
            self.view.set_values(texts, tips, pictures)
            last = texts.get(full.outputs[0], "") if full is not None and full.outputs else ""
            if out["label"] is not None:
                self.message.show_message(self.tr(
                    "A bundled digit {0} went through the model: its output says {1}.").format(
                    out["label"], last), "good")
            else:
                self.message.show_message(self.tr(
                    "A sample made from the model's input shapes went through: {0}.").format(
                    last), "good")
            self.offer({"forward": out})
        self.start(forward_job, res["model"], done=done, error=self._failed, key="forward",
                   label=self.tr("Running a sample through the model…"))

    def round_trip(self):
        if not self.result:
            return
        def done(d, model=self.result["model"]):
            self.offer({"model": model, "round_trip": d})
            if d["weights"] is None:
                self.message.show_message(self.tr(
                    "Reloaded with load_model(): largest difference {0:g}. A clone with "
                    "load_weights() could not predict: {1} (weights alone do not carry every "
                    "layer's state, e.g. a vocabulary).").format(d["full"], d["weights_why"]),
                    "warn")
                return
            same = d["full"] == 0.0 and d["weights"] == 0.0
            self.message.show_message(self.tr(
                "Reloaded with load_model(): largest difference {0:g}. With load_weights(): "
                "{1:g}. {2}").format(d["full"], d["weights"], self.tr("Identical predictions.")
                                     if same else ""), "good" if same else "warn")
        self.start(round_trip_job, self.result["model"], self.result["probe"], done=done,
                   error=self._failed, label=self.tr("Saving and reloading…"))

    def activate(self):
        self.rebuild()

    def export_state(self) -> dict:
        from dataclasses import asdict
        return {"api": self.api.currentData(), "spec": asdict(self.spec),
                "origin": dict(getattr(self, "origin", {}))}

    def run_demo(self):
        self._demo = True
        if self.result and not self.tasks:
            self.finish_demo()
        elif not self.tasks:
            self.rebuild()


PANEL = ModelsPanel
