"""The node diagram of an op graph or a layer graph: one widget for the graphs, models,
execution and devices panels."""
from __future__ import annotations

import logging
import time
from itertools import chain
from math import atan2, cos, degrees, radians, sin

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontInfo, QFontMetrics, QImage, QPainter, QPainterPath,
                           QPen, QPolygonF)
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView)

from tfvisual.core.layout import NODE_HEIGHT, node_size

from ..theme import palette_of

log = logging.getLogger("tfvisual")

TITLE_PX = 15    # a node's op name; the view's zoom makes it the size it is on screen
INPUT_OPS = {"Placeholder", "InputLayer", "_Arg", "VarHandleOp"}
OUTPUT_OPS = {"Identity", "_Retval"}


_BOXES: dict = {}      # (w, h) -> the rounded box path, shared by every node that size


class NodeItem(QGraphicsPathItem):
    def __init__(self, view, node, w, h):
        super().__init__()
        self.view, self.node = view, node
        path = _BOXES.get((w, h))
        if path is None:
            path = _BOXES[(w, h)] = QPainterPath()
            path.addRoundedRect(QRectF(-w / 2, -h / 2, w, h), 6, 6)
        self.setPath(path)
        # Qt's own bounding rect strokes the path with the pen on first use: 1.6 s for a
        # 15K-node graph's first paint. The box plus the widest pen is enough.
        self._rect = QRectF(-w / 2 - 6, -h / 2 - 6, w + 12, h + 12)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.ItemIsSelectable, True)
        self.setCursor(Qt.PointingHandCursor)
        title = node.op if node.count == 1 else f"{node.name.rsplit('/', 1)[-1]}/ ▸"
        sub = node.name.rsplit("/", 1)[-1] if node.count == 1 else f"{node.count} nodes"
        params = node.attrs.get("params")
        if params is not None:
            sub = f"{node.name} · {params} params"
        self.title = QGraphicsSimpleTextItem(title, self)
        self.sub = QGraphicsSimpleTextItem(sub, self)

    def tooltip(self) -> str:
        node = self.node
        tips = [f"{node.op}  {node.name}"]
        for i, (dt, shape) in enumerate(node.outputs):
            tips.append(f"output {i}: {dt} {shape}")
        if node.device:
            tips.append(node.device)
        return "\n".join(tips)

    def boundingRect(self):
        return self._rect

    def layout_text(self, font_title, font_sub):
        room = self.path().boundingRect().width() - 8
        for item, font in ((self.title, font_title), (self.sub, font_sub)):
            item.setFont(font)
            wide = item.boundingRect().width()
            if wide > room:     # a long name: smaller type rather than text over the border
                smaller = QFont(font)
                smaller.setPixelSize(max(6, int(font.pixelSize() * room / wide)))
                item.setFont(smaller)
        for item, dy in ((self.title, -NODE_HEIGHT / 2 + 2), (self.sub, 3)):
            r = item.boundingRect()
            item.setPos(-r.width() / 2, dy)

    def hoverEnterEvent(self, event):
        if not self.toolTip():      # made when first needed: 15K of them slowed the build
            self.setToolTip(self.tooltip())
        self.view.node_hovered.emit(self.node.name)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event):
        self.view.node_hovered.emit("")
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event):
        self.view.node_clicked.emit(self.node.name)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event):
        if self.node.count > 1 or self.node.op == "Scope":
            self.view.expand_requested.emit(self.node.name)
        elif self.view.expanded_scope_of(self.node.name):
            self.view.collapse_requested.emit(self.view.expanded_scope_of(self.node.name))
        super().mouseDoubleClickEvent(event)


class EdgeItem(QGraphicsPathItem):
    def __init__(self, src, dst, label):
        super().__init__()
        self.src, self.dst = src, dst
        self.setAcceptHoverEvents(True)
        self.head = QGraphicsPolygonItem(self)
        self._rect = QRectF()
        if label:
            self.setToolTip(label)
        self.setZValue(-1)

    def set_route(self, path, width):
        """The curve, and a bounding rect from its control points (see NodeItem._rect)."""
        self.prepareGeometryChange()
        self.setPath(path)
        self._rect = path.controlPointRect().adjusted(-width - 2, -width - 2, width + 2,
                                                      width + 2)

    def boundingRect(self):
        return self._rect

    def shape(self):  # a wider band than the line, so hovering an edge is easy
        from PySide6.QtGui import QPainterPathStroker
        s = QPainterPathStroker()
        s.setWidth(10)
        return s.createStroke(self.path())


