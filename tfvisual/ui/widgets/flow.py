"""A layout that places widgets in rows and wraps to the next row when one is full (after Qt's
Flow Layout example): a panel's buttons stay whole at any width and font size."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QSizePolicy


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
        return self.minimumSize()

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
            w = r.width() if full else min(hint.width(), r.width())
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


class WrapButton(QPushButton):
    """A push button whose text wraps onto a second line instead of being cut when the
    room is narrower than the text (a long label at a projector's font size)."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setObjectName("buttonText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setAttribute(Qt.WA_TransparentForMouseEvents)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self):
        return self.layout().sizeHint().expandedTo(super().sizeHint())

    def minimumSizeHint(self):
        return self.layout().minimumSize()
