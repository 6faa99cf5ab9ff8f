"""Section 9: training with live curves through a Keras callback bridged to Qt signals."""
from __future__ import annotations

import copy
import inspect
import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QImage, QPixmap
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QGraphicsItem, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QProgressBar, QSizePolicy, QSlider, QSpinBox,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from tfvisual.core import models

from .. import bridge as bridge_mod
from ..i18n import describe
from ..theme import mono_font, palette_of
from ..widgets.code_view import CodeView
from ..widgets.plots import make_plot, pen, refresh_title, set_title, style_plot, titled
from ..widgets.flow import WrapButton, WrapCheck
from ..widgets.layer_stats import LayerStatsView
from ..widgets.runs import RunsView
from ..widgets.timeline import Timeline
from .base import MessageLine, Panel, Section, flow, lesson_view, row, scroll_area

DATASETS = ("digits", "spiral", "circles", "xor", "blobs", "npz", "folder")
# The timeline's rows: fit's hooks, then each callback by a short name (the widest sets the
# plots' axis width).
TIMELINE_ROWS = ("fit", "epoch", "batch", "Scheduler", "Plateau", "EarlyStop", "NaN",
                 "LayerStats")
SHORT = {"LearningRateScheduler": "Scheduler", "ReduceLROnPlateau": "Plateau",
         "EarlyStopping": "EarlyStop", "TerminateOnNaN": "NaN"}


class Series:
    """A growing curve in a preallocated array (pyqtgraph's scrolling-plot advice)."""

    def __init__(self, item):
        self.item = item
        self.x = np.empty(1024)
        self.y = np.empty(1024)
        self.n = 0
        self.drawn = (0, -1.0)   # (points, smoothing) last drawn

    def add(self, x, y):
        if self.n == len(self.x):
            self.x = np.resize(self.x, self.n * 2)
            self.y = np.resize(self.y, self.n * 2)
        self.x[self.n], self.y[self.n] = x, y
        self.n += 1

    def clear(self):
        """Forget the points; the plot empties at the next draw (not now: see _tick)."""
        self.n = 0
        self.drawn = (0, -1.0)
        self.stale = True

    def draw(self, ema=0.0):
        if not self.n:
            if getattr(self, "stale", False):
                self.item.setData([], [])
                self.stale = False
            return
        if self.drawn == (self.n, ema):
            return
        self.stale = False
        self.drawn = (self.n, ema)
        y = self.y[:self.n]
        if ema > 0 and self.n > 1:   # TensorBoard-style exponential moving average
            out = np.empty_like(y)
            acc, w = 0.0, 0.0
            for i, v in enumerate(y):
                if math.isfinite(v):
                    acc = acc * ema + (1 - ema) * v
                    w = w * ema + (1 - ema)
                out[i] = acc / w if w else v
            y = out
        self.item.setData(self.x[:self.n], y)


def data_job(kind, path, noise, validation, state=None):
    from tfvisual.core import data
    if kind == "digits":
        return data.digits(validation)
    if kind == "npz":
        return data.load_npz(path, validation)
    if kind == "folder":
        return data.load_image_folder(path, validation=validation, state=state)
    return data.two_d(kind, noise=noise, validation=validation)


def train_job(runner, ds, spec, api, cfg, emit, state=None):
    """fit() in the warm child process (see core/trainproc.py); this Qt-owned thread relays
    its events to the bridge. If no child can start, fit() runs here instead."""
    from tfvisual.core import devices, training, trainproc
    spec = copy.deepcopy(spec)
    spec.input_shape = ds.input_shape
    spec.num_classes = max(ds.num_classes, 2)
    if runner is not None:
        try:
            return runner.run(ds, spec, api, cfg, devices.current(), emit, state)
        except trainproc.NotStarted:
            emit("in_process", {})
    if cfg.seed is not None:
        import keras
        keras.utils.set_random_seed(cfg.seed)
    model = models.build(spec, api)
    return training.train(model, ds, cfg, emit, state,
                          log=lambda text: emit("log", {"text": text}))


