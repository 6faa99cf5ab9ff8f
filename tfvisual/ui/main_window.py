"""The main window: lessons in the chapter's order, toolbar, status bar, settings."""
from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPainter,
                           QPixmap)
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QFrame, QHBoxLayout,
                               QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu,
                               QMessageBox, QProgressBar, QPushButton, QSizePolicy,
                               QStackedWidget, QToolBar, QToolButton, QVBoxLayout, QWidget)

from tfvisual import PANELS
from tfvisual.core import devices
from tfvisual.resources import resource

from . import i18n, theme, worker
from .panels import panel_class
from .widgets import exercises
from .worker import Task

log = logging.getLogger("tfvisual")


def load_tensorflow(logical_cpus=1, state=None) -> dict:
    """Import TensorFlow on a worker thread; return what the window shows about it."""
    from tfvisual.core import tf as tfload
    tfload.import_tensorflow()
    if logical_cpus > 1:   # the startup setting: only possible before devices are set up
        devices.configure_logical_cpus(logical_cpus)
    devs = devices.list_devices()
    return {"version": tfload.version(), "seconds": tfload.load_seconds,
            "devices": [(d.name, d.kind) for d in devs],
            "gpu_reason": devices.gpu_unavailable_reason()}


class Settings:
    """QSettings with validation: anything missing, corrupt or out of range is a default."""
    DEFAULTS = {"theme": "light", "font_size": theme.DEFAULT_PT, "lang": "", "panel": "tensors",
                "device": "cpu", "logical_cpus": 1, "sidebar": True, "presentation": False,
                "hints": True}

    def __init__(self, qsettings: QSettings | None):
        self.q = qsettings
        if self.q is not None and self.q.status() != QSettings.NoError:
            log.warning("settings file %s is unreadable; using defaults", self.q.fileName())
            self.q.clear()

    def get(self, key):
        default = self.DEFAULTS[key]
        if self.q is None:
            return default
        try:
            value = self.q.value(key, default)
        except Exception:
            return default
        if key == "font_size":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return default
            return value if theme.MIN_PT <= value <= theme.MAX_PT else default
        if key == "theme":
            return value if value in theme.THEMES else default
        if key == "panel":
            return value if value in PANELS else default
        if key == "lang":
            return value if value in i18n.LANGUAGES else default
        if key == "device":
            return value if value in ("cpu", "gpu") else default
        if key in ("sidebar", "presentation", "hints"):   # an ini file gives back "true" / "false"
            return str(value).lower() not in ("false", "0")
        if key == "logical_cpus":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return default
            return value if 1 <= value <= 8 else default
        return value

    def set(self, key, value):
        if self.q is not None:
            self.q.setValue(key, value)

    def unwritable(self) -> str | None:
        """The settings file when it cannot be saved (a folder, no permission), else None."""
        if self.q is None:
            return None
        import os
        from pathlib import Path
        p = Path(self.q.fileName())
        folder = next((a for a in p.parents if a.exists()), None)
        if p.is_dir() or (p.exists() and not os.access(p, os.W_OK)) or \
                (not p.exists() and (folder is None or not folder.is_dir()
                                     or not os.access(folder, os.W_OK))):
            return str(p)
        return None

    def progress_path(self):
        """Where exercise progress is kept when the app names no data folder: beside the
        settings file; None (memory only) for a screenshot or self-test."""
        if self.q is None:
            return None
        from pathlib import Path
        return Path(self.q.fileName()).with_name("progress.json")

    def geometry(self):
        if self.q is None:
            return None
        g = self.q.value("geometry")
        return g if isinstance(g, QByteArray) else None


def first_size(width: int, height: int) -> tuple[int, int] | None:
    """The first window's size on a screen of ``width`` × ``height`` available pixels, or
    None for all of it (maximized), where 90 % would be under 1280 × 800."""
    w, h = int(width * 0.9), int(height * 0.9)
    return None if w < 1280 or h < 800 else (w, h)


