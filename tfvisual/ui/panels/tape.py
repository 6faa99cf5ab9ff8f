"""Section 6: gradient descent on abs(A*X - B) with tf.GradientTape, animated step by step."""
from __future__ import annotations

import csv
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout,
                               QHeaderView, QLabel,
                               QSpinBox, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from tfvisual.core import graphs, tape
from tfvisual.core.layout import layout

from ..widgets.code_view import CodeView
from ..widgets.plots import (cache_static, make_plot, pen, refresh_title, set_title,
                             style_plot, titled)
from ..theme import mono_font, palette_of
from ..widgets.flow import WrapButton
from ..widgets.graph_view import GraphView
from .base import MessageLine, Panel, Section, flow, lesson_view

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
STEP_MS = 1600.0          # one training step at 1x
PHASES = ("record", "gradient", "print", "update")


class TapePanel(Panel):
    name = "tape"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.steps: list[tape.Step] = []
        self.params = None
        self.shown = 0            # steps fully shown (rows in the table)
        self.phase_t = 0.0        # 0..1 within the current step
        self.playing = False
        self.verdict = ""
        self._pending_play = False
        self._build()
        self.frame_timer = QTimer(self)
        self.frame_timer.setTimerType(Qt.PreciseTimer)
        self.frame_timer.setInterval(16)
        self.frame_timer.timeout.connect(self._frame)
        self.clock = QElapsedTimer()
        self.recompute_timer = QTimer(self, singleShot=True, interval=120)
        self.recompute_timer.timeout.connect(self.recompute)
        self.retranslate()

    # -- widgets ----------------------------------------------------------------------------
    def _build(self):
        self.a = QDoubleSpinBox(decimals=3, minimum=-1e6, maximum=1e6, value=3.0)
        self.b = QDoubleSpinBox(decimals=3, minimum=-1e6, maximum=1e6, value=6.0)
        self.x0 = QDoubleSpinBox(decimals=3, minimum=-1e6, maximum=1e6, value=20.0)
        self.lr = QDoubleSpinBox(decimals=6, minimum=0.000001, maximum=1000.0, value=1.0,
                                 singleStep=0.05)
        self.n = QSpinBox(minimum=1, maximum=500, value=7)
        self.loss = QComboBox()
        self.opt = QComboBox()
        for k in tape.LOSSES:
            self.loss.addItem(k, k)
        for k in tape.OPTIMIZERS:
            self.opt.addItem(k, k)
        for w in (self.a, self.b, self.x0, self.lr):
            w.valueChanged.connect(self._changed)
        self.n.valueChanged.connect(self._changed)
        self.loss.currentIndexChanged.connect(self._changed)
        self.opt.currentIndexChanged.connect(self._changed)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        for lab, w in zip(self.labels, (self.a, self.b, self.x0, self.lr, self.n, self.loss,
                                        self.opt)):
            self.form.addRow(lab, w)
        self.controls = Section()
        self.controls.body.setLayout(self.form)

        self.play_btn = WrapButton()
        self.play_btn.setObjectName("primary")
        self.step_btn = WrapButton()
        self.back_btn = WrapButton()
        self.reset_btn = WrapButton()
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.play_btn.clicked.connect(self.toggle_play)
        self.step_btn.clicked.connect(self.step_forward)
        self.back_btn.clicked.connect(self.step_back)
        self.reset_btn.clicked.connect(self.reset)
        self.play_btn.setShortcut("Space")
        self.step_btn.setShortcut("Right")
        self.back_btn.setShortcut("Left")
        self.reset_btn.setShortcut("Home")
        self.speed_label = QLabel()
        speed = flow(self.speed_label, self.speed)
        self.export_csv_btn = WrapButton()
        self.export_png_btn = WrapButton()
        self.export_svg_btn = WrapButton()
        self.export_csv_btn.clicked.connect(lambda: self.export_csv(self.save_path(
            self.tr("Save the steps"), "steps.csv", "CSV (*.csv)")))
        self.export_png_btn.clicked.connect(lambda: self.export_plot(self.save_path(
            self.tr("Save the plot"), "descent.png", "PNG (*.png)")))
        self.export_svg_btn.clicked.connect(lambda: self.export_plot(self.save_path(
            self.tr("Save the plot"), "descent.svg", "SVG (*.svg)")))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.controls)
        ll.addWidget(flow(self.export_csv_btn, self.export_png_btn, self.export_svg_btn))
        ll.addStretch(1)
        self.message = MessageLine()
        self.lesson = lesson_view()

        self.curve_plot = make_plot()
        self.curve_item = self.curve_plot.plot([], [])
        # The finished steps change once a step; only the head segment moves every frame.
        self.path_item = self.curve_plot.plot([], [], symbol="o", symbolSize=7)
        # What moves every frame is two bare curve items: a PlotDataItem's setData cost more
        # than the rest of the frame.
        self.head_item = pg.PlotCurveItem()
        self.tangent_item = pg.PlotCurveItem()
        for item in (self.head_item, self.tangent_item):
            item.hide()
            self.curve_plot.addItem(item, ignoreBounds=True)
        # The arrows as two scatter items, one symbol each (right and left): one ArrowItem per
        # step was painted in Python every frame, and per-point symbols are a Python loop.
        self.arrow_items = {d: pg.ScatterPlotItem(size=14, pen=None, symbol=d)
                            for d in ("t2", "t3")}
        for item in self.arrow_items.values():
            self.curve_plot.addItem(item)
        self.point = pg.TargetItem(pos=(20, 54), size=16, movable=True)
        self.point.sigPositionChangeFinished.connect(self._dragged)
        self._sync_done = -1
        self._arrows_shown = {}
        self._later = []
        self.curve_plot.addItem(self.point)
        # Not the path of steps: cached, it was drawn one step off after the plot was resized
        # mid-run (as a PlotDataItem and as bare items alike; tested).
        cache_static(self.curve_plot, self.curve_item, *self.arrow_items.values())
        self.step_plot = make_plot()
        self.step_plot.two_numbers = True
        self.loss_steps = self.step_plot.plot([], [], symbol="o", symbolSize=6, name="loss")
        self.x_steps = self.step_plot.plot([], [], symbol="s", symbolSize=6, name="X")
        cache_static(self.step_plot)
        plots = QSplitter(Qt.Vertical)
        plots.addWidget(titled(self.curve_plot))
        plots.addWidget(titled(self.step_plot))
        plots.setSizes([450, 300])
        # The tape's recording: the ops of the loss, then those tape.gradient played back,
        # with this step's values on them.
        self.rec_view = GraphView()
        self.rec_view.setObjectName("recording")
        self.rec_label = QLabel()
        self.rec_label.setWordWrap(True)
        self.recording, self.rec_values = None, []
        rec_box = QWidget()
        rb = QVBoxLayout(rec_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.rec_label)
        rb.addWidget(self.rec_view, 1)
        stage = QSplitter(Qt.Horizontal)
        stage.addWidget(plots)
        stage.addWidget(rec_box)
        stage.setSizes([600, 400])

        self.code = CodeView(tape.TRAIN_STEP_CODE, read_only=True)
        self.code.setMaximumHeight(200)
        self.print_loss = QLabel()
        self.print_loss.setWordWrap(True)
        self.print_loss.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        self.code_label = QLabel()
        self.code_label.setWordWrap(True)
        rl.addWidget(self.code_label)
        rl.addWidget(self.code)
        rl.addWidget(self.print_loss)
        rl.addWidget(self.table, 1)

        self.set_stage(stage, actions=(self.play_btn, self.back_btn, self.step_btn,
                                       self.reset_btn, speed),
                       controls=left, tabs=((right, lambda: self.tr("Step by step")),
                                            (self.lesson, lambda: self.tr("Lesson"))))

    def title(self):
        return self.tr("Gradient tape")

    def retranslate(self):
        for lab, text in zip(self.labels, (self.tr("A"), self.tr("B"), self.tr("Starting X"),
                                           self.tr("Learning rate"), self.tr("Steps"),
                                           self.tr("Loss"), self.tr("Optimiser"))):
            lab.setText(text)
        self.controls.setTitle(self.tr("Solve A × X = B"))
        for i, text in enumerate((self.tr("abs(A·X − B)  (the chapter)"),
                                  self.tr("square (A·X − B)²"), self.tr("Huber"))):
            self.loss.setItemText(i, text)
        for i, text in enumerate((self.tr("plain X ← X − lr·dX  (the chapter)"),
                                  self.tr("SGD with momentum"), self.tr("Adam"))):
            self.opt.setItemText(i, text)
        self._update_play_text()
        self.step_btn.setText(self.tr("Step ▶|"))
        self.step_btn.setToolTip(self.tr("One step forward (→)"))
        self.back_btn.setText(self.tr("|◀ Back"))
        self.back_btn.setToolTip(self.tr("One step back (←)"))
        self.reset_btn.setText(self.tr("Reset"))
        self.reset_btn.setToolTip(self.tr("Back to the start (Home)"))
        self.speed_label.setText(self.tr("Speed"))
        self.export_csv_btn.setText(self.tr("Steps as CSV…"))
        self.export_png_btn.setText(self.tr("Plot as PNG…"))
        self.export_svg_btn.setText(self.tr("Plot as SVG…"))
        self.code_label.setText(self.tr("The chapter's train_step (the line running now is "
                                        "highlighted):"))
        self.table.setHorizontalHeaderLabels([self.tr("step"), self.tr("printed"),
                                              self.tr("loss"), self.tr("X after")])
        set_title(self.curve_plot, self.tr("Loss over X: the point, its slope dX, the path"))
        self.curve_plot.setLabel("bottom", "X")
        self.curve_plot.setLabel("left", self.tr("loss"))
        self.loss_steps.opts["name"] = self.tr("loss")
        set_title(self.step_plot, self.tr("Loss and X after each step"))
        self.step_plot.setLabel("bottom", self.tr("step"))
        self.point.setToolTip(self.tr("Drag the point to start from another X"))
        self.lesson.setHtml(self.tr(
            "<h3>What the tape records</h3>"
            "<p>Inside <code>with tf.GradientTape() as tape:</code> TensorFlow records every "
            "operation on the variable X. <code>tape.gradient(loss, X)</code> plays the "
            "recording backwards and gives dX, the slope of the loss at X.</p>"
            "<h3>Why dX is ±A</h3><p>For loss = |A·X − B| the slope is A where A·X &gt; B and "
            "−A where A·X &lt; B. With A = 3 every step moves X by exactly 3 × learning "
            "rate.</p>"
            "<h3>Why it stops at exactly 2</h3><p>From X = 20 the steps land on 17, 14, 11, 8, "
            "5 and then 2, where A·X = B: the loss is 0 and TensorFlow's gradient of abs at 0 "
            "is 0, so X stays. Try a start of 21 or a learning rate of 0.7 to see it bounce "
            "around 2 instead.</p>"
            "<p>Without a tape, <code>print(loss)</code> only shows a tensor: nothing was "
            "recorded, so no gradient can be taken.</p>"))
        self._show_verdict()
        self._refresh_table()

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        t = palette_of(theme)
        # The backward pass in the colour of what tape.gradient added.
        self.rec_view.colour_of = lambda name: t.node_added if self.recording is not None \
            and name in self.recording and \
            self.recording.node(name).attrs.get("pass") == "backward" else None
        self.rec_view.set_theme(theme, pt)
        for p in (self.curve_plot, self.step_plot):
            style_plot(p, theme, pt)
        self.curve_item.setPen(pen(theme, 0, 2.5))
        self.path_item.setPen(pen(theme, 1, 1.5, style=Qt.DashLine))
        self.path_item.setSymbolBrush(t.curves[1])
        self.path_item.setSymbolPen(t.curves[1])
        self.head_item.setPen(pen(theme, 1, 1.5, style=Qt.DashLine))
        for item in self.arrow_items.values():
            item.setBrush(pg.mkBrush(t.curves[1]))
        self.tangent_item.setPen(pen(theme, 2, 2.5))
        self.point.setPen(pg.mkPen(t.bad, width=3))
        self.point.setBrush(pg.mkBrush(t.bad))
        self.loss_steps.setPen(pen(theme, 0))
        self.loss_steps.setSymbolBrush(t.curves[0])
        self.x_steps.setPen(pen(theme, 1))
        self.x_steps.setSymbolBrush(t.curves[1])
        refresh_title(self.step_plot)   # the legend in the title takes the new colours
        self.code.set_theme(theme)
        self.code.set_font_size(pt)
        self.table.setFont(mono_font(pt))
        self.print_loss.setFont(mono_font(pt))
        self._draw()

    # -- computing --------------------------------------------------------------------------
    def activate(self):
        self.recompute()

    def _changed(self, *_):
        self.recompute_timer.start()

    def current_params(self):
        return dict(a=self.a.value(), b=self.b.value(), x0=self.x0.value(),
                    steps=self.n.value(), learning_rate=self.lr.value(),
                    loss=self.loss.currentData(), optimizer=self.opt.currentData())

    def export_state(self) -> dict:
        return dict(self.current_params())

    def recompute(self):
        if not self.tf_ready:
            return
        params = self.current_params()
        self.pause()

        def work(state=None, p=params):
            steps = tape.descend(**p)
            lo = min([s.x for s in steps if math.isfinite(s.x)] + [p["x0"]])
            hi = max([s.x for s in steps if math.isfinite(s.x)] + [p["x0"]])
            sol = p["b"] / p["a"] if p["a"] else 0.0
            lo, hi = min(lo, sol), max(hi, sol)
            pad = max(1.0, (hi - lo) * 0.15)
            xs = np.linspace(lo - pad, hi + pad, 400)
            curve = tape.loss_curve(p["a"], p["b"], xs, p["loss"])
            initial = tape.initial_loss_repr(p["a"], p["b"], p["x0"]) \
                if p["loss"] == "abs" else None
            import tensorflow as tf

            from tfvisual.core import devices
            # Where this thread's TensorFlow work runs, read from a tensor made under its scope.
            where = devices.ran_on(tf.math.abs(tf.constant(float(p["a"]))))
            rec, rec_values = tape.recording_steps(steps, p["a"], p["b"], p["loss"])
            return {"params": p, "steps": steps, "xs": xs, "curve": curve, "initial": initial,
                    "verdict": tape.diagnose(steps, p["a"], p["b"]), "device": where,
                    "recording": (rec, layout(rec), rec_values)}

        self.start(work, done=self._computed, error=self._failed, key="descend",
                   label=self.tr("Running gradient descent with tf.GradientTape…"))

    def _computed(self, result):
        self.params = result["params"]
        self.steps = result["steps"]
        self.xs, self.curve = result["xs"], result["curve"]
        self.initial = result["initial"]
        self.verdict = result["verdict"]
        self.shown, self.phase_t = 0, 0.0
        self.message.clear_message()
        self.ran_on.emit(result["device"])
        rec, pos, self.rec_values = result["recording"]
        same = self.recording is not None and \
            [n.name for n in rec.nodes] == [n.name for n in self.recording.nodes]
        self.recording = rec        # before drawing: its colours read which pass a node is in
        if not same:
            self.rec_view.set_graph(rec, pos)
        self._draw()
        self._show_verdict()
        self.offer(result)
        if self._pending_play:
            self._pending_play = False
            self.play()

    def _failed(self, message, _line):
        self.steps = []
        self.shown, self.phase_t = 0, 0.0
        self.verdict = ""
        self.message.show_message(message, "error")
        self._draw()
        self._refresh_table()
        if self._pending_play:
            self._pending_play = False
            self.demo_done.emit(False, message)

    def _show_verdict(self):
        if not self.steps:
            return
        p = self.params
        key, v = tape.explain(self.steps, p, self.verdict)
        texts = {
            "converged": (self.tr("Converged: X = {0:g} solves A × X = B."), "good"),
            "oscillating": (self.tr("Oscillating: X jumps back and forth across {sol:g}; "
                                    "its last values: {xs}."), "warn"),
            "abs_fixed_step": (self.tr(
                "Oscillating: the gradient of abs is ±A whatever the distance (here |dX| = "
                "{grad:g}), so every step moves X by the same lr × |dX| = {step:g}, and X "
                "lands on either side of {sol:g}, never on it. A smaller learning rate only "
                "shrinks the swing: X lands exactly only when the distance {dist:g} is a "
                "whole number of steps."), "warn"),
            "square_oscillating": (self.tr(
                "Oscillating: each step multiplied the error A·X − B by {measured:.4g} "
                "(1 − 2A²·lr = {predicted:.4g}). At −1, that is at lr = 1/A² = {limit:.4g}, "
                "the swing never shrinks; below it, it dies away."), "warn"),
            "square_diverging": (self.tr(
                "Diverging: each step multiplied the error A·X − B by {measured:.4g} "
                "(1 − 2A²·lr = {predicted:.4g}). Past lr = 1/A² = {limit:.4g} its size is "
                "over 1, so X moves further away every step."), "error"),
            "diverging": (self.tr("Diverging: the loss grew from {first:.4g} to {last:.4g}; "
                                  "lower the learning rate."), "error"),
            "no_solution": (self.tr("A = 0 and B ≠ 0: no X solves 0 × X = B, and the slope is "
                                    "0, so X never moves."), "error"),
            "overflow": (self.tr("The values grew past what float32 can hold (infinity or "
                                 "NaN); the descent was stopped there."), "error"),
            "unfinished": (self.tr("Not there yet: X is still moving towards {0:g}; add "
                                   "steps."), "warn"),
        }
        template, kind = texts.get(key, texts.get(self.verdict, ("", "good")))
        # Every template reads only the values that its own case has.
        text = template.format(self.steps[-1].x if key == "converged" else v["sol"], **v)
        if self.shown >= len(self.steps) or self.verdict in ("no_solution", "overflow"):
            self.message.show_message(text, kind)
        else:
            self.message.clear_message()

    # -- animation --------------------------------------------------------------------------
    def _update_play_text(self):
        self.play_btn.setText(self.tr("❚❚ Pause") if self.playing else self.tr("▶ Play"))
        self.play_btn.setToolTip(self.tr("Play or pause (Space)"))

    def toggle_play(self):
        self.pause() if self.playing else self.play()

    def play(self):
        if not self.steps:
            return
        if self.shown >= len(self.steps):
            self.shown, self.phase_t = 0, 0.0
            self._draw()
        self.playing = True
        self.clock.start()
        self.frame_timer.start()
        self._update_play_text()

    def pause(self):
        self.playing = False
        self.frame_timer.stop()
        self._run_later(all_of_it=True)
        self._update_play_text()

    def speed_factor(self):
        return float(self.speed.currentData())

    def _frame(self):
        dt = self.clock.restart()
        self.phase_t += dt * self.speed_factor() / STEP_MS
        before = self.shown
        while self.phase_t >= 1.0 and self.shown < len(self.steps):
            self.phase_t -= 1.0
            self.shown += 1
        if self.shown != before:
            self._sync_steps(spread=True)
        else:
            self._run_later()
        if self.shown >= len(self.steps):
            self.phase_t = 0.0
            self.pause()
            self._show_verdict()
            self.demo_done.emit(True, "")
        self._draw_frame()

    def step_forward(self):
        self.pause()
        if self.shown < len(self.steps):
            self.shown += 1
            self.phase_t = 0.0
            self._draw()
            self._show_verdict()

    def step_back(self):
        self.pause()
        if self.shown > 0:
            self.shown -= 1
            self.phase_t = 0.0
            self._draw()
            self.message.clear_message()

    def reset(self):
        self.pause()
        self.shown, self.phase_t = 0, 0.0
        self._draw()
        self.message.clear_message()

    def _dragged(self, item):
        x = float(item.pos().x())
        if math.isfinite(x):
            self.x0.setValue(round(x, 2))   # recomputes

    def current_x(self) -> float | None:
        """X where the point is drawn now."""
        if not self.steps:
            return None
        i = min(self.shown, len(self.steps) - 1)
        if self.shown >= len(self.steps):
            return self._after(len(self.steps) - 1)
        s = self.steps[i]
        phase = PHASES[min(3, int(self.phase_t * 4))]
        if phase == "update":
            f = (self.phase_t - 0.75) / 0.25
            return s.x + (self._after(i) - s.x) * f
        return s.x

    def _after(self, i: int) -> float:
        """X after step i (by index: steps.index() made every frame quadratic)."""
        s = self.steps[i]
        if i + 1 < len(self.steps):
            return self.steps[i + 1].x
        if self.params and self.params["optimizer"] == "plain":
            return s.x - self.params["learning_rate"] * s.grad
        return s.x

    def _draw(self):
        """Everything again: after a new computation, a theme change, a jump."""
        if not self.steps:
            for item in (self.curve_item, self.path_item, self.loss_steps, self.x_steps,
                         *self.arrow_items.values()):
                item.setData([], [])
            self.head_item.hide()
            self.tangent_item.hide()
            self._arrows_shown = {}
            self._sync_done = -1
            self.code.mark_line(0)
            self.rec_values = []
            self._show_recording()
            return
        self.curve_item.setData(self.xs, self.curve)
        self._fix_ranges()
        self._sync_done = -1
        self._arrows_shown = {}
        self._sync_steps()
        self._draw_frame()

    def _fix_ranges(self):
        """Fixed axes for the whole run: auto-range would rescan every item on every frame."""
        finite = np.isfinite(self.curve)
        lo, hi = (float(self.curve[finite].min()), float(self.curve[finite].max())) \
            if finite.any() else (0.0, 1.0)
        self.curve_plot.setRange(xRange=(self.xs[0], self.xs[-1]),
                                 yRange=(lo, hi + 0.05 * (hi - lo or 1.0)), padding=0.02)
        ys = [v for s in self.steps for v in (s.loss, s.x) if math.isfinite(v)]
        ys += [self._after(len(self.steps) - 1)] if math.isfinite(
            self._after(len(self.steps) - 1)) else []
        lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
        self.step_plot.setRange(xRange=(0.5, len(self.steps) + 0.5),
                                yRange=(lo, hi if hi > lo else lo + 1.0), padding=0.05)

    def _precompute(self):
        """Per-step arrays for the whole run, so a step boundary only slices them."""
        n = len(self.steps)
        self._x0 = np.array([s.x for s in self.steps], dtype=float)
        self._l0 = np.array([s.loss for s in self.steps], dtype=float)
        self._x1 = np.array([self._after(i) for i in range(n)], dtype=float)
        self._l1 = np.append(self._l0[1:], np.interp(self._x1[-1:], self.xs, self.curve))
        self._moved = np.abs(self._x1 - self._x0) > 1e-9
        self._symbols = np.where(self._x1 > self._x0, "t2", "t3")
        self._key = self.steps

    def _show_recording(self):
        """This step's values on the recording: X forward to the loss, back to dX."""
        if not self.rec_values:
            self.rec_view.set_values({})
            return
        i = min(self.shown, len(self.rec_values) - 1)
        values = self.rec_values[i]
        self.rec_view.set_values({n: graphs.value_text(v) for n, v in values.items()})
        self.offer({"recording": values})
        self.rec_label.setText(self.tr("Recorded, step {0}: X {1} → loss {2} → dX {3}").format(
            i + 1, graphs.value_text(values["X"]), graphs.value_text(values["loss"]),
            graphs.value_text(values["dX"])))
        self.rec_label.setToolTip(self.tr(
            "What the tape recorded: the ops from X forward to the loss, then those "
            "tape.gradient played backward (coloured) to dX, with this step's values from "
            "TensorFlow."))

    def _sync_steps(self, spread=False):
        """Path, arrows, per-step curves and table rows for the finished steps: once a step.
        While playing (spread) the step plot and the table follow on the next frames, so no
        single frame paints everything and the animation never stutters."""
        if self._sync_done == self.shown:
            return
        if getattr(self, "_key", None) is not self.steps:
            self._precompute()
        self._sync_done = n = self.shown
        x0, l0, x1, l1 = self._x0[:n], self._l0[:n], self._x1[:n], self._l1[:n]
        self.path_item.setData(x0, l0)
        for d, item in self.arrow_items.items():
            keep = self._moved[:n] & (self._symbols[:n] == d)
            count = int(keep.sum())
            if self._arrows_shown.get(d) != count:   # once X stops, nothing new to draw
                self._arrows_shown[d] = count
                item.setData(x=((x0 + x1) / 2)[keep], y=((l0 + l1) / 2)[keep])
        self._later = [self._sync_loss_steps, self._sync_x_steps, self._refresh_table,
                       self._show_recording]
        if not spread:
            self._run_later(all_of_it=True)

    def _sync_loss_steps(self):
        self.loss_steps.setData(np.arange(1, self.shown + 1), self._l0[:self.shown])

    def _sync_x_steps(self):
        self.x_steps.setData(np.arange(1, self.shown + 1), self._x1[:self.shown])

    def _run_later(self, all_of_it=False):
        while self._later:
            self._later.pop(0)()
            if not all_of_it:
                return

    def _draw_frame(self):
        """What moves each frame: the point, its tangent, the path's head, the code line."""
        if not self.steps:
            return
        x = self.current_x()
        y = float(np.interp(x, self.xs, self.curve)) if math.isfinite(x) else 0.0
        last = self.steps[self.shown - 1] if self.shown else None
        self._set_line(self.head_item, (last.x, last.loss, x, y) if last else None)
        i = min(self.shown, len(self.steps) - 1)
        slope = self.steps[i].grad if self.shown < len(self.steps) else 0.0
        span = (self.xs[-1] - self.xs[0]) * 0.12
        self._set_line(self.tangent_item, (x - span, y - slope * span, x + span,
                                           y + slope * span))
        self.point.blockSignals(True)
        self.point.setPos(x, y)
        self.point.blockSignals(False)
        if self.shown < len(self.steps) and (self.playing or self.phase_t > 0):
            self.code.mark_line(tape.PHASE_LINES[PHASES[min(3, int(self.phase_t * 4))]])
        else:
            self.code.mark_line(0)

    @staticmethod
    def _set_line(item, ends):
        """Show a line from (x1, y1) to (x2, y2), or hide it when there is none or it is not
        finite (a diverged X)."""
        if ends is None or not all(math.isfinite(v) for v in ends):
            item.hide()
            return
        item.setData(x=np.array(ends[0::2]), y=np.array(ends[1::2]))
        item.show()

    def _refresh_table(self):
        self.print_loss.setText(self.tr("print(loss) before any step: {0}").format(
            self.initial) if getattr(self, "initial", None) else "")
        old = self.table.rowCount()
        if old > self.shown:
            self.table.setRowCount(self.shown)
        elif old < self.shown:
            self.table.setRowCount(self.shown)
            for r in range(old, self.shown):
                s = self.steps[r]
                for c, text in enumerate((str(r + 1), str(s), f"{s.loss:g}",
                                          f"{self._after(r):g}")):
                    self.table.setItem(r, c, QTableWidgetItem(text))
            self.table.scrollToBottom()

    # -- export -----------------------------------------------------------------------------
    def export_csv(self, path):
        if not path:
            return False
        try:
            with open(path, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(["step", "X", "loss", "dX", "printed"])
                for i, s in enumerate(self.steps):
                    w.writerow([i + 1, s.x, s.loss, s.grad, str(s)])
        except OSError as e:
            self.message.show_message(self.tr("Could not save {0}: {1}").format(path, e.strerror))
            return False
        return True

    def export_plot(self, path):
        if not path:
            return False
        from pyqtgraph.exporters import ImageExporter, SVGExporter
        item = self.curve_plot.getPlotItem()
        t = palette_of(self.theme)
        # On screen the title is a Qt label above the plot; the file carries it in the scene.
        item.setTitle(self.curve_plot._title_label.text(), color=t.plot_fg, size=f"{self.pt}pt")
        try:
            exp = SVGExporter(item) if path.lower().endswith(".svg") else ImageExporter(item)
            exp.export(path)
        except Exception as e:
            self.message.show_message(self.tr("Could not save {0}: {1}").format(path, e))
            return False
        finally:
            item.setTitle(None)
        return True

    # -- demo -------------------------------------------------------------------------------
    def run_demo(self):
        self.speed.setCurrentIndex(SPEEDS.index(8.0))
        if self.steps and self.params == self.current_params():
            self.play()
        else:
            self._pending_play = True
            if not self.tasks:
                self.recompute()


PANEL = TapePanel