def _heat_map(picture, line: float, room: float):
    """A value's picture (0..1, rows × columns; -1 a gap) as a pixmap at most 1.3 text
    lines high and ``room`` wide (its box's width: neighbours' values stay clear), coloured dark
    to light so it reads in every theme."""
    from PySide6.QtGui import QImage, QPixmap
    if picture is None:
        return QPixmap()
    import numpy as np
    from pyqtgraph import colormap
    picture = np.asarray(picture)
    rows, cols = picture.shape
    lut = colormap.get("viridis").getLookupTable(0.0, 1.0, 256, alpha=True)
    rgba = lut[(np.clip(picture, 0.0, 1.0) * 255).astype("uint8")]
    rgba[picture < 0] = 0                       # the gap between channels: see-through
    rgba = np.ascontiguousarray(rgba, "uint8")
    image = QImage(rgba.data, cols, rows, 4 * cols, QImage.Format_RGBA8888).copy()
    if rows == 1:                               # a strip: the box's width, a short bar
        width, height = room, line * 0.6
    else:           # a map, its own aspect: as high as fits between two rows of boxes
        height = line * 1.3
        width = cols * height / rows
        if width > room:
            width, height = room, height * room / width
    return QPixmap.fromImage(image.scaled(max(1, int(width)), max(1, int(height))))


