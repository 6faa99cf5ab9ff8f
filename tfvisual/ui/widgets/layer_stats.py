"""Each layer while it learns: sparklines of its weight and gradient norms and update ratio,
histograms of its weights and activations, dead units, a vanishing or exploding gradient in
colour. Fed by LayerStats' records (tfvisual.core.training), a few a second at most.

One view box holds every layer, a band each (its words, then its three pictures side by
side), every value mapped into its band here: a plot with axes per picture took 20-50 ms to
make, a 50-layer model over a second of frozen window."""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..theme import palette_of

SERIES = ("w_norm", "g_norm", "ratio")
# Each band's columns, in view units: the sparklines, the weights' and the activations'
# histograms; and the share of a band the pictures take (the words above them).
SPARK, W_HIST, A_HIST = (0.0, 1.4), (1.55, 2.25), (2.35, 3.05)
PICTURE = (0.05, 0.55)


class _Row:
    """One layer: its words and its pictures, in band ``r`` (y from -r-1 to -r)."""

    def __init__(self, box, r, name):
        self.name, self.r = name, r
        self.label = pg.TextItem(anchor=(0, 0))
        self.label.setPos(0, -r)
        box.addItem(self.label)
        self.curves = {k: pg.PlotCurveItem() for k in SERIES}
        for c in self.curves.values():
            box.addItem(c)
        self.w_bars = pg.BarGraphItem(x=[0], height=[0], width=0, y0=0)
        self.a_line = pg.PlotCurveItem()
        box.addItem(self.w_bars)
        box.addItem(self.a_line)
        self.data = {k: ([], []) for k in SERIES}

    def y(self, share):
        """A height in the band's picture area (0 bottom, 1 top) as a view y."""
        lo, hi = PICTURE
        return -self.r - 1 + lo + (hi - lo) * np.asarray(share, float)


def _spread(values, lo, hi):
    """``values`` mapped from their own range onto [lo, hi]."""
    v = np.asarray(values, float)
    a, b = (float(v.min()), float(v.max())) if v.size else (0.0, 1.0)
    return lo + (hi - lo) * ((v - a) / (b - a) if b > a else np.full(v.shape, 0.5))


