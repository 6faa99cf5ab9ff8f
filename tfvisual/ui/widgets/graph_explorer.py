"""A big graph you can walk through: the diagram with a breadcrumb of the groups opened, a
search box, colour by op type or device, and an overview of the whole (after TensorBoard's
graph dashboard and Netron). Hosted by the graphs and models panels."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (QComboBox, QLabel, QLineEdit, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from ..theme import palette_of
from .flow import FlowLayout, WrapButton
from .graph_view import GraphView

COLOURS = ("plain", "op", "device")


def _blend(a: str, b: str, f: float) -> str:
    """``a`` moved a fraction ``f`` towards ``b``: a tint that keeps the label readable."""
    ca, cb = QColor(a), QColor(b)
    return QColor(int(ca.red() + (cb.red() - ca.red()) * f),
                  int(ca.green() + (cb.green() - ca.green()) * f),
                  int(ca.blue() + (cb.blue() - ca.blue()) * f)).name()


class Overview(QWidget):
    """The whole diagram small, in a corner of the view, with the part on screen framed;
    click or drag to go there. Drawn once per graph from the layout (boxes only): painting
    a 15K-node scene a second time would cost every frame."""

    def __init__(self, view: GraphView):
        super().__init__(view)
        self.view = view
        self.pixmap = QPixmap()
        self.setCursor(Qt.PointingHandCursor)
        self.hide()
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.zoomed.connect(self.place)

    def rebuild(self):
        v = self.view
        rect = v.scene().sceneRect()
        if v.graph is None or rect.isEmpty():
            self.pixmap = QPixmap()
            return
        side = max(120, min(220, v.width() // 4))
        scale = side / max(rect.width(), rect.height())
        self.resize(max(40, int(rect.width() * scale)) + 4, max(40, int(rect.height() * scale)) + 4)
        t = palette_of(v.theme)
        pm = QPixmap(self.size())
        pm.fill(QColor(t.alt))
        p = QPainter(pm)
        if v._sketch is not None:     # the view's own image of a big graph, smaller
            p.setRenderHint(QPainter.SmoothPixmapTransform)
            p.drawPixmap(QRectF(2, 2, rect.width() * scale, rect.height() * scale),
                         v._sketch.pixmap(), QRectF(v._sketch.pixmap().rect()))
        else:
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(t.muted))
            p.drawRects([QRectF(2 + (it.x() + it._rect.x() + 6 - rect.x()) * scale,
                                2 + (it.y() + it._rect.y() + 6 - rect.y()) * scale,
                                max(1.0, (it._rect.width() - 12) * scale),
                                max(1.0, (it._rect.height() - 12) * scale))
                         for it in v.items.values()])
        p.end()
        self.pixmap, self.scale = pm, scale
        self.place()

    def place(self):
        v = self.view
        vp = v.viewport()
        self.move(vp.width() - self.width() - 6, vp.height() - self.height() - 6)
        # Only worth its corner when the diagram does not fit the view.
        shown = v.mapToScene(vp.rect()).boundingRect()
        whole = v.scene().sceneRect()
        self.setVisible(not self.pixmap.isNull() and not shown.contains(whole) and
                        vp.width() > 3 * self.width())
        self.update()

    def paintEvent(self, event):
        if self.pixmap.isNull():
            return
        p = QPainter(self)
        p.drawPixmap(0, 0, self.pixmap)
        t = palette_of(self.view.theme)
        p.setPen(QPen(QColor(t.text), 1))
        p.setBrush(Qt.NoBrush)
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        whole = self.view.scene().sceneRect()
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        p.setPen(QPen(QColor(t.accent), 2))
        p.drawRect(QRectF(2 + (shown.x() - whole.x()) * self.scale,
                          2 + (shown.y() - whole.y()) * self.scale,
                          shown.width() * self.scale, shown.height() * self.scale))

    def mousePressEvent(self, event):
        self._go(event.position())

    def mouseMoveEvent(self, event):
        self._go(event.position())

    def _go(self, at: QPointF):
        whole = self.view.scene().sceneRect()
        self.view.centerOn(whole.x() + (at.x() - 2) / self.scale,
                           whole.y() + (at.y() - 2) / self.scale)


class GraphExplorer(QWidget):
    """The stage of a panel that draws a graph which may be big. The panel lays out; this
    widget asks for it: ``expanded_changed`` carries the set of groups to show opened."""

    expanded_changed = Signal(object)
    SMALL = 40      # nodes; a graph this small is shown without the search bar

    def __init__(self, view: GraphView | None = None, parent=None):
        super().__init__(parent)
        self.view = view or GraphView()
        self.full = None                 # the whole graph, every group unfolded
        self.expanded: set[str] = set()
        self.last = ""                   # the group opened last: the breadcrumb's end
        self.matches: list[str] = []     # what the search found, as drawn (node or group)
        self.found: list[str] = []       # what the search found in the whole graph
        self.at = -1
        self.theme = "light"

        self.crumbs = QWidget()
        self.crumbs_layout = FlowLayout(self.crumbs)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("graph_search")
        self.search.returnPressed.connect(self.next_match)
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.search_timer.start)
        self.found_label = QLabel()
        self.colour = QComboBox()
        self.colour.setObjectName("colour_by")
        for key in COLOURS:
            self.colour.addItem("", key)
        self.colour.currentIndexChanged.connect(self._recolour)
        self.open_all = WrapButton()
        self.open_all.setCheckable(True)
        self.open_all.toggled.connect(self._open_all)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.hide()
        bar = QWidget()
        bl = FlowLayout(bar)
        for w in (self.search, self.found_label, self.colour, self.open_all):
            bl.addWidget(w)
        self.bar = bar
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(bar)
        lay.addWidget(self.crumbs)
        lay.addWidget(self.legend)
        lay.addWidget(self.view, 1)
        self.crumbs.hide()
        bar.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.view.groups_of = self._groups_of
        self.overview = Overview(self.view)
        self.view.built.connect(self.overview.rebuild)
        self.view.built.connect(self._after_build)
        self.view.expand_requested.connect(self.open_group)
        self.view.collapse_requested.connect(self.close_group)
        self.view.viewport().installEventFilter(self)
        find = QShortcut(QKeySequence.Find, self, context=Qt.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.retranslate()

    def retranslate(self):
        self.search.setPlaceholderText(self.tr("Find a node or op type (Ctrl+F)"))
        self.search.setToolTip(self.tr("Type part of a name or an op type; Enter goes to the "
                                       "next match"))
        for i, text in enumerate((self.tr("Colour: plain"), self.tr("Colour by op type"),
                                  self.tr("Colour by device"))):
            self.colour.setItemText(i, text)
        self.colour.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.open_all.setText(self.tr("Open all groups"))
        self.open_all.setToolTip(self.tr("Show every node of the graph, no group folded"))
        self._show_crumbs()
        self._show_found()
        self._legend()

    def set_theme(self, theme, pt):
        self.theme = theme
        # Room for about 20 characters: the search is one item of the bar, not its width.
        self.search.setFixedWidth(int(pt * 4 / 3 * 0.62 * 20))
        # After the panel's rule for combo boxes (which elides them): this one is short.
        self.colour.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.colour.setMinimumContentsLength(0)
        self.view.set_theme(theme, pt)
        self._recolour()

    # -- content ---------------------------------------------------------------------------
    def show_graph(self, full, shown, positions, states=None, fit=True):
        """Draw ``shown`` (``full`` with some groups folded) at ``positions``."""
        new = full is not self.full or not hasattr(self, "_groups")
        self.full = full
        if new:
            self.last = self.last if self.last in self.expanded else ""
        self.view.expanded = set(self.expanded)
        self.view.set_graph(shown, positions, states, fit=fit)
        groups = bool(full is not None and (full.groups or any(n.op == "Scope"
                                                               for n in shown.nodes)
                                            or self.expanded))
        self.open_all.setVisible(groups)
        # A diagram that fits the eye needs no search: its room goes to the picture.
        self.bar.setVisible(full is not None and len(full) > self.SMALL)
        if new:
            # Each group's parent, series included ("adam/Mul_*" between "adam" and
            # "adam/Mul_3"), for the breadcrumb and the frames.
            self._parent = full.group_parents() if full is not None else {}
            self._groups = set(self._parent)
        self.open_all.blockSignals(True)
        self.open_all.setChecked(bool(self.expanded) and self.expanded >= self._groups)
        self.open_all.blockSignals(False)
        self._show_crumbs()
        # Items still to come are styled as they are built; the first slice, already there,
        # needs the new colours only when colouring is on.
        self._recolour(restyle=self.colour.currentData() != "plain")

    def set_expanded(self, expanded, last=""):
        """Set the groups shown opened without asking for a layout (a new graph)."""
        self.expanded, self.last = set(expanded), last

    def open_group(self, scope):
        self.expanded |= {scope, *self._ancestors(scope)}
        self.last = scope
        self.expanded_changed.emit(set(self.expanded))

    def close_group(self, scope):
        """Fold ``scope`` and everything inside it; the breadcrumb goes back to its parent."""
        self.expanded = {s for s in self.expanded if s != scope and
                         scope not in self._ancestors(s)}
        anc = [a for a in self._ancestors(scope) if a in self.expanded]
        self.last = anc[-1] if anc else ""
        self.expanded_changed.emit(set(self.expanded))

    def _ancestors(self, scope):
        out, parent = [], getattr(self, "_parent", {}).get(scope, "")
        while parent:
            out.insert(0, parent)
            parent = self._parent.get(parent, "")
        return out

    def _groups_of(self, name):
        """The groups holding a drawn box: a node's from the whole graph, a group's from
        its parents."""
        if self.full is not None and name in self.full:
            return self.full.scopes(name)
        return self._ancestors(name)

    def _open_all(self, on):
        if self.full is None:
            return
        self.expanded = set(self._groups) if on else set()
        self.last = ""
        self.expanded_changed.emit(set(self.expanded))

    def _show_crumbs(self):
        lay = self.crumbs_layout
        while lay.count():
            w = lay.takeAt(0).widget()
            if w is not None:
                w.hide()          # now: deleteLater waits for the event loop
                w.deleteLater()
        path = [a for a in self._ancestors(self.last) if a in self.expanded] + \
            ([self.last] if self.last in self.expanded else [])
        if not self.expanded:
            self.crumbs.hide()
            return
        for i, scope in enumerate([""] + path):
            b = QToolButton()
            b.setText((self.tr("Whole graph") if not scope else scope.rsplit("/", 1)[-1]) +
                      ("  ›" if i < len(path) else ""))
            b.setObjectName("crumb")
            b.setToolTip(self.tr("Fold everything inside {0}").format(scope) if scope else
                         self.tr("Fold every group again"))
            nxt = path[i] if i < len(path) else None
            b.setEnabled(nxt is not None)
            # A crumb goes back to that level: the group after it is folded.
            b.clicked.connect(lambda _=False, s=nxt, top=not scope: self._back(s, top))
            lay.addWidget(b)
            b.show()      # a child added to a shown widget stays hidden until shown
        self.crumbs.show()

    def _back(self, scope, top):
        if top:
            self.expanded, self.last = set(), ""
            self.expanded_changed.emit(set())
        elif scope:
            self.close_group(scope)

    def _after_build(self):
        self._frames()
        if self.search.text().strip():
            self.run_search(move=False)

    def _frames(self):
        """A frame around each opened group, named at its top: where its nodes are, and the
        edges that cross it are its inputs and outputs."""
        from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem
        v = self.view
        for item in getattr(self, "_frame_items", []):
            if item.scene() is v.scene():
                v.scene().removeItem(item)
        self._frame_items = []
        self.frame_edges: dict[str, tuple] = {}    # opened group -> (inputs, outputs)
        g = v.graph
        if g is None or not self.expanded or len(v.items) > 3000:
            return
        members: dict[str, list] = {}
        for name, item in v.items.items():
            for scope in self._groups_of(name):
                if scope in self.expanded:
                    members.setdefault(scope, []).append(item)
        t = palette_of(self.theme)
        edges = list(g.edges())
        # Innermost first: a frame holds the frames opened inside it, label and all, so a
        # label never sits on an inner one's (after "Open all groups" on ResNet50, every
        # stage's and block's label fell on one spot).
        rects: dict[str, QRectF] = {}
        for scope in sorted(members, key=lambda s: -s.count("/")):
            r = QRectF()
            for it in members[scope]:
                r = r.united(it.sceneBoundingRect())
            for inner, ir in rects.items():
                if inner.startswith(scope + "/"):
                    r = r.united(ir)
            rects[scope] = r.adjusted(-10, -24, 10, 8)
        placed: list[QRectF] = []
        for scope in sorted(members, key=lambda s: s.count("/")):
            items, r = members[scope], rects[scope]
            frame = QGraphicsRectItem(r)
            frame.setPen(QPen(QColor(t.accent), 1.5, Qt.DashLine))
            frame.setBrush(Qt.NoBrush)
            frame.setZValue(-2)
            # The group's edge: what crosses it from outside (inputs) and to outside (outputs).
            inside = {it.node.name for it in items}
            ins = sorted({a for a, b in edges if b in inside and a not in inside})
            outs = sorted({b for a, b in edges if a in inside and b not in inside})
            tip = [self.tr("{0}: double-click a node inside to fold it").format(scope)]
            tip.append(self.tr("inputs from outside: {0}").format(", ".join(ins) or "-"))
            tip.append(self.tr("outputs to outside: {0}").format(", ".join(outs) or "-"))
            frame.setToolTip("\n".join(tip))
            self.frame_edges[scope] = (ins, outs)
            label = QGraphicsSimpleTextItem(
                scope.rsplit("/", 1)[-1] + "/  " +
                self.tr("{0} in · {1} out").format(len(ins), len(outs)), frame)
            font = label.font()
            font.setPixelSize(13)     # scene text: the view's zoom sizes it, like node titles
            label.setFont(font)
            label.setBrush(QColor(t.accent))
            label.setPos(r.left() + 4, r.top() + 2)
            # Side by side, two frames can still share a strip: a label that would cover
            # another moves right past it, or is left to the frame's tooltip.
            for _ in range(4):
                box = label.mapRectToScene(label.boundingRect())
                hit = next((b for b in placed if b.intersects(box)), None)
                if hit is None:
                    break
                label.setPos(hit.right() + 8, label.pos().y())
            box = label.mapRectToScene(label.boundingRect())
            moved = label.pos().x() > r.left() + 4
            if any(b.intersects(box) for b in placed) or (moved and box.right() > r.right()):
                label.hide()
            else:
                placed.append(box)
            v.scene().addItem(frame)
            self._frame_items.append(frame)

    # -- search ----------------------------------------------------------------------------
    def run_search(self, move=True):
        text = self.search.text()
        v = self.view
        g = v.graph
        if g is None:
            return
        self.found = (self.full or g).find(text) if text.strip() else []
        shown = self.visible(self.found)
        self.matches = shown
        self.at = 0 if shown else -1
        v.set_highlight(shown)
        self._show_found()
        if move and shown:
            self._centre()

    def visible(self, names) -> list[str]:
        """What stands for each node of the whole graph in the drawing: the node itself, or
        the folded group's box holding it."""
        v, out = self.view, []
        full = self.full or v.graph
        for name in names:
            where = name if name in v.items else next(
                (s for s in full.scopes(name) if s in v.items), None)
            if where and where not in out:
                out.append(where)
        return out

    def next_match(self, step=1):
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.run_search()
            return
        if not self.matches:
            return
        self.at = (self.at + step) % len(self.matches)
        self._show_found()
        self._centre()

    def _centre(self):
        item = self.view.items.get(self.matches[self.at])
        if item is not None:
            if self.view.transform().m11() < 0.5:    # readable at the node found
                self.view.zoom(0.8 / self.view.transform().m11())
            self.view.centerOn(item)
            self.view.node_clicked.emit(item.node.name)

    def _show_found(self):
        text = self.search.text().strip()
        self.found_label.setVisible(bool(text))
        if not text:
            self.found_label.setText("")
        elif not self.found:
            self.found_label.setText(self.tr("no match"))
        else:
            inside = sum(1 for m in self.matches if m not in self.found)
            txt = self.tr("{0} of {1}").format(self.at + 1, len(self.matches))
            if len(self.found) != len(self.matches) or inside:
                txt += " " + self.tr("({0} nodes, some in folded groups)").format(
                    len(self.found))
            self.found_label.setText(txt)

    # -- colour ----------------------------------------------------------------------------
    def _key(self, node):
        mode = self.colour.currentData()
        if mode == "op":
            return node.op
        if mode == "device":
            d = node.device
            return d.rsplit("device:", 1)[-1] if d else ""
        return None

    def _recolour(self, *_, restyle=True):
        v = self.view
        mode = self.colour.currentData()
        t = palette_of(self.theme)
        if mode == "plain" or v.graph is None:
            self.palette_map = {}
            v.colour_of = None
        else:
            counts: dict[str, int] = {}
            for n in v.graph.nodes:
                if n.op != "Scope":
                    k = self._key(n)
                    counts[k] = counts.get(k, 0) + 1
            top = sorted(counts, key=lambda k: -counts[k])[:len(t.curves)]
            # A tint of the node fill, so labels keep their contrast in every theme.
            self.palette_map = {k: _blend(t.node_fill, c, 0.45 if t.name != "contrast" else 0.35)
                                for k, c in zip(top, t.curves)}
            nodes = {n.name: n for n in v.graph.nodes}
            v.colour_of = lambda name: self.palette_map.get(
                self._key(nodes[name])) if name in nodes and nodes[name].op != "Scope" else None
        if restyle:
            v.restyle_nodes()
        self._legend()

    def _legend(self):
        pm = getattr(self, "palette_map", {})
        if not pm:
            self.legend.hide()
            return
        t = palette_of(self.theme)
        unplaced = self.tr("no device set: placed at run time")
        parts = [f"<span style='background:{c}; color:{t.text}'>&nbsp;{k or unplaced}"
                 f"&nbsp;</span>" for k, c in pm.items()]
        self.legend.setText(" ".join(parts) + "  " + self.tr("(others plain)"))
        self.legend.show()

    # -- events ----------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent
        if obj is self.view.viewport() and event.type() == QEvent.Resize:
            self.overview.place()
        return super().eventFilter(obj, event)
