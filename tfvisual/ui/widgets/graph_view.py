"""The node diagram of an op graph or a layer graph: one widget for the graphs, models,
execution and devices panels."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QImage, QPainter, QPainterPath,
                           QPen, QPolygonF)
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView)

from tfvisual.core.layout import NODE_HEIGHT, node_size

from ..theme import palette_of

INPUT_OPS = {"Placeholder", "InputLayer", "_Arg", "VarHandleOp"}
OUTPUT_OPS = {"Identity", "_Retval"}


class NodeItem(QGraphicsPathItem):
    def __init__(self, view, node, w, h):
        super().__init__()
        self.view, self.node = view, node
        path = QPainterPath()
        path.addRoundedRect(QRectF(-w / 2, -h / 2, w, h), 6, 6)
        self.setPath(path)
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
        tips = [f"{node.op}  {node.name}"]
        for i, (dt, shape) in enumerate(node.outputs):
            tips.append(f"output {i}: {dt} {shape}")
        if node.device:
            tips.append(node.device)
        self.setToolTip("\n".join(tips))

    def layout_text(self, font_title, font_sub):
        self.title.setFont(font_title)
        self.sub.setFont(font_sub)
        for item, dy in ((self.title, -NODE_HEIGHT / 2 + 3), (self.sub, 2)):
            r = item.boundingRect()
            item.setPos(-r.width() / 2, dy)

    def hoverEnterEvent(self, event):
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
        if label:
            self.setToolTip(label)
            self.head.setToolTip(label)
        self.setZValue(-1)

    def shape(self):  # a wider band than the line, so hovering an edge is easy
        from PySide6.QtGui import QPainterPathStroker
        s = QPainterPathStroker()
        s.setWidth(10)
        return s.createStroke(self.path())


class GraphView(QGraphicsView):
    node_clicked = Signal(str)
    node_hovered = Signal(str)
    expand_requested = Signal(str)
    collapse_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
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
        self.states: dict[str, str] = {}      # name -> removed / added / rewired / device:...
        self.highlight: set[str] = set()
        self.colour_of = None                 # optional name -> colour override
        self.expanded: set[str] = set()
        self._user_zoomed = False

    # -- content ---------------------------------------------------------------------------
    def set_graph(self, graph, positions, states=None, fit=True):
        self.graph, self.positions = graph, positions
        self.states = dict(states or {})
        self.highlight = set()
        self._rebuild()
        if fit:
            self._user_zoomed = False
            self.fit()

    def clear(self):
        self.graph, self.positions = None, {}
        self.scene().clear()
        self.items, self.edges = {}, []

    def expanded_scope_of(self, name):
        scope = name.rsplit("/", 1)[0] if "/" in name else ""
        return scope if scope in self.expanded else ""

    def _rebuild(self):
        scene = self.scene()
        scene.clear()
        self.items, self.edges = {}, []
        if self.graph is None:
            return
        # Scene fonts are fixed to the boxes the layout sized; the app's font size zooms the view.
        f_title = QFont()
        f_title.setPixelSize(12)
        f_title.setBold(True)
        f_sub = QFont()
        f_sub.setPixelSize(10)
        for node in self.graph.nodes:
            if node.name not in self.positions:
                continue
            w, h = node_size(self.graph, node.name)
            if node.attrs.get("params") is not None:
                w = max(w, 7.0 * (len(node.name) + len(node.attrs["params"]) + 10))
            item = NodeItem(self, node, w, h)
            item.layout_text(f_title, f_sub)
            item.setPos(*self.positions[node.name])
            scene.addItem(item)
            self.items[node.name] = item
        for src, dst in self.graph.edges():
            if src in self.items and dst in self.items:
                a, b = self.items[src], self.items[dst]
                out = self.graph.node(src).outputs
                label = f"{src} → {dst}"
                if out:
                    label += f"\n{out[0][0]} {out[0][1]}"
                e = EdgeItem(a, b, label)
                scene.addItem(e)
                self.edges.append(e)
        self._paint()
        r = scene.itemsBoundingRect().adjusted(-40, -40, 40, 40)
        scene.setSceneRect(r)

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

    def _paint(self):
        t = palette_of(self.theme)
        thick = 2.5 if self.theme == "contrast" else 1.3
        for name, item in self.items.items():
            fill, border, style = self._node_colours(item.node, t)
            hi = name in self.highlight or item.isSelected()
            pen = QPen(QColor(t.accent if hi else border), thick * (2.2 if hi else 1.0), style)
            item.setPen(pen)
            item.setBrush(QBrush(QColor(fill)))
            item.title.setBrush(QColor(t.text))
            item.sub.setBrush(QColor(t.muted if t.name != "contrast" else t.text))
        edge_colour = QColor(t.muted if t.name != "contrast" else t.text)
        for e in self.edges:
            self._route(e, edge_colour, thick)

    def _route(self, e, colour, thick):
        a, b = e.src, e.dst
        ra, rb = a.path().boundingRect(), b.path().boundingRect()
        p1 = a.pos() + QPointF(0, ra.bottom())
        p2 = b.pos() + QPointF(0, rb.top())
        path = QPainterPath(p1)
        dy = max(20.0, (p2.y() - p1.y()) / 2)
        path.cubicTo(p1 + QPointF(0, dy), p2 - QPointF(0, dy), p2)
        # Arrowhead at the target.
        ang_dir = path.angleAtPercent(1.0)
        from math import cos, radians, sin
        size = 8 + thick * 2
        left = p2 + QPointF(-size * cos(radians(ang_dir - 30)), size * sin(radians(ang_dir - 30)))
        right = p2 + QPointF(-size * cos(radians(ang_dir + 30)), size * sin(radians(ang_dir + 30)))
        hi = a.node.name in self.highlight or b.node.name in self.highlight
        state = self.states.get(b.node.name) or self.states.get(a.node.name)
        c = QColor(palette_of(self.theme).warn) if state == "rewired" else colour
        c = QColor(palette_of(self.theme).accent) if hi else c
        e.setPen(QPen(c, thick * (1.8 if hi else 1.0)))
        e.setPath(path)
        e.head.setPolygon(QPolygonF([p2, left, right]))
        e.head.setPen(QPen(c, 1))
        e.head.setBrush(QBrush(c))

    def set_highlight(self, names):
        self.highlight = set(names)
        self._paint()

    def set_theme(self, theme, pt):
        self.theme, self.pt = theme, pt
        self.setBackgroundBrush(QColor(palette_of(theme).base))
        if self.graph is not None:
            self._rebuild()
            if not self._user_zoomed:
                self.fit()

    # -- navigation ------------------------------------------------------------------------
    def fit(self):
        if self.scene().items():
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)
            cap = 1.5 * self.pt / 11.0    # a tiny graph grows with the text size, no further
            if self.transform().m11() > cap:
                self.resetTransform()
                self.scale(cap, cap)

    def zoom(self, factor):
        self._user_zoomed = True
        self.scale(factor, factor)

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
                self._user_zoomed = False
                return self.fit()
        super().keyPressEvent(event)

    def sizeHint(self):
        return QSize(600, 500)

    # -- export ----------------------------------------------------------------------------
    def render_image(self, scale=2.0) -> QImage:
        rect = self.scene().sceneRect()
        img = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)),
                     QImage.Format_ARGB32)
        img.fill(QColor(palette_of(self.theme).base))
        p = QPainter(img)
        p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.scene().render(p, QRectF(img.rect()), rect)
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
        self.scene().render(p, QRectF(0, 0, rect.width(), rect.height()), rect)
        return p.end()

    def export_dot(self, path) -> bool:
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.graph.to_dot())
        return True


