"""Sections 4 and 5: a tf.function traced into a graph, Grappler's version of it, AutoGraph."""
from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLabel, QListWidget, QSplitter,
                               QProgressBar, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from tfvisual.core import calls, devices, graphs, sandbox
from tfvisual.core.errors import QT_TRANSLATE_NOOP, Problem
from tfvisual.core.layout import layout

from ..i18n import describe
from ..theme import mono_font, palette_of
from ..widgets.code_view import CodeView
from ..widgets.graph_explorer import GraphExplorer
from ..widgets.graph_view import GraphView
from ..widgets.plots import make_plot, pen, refresh_title, set_title, style_plot
from ..widgets.flow import WrapButton
from .base import MessageLine, Panel, TextView, flow, header_tips, lesson_view, scroll_area

BIG = 300   # graphs with more nodes than this start folded by name scope
CNN = "cnn_train_step"


def _view(g, expanded, state):
    """A graph, what is drawn of it (folded by name scope when big) and its layout."""
    g.group_parents()      # here, not on the GUI thread
    shown = _shown(g, expanded)
    return g, shown, layout(shown, state)


def _shown(g, expanded):
    """What is drawn: a big graph folded by name scope, control-flow bodies folded."""
    if len(g) > BIG:
        return graphs.collapse(g, expanded)
    return graphs.fold_bodies(g, expanded) if g.bodies else g


def _views(before, after, expanded, state):
    return {"before": _view(before, expanded, state), "after": _view(after, expanded, state)}


def trace_job(source, rows, previous, expanded, state=None, where=None):
    """Everything the panel shows for one trace; runs on a worker thread. (``previous`` is
    no longer needed: the sandbox keeps the last source's tf.function itself.)"""
    if source == CNN:
        state.progress(0.05, "building the CNN training step")
        before = graphs.cnn_train_step_graph()
        used, code = _step_inputs(before), ""
    else:
        # In the sandbox: the learner's code runs there only, and is traced once.
        state.progress(0.02, "tracing")
        traced = sandbox.call(graphs.trace_source, source, rows, state=state, device=where)
        before, used, code = traced["before"], traced["used"], traced["autograph"]
    if len(before) > BIG:
        # A big graph is drawn as traced first; Grappler's version and the diff follow
        # (``grappler_job``): they took as long again before anything showed.
        views, d = {"before": _view(before, expanded, state)}, None
    else:
        state.progress(0.3, "Grappler")
        after = graphs.optimize(before)
        d = graphs.diff(before, after)
        state.progress(0.5, "layout")
        views = _views(before, after, expanded, state)
    state.progress(1.0, "")
    mine = source != CNN
    return {"source": source, "fn": (source, None, traced["signatures"]) if mine else None,
            "form": traced["form"] if mine else None,
            "views": views, "diff": d, "autograph": code, "timing": None, "used": used,
            "signatures": traced["signatures"] if mine else [],
            "signature": traced["signature"] if mine else "", "big": len(before) > BIG,
            "to_time": (source, rows, where) if mine else None}


def timing_job(source, rows, device, state=None):
    """Eager against tf.function, after the graph is on screen (a slow or endless function no
    longer hides its diagram), in the sandbox: Stop ends even a call stuck in a kernel."""
    return sandbox.call(graphs.time_source, source, rows, state=state, device=device)


def calls_job(source, calls_text, device, state=None):
    """The call log, in the sandbox: the calls run the learner's code."""
    return sandbox.call(calls.call_log, source, calls_text, state=state, device=device)


def _value_tip(v) -> str:
    """The whole value for a tooltip (a summary's numbers for a big one)."""
    import numpy as np
    if isinstance(v, graphs.Summary):
        return f"{v.dtype}{list(v.shape)}\nmin {v.min:.4g}  max {v.max:.4g}  mean {v.mean:.4g}"
    a = np.asarray(v)
    text = np.array2string(a, threshold=200, precision=4)
    return f"{a.dtype}{list(a.shape)}\n{text}"


def values_job(before, after, rows, state=None):
    """Every op's value, traced and after Grappler, each from one TensorFlow run."""
    inputs = [graphs.input_value(text, dt, sh) for _name, dt, sh, text in rows]
    state.progress(0.1, "")
    out = {"before": graphs.run_values(before, inputs, state)}
    graphs.run_order(before)        # here, not at the first step on the GUI thread
    if after is not None:
        out["after"] = graphs.run_values(after, inputs, state)
        graphs.run_order(after)
    state.progress(1.0, "")
    return out


class _Part:
    """A share [lo, hi] of a task's progress, for a step that reports 0..1 itself."""

    def __init__(self, state, lo, hi):
        self.state, self.lo, self.hi = state, lo, hi

    def check(self):
        self.state.check()

    def progress(self, f, message=""):
        self.state.progress(self.lo + (self.hi - self.lo) * f, message)


def train_step_job(model, expanded, state=None):
    """A Keras model's training step (forward, loss, gradient, Adam update) as the panel's
    graph, drawn before Grappler runs (``grappler_job`` follows: on ResNet50 it takes as
    long as the picture). Tracing builds a graph and runs nothing: the learner's weights
    stay as they are, and the optimizer is a new one (a copy of the model, once made here,
    cost 1.3 s of ResNet50's random initialisation)."""
    before = graphs.train_step_graph(model, _Part(state, 0.0, 0.9))
    views = {"before": _view(before, expanded, state)}
    state.progress(1.0, "")
    return {"source": f"train step of {model.name}", "fn": None, "views": views,
            "diff": None, "autograph": "", "timing": None, "used": _step_inputs(before),
            "signatures": [], "signature": "", "big": len(before) > BIG, "to_time": None,
            "model": model.name}


def _step_inputs(graph):
    """A training step's inputs (images, labels) as rows of the table: run with random."""
    return [(n.name, n.outputs[0][0], n.outputs[0][1], "random") for n in graph.nodes
            if n.op == "Placeholder" and n.name not in graph.captured and n.outputs]