class TrainingPanel(Panel):
    name = "training"
    use_process = True

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spec_provider = lambda: (models.ModelSpec(), "sequential")
        self.dataset = None
        self.task = None
        self.data_task = None
        self.summary = None
        self.events, self.run_of = [], (None, "")
        self.bridge = bridge_mod.TrainingBridge(self)
        self.bridge.event.connect(self._event)
        self.runner = None      # the child process fit() runs in, started once TF is up
        # Events only fill arrays; a timer draws from them (see _tick).
        self.redraw = QTimer(self, interval=50)
        self.redraw.timeout.connect(self._tick)
        self._next_group = 0
        self._yrange = {}
        self._new_x = set()
        self.dirty = False
        self.clock = QElapsedTimer()
        # Batch-to-pixel: when each batch ended in the child, and when its point was painted.
        self._arrived, self._drawn, self.batch_latency = [], [], []
        self._started = self.first_point_seconds = None
        self.closing = False
        self._build()
        self.loss_plot.viewport().installEventFilter(self)
        self.retranslate()

    # -- widgets ----------------------------------------------------------------------------
    def _build(self):
        self.data_combo = QComboBox()
        self.data_combo.setObjectName("dataset")
        for k in DATASETS:
            self.data_combo.addItem(k, k)
        self.data_combo.activated.connect(self._pick_data)
        self.data_path = ""
        self.noise = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.05, value=0.1)
        self.val = QDoubleSpinBox(minimum=0.0, maximum=0.9, singleStep=0.05, value=0.2)
        self.epochs = QSpinBox(minimum=1, maximum=10000, value=20)
        self.batch = QSpinBox(minimum=1, maximum=65536, value=32)
        self.opt = QComboBox()
        for k in ("adam", "sgd", "rmsprop"):
            self.opt.addItem(k, k)
        # core.training.START_LEARNING_RATE (not imported: it brings TensorFlow in).
        self.lr = QDoubleSpinBox(decimals=5, minimum=0.00001, maximum=100.0, value=0.01,
                                 singleStep=0.001)
        self.setup = Section()
        f = QFormLayout(self.setup.body)
        f.setContentsMargins(0, 0, 0, 0)
        self.setup_labels = [QLabel() for _ in range(7)]
        for lab, w in zip(self.setup_labels, (self.data_combo, self.noise, self.val, self.epochs,
                                              self.batch, self.opt, self.lr)):
            f.addRow(lab, w)

        from tfvisual.core.data import default_csv_path
        self.cb_csv = WrapCheck("CSVLogger")
        self.csv_path = QLineEdit(default_csv_path())
        self.csv_auto = self.csv_path.text()   # a fresh file per run while this is the path
        self.skipped_note = ""
        self.cb_es = WrapCheck("EarlyStopping")
        self.es_monitor = QComboBox()
        self.es_monitor.addItems(["val_loss", "val_accuracy", "loss", "accuracy"])
        self.es_patience = QSpinBox(minimum=0, maximum=1000, value=3)
        self.es_delta = QDoubleSpinBox(decimals=4, minimum=0, maximum=10, value=0.0)
        self.es_restore = WrapCheck("restore_best_weights")
        self.es_restore.setChecked(True)
        self.cb_sched = WrapCheck("LearningRateScheduler")
        self.sched_kind = QComboBox()
        for kind in ("step", "exponential", "cosine", "expression"):
            self.sched_kind.addItem(kind, kind)
        self.sched_expr = QLineEdit("lr * 0.9 if epoch > 5 else lr")
        self.cb_plateau = WrapCheck("ReduceLROnPlateau")
        self.pl_monitor = QComboBox()
        self.pl_monitor.addItems(["val_loss", "loss"])
        self.pl_factor = QDoubleSpinBox(decimals=2, minimum=0.01, maximum=0.99, value=0.5)
        self.pl_patience = QSpinBox(minimum=0, maximum=1000, value=2)
        self.pl_min = QDoubleSpinBox(decimals=6, minimum=0.0, maximum=1.0, value=1e-5)
        self.cb_nan = WrapCheck("TerminateOnNaN")
        self.cb_nan.setChecked(True)
        self.cb_custom = WrapCheck()
        self.cb_tb = WrapCheck("TensorBoard")
        from tfvisual.core.data import default_tensorboard_dir
        self.tb_path = QLineEdit(default_tensorboard_dir())
        # The command that opens the log: shown, never run (no server starts by itself).
        self.tb_cmd = QLabel()
        self.tb_cmd.setObjectName("command")
        self.tb_cmd.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.tb_path.textChanged.connect(self._tb_command)
        self.cb_tb.toggled.connect(self._tb_command)
        self.cbs = Section()
        g = QVBoxLayout(self.cbs.body)
        g.setContentsMargins(0, 0, 0, 0)
        self.cb_labels = [QLabel() for _ in range(8)]
        # Each callback on its own line, its settings on lines below that wrap: the pane
        # stays whole on a projector's 1024 pixels at a large font.
        rows = [
            [self.cb_csv], [self.csv_path],
            [self.cb_es], [self.es_monitor, self.cb_labels[0], self.es_patience],
            [self.cb_labels[1], self.es_delta, self.es_restore],
            [self.cb_sched], [self.sched_kind, self.sched_expr],
            [self.cb_plateau], [self.pl_monitor, self.cb_labels[2], self.pl_factor],
            [self.cb_labels[3], self.pl_patience, self.cb_labels[4], self.pl_min],
            [self.cb_nan], [self.cb_custom],
            [self.cb_tb], [self.tb_path], [self.tb_cmd],
        ]
        for cells in rows:
            g.addWidget(flow(*cells))

        self.start_btn, self.pause_btn, self.stop_btn = WrapButton(), WrapButton(), WrapButton()
        self.start_btn.setObjectName("primary")
        self.start_btn.setShortcut("F5")
        self.start_btn.clicked.connect(self.start_training)
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.stop_btn.clicked.connect(self.stop_training)
        self.stop_btn.setShortcut("Esc")
        self.csv_btn = WrapButton()
        self.csv_btn.clicked.connect(self._open_csv)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        # The percentage is written beside the bar: on the bar it would sit on the chunk's
        # colour (white on yellow in the projector theme).
        self.progress.setTextVisible(False)
        self.eta = QLabel()
        self.message = MessageLine()
        # Its line stays reserved when empty: a message appearing would shrink the three
        # plots, and each would lay out and repaint its axes at once (a 50 ms stall).
        keep = self.message.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(keep)
        self._set_running(False)

        self.loss_plot = make_plot()
        self.acc_plot = make_plot()
        self.lr_plot = make_plot()
        self.lr_plot.two_numbers = True
        for p in (self.loss_plot, self.acc_plot, self.lr_plot):
            p.setClipToView(True)
            p.setDownsampling(mode="peak")
        self.acc_plot.setXLink(self.loss_plot)
        self.lr_plot.setXLink(self.loss_plot)
        # Under the curves, on their epoch axis: what each callback did, and when.
        self.timeline = Timeline()
        self.timeline.plot.setXLink(self.loss_plot)
        self.best_mark = pg.ScatterPlotItem(symbol="star", size=22)
        self.loss_plot.addItem(self.best_mark)
        self.overlay_items: dict = {}      # run id -> its curves on the plots, dashed
        self._overlay_todo: list = []
        self._overlay_slice = QTimer(self, interval=0, singleShot=True)
        self._overlay_slice.timeout.connect(self._make_overlays)
        self.layer_view = LayerStatsView()
        self.runs_view = RunsView()
        self.runs_view.ticked.connect(self._overlay_runs)
        self.runs_view.compare_requested.connect(self.compare_optimizers)
        self._queue: list = []             # optimizers still to train in a comparison
        self._override: dict = {}          # settings of the run in progress (a comparison)
        self.series = {
            "loss_batch": Series(self.loss_plot.plot([], [], name="loss (batch)")),
            "loss": Series(self.loss_plot.plot([], [], name="loss", symbol="o", symbolSize=5)),
            "val_loss": Series(self.loss_plot.plot([], [], name="val_loss", symbol="s",
                                                   symbolSize=5)),
            "accuracy": Series(self.acc_plot.plot([], [], name="accuracy", symbol="o",
                                                  symbolSize=5)),
            "val_accuracy": Series(self.acc_plot.plot([], [], name="val_accuracy", symbol="s",
                                                      symbolSize=5)),
            "lr": Series(self.lr_plot.plot([], [], stepMode=None)),
        }
        self.markers: list = []
        self.smooth = QSlider(Qt.Horizontal)
        self.smooth.setRange(0, 99)
        self.smooth.valueChanged.connect(lambda _v: self._mark_dirty())
        self.smooth_label = QLabel()
        self.boundary = pg.PlotWidget()
        self.boundary.setAspectLocked(True)
        self.boundary_img = pg.ImageItem()
        self.boundary.addItem(self.boundary_img)
        self.boundary_pts = pg.ScatterPlotItem(size=5)
        self.boundary.addItem(self.boundary_pts)
        self.samples = QLabel()
        self.samples.setAlignment(Qt.AlignCenter)
        self.samples.setWordWrap(True)
        self.samples.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        plots = QSplitter(Qt.Vertical)
        # Loss and accuracy: one above the other, or side by side where the stage is short
        # for the font (at 24 pt on 800 pixels the accuracy plot had no room for a number).
        self.curves = QSplitter(Qt.Vertical)
        self.curves.setChildrenCollapsible(False)
        for p in (self.loss_plot, self.acc_plot):
            self.curves.addWidget(titled(p))
        plots.addWidget(self.curves)
        # The learning rate and the callbacks' timeline share the third place (a tab each):
        # four plots at 24 pt on 800 pixels left each too thin to read.
        self.lower = QTabWidget()
        self.lower.setDocumentMode(True)
        self.lower.addTab(titled(self.lr_plot), "")
        self.lower.addTab(titled(self.timeline.plot), "")
        plots.addWidget(self.lower)
        plots.setChildrenCollapsible(False)
        plots.setSizes([500, 180])
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.setup)
        ll.addWidget(self.cbs)
        ll.addLayout(row(self.smooth_label, self.smooth))
        ll.addStretch(1)
        running = QWidget()
        running.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        rl = QHBoxLayout(running)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.progress, 1)
        rl.addWidget(self.eta)

        self.custom = CodeView(bridge_mod.CUSTOM_EXAMPLE)
        self.bridge_src = CodeView("", read_only=True)
        self.log = QPlainTextEdit(readOnly=True)
        self.log.setObjectName("log")
        self.log.setMaximumBlockCount(5000)     # a long run's log keeps its last lines
        self.lesson = lesson_view()
        out = QWidget()
        ol = QVBoxLayout(out)
        ol.addWidget(self.boundary, 1)
        self.samples_caption = QLabel()
        self.samples_caption.setWordWrap(True)
        self.samples_caption.hide()
        ol.addWidget(self.samples_caption)
        ol.addWidget(self.samples)
        # The stage: the curves, or each layer while it learns (the whole room for either).
        self.stage_tabs = QTabWidget()
        self.stage_tabs.setDocumentMode(True)
        self.stage_tabs.addTab(plots, "")
        self.stage_tabs.addTab(self.layer_view, "")
        self.set_stage(self.stage_tabs, actions=(self.start_btn, self.pause_btn, self.stop_btn,
                                       self.csv_btn, running),
                       controls=left,
                       tabs=((scroll_area(self.runs_view), lambda: self.tr("Runs")),
                             (out, lambda: self.tr("Results")),
                             (self.lesson, lambda: self.tr("Lesson")),
                             (self.custom, lambda: self.tr("Custom callback")),
                             (self.bridge_src, lambda: self.tr("The bridge (a custom callback)")),
                             (self.log, lambda: self.tr("Log"))))

    def title(self):
        return self.tr("Training and callbacks")

    def retranslate(self):
        names = {"digits": self.tr("8×8 handwritten digits (UCI)"), "spiral": self.tr("2-D spiral"),
                 "circles": self.tr("2-D circles"), "xor": self.tr("2-D XOR"),
                 "blobs": self.tr("2-D gaussian blobs"), "npz": self.tr("Open a .npz (x, y)…"),
                 "folder": self.tr("Open a folder of images…")}
        kinds = {"step": self.tr("step: halve every 10 epochs"),
                 "exponential": self.tr("exponential: × e^−0.1 each epoch"),
                 "cosine": self.tr("cosine: down to 0 over the epochs"),
                 "expression": self.tr("expression of epoch and lr")}
        for i in range(self.sched_kind.count()):
            self.sched_kind.setItemText(i, kinds[self.sched_kind.itemData(i)])
        for i in range(self.data_combo.count()):
            self.data_combo.setItemText(i, names[self.data_combo.itemData(i)])
        for lab, text in zip(self.setup_labels, (
                self.tr("Data"), self.tr("Noise (2-D)"), self.tr("Validation share"),
                self.tr("Epochs"), self.tr("Batch size"), self.tr("Optimiser"),
                self.tr("Learning rate"))):
            lab.setText(text)
        self.setup.setTitle(self.tr("Data and training"))
        self.samples_caption.setText(self.tr("Predictions on validation samples after "
                                             "training (✓ right; ≠ then the true class):"))
        self.cbs.setTitle(self.tr("Callbacks passed to fit()"))
        for lab, text in zip(self.cb_labels, (self.tr("patience"), self.tr("min_delta"),
                                              self.tr("factor"), self.tr("patience"),
                                              self.tr("min_lr"))):
            lab.setText(text)
        self.cb_custom.setText(self.tr("my own callback"))
        self.cb_custom.setToolTip(self.tr("my own callback (the Custom tab)"))
        self.csv_path.setToolTip(self.tr("Where CSVLogger writes one row per epoch"))
        self.sched_expr.setToolTip(self.tr("A one-line Python expression of epoch and lr"))
        self.start_btn.setText(self.tr("Start (F5)"))
        self.pause_btn.setText(self.tr("Resume") if self.task and self.task.state.paused
                               else self.tr("Pause"))
        self.stop_btn.setText(self.tr("Stop (Esc)"))
        self.csv_btn.setText(self.tr("Open the CSV log"))
        self.cb_tb.setToolTip(self.tr("keras.callbacks.TensorBoard: scalars per epoch and per "
                                      "batch, the graph and weight histograms, one sub-folder "
                                      "per run"))
        self.tb_path.setToolTip(self.tr("The folder TensorBoard reads (--logdir)"))
        self._tb_command()
        self.smooth_label.setText(self.tr("Smoothing"))
        self.series["loss_batch"].item.opts["name"] = self.tr("loss (each batch)")
        set_title(self.loss_plot, self.tr("Loss"))
        set_title(self.acc_plot, self.tr("Accuracy"))
        set_title(self.lr_plot, "")     # its tab says it: the line goes to the numbers
        self.lower.setTabToolTip(1, self.tr("Callbacks: when each acted (hover a mark)"))
        self.stage_tabs.setTabText(0, self.tr("Curves"))
        self.stage_tabs.setTabText(1, self.tr("Layers"))
        self.lower.setTabText(0, self.tr("Learning rate"))
        self.lower.setTabText(1, self.tr("Callbacks timeline"))
        self.timeline.plot.setLabel("bottom", self.tr("epoch"))
        self.layer_view.retranslate()
        self.runs_view.retranslate()
        self.lr_plot.setLabel("bottom", self.tr("epoch"))
        self.lesson.setHtml(self.tr(
            "<h3>Callbacks</h3><p>Callbacks are objects passed to <code>fit()</code> that act "
            "during training.</p><ul>"
            "<li><b>CSVLogger</b> writes each epoch's loss and metrics to a CSV file.</li>"
            "<li><b>EarlyStopping</b> stops when the monitored loss or metric stops improving "
            "for <i>patience</i> epochs: a guard against overfitting. With "
            "restore_best_weights it goes back to the best epoch's weights.</li>"
            "<li><b>LearningRateScheduler</b> sets the learning rate at each epoch from a "
            "schedule.</li>"
            "<li><b>ReduceLROnPlateau</b> lowers the learning rate when the monitored value "
            "stops improving.</li>"
            "<li><b>TerminateOnNaN</b> stops as soon as the loss becomes NaN.</li></ul>"
            "<p>Your own callback subclasses <code>tf.keras.callbacks.Callback</code> and "
            "overrides methods such as <code>on_epoch_end</code>. The curves here come from "
            "such a callback: see the Bridge tab.</p>"))
        self._show_samples()

    SIDE_BY_SIDE_EMS = 26    # a stage shorter than this many lines puts the curves side by side

    def arrange(self):
        super().arrange()
        if self.stage is not None and self.stage.height() > 0:
            short = self.stage.height() < self.SIDE_BY_SIDE_EMS * self.em()
            orientation = Qt.Horizontal if short else Qt.Vertical
            if self.curves.orientation() != orientation:
                self.curves.setOrientation(orientation)
                self.curves.setSizes([1, 1] if short else [3, 2])
                # pyqtgraph lines linked views up by their place on screen: the full-width
                # plots below would pull the half-width loss plot's epochs out of view.
                below = None if short else self.loss_plot
                self.lr_plot.setXLink(below)
                self.timeline.plot.setXLink(below or self.lr_plot)
                if short:
                    for plot in (self.loss_plot, self.acc_plot, self.lr_plot):
                        plot.setXRange(0, max(1, getattr(self, "epochs_total", 1)),
                                       padding=0.02)

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        t = palette_of(theme)
        for p in (self.loss_plot, self.acc_plot, self.lr_plot, self.boundary,
                  self.timeline.plot):
            style_plot(p, theme, pt)
        # A fixed width for the value axis: a new tick label width would re-lay out the plot;
        # the same on every plot, so that their epochs line up (the timeline names rows).
        room = QFontMetrics(self.loss_plot.getAxis("left").style["tickFont"] or self.font())
        width = max(room.horizontalAdvance(text) for text in ("0.0000",) + TIMELINE_ROWS) + pt
        for p in (self.loss_plot, self.acc_plot, self.lr_plot, self.timeline.plot):
            p.getAxis("left").setWidth(width)
        self.timeline.set_theme(theme)
        small = QFont(self.timeline.axis.style["tickFont"] or self.font())
        small.setPointSize(max(8, int(pt * 0.75)))
        self.timeline.axis.setTickFont(small)
        self._timeline_rows = 0     # its room, again at this size
        self._draw_timeline()
        # The loss curve is the lesson: it keeps room for its numbers whatever is below.
        self.loss_plot.setMinimumHeight(self.em() * 6)
        self.best_mark.setBrush(pg.mkBrush(t.warn))
        self.best_mark.setPen(pg.mkPen(t.text, width=1))
        self.layer_view.apply_style(theme, pt)
        self.runs_view.list.setMinimumHeight(self.em() * 6)
        self.runs_view.table.setMinimumHeight(self.em() * 5)
        self._overlay_runs()
        styles = {"loss_batch": (0, 1.0, Qt.DotLine), "loss": (0, 2.5, Qt.SolidLine),
                  "val_loss": (1, 2.5, Qt.SolidLine), "accuracy": (0, 2.5, Qt.SolidLine),
                  "val_accuracy": (1, 2.5, Qt.SolidLine), "lr": (2, 2.5, Qt.SolidLine)}
        for k, (ci, w, st) in styles.items():
            item = self.series[k].item
            item.setPen(pen(theme, ci, w, style=st))
            if k != "loss_batch" and k != "lr":
                item.setSymbolBrush(t.curves[ci])
                item.setSymbolPen(t.curves[ci])
        # The per-batch line under the epoch curves: it is context, they are the data.
        self.series["loss_batch"].item.setZValue(-1)
        for p in (self.loss_plot, self.acc_plot, self.lr_plot):
            refresh_title(p)
        # A readable learning-rate plot at any font size: three lines of ticks at least.
        self.lr_plot.setMinimumHeight(self.em() * 5)
        for w in (self.custom, self.bridge_src):
            w.set_theme(theme)
            w.set_font_size(max(8, pt - 1))
        self.log.setFont(mono_font(max(8, pt - 1)))

    def activate(self):
        from tfvisual.core import training
        try:
            self.bridge_src.setPlainText(inspect.getsource(bridge_mod.TrainingBridge) +
                                         "\n\n" + inspect.getsource(training.Recorder))
        except OSError:   # a build without our .py files: training must still work
            self.bridge_src.setPlainText(self.tr("(The source code is not part of this "
                                                 "build.)"))
        self.warm_child()

    def on_tf_ready(self):
        super().on_tf_ready()
        from tfvisual.core import training
        runs = training.Runs(training.default_runs_folder())
        runs.load()
        self.runs_view.set_runs(runs)
        # The child imports TensorFlow while the learner is elsewhere: the first Start is then
        # as quick as the next ones. Only once no panel is working: the import takes a core
        # for seconds.
        self._idle_check = QTimer(self, interval=1000)
        self._idle_check.timeout.connect(self._warm_when_idle)
        self._idle_check.start()

    def _warm_when_idle(self):
        if self.closing:
            self._idle_check.stop()
            return
        window = self.window()
        panels = getattr(window, "panels", {}).values()
        if any(p.tasks for p in panels):
            return
        self._idle_check.stop()
        self.warm_child()

    def warm_child(self):
        if self.use_process and self.runner is None and self.tf_ready and not self.closing:
            from tfvisual.core import trainproc
            self.runner = trainproc.Runner()
            self.runner.warm()      # a process start: no TensorFlow work on this thread

    def shutdown(self):
        self.closing = True     # no child starts after this
        if self.runner is not None:
            self.runner.close()

    # -- data -------------------------------------------------------------------------------
    def _pick_data(self, i):
        kind = self.data_combo.itemData(i)
        if kind == "npz":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a dataset"), "",
                                                  "NumPy (*.npz)")
            self.data_path = path or ""
        elif kind == "folder":
            self.data_path = QFileDialog.getExistingDirectory(self, self.tr("A folder with one "
                                                                            "sub-folder per class"))
        if kind in ("npz", "folder") and not self.data_path:
            self.data_combo.setCurrentIndex(0)

    # -- running ----------------------------------------------------------------------------
    def config(self):
        from tfvisual.core.training import CallbackConfig, TrainConfig
        cb = CallbackConfig(
            csv_path=self.csv_path.text().strip() if self.cb_csv.isChecked() else None,
            early_stopping={"monitor": self.es_monitor.currentText(),
                            "patience": self.es_patience.value(),
                            "min_delta": self.es_delta.value(),
                            "restore_best_weights": self.es_restore.isChecked()}
            if self.cb_es.isChecked() else None,
            scheduler=({"kind": self.sched_kind.currentData(),
                        "expression": self.sched_expr.text()}
                       if self.sched_kind.currentData() == "expression"
                       else {"kind": self.sched_kind.currentData()})
            if self.cb_sched.isChecked() else None,
            reduce_lr={"monitor": self.pl_monitor.currentText(),
                       "factor": self.pl_factor.value(), "patience": self.pl_patience.value(),
                       "min_lr": self.pl_min.value()} if self.cb_plateau.isChecked() else None,
            terminate_on_nan=self.cb_nan.isChecked(),
            custom_source=self.custom.toPlainText() if self.cb_custom.isChecked() else None,
            tensorboard=self.tb_path.text().strip() if self.cb_tb.isChecked() else None)
        cfg = TrainConfig(self.epochs.value(), self.batch.value(), self.opt.currentData(),
                          self.lr.value(), cb)
        for k, v in self._override.items():     # a comparison's run: its optimizer and seed
            setattr(cfg, k, v)
        return cfg

    def start_training(self):
        if not self.tf_ready or self.task is not None:
            return
        if self.cb_csv.isChecked() and self.csv_path.text() == self.csv_auto:
            from tfvisual.core.data import default_csv_path
            self.csv_auto = default_csv_path()
            self.csv_path.setText(self.csv_auto)
        self._started, self.first_point_seconds = time.perf_counter(), None
        self._arrived, self._drawn, self.batch_latency = [], [], []
        kind = self.data_combo.currentData()
        self.message.clear_message()
        self.custom.show_error(None)
        self._set_running(True)
        # Kept, so that Stop also ends the loading (20,000 images went on after Stop).
        self.data_task = self.start(data_job, kind, self.data_path, self.noise.value(),
                                    self.val.value(), done=self._data_ready,
                                    error=self._data_failed, cancelled=self._data_stopped,
                                    label=self.tr("Preparing the data…"))

    def _data_failed(self, message, line=None):
        self.data_task = None
        self._failed(message, line)

    def _data_stopped(self):
        self.data_task = None
        self._set_running(False)
        self.message.show_message(self.tr("Stopped while preparing the data."), "warn")
        self.finish_demo(False, self.message.text())

    def _data_ready(self, ds):
        self.data_task = None
        self.dataset = ds
        for s in self.series.values():
            s.clear()
        for m in self.markers:
            for plot in (self.loss_plot, self.lr_plot):
                if m in plot.items():
                    plot.removeItem(m)
        self.markers = []
        self.timeline.clear()
        self.timeline.draw()
        self.best_mark.clear()
        self.layer_view.clear()
        self.steps_per_epoch = 1
        self.epochs_total = self.epochs.value()
        self._reset_ranges()
        self.done_fraction = 0.0
        self.progress.setValue(0)
        self.log.clear()
        skipped = getattr(ds, "skipped", None) or []
        self.skipped_note = self.tr("{0} files could not be read and were skipped: {1}").format(
            len(skipped), ", ".join(skipped[:5]) + (" …" if len(skipped) > 5 else "")) \
            if skipped else ""
        if skipped:
            self.message.show_message(self.skipped_note, "warn")
            self.log.appendPlainText(self.skipped_note)
        self.summary = None
        self._show_samples()
        self.boundary_img.clear()
        if ds.is_2d:
            t = palette_of(self.theme)
            cols = [pg.mkBrush(t.curves[int(c) % len(t.curves)]) for c in ds.y_train[:2000]]
            self.boundary_pts.setData(ds.x_train[:2000, 0], ds.x_train[:2000, 1], brush=cols,
                                      pen=pg.mkPen(t.text, width=0.5))
        else:
            self.boundary_pts.clear()
        self.boundary.setVisible(ds.is_2d)
        spec, api = self.spec_provider()
        try:
            cfg = self.config()
        except ValueError as e:
            return self._failed(describe(e), None)
        self.events, self.run_of = [], (cfg, ds.name)   # what the exercises check
        self.clock.start()
        self._antialias(False)
        self.redraw.start()
        self.task = self.start(train_job, self.runner, ds, spec, api, cfg, self.bridge.emit,
                               done=self._trained, error=self._failed,
                               cancelled=self._trained_cancelled,
                               label=self.tr("Training…"))
        self.task.finished.connect(self._training_over)

    def compare_optimizers(self, chosen):
        """Train the panel's model once per optimizer, one after another, from the same
        first weights (one seed), then overlay them."""
        if not self.tf_ready or self.task is not None or not chosen:
            return
        self.runs_view.list.blockSignals(True)
        for i in range(self.runs_view.list.count()):     # only the comparison overlaid
            self.runs_view.list.item(i).setCheckState(Qt.Unchecked)
        self.runs_view.list.blockSignals(False)
        self._queue = list(chosen)
        self._compare_total = len(chosen)
        self._next_comparison()

    def _next_comparison(self):
        opt, lr = self._queue.pop(0)
        self._override = {"optimizer": opt, "learning_rate": lr, "seed": 1}
        done = self._compare_total - len(self._queue)
        self.start_training()
        self.status.emit(self.tr("Comparing optimizers: {0} of {1} ({2} {3:g})…").format(
            done, self._compare_total, opt, lr))

    def _overlay_runs(self):
        """Ticked runs' curves, dashed, each in its own colour, named by what differs. Each
        run's curves are made once and kept while it stays ticked; new ones a few runs per
        turn of the event loop (20 ticked at once took 0.2 s in one go)."""
        if not hasattr(self, "runs_view") or self.runs_view.runs is None:
            return
        cmp = self.runs_view.comparison()
        wanted = [row["id"] for row in cmp["rows"]]
        for run_id in set(self.overlay_items) - set(wanted):
            for plot, item in self.overlay_items.pop(run_id):
                plot.removeItem(item)
        self._overlay_cmp = cmp
        self._overlay_todo = [i for i in wanted if i not in self.overlay_items]
        if self._overlay_todo:
            self._overlay_slice.start()
        else:
            self._restyle_overlays()
        if cmp["rows"]:
            self.offer({"ticked": self.runs_view.ticked_runs()})

    def _make_overlays(self):
        """The next two runs' curves (styled once all are made)."""
        for run_id in self._overlay_todo[:2]:
            run = self.runs_view.runs.get(run_id)
            items = []
            for plot, keys in ((self.loss_plot, ("loss", "val_loss")),
                               (self.acc_plot, ("accuracy", "val_accuracy"))):
                for j, key in enumerate(keys):
                    ys = run.history.get(key) if run is not None else None
                    if ys:
                        # A legend entry a run (its first curve); the rest plain curves.
                        item = pg.PlotDataItem(np.arange(1, len(ys) + 1), ys) \
                            if plot is self.loss_plot and j == 0 else \
                            pg.PlotCurveItem(np.arange(1, len(ys) + 1), ys)
                        item.setZValue(-2)
                        # Painted once into a pixmap: twenty runs' curves repainted at
                        # every frame held the window 100 ms.
                        for part in ([item.curve, item.scatter] if isinstance(
                                item, pg.PlotDataItem) else [item]):
                            part.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
                        plot.addItem(item)
                        items.append((plot, item))
            self.overlay_items[run_id] = items
        self._overlay_todo = self._overlay_todo[2:]
        self._restyle_overlays(final=not self._overlay_todo)
        if self._overlay_todo:
            self._overlay_slice.start()

    def _restyle_overlays(self, final=True):
        """Colours, line styles and names by the runs' places in the comparison (the
        legend and the axes once every run is there)."""
        cmp = getattr(self, "_overlay_cmp", None)
        if cmp is None:
            return
        t = palette_of(self.theme)
        styles = (Qt.DashLine, Qt.DotLine)
        width = 2.5 if self.theme == "contrast" else 1.8
        for i, entry in enumerate(cmp["rows"]):
            colour = t.curves[(i + 2) % len(t.curves)]
            for k, (_plot, item) in enumerate(self.overlay_items.get(entry["id"], [])):
                style = (colour, width, k % 2, cmp["labels"][entry["id"]])
                if getattr(item, "_style", None) == style:
                    continue        # as painted: its cached picture stays
                item._style = style
                item.setPen(pg.mkPen(colour, width=width, style=styles[k % 2]))
                if isinstance(item, pg.PlotDataItem):
                    item.opts["name"] = cmp["labels"][entry["id"]]
        if not final:
            return
        for p in (self.loss_plot, self.acc_plot):
            refresh_title(p)
        # Their values widen the axes (only widen: a new range re-paints every curve).
        runs = [self.runs_view.runs.get(e["id"]) for e in cmp["rows"]]
        self._overlay_values = {
            group: np.array([v for r in runs if r is not None for k in keys
                             for v in r.history.get(k, [])], float)
            for group, keys in (("loss_batch", ("loss", "val_loss")),
                                ("accuracy", ("accuracy", "val_accuracy")))}
        self.dirty = True
        self._draw()

    @property
    def overlays(self) -> list:
        """(plot, curve) of every run overlaid."""
        return [pair for items in self.overlay_items.values() for pair in items]

    def toggle_pause(self):
        if not self.task:
            return
        if self.task.state.paused:
            self.task.state.resume()
            self.status.emit(self.tr("Training…"))
        else:
            self.task.state.pause()
            self.status.emit(self.tr("Paused"))
        self.retranslate()

    def stop_training(self):
        if self.data_task is not None:
            self.data_task.cancel()
        if self.task:
            self.task.cancel()   # the recorder sets model.stop_training at the next batch

    def _antialias(self, on):
        """Antialiased curves cost ~4x the paint time; while training, paint fast."""
        for series in self.series.values():
            series.item.opts["antialias"] = on
            series.item.curve.opts["antialias"] = on
            series.drawn = (0, -1.0)
        self.dirty = True

    def _training_over(self):
        self.task = None
        if self._queue and self.summary is not None and not self.summary.get("cancelled") \
                and not self.closing:
            QTimer.singleShot(0, self._next_comparison)     # the next optimizer
        else:
            self._queue, self._override = [], {}
        self.redraw.stop()
        self._antialias(True)
        # Antialiased again, one plot per event-loop pass: the three at once stalled 50 ms.
        for i in range(len(self.GROUPS)):
            QTimer.singleShot(50 * (i + 1), self._tick)
        QTimer.singleShot(50 * (len(self.GROUPS) + 1), self._draw)
        self._set_running(False)
        ok = self.summary is not None
        self.finish_demo(ok, "" if ok else self.message.text())

    def _set_running(self, running):
        self.start_btn.setEnabled(not running)
        self.pause_btn.setEnabled(running)
        self.stop_btn.setEnabled(running)
        self.data_combo.setEnabled(not running)

    def _trained(self, summary):
        self.summary = summary
        if summary.get("device"):
            self.ran_on.emit(summary["device"])   # read from the trained weights
        n = summary["epochs_run"]
        text = self.tr("Trained {0} epochs in {1:.1f} s.").format(n, summary["fit_seconds"])
        if summary.get("cancelled"):
            text = self.tr("Stopped by you after {0} epochs.").format(n)
        cfg = self.run_of[0]
        if cfg is not None and cfg.callbacks.tensorboard:
            from tfvisual.core.data import tensorboard_command
            text += " " + self.tr("TensorBoard log written; open it with: {0}").format(
                tensorboard_command(cfg.callbacks.tensorboard))
        if summary.get("nan_step") is not None:   # not a success, whatever else happened
            self.message.show_message(
                self._nan_text(summary["nan_step"], summary.get("nan_terminated", True)), "error")
        elif self.skipped_note:
            self.message.show_message(text + " " + self.skipped_note, "warn")
        else:
            self.message.show_message(text, "good")
        self.progress.setValue(100)
        self.eta.setText("100%")
        self._show_samples()
        cfg, name = self.run_of
        self._keep_run(summary, cfg, name)
        self.offer({"summary": summary, "events": list(self.events), "config": cfg,
                    "dataset": name, "layers": self.layer_view.latest,
                    "ticked": self.runs_view.ticked_runs()})

    def _keep_run(self, summary, cfg, dataset):
        """The finished run into the run list, saved at once beside the CSV logs."""
        runs = self.runs_view.runs
        if runs is None or cfg is None or not summary.get("history"):
            return
        spec, _api = self.spec_provider()
        model = " ".join(f"{h.kind}({h.units}, {h.activation})" if h.kind == "dense"
                         else f"{h.kind}({h.rate})" for h in spec.hidden)
        cb = cfg.callbacks
        used = [n for n, on in (("CSVLogger", cb.csv_path), ("EarlyStopping", cb.early_stopping),
                                ("LearningRateScheduler", cb.scheduler),
                                ("ReduceLROnPlateau", cb.reduce_lr),
                                ("TerminateOnNaN", cb.terminate_on_nan),
                                ("custom", cb.custom_source)) if on]
        config = {"optimizer": cfg.optimizer, "learning_rate": cfg.learning_rate,
                  "batch_size": cfg.batch_size, "model": model or "linear",
                  "dataset": dataset, "epochs": cfg.epochs, "callbacks": ", ".join(used),
                  "seed": cfg.seed}
        final = {"epochs_run": summary["epochs_run"], "fit_seconds": summary["fit_seconds"],
                 "cancelled": summary.get("cancelled", False)}
        events = [(x, row, kind, tip) for row, pts in self.timeline.rows.items()
                  for x, kind, tip in pts if row != "batch"]
        try:
            run = runs.add(config, summary["history"], final, summary.get("csv_path"), events)
        except ValueError as e:
            self.message.show_message(describe(e), "warn")
            return
        self.runs_view.refresh(tick=[run.id] if self._override else [])

    def _nan_text(self, step, terminated):
        if terminated:
            return self.tr("The loss became NaN at batch {0}: TerminateOnNaN stopped training. "
                           "Try a lower learning rate; the curves so far are kept.").format(step)
        return self.tr("The loss became NaN at batch {0} and training went on (TerminateOnNaN "
                       "is off): every weight is NaN from there. Try a lower learning "
                       "rate.").format(step)

    def _trained_cancelled(self):
        self.message.show_message(self.tr("Stopped. The curves so far are kept."), "warn")

    def _failed(self, message, line):
        self.message.show_message(message, "error")
        if line and self.cb_custom.isChecked():
            self.custom.show_error(line)
        if self.task is None:
            self._set_running(False)
            self.finish_demo(False, message)

    def _tb_command(self, *_):
        from tfvisual.core.data import tensorboard_command
        on = self.cb_tb.isChecked()
        self.tb_cmd.setVisible(on)
        self.tb_cmd.setText(self.tr("Open it with: {0}").format(
            tensorboard_command(self.tb_path.text().strip())) if on else "")

    def export_state(self) -> dict:
        from dataclasses import asdict
        spec, api = self.spec_provider()
        return {"dataset": {"kind": self.data_combo.currentData(), "path": self.data_path,
                            "noise": self.noise.value(), "validation": self.val.value()},
                "api": api, "spec": asdict(spec), "config": asdict(self.config())}

    def _open_csv(self):
        path = self.csv_path.text().strip()
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # -- events from the bridge -------------------------------------------------------------
    def _event(self, kind, d):
        if kind not in ("batches", "boundary", "log", "layer_stats"):
            self.events.append((kind, d))
        if kind == "train_begin":
            self.status.emit(self.tr("Training…"))
            self.steps_per_epoch = max(1, d.get("steps") or 1)
            self.epochs_total = d.get("epochs") or 1
            self.timeline.add("fit", 0, "hook", self.tr("on_train_begin: lr {0:.3g}").format(
                d.get("lr") or 0.0))
            # Batch ends at a readable density: about 60 marks over the whole run.
            self._batch_every = max(1, self.steps_per_epoch * self.epochs_total // 60)
        elif kind == "batches":
            series = self.series["loss_batch"]
            for step, logs, ended in d["items"]:
                series.add(step / self.steps_per_epoch, logs.get("loss", float("nan")))
                self._arrived.append(ended)
                if step % getattr(self, "_batch_every", 1) == 0:
                    self.timeline.add("batch", step / self.steps_per_epoch, "hook",
                                      self.tr("on_train_batch_end: batch {0}, loss {1:.4g}")
                                      .format(step, logs.get("loss", float("nan"))))
            self.done_fraction = d["items"][-1][0] / (self.steps_per_epoch * self.epochs_total)
            self.dirty = True
        elif kind == "epoch":
            x = d["epoch"] + 1
            for k in ("loss", "val_loss", "accuracy", "val_accuracy"):
                if k in d["logs"]:
                    self.series[k].add(x, d["logs"][k])
            self.series["lr"].add(x, d["lr"])
            self.dirty = True
            self.timeline.add("epoch", x, "hook", self.tr("on_epoch_end: epoch {0}").format(x))
            es = d.get("es")
            if es is not None:      # EarlyStopping's counter, and its best epoch marked
                self.timeline.add("EarlyStop", x, "hook", self.tr(
                    "EarlyStopping: {0} epochs without improving {1} (patience {2}); best "
                    "epoch so far {3}").format(es["wait"], es["monitor"], es["patience"],
                                               es["best_epoch"] + 1))
                self._mark_best(es)
        elif kind == "lr_changed":
            x = d["epoch"] + (0 if d.get("hook") == "on_epoch_begin" else 1)
            who = d.get("by") or ""
            self.timeline.add(SHORT.get(who, who or self.tr("unknown")), x, "change",
                              self.tr("{0}.{1}: lr {2:.3g} → {3:.3g}").format(
                                  who or "?", d.get("hook") or "", d["old"], d["new"]))
            self._marker(self.lr_plot, x, self.tr("lr → {0:.3g} ({1})").format(
                d["new"], d["by"]) if d["by"] else self.tr("lr → {0:.3g}").format(d["new"]))
        elif kind == "early_stopped":
            label = self.tr("EarlyStopping: stopped after epoch {0}").format(d["epoch"] + 1)
            if d["restored_epoch"] is not None:
                label += self.tr(", restored epoch {0}'s weights").format(
                    d["restored_epoch"] + 1)
            self._marker(self.loss_plot, d["epoch"] + 1, label)
            self.early_stopped = d
            self.timeline.add("EarlyStop", d["epoch"] + 1, "stop", label)
        elif kind == "nan":
            self.timeline.add("NaN", d["step"] / self.steps_per_epoch, "stop", self.tr(
                "TerminateOnNaN: NaN loss at batch {0}").format(d["step"]))
            self._marker(self.loss_plot, d["step"] / self.steps_per_epoch,
                         self.tr("NaN loss: TerminateOnNaN stopped training")
                         if d["terminated"] else self.tr("NaN loss from here on"))
            self.message.show_message(self._nan_text(d["step"], d["terminated"]), "error")
        elif kind == "boundary_extent":
            self.extent = d
        elif kind == "boundary":
            self._boundary(d["probs"])
        elif kind == "log":
            self.log.appendPlainText(d["text"])
        elif kind == "said":
            self.timeline.add(d.get("who") or self.tr("my callback"),
                              d["step"] / self.steps_per_epoch, "print",
                              self.tr("print: {0}").format(d["text"]))
        elif kind == "layer_stats":
            self.layer_view.add(d)
            self.timeline.add("LayerStats", d["step"] / self.steps_per_epoch, "measure",
                              self.tr("each layer measured at batch {0}").format(d["step"]))
        elif kind == "train_end":
            self.timeline.add("fit", d["step"] / self.steps_per_epoch, "hook",
                              self.tr("on_train_end after batch {0}").format(d["step"]))
        elif kind == "starting":
            self.status.emit(self.tr("Starting the training process (TensorFlow loads once)…"))
            self.eta.setText(self.tr("starting…"))
        elif kind == "in_process":
            self.log.appendPlainText(self.tr("(The training process could not start: "
                                             "training in the app's own process instead.)"))

    def _mark_best(self, es):
        """EarlyStopping's best epoch so far, a star on its monitored curve."""
        series = self.series.get(es["monitor"])
        e = es["best_epoch"]
        if series is not None and 0 <= e < series.n:
            self.best_mark.setData([e + 1], [series.y[e]], data=[es["monitor"]])
        else:
            self.best_mark.clear()

    def _marker(self, plot, x, label):
        t = palette_of(self.theme)
        line = pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen(t.warn, width=2,
                                                             style=Qt.DashLine),
                               label=label, labelOpts={"position": 0.85, "color": t.warn,
                                                       "fill": t.base, "movable": True})
        plot.addItem(line)
        self.markers.append(line)

    def _boundary(self, probs):
        e = getattr(self, "extent", None)
        if e is None:
            return
        n = e["n"]
        t = palette_of(self.theme)
        cols = np.array([pg.mkColor(c).getRgb()[:3] for c in t.curves], dtype=float)
        k = probs.shape[1]
        rgb = (probs @ cols[np.arange(k) % len(cols)]).reshape(n, n, 3)
        conf = probs.max(1).reshape(n, n, 1)
        bg = np.array(pg.mkColor(t.plot_bg).getRgb()[:3], dtype=float)
        img = (bg + (rgb - bg) * (0.25 + 0.45 * conf)).clip(0, 255).astype(np.uint8)
        self.boundary_img.setImage(img.transpose(1, 0, 2), levels=(0, 255))
        lo, hi = e["lo"], e["hi"]
        from PySide6.QtCore import QRectF
        self.boundary_img.setRect(QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]))

    def _mark_dirty(self):
        self.dirty = True
        self._draw()

    GROUPS = (("loss_batch", "loss", "val_loss"), ("accuracy", "val_accuracy"), ("lr",))

    def _tick(self):
        """While training: the loss plot, where each batch's point lands, at every tick; the
        accuracy and learning-rate plots, which change once an epoch, in turn. A plot whose
        range moved repaints its axes too (10-30 ms); three at once held the window 100 ms."""
        t0 = time.perf_counter()
        self._show_progress()
        self._draw_group(self.GROUPS[0])
        self._draw_group(self.GROUPS[1 + self._next_group])
        self._next_group = (self._next_group + 1) % (len(self.GROUPS) - 1)
        self._draw_timeline()
        # fit() runs in another process, but the two may share two cores: drawing takes at
        # most a fifth of one (and a point reaches the screen within about 100 ms).
        cost = time.perf_counter() - t0
        self.redraw.setInterval(int(min(500, max(50, cost * 5_000))))

    def _draw(self):
        """All plots now (after training, or when a setting changes)."""
        if not self.dirty:
            return
        self.dirty = False
        self._show_progress()
        for group in self.GROUPS:
            self._draw_group(group)
        self._draw_timeline()

    def _draw_timeline(self):
        """The timeline, a line of room for each of its rows."""
        rows = len(self.timeline.rows)
        self.timeline.draw()
        if rows != getattr(self, "_timeline_rows", 0):
            self._timeline_rows = rows
            # Rows in a smaller type than the curves' numbers: names, read on hover too.
            self.timeline.plot.setMinimumHeight(int(self.em() * (0.8 * rows + 2)))

    def _show_progress(self):
        done = getattr(self, "done_fraction", 0.0)
        if self.task is not None and done > 0:
            self.progress.setValue(int(done * 100))
            left = self.clock.elapsed() / 1000 * (1 - done) / done
            self.eta.setText(self.tr("{0}% · {1:.0f} s left").format(int(done * 100), left))

    def _draw_group(self, group):
        if group[0] in self._new_x:
            self._new_x.discard(group[0])
            plot = self._plot_of(group)
            plot.disableAutoRange()
            plot.setXRange(0, max(1, self.epochs_total), padding=0.02)
        ema = self.smooth.value() / 100.0
        for k in group:
            self.series[k].draw(ema if k != "lr" else 0.0)
        self._fit_y(group)
        if group[0] == "loss_batch" and self._arrived:
            self._drawn += self._arrived      # on screen at the plot's next paint
            self._arrived = []

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and obj is self.loss_plot.viewport() and self._drawn:
            now = time.perf_counter()
            if self.first_point_seconds is None and self._started is not None:
                self.first_point_seconds = now - self._started
            self.batch_latency += [now - ended for ended in self._drawn]
            self._drawn = []
        return super().eventFilter(obj, event)

    def _plot_of(self, group):
        return {"loss_batch": self.loss_plot, "accuracy": self.acc_plot,
                "lr": self.lr_plot}[group[0]]

    def _fit_y(self, group):
        """Ranges set by hand, growing only with room to spare: pyqtgraph's auto-range moves
        the axes on every point, and each move re-lays out and repaints the plot again."""
        ys = [s.y[:s.n] for s in (self.series[k] for k in group) if s.n]
        ys.append(getattr(self, "_overlay_values", {}).get(group[0], np.empty(0)))
        ys = np.concatenate(ys)
        ys = ys[np.isfinite(ys)]
        if not ys.size:
            return
        lo, hi = float(ys.min()), float(ys.max())
        if group[0] == "lr":
            lo = 0.0   # from 0: a flat rate is a line, a halving looks like one
        cur = self._yrange.get(group[0])
        if cur is not None and cur[0] <= lo and hi <= cur[1]:
            return
        room = 0.15 * ((hi - lo) or abs(hi) or 1.0)
        if cur is not None:   # only grow, so the axes settle after the first epochs
            lo, hi = min(lo, cur[0]), max(hi, cur[1])
        bottom = lo - room if lo < 0 else max(0.0, lo - room)
        new = (0.0 if group[0] == "lr" else bottom, hi + room)
        self._yrange[group[0]] = new
        self._plot_of(group).setYRange(*new, padding=0)

    def _reset_ranges(self):
        """New ranges for a new run, set plot by plot as each is next drawn."""
        self._yrange = {}
        self._new_x = {g[0] for g in self.GROUPS}

    def _show_samples(self):
        s = self.summary
        self.samples_caption.setVisible(bool(s and s["predictions"]))
        if not s or not s["predictions"]:
            self.samples.setText("")
            self.samples.setPixmap(QPixmap())
            return
        ds = self.dataset
        if ds.image_shape and len(ds.image_shape) == 2:
            self.samples.setPixmap(self._sample_pixmap(s["predictions"], ds.image_shape))
        else:
            self.samples.setText("   ".join(self._verdict(p, t) for _, p, t in s["predictions"]))

    @staticmethod
    def _verdict(pred, true):
        return f"{pred} ✓" if pred == true else f"{pred} ≠ {true}"

    def _sample_pixmap(self, preds, shape):
        """The validation samples in a grid that fits the pane, each with its prediction."""
        from PySide6.QtGui import QColor, QFont, QPainter
        t = palette_of(self.theme)
        cols = 4
        rows = (len(preds) + cols - 1) // cols
        cell = int(max(40, min(96, (self.samples.width() - 8) / cols)))
        text_h = int(self.pt * 2.2)
        pm = QPixmap(cell * cols, (cell + text_h) * rows)
        pm.fill(QColor(t.base))
        p = QPainter(pm)
        f = QFont()
        f.setPointSize(max(7, self.pt - 2))
        p.setFont(f)
        for i, (x, pred, true) in enumerate(preds):
            r, c = divmod(i, cols)
            x0, y0 = c * cell, r * (cell + text_h)
            a = (np.asarray(x).reshape(shape) * 255).clip(0, 255).astype(np.uint8)
            a = np.ascontiguousarray(255 - a)
            img = QImage(a.data, shape[1], shape[0], shape[1], QImage.Format_Grayscale8).copy()
            p.drawImage(x0 + 4, y0 + 2, img.scaled(cell - 8, cell - 8))
            p.setPen(QColor(t.good if pred == true else t.bad))
            # Short enough for a narrow cell: the prediction, and the truth only when wrong.
            p.drawText(x0, y0 + cell, cell, text_h, Qt.AlignCenter, self._verdict(pred, true))
        p.end()
        return pm

    def run_demo(self):
        self._demo = True
        self.epochs.setValue(8)
        self.cb_es.setChecked(True)
        self.cb_plateau.setChecked(True)
        self.start_training()


PANEL = TrainingPanel
