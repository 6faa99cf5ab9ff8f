"""A code editor: monospace, line numbers, Python highlighting, a marked line and an error line."""
from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QPainter, QSyntaxHighlighter, QTextCharFormat, QTextCursor,
                           QTextFormat)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ..theme import mono_font, palette_of

_RULES = [
    (r"\b(" + "|".join(keyword.kwlist) + r")\b", "keyword"),
    (r"\b(tf|np|keras|ag__)\b", "module"),
    (r"\b[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?\b", "number"),
    (r"@[\w.]+", "decorator"),
    (r"\bdef\s+(\w+)", "function"),
    (r"(\"[^\"\n]*\"|'[^'\n]*')", "string"),
    (r"#[^\n]*", "comment"),
]
_COLOURS = {
    "light": {"keyword": "#8e3fb5", "module": "#2462c9", "number": "#a15c00",
              "decorator": "#00838f", "function": "#1b5fa8", "string": "#1b7f3b",
              "comment": "#6a737d"},
    "dark": {"keyword": "#c991ff", "module": "#6ea8ff", "number": "#e3b341",
             "decorator": "#4dd0e1", "function": "#8cc2ff", "string": "#6fd08c",
             "comment": "#8b949e"},
    "contrast": {"keyword": "#ff66ff", "module": "#00ffff", "number": "#ffff00",
                 "decorator": "#00ffff", "function": "#ffffff", "string": "#00ff66",
                 "comment": "#bbbbbb"},
}


class PythonHighlighter(QSyntaxHighlighter):
    def __init__(self, doc, theme="light"):
        super().__init__(doc)
        self.set_theme(theme)

    def set_theme(self, theme):
        colours = _COLOURS.get(theme, _COLOURS["light"])
        self.rules = []
        for pattern, kind in _RULES:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colours[kind]))
            if kind in ("keyword", "function"):
                fmt.setFontWeight(700)
            self.rules.append((re.compile(pattern), fmt, kind))
        self.rehighlight()

    def highlightBlock(self, text):
        for rx, fmt, kind in self.rules:
            for m in rx.finditer(text):
                start, end = (m.span(1) if kind == "function" else m.span())
                self.setFormat(start, end - start, fmt)


class _Gutter(QWidget):
    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self):
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event):
        self.editor.paint_gutter(event)


class CodeView(QPlainTextEdit):
    """Emits ``hovered_line`` (1-based, 0 when off the text) as the mouse moves over lines."""
    hovered_line = Signal(int)
    line_clicked = Signal(int)      # a click on a line's text (1-based)

    def __init__(self, text="", read_only=False, parent=None):
        super().__init__(parent)
        self.setPlainText(text)
        self.setReadOnly(read_only)
        # Long lines wrap: a learner must see every line whole, at any font size and width.
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setTabStopDistance(32)
        self.setMouseTracking(True)
        self._gutter = _Gutter(self)
        self._marked = 0
        self._error = 0
        self._extra_lines: set[int] = set()
        self._theme = "light"
        self.highlighter = PythonHighlighter(self.document())
        self.blockCountChanged.connect(self._update_width)
        self.updateRequest.connect(self._update_gutter)
        self.textChanged.connect(self._clear_error)
        self.set_font_size(11)

    def set_font_size(self, pt):
        self.setFont(mono_font(pt))
        self._update_width()

    def set_theme(self, theme):
        self._theme = theme
        self.highlighter.set_theme(theme)
        self._refresh()

    def gutter_width(self):
        digits = max(2, len(str(self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_width(self, *_):
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect, dy):
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        cr = self.contentsRect()
        self._gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event):
        t = palette_of(self._theme)
        p = QPainter(self._gutter)
        p.fillRect(event.rect(), QColor(t.alt))
        block = self.firstVisibleBlock()
        number = block.blockNumber() + 1
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        line_h = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            h = round(self.blockBoundingRect(block).height())   # taller where a line wraps
            if block.isVisible():
                colour = t.bad if number == self._error else (
                    t.accent if number == self._marked else t.muted)
                p.setPen(QColor(colour))
                p.drawText(0, top, self._gutter.width() - 6, line_h, Qt.AlignRight, str(number))
            block = block.next()
            top += h
            number += 1

    def mark_line(self, line: int):
        """Highlight the line being executed (0 for none)."""
        if line == self._marked:
            return      # called every animation frame: repaint only on a change
        self._marked = line
        self._refresh()

    def mark_lines(self, lines):
        self._extra_lines = set(lines)
        self._refresh()

    def show_error(self, line: int | None):
        self._error = line or 0
        self._refresh()
        if line:
            block = self.document().findBlockByNumber(line - 1)
            cur = QTextCursor(block)
            self.setTextCursor(cur)
            self.ensureCursorVisible()

    def _clear_error(self):
        if self._error:
            self._error = 0
            self._refresh()

    def error_line(self) -> int:
        return self._error

    def marked_line(self) -> int:
        return self._marked

    def _refresh(self):
        t = palette_of(self._theme)
        sels = []
        for line, colour in ([(ln, t.node_added) for ln in sorted(self._extra_lines)] +
                             [(self._marked, t.node_fill if self._theme != "contrast"
                               else "#333300"), (self._error, t.node_removed)]):
            if not line:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(QColor(colour))
            sel.format.setProperty(QTextFormat.FullWidthSelection, True)
            sel.cursor = QTextCursor(self.document().findBlockByNumber(line - 1))
            sels.append(sel)
        self.setExtraSelections(sels)
        self._gutter.update()

    def mouseMoveEvent(self, event):
        super().mouseMoveEvent(event)
        cur = self.cursorForPosition(event.position().toPoint())
        rect = self.cursorRect(cur)
        inside = rect.top() - 2 <= event.position().y() <= rect.bottom() + 2
        self.hovered_line.emit(cur.blockNumber() + 1 if inside else 0)

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and not self.textCursor().hasSelection():
            self.line_clicked.emit(self.textCursor().blockNumber() + 1)

    def leaveEvent(self, event):
        super().leaveEvent(event)
        self.hovered_line.emit(0)
