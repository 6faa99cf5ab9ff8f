"""The exercises beside every lesson: one widget that every panel hosts, and the learner's
progress shared by all of them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from tfvisual.core import exercises as core
from tfvisual.core.errors import Word

from .flow import FlowLayout, WrapButton


def translate(template: str, values: dict | None = None) -> str:
    """An exercise text in the UI's language, its values filled in (words translated too)."""
    text = QCoreApplication.translate("exercises", template)
    if not values:
        return text
    vals = {k: QCoreApplication.translate("exercises", v) if isinstance(v, Word) else v
            for k, v in values.items()}
    return text.format(**vals)


class Store(QObject):
    """The learner's progress and the classroom options, one for the whole window."""
    changed = Signal()            # an exercise passed, or progress was reset
    options_changed = Signal()    # hints hidden or shown; the goal shown on top or not

    def __init__(self, path=None):
        super().__init__()
        self.progress = core.Progress(path)
        self.hints = True
        self.goal_on_top = False
        self._said = ""

    def mark(self, exercise_id: str) -> bool:
        new = self.progress.mark(exercise_id)
        if new:
            self.changed.emit()
        return new

    def reset(self):
        self.progress.reset()
        self.changed.emit()

    def set_hints(self, on: bool):
        self.hints = on
        self.options_changed.emit()

    def set_goal_on_top(self, on: bool):
        self.goal_on_top = on
        self.options_changed.emit()

    def problem(self) -> str:
        """A problem with the progress file, in words: each one once (a file set aside at
        start was said again at every pass)."""
        p = self.progress
        text = translate(p.problem, p.problem_values) if p.problem else ""
        if text == self._said:
            return ""
        self._said = text
        return text


_store: Store | None = None


def store() -> Store:
    global _store
    if _store is None:
        _store = Store()
    return _store


def set_store(s: Store) -> None:
    global _store
    _store = s