def grappler_job(before, expanded, state=None):
    """Grappler's version of a graph already on screen, and what it changed."""
    state.progress(0.1, "Grappler")
    after = graphs.optimize(before)
    state.progress(0.9, "layout")
    return _view(after, expanded, state), graphs.diff(before, after)


def passes_job(before, state=None):
    return graphs.pass_effects(before, state)


def relayout_job(graph, expanded, state=None):
    return _view(graph, expanded, state)


class GraphsPanel(Panel):
    name = "graphs"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.fn_cache = None
        self.trace_history: dict[str, dict] = {}
        self.example = QComboBox()
        for key in graphs.EXAMPLES:
            self.example.addItem(key, key)
        self.example.addItem("", CNN)
        self.example.currentIndexChanged.connect(self._pick_example)
        self.editor = CodeView(graphs.EXAMPLES["compute"])
        self.editor.hovered_line.connect(self._code_hover)
        self.specs = QTableWidget(0, 4)
        self.specs.verticalHeader().setVisible(False)
        self.specs.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.specs.setMaximumHeight(160)
        self._fill_specs(graphs.EXAMPLE_SPECS["compute"])
        self.trace_btn = WrapButton()
        self.trace_btn.setObjectName("primary")
        self.trace_btn.setShortcut("F5")
        self.trace_btn.clicked.connect(self.trace)
        self.stop_btn = self.stop_button()
        self.message = MessageLine()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)   # no text on the chunk's colour
        self.progress.hide()
        self.busy.connect(self.progress.setVisible)

        self.view = GraphView()
        self.view.node_clicked.connect(self._node_clicked)
        self.view.node_hovered.connect(self._node_hovered)
        self.explorer = GraphExplorer(self.view)
        self.explorer.expanded_changed.connect(self._relayout)
        self.editor.line_clicked.connect(self._code_clicked)
        # A toggle button, not a check box: its text wraps at a projector's font size.
        self.after_box = WrapButton()
        self.after_box.setCheckable(True)
        self.after_box.setObjectName("grappler")
        self.after_box.setShortcut("G")
        self.after_box.toggled.connect(self._show_graph)
        self.diff_label = QLabel()
        self.diff_label.setWordWrap(True)
        self.fit_btn = WrapButton()
        self.fit_btn.clicked.connect(self.view.fit_all)
        self.png_btn, self.svg_btn, self.dot_btn = WrapButton(), WrapButton(), WrapButton()
        self.png_btn.clicked.connect(lambda: self._export("png"))
        self.svg_btn.clicked.connect(lambda: self._export("svg"))
        self.dot_btn.clicked.connect(lambda: self._export("dot"))
        self.tb_btn = WrapButton()
        self.tb_btn.clicked.connect(self._export_tensorboard)
        # Running it step by step: every op's value, TensorFlow's, on its box.
        self.run_btn = WrapButton()
        self.run_btn.setShortcut("F10")
        self.run_btn.clicked.connect(self.run_step_by_step)
        self.home_btn, self.back_btn = WrapButton(), WrapButton()
        self.fwd_btn, self.play_btn = WrapButton(), WrapButton()
        for b, key, slot in ((self.home_btn, "Home", lambda: self.step_to(0)),
                             (self.back_btn, "Left", lambda: self.step_to(self.stepped - 1)),
                             (self.fwd_btn, "Right", lambda: self.step_to(self.stepped + 1)),
                             (self.play_btn, "Space", self.toggle_play)):
            b.setShortcut(key)
            b.clicked.connect(slot)
        self.run_values = None      # {"before": {name: value}, "after": …} from one run
        self._step_cache = {}       # key -> (drawn graph, values, its steps)
        self._pictures = {}         # (run, box, value) -> its heat map
        self.stepped = 0            # ops shown with their values
        self.play_timer = QTimer(self, interval=700)
        self.play_timer.timeout.connect(self._play_tick)
        self.autograph = CodeView("", read_only=True)
        self.speed_plot = make_plot()
        self.bars = pg.BarGraphItem(x=[0, 1], height=[0, 0], width=0.6)
        self.speed_plot.addItem(self.bars)
        self.speed_label = QLabel()
        self.speed_label.setWordWrap(True)
        self.sweep_plot = make_plot()
        self.sweep_plot.setLogMode(x=True, y=True)
        self.sweep_plot.getAxis("left").enableAutoSIPrefix(False)
        self.sweep_eager = self.sweep_plot.plot([], [], symbol="o")
        self.sweep_graph = self.sweep_plot.plot([], [], symbol="s")
        self.sweep_label = QLabel()
        self.sweep_label.setWordWrap(True)
        stab = QWidget()
        sl = QVBoxLayout(stab)
        sl.addWidget(self.speed_label)
        sl.addWidget(self.speed_plot, 1)
        sl.addWidget(self.sweep_label)
        sl.addWidget(self.sweep_plot, 1)
        self.details = TextView()
        self.counts = QTableWidget(0, 3)      # op type: before, after Grappler
        self.counts.setObjectName("op_counts")
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.counts.horizontalHeader().setStretchLastSection(True)
        self.counts.setSortingEnabled(True)
        self.passes_label = QLabel()
        self.passes_label.setWordWrap(True)
        self.passes_btn = WrapButton()
        self.passes_btn.clicked.connect(self.explain_passes)
        ctab = QWidget()
        cl = QVBoxLayout(ctab)
        cl.addWidget(self.counts, 1)
        cl.addWidget(self.passes_btn)
        cl.addWidget(self.passes_label)
        self.sig_list = QListWidget()
        self.sig_list.currentRowChanged.connect(self._pick_signature)
        self.details_label, self.sig_label = QLabel(), QLabel()
        self.details_label.setWordWrap(True)
        self.sig_label.setWordWrap(True)
        self.code_label, self.spec_label = QLabel(), QLabel()
        # Trace versus run: the learner's calls, each logged as traced or reused, and why.
        self.calls_label = QLabel()
        self.calls_label.setWordWrap(True)
        self.calls_edit = CodeView(calls.EXAMPLE_CALLS["compute"])
        self.calls_btn = WrapButton()
        self.calls_btn.clicked.connect(self.run_calls)
        self.calls_view = TextView()
        self.calls_view.setObjectName("call_log")
        self.call_log = None
        calls_tab = QWidget()
        cv = QVBoxLayout(calls_tab)
        cv.addWidget(self.calls_label)
        # The log gets the room; the calls can be dragged taller.
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.calls_edit)
        split.addWidget(self.calls_view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        cv.addWidget(split, 1)
        cv.addWidget(self.calls_btn)
        self.lesson = lesson_view()

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.example)
        ll.addWidget(self.code_label)
        ll.addWidget(self.editor, 1)
        ll.addWidget(self.spec_label)
        ll.addWidget(self.specs)
        ll.addWidget(flow(self.png_btn, self.svg_btn, self.dot_btn, self.tb_btn))
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.addWidget(self.diff_label)
        for label, widget, stretch in ((self.details_label, self.details, 3),
                                       (self.sig_label, self.sig_list, 2)):
            dl.addWidget(label)
            dl.addWidget(widget, stretch)
        self.set_stage(self.explorer, actions=(self.trace_btn, self.stop_btn, self.after_box,
                                               self.fit_btn, self.run_btn,
                                               flow(self.home_btn, self.back_btn,
                                                    self.fwd_btn, self.play_btn),
                                               self.progress),
                       controls=left,
                       tabs=((details, lambda: self.tr("Details")),
                             (ctab, lambda: self.tr("Op counts")),
                             (calls_tab, lambda: self.tr("Trace or run?")),
                             (self.autograph, lambda: self.tr("AutoGraph code")),
                             (scroll_area(stab), lambda: self.tr("Eager vs graph speed")),
                             (self.lesson, lambda: self.tr("Lesson"))))
        self.retranslate()

    def title(self):
        return self.tr("Graphs and Grappler")

    def retranslate(self):
        names = {"compute": self.tr("compute(a, b, c): the chapter"),
                 "tf_function": self.tr("@tf.function above compute: the chapter"),
                 "trace_vs_run": self.tr("print or tf.print: trace or run?"),
                 "if_for": self.tr("Python while and if → while_loop and cond"),
                 "dense": self.tr("A Keras Dense layer call"),
                 "variable": self.tr("A function with a tf.Variable"),
                 "constant_folding": self.tr("Constant folding"),
                 CNN: self.tr("Big: a small CNN's training step (thousands of nodes)")}
        for i in range(self.example.count()):
            self.example.setItemText(i, names[self.example.itemData(i)])
        self.code_label.setText(self.tr("Python code (the last function defined is traced):"))
        self.spec_label.setText(self.tr("Input signature (None = unknown dimension):"))
        self.specs.setHorizontalHeaderLabels([self.tr("argument"), self.tr("dtype"),
                                              self.tr("shape"), self.tr("run with")])
        header_tips(self.specs)
        self.specs.horizontalHeaderItem(3).setToolTip(self.tr(
            "The value each argument gets when you run it step by step: a number, a list "
            "such as [1.0, 2.0], or zeros, ones or random in the argument's shape"))
        self.trace_btn.setText(self.tr("Trace with tf.function (F5)"))
        self.stop_btn.setText(self.tr("Stop (Esc)"))
        self.after_box.setText(self.tr("After Grappler (G)"))
        self.fit_btn.setText(self.tr("Fit"))
        self.png_btn.setText("PNG…")
        self.svg_btn.setText("SVG…")
        self.dot_btn.setText("DOT…")
        self.tb_btn.setText(self.tr("Export to TensorBoard…"))
        self.run_btn.setText(self.tr("Run it step by step (F10)"))
        self.run_btn.setToolTip(self.tr("Run the function once with the values in the table's "
                                        "last column and show each op's value, op by op"))
        self.home_btn.setText("|◀")
        self.home_btn.setToolTip(self.tr("Back to the start (Home)"))
        self.back_btn.setText("◀")
        self.back_btn.setToolTip(self.tr("One op back (←)"))
        self.fwd_btn.setText("▶|")
        self.fwd_btn.setToolTip(self.tr("One op forward (→)"))
        self._play_text()
        self.tb_btn.setToolTip(self.tr("Write the traced graph and Grappler's version as two "
                                       "TensorBoard runs, before and after"))
        self.details_label.setText(self.tr("Node details (click a node)"))
        self.sig_label.setText(self.tr("Traced signatures (concrete functions)"))
        self.speed_plot.setTitle(self.tr("Median time per call"))
        self.speed_plot.setLabel("left", self.tr("microseconds"))
        self.sweep_plot.setLabel("left", self.tr("ms per call"))
        self.sweep_plot.setLabel("bottom", self.tr("length of each unknown dimension"))
        self.sweep_eager.opts["name"] = self.tr("eager")
        self.sweep_graph.opts["name"] = "tf.function"
        set_title(self.sweep_plot, self.tr("As the input grows"))
        self.view.setToolTip(self.tr("Wheel or Ctrl +/− to zoom, drag to pan, click a node, "
                                     "double-click a folded scope to open it"))
        self.explorer.retranslate()
        self.counts.setHorizontalHeaderLabels([self.tr("op type"), self.tr("traced"),
                                               self.tr("after Grappler")])
        header_tips(self.counts)
        self.passes_btn.setText(self.tr("What does each Grappler pass remove?"))
        self.passes_btn.setToolTip(self.tr("Runs each pass alone on the traced graph"))
        self.calls_label.setText(self.tr("One call per line:"))
        self.calls_label.setToolTip(self.tr(
            "Calls, one per line: each runs the function once. The log shows which calls "
            "traced a new graph and why, read from TensorFlow's own trace count."))
        self.calls_btn.setText(self.tr("Run the calls"))
        self.lesson.setHtml(self._lesson_html())
        self._show_counts()
        self._show_summary()
        self._show_timing()
        self._show_calls()

    def _lesson_html(self):
        return self.tr(
            "<h3>Graphs</h3>"
            "<p>TensorFlow represents a computation as a <b>graph</b> of operations. A graph "
            "lets TensorFlow run some operations on the CPU and the rest on a GPU, run parts "
            "of a distributed model on different machines, and optimise the graph to avoid "
            "unnecessary operations (lesson 7 shows where each op ran).</p>"
            "<h3>Grappler, the graph optimiser</h3>"
            "<p>In <code>compute</code>, <code>a * b</code> is written twice. Eager "
            "execution runs each operation the moment Python reaches it, so it computes "
            "<code>a * b</code> twice: it never sees the whole function. A graph is seen "
            "whole before it runs: Grappler keeps one <code>a * b</code> and hands its result "
            "to both readers (press G). Operations that do not depend on each other have no "
            "path between them in the graph, so TensorFlow's executor may run them at the "
            "same time.</p>"
            "<h3>tf.function and AutoGraph</h3>"
            "<p><code>@tf.function</code> above <code>def compute</code> is the same as "
            "<code>compute = tf.function(compute)</code>: both give a function that is "
            "traced into a graph. AutoGraph rewrites Python <code>if</code> and "
            "<code>while</code> on tensors into <code>tf.cond</code> and "
            "<code>tf.while_loop</code> (the <i>AutoGraph code</i> tab), so they become "
            "graph operations.</p>"
            "<p>Use it to export a model to other devices (a SavedModel stores the graphs) "
            "or when speed matters and graph optimisation helps. A small function can be "
            "slower as a graph: each call has a fixed cost, which pays when the function "
            "runs many operations per call (the speed tab measures it).</p>"
            "<h3>Trace or run?</h3>"
            "<p>The first call <b>traces</b> the Python function into a graph; later calls "
            "with a matching signature only <b>run</b> the graph. Python's "
            "<code>print</code> runs while tracing; <code>tf.print</code> is an operation "
            "in the graph and prints on every call. A new Python value, a new shape or a "
            "new dtype traces again; <code>input_signature</code> or "
            "<code>reduce_retracing=True</code> keep one graph for many shapes.</p>"
            "<h3>Differentiation</h3>"
            "<p>A graph records which operation feeds which, so it can be differentiated. In "
            "eager mode each operation runs on its own; TensorFlow 2 records them on a "
            "<b>gradient tape</b> instead (lesson 4).</p>")

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        self.editor.set_theme(theme)
        self.editor.set_font_size(pt)
        self.autograph.set_theme(theme)
        self.autograph.set_font_size(max(8, pt - 1))
        self.explorer.set_theme(theme, pt)
        style_plot(self.speed_plot, theme, pt)
        style_plot(self.sweep_plot, theme, pt)
        # Scrolled rather than crushed at a projector's font size.
        for plot in (self.speed_plot, self.sweep_plot):
            plot.setMinimumHeight(12 * pt)
        for i, curve in enumerate((self.sweep_eager, self.sweep_graph)):
            curve.setPen(pen(theme, 1 - i))
            curve.setSymbolBrush(palette_of(theme).curves[1 - i])
        refresh_title(self.sweep_plot)
        t = palette_of(theme)
        self.bars.setOpts(brushes=[pg.mkBrush(t.curves[1]), pg.mkBrush(t.curves[0])],
                          pen=pg.mkPen(t.text))
        self.details.setFont(mono_font(max(8, pt - 1)))

    # -- input ------------------------------------------------------------------------------
    def _fill_specs(self, specs):
        old = {self.specs.item(r, 0).text(): self.specs.item(r, 3).text()
               for r in range(self.specs.rowCount())
               if self.specs.item(r, 0) and self.specs.item(r, 3)}
        self.specs.setRowCount(len(specs))
        for r, (name, dt, sh, *given) in enumerate(specs):
            value = old.get(name) or (given[0] if given else graphs.default_input(dt, sh, r))
            for c, text in enumerate((name, dt, sh, value)):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.specs.setItem(r, c, item)

    def _run_rows(self):
        """(argument, dtype, shape, value text) per row, for a run."""
        return [tuple(self.specs.item(r, c).text() if self.specs.item(r, c) else ""
                      for c in range(4)) for r in range(self.specs.rowCount())]

    def _rows(self):
        return [tuple(self.specs.item(r, c).text() if self.specs.item(r, c) else ""
                      for c in range(3)) for r in range(self.specs.rowCount())]

    @property
    def expanded(self) -> set[str]:
        """The groups shown opened (the explorer keeps them)."""
        return self.explorer.expanded

    def _pick_example(self, i):
        key = self.example.itemData(i)
        self.explorer.set_expanded(set())
        self.calls_edit.setPlainText(calls.EXAMPLE_CALLS.get(key, ""))
        self.call_log = None
        self._show_calls()
        if key == CNN:
            self.editor.setPlainText(self.tr("# The training step of a small Keras CNN:\n"
                                             "# Conv2D, Conv2D, Dense, Adam, GradientTape.\n"))
            self.editor.setReadOnly(True)
            self._fill_specs([])
        else:
            self.editor.setReadOnly(False)
            self.editor.setPlainText(graphs.EXAMPLES[key])
            self._fill_specs(graphs.EXAMPLE_SPECS[key])
        self.trace()

    def trace(self):
        if not self.tf_ready:
            return
        source = CNN if self.example.currentData() == CNN else self.editor.toPlainText()
        self.start(trace_job, source, self._rows(), self.fn_cache, set(self.expanded),
                   where=devices.current(), done=self._traced, error=self._failed, key="trace",
                   cancelled=lambda: self.message.show_message(self.tr("Stopped."), "warn"),
                   progress=lambda f, _m: self.progress.setValue(int(f * 100)),
                   label=self.tr("Tracing with tf.function…"))

    # -- running it step by step ------------------------------------------------------------
    def run_step_by_step(self):
        """Run the traced function (and Grappler's version) once with the table's values;
        then walk the diagram op by op (a folded group as one step) with each value on its
        box."""
        if not self.result:
            self.message.show_message(self.tr("Trace a function first."), "warn")
            return
        views = self.result["views"]
        after = views["after"][0] if "after" in views else None
        res = self.result

        def done(values, res=res):
            if self.result is not res:
                return
            self.run_values = values
            self.step_to(0)
            self.toggle_play(True)
            if res["fn"] is not None:
                self.offer({"values": values, "before": views["before"][0], "after": after})
        self.start(values_job, views["before"][0], after, self._run_rows(), done=done,
                   error=self._failed, key="values",
                   progress=lambda f, _m: self.progress.setValue(int(f * 100)),
                   label=self.tr("Running the graph and fetching every value…"))

    def _steps(self, key=None):
        """The drawn boxes that have a value, in an order TensorFlow could run them, and
        their values (a folded group's: its output)."""
        if self.run_values is None or not self.result:
            return [], {}
        if key is None:
            key = "after" if self.after_box.isChecked() and "after" in self.run_values \
                else "before"
        if key not in self.run_values or key not in self.result["views"]:
            return [], {}
        full, shown, _ = self.result["views"][key]
        cache = self._step_cache.get(key)
        if cache is None or cache[0] is not shown or cache[1] is not self.run_values:
            cache = (shown, self.run_values,
                     graphs.shown_values(full, shown, self.run_values[key]))
            self._step_cache[key] = cache
        return cache[2]

    def _picture(self, name, value):
        """A box's heat map, made once per run (a step redraws only what is new)."""
        key = (id(self.run_values), name, id(value))
        if key not in self._pictures:
            if len(self._pictures) > 20_000:
                self._pictures.clear()
            self._pictures[key] = graphs.value_picture(value)
        return self._pictures[key]

    def _badge(self, node, value) -> str:
        """What a box says when its op has run."""
        if node.op in ("While", "StatelessWhile"):     # output 0 is the loop's counter
            return self.tr("{0} iterations").format(int(value))
        return graphs.value_text(value)

    def step_to(self, k):
        order, values = self._steps()
        if not order:
            return
        shown = self.current()[1]
        self.stepped = max(0, min(len(order), k))
        done = order[:self.stepped]
        self.view.set_values({n: self._badge(shown.node(n), values[n]) for n in done},
                             {n: _value_tip(values[n]) for n in done},
                             {n: self._picture(n, values[n]) for n in done})
        self.view.set_highlight(done[-1:])
        if done:
            node = shown.node(done[-1])
            text = graphs.summary_text(values[node.name]) if node.op == "Scope" \
                else graphs.value_text(values[node.name], 40)
            self.message.show_message(self.tr("Op {0} of {1}: {2} ({3}) = {4}").format(
                self.stepped, len(order), node.name,
                self.tr("group") if node.op == "Scope" else node.op, text), "good")
        else:
            # Grappler's saving, seen: the same run takes fewer ops.
            self.message.show_message(self.tr(
                "{0} ops to run ({1} traced, {2} after Grappler): → steps, Space plays.").format(
                len(order), len(self._steps("before")[0]), len(self._steps("after")[0])),
                "good")
        if self.stepped >= len(order):
            self.toggle_play(False)

    def toggle_play(self, on=None):
        on = not self.play_timer.isActive() if on is None else on
        if on and self.run_values is not None:
            if self.stepped >= len(self._steps()[0]):
                self.step_to(0)
            self.play_timer.start()
        else:
            self.play_timer.stop()
        self._play_text()

    def _play_text(self):
        self.play_btn.setText(self.tr("❚❚ Pause") if self.play_timer.isActive()
                              else self.tr("▶ Play"))
        self.play_btn.setToolTip(self.tr("Play or pause (Space)"))

    def _play_tick(self):
        self.step_to(self.stepped + 1)

    def _stop_stepping(self):
        self.play_timer.stop()
        self.run_values = None
        self.stepped = 0
        self._play_text()

    def run_calls(self):
        """Call the function once per line and log trace or reuse (on a worker)."""
        if not self.tf_ready or self.example.currentData() == CNN:
            return
        self.calls_view.setHtml(self.tr("Running the calls…"))
        self.start(calls_job, self.editor.toPlainText(), self.calls_edit.toPlainText(),
                   devices.current(), uses_device=False, done=self._calls_done, error=self._calls_failed, key="calls",
                   label=self.tr("Running the calls…"))

    def _calls_done(self, log):
        self.call_log = log
        self._show_calls()
        self.offer({"calls": log})
        self._end_demo_when_idle()

    def _calls_failed(self, message, _line):
        self.call_log = None
        self.calls_view.setHtml(f"<p>{html.escape(message)}</p>")
        self._end_demo_when_idle()

    def _end_demo_when_idle(self):
        """The demo ends with the timing done too (a screenshot shows every tab filled)."""
        if not self._demo:
            return
        if self.tasks:
            QTimer.singleShot(100, self._end_demo_when_idle)
        else:
            self.finish_demo(True, "")

    def _show_calls(self):
        log = self.call_log
        if log is None:
            self.calls_view.setHtml(self.tr("<p>Press <b>Run the calls</b>.</p>"))
            return
        traced = sum(c.traced for c in log.calls)
        ok = [c for c in log.calls if c.error is None]
        printed = sum(bool(c.prints) for c in ok)
        tf_printed = sum(bool(c.tf_prints) for c in ok)
        out = [f"<p><b>{html.escape(self._form_text(log.form, log.name, log.fn))}</b></p>",
               "<p>" + self.tr("{0} calls, {1} traces: Python's print printed during {2} "
                               "calls, tf.print during {3}.").format(len(log.calls), traced,
                                                                     printed, tf_printed)
               + "</p><ol>"]
        for c in log.calls:
            item = [f"<code>{html.escape(c.text)}</code>"]
            if c.error is not None:
                item.append(self.tr("failed: {0}").format(html.escape(describe(c.error))))
            else:
                if c.traced:
                    why = QCoreApplication.translate("core", calls.REASONS[c.reason]).format(
                        detail=c.detail)
                    item.append("<b>" + self.tr("traced") + "</b>: " + html.escape(why))
                else:
                    item.append(self.tr("ran the graph traced for ({0})").format(
                        html.escape(c.signature)))
                for line in c.prints:
                    item.append("print: " + html.escape(line))
                for line in c.tf_prints:
                    item.append("tf.print: " + html.escape(line))
                item.append("→ " + html.escape(c.result))
            out.append("<li>" + "<br>".join(item) + "</li>")
        out.append("</ol>")
        self.calls_view.setHtml("".join(out))

    def _form_text(self, form, name, fn):
        return QCoreApplication.translate("core", graphs.FORMS[form]).format(name=name, fn=fn)

    def _form_line(self) -> str:
        """Which form of tf.function the code used (the summary's first line)."""
        form = (self.result or {}).get("form")
        if not form:
            return ""
        text = self._form_text(form[0], form[1], form[3])
        if form[2]:
            text += " " + self.tr("(its input_signature fills the table)")
        return text

    def show_train_step(self, model):
        """Trace ``model``'s training step into this panel (the models panel asks)."""
        if not self.tf_ready:
            return
        self.activated = True      # no example trace on first showing: this one is wanted
        self.explorer.set_expanded(set())
        self.message.show_message(self.tr("Tracing the training step of {0}…").format(
            model.name), "good")
        self.start(train_step_job, model, set(),
                   done=self._traced, error=self._failed, key="trace",
                   cancelled=lambda: self.message.show_message(self.tr("Stopped."), "warn"),
                   progress=lambda f, _m: self.progress.setValue(int(f * 100)),
                   label=self.tr("Tracing the training step of {0}…").format(model.name))

    # -- results ----------------------------------------------------------------------------
    def _traced(self, result):
        self._stop_stepping()
        self.result = result
        self.fn_cache = result["fn"]
        self.message.clear_message()
        if result.get("model"):
            self.message.show_message(self.tr(
                "The training step of {0}: forward pass, loss, tape.gradient and Adam's "
                "update, traced with tf.function.").format(result["model"]), "good")
        if result["used"]:
            self._fill_specs(result["used"])
        self.autograph.setPlainText(result["autograph"] or self.tr("(no Python source)"))
        self.sig_list.blockSignals(True)
        self.sig_list.clear()
        self.sig_list.addItems(result["signatures"])
        if self.fn_cache is None or not self.trace_history or \
                next(iter(self.trace_history.values()))["source"] != result["source"]:
            self.trace_history = {}
        self.trace_history[result["signature"]] = result
        sigs = result["signatures"]
        self.sig_list.setCurrentRow(sigs.index(result["signature"])
                                    if result["signature"] in sigs else -1)
        self.sig_list.blockSignals(False)
        self.passes_label.setText("")
        self._show_graph()
        self._show_summary()
        self._show_counts()
        self._show_timing()
        self._time(result)
        if result["diff"] is None:
            self._optimise(result)
        else:
            self._offer(result)
        if self._demo and result["fn"] is not None:
            self.run_calls()        # the demo ends with the call log filled
        else:
            self.finish_demo(True, "")

    def _offer(self, result):
        if result["fn"] is None:     # a model's train step or the CNN: not the learner's code
            return
        views = result["views"]
        self.offer({"before": views["before"][0], "after": views["after"][0],
                    "signatures": list(result["signatures"]),
                    "source": result.get("source")})

    def _optimise(self, result):
        """Grappler after the traced graph is on screen (a big train step)."""
        def done(out, res=result):
            res["views"]["after"], res["diff"] = out
            if self.result is res:
                self._show_graph()
                self._show_summary()
                self._show_counts()
                self._offer(res)
        self.start(grappler_job, result["views"]["before"][0], set(self.expanded), done=done,
                   error=self._failed, key="grappler",
                   progress=lambda f, _m: self.progress.setValue(int(f * 100)),
                   label=self.tr("Grappler is optimising the graph…"))

    def _show_counts(self):
        """Op types, traced and after Grappler, most frequent first."""
        table = self.counts
        table.setSortingEnabled(False)
        if not self.result:
            table.setRowCount(0)
            return
        views = self.result["views"]
        before = views["before"][0].op_counts()
        after = views["after"][0].op_counts() if "after" in views else {}
        ops = sorted(set(before) | set(after), key=lambda o: (-before.get(o, 0), o))
        table.setRowCount(len(ops))
        for r, op in enumerate(ops):
            table.setItem(r, 0, QTableWidgetItem(op))
            for c, n in ((1, before.get(op, 0)), (2, after.get(op) if after else None)):
                item = QTableWidgetItem()
                item.setData(Qt.DisplayRole, n if n is not None else "…")
                table.setItem(r, c, item)
        table.setSortingEnabled(True)

    def explain_passes(self):
        """Each Grappler pass run alone: what it removes from this graph."""
        if not self.result:
            return
        result = self.result

        def done(effects, res=result):
            if self.result is not res:
                return
            lines = [self.tr("Each pass alone on the {0} traced nodes (passes overlap, so "
                             "the removals do not add up):").format(len(res["views"]["before"][0]))]
            for label, removed, added in effects:
                text = self.tr("{0}: {1} removed").format(self._pass_name(label), removed)
                if added:
                    text += ", " + self.tr("{0} added").format(added)
                lines.append(text)
            self.passes_label.setText("\n".join(lines))
        self.passes_label.setText(self.tr("Running each Grappler pass…"))
        self.start(passes_job, result["views"]["before"][0], done=done, error=self._failed,
                   key="passes", progress=lambda f, _m: self.progress.setValue(int(f * 100)),
                   label=self.tr("Running each Grappler pass…"))

    def _pass_name(self, label):
        return {"pruning": self.tr("pruning"),
                "common subexpressions": self.tr("common subexpressions"),
                "constant folding": self.tr("constant folding"),
                "arithmetic": self.tr("arithmetic"), "layout": self.tr("layout"),
                "remapper (fused ops)": self.tr("remapper (fused ops)"),
                "loops": self.tr("loops"),
                "control dependencies": self.tr("control dependencies")}.get(label, label)

    def _time(self, result):
        if not result.get("to_time"):
            return
        self.speed_label.setText(self.tr("Timing eager against tf.function…"))

        def done(timing, res=result):
            res["timing"] = timing
            if self.result is res or (self.result or {}).get("signature") == res["signature"]:
                self.result["timing"] = timing
                self._show_timing()

        def failed(message, _line, res=result):
            if self.result is res:
                self.speed_label.setText(self.tr("No timing for this function: {0}")
                                         .format(message))
        self.start(timing_job, *result["to_time"], done=done, error=failed, key="timing",
                   uses_device=False,
                   label=self.tr("Timing eager against tf.function…"))

    def current(self):
        if not self.result:
            return None
        views = self.result["views"]
        # Grappler's version may still be on its way (a big train step): the traced one then.
        return views.get("after" if self.after_box.isChecked() else "before", views["before"])

    def _show_graph(self, *_):
        cur = self.current()
        if cur is None:
            return
        full, shown, pos = cur
        d = self.result["diff"]
        states = {}
        if d is not None:
            if self.after_box.isChecked():
                states = {n: "added" for n in d.added}
            else:
                states = {n: "removed" for n in d.removed}
            states.update({n: "rewired" for n in d.rewired})
        self.explorer.show_graph(full, shown, pos, states)
        if self.run_values is not None:     # the other graph, stepped from its start
            self.step_to(0)
        # Details start on what the learner came to see: a node Grappler changed, else the output.
        pick = next((n for n in states if n in shown), None) or \
            next((n for n in shown.outputs if n in shown), None)
        if pick:
            self._node_clicked(pick, mark=False)
        else:
            self.details.clear()

    def _show_summary(self):
        if not self.result:
            return
        d = self.result["diff"]
        before = self.result["views"]["before"][0]
        if d is None:
            self.diff_label.setText("  ·  ".join(filter(None, [self._form_line(), self.tr(
                "{0} nodes traced; Grappler is optimising the graph…").format(len(before))])))
            return
        after = self.result["views"]["after"][0]
        lines = [self.tr("{0} nodes traced, {1} after Grappler.").format(len(before),
                                                                          len(after))]
        if self._form_line():
            lines.insert(0, self._form_line())
        lines += [self._say(m) for m in d.messages[:6]]
        if len(d.messages) > 6:
            lines.append(self.tr("… and {0} more changes").format(len(d.messages) - 6))
        if d.rewired:
            names = sorted(d.rewired)
            more = f" … (+{len(names) - 3})" if len(names) > 3 else ""
            lines.append(self.tr("rewired to read a shared result: {0}").format(
                ", ".join(names[:3]) + more))
        shown = self.current()[1]
        if self.result["big"] and any(n.op == "Scope" for n in shown.nodes):
            lines.append(self.tr("Folded by name scope: double-click a box to open it."))
        self.diff_label.setText("  ·  ".join(lines))

    def _say(self, msg):
        import re
        m = re.match(r"(\d+) of (\d+) (\S+) removed: (.*)", msg)
        if m:
            return self.tr("{0} of {1} {2} removed: {3}").format(
                m[1], m[2], m[3], self._reason(m[4]))
        m = re.match(r"(\d+) (\S+) became (\S+)(?:: (.*))?$", msg)
        if m:
            text = self.tr("{0} {1} became {2}").format(m[1], m[2], m[3])
            return text + (": " + self._reason(m[4]) if m[4] else "")
        m = re.match(r"(\d+) (\S+) added", msg)
        if m:
            return self.tr("{0} {1} added").format(m[1], m[2])
        return msg

    def _reason(self, reason):
        return {"common subexpression": self.tr("common subexpression"),
                "constant folding": self.tr("constant folding"),
                "forwarded to its input": self.tr("forwarded to its input"),
                "lowered to control-flow ops": self.tr("lowered to control-flow ops"),
                "removed with the ops that read it": self.tr("removed with the ops that read it"),
                "its readers no longer need it": self.tr("its readers no longer need it"),
                "pruned: nothing read it": self.tr("pruned: nothing read it")}.get(reason,
                                                                                  reason)

    def _show_timing(self):
        t = self.result and self.result["timing"]
        self._show_sweep(t.get("sweep") if t else None)
        if not t:
            self.bars.setOpts(height=[0, 0])
            self.speed_label.setText(self.tr("No timing for this function."))
            return
        e, g = t["eager"] * 1e6, t["graph"] * 1e6
        self.bars.setOpts(x=[0, 1], height=[e, g])
        ax = self.speed_plot.getAxis("bottom")
        ax.setTicks([[(0, self.tr("eager")), (1, "tf.function")]])
        if t["ratio"] >= 1:
            text = self.tr("Eager {0:.0f} µs, tf.function {1:.0f} µs per call (median of {3}): "
                           "the graph is {2:.1f}× as fast.")
        else:
            text = self.tr("Eager {0:.0f} µs, tf.function {1:.0f} µs per call (median of {3}): "
                           "here the graph is slower, at {2:.2f}× eager's speed. Each "
                           "tf.function call has a fixed cost; it pays when the function runs "
                           "many operations per call, each of which costs Python time when "
                           "run eagerly.")
        self.speed_label.setText(text.format(e, g, t["ratio"], t.get("calls", 30)))

    def _show_sweep(self, sweep):
        """Per-call time as the unknown dimensions grow, and where the graph starts to pay."""
        self.sweep_plot.setVisible(bool(sweep))
        if not sweep:
            self.sweep_eager.setData([], [])
            self.sweep_graph.setData([], [])
            self.sweep_label.setText(self.tr("Give an argument an unknown dimension (None) to "
                                             "see the time per call as the input grows."))
            return
        ns = [n for n, _e, _g in sweep]
        self.sweep_eager.setData(ns, [e * 1e3 for _n, e, _g in sweep])
        self.sweep_graph.setData(ns, [g * 1e3 for _n, _e, g in sweep])
        refresh_title(self.sweep_plot)
        n = graphs.pays_from(sweep)
        if n == ns[0]:
            text = self.tr("The graph was faster at every length tried ({0} to {1}).")
        elif n is not None:
            text = self.tr("The graph was faster from length {2} on (tried {0} to {1}).")
        else:
            text = self.tr("Eager was faster at every length tried ({0} to {1}): bigger "
                           "tensors alone did not make the graph pay.")
        self.sweep_label.setText(text.format(f"{ns[0]:,}", f"{ns[-1]:,}", f"{n or 0:,}"))

    def _pick_signature(self, i):
        """Show the graph of another concrete function traced from the same code."""
        item = self.sig_list.item(i)
        res = self.trace_history.get(item.text()) if item else None
        if res is not None and res is not self.result:
            keep = self.result["signatures"]
            self.result = dict(res, signatures=keep)
            self._show_graph()
            self._show_summary()
            self._show_timing()

    # -- interaction ------------------------------------------------------------------------
    def _node_clicked(self, name, mark=True):
        cur = self.current()
        if cur is None:
            return
        full, shown, _ = cur
        node = shown.node(name)
        if name in full:
            node = full.node(name)
        lines = [f"<b>{node.op}</b> {node.name}"]
        if node.count > 1:
            lines.append(self.tr("a folded name scope of {0} nodes").format(node.count))
        if node.inputs:
            lines.append(self.tr("inputs: {0}").format(", ".join(node.inputs)))
        for i, (dt, sh) in enumerate(node.outputs):
            lines.append(self.tr("output {0}: {1} {2}").format(i, dt, sh))
        consumers = shown.consumers(name)
        if consumers:
            lines.append(self.tr("read by: {0}").format(", ".join(consumers)))
        lines.append(self.tr("device: {0}").format(node.device or self.tr("(placed at run "
                                                                          "time)")))
        if node.lines:
            lines.append(self.tr("made by line {0}").format(", ".join(map(str, node.lines))))
        for k, v in sorted(node.attrs.items()):
            lines.append(f"{k} = {v}")
        state = self.view.states.get(name)
        if state:
            lines.append(f"<b>{self._state_text(state)}</b>")
        self.details.setHtml("<br>".join(lines))
        if mark:
            self.editor.mark_lines(node.lines)

    def _state_text(self, state):
        return {"removed": self.tr("removed by Grappler"), "added": self.tr("added by Grappler"),
                "rewired": self.tr("inputs rewired by Grappler")}.get(state, state)

    def _node_hovered(self, name):
        cur = self.current()
        if cur is None:
            return
        node = cur[1].node(name) if name and name in cur[1] else None
        self.editor.mark_lines(node.lines if node else [])

    def _made_by(self, line):
        """The drawn nodes (or the folded groups holding them) made by a line of code."""
        cur = self.current()
        if cur is None or not line:
            return []
        return self.explorer.visible([n.name for n in cur[0].nodes if line in n.lines])

    def _code_hover(self, line):
        if self.current() is not None:
            self.view.set_highlight(self._made_by(line))

    def _code_clicked(self, line):
        """Code line -> nodes: the nodes it made, highlighted and brought into view."""
        names = self._made_by(line)
        self.view.set_highlight(names)
        if names:
            self.view.centerOn(self.view.items[names[0]])
            self.message.show_message(self.tr("Line {0} made {1} of the nodes drawn.").format(
                line, len(names)), "good")
        elif self.current() is not None:
            self.message.show_message(self.tr("Line {0} made no node of this graph.").format(
                line), "warn")

    def _relayout(self, *_):
        cur = self.current()
        if cur is None:
            return
        key = "after" if self.after_box.isChecked() and "after" in self.result["views"] \
            else "before"

        def done(res, key=key):
            self.result["views"][key] = res
            self._show_graph()

        self.start(relayout_job, cur[0], set(self.expanded), done=done, error=self._failed,
                   progress=lambda f, _m: self.progress.setValue(int(f * 100)),
                   label=self.tr("Laying out the graph…"), uses_device=False)

    def _export(self, kind):
        if self.view.graph is None:
            return
        filters = {"png": "PNG (*.png)", "svg": "SVG (*.svg)", "dot": "Graphviz DOT (*.dot)"}
        path = self.save_path(self.tr("Export the diagram"), f"graph.{kind}", filters[kind])
        if path:
            self.export(path, kind)

    def export(self, path, kind):
        try:
            ok = {"png": self.view.export_png, "svg": self.view.export_svg,
                  "dot": self.view.export_dot}[kind](path)
        except OSError as e:
            ok, err = False, e.strerror
        else:
            err = ""
        if not ok:
            self.message.show_message(self.tr("Could not save {0}: {1}").format(path, err))
        return ok

    def _export_tensorboard(self):
        from PySide6.QtWidgets import QFileDialog

        from tfvisual.core.data import default_tensorboard_dir
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("A folder for the TensorBoard log"), default_tensorboard_dir())
        if folder:
            self.export_tensorboard(folder)

    def export_tensorboard(self, folder: str):
        """The graph before and after Grappler, as TensorBoard runs (on a worker)."""
        if not self.result or "after" not in self.result["views"]:
            self.message.show_message(self.tr("Trace a function first."), "warn")
            return
        views = self.result["views"]

        def done(runs):
            from tfvisual.core.data import tensorboard_command
            self.message.show_message(self.tr(
                "Written: the runs {0} in {1}. Open them with: {2}").format(
                ", ".join(runs), folder, tensorboard_command(folder)), "good")
        self.start(lambda state=None: graphs.to_tensorboard(views["before"][0],
                                                             views["after"][0], folder),
                   done=done, error=self._failed, uses_device=False,
                   label=self.tr("Writing the TensorBoard log…"))

    def export_state(self) -> dict:
        if self.example.currentData() == CNN or not self.fn_cache:
            raise Problem(QT_TRANSLATE_NOOP("core", "only a function you wrote can be "
                                                    "exported: trace one first"))
        return {"source": self.editor.toPlainText(), "specs": [list(r) for r in self._rows()],
                "inputs": [graphs.input_code(text, dt, sh) for _n, dt, sh, text in
                           self._run_rows()]}

    def activate(self):
        self.trace()

    def run_demo(self):
        self._demo = True
        self.after_box.setChecked(False)
        if self.result and not self.tasks:
            self.finish_demo()
        elif not self.tasks:
            self.trace()


PANEL = GraphsPanel
