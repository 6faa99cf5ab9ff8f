"""A layout that places widgets in rows and wraps to the next row when one is full (after Qt's
Flow Layout example): a panel's buttons stay whole at any width and font size."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLayout, QPushButton,
                               QSizePolicy, QStyle)


class FlowLayout(QLayout):
    """Items keep their size hint; an item whose horizontal policy expands takes a row of its
    own, the full width (an input line among buttons)."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, i):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self):
        """Everything on one row."""
        items = self._visible()
        m = self.contentsMargins()
        w = sum(i.sizeHint().width() for i in items) + self.spacing() * max(0, len(items) - 1)
        h = max((i.sizeHint().height() for i in items), default=0)
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self):
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self):
        return [i for i in self._items if not i.isEmpty()]

    @staticmethod
    def _full_row(item) -> bool:
        w = item.widget()
        return w is not None and w.sizePolicy().horizontalPolicy() in (
            QSizePolicy.Expanding, QSizePolicy.MinimumExpanding)

    def _place(self, rect, move):
        m = self.contentsMargins()
        r = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_h, gap = r.x(), r.y(), 0, self.spacing()
        for item in self._visible():
            hint = item.sizeHint()
            full = self._full_row(item)
            w = r.width() if full else max(min(hint.width(), r.width()),
                                            min(item.minimumSize().width(), r.width()))
            if x > r.x() and (full or x + w > r.right() + 1):
                x, y, line_h = r.x(), y + line_h + gap, 0
            h = item.heightForWidth(w) if item.hasHeightForWidth() else hint.height()
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(w, h)))
            x += w + gap
            line_h = max(line_h, h)
            if full:
                x = r.right() + 1    # nothing beside a full-width item
        return y + line_h - rect.y() + m.bottom()


def breakable(text: str) -> str:
    """Line-break chances (zero-width spaces) inside CamelCase and snake_case names, so that
    LearningRateScheduler or restore_best_weights wrap too."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=_)(?=\w)", "\u200b", text)


class _WrapText:
    """A button's text as a word-wrapped label inside it (a button's own text never
    wraps); the text the button is given stays what text() returns."""

    def _wrap_label(self, text, left=8):
        self._text = ""
        self.label = QLabel(self)
        self.label.setObjectName("buttonText")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WA_TransparentForMouseEvents)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(left, 4, 8, 4)
        lay.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)   # may shrink: wraps
        self.toggled.connect(self._restyle)
        self.setText(text)

    def _restyle(self, *_):
        # A style sheet cannot select on an ancestor's state: a pressed-in toggle button's
        # label is marked itself (a disabled button's label is disabled with it).
        on = isinstance(self, QPushButton) and self.isChecked()
        if self.label.property("on") != on:
            self.label.setProperty("on", on)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)

    def setText(self, text: str) -> None:
        # Not the button's own text: QAbstractButton.setText() resets the shortcut.
        self._text = text
        self.label.setText(breakable(text))
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def sizeHint(self):
        # One line where there is room: a wrapped QLabel's own hint is a narrow block.
        m = self.layout().contentsMargins()
        fm = self.label.fontMetrics()
        w = fm.horizontalAdvance(self._text) + m.left() + m.right() + 8
        h = fm.height() + m.top() + m.bottom() + 8
        return QSize(w, h)

    def minimumSizeHint(self):
        return self.layout().minimumSize()

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        m = self.layout().contentsMargins()
        return self.label.heightForWidth(width - m.left() - m.right()) + m.top() + m.bottom() + 8


class WrapButton(_WrapText, QPushButton):
    """A push button whose text wraps instead of being cut at a projector's font size."""

    def __init__(self, text: str = "", parent=None):
        QPushButton.__init__(self, parent)
        self._wrap_label(text)
        self.label.setAlignment(Qt.AlignCenter)

    def sizeHint(self):
        return _WrapText.sizeHint(self).expandedTo(QPushButton.sizeHint(self))


class WrapCheck(_WrapText, QCheckBox):
    """A check box whose text wraps; a click anywhere on it toggles it."""

    def __init__(self, text: str = "", parent=None):
        QCheckBox.__init__(self, parent)
        self._wrap_label(text)

    def _indent(self):
        st = self.style()
        left = st.pixelMetric(QStyle.PM_IndicatorWidth, None, self) + \
            st.pixelMetric(QStyle.PM_CheckBoxLabelSpacing, None, self) + 4
        m = self.layout().contentsMargins()
        if m.left() != left:
            self.layout().setContentsMargins(left, m.top(), m.right(), m.bottom())

    def event(self, e):
        if e.type() in (QEvent.StyleChange, QEvent.FontChange, QEvent.Polish):
            self._indent()
        return QCheckBox.event(self, e)

    def hitButton(self, pos):
        return self.rect().contains(pos)
