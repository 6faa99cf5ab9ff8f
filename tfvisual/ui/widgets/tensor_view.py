"""A tensor's values drawn to fit its rank: a number, a row, a grid, a stack, a summary."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..theme import palette_of

MAX_CELLS = 32   # per axis; larger tensors are drawn as a heat map without numbers


def _fmt(v) -> str:
    if isinstance(v, (bytes, np.bytes_)):
        s = v.decode("utf-8", errors="replace")
        return f'"{s}"' if len(s) < 12 else f'"{s[:10]}…"'
    if isinstance(v, (np.floating, float)):
        return f"{float(v):.4g}"
    if isinstance(v, (np.bool_, bool)):
        return "True" if v else "False"
    return str(v)



def _luminance(c: QColor) -> float:
    def lin(v):
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def cell_colours(theme_name: str, f: float, faded: bool = False) -> tuple[QColor, QColor]:
    """A numeric cell's fill (the accent over the background, stronger for larger values)
    and the text that reads best on it: the theme's text where it does, else black or
    white (the projector theme's white on bright yellow was 1.3:1)."""
    t = palette_of(theme_name)
    base, accent = QColor(t.base), QColor(t.accent)
    alpha = 0.1 + 0.8 * f * (0.5 if faded else 1.0)
    fill = QColor.fromRgbF(*(alpha * getattr(accent, c)() + (1 - alpha) * getattr(base, c)()
                             for c in ("redF", "greenF", "blueF")))
    own = QColor(t.muted if faded else t.text)
    if contrast(own, fill) >= 4.5:
        return fill, own
    return fill, max((QColor("#000000"), QColor("#ffffff")), key=lambda c: contrast(c, fill))

class TensorPicture(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.info = None
        self.theme = "light"
        self.pt = 11
        self.setMinimumSize(300, 220)

    def sizeHint(self):
        return QSize(520, 360)

    def set_info(self, info):
        self.info = info
        self.update()

    def set_theme(self, theme, pt):
        self.theme, self.pt = theme, pt
        self.update()

    def describe_mode(self) -> str:
        """What is drawn now: empty, spec, scalar, row, grid, stack, summary."""
        i = self.info
        if i is None:
            return "empty"
        if i.values is None:
            return "spec"
        return {0: "scalar", 1: "row", 2: "grid", 3: "stack"}.get(i.rank, "summary")

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        t = palette_of(self.theme)
        p.fillRect(self.rect(), QColor(t.base))
        mode = self.describe_mode()
        font = QFont(self.font())
        font.setPointSize(self.pt)
        p.setFont(font)
        p.setPen(QColor(t.text))
        r = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        if mode == "empty":
            return
        if mode == "spec":
            self._paint_spec(p, r, t)
        elif mode == "scalar":
            big = QFont(font)
            big.setPointSize(self.pt * 3)
            p.setFont(big)
            p.drawText(r, Qt.AlignCenter, _fmt(self.info.values[()]))
        elif mode == "row":
            self._grid(p, r, t, self.info.values[None, :])
        elif mode == "grid":
            self._grid(p, r, t, self.info.values)
        elif mode == "stack":
            self._stack(p, r, t, self.info.values)
        else:
            v = self.info.values
            lines = [f"rank {self.info.rank}: {' × '.join(map(str, v.shape))} = {v.size:,} values"]
            if v.dtype.kind in "iuf" and v.size:
                lines.append(f"min {v.min():.4g}   max {v.max():.4g}   mean {v.mean():.4g}")
            lines.append("first values: " + ", ".join(_fmt(x) for x in v.ravel()[:8]))
            p.drawText(r, Qt.AlignCenter | Qt.TextWordWrap, "\n".join(lines))

    def _paint_spec(self, p, r, t):
        shape = self.info.shape
        pen = QPen(QColor(t.accent), 2, Qt.DashLine)
        p.setPen(pen)
        if shape is None:
            p.drawText(r, Qt.AlignCenter, "? (unknown rank)")
            return
        n = len(shape)
        for k in range(min(n, 3)):
            off = k * 18
            box = QRectF(r.left() + off, r.top() + off, r.width() * 0.7, r.height() * 0.7)
            p.drawRect(box)
        p.setPen(QColor(t.text))
        labels = ["?" if d is None else str(d) for d in shape]
        axes = ["height", "width", "channels"] if n == 3 else [f"axis {k}" for k in range(n)]
        text = "  ×  ".join(f"{lab} ({a})" for lab, a in zip(labels, axes))
        p.drawText(r.adjusted(0, r.height() * 0.78, 0, 0), Qt.AlignLeft | Qt.TextWordWrap, text)

    def stack_rects(self, r=None, shape=None) -> tuple[list[QRectF], float]:
        """Where each slice of a rank-3 tensor is drawn, front (slice 0) first, and the cell
        size: a deck of grids, each next slice up and to the right by most of a cell so
        that a row and a column of every slice stay in sight."""
        r = r or QRectF(self.rect()).adjusted(12, 12, -12, -12)
        r = r.adjusted(0, self.fontMetrics().height() * 1.2, 0, 0)   # the slice labels
        shape = shape or self.info.values.shape
        n = min(shape[0], 6)
        rows, cols = (min(d, MAX_CELLS) for d in shape[1:])
        step = 0.85     # of a cell
        side = min(r.width() / (cols + step * (n - 1)), r.height() / (rows + step * (n - 1)),
                   90.0)
        off = side * step
        x0 = r.left() + (r.width() - side * cols - off * (n - 1)) / 2
        y0 = r.top() + (r.height() - side * rows - off * (n - 1)) / 2 + off * (n - 1)
        return [QRectF(x0 + off * k, y0 - off * k, side * cols, side * rows)
                for k in range(n)], side

    def _stack(self, p, r, t, v):
        rects, side = self.stack_rects(r, v.shape)
        for k in reversed(range(len(rects))):
            cell = rects[k]
            p.fillRect(cell, QColor(t.base))
            self._grid(p, cell, t, v[k], faded=k > 0, side=side)
            p.setPen(QColor(t.muted))
            p.drawText(QRectF(cell.left(), cell.top() - side, side * 2, side - 2),
                       Qt.AlignLeft | Qt.AlignBottom, f"[{k}]")
        if v.shape[0] > len(rects):
            p.setPen(QColor(t.muted))
            p.drawText(r, Qt.AlignRight | Qt.AlignTop, f"+{v.shape[0] - len(rects)}")

    def _grid(self, p, r, t, m, faded=False, side=None):
        m = np.asarray(m)
        rows, cols = m.shape
        show_r, show_c = min(rows, MAX_CELLS), min(cols, MAX_CELLS)
        if side is None:
            side = min(r.width() / show_c, r.height() / show_r, 90.0)
        x0 = r.left() + (r.width() - side * show_c) / 2
        y0 = r.top() + (r.height() - side * show_r) / 2
        numeric = m.dtype.kind in "iufb"
        if numeric:
            mf = m[:show_r, :show_c].astype("float64")
            lo, hi = float(np.nanmin(mf)), float(np.nanmax(mf))
            span = hi - lo or 1.0
        show_text = side >= self.pt * 2.6
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, min(self.pt, side / 4)))
        p.setFont(font)
        for i in range(show_r):
            for j in range(show_c):
                cell = QRectF(x0 + j * side, y0 + i * side, side, side)
                text = QColor(t.muted if faded else t.text)
                if numeric:
                    f = (mf[i, j] - lo) / span if np.isfinite(mf[i, j]) else 0.0
                    fill, text = cell_colours(self.theme, f, faded)
                    p.fillRect(cell, fill)
                p.setPen(QPen(QColor(t.border), 1))
                p.drawRect(cell)
                if show_text:
                    p.setPen(text)
                    p.drawText(cell, Qt.AlignCenter, _fmt(m[i, j]))
        if rows > show_r or cols > show_c:
            p.setPen(QColor(t.muted))
            p.drawText(r, Qt.AlignRight | Qt.AlignBottom, f"{rows}×{cols} (showing "
                       f"{show_r}×{show_c})")