class LayerStatsView(QWidget):
    """The model's layers as a column, each drawn from the latest statistics."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme, self.pt = "light", 11
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.RichText)
        self.graphics = pg.GraphicsLayoutWidget()
        self.box = self.graphics.addViewBox(enableMouse=False, enableMenu=False)
        self.box.setMouseEnabled(False, False)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.graphics)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.note)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.legend)
        self.rows: list[_Row] = []
        self.names: list[str] = []
        self.latest: dict | None = None
        self._todo = 0                   # rows drawn so far from the latest record
        self._slice = QTimer(self, interval=0, singleShot=True)
        self._slice.timeout.connect(self._work)
        self.retranslate()

    # -- content ----------------------------------------------------------------------------
    def clear(self):
        """A new run: the same layers keep their rows (made once), their curves start over."""
        for row in self.rows:
            row.data = {k: ([], []) for k in SERIES}
        self.latest = None
        self.note.setText(QCoreApplication.translate(
            "LayerStatsView", "The layers appear here once training starts."))

    def add(self, record: dict):
        """One measurement: every layer's sparkline grows a point, its histograms and its
        words are drawn again (a few rows per turn of the event loop)."""
        layers = record["layers"]
        names = [l["name"] for l in layers]
        if names != self.names:
            for item in list(self.box.addedItems):
                self.box.removeItem(item)
            self.rows = [_Row(self.box, r, n) for r, n in enumerate(names)]
            self.names = names
            self._style_rows()
            self._size()
        self.latest = record
        for row, rec in zip(self.rows, layers):
            for k in SERIES:
                v = rec.get(k)
                if v is not None and math.isfinite(v) and v > 0:
                    xs, ys = row.data[k]
                    xs.append(record["step"])
                    ys.append(math.log10(v))
        self._todo = 0
        self._slice.start()

    ROWS_PER_SLICE = 8

    def _work(self):
        if self.latest is None:
            return
        start, end = self._todo, min(len(self.rows), self._todo + self.ROWS_PER_SLICE)
        self._draw(range(start, end))
        self._todo = end
        if end < len(self.rows):
            self._slice.start()
        else:
            self.note.setText(QCoreApplication.translate("LayerStatsView", "Step {0}, epoch {1}")
                              .format(self.latest["step"], self.latest["epoch"] + 1))

    def _size(self):
        band = int(self.pt * 1.45 * 2.6) + max(48, int(self.pt * 4))
        self.graphics.setMinimumHeight(band * max(1, len(self.rows)) + 8)
        self.box.setRange(xRange=(0, A_HIST[1]), yRange=(-max(1, len(self.rows)), 0),
                          padding=0.01)

    def _draw(self, which=None):
        if self.latest is None:
            return
        t = palette_of(self.theme)
        which = range(len(self.rows)) if which is None else which
        steps = [s for row in self.rows for s in row.data["w_norm"][0]]
        first, last = (min(steps), max(steps)) if steps else (0, 1)
        for i in which:
            row, rec = self.rows[i], self.latest["layers"][i]
            # Sparklines: the steps across the column, log10 values on one scale a layer.
            logs = [v for k in SERIES for v in row.data[k][1]]
            lo, hi = (min(logs), max(logs)) if logs else (0.0, 1.0)
            for k in SERIES:
                xs, ys = row.data[k]
                if xs:
                    x = SPARK[0] + (SPARK[1] - SPARK[0]) * (
                        (np.asarray(xs, float) - first) / max(1, last - first))
                    y = row.y((np.asarray(ys) - lo) / (hi - lo) if hi > lo else
                              np.full(len(ys), 0.5))
                    row.curves[k].setData(x, y)
                else:
                    row.curves[k].setData([], [])
            w = rec["w_hist"]
            if w["counts"]:
                n = len(w["counts"])
                xs = _spread(np.arange(n), *W_HIST)
                width = (W_HIST[1] - W_HIST[0]) / n * 0.85
                heights = row.y(np.asarray(w["counts"], float) / max(1, max(w["counts"])))
                base = row.y(0.0)
                row.w_bars.setOpts(x=xs, y0=base, height=heights - base, width=width)
            a = rec.get("a_hist")
            if a and a["counts"]:
                n = len(a["counts"])
                edges = _spread(np.arange(n + 1), *A_HIST)
                counts = np.asarray(a["counts"], float) / max(1, max(a["counts"]))
                row.a_line.setData(np.repeat(edges, 2)[1:-1], row.y(np.repeat(counts, 2)),
                                   fillLevel=float(row.y(0.0)))
            else:
                row.a_line.setData([], [])
            row.label.setHtml(self._words(rec, t))

    def _words(self, rec, t) -> str:
        state = rec.get("state", "ok")
        colour = {"vanishing": t.warn, "exploding": t.bad}.get(state, t.text)
        words = {"vanishing": QCoreApplication.translate("LayerStatsView", "gradient vanishing"),
                 "exploding": QCoreApplication.translate("LayerStatsView", "gradient exploding")
                 }.get(state, "")
        # Words first (name, state, dead units), the numbers on the second line.
        parts = [f"<b>{html.escape(rec['name'])}</b>"]
        if words:
            parts.append(f"<b>{html.escape(words)}</b>")
        if rec.get("dead") is not None:
            parts.append(html.escape(QCoreApplication.translate(
                "LayerStatsView", "{0} of {1} units dead").format(rec["dead"], rec["units"])))
        numbers = [html.escape(f"‖W‖ {rec['w_norm']:.3g}  ‖∇W‖ {rec['g_norm']:.2g}")]
        if rec.get("ratio") is not None:
            numbers.append(html.escape(f"‖ΔW‖/‖W‖ {rec['ratio']:.1e}"))
        size = max(8, self.pt - 1)
        return (f"<div style='color:{colour}; font-size:{size}pt'>" + " · ".join(parts) +
                "<br>" + "  ".join(numbers) + "</div>")

    # -- look -------------------------------------------------------------------------------
    def apply_style(self, theme, pt):
        self.theme, self.pt = theme, pt
        self.graphics.setBackground(palette_of(theme).plot_bg)
        self._style_rows()
        self._size()
        self._draw()
        self.retranslate()

    def _style_rows(self):
        t = palette_of(self.theme)
        width = 3 if self.theme == "contrast" else 2
        pens = {"w_norm": pg.mkPen(t.curves[0], width=width),
                "g_norm": pg.mkPen(t.curves[1], width=width),
                "ratio": pg.mkPen(t.curves[2], width=width, style=Qt.DashLine)}
        for row in self.rows:
            for k, c in row.curves.items():
                c.setPen(pens[k])
            row.w_bars.setOpts(brush=pg.mkBrush(t.curves[0]), pen=pg.mkPen(None))
            row.a_line.setPen(pg.mkPen(t.curves[3], width=width))
            row.a_line.setBrush(pg.mkBrush(t.curves[3]))

    def retranslate(self):
        t = palette_of(self.theme)

        def key(colour, text, glyph="━"):
            return f"<span style='color:{colour}'>{glyph}</span>&nbsp;{html.escape(text)}"
        self.legend.setText(" &nbsp; ".join([
            key(t.curves[0], "‖W‖"), key(t.curves[1], "‖∇W‖"), key(t.curves[2], "‖ΔW‖/‖W‖", "╍"),
            key(t.curves[0], QCoreApplication.translate("LayerStatsView", "weights"), "▮"),
            key(t.curves[3], QCoreApplication.translate("LayerStatsView", "activations")),
            key(t.warn, QCoreApplication.translate("LayerStatsView", "vanishing"), "■"),
            key(t.bad, QCoreApplication.translate("LayerStatsView", "exploding"), "■")]))
        self.legend.setToolTip(QCoreApplication.translate(
            "LayerStatsView", "Left: the norm of the layer's weights, of their gradient and "
            "the update/weight ratio of one step, over the steps (log scale). Right: "
            "histograms of its weights and of its activations for a fixed sample."))
        if self.latest is None:
            self.note.setText(QCoreApplication.translate(
                "LayerStatsView", "The layers appear here once training starts."))
        else:
            self._draw()
