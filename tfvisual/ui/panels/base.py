"""What every panel shares: tasks off the GUI thread, theme, font size, language, a demo."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (QAbstractSpinBox, QButtonGroup, QComboBox, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QScrollArea, QSizePolicy, QSplitter, QTabWidget, QTextBrowser,
                               QVBoxLayout, QWidget)

from tfvisual.core import devices

from ..widgets import exercises
from ..widgets.flow import FlowLayout, WrapButton, breakable
from ..worker import Task

# The stage keeps this share of the window's area where the window allows it (the goal is
# half; the rest is the margin for splitter handles and rounding).
STAGE_SHARE = 0.53


ABANDON_MS = 2000     # after Stop, how long a task may take to notice before it is abandoned


class RangeGuard(QObject):
    """Says so when a number box does not take what was typed: Qt drops a key it cannot
    fit (1e308 became 1308) or stops at the maximum (epochs 1000000000 became 10000)
    without a word."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self._would: dict = {}      # spin box -> its text had its last key press been taken

    def eventFilter(self, spin, event):
        if not isinstance(spin, QAbstractSpinBox):
            return False
        if event.type() == QEvent.KeyPress and event.text() and event.text().isprintable():
            le = spin.lineEdit()
            text = le.text()
            start = le.selectionStart() if le.hasSelectedText() else le.cursorPosition()
            end = start + len(le.selectedText())
            self._would[spin] = text[:start] + event.text() + text[end:]
        elif event.type() == QEvent.KeyRelease and spin in self._would:
            # The key has been handled by now: checked per key, not later (a check left to
            # the event loop saw the next keys' text too and called "12." of "12.5" refused).
            self._check(spin, self._would.pop(spin))
        return False

    def _check(self, spin, would):
        if not shiboken6.isValid(spin) or spin.lineEdit().text() == would:
            return
        typed = would
        for part in (spin.prefix(), spin.suffix()):
            typed = typed.replace(part, "") if part else typed
        lo, hi = spin.minimum(), spin.maximum()
        number = (lambda v: f"{v:g}") if isinstance(spin, QDoubleSpinBox) else str
        message = getattr(self.panel, "message", None)
        if message is not None:
            message.show_message(self.tr("{0} is not taken here: this box takes numbers from "
                                         "{1} to {2}.").format(typed.strip(), number(lo),
                                                               number(hi)), "warn")