class ExercisePane(QWidget):
    """A lesson's exercises: the goal, a hint on request, and the check of every result the
    panel offers. ``leave`` asks for the previous (-1) or next (+1) lesson."""
    leave = Signal(int)
    counted = Signal()            # the tick count changed (the tab's title shows it)

    def __init__(self, lesson: str, panel: QWidget):
        super().__init__()
        self.setObjectName("exercises")
        self.lesson, self.panel = lesson, panel
        self.items = core.of_lesson(lesson)
        self.i = 0
        self.last: dict[str, core.Check] = {}     # id -> the latest check of a real result
        self.position = QLabel()
        self.position.setObjectName("exercisePosition")
        self.ticks = QWidget()
        tl = FlowLayout(self.ticks)
        self.tick_btns = []
        for k, _ex in enumerate(self.items):
            b = QToolButton()
            b.setObjectName("tick")
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=k: self.go(k))
            tl.addWidget(b)
            self.tick_btns.append(b)
        self.goal = QLabel()
        self.goal.setObjectName("goal")
        self.goal.setWordWrap(True)
        self.goal.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hint_btn = WrapButton()
        self.hint_btn.setCheckable(True)
        self.hint_btn.toggled.connect(self._refresh)
        self.where_btn = WrapButton()
        self.where_btn.clicked.connect(self.point)
        self.top_btn = WrapButton()
        self.top_btn.setCheckable(True)
        self.top_btn.toggled.connect(lambda on: store().set_goal_on_top(on))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.prev_btn = WrapButton()
        self.prev_btn.clicked.connect(self.previous)
        self.next_btn = WrapButton()
        self.next_btn.clicked.connect(self.next)
        actions = QWidget()
        al = FlowLayout(actions)
        for b in (self.hint_btn, self.where_btn, self.top_btn):
            al.addWidget(b)
        nav = QWidget()       # wraps, rather than widen a narrow side column
        nl = FlowLayout(nav)
        nl.addWidget(self.prev_btn)
        nl.addWidget(self.next_btn)
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        lay = QVBoxLayout(self)
        for w in (self.position, self.ticks, self.goal, actions, self.hint, line, self.feedback):
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addWidget(nav)
        store().changed.connect(self._refresh)
        store().options_changed.connect(self._refresh)
        self.retranslate()

    # -- the learner's results -----------------------------------------------------------------
    def offer(self, result) -> list[str]:
        """Check ``result`` against every exercise of the lesson; returns the ids newly passed.
        The one shown says what it measured; one passed elsewhere ticks quietly."""
        newly = []
        for ex in self.items:
            got = ex.check(result)
            if got is core.NOT_YET:
                continue          # a result this exercise does not look at
            self.last[ex.id] = got
            if got.passed and store().mark(ex.id):
                newly.append(ex.id)
        self._refresh()           # which also updates the count in the tab
        return newly

    def current(self) -> core.Exercise:
        return self.items[self.i]

    def count(self) -> tuple[int, int]:
        return store().progress.count(self.lesson)

    # -- moving along the lesson path --------------------------------------------------------
    def go(self, k: int):
        self.i = max(0, min(len(self.items) - 1, k))
        self.hint_btn.setChecked(False)
        self._refresh()

    def next(self):
        if self.i == len(self.items) - 1:
            self.leave.emit(+1)
        else:
            self.go(self.i + 1)

    def previous(self):
        if self.i == 0:
            self.leave.emit(-1)
        else:
            self.go(self.i - 1)

    def point(self):
        """Show the control a failed check is about: its tab to the front, focus, a flash."""
        name = self.current().control
        w = getattr(self.panel, name, None) if name else None
        if not isinstance(w, QWidget):
            return
        reveal = getattr(self.panel, "reveal_widget", None)
        if reveal is not None:
            reveal(w)
        w.setFocus(Qt.OtherFocusReason)
        w.setProperty("pointed", True)
        w.style().unpolish(w)
        w.style().polish(w)

        def unflash(w=w):
            w.setProperty("pointed", False)
            w.style().unpolish(w)
            w.style().polish(w)
        QTimer.singleShot(1500, w, unflash)     # dropped if the widget is gone by then

    # -- words ------------------------------------------------------------------------------
    def retranslate(self):
        self.prev_btn.setText(self.tr("◀ Previous"))
        self.prev_btn.setToolTip(self.tr("Previous exercise (Shift+F8)"))
        self.hint_btn.setText(self.tr("Hint"))
        self.where_btn.setText(self.tr("Show me where"))
        self.where_btn.setToolTip(self.tr("Bring the control this exercise is about into view"))
        self.top_btn.setText(self.tr("Goal across the top"))
        self.top_btn.setToolTip(self.tr("Show the goal in large type across the whole window, "
                                        "for a class (F7)"))
        self._refresh()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()

    def goal_text(self) -> str:
        return translate(self.current().goal)

    def _refresh(self, *_):
        ex, s = self.current(), store()
        done = s.progress.done(ex.id)
        n_done, n = self.count()
        levels = {1: self.tr("easy"), 2: self.tr("medium"), 3: self.tr("hard")}
        self.position.setText(self.tr("Exercise {0} of {1} · {2} · {3} of {1} done").format(
            self.i + 1, n, levels[ex.difficulty], n_done))
        for k, (b, e) in enumerate(zip(self.tick_btns, self.items)):
            ok = s.progress.done(e.id)
            b.setText(("✓ " if ok else "") + str(k + 1))
            b.setChecked(k == self.i)
            b.setToolTip(translate(e.goal) + ("\n" + self.tr("Done") if ok else ""))
            b.setAccessibleName(self.tr("Exercise {0}").format(k + 1) +
                                (" " + self.tr("done") if ok else ""))
        self.goal.setText(self.goal_text())
        self.hint_btn.setVisible(s.hints)
        self.hint.setText(translate(ex.hint))
        self.hint.setVisible(s.hints and self.hint_btn.isChecked())
        self.top_btn.blockSignals(True)
        self.top_btn.setChecked(s.goal_on_top)
        self.top_btn.blockSignals(False)
        got = self.last.get(ex.id)
        self.where_btn.setVisible(bool(ex.control) and not done)
        if got is not None and got.passed:
            kind = "good"
            text = self.tr("✓ Passed: {0}").format(translate(ex.learned))
            if got.measured:
                text += "\n" + self.tr("Measured: {0}").format(
                    translate(got.template, got.values))
        elif got is not None:
            kind = "warn"
            text = self.tr("Not yet. Measured: {0}").format(translate(got.template, got.values))
            if done:
                text = self.tr("✓ Passed before.") + " " + text
        elif done:
            kind, text = "good", self.tr("✓ Passed before: {0}").format(translate(ex.learned))
        else:
            kind, text = "", self.tr("Not checked yet: each result this lesson computes is "
                                     "checked at once.")
        self.feedback.setObjectName(kind or "feedback")
        self.feedback.setText(text)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        last = self.i == len(self.items) - 1
        self.next_btn.setText(self.tr("Next lesson ▶") if last else self.tr("Next ▶"))
        self.next_btn.setToolTip(self.tr("Next exercise (F8)"))
        self.prev_btn.setText(self.tr("◀ Previous lesson") if self.i == 0
                              else self.tr("◀ Previous"))
        self.counted.emit()

