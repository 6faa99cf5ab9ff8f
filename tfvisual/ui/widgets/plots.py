"""pyqtgraph plots that follow the theme and the font size."""
from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from ..theme import palette_of

pg.setConfigOptions(antialias=True)


def _coarser(spacing: float) -> float:
    """The next tick spacing in the 1, 2, 5, 10 sequence."""
    exp = math.floor(math.log10(spacing))
    mantissa = spacing / 10 ** exp
    return next((step for step in (2, 5, 10) if mantissa < step * 0.999), 20) * 10 ** exp


class FittingAxis(pg.AxisItem):
    """An axis whose numbers never overlap. pyqtgraph labels every major tick and asks for
    at least 2.25 intervals, which at 24 pt in a short plot stacked 0.8, 0.6, 0.4 and 0.2 on
    one another; here the major spacing grows (1, 2, 5) until its labels fit."""

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        dif = abs(maxVal - minVal)
        if not levels or size <= 0 or dif == 0:
            return levels
        font = self.style.get("tickFont") or QFont()
        fm, pt = QFontMetrics(font), max(1.0, font.pointSizeF())
        # From the point size where the font database has no answer (a machine without fonts).
        label = max(fm.height(), 1.3 * pt) if self.orientation in ("left", "right") \
            else max(fm.horizontalAdvance("-0.00"), 3 * pt)
        room = max(2, int(size / (1.4 * label)))
        major = levels[0][0]
        while math.floor(dif / major) + 1 > room:
            major = _coarser(major)
        if major == levels[0][0]:
            return levels
        minors = [(sp, off) for sp, off in levels[1:]
                  if sp < major and abs(major / sp - round(major / sp)) < 1e-6]
        return [(major, 0)] + minors

    def tickValues(self, minVal, maxVal, size):
        """Two numbers at least on a value axis. pyqtgraph draws a number only where its
        whole label fits beside the plot, so in a short plot at 24 pt the round values
        near the ends lost theirs and the tape's steps showed none: there, two round values
        far enough from the ends are labelled instead."""
        levels = super().tickValues(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        if self.orientation not in ("left", "right") or size <= 0 or not levels \
                or not (math.isfinite(hi - lo) and hi > lo):
            return levels
        font = self.style.get("tickFont") or QFont()
        label = QFontMetrics(font).height()
        half = 0.4 * label * (hi - lo) / size + 1e-12
        a, b = lo + half, hi - half
        if b <= a or sum(a <= v <= b for v in levels[0][1]) >= 2:
            return levels
        step = 10.0 ** math.ceil(math.log10(b - a))
        for _ in range(12):
            first, last = math.ceil(a / step) * step, math.floor(b / step) * step
            if last - first >= step * 0.999:
                if (last - first) * size / (hi - lo) < 1.1 * label:
                    return levels        # no room for two apart: as pyqtgraph has it
                return [(step, [first, last])] + levels[1:]
            step /= 2.5 if str(step).lstrip("0.").startswith("5") else 2
        return levels


def make_plot(title: str = "", left: str = "", bottom: str = "") -> pg.PlotWidget:
    w = pg.PlotWidget(axisItems={"left": FittingAxis("left"), "bottom": FittingAxis("bottom")})
    w.setMenuEnabled(False)
    w.showGrid(x=True, y=True, alpha=0.25)
    if title:
        w.setTitle(title)
    if left:
        w.setLabel("left", left)
    if bottom:
        w.setLabel("bottom", bottom)
    return w


def cache_static(w: pg.PlotWidget, *items) -> None:
    """Keep the axes, the grid and these items as pixmaps until they change, so a frame that
    moves one point repaints that point, not everything under it (half the paint time)."""
    plot = w.getPlotItem()
    parts = [plot.getAxis(name) for name in ("left", "bottom")]
    for item in items:   # a PlotDataItem paints nothing itself: its curve and symbols do
        parts += [item.curve, item.scatter] if isinstance(item, pg.PlotDataItem) else [item]
    for part in parts:
        part.setCacheMode(QGraphicsItem.DeviceCoordinateCache)


_GLYPHS = {"o": "●", "s": "■", "t": "▼", "d": "◆"}
LEGEND_MAX = 7      # entries named in a plot's title; the rest counted


def titled(w: pg.PlotWidget) -> QWidget:
    """The plot under a Qt label that holds its title and legend: the label wraps and takes
    the height it needs, where pyqtgraph's one-line title would be cut or widen the plot."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    label = QLabel()
    label.setObjectName("plotTitle")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignCenter)
    label.setTextFormat(Qt.RichText)
    lay.addWidget(label)
    lay.addWidget(w, 1)
    w._title_label = label
    return box


def set_title(w: pg.PlotWidget, title: str) -> None:
    """The plot's title followed by its legend, each named curve in its own colour: outside
    the data, in the UI's font size."""
    w._title = title
    refresh_title(w)


def refresh_title(w: pg.PlotWidget) -> None:
    title = getattr(w, "_title", "")
    fg, pt = getattr(w, "_style", ("#000000", 11))
    parts = [f"<b>{html.escape(title)}</b>"] if title else []
    named = [item for item in w.getPlotItem().listDataItems()
             if item.name() and item.isVisible()]
    for item in named[:LEGEND_MAX]:
        colour = pg.mkPen(item.opts["pen"]).color().name()
        glyph = _GLYPHS.get(item.opts.get("symbol"), "━")
        parts.append(f"<span style='color:{colour}'>{glyph}</span>&nbsp;"
                     f"{html.escape(item.name())}")
    if len(named) > LEGEND_MAX:     # twenty runs overlaid: the plot keeps its height
        parts.append(html.escape(QCoreApplication.translate("plots", "and {0} more").format(
            len(named) - LEGEND_MAX)))
    text = " &nbsp; ".join(parts)     # lines break between entries, never inside one
    label = getattr(w, "_title_label", None)
    if label is not None:
        label.setText(text)
        label.setVisible(bool(text))    # no title, no empty line taken from the plot
    elif parts:
        w.getPlotItem().setTitle(text, color=fg, size=f"{pt}pt")


def style_plot(w: pg.PlotWidget, theme_name: str, pt: int) -> None:
    t = palette_of(theme_name)
    w._style = (t.plot_fg, pt)
    w.setBackground(t.plot_bg)
    font = QFont()
    font.setPointSize(max(8, pt - 1))
    item = w.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        ax = item.getAxis(name)
        ax.setPen(pg.mkPen(t.plot_fg, width=2 if theme_name == "contrast" else 1))
        ax.setTextPen(pg.mkPen(t.plot_fg))
        ax.setTickFont(font)
        if ax.label is not None:
            ax.label.setFont(font)
            text = ax.labelText
            if text:
                ax.setLabel(text, **{"color": t.plot_fg, "font-size": f"{pt}pt"})
    if getattr(w, "two_numbers", False):
        # Room for two numbers on its value axis, above the bottom axis's numbers and name
        # (the tape's steps and the learning rate showed none at 24 pt).
        named = bool(item.getAxis("bottom").labelText)
        w.setMinimumHeight(int((3.5 + 1.1 * named) * QFontMetrics(font).height()))
    if hasattr(w, "_title"):
        refresh_title(w)
    elif item.titleLabel.text:
        item.setTitle(item.titleLabel.text, color=t.plot_fg, size=f"{pt}pt")
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(t.plot_fg)
        legend.setLabelTextSize(f"{max(8, pt - 1)}pt")
        for _sample, label in legend.items:   # existing entries keep their old colour
            label.setText(label.text, color=t.plot_fg, size=f"{max(8, pt - 1)}pt")


def pen(theme_name: str, i: int, width: float = 2.0, **kw):
    t = palette_of(theme_name)
    return pg.mkPen(t.curves[i % len(t.curves)],
                    width=width * (1.5 if theme_name == "contrast" else 1.0), **kw)
