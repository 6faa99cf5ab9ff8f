"""A learner's own big model, seen whole: keras.applications models, .h5 and SavedModel files
and big train-step graphs walked through the real widgets (issue #15)."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton

from .conftest import wait_idle


def crumbs(explorer):
    return [b.text() for b in explorer.crumbs.findChildren(QToolButton) if b.isVisible()]


def drawn(qtbot, view):
    qtbot.waitUntil(lambda: view.graph is not None and not view.building, timeout=60_000)
    return view.items


def test_resnet50_is_folded_searchable_and_walkable(window, qtbot):
    """177 layers start as ResNet50's stages; search finds a layer inside a folded stage;
    double-click opens it in place (breadcrumb back); colour by op type; an overview when
    zoomed in; summary() keeps every column."""
    window.show_panel("models")
    m = window.panels["models"]
    ex, view = m.explorer, m.view
    wait_idle(qtbot, m)
    m.ready.setCurrentIndex(m.ready.findData("ResNet50"))
    m.ready.activated.emit(m.ready.currentIndex())
    wait_idle(qtbot, m)
    items = drawn(qtbot, view)
    assert m.message.text() == "ResNet50: 177 layers, 23,608,202 parameters"
    assert {"conv2", "conv3", "conv4", "conv5"} <= set(items) and len(items) < 20
    assert items["conv4"].node.count > 50 and "conv4/ ▸" == items["conv4"].title.text()
    folded = len(items)

    qtbot.keyClicks(ex.search, "conv3_block2_2_conv")
    qtbot.keyClick(ex.search, Qt.Key_Return)
    assert ex.matches == ["conv3"] and "conv3" in view.highlight     # the folded stage
    assert ex.found_label.text().startswith("1 of 1")

    qtbot.mouseDClick(view.viewport(), Qt.LeftButton,
                      pos=view.mapFromScene(view.items["conv3"].scenePos()))
    wait_idle(qtbot, m)
    items = drawn(qtbot, view)
    assert "conv3/conv3_block2" in items and "conv3" not in items
    assert crumbs(ex) == ["Whole graph  ›", "conv3"]
    view.expand_requested.emit("conv3/conv3_block2")
    wait_idle(qtbot, m)
    items = drawn(qtbot, view)
    assert "conv3_block2_2_conv" in items
    assert ex.matches == ["conv3_block2_2_conv"] and "conv3_block2_2_conv" in view.highlight
    assert crumbs(ex) == ["Whole graph  ›", "conv3  ›", "conv3_block2"], (
        ex.last, sorted(ex.expanded), ex._ancestors(ex.last))
    assert len(ex._frame_items) == 2            # the opened stage and block, framed
    # The block's edge: it reads the (folded) block before it; the next one reads it.
    ins, outs = ex.frame_edges["conv3/conv3_block2"]
    assert (ins, outs) == (["conv3/conv3_block1"], ["conv3/conv3_block3"])

    ex.colour.setCurrentIndex(ex.colour.findData("op"))
    conv = items["conv3_block2_2_conv"].brush().color()
    bn = items["conv3_block2_2_bn"].brush().color()
    assert conv != bn and "Conv2D" in ex.legend.text() and ex.legend.isVisible()

    view.zoom(4.0)
    qtbot.waitUntil(ex.overview.isVisible, timeout=5_000)

    # Back: the first crumb folds everything again.
    next(b for b in ex.crumbs.findChildren(QToolButton) if b.text().startswith("Whole")).click()
    wait_idle(qtbot, m)
    assert len(drawn(qtbot, view)) == folded and not ex.crumbs.isVisible()
    qtbot.waitUntil(lambda: "23,608,202" in m.summary.toPlainText(), timeout=30_000)

    # Issue 24: a sample through it; each folded stage shows its output's summary, the
    # output of the stage's last block (what the next stage reads), feature maps as tiles.
    m.sample_btn.click()
    wait_idle(qtbot, m)
    assert view.values["conv5"].startswith("[1, 2, 2, 2048] max")
    assert view.values["conv2"].startswith("[1, 16, 16, 256] max")
    assert view._value_items["conv3"].picture.pixmap().width() > 0

    # Issue 27: with every group open, no frame's label covers another's.
    ex.open_all.click()
    wait_idle(qtbot, m)
    qtbot.waitUntil(lambda: len(ex._frame_items) >= 20, timeout=60_000)   # stages, blocks
    labels = [c.sceneBoundingRect() for f in ex._frame_items for c in f.childItems()
              if c.isVisible()]
    assert len(labels) > 0.8 * len(ex._frame_items)
    assert not [(a, b) for i, a in enumerate(labels) for b in labels[i + 1:]
                if a.intersects(b)]


def test_a_big_models_training_step_can_be_cancelled_then_walked(window, qtbot):
    """MobileNetV2's train step: Stop ends it mid-trace; traced again, the folded picture
    comes before Grappler's version, which follows with op counts; a group opens."""
    window.show_panel("models")
    m = window.panels["models"]
    wait_idle(qtbot, m)
    m.open_application("MobileNetV2")
    wait_idle(qtbot, m)
    g = window.panels["graphs"]
    seen = []
    g.progress.valueChanged.connect(seen.append)
    m.step_btn.click()
    qtbot.waitUntil(lambda: any(0 < v < 40 for v in seen), timeout=60_000)   # mid-trace
    g.stop_btn.click()
    # Under load the stop may land late: wait for its word, however long the machine takes.
    qtbot.waitUntil(lambda: not g.tasks and g.message.text() == "Stopped.", timeout=120_000)
    assert (g.result or {}).get("model") is None

    m.step_btn.click()
    qtbot.waitUntil(lambda: bool(g.result and g.result.get("model")), timeout=180_000)
    first = g.result["diff"]                # drawn before Grappler ran
    items = drawn(qtbot, g.view)
    assert "gradient_tape" in items and items["gradient_tape"].node.op == "Scope"
    wait_idle(qtbot, g, 180_000)
    assert first is None and g.result["diff"] is not None
    assert "after Grappler" in g.diff_label.text()
    ops = {g.counts.item(r, 0).text(): (g.counts.item(r, 1).data(Qt.DisplayRole),
                                        g.counts.item(r, 2).data(Qt.DisplayRole))
           for r in range(g.counts.rowCount())}
    before = g.result["views"]["before"][0].op_counts()
    after = g.result["views"]["after"][0].op_counts()
    assert ops["Conv2D"] == (before["Conv2D"], after.get("Conv2D", 0))
    assert sum(v[0] for v in ops.values()) == len(g.result["views"]["before"][0])

    g.view.expand_requested.emit("gradient_tape")
    wait_idle(qtbot, g)
    items = drawn(qtbot, g.view)
    assert "gradient_tape" not in items and any(n.startswith("gradient_tape/") for n in items)


