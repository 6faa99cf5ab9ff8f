"""Layered layout of an op graph: inputs above outputs, few crossings.

Uses graphviz-pure's ``dot`` (a pip-installed port of Graphviz, no system binary); falls back
to a simple longest-path layering when the binary cannot be found or fails.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from .concurrent import State

POINTS_PER_INCH = 72.0
CHAR_WIDTH = 7.5    # points per label character at the view's base font
NODE_HEIGHT = 40.0


def dot_binary() -> str | None:
    names = ["graphviz-pure", "graphviz-pure.exe"]
    dirs = [Path(sys.executable).parent, Path(getattr(sys, "_MEIPASS", "")) / "bin"]
    for d in dirs:
        for n in names:
            if (d / n).is_file():
                return str(d / n)
    return shutil.which("graphviz-pure")


def node_size(graph, name: str) -> tuple[float, float]:
    n = graph.node(name)
    chars = max(len(n.op), len(n.name.rsplit("/", 1)[-1]), 6)
    w = chars * CHAR_WIDTH + 24.0
    if n.attrs.get("params") is not None:   # a layer box also shows "name · params"
        w = max(w, 7.0 * (len(n.name) + len(n.attrs["params"]) + 10))
    return w, NODE_HEIGHT


def _dot_source(graph) -> tuple[str, list[str]]:
    names = [n.name for n in graph.nodes]
    ids = {name: f"n{i}" for i, name in enumerate(names)}
    lines = ["digraph G {", "rankdir=TB; nodesep=0.3; ranksep=0.45;",
             "node [shape=box, fixedsize=true]; edge [arrowhead=none];"]
    # Folded boxes can repeat an edge hundreds of times: dot lays each one out.
    edges = list(dict.fromkeys(graph.edges()))
    if len(names) > 150 or len(edges) > 300:
        # dot's crossing minimisation and network simplex run without bound by default: a
        # 1,000-node layered graph took 120 s here, 0.2 s with these limits.
        lines.append("mclimit=0.1; nslimit=1; nslimit1=1;")
    for name in names:
        w, h = node_size(graph, name)
        lines.append(f"{ids[name]} [width={w / POINTS_PER_INCH:.3f}, "
                     f"height={h / POINTS_PER_INCH:.3f}, label=\"\"];")
    for a, b in edges:
        lines.append(f"{ids[a]} -> {ids[b]};")
    lines.append("}")
    return "\n".join(lines), names


class Positions(dict):
    """Node name -> (x, y), plus ``routes``: for an edge (a, b), the control points of the
    curve dot drew for it around the other boxes (a skip connection over several ranks)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.routes: dict[tuple[str, str], list[tuple[float, float]]] = {}


# dot's time grows with the nodes plus the "virtual" nodes it threads through every rank an
# edge spans: ResNet50's train step with one scope open (311 boxes, 66K virtual nodes) took
# 52 s, the whole 15K-op step ran past 20 s (and 116 s in igraph's Sugiyama). Past this
# much work the layered layout below is used: 0.1-0.5 s for any of them.
DOT_MAX_WORK = 6000


def layout(graph, state: State | None = None, timeout: float = 20.0) \
        -> dict[str, tuple[float, float]]:
    """Node name -> (x, y) centre in points; y grows downward, inputs above outputs."""
    if not graph.nodes:
        return {}
    binary = dot_binary()
    if binary and dot_work(graph) <= DOT_MAX_WORK:
        try:
            return _dot_layout(graph, binary, state, timeout)
        except (OSError, subprocess.SubprocessError, ValueError):
            pass
    return simple_layout(graph, state)