class GraphView(QGraphicsView):
    node_clicked = Signal(str)
    node_hovered = Signal(str)
    expand_requested = Signal(str)
    collapse_requested = Signal(str)
    built = Signal()     # every item of the current graph is in the scene
    zoomed = Signal()    # the scale changed (fit, zoom)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        # No BSP index: building it on the first paint of a big graph holds the GUI 100+ ms,
        # and a linear scan of a few thousand rects is cheap.
        self.scene().setItemIndexMethod(QGraphicsScene.NoIndex)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setFocusPolicy(Qt.StrongFocus)
        self.theme = "light"
        self.pt = 11
        self.graph = None
        self.positions = {}
        self.items: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.bundles: list[EdgeItem] = []       # a big graph's edges, many per item
        self._sketch = None                     # a big graph seen whole, as an image
        self._marks: list = []                  # highlighted boxes drawn over the sketch
        # Every box and edge hangs from this one item: a big graph's boxes give way to the
        # sketch by hiding one item, not 15K (that loop held the GUI 80 ms).
        self._layer = None
        self._tools: dict = {}                  # style -> pen and brushes (see _style)
        self.states: dict[str, str] = {}      # name -> removed / added / rewired / device:...
        self.highlight: set[str] = set()
        self.colour_of = None                 # optional name -> colour override
        self.expanded: set[str] = set()
        self._user_zoomed = False
        self._build = None
        # The next slice runs from a timer the view owns, started again after each slice.
        self._slicer = QTimer(self, singleShot=True, interval=0)
        self._slicer.timeout.connect(self._build_more)
        self.edges_of: dict[str, list[EdgeItem]] = {}
        self._detail = True
        self.values: dict[str, str] = {}        # name -> the value written under its box
        self._value_tips: dict[str, str] = {}
        self._value_pictures: dict = {}
        self._value_items: dict = {}

    # -- content ---------------------------------------------------------------------------
    def set_graph(self, graph, positions, states=None, fit=True):
        self.graph, self.positions = graph, positions
        self.states = dict(states or {})
        self.highlight = set()
        self.values, self._value_tips, self._value_pictures = {}, {}, {}
        self._rebuild()
        if fit:
            self._user_zoomed = False
            self.fit()

    def clear(self):
        self._build = None
        self.viewport().setUpdatesEnabled(True)
        self.graph, self.positions = None, {}
        for _ in self._clear_scene():
            pass

    def _clear_scene(self):
        """Take the items out in slices too: deleting thousands at once holds the GUI 100 ms."""
        old = [*self.bundles, *self.edges, *self.items.values(), *self._marks]
        if self._sketch is not None:
            old.append(self._sketch)
            self._sketch = None
        if self._layer is not None:
            old.append(self._layer)
            self._layer = None
        self.items, self.edges, self.edges_of, self.bundles, self._marks = {}, [], {}, [], []
        scene = self.scene()
        for i, item in enumerate(old):
            scene.removeItem(item)
            old[i] = None     # deleted here, while within the time budget
            yield

    @property
    def building(self) -> bool:
        return self._build is not None

    groups_of = None     # optional name -> the groups holding it (set by the explorer)

    def expanded_scope_of(self, name):
        """The innermost opened group holding ``name`` ("" for none)."""
        scopes = self.groups_of(name) if self.groups_of else \
            (self.graph.scopes(name) if self.graph is not None else [])
        return next((s for s in reversed(scopes) if s in self.expanded), "")

    def _box(self, node):
        return node_size(self.graph, node.name)    # the size the layout gave it room for

    def _rebuild(self):
        """Clear the scene and add the items in slices of BUDGET seconds, so a graph of
        thousands of nodes never holds the GUI thread; a small graph is done at once."""
        self._build = None
        self._value_items = {}      # they go with their boxes; set again once built
        clearing = self._clear_scene()
        if self.graph is None:
            for _ in clearing:
                pass
            return
        # The scene rect from the layout, not itemsBoundingRect(): that asks every edge for
        # its stroked shape, a third of the time on a big graph.
        boxes = [(self.positions[n.name], self._box(n)) for n in self.graph.nodes
                 if n.name in self.positions]
        if boxes:
            x0 = min(x - w / 2 for (x, _), (w, _) in boxes)
            x1 = max(x + w / 2 for (x, _), (w, _) in boxes)
            y0 = min(y - h / 2 for (_, y), (_, h) in boxes)
            y1 = max(y + h / 2 for (_, y), (_, h) in boxes)
            m = 16   # a thin margin: Fit gives the room to the boxes and their labels
            self.scene().setSceneRect(QRectF(x0 - m, y0 - m, x1 - x0 + 2 * m, y1 - y0 + 2 * m))
        self._build = chain(clearing, self._items_gen())
        self._build_more()

    def _new_layer(self):
        from PySide6.QtWidgets import QGraphicsRectItem
        layer = QGraphicsRectItem()
        layer.setFlag(QGraphicsItem.ItemHasNoContents, True)
        self.scene().addItem(layer)
        return layer

    BUDGET = 0.02
    EDGES_ALWAYS = 5000     # fewer edges than this are drawn at any zoom

    def _build_more(self):
        gen = self._build
        if gen is None:
            return
        t0 = time.perf_counter()
        self.viewport().setUpdatesEnabled(False)   # one paint when done, not one per slice
        try:
            for _ in gen:
                if time.perf_counter() - t0 > self.BUDGET:
                    self._slicer.start()
                    return
        except Exception:
            # Never leave a half-built view that no longer repaints: show what exists.
            log.exception("building the diagram failed")
        if gen is self._build:
            self._build = None
            self.viewport().setUpdatesEnabled(True)
            self._apply_detail(force=True)
            if self.values:
                self.set_values(self.values, self._value_tips, self._value_pictures)
            self.viewport().update()
            self.built.emit()

    def _items_gen(self):
        self._layer = self._new_layer()
        t = palette_of(self.theme)
        # Scene fonts are fixed to the boxes the layout sized; the app's font size zooms the view.
        f_title = QFont()
        f_title.setPixelSize(TITLE_PX)
        f_title.setBold(True)
        f_sub = QFont()
        f_sub.setPixelSize(11)
        for node in self.graph.nodes:
            if node.name not in self.positions:
                continue
            item = NodeItem(self, node, *self._box(node))
            item.layout_text(f_title, f_sub)
            item.setPos(*self.positions[node.name])
            self._style(item, t)
            item.setParentItem(self._layer)
            self.items[node.name] = item
            yield
        colour = self._edge_colour(t)
        pairs = {}
        for i, ab in enumerate(self.graph.edges()):
            if ab[0] in self.items and ab[1] in self.items:
                pairs[ab] = None
            if i % 2048 == 2047:
                yield
        pairs = list(pairs)
        if len(pairs) > self.EDGES_ALWAYS:
            yield from self._bundles(pairs, colour)
        else:
            for src, dst in pairs:
                self._edge(src, dst, colour)
                yield
        yield from self._make_sketch()

    def _edge(self, src, dst, colour):
        out = self.graph.node(src).outputs
        label = f"{src} → {dst}"
        if out:
            label += f"\n{out[0][0]} {out[0][1]}"
        e = EdgeItem(self.items[src], self.items[dst], label)
        self._route(e, colour, self._thick())
        e.setParentItem(self._layer)
        self.edges.append(e)
        self.edges_of.setdefault(src, []).append(e)
        self.edges_of.setdefault(dst, []).append(e)
        return e

    BUNDLE = 500    # edges per path item in a big graph

    def _bundles(self, pairs, colour):
        """A big graph's edges as a few path items of BUNDLE curves each, in bands from top
        to bottom (so the scene skips the bands off screen): one item per edge made a 22K-edge
        graph take 6 s to build. An edge gets its own item, arrow and tooltip when a node it
        touches is highlighted (``_restyle``)."""
        pen = QPen(colour, self._thick())
        pen.setCosmetic(False)
        y = self.positions
        pairs.sort(key=lambda ab: y[ab[0]][1])
        yield
        for i in range(0, len(pairs), self.BUNDLE):
            path = QPainterPath()
            for a, b in pairs[i:i + self.BUNDLE]:
                ia, ib = self.items[a], self.items[b]
                p1 = ia.pos() + QPointF(0, ia._rect.bottom() - 6)
                p2 = ib.pos() + QPointF(0, ib._rect.top() + 6)
                # Straight: a curve is flattened into more segments the closer one zooms,
                # and 500 of them took 0.5 s a frame up close; a line stays two points.
                path.moveTo(p1)
                path.lineTo(p2)
            item = EdgeItem(None, None, "")
            item.setAcceptHoverEvents(False)
            item.setPen(pen)
            item.set_route(path, pen.widthF())
            item.setParentItem(self._layer)
            self.bundles.append(item)
            yield

    def _node_colours(self, node, t):
        state = self.states.get(node.name, "")
        if state == "removed":
            return t.node_removed, t.bad, Qt.DashLine
        if state == "added":
            return t.node_added, t.good, Qt.SolidLine
        if state == "rewired":
            return t.node_fill, t.warn, Qt.SolidLine
        if self.colour_of:
            c = self.colour_of(node.name)
            if c:
                return c, t.text, Qt.SolidLine
        if node.op in INPUT_OPS:
            return t.node_input, t.text, Qt.SolidLine
        if self.graph and node.name in self.graph.outputs:
            return t.node_output, t.text, Qt.SolidLine
        if node.count > 1:
            return t.alt, t.muted, Qt.DotLine
        return t.node_fill, t.border if t.name != "contrast" else t.text, Qt.SolidLine

    def _thick(self):
        return 2.5 if self.theme == "contrast" else 1.3

    def _edge_colour(self, t):
        return QColor(t.muted if t.name != "contrast" else t.text)

    def _style(self, item, t):
        fill, border, style = self._node_colours(item.node, t)
        hi = item.node.name in self.highlight or item.isSelected()
        key = (fill, border, style, hi, t.name)
        tools = self._tools.get(key)
        if tools is None:    # a few pens and brushes for thousands of boxes
            thick = self._thick()
            tools = self._tools[key] = (
                QPen(QColor(t.accent if hi else border), thick * (2.2 if hi else 1.0), style),
                QBrush(QColor(fill)), QBrush(QColor(t.text)),
                QBrush(QColor(t.muted if t.name != "contrast" else t.text)))
        item.setPen(tools[0])
        item.setBrush(tools[1])
        item.title.setBrush(tools[2])
        item.sub.setBrush(tools[3])

    def _restyle(self, names):
        """Restyle the nodes named and the edges touching them (a highlight changed)."""
        t = palette_of(self.theme)
        names = [n for n in names if n in self.items]
        if self.bundles:      # edges of a highlighted node get their own items
            colour = self._edge_colour(t)
            readers = self.graph.readers()
            have = {(e.src.node.name, e.dst.node.name) for e in self.edges}
            for n in names:
                if n in self.highlight:
                    for a, b in [(i, n) for i in dict.fromkeys(self.graph.node(n).inputs)] + \
                            [(n, r) for r in readers.get(n, ())]:
                        if a in self.items and b in self.items and (a, b) not in have:
                            have.add((a, b))
                            self._edge(a, b, colour)
        edges = {id(e): e for n in names for e in self.edges_of.get(n, ())}.values()
        for name in names:
            self._style(self.items[name], t)
        colour = self._edge_colour(t)
        for e in edges:
            self._route(e, colour, self._thick())

    def _route(self, e, colour, thick):
        a, b = e.src, e.dst
        ra, rb = a.path().boundingRect(), b.path().boundingRect()
        p1 = a.pos() + QPointF(0, ra.bottom())
        p2 = b.pos() + QPointF(0, rb.top())
        route = getattr(self.positions, "routes", {}).get((a.node.name, b.node.name))
        if route and len(route) >= 4 and (len(route) - 1) % 3 == 0:
            # dot's own curve, which goes around the boxes between (a skip connection)
            path = QPainterPath(QPointF(*route[0]))
            for i in range(1, len(route), 3):
                path.cubicTo(QPointF(*route[i]), QPointF(*route[i + 1]),
                             QPointF(*route[i + 2]))
            p2 = path.currentPosition()
        else:
            path = QPainterPath(p1)
            dy = max(20.0, (p2.y() - p1.y()) / 2)
            path.cubicTo(p1 + QPointF(0, dy), p2 - QPointF(0, dy), p2)
        # Arrowhead at the target, along the curve's last tangent (its last control point;
        # QPainterPath.angleAtPercent cost a quarter of the build).
        last = path.elementAt(path.elementCount() - 2)
        ang_dir = degrees(atan2(-(p2.y() - last.y), p2.x() - last.x)) \
            if (p2.x(), p2.y()) != (last.x, last.y) else 270.0
        size = 8 + thick * 2
        left = p2 + QPointF(-size * cos(radians(ang_dir - 30)), size * sin(radians(ang_dir - 30)))
        right = p2 + QPointF(-size * cos(radians(ang_dir + 30)), size * sin(radians(ang_dir + 30)))
        hi = a.node.name in self.highlight or b.node.name in self.highlight
        state = self.states.get(b.node.name) or self.states.get(a.node.name)
        c = QColor(palette_of(self.theme).warn) if state == "rewired" else colour
        c = QColor(palette_of(self.theme).accent) if hi else c
        e.setPen(QPen(c, thick * (1.8 if hi else 1.0)))
        e.set_route(path, thick * 1.8)
        e.head.setPolygon(QPolygonF([p2, left, right]))
        e.head.setPen(QPen(c, 1))
        e.head.setBrush(QBrush(c))

    def restyle_nodes(self):
        """Restyle every node, not the edges (a colouring changed)."""
        t = palette_of(self.theme)
        for item in self.items.values():
            self._style(item, t)

    def set_values(self, values: dict, tips: dict | None = None,
                   pictures: dict | None = None):
        """Write each op's value under its box (the graph running, step by step): a value
        label hangs from its box, so it moves, hides and goes with it. ``pictures`` gives a
        bigger tensor a small heat map (values 0..1) under its text."""
        from PySide6.QtWidgets import (QGraphicsPixmapItem, QGraphicsRectItem,
                                       QGraphicsSimpleTextItem)
        t = palette_of(self.theme)
        for name in set(self._value_items) - set(values):
            item = self._value_items.pop(name)
            if item.scene() is not None:
                item.scene().removeItem(item)
        font = QFont()
        font.setPixelSize(TITLE_PX)
        font.setBold(True)
        pictures = pictures or {}
        for name, text in values.items():
            box = self.items.get(name)
            if box is None:
                continue
            tip = (tips or {}).get(name, text)
            shown = (text, t.name, tip, id(pictures.get(name)))
            badge = self._value_items.get(name)
            if badge is not None and badge.shown == shown:
                continue        # as drawn: a step forward only adds its new box
            if badge is None:
                badge = QGraphicsRectItem(box)
                badge.label = QGraphicsSimpleTextItem(badge)
                badge.picture = QGraphicsPixmapItem(badge)
                badge.setZValue(3)
                self._value_items[name] = badge
            badge.shown = shown
            badge.label.setFont(font)
            badge.label.setText(text)
            badge.label.setBrush(QColor(t.accent_text))
            r = badge.label.boundingRect()
            room = box.path().boundingRect().width()
            if r.width() > room * 1.2:     # a long value: smaller type, neighbours kept clear
                smaller = QFont(font)
                smaller.setPixelSize(max(6, int(font.pixelSize() * room * 1.2 / r.width())))
                badge.label.setFont(smaller)
                r = badge.label.boundingRect()
            h = box.path().boundingRect().height()
            pixmap = _heat_map(pictures.get(name), QFontMetrics(font).height(), room - 8)
            badge.picture.setPixmap(pixmap)
            width = max(r.width(), pixmap.width())
            badge.setRect(QRectF(-width / 2 - 4, h / 2 + 2, width + 8,
                                 r.height() + 2 + (pixmap.height() + 4 if pixmap.width() else 0)))
            badge.label.setPos(-r.width() / 2, h / 2 + 3)
            badge.picture.setPos(-pixmap.width() / 2, h / 2 + 4 + r.height())
            badge.setBrush(QColor(t.accent))
            badge.setPen(QPen(Qt.NoPen))
            badge.setToolTip(tip)
        self.values, self._value_tips = dict(values), dict(tips or {})
        self._value_pictures = dict(pictures)
        # The labels under the last row stay inside what Fit shows.
        rect = self.scene().sceneRect()
        grown = rect
        for badge in self._value_items.values():
            grown = grown.united(badge.sceneBoundingRect().adjusted(-8, -8, 8, 8))
        if grown != rect:
            self.scene().setSceneRect(grown)
            if not self._user_zoomed:
                self.fit()

    def set_highlight(self, names):
        old, self.highlight = self.highlight, set(names)
        self._restyle(old ^ self.highlight)
        self._mark_highlight()

    def _mark_highlight(self):
        """Highlighted boxes, framed over the sketch (the boxes themselves are hidden)."""
        from PySide6.QtWidgets import QGraphicsRectItem
        for m in self._marks:
            self.scene().removeItem(m)
        self._marks = []
        if self._sketch is None or not self._sketch.isVisible():
            return
        pen = QPen(QColor(palette_of(self.theme).accent), 6)
        pen.setCosmetic(True)      # thick on screen at any zoom
        for n in self.highlight:
            item = self.items.get(n)
            if item is not None:
                m = QGraphicsRectItem(item._rect.translated(item.pos()))
                m.setPen(pen)
                m.setZValue(5)
                self.scene().addItem(m)
                self._marks.append(m)

    def set_theme(self, theme, pt):
        self.theme, self.pt = theme, pt
        self.setBackgroundBrush(QColor(palette_of(theme).base))
        if self.graph is not None:
            self._rebuild()
            if not self._user_zoomed:
                self.fit()

    # -- navigation ------------------------------------------------------------------------
    def _apply_detail(self, force=False, detail=None):
        """Text smaller than a few pixels is noise and most of the paint time: hide it."""
        if detail is None:
            detail = self.transform().m11() * TITLE_PX >= 5
        if force or detail != self._detail:
            self._detail = detail
            self.setRenderHint(QPainter.Antialiasing, detail)
            if self._sketch is not None:
                # Seen whole: the sketch; near enough to read: the boxes, their labels on.
                sketch = not detail
                self._sketch.setVisible(sketch)
                if self._layer is not None:
                    self._layer.setVisible(not sketch)
                self._mark_highlight()
            else:
                for item in self.items.values():
                    item.title.setVisible(detail)
                    item.sub.setVisible(detail)
                # A big graph seen whole is its boxes: its edges at that scale are a grey
                # haze that costs most of a frame. They come back with the labels.
                for e in self.bundles:
                    e.setVisible(detail)
        self.zoomed.emit()

    SKETCH_FROM = 3000   # nodes; a bigger graph seen whole is drawn as one picture

    def _make_sketch(self):
        """A big graph seen whole, as one image of its boxes: the first paint of 15K box
        items held the GUI 0.6 s; this image takes a few tens of ms. The boxes themselves
        come back when zoomed in far enough to read them (or when highlighted)."""
        from PySide6.QtWidgets import QGraphicsPixmapItem
        if self._sketch is not None:
            self.scene().removeItem(self._sketch)
            self._sketch = None
        if len(self.items) < self.SKETCH_FROM:
            return
        yield
        rect = self.scene().sceneRect()
        scale = min(1.0, 2048 / max(rect.width(), rect.height()))
        img = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)),
                     QImage.Format_ARGB32_Premultiplied)
        img.fill(Qt.transparent)
        by_colour: dict[int, list] = {}
        for i, item in enumerate(self.items.values()):
            x, y = item.x(), item.y()
            r = item._rect
            by_colour.setdefault(item.brush().color().rgba(), []).append(
                QRectF(x + r.x() + 6, y + r.y() + 6, r.width() - 12, r.height() - 12))
            if i % 256 == 255:
                yield       # a slice of the build, like the items themselves
        p = QPainter(img)
        p.scale(scale, scale)
        p.translate(-rect.x(), -rect.y())
        p.setPen(Qt.NoPen)
        for rgba, rects in by_colour.items():
            p.setBrush(QColor.fromRgba(rgba))
            p.drawRects(rects)
        p.end()
        from PySide6.QtGui import QPixmap
        self._sketch = QGraphicsPixmapItem(QPixmap.fromImage(img))
        self._sketch.setScale(1 / scale)
        self._sketch.setPos(rect.topLeft())
        self._sketch.setTransformationMode(Qt.FastTransformation)
        self._sketch.setZValue(-3)
        self.scene().addItem(self._sketch)

    def fit(self):
        if self.scene().items():
            rect = self.scene().sceneRect()
            self.fitInView(rect, Qt.KeepAspectRatio)
            # A small graph fills the view, up to labels 1.6 times the UI text's height.
            px = QFontInfo(self.font()).pixelSize()
            cap = 1.6 * (px if px > 0 else self.pt * 4 / 3) / TITLE_PX
            scale = self.transform().m11()
            # A tall, narrow graph (MobileNetV2's 30 blocks in a column) would be specks seen
            # whole: as wide as the view instead, from the top, the rest a scroll away.
            wide = (self.viewport().width() - 4) / max(1.0, rect.width())
            if scale * TITLE_PX < 8 and wide * TITLE_PX >= 8:
                scale = wide
            if scale != self.transform().m11() or scale > cap:
                self.resetTransform()
                self.scale(min(scale, cap), min(scale, cap))
                self.centerOn(rect.center().x(), rect.top())
        self._apply_detail()

    def fit_all(self):
        """The Fit button: the whole graph in view again, zooming in or out."""
        self._user_zoomed = False
        self.fit()

    def zoom(self, factor):
        self._user_zoomed = True
        self.scale(factor, factor)
        self._apply_detail()

    def wheelEvent(self, event):
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if not self._user_zoomed:
            self.fit()

    def event(self, event):
        # Ctrl +/- zoom the diagram while it has focus, instead of the app's font size.
        if event.type() == QEvent.ShortcutOverride and event.modifiers() & Qt.ControlModifier \
                and event.key() in (Qt.Key_Plus, Qt.Key_Equal, Qt.Key_Minus, Qt.Key_0):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.modifiers() & Qt.ControlModifier:
            if event.key() in (Qt.Key_Plus, Qt.Key_Equal):
                return self.zoom(1.25)
            if event.key() == Qt.Key_Minus:
                return self.zoom(0.8)
            if event.key() == Qt.Key_0:
                return self.fit_all()
        super().keyPressEvent(event)

    def sizeHint(self):
        return QSize(600, 500)

    # -- export ----------------------------------------------------------------------------
    def _render(self, painter, target, rect):
        self._apply_detail(force=True, detail=True)
        self.scene().render(painter, target, rect)
        self._apply_detail(force=True)

    def render_image(self, scale=2.0) -> QImage:
        rect = self.scene().sceneRect()
        img = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)),
                     QImage.Format_ARGB32)
        img.fill(QColor(palette_of(self.theme).base))
        p = QPainter(img)
        p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self._render(p, QRectF(img.rect()), rect)
        p.end()
        return img

    def export_png(self, path) -> bool:
        return self.render_image().save(str(path), "PNG")

    def export_svg(self, path) -> bool:
        from PySide6.QtSvg import QSvgGenerator
        rect = self.scene().sceneRect()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(rect.size().toSize())
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle("tfvisual graph")
        p = QPainter(gen)
        self._render(p, QRectF(0, 0, rect.width(), rect.height()), rect)
        return p.end()

    def export_dot(self, path) -> bool:
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.graph.to_dot())
        return True