class MainWindow(QMainWindow):
    tf_ready = Signal(dict)
    tf_failed = Signal(str)

    def __init__(self, settings: Settings, lang: str, theme_name: str, pt: int,
                 device: str = "cpu", panel: str | None = None, progress_path=None):
        super().__init__()
        worker.collect_garbage_in_gui_thread()
        self.settings = settings
        # One learner's progress for every panel's exercises, made before the panels.
        self.exercises = exercises.Store(progress_path or settings.progress_path())
        self.exercises.hints = settings.get("hints")
        exercises.set_store(self.exercises)
        self.lang, self.theme_name, self.pt = lang, theme_name, pt
        self.wanted_device = device
        self.tf_info: dict | None = None
        self.setWindowIcon(QIcon(str(resource("icons", "tfvisual.svg"))))
        self.panels: dict[str, object] = {}
        self._build()
        self.apply_theme(theme_name, pt)
        geo = settings.geometry()
        if geo is None or not self.restoreGeometry(geo):
            self._fit_screen()
        # A first launch: nothing saved yet (a screenshot or self-test saves nothing, so none).
        first = settings.q is not None and not settings.q.contains("panel")
        self.show_panel(panel or settings.get("panel"))
        self.retranslate()
        self.welcome.setVisible(first)
        self._built = True
        if settings.get("presentation"):
            self.act_present.setChecked(True)
        if (problem := self.exercises.problem()):
            self.show_error(problem)
        if (path := settings.unwritable()):
            self.show_error(self.tr("Settings cannot be saved to {0} (a folder, or no "
                                    "permission): what you choose now lasts until you "
                                    "quit.").format(path))

    # -- construction -----------------------------------------------------------------------
    def _build(self):
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.device_label = QLabel()
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("device")
        self.device_combo.addItem("CPU", "/CPU:0")
        self.device_combo.setEnabled(False)
        self.device_combo.currentIndexChanged.connect(self._device_chosen)
        self.theme_label = QLabel()
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("theme")
        for name in theme.THEMES:
            self.theme_combo.addItem(name, name)
        self.theme_combo.currentIndexChanged.connect(
            lambda i: self.apply_theme(self.theme_combo.itemData(i), self.pt))
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("language")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("한국어", "ko")
        self.lang_combo.currentIndexChanged.connect(
            lambda i: self.set_language(self.lang_combo.itemData(i)))
        for combo in (self.device_combo, self.theme_combo, self.lang_combo):
            # The toolbar must not outgrow a projector's width for a long choice.
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        self.act_smaller = QAction(self, shortcut=QKeySequence.ZoomOut)
        self.act_larger = QAction(self)
        self.act_larger.setShortcuts([QKeySequence.ZoomIn, QKeySequence("Ctrl+=")])
        self.act_reset = QAction(self, shortcut=QKeySequence("Ctrl+0"))
        self.act_full = QAction(self, shortcut=QKeySequence("F11"), checkable=True)
        # On a projector at a large font the panel list takes a quarter of the width.
        self.act_sidebar = QAction(self, shortcut=QKeySequence("Ctrl+B"), checkable=True)
        self.act_quit = QAction(self, shortcut=QKeySequence.Quit)
        # Presentation: the picture takes the screen, the key buttons stay in a strip.
        self.act_present = QAction(self, shortcut=QKeySequence("F6"), checkable=True)
        self.act_side = QAction(self, shortcut=QKeySequence("F9"), checkable=True,
                                checked=True)
        # Exercises: the lesson path by keyboard, and the classroom options.
        self.act_next_ex = QAction(self, shortcut=QKeySequence("F8"))
        self.act_prev_ex = QAction(self, shortcut=QKeySequence("Shift+F8"))
        self.act_goal = QAction(self, shortcut=QKeySequence("F7"), checkable=True)
        self.act_hints = QAction(self, checkable=True, checked=self.exercises.hints)
        self.act_reset_progress = QAction(self)
        # The lesson's current state as a script or notebook that runs without the app.
        self.act_export = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export_lesson)
        self.act_next_ex.triggered.connect(lambda: self.current_panel().exercises.next())
        self.act_prev_ex.triggered.connect(lambda: self.current_panel().exercises.previous())
        self.act_goal.toggled.connect(self.exercises.set_goal_on_top)
        self.exercises.options_changed.connect(
            lambda: self.act_goal.setChecked(self.exercises.goal_on_top))
        self.act_hints.toggled.connect(self._hints)
        self.act_reset_progress.triggered.connect(self.reset_progress)
        self.exercises.changed.connect(self._exercise_passed)
        self.act_present.toggled.connect(self.set_presentation)
        self.act_side.toggled.connect(lambda on: self.current_panel().set_side_open(on))
        self.act_smaller.triggered.connect(lambda: self.set_font_size(self.pt - 1))
        self.act_larger.triggered.connect(lambda: self.set_font_size(self.pt + 1))
        self.act_reset.triggered.connect(lambda: self.set_font_size(theme.DEFAULT_PT))
        self.act_full.toggled.connect(self._fullscreen)
        self.act_quit.triggered.connect(self.close)
        self.font_label = QLabel()
        for w in (self.device_label, self.device_combo):
            self.toolbar.addWidget(w)
        self.toolbar.addSeparator()
        for w in (self.theme_label, self.theme_combo):
            self.toolbar.addWidget(w)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_smaller)
        self.toolbar.addWidget(self.font_label)
        self.toolbar.addAction(self.act_larger)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.lang_combo)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_export)
        self.toolbar.addAction(self.act_present)
        self.toolbar.addAction(self.act_side)
        self.toolbar.addAction(self.act_sidebar)
        self.toolbar.addAction(self.act_full)
        # Every action once more in a menu: what the toolbar has no room for stays reachable.
        self.view_menu = QMenu(self)
        for act in (self.act_present, self.act_side, self.act_sidebar, self.act_full, None,
                    self.act_larger, self.act_smaller, self.act_reset, None, self.act_next_ex,
                    self.act_prev_ex, self.act_goal, self.act_hints, self.act_reset_progress,
                    None, self.act_export, None, self.act_quit):
            self.view_menu.addSeparator() if act is None else self.view_menu.addAction(act)
        self.view_btn = QToolButton()
        self.view_btn.setObjectName("viewMenu")
        self.view_btn.setMenu(self.view_menu)
        self.view_btn.setPopupMode(QToolButton.InstantPopup)
        self.toolbar.insertWidget(self.toolbar.actions()[0], self.view_btn)
        for act in (self.act_reset, self.act_quit, self.act_next_ex, self.act_prev_ex,
                    self.act_goal):
            self.addAction(act)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        for i, name in enumerate(PANELS):
            item = QListWidgetItem()
            item.setData(Qt.UserRole, name)
            self.sidebar.addItem(item)
            act = QAction(self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, n=name: self.show_panel(n))
            self.addAction(act)
        self.sidebar.currentRowChanged.connect(lambda r: self.show_panel(PANELS[r]))
        self.act_sidebar.setChecked(self.settings.get("sidebar"))
        self.sidebar.setVisible(self.act_sidebar.isChecked())
        self.act_sidebar.toggled.connect(self._show_sidebar)
        self.stack = QStackedWidget()
        for name in PANELS:
            panel = panel_class(name)()
            panel.setEnabled(not getattr(panel, "needs_tf", True))
            panel.status.connect(self._panel_status)
            panel.ran_on.connect(self._ran_on)
            panel.busy.connect(self._busy)
            if hasattr(panel, "goto"):
                panel.goto.connect(self.show_panel)
            if getattr(panel, "exercises", None) is not None:
                panel.exercises.leave.connect(lambda step, n=name: self._leave_lesson(n, step))
            self.panels[name] = panel
            self.stack.addWidget(panel)

        train, mod = self.panels["training"], self.panels["models"]
        train.spec_provider = lambda: (mod.spec, mod.api.currentData())
        graphs_panel = self.panels["graphs"]
        mod.train_step_requested.connect(
            lambda model: (self.show_panel("graphs"), graphs_panel.show_train_step(model)))
        dev = self.panels["devices"]
        dev.set_startup_cpus(self.settings.get("logical_cpus"))
        dev.startup_cpus_changed.connect(lambda n: self.settings.set("logical_cpus", n))

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_close = QPushButton("×")
        self.banner_close.setFlat(True)
        self.banner_close.clicked.connect(self.banner.hide)
        bl = QHBoxLayout(self.banner)
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(self.banner_close)
        self.banner.hide()
        # A first launch's "start here": a word for a newcomer, apart from the error banner.
        self.welcome = QFrame()
        self.welcome.setObjectName("welcome")
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        welcome_close = QPushButton("×")
        welcome_close.setFlat(True)
        welcome_close.clicked.connect(self.welcome.hide)
        wl = QHBoxLayout(self.welcome)
        wl.addWidget(self.welcome_text, 1)
        wl.addWidget(welcome_close)
        self.welcome.hide()

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.banner)
        rl.addWidget(self.welcome)
        rl.addWidget(self.stack, 1)
        central = QWidget()
        cl = QHBoxLayout(central)   # the list's width is set by _fit_sidebar
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.sidebar)
        cl.addWidget(right, 1)
        self.setCentralWidget(central)

        sb = self.statusBar()
        self.tf_label = QLabel()
        self.ran_label = QLabel()
        self.running_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setRange(0, 0)
        sb.addWidget(self.running_label, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.ran_label)
        sb.addPermanentWidget(self.tf_label)
        # Status texts give way (their full text is the tooltip) rather than widen the window.
        self.running_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        for label in (self.running_label, self.ran_label, self.tf_label):
            label.setMinimumWidth(1)
        self.progress.setMinimumWidth(60)   # a busy bar narrower than its chunk divides by 0

    # -- TensorFlow -------------------------------------------------------------------------
    def start_tensorflow(self):
        self._set_running(self.tr("Loading TensorFlow…"), True)
        # The sandbox that runs the learner's code loads TensorFlow meanwhile, so the first
        # lesson's first result does not wait for a second import after this one.
        import threading

        from tfvisual.core import sandbox
        threading.Thread(target=sandbox.shared().warm, name="sandbox-warm", daemon=True).start()
        task = Task(load_tensorflow, self.settings.get("logical_cpus"))
        task.succeeded.connect(self._tf_loaded)
        task.failed.connect(self._tf_failed)
        task.start()
        self._tf_task = task

    def _tf_loaded(self, info):
        self.tf_info = info
        # TensorFlow's ~300k start-up objects live as long as the app: kept out of the
        # collector, a full collection on the GUI thread takes 0 ms instead of 200 ms.
        gc.collect()
        gc.freeze()
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for name, _kind in info["devices"]:
            short = name.replace("/device:", "/")
            self.device_combo.addItem(short.lstrip("/"), short)
        if not any(k == "GPU" for _, k in info["devices"]):
            self.device_combo.addItem("GPU", "")
            model = self.device_combo.model()
            model.item(self.device_combo.count() - 1).setEnabled(False)
        self.device_combo.blockSignals(False)
        self.device_combo.setEnabled(True)
        self._select_wanted_device()
        self._set_running(self.tr("Ready"), False)
        for p in self.panels.values():
            p.on_tf_ready()
        self.retranslate()
        self.tf_ready.emit(info)

    def _select_wanted_device(self):
        want = "GPU" if self.wanted_device == "gpu" else "CPU"
        for i in range(self.device_combo.count()):
            data = self.device_combo.itemData(i)
            if data and want in data:
                self.device_combo.setCurrentIndex(i)
                break
        else:
            if self.wanted_device == "gpu":
                self.show_error(self.tr("No GPU is available: {0}. Using the CPU.").format(
                    self.gpu_reason()))
        self._device_chosen(self.device_combo.currentIndex())

    def gpu_reason(self) -> str:
        reason = (self.tf_info or {}).get("gpu_reason") or ""
        return i18n.translate_reason(reason)

    def _tf_failed(self, message, _line):
        self._set_running(self.tr("TensorFlow could not be loaded"), False)
        self.show_error(self.tr("TensorFlow could not be loaded: {0}. Reinstall it with "
                                "pip install tfvisual.").format(message))
        self.tf_failed.emit(message)

    def _device_chosen(self, index):
        name = self.device_combo.itemData(index)
        if name:
            devices.select(name)
            self.settings.set("device", "gpu" if "GPU" in name else "cpu")
            self._ran_on("")

    # -- look and language ------------------------------------------------------------------
    def apply_theme(self, name, pt):
        self.theme_name, self.pt = name, pt
        self.sheet = theme.apply(QApplication.instance(), name, pt)
        self.restyle(self.stack.currentWidget())
        idx = self.theme_combo.findData(name)
        if idx != self.theme_combo.currentIndex():
            self.theme_combo.blockSignals(True)
            self.theme_combo.setCurrentIndex(idx)
            self.theme_combo.blockSignals(False)
        for p in self.panels.values():
            p.apply_style(name, pt)
        self.settings.set("theme", name)
        self.settings.set("font_size", pt)
        self.font_label.setText(f"{pt} pt")
        self._mark_toolbar_overflow()
        if self.sidebar.count():
            self._fit_sidebar()

    def restyle(self, panel=None):
        """The style sheet on the window's parts and on ``panel``; other panels get it when
        shown (``show_panel``). One panel's widgets re-polish in a fraction of the time all
        seven took (A+ went from 1.9-2.8 s to 0.2-0.7 s)."""
        for part in (self.toolbar, self.sidebar, self.statusBar(), self.banner, self.welcome,
                     self.view_menu, panel):
            if part is not None and part.styleSheet() != self.sheet:
                part.setStyleSheet(self.sheet)

    def _mark_toolbar_overflow(self):
        """The toolbar's overflow button (where the toolbar is wider than the window) showed
        as a blank handle: it gets a "»" on the accent colour and says what it is."""
        ext = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if ext is None:
            return
        metric = self.style().PixelMetric.PM_ToolBarExtensionExtent
        side = max(16, self.style().pixelMetric(metric))
        pix = QPixmap(side * 2, side * 4)
        pix.fill(Qt.transparent)
        painter = QPainter(pix)
        font = painter.font()
        font.setPixelSize(side * 2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(theme.palette_of(self.theme_name).accent_text))
        painter.drawText(pix.rect(), Qt.AlignCenter, "»")
        painter.end()
        ext.setIcon(QIcon(pix))
        ext.setIconSize(QSize(side, side * 2))
        ext.setToolTip(self.tr("More of the toolbar"))

    def _fit_sidebar(self):
        """The panel list shows its titles and exercise counts where they fit in a fifth of
        the window, the titles alone where only they fit (a newcomer must tell the lessons
        apart: numbers alone said nothing at 11 pt on 1280 pixels), else the numbers."""
        fm = self.sidebar.fontMetrics()
        titles = [f"{i + 1}  {self.panels[name].title()}" for i, name in enumerate(PANELS)]
        counts = [self.exercises.progress.count(name) for name in PANELS]
        ticks = ["✓" if d == n else "" for d, n in counts]
        full = [f"{t}  ✓{d}/{n}" for t, (d, n) in zip(titles, counts)]
        plain = [t + (f"  {k}" if k else "") for t, k in zip(titles, ticks)]
        numbers = [f"{i + 1}{k}" for i, k in enumerate(ticks)]
        room = self.width() // 5
        texts, width = numbers, fm.horizontalAdvance("7✓") + fm.height() + 24
        for candidate in (full, plain):
            need = max(fm.horizontalAdvance(t) for t in candidate) + 3 * fm.height()
            if need <= room:
                texts, width = candidate, need
                break
        compact = texts is numbers
        for i, text in enumerate(titles):
            item = self.sidebar.item(i)
            item.setText(texts[i])
            item.setToolTip(text + "\n" + self.tr("Exercises done: {0} of {1}").format(
                *counts[i]))
            item.setTextAlignment(Qt.AlignCenter if compact else Qt.AlignLeft | Qt.AlignVCenter)
        self.sidebar.setFixedWidth(width)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.sidebar.count():
            self._fit_sidebar()

    def set_presentation(self, on):
        """Panel list hidden, controls folded to a strip beside the stage; nothing running
        stops and nothing typed is lost (the widgets only move)."""
        self.settings.set("presentation", on)
        self.sidebar.setVisible(self.act_sidebar.isChecked() and not on)
        for p in self.panels.values():
            p.set_presenting(on)
        self.act_side.blockSignals(True)
        self.act_side.setChecked(not on)
        self.act_side.blockSignals(False)

    def set_font_size(self, pt):
        pt = max(theme.MIN_PT, min(theme.MAX_PT, int(pt)))
        if pt != self.pt:
            self.apply_theme(self.theme_name, pt)

    def set_language(self, lang):
        if lang == self.lang:
            return
        self.lang = lang
        i18n.install(QApplication.instance(), lang)
        self.settings.set("lang", lang)
        # Qt sends LanguageChange to every widget; the window and panels retranslate then.

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("tfvisual — TensorFlow 2 and Keras, seen"))
        self.welcome_text.setText(self.tr(
            "Start here: lesson 1, Tensors. Type a TensorFlow expression or pick one from "
            "Examples. The lessons on the left follow the chapter in order; each has "
            "exercises in its Exercises tab."))
        self.device_label.setText(self.tr("Device"))
        self.theme_label.setText(self.tr("Theme"))
        names = {"light": self.tr("Light"), "dark": self.tr("Dark"),
                 "contrast": self.tr("Projector (high contrast)")}
        for i in range(self.theme_combo.count()):
            self.theme_combo.setItemText(i, names[self.theme_combo.itemData(i)])
        self.act_smaller.setText(self.tr("A−"))
        self.act_smaller.setToolTip(self.tr("Smaller text (Ctrl −)"))
        self.act_larger.setText(self.tr("A+"))
        self.act_larger.setToolTip(self.tr("Larger text (Ctrl +)"))
        self.act_full.setText(self.tr("Full screen"))
        self.act_full.setToolTip(self.tr("Full screen (F11)"))
        self.act_sidebar.setText(self.tr("Panel list"))
        self.act_sidebar.setToolTip(self.tr("Show or hide the list of panels (Ctrl+B); "
                                            "Ctrl+1 … Ctrl+7 open a panel either way"))
        self.lang_combo.setToolTip(self.tr("Language"))
        self.device_combo.setToolTip(self.tr("Where TensorFlow runs the work of every panel"))
        for i in range(self.device_combo.count()):
            if not self.device_combo.itemData(i):
                reason = self.gpu_reason() or self.tr("no GPU found")
                self.device_combo.setItemData(i, self.tr("GPU unavailable: {0}").format(reason),
                                              Qt.ToolTipRole)
        self.act_present.setText(self.tr("Presentation"))
        self.act_present.setToolTip(self.tr("Presentation mode (F6): the picture takes the "
                                            "screen, the key buttons stay beside it"))
        self.act_side.setText(self.tr("Side panel"))
        self.act_side.setToolTip(self.tr("Show or hide the controls and the lesson beside "
                                         "the picture (F9)"))
        self.view_btn.setText(self.tr("View"))
        self.act_reset.setText(self.tr("Default text size (Ctrl 0)"))
        self.act_quit.setText(self.tr("Quit (Ctrl Q)"))
        self.act_next_ex.setText(self.tr("Next exercise (F8)"))
        self.act_prev_ex.setText(self.tr("Previous exercise (Shift F8)"))
        self.act_goal.setText(self.tr("Exercise goal across the top (F7)"))
        self.act_hints.setText(self.tr("Offer hints"))
        self.act_hints.setToolTip(self.tr("Turn off to keep hints hidden, e.g. in a class"))
        self.act_reset_progress.setText(self.tr("Reset exercise progress…"))
        self.act_export.setText(self.tr("Export…"))
        self.act_export.setToolTip(self.tr("Export this lesson, as it is now, as a Python "
                                           "script or a Jupyter notebook (Ctrl+E)"))
        self._fit_sidebar()
        idx = self.lang_combo.findData(self.lang)
        if idx >= 0 and idx != self.lang_combo.currentIndex():
            self.lang_combo.blockSignals(True)
            self.lang_combo.setCurrentIndex(idx)
            self.lang_combo.blockSignals(False)
        if self.tf_info and not any(p.tasks for p in self.panels.values()):
            self.running_label.setText(self.tr("Ready"))
        if self.tf_info:
            self.tf_label.setText(self.tf_info["version"])
        else:
            self.tf_label.setText(self.tr("TensorFlow loading…"))
        self._ran_on(getattr(self, "_last_ran", ""))

    # -- panels and status ------------------------------------------------------------------
    def show_panel(self, name):
        if name not in self.panels:
            return
        i = PANELS.index(name)
        if self.sidebar.currentRow() != i:
            self.sidebar.setCurrentRow(i)
        panel = self.panels[name]
        self.restyle(panel)
        self.stack.setCurrentWidget(panel)
        self.settings.set("panel", name)
        # "Start here" has done its work once the learner goes to a lesson; its room goes
        # back to the stage.
        if getattr(self, "welcome", None) is not None and getattr(self, "_built", False):
            self.welcome.hide()
        if panel.side_open != self.act_side.isChecked():
            panel.set_side_open(self.act_side.isChecked())

    def _leave_lesson(self, name, step):
        """From a lesson's last exercise on to the next lesson's first (or back)."""
        i = PANELS.index(name) + step
        if not 0 <= i < len(PANELS):
            return
        self.show_panel(PANELS[i])
        pane = self.panels[PANELS[i]].exercises
        pane.go(0 if step > 0 else len(pane.items) - 1)
        self.panels[PANELS[i]].reveal_widget(pane)

    def _exercise_passed(self):
        self._fit_sidebar()
        if (problem := self.exercises.problem()):
            self.show_error(problem)

    def _hints(self, on):
        self.settings.set("hints", on)
        self.exercises.set_hints(on)

    def reset_progress(self, confirm=True):
        if confirm and QMessageBox.question(
                self, self.tr("Reset exercise progress"),
                self.tr("Forget every exercise done so far, in every lesson?")) \
                != QMessageBox.Yes:
            return
        self.exercises.reset()

    def export_lesson(self):
        panel = self.current_panel()
        from pathlib import Path
        py, nb = self.tr("Python script (*.py)"), self.tr("Jupyter notebook (*.ipynb)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the lesson"), str(Path.home() / f"tfvisual_{panel.name}.ipynb"),
            f"{nb};;{py}")
        if not path:
            return
        if Path(path).suffix.lower() not in (".py", ".ipynb"):
            path += ".py" if chosen == py else ".ipynb"
        self.export_to(path, overwrite=True)   # the file dialog asked before replacing

    def export_to(self, path, overwrite=False, ask=None):
        """Write the current lesson to ``path``; a file that exists is replaced only when
        ``ask()`` (a question to the learner by default) says yes. Returns the path or None."""
        from tfvisual.core import export
        from tfvisual.core.errors import Problem
        panel = self.current_panel()
        lesson = getattr(panel, "lesson", None)
        text = lesson.toMarkdown() if hasattr(lesson, "toMarkdown") else ""
        try:
            out = export.write(path, panel.name, panel.export_state(), text, overwrite,
                               tr=lambda s: QCoreApplication.translate("export", s))
        except export.Exists as e:
            said = i18n.describe(e)
            ask = ask or (lambda: QMessageBox.question(
                self, self.tr("Export"), self.tr("{0}. Replace it?").format(said))
                == QMessageBox.Yes)
            return self.export_to(path, True) if ask() else None
        except Problem as e:
            panel.message.show_message(i18n.describe(e), "error")
            return None
        panel.message.show_message(self.tr("Exported to {0} ({1:,} bytes). It needs only "
                                           "TensorFlow and Keras.").format(
            out, out.stat().st_size), "good")
        return out

    def current_panel(self):
        return self.stack.currentWidget()

    def _panel_status(self, text):
        self._set_running(text, None)

    def _busy(self, busy):
        if not busy and self.tf_info is None:
            return
        self.progress.setVisible(busy or any(p.tasks for p in self.panels.values()))

    def _set_running(self, text, busy):
        self.running_label.setText(text)
        self.running_label.setToolTip(text)   # the whole text where the bar cuts it
        if busy is not None:
            self.progress.setVisible(busy)

    def _ran_on(self, device):
        self._last_ran = device
        active = devices.current().lstrip("/")
        text = self.tr("Device: {0}").format(active)
        if device:
            text += " · " + self.tr("last run on {0}").format(device)
        self.ran_label.setText(text)
        self.ran_label.setToolTip(text)

    def show_error(self, text):
        self.banner_text.setText(text)
        self.banner.show()
        self.statusBar().showMessage(text, 10000)

    def _show_sidebar(self, on):
        self.sidebar.setVisible(on and not self.act_present.isChecked())
        self.settings.set("sidebar", on)

    def _fullscreen(self, on):
        self.showFullScreen() if on else self.showNormal()

    # -- closing ----------------------------------------------------------------------------
    def _fit_screen(self):
        """A first window that fits the screen it opens on: the whole of a small one (1366×768
        laptops, where 1280×800 ran off the bottom), most of a big one (the wide layout)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry()
        size = first_size(avail.width(), avail.height())
        if size is None:
            size = (avail.width(), avail.height())
        self.resize(*size)
        self.move(avail.x() + (avail.width() - size[0]) // 2,
                  avail.y() + (avail.height() - size[1]) // 2)
        self._fitted = self.size()      # the frame is known once shown: it must fit too

    def showEvent(self, event):
        super().showEvent(event)
        fitted, self._fitted = getattr(self, "_fitted", None), None
        if fitted is not None and self.size() == fitted:    # not sized by anyone since
            avail = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            frame = self.frameGeometry()
            extra_w = max(0, frame.width() - avail.width())
            extra_h = max(0, frame.height() - avail.height())
            if extra_w or extra_h:
                self.resize(self.width() - extra_w, self.height() - extra_h)
            self.move(max(avail.x(), self.x()), max(avail.y(), self.y()))

    def closeEvent(self, event):
        if self.settings.q is not None:
            self.settings.q.setValue("geometry", self.saveGeometry())
            self.settings.q.sync()
        for p in self.panels.values():
            p.cancel_all()
            p.shutdown()
        super().closeEvent(event)