class Panel(QWidget):
    name = ""
    status = Signal(str)          # what the panel is doing, for the status bar
    ran_on = Signal(str)          # the device the last work ran on, read from tensors
    demo_done = Signal(bool, str)  # the --screenshot/--self-test demo ended: ok, message
    busy = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName(f"panel_{self.name}")
        self.theme, self.pt = "light", 11
        self.tf_ready = False
        self.activated = False
        self.tasks: list[Task] = []
        self._latest: dict[str, Task] = {}
        self._demo = False
        self.stage: QWidget | None = None
        self.presenting = False
        self.side_open = True
        self._wide = None

    # -- subclasses fill these --------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def apply_style(self, theme: str, pt: int) -> None:
        self.theme, self.pt = theme, pt
        if hasattr(self, "caption"):
            from ..theme import mono_font
            self.caption.setFont(mono_font(pt))
        fm = QFontMetrics(self.font())
        em = self.em()
        # Long item texts must not set the window's minimum width (a 1024-wide projector):
        # a box elides its choice (the list shows it whole). The explicit minimum also holds
        # where Qt keeps a hint it computed with its default policy (seen: 406 px at 20 pt).
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setMinimumWidth(7 * fm.horizontalAdvance("X"))
        for label in self.findChildren(QLabel):
            if not label.pixmap() or label.pixmap().isNull():
                label.setWordWrap(True)
                # Qt sizes a wrapped label for a pleasing shape, wider than the column needs.
                label.setMinimumWidth(4 * em)
        # A field goes under its label where the two do not fit side by side. The labels
        # themselves stay on one line: a form gives a wrapped label one line's height, and
        # its second line ran into the next row.
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.WrapLongRows)
            for r in range(form.rowCount()):
                item = form.itemAt(r, QFormLayout.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    item.widget().setWordWrap(False)
                    item.widget().setMinimumWidth(0)
        self.arrange()

    def activate(self) -> None:
        """First shown with TensorFlow loaded: compute what the panel starts with."""

    def shutdown(self) -> None:
        """The window is closing: end anything the panel owns besides its tasks."""

    def run_demo(self) -> None:
        """Run the panel's demonstration to the end, then emit demo_done."""
        self.demo_done.emit(True, "")

    def finish_demo(self, ok: bool = True, message: str = "") -> None:
        """End a running --screenshot/--self-test demo, once."""
        if self._demo:
            self._demo = False
            self.demo_done.emit(ok, message)

    def _succeeded(self, result) -> None:
        """A task's result: keep it in ``self.result``, clear the message, show it."""
        self.result = result
        self.message.clear_message()
        self._show()
        self.offer(result)
        self.finish_demo(True, "")

    def _failed(self, message: str, line=None) -> None:
        """A task failed: say so in words, mark the learner's line; what was shown stays."""
        self.message.show_message(message, "error")
        editor = getattr(self, "editor", None)
        if editor is not None:
            editor.show_error(line)
        self.finish_demo(False, message)

    # -- shared machinery -------------------------------------------------------------------
    def on_tf_ready(self):
        self.tf_ready = True
        self.setEnabled(True)
        if self.isVisible():
            self._maybe_activate()

    def showEvent(self, event):
        super().showEvent(event)
        self._maybe_activate()

    def _maybe_activate(self):
        if self.tf_ready and not self.activated:
            self.activated = True
            self.activate()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self._retitle()
        super().changeEvent(event)

    # -- the layout: stage, actions, controls, side tabs ------------------------------------
    def set_stage(self, stage: QWidget, *, actions=(), controls: QWidget | None = None,
                  tabs=(), controls_title=None) -> None:
        """Lay the panel out around its ``stage``, the picture the lesson exists for.

        The stage is sized first and keeps at least half of the window; beside it a side
        column holds the ``actions`` (key buttons, wrapped, never cut), the message line and
        ``tabs`` ((widget, title function) pairs: results, lesson). The ``controls`` (inputs
        and settings, scrolled) stand in a column of their own left of the stage where the
        window is wide enough for the font, and fold into the first side tab where not
        (titled by ``controls_title()``, "Controls" by default).
        """
        self._controls_title = controls_title or (lambda: self.tr("Controls"))
        stage.setObjectName(stage.objectName() or "stage")
        stage.setMinimumSize(120, 120)
        # A line under the picture with what the lesson's point is in words (the outputs, a
        # tensor's dtype and shape): shown always where ``caption_always``, else while
        # presenting, when the side column and its results are folded away.
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.caption.hide()
        self.stage = QWidget()
        sl = QVBoxLayout(self.stage)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(stage, 1)
        sl.addWidget(self.caption)
        self.actions_bar = QWidget()
        self.actions_bar.setObjectName("actions")
        flow = FlowLayout(self.actions_bar)
        for w in actions:
            flow.addWidget(w)
        self.controls_area = scroll_area(controls) if controls is not None else None
        self.side_tabs = SideTabs()
        self.side_tabs.setObjectName("side")
        # Pages scroll or squeeze at extreme font sizes rather than make the window taller
        # than the screen.
        self.side_tabs.setMinimumSize(120, 120)
        # Every lesson's exercises, last of the side tabs; across the top on request.
        self.exercises = exercises.ExercisePane(self.name, self)
        self.exercises.counted.connect(self._retitle)
        self.goal_bar = QLabel()
        self.goal_bar.setObjectName("goalBar")
        self.goal_bar.setWordWrap(True)
        self.goal_bar.hide()
        exercises.store().options_changed.connect(self._show_goal)
        self.exercises.counted.connect(self._show_goal)
        self._tabs = list(tabs) + [(scroll_area(self.exercises), self._exercises_title)]
        for widget, _title in self._tabs:
            self.side_tabs.addTab(widget, "")
        self.drawer = QWidget()
        self.drawer.setObjectName("drawer")
        dl = QVBoxLayout(self.drawer)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.actions_bar)
        if isinstance(getattr(self, "message", None), QWidget):
            dl.addWidget(MessageArea(self.message))
        dl.addWidget(self.side_tabs.strip)
        dl.addWidget(self.side_tabs, 1)
        self.body = QSplitter()
        self.body.setObjectName("body")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.stage)
        self.body.addWidget(self.drawer)
        self.body.installEventFilter(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.goal_bar)
        lay.addWidget(self.body, 1)
        self._place_controls(False)
        self._retitle()
        self._range_guard = RangeGuard(self)
        for spin in self.findChildren(QAbstractSpinBox):
            spin.installEventFilter(self._range_guard)

    def _exercises_title(self) -> str:
        done, n = self.exercises.count()
        return self.tr("Exercises {0}/{1}").format(done, n)

    def offer(self, result) -> list[str]:
        """A result the learner made: check this lesson's exercises against it."""
        ex = getattr(self, "exercises", None)
        return ex.offer(result) if ex is not None else []

    def _show_goal(self):
        """The current exercise's goal in large type across the panel (a class reads it)."""
        on = exercises.store().goal_on_top
        if on:
            ex = self.exercises
            self.goal_bar.setText(self.tr("Exercise {0}: {1}").format(ex.i + 1, ex.goal_text()))
        self.goal_bar.setVisible(on)

    def reveal_widget(self, widget: QWidget) -> None:
        """Bring the side tab or control column holding ``widget`` into view."""
        for i in range(self.side_tabs.count()):
            page = self.side_tabs.widget(i)
            if page is widget or page.isAncestorOf(widget):
                self.side_tabs.setCurrentIndex(i)
        if not self.side_open:
            self.set_side_open(True)
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and area.widget() is not widget:
            area.ensureWidgetVisible(widget)
        elif area is not None:
            area.verticalScrollBar().setValue(0)

    def _retitle(self):
        if self.stage is None:
            return
        for widget, title in self._tabs:
            self.side_tabs.setTabText(self.side_tabs.indexOf(widget), title())
        if self.controls_area is not None and self.side_tabs.indexOf(self.controls_area) >= 0:
            self.side_tabs.setTabText(0, self._controls_title())

    def _place_controls(self, wide: bool):
        area = self.controls_area
        if area is None or wide == self._wide:
            return
        self._wide = wide
        if wide:
            self.side_tabs.removeTab(self.side_tabs.indexOf(area))
            self.body.insertWidget(0, area)
        else:
            self.side_tabs.insertTab(0, area, self._controls_title())
            self.side_tabs.setCurrentIndex(0)
        area.show()

    def eventFilter(self, obj, event):
        if obj is getattr(self, "body", None) and event.type() == QEvent.Resize:
            self.arrange()
        return super().eventFilter(obj, event)

    def em(self) -> int:
        """The height of a line of UI text in pixels (from the point size where the font
        database has no answer, as on a machine without fonts)."""
        return max(QFontMetrics(self.font()).height(), round(self.pt * 1.3))

    def arrange(self) -> None:
        """Share the width out: the stage first, then the side column, then the controls.

        Called when the panel is resized and when the font changes; a drag of the splitter
        by hand holds until then."""
        body = self.body if self.stage is not None else None
        if body is None or body.width() < 50:
            return
        width, height = body.width(), max(1, body.height())
        em = self.em()
        for tabs in self.findChildren(SideTabs):
            tabs._fit()         # the window's height decides how many rows of tabs fit
        win = self.window()
        room = width - min(width, int(STAGE_SHARE * win.width() * win.height() / height))
        self.side_tabs.setVisible(self.side_open)
        self.side_tabs.strip.setVisible(self.side_open)
        if not self.side_open:
            # A strip of the key buttons beside the stage; the tabs are one key away.
            self._place_controls(False)
            side = min(max(self.actions_bar.minimumSizeHint().width(), 6 * em) + 12,
                       width // 3)
            body.setSizes([width - side, side])
            return
        wide = room >= 36 * em and not self.presenting
        self._place_controls(wide)
        if wide:
            controls = min(20 * em, room * 47 // 100)
            side = min(24 * em, room - controls)
            body.setSizes([controls, width - controls - side, side])
        else:
            side = min(24 * em, max(room, min(7 * em, width * 45 // 100)))
            body.setSizes([width - side, side])

    def reveal(self, widget: QWidget) -> None:
        """Bring the side tab holding ``widget`` to the front (new results to read)."""
        if self.side_tabs.indexOf(widget) >= 0:
            self.side_tabs.setCurrentWidget(widget)

    def set_presenting(self, on: bool) -> None:
        self.presenting = on
        self.side_open = not on
        self.set_caption(self.caption.text())
        self.arrange()

    caption_always = False

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text) and (self.caption_always or self.presenting))

    def set_side_open(self, on: bool) -> None:
        self.side_open = on
        self.arrange()

    def start(self, fn, *args, done=None, error=None, progress=None, partial=None,
              cancelled=None, label: str = "", uses_device=True, key: str | None = None,
              **kwargs) -> Task:
        """Run ``fn(*args, state=..., **kwargs)`` on a worker thread.

        Tasks started with the same ``key`` replace each other: the older one is cancelled and
        its late result ignored, so a slow stale run never overwrites a newer one.
        """
        task = Task(fn, *args, device=devices.current() if uses_device else None, **kwargs)
        if key is not None:
            old = self._latest.get(key)
            if old is not None:
                old.cancel()
            self._latest[key] = task

        def latest(slot):
            if key is None:
                return slot
            return lambda *a, t=task: slot(*a) if self._latest.get(key) is t else None

        if done:
            task.succeeded.connect(latest(done))
        if error:
            task.failed.connect(latest(error))
        if progress:
            task.progressed.connect(progress)
        if partial:
            task.partial.connect(partial)
        if cancelled:
            task.cancelled.connect(latest(cancelled))
        self.tasks.append(task)
        task.finished.connect(self._task_finished)
        self.status.emit(label or self.tr("Working…"))
        self.busy.emit(True)
        task.start()
        return task

    def _task_finished(self):
        self._finished(self.sender())

    def _finished(self, task):
        # By identity, and dropping any whose Qt object is gone: "==" on a deleted QObject
        # raises, which once left a finished task listed and the panel busy for good.
        self.tasks = [t for t in self.tasks if t is not task and shiboken6.isValid(t)]
        if not self.tasks:
            self.busy.emit(False)
            self.status.emit(self.tr("Ready"))

    def stop_button(self) -> WrapButton:
        """Stop (Esc): cancels this panel's tasks; enabled while any runs."""
        btn = WrapButton()
        btn.setShortcut("Esc")
        btn.setEnabled(False)
        btn.clicked.connect(self.cancel_all)
        self.busy.connect(btn.setEnabled)
        return btn

    def cancel_all(self):
        for t in self.tasks:
            if shiboken6.isValid(t):
                t.cancel()
        if self.tasks:
            QTimer.singleShot(ABANDON_MS, self._abandon_stuck)

    def _abandon_stuck(self):
        """Tasks still running long after Stop are inside one TensorFlow or C call (a kernel,
        time.sleep, a huge integer power) that Python cannot interrupt: free the panel now;
        the call ends in the background and its result is dropped."""
        stuck = [t for t in self.tasks
                 if shiboken6.isValid(t) and t.state.cancelled and t.isRunning()]
        if not stuck:
            return
        for t in stuck:
            t.abandoned = True
            self._finished(t)
        if hasattr(self, "message"):
            self.message.show_message(self.tr(
                "Stopped. The last call runs inside TensorFlow or Python's C code, which "
                "cannot be interrupted: it ends in the background and its result is dropped."),
                "warn")

    def save_path(self, caption: str, default: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, caption, default, filters)
        return path

    def open_path(self, caption: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, caption, "", filters)
        return path


def scroll_area(widget: QWidget) -> QScrollArea:
    """Controls that scroll down rather than push the window past the screen; they are laid
    out at the area's width (labels wrap), never wider."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setMinimumWidth(60)
    return area


class TextView(QTextBrowser):
    """Rich text whose links take the theme's colour: a QTextBrowser fixes its link colour
    when the HTML is set (#0000ff, 2:1 on black), so the HTML is set again on a change."""

    def __init__(self):
        super().__init__()
        self._html = ""

    def setHtml(self, text: str) -> None:
        self._html = text
        link = self.palette().color(QPalette.Link).name()
        self.document().setDefaultStyleSheet(f"a {{ color: {link}; }}")
        super().setHtml(text)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() in (QEvent.PaletteChange, QEvent.StyleChange) and self._html:
            self.setHtml(self._html)


def lesson_view() -> QTextBrowser:
    v = TextView()
    v.setObjectName("lesson")
    v.setOpenExternalLinks(False)
    v.setOpenLinks(False)
    v.setMinimumWidth(220)
    return v


class Section(QFrame):
    """A group box whose title wraps instead of being cut at a large font: lay the contents
    out on ``body``."""

    def __init__(self, title: str = ""):
        super().__init__()
        self.setObjectName("section")
        self.title_label = heading(title)
        self.title_label.setObjectName("sectionTitle")
        self.body = QWidget()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 6)
        lay.addWidget(self.title_label)
        lay.addWidget(self.body, 1)

    def setTitle(self, text: str) -> None:
        self.title_label.setText(text)

    def title(self) -> str:
        return self.title_label.text()


def heading(text="") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName("heading")
    lab.setWordWrap(True)
    return lab


class SideTabs(QTabWidget):
    """Tabs whose titles are never hidden behind scroll arrows (at 24 pt on a 1366-pixel
    screen "Exercises" showed as "Exe"). The tab bar is replaced by ``strip``, which the
    panel places above the pages: a row of buttons that wraps onto a second row; where even
    two rows would not hold them, a list to pick the page from, its titles whole (a column
    at 24 pt has no room for four rows of tabs above the page)."""

    ROWS = 2

    def __init__(self):
        super().__init__()
        self.tabBar().hide()
        self.strip = QWidget()
        self.strip.setObjectName("tabStrip")
        self.buttons = QWidget()
        self._flow = FlowLayout(self.buttons, spacing=2)
        self.picker = QComboBox()
        self.picker.setObjectName("pagePicker")
        self.picker.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(4)
        self.picker.activated.connect(self.setCurrentIndex)
        self.picker.hide()
        sl = QVBoxLayout(self.strip)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.buttons)
        sl.addWidget(self.picker)
        self._group = QButtonGroup(self)
        self._group.idClicked.connect(self.setCurrentIndex)
        self.currentChanged.connect(self._mark)
        self.strip.installEventFilter(self)

    @property
    def compact(self) -> bool:
        return self.picker.isVisibleTo(self.strip)

    def eventFilter(self, obj, event):
        if obj is self.strip and event.type() == QEvent.Resize:
            self._fit()
        return False

    def _fit(self):
        buttons = self._group.buttons()
        if not buttons:
            return
        need = self._flow.heightForWidth(self.strip.width())
        row = max(b.sizeHint().height() for b in buttons) + self._flow.spacing()
        # Two rows, or more where the window is tall for its font (eight tabs at 11 pt on
        # 1080 pixels stay buttons: "Exercises" in sight is how a newcomer finds them).
        room = max(self.ROWS * row + self._flow.spacing(), self.strip.window().height() // 7)
        compact = need > room
        self.buttons.setVisible(not compact)
        self.picker.setVisible(compact)
        # Every row it shows: squeezed by a full column, the strip cut its last one off.
        self.buttons.setMinimumHeight(0 if compact else need)

    def button(self, i: int):
        return self._group.button(i)

    def _rebuild(self):
        for b in self._group.buttons():
            self._group.removeButton(b)
            self._flow.removeWidget(b)
            b.deleteLater()
        self.picker.clear()
        for i in range(self.count()):
            b = WrapButton()        # a long title wraps: it never sets the column's width
            b.setObjectName("tab")
            b.setCheckable(True)
            b.setText(self.tabText(i))
            self._group.addButton(b, i)
            self._flow.addWidget(b)
            self.picker.addItem(self.tabText(i))
        self._mark(self.currentIndex())
        self._fit()

    def tabInserted(self, index):
        super().tabInserted(index)
        self._rebuild()

    def tabRemoved(self, index):
        super().tabRemoved(index)
        self._rebuild()

    def setTabText(self, index, text):
        super().setTabText(index, text)
        if (b := self._group.button(index)) is not None:
            b.setText(text)
            self.picker.setItemText(index, text)
            self._fit()

    def _mark(self, index):
        if (b := self._group.button(index)) is not None:
            b.setChecked(True)
        if self.picker.currentIndex() != index:
            self.picker.setCurrentIndex(index)


def with_strip(tabs: "SideTabs") -> QWidget:
    """A ``SideTabs`` under its strip, as one widget (a stage of several pictures)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(tabs.strip)
    lay.addWidget(tabs, 1)
    return box


class MessageArea(QScrollArea):
    """Holds the message line in the side column: as tall as the message up to a third of
    the column, scrolling beyond, so a long message never makes the window outgrow the
    screen. Shown only while there is a message."""

    def __init__(self, label: QLabel):
        super().__init__()
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        label.shown = self._shown
        label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setVisible(not label.isHidden())

    def _shown(self, on: bool):
        self.setVisible(on)
        self.updateGeometry()

    def sizeHint(self):
        w = max(50, self.viewport().width())
        h = self.label.heightForWidth(w) if self.label.text() else 0
        cap = (self.parentWidget().height() // 3) if self.parentWidget() else h
        return QSize(w, min(max(h, 0), max(cap, self.minimumSizeHint().height())))

    def minimumSizeHint(self):
        return QSize(50, self.label.fontMetrics().lineSpacing() + 4)


class MessageLine(QLabel):
    """One line saying what went wrong (or right), in words, never a traceback."""

    def __init__(self):
        super().__init__()
        self.shown = None
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.clear_message()

    def show_message(self, text: str, kind: str = "error"):
        self.setObjectName(kind)
        # A model's name (mobilenetv2_1.00_96) must wrap in a narrow column, not run past it;
        # text() still returns the message as given.
        self._plain = text
        self.setText(breakable(text))
        self.setVisible(bool(text))
        if self.shown is not None:     # its MessageArea in a panel's side column
            self.shown(bool(text))
        self.style().unpolish(self)
        self.style().polish(self)

    def text(self) -> str:
        return getattr(self, "_plain", super().text())

    def clear_message(self):
        self.show_message("", "good")


def flow(*widgets) -> QWidget:
    """Widgets side by side that wrap to the next line where the room ends."""
    box = QWidget()
    lay = FlowLayout(box)
    for w in widgets:
        lay.addWidget(w)
    return box


def header_tips(table) -> None:
    """Each column header's text as its tooltip too: a narrow column elides its header."""
    for c in range(table.columnCount()):
        item = table.horizontalHeaderItem(c)
        if item is not None:
            item.setToolTip(item.text())


def row(*widgets, stretch_last=False) -> QHBoxLayout:
    lay = QHBoxLayout()
    for w in widgets:
        if isinstance(w, int):
            lay.addSpacing(w)
        elif w is None:
            lay.addStretch(1)
        else:
            lay.addWidget(w)
    return lay


def column(*widgets) -> QVBoxLayout:
    lay = QVBoxLayout()
    for w in widgets:
        if w is None:
            lay.addStretch(1)
        elif isinstance(w, QWidget):
            lay.addWidget(w)
        else:
            lay.addLayout(w)
    return lay