def test_a_line_of_code_shows_the_nodes_it_made(window, qtbot):
    """Code -> graph: clicking line 2 of compute() (d = a * b + c) highlights its Mul and
    AddV2; each Grappler pass run alone says what it removes."""
    window.show_panel("graphs")
    g = window.panels["graphs"]
    wait_idle(qtbot, g)
    drawn(qtbot, g.view)
    assert not g.explorer.overview.isVisible()    # the whole diagram fits: no overview
    ed = g.editor
    cursor = ed.textCursor()
    cursor.setPosition(ed.document().findBlockByNumber(1).position() + 6)
    rect = ed.cursorRect(cursor)
    qtbot.mouseClick(ed.viewport(), Qt.LeftButton, pos=QPoint(rect.center()))
    ops = sorted(g.view.items[n].node.op for n in g.view.highlight)
    assert ops == ["AddV2", "Mul"] and "Line 2 made 2" in g.message.text()
    g.explain_passes()
    wait_idle(qtbot, g)
    assert "common subexpressions: 1 removed" in g.passes_label.text()


def test_h5_and_saved_model_open_in_the_models_panel(window, qtbot, tmp_path):
    """A legacy .h5 opens as a Keras model; a SavedModel folder lists its signatures and
    draws the serving function's ops, its saved call inlined."""
    import keras

    from tfvisual.core import models
    model = models.build()
    model.save(tmp_path / "old.h5")
    model.export(str(tmp_path / "exported"), verbose=False)
    window.show_panel("models")
    m = window.panels["models"]
    wait_idle(qtbot, m)
    m.open_file(str(tmp_path / "old.h5"))
    wait_idle(qtbot, m)
    assert m.message.text().startswith("Opened") and isinstance(m.result["model"], keras.Model)
    m.open_saved_model(str(tmp_path / "exported"))
    wait_idle(qtbot, m)
    assert "2 signatures" in m.message.text() and "serving_default" in m.attrs.toPlainText()
    ops = {it.node.op for it in drawn(qtbot, m.view).values()} | \
        {n.op for n in m.explorer.full.nodes}
    assert {"MatMul", "Softmax"} <= ops and "StatefulPartitionedCall" not in ops
    assert not m.step_btn.isEnabled()
    m.open_saved_model(str(tmp_path))                     # not a SavedModel
    wait_idle(qtbot, m)
    assert "has no saved_model.pb" in m.message.text()


@pytest.mark.parametrize("theme", ["light", "contrast"])
def test_colour_by_op_type_keeps_labels_readable(window, qtbot, theme):
    from tfvisual.ui.theme import contrast_ratio, palette_of
    window.theme_combo.setCurrentIndex(window.theme_combo.findData(theme))
    window.show_panel("graphs")
    g = window.panels["graphs"]
    wait_idle(qtbot, g)
    drawn(qtbot, g.view)
    g.explorer.colour.setCurrentIndex(g.explorer.colour.findData("op"))
    text = palette_of(theme).text
    for item in g.view.items.values():
        fill = item.brush().color().name()
        assert contrast_ratio(text, fill) >= 4.5, (item.node.op, fill)
    assert QColor(g.view.items["mul"].brush().color()) != QColor(
        g.view.items["add"].brush().color())
