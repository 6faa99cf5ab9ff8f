"""Each layer while it learns: sparklines of its weight and gradient norms and update ratio,
histograms of its weights and activations, dead units, a vanishing or exploding gradient in
colour. Fed by LayerStats' records (tfvisual.core.training), a few a second at most."""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..theme import palette_of

SERIES = ("w_norm", "g_norm", "ratio")


class _Row:
    """One layer: its label, its sparkline plot and its histogram plot."""

    def __init__(self, layout, r, name):
        self.name = name
        # The words on a line of their own, over the two plots.
        self.label = layout.addLabel("", row=2 * r, col=0, colspan=3, justify="left")
        self.spark = layout.addPlot(row=2 * r + 1, col=0)
        self.hist = layout.addPlot(row=2 * r + 1, col=1)
        self.act = layout.addPlot(row=2 * r + 1, col=2)
        for p in (self.spark, self.hist, self.act):
            p.setMenuEnabled(False)
            p.hideButtons()
            p.setMouseEnabled(False, False)
            p.hideAxis("bottom")
            p.getAxis("left").setWidth(1)
            p.hideAxis("left")
        self.spark.setLogMode(y=True)
        self.curves = {k: self.spark.plot([], []) for k in SERIES}
        self.w_bars = pg.BarGraphItem(x=[0], height=[0], width=1)
        self.a_line = self.act.plot([], [], stepMode="center", fillLevel=0)
        self.hist.addItem(self.w_bars)
        self.data = {k: ([], []) for k in SERIES}


class LayerStatsView(QWidget):
    """The model's layers as a column, each drawn from the latest statistics."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme, self.pt = "light", 11
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.RichText)
        self.graphics = pg.GraphicsLayoutWidget()
        for col, stretch in enumerate((3, 2, 2)):
            self.graphics.ci.layout.setColumnStretchFactor(col, stretch)
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
        self.latest: dict | None = None
        self.retranslate()

    # -- content ----------------------------------------------------------------------------
    def clear(self):
        self.graphics.clear()
        self.rows, self.latest = [], None
        self.note.setText(QCoreApplication.translate("LayerStatsView", "The layers appear here once training starts."))

    def add(self, record: dict):
        """One measurement: every layer's sparkline grows a point, its histograms and its
        label are redrawn."""
        layers = record["layers"]
        if [r.name for r in self.rows] != [l["name"] for l in layers]:
            self._make_rows([l["name"] for l in layers])
        self.latest = record
        step = record["step"]
        for row, rec in zip(self.rows, layers):
            for k in SERIES:
                v = rec.get(k)
                if v is not None and math.isfinite(v) and v > 0:
                    xs, ys = row.data[k]
                    xs.append(step)
                    ys.append(v)
        self._draw()

    def _make_rows(self, names):
        self.graphics.clear()
        self.rows = [_Row(self.graphics, r, n) for r, n in enumerate(names)]
        self._size_rows()
        self.apply_style(self.theme, self.pt)

    def _size_rows(self):
        words = int(self.pt * 1.45 * 2.5)         # two lines of the label
        plots = max(48, int(self.pt * 4))
        for r in range(len(self.rows)):
            self.graphics.ci.layout.setRowFixedHeight(2 * r, words)
            self.graphics.ci.layout.setRowFixedHeight(2 * r + 1, plots)
        self.graphics.setMinimumHeight((words + plots) * len(self.rows) + 8)

    def _draw(self):
        if self.latest is None:
            return
        t = palette_of(self.theme)
        dead_total = 0
        for row, rec in zip(self.rows, self.latest["layers"]):
            for k in SERIES:
                row.curves[k].setData(*row.data[k])
            w = rec["w_hist"]
            if w["counts"]:
                n = len(w["counts"])
                width = (w["hi"] - w["lo"]) / n or 1e-6
                xs = w["lo"] + width * (np.arange(n) + 0.5)
                row.w_bars.setOpts(x=xs, height=w["counts"], width=width * 0.9)
            a = rec.get("a_hist")
            if a and a["counts"]:
                n = len(a["counts"])
                edges = np.linspace(a["lo"], a["hi"] if a["hi"] > a["lo"] else a["lo"] + 1e-6,
                                    n + 1)
                row.a_line.setData(edges, np.asarray(a["counts"]))
            state = rec.get("state", "ok")
            colour = {"vanishing": t.warn, "exploding": t.bad}.get(state, t.text)
            words = {"vanishing": QCoreApplication.translate("LayerStatsView", "gradient vanishing"),
                     "exploding": QCoreApplication.translate("LayerStatsView", "gradient exploding")}.get(state, "")
            # Words first (name, state, dead units), the numbers on the second line.
            parts = [f"<b>{html.escape(rec['name'])}</b>"]
            if words:
                parts.append(f"<b>{html.escape(words)}</b>")
            numbers = [html.escape(f"‖W‖ {rec['w_norm']:.3g}  ‖∇W‖ {rec['g_norm']:.2g}")]
            if rec.get("dead") is not None:
                dead_total += rec["dead"]
                parts.append(html.escape(QCoreApplication.translate("LayerStatsView", "{0} of {1} units dead").format(rec["dead"],
                                                                           rec["units"])))
            ratio = rec.get("ratio")
            if ratio is not None:
                numbers.append(html.escape(f"‖ΔW‖/‖W‖ {ratio:.1e}"))
            row.label.setText(" · ".join(parts) + "<br>" + "  ".join(numbers), color=colour, size=f"{max(8, self.pt - 1)}pt")
        self.note.setText(QCoreApplication.translate("LayerStatsView", "Step {0}, epoch {1}")
                          .format(self.latest["step"], self.latest["epoch"] + 1))

    # -- look -------------------------------------------------------------------------------
    def apply_style(self, theme, pt):
        self.theme, self.pt = theme, pt
        t = palette_of(theme)
        self.graphics.setBackground(t.plot_bg)
        width = 3 if theme == "contrast" else 2
        pens = {"w_norm": pg.mkPen(t.curves[0], width=width),
                "g_norm": pg.mkPen(t.curves[1], width=width),
                "ratio": pg.mkPen(t.curves[2], width=width, style=Qt.DashLine)}
        for row in self.rows:
            for k, c in row.curves.items():
                c.setPen(pens[k])
            row.w_bars.setOpts(brush=pg.mkBrush(t.curves[0]), pen=pg.mkPen(None))
            row.a_line.setPen(pg.mkPen(t.curves[3], width=width))
            row.a_line.setBrush(pg.mkBrush(pg.mkColor(t.curves[3]).lighter(100)))
        if self.rows:
            self._size_rows()
            self._draw()
        self.retranslate()

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
            self.note.setText(QCoreApplication.translate("LayerStatsView", "The layers appear here once training starts."))
        else:
            self._draw()
