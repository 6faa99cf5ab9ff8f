"""What every panel shares: tasks off the GUI thread, theme, font size, language, a demo."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel,
                               QScrollArea, QSizePolicy, QSplitter, QTextBrowser, QVBoxLayout,
                               QWidget)

from tfvisual.core import devices

from ..worker import Task


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

    # -- subclasses fill these --------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def apply_style(self, theme: str, pt: int) -> None:
        self.theme, self.pt = theme, pt
        # Long item texts must not set the window's minimum width (a 1024-wide projector).
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        for label in self.findChildren(QLabel):
            if not label.pixmap() or label.pixmap().isNull():
                label.setWordWrap(True)

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
        super().changeEvent(event)

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
            task.cancelled.connect(cancelled)
        self.tasks.append(task)
        task.finished.connect(lambda t=task: self._finished(t))
        self.status.emit(label or self.tr("Working…"))
        self.busy.emit(True)
        task.start()
        return task

    def _finished(self, task):
        if task in self.tasks:
            self.tasks.remove(task)
        if not self.tasks:
            self.busy.emit(False)
            self.status.emit(self.tr("Ready"))

    def cancel_all(self):
        for t in self.tasks:
            t.cancel()

    def save_path(self, caption: str, default: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, caption, default, filters)
        return path

    def open_path(self, caption: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, caption, "", filters)
        return path


class _Column(QScrollArea):
    """Controls in a splitter that take, from their neighbours, the room they need at
    the current font size whenever the window or the font changes (and room allows): at
    projector sizes scrolling hid half of every field, and the run buttons of a short pane.
    Where there is no room they scroll rather than push the window off the screen; a drag of
    the splitter by hand holds until the window or the font next changes."""

    def __init__(self, widget: QWidget, min_width: int):
        super().__init__()
        self._split = None
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setMinimumWidth(min_width)
        widget.installEventFilter(self)

    def showEvent(self, event):
        super().showEvent(event)
        split = self.parentWidget()
        if isinstance(split, QSplitter) and split is not self._split:
            self._split = split
            split.installEventFilter(self)
        self.fit()

    def eventFilter(self, obj, event):
        if (obj is self.widget() and event.type() == QEvent.LayoutRequest) or \
                (obj is self._split and event.type() == QEvent.Resize):
            self.fit()
        return super().eventFilter(obj, event)

    def fit(self):
        split = self._split
        if split is None or not self.isVisible():
            return
        across = split.orientation() == Qt.Horizontal

        def extent(size):
            return size.width() if across else size.height()
        w = self.widget()
        if across:
            need = w.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        else:   # wrapped labels: the scroll area gives the controls their height for width
            need = w.heightForWidth(self.viewport().width()) if w.hasHeightForWidth() \
                else w.minimumSizeHint().height()
        sizes, i = split.sizes(), split.indexOf(self)
        if sizes[i] >= need:
            return
        # The neighbours give in proportion to the room they have to spare.
        spare = [0 if k == i else max(0, sizes[k] - extent(split.widget(k).minimumSizeHint()))
                 for k in range(len(sizes))]
        give = min(need - sizes[i], sum(spare))
        if give > 0:
            parts = [give * room // sum(spare) for room in spare]
            parts[spare.index(max(spare))] += give - sum(parts)   # what rounding left
            sizes = [size - part for size, part in zip(sizes, parts)]
            sizes[i] += sum(parts)
            split.setSizes(sizes)


def scrolled(widget: QWidget, min_width: int = 200) -> QScrollArea:
    """A column of controls that takes the room it needs, and scrolls where there is none."""
    for combo in widget.findChildren(QComboBox):
        # A long choice is elided in the box (the list shows it whole), so the column fits.
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
    return _Column(widget, min_width)


def lesson_view() -> QTextBrowser:
    v = QTextBrowser()
    v.setObjectName("lesson")
    v.setOpenExternalLinks(False)
    v.setOpenLinks(False)
    v.setMinimumWidth(220)
    return v


def heading(text="") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName("heading")
    lab.setWordWrap(True)
    return lab


class MessageLine(QLabel):
    """One line saying what went wrong (or right), in words, never a traceback."""

    def __init__(self):
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.clear_message()

    def show_message(self, text: str, kind: str = "error"):
        self.setObjectName(kind)
        self.setText(text)
        self.setVisible(bool(text))
        self.style().unpolish(self)
        self.style().polish(self)

    def clear_message(self):
        self.show_message("", "good")


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
