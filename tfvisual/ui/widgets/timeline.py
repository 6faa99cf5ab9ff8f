"""The callbacks on a timeline: the hooks fit() called and each callback's action where it
happened, one row per callback, on the loss curve's epoch axis."""
from __future__ import annotations

import pyqtgraph as pg

from ..theme import palette_of
from .plots import make_plot

# Symbols: a hook called, a change made, a stop.
SYMBOL = {"hook": "|", "change": "t", "stop": "x", "print": "o", "measure": "d"}


class RowAxis(pg.AxisItem):
    """The left axis names the rows."""

    def __init__(self):
        super().__init__("left")
        self.names: list[str] = []

    def tickValues(self, minVal, maxVal, size):
        return [(1, list(range(len(self.names))))]

    def tickStrings(self, values, scale, spacing):
        return [self.names[int(v)] if 0 <= int(v) < len(self.names) and v == int(v) else ""
                for v in values]


class Timeline:
    """Points on rows: ``add(row, x, kind, tip)``; ``draw()`` puts them on the plot."""

    def __init__(self):
        self.axis = RowAxis()
        self.plot = make_plot()
        self.plot.setAxisItems({"left": self.axis})
        self.plot.setMouseEnabled(x=True, y=False)
        self.theme = "light"
        self.clear()

    def clear(self):
        self.rows: dict[str, list] = {}
        for item in list(self.plot.getPlotItem().items):
            if isinstance(item, pg.ScatterPlotItem):
                self.plot.removeItem(item)
        self.items: dict[str, pg.ScatterPlotItem] = {}
        self.axis.names = []
        self.changed: set[str] = set()      # rows to draw again
        self.dirty = True

    def add(self, row: str, x: float, kind: str, tip: str):
        if row not in self.rows:
            self.rows[row] = []
            self.axis.names.append(row)
        self.rows[row].append((x, kind, tip))
        self.changed.add(row)
        self.dirty = True

    def points(self, row: str) -> list:
        return list(self.rows.get(row, []))

    def draw(self):
        if not self.dirty:
            return
        self.dirty = False
        t = palette_of(self.theme)
        for i, (row, pts) in enumerate(self.rows.items()):
            if row not in self.changed:
                continue        # a row as drawn: a batch's tick redraws the batch row only
            item = self.items.get(row)
            if item is None:
                item = pg.ScatterPlotItem(hoverable=True, tip=lambda x, y, data: data)
                self.items[row] = item
                self.plot.addItem(item)
            colour = t.curves[i % len(t.curves)]
            colours = {"stop": t.bad, "change": t.warn}
            brushes = {k: pg.mkBrush(colours.get(k, colour)) for k in SYMBOL}
            item.setData(x=[p[0] for p in pts], y=[i] * len(pts),
                         symbol=[SYMBOL.get(p[1], "o") for p in pts],
                         brush=[brushes.get(p[1], brushes["hook"]) for p in pts],
                         pen=pg.mkPen(colour, width=1.5), size=15,
                         data=[p[2] for p in pts])
        self.changed.clear()
        n = max(1, len(self.rows))
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.axis.picture = None
        self.axis.update()

    def set_theme(self, theme):
        self.theme = theme
        self.changed = set(self.rows)
        self.dirty = True
        self.draw()