def _dot_layout(graph, binary, state, timeout):
    source, names = _dot_source(graph)
    if state:
        state.progress(0.1, "layout")
    proc = subprocess.Popen([binary, "-Tplain"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + timeout
    data = source
    try:
        # communicate() in short slices: reads dot's output as it comes (a full pipe would
        # block it) and lets a cancelled layout end the process instead of waiting for it.
        while True:
            try:
                out, _ = proc.communicate(data, timeout=0.05)
                break
            except subprocess.TimeoutExpired:
                data = None
                if state and state.cancelled:
                    proc.kill()
                    state.check()
                if time.monotonic() > deadline:
                    raise
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    if proc.returncode != 0:
        raise ValueError("dot failed")
    height = None
    pos = Positions()
    for line in out.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "graph":
            height = float(parts[3])
        elif parts[0] == "node":
            idx = int(parts[1][1:])
            x, y = float(parts[2]), float(parts[3])
            pos[names[idx]] = (x * POINTS_PER_INCH, (height - y) * POINTS_PER_INCH)
        elif parts[0] == "edge":
            # dot's route around the boxes: the control points of a piecewise cubic Bézier.
            n = int(parts[3])
            xy = [float(v) for v in parts[4:4 + 2 * n]]
            pos.routes[(names[int(parts[1][1:])], names[int(parts[2][1:])])] = [
                (xy[i] * POINTS_PER_INCH, (height - xy[i + 1]) * POINTS_PER_INCH)
                for i in range(0, len(xy), 2)]
    if len(pos) != len(names):
        raise ValueError("dot lost nodes")
    if state:
        state.progress(1.0, "layout")
    return pos


def dot_work(graph) -> int:
    """Nodes plus the rank crossings of every edge: what dot lays out."""
    if len(graph.nodes) > 3 * DOT_MAX_WORK:
        return len(graph.nodes)
    level = _levels(graph)
    return len(level) + sum(max(0, level[b] - level[a] - 1) for a, b in
                            dict.fromkeys(graph.edges()) if a in level and b in level)


def _levels(graph) -> dict[str, int]:
    """Longest path from the inputs, per node."""
    index = {n.name: n for n in graph.nodes}
    level: dict[str, int] = {}
    for n in graph.nodes:  # graph defs list nodes in an order that is mostly topological
        stack = [n.name]
        while stack:
            cur = stack[-1]
            if cur in level:
                stack.pop()
                continue
            pending = [i for i in index[cur].inputs if i in index and i not in level
                       and i not in stack]
            if pending:
                stack.extend(pending)
                continue
            level[cur] = 1 + max((level[i] for i in index[cur].inputs if i in level), default=-1)
            stack.pop()
    return level


def simple_layout(graph, state: State | None = None) -> dict[str, tuple[float, float]]:
    """Longest-path layers, ordered by barycentre sweeps (down, up, down): the Sugiyama
    heuristic without dot's exact crossing minimisation, linear in the edges."""
    index = {n.name: n for n in graph.nodes}
    level = _levels(graph)
    if state:
        state.check()
    ins = {name: [i for i in dict.fromkeys(index[name].inputs) if i in level] for name in level}
    outs: dict[str, list[str]] = {name: [] for name in level}
    for name, xs in ins.items():
        for i in xs:
            outs[i].append(name)
    layers: dict[int, list[str]] = {}
    for name, lv in level.items():
        layers.setdefault(lv, []).append(name)
    rank = {name: float(i) for row in layers.values() for i, name in enumerate(row)}

    def sweep(order, neighbours):
        for lv in order:
            row = layers[lv]
            keys = {}
            for nm in row:
                near = [rank[x] for x in neighbours[nm]]
                keys[nm] = sum(near) / len(near) if near else rank[nm]
            row.sort(key=keys.__getitem__)
            for i, nm in enumerate(row):
                rank[nm] = float(i) - len(row) / 2    # centred: rows of any width line up

    down, up = sorted(layers), sorted(layers, reverse=True)
    for order, neighbours in ((down, ins), (up, outs), (down, ins)):
        sweep(order, neighbours)
        if state:
            state.check()
    pos: dict[str, tuple[float, float]] = {}
    for lv in down:
        row = layers[lv]
        sizes = [node_size(graph, nm)[0] for nm in row]
        x = -(sum(sizes) + 20.0 * (len(row) - 1)) / 2
        for nm, w in zip(row, sizes):
            pos[nm] = (x + w / 2, lv * (NODE_HEIGHT + 32.0) + NODE_HEIGHT / 2)
            x += w + 20.0
    return pos
