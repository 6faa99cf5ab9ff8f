"""Stage first: on a projector of any size, at any font size, in both languages, the lesson's
picture keeps the room and nothing a learner must read is cut."""
import itertools
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.conftest import wait_idle
from tfvisual import PANELS
from tfvisual.ui import i18n, theme
from tfvisual.ui.widgets.code_view import CodeView
from tfvisual.ui.widgets.flow import WrapButton

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]


def settle(qtbot, n=4):
    for _ in range(n):
        QApplication.processEvents()
    qtbot.wait(1)


def share(window, panel) -> float:
    s = panel.stage
    return s.width() * s.height() / (window.width() * window.height())


def cut_text(panel) -> list[str]:
    """What a learner would find cut: action buttons without room for their text, scroll
    areas whose contents are wider than what shows, code lines running off the right."""
    problems = []
    for b in panel.actions_bar.findChildren(WrapButton):
        if not b.isVisible():
            continue
        label = b.label
        if label.heightForWidth(label.width()) > label.height() + 1 or \
                b.width() < b.minimumSizeHint().width():
            problems.append(f"button {b.text()!r} cut ({b.width()}x{b.height()})")
        if not panel.drawer.rect().contains(b.geometry().translated(
                b.parentWidget().mapTo(panel.drawer, QPoint(0, 0)))):
            problems.append(f"button {b.text()!r} outside its column")
    for area in panel.findChildren(QScrollArea):
        if area.isVisible() and area.widget() is not None and \
                area.widget().width() > area.viewport().width():
            problems.append(f"{area.widget().width()} px of controls in "
                            f"{area.viewport().width()} px")
    for code in panel.findChildren(CodeView):
        if code.isVisible() and code.horizontalScrollBar().maximum() > 0:
            problems.append("a code line runs off the right edge")
    return problems


def test_the_stage_owns_the_screen(window, qtbot):
    """Every panel x projector size x font size x language: the window keeps the size asked
    for, the stage keeps half of it (a third on 1024x768 or at 32 pt), nothing is cut."""
    app = QApplication.instance()
    window.apply_theme("contrast", 11)
    failures = []
    for lang in ("en", "ko"):
        i18n.install(app, lang)
        window.set_language(lang)
        for (w, h), pt in itertools.product(SIZES, (11, 20, 32)):
            window.resize(w, h)
            window.set_font_size(pt)
            settle(qtbot)
            for name in PANELS:
                window.show_panel(name)
                settle(qtbot)
                p = window.panels[name]
                where = f"{name} {w}x{h} {pt} pt {lang}"
                if (window.width(), window.height()) != (w, h):
                    failures.append(f"{where}: window is {window.width()}x{window.height()}")
                goal = 0.5 if w >= 1280 and pt <= 24 else 1 / 3
                if share(window, p) < goal:
                    failures.append(f"{where}: stage has {share(window, p):.2f} of the window")
                if w >= 1280 and pt <= 24:
                    failures += [f"{where}: {c}" for c in cut_text(p)]
    i18n.install(app, "en")
    window.set_language("en")
    for p in window.panels.values():
        wait_idle(qtbot, p)
    assert not failures, "\n".join(failures)


def test_the_window_never_outgrows_a_small_projector(window, qtbot):
    for pt in (9, 16, 24, 32, 40):
        window.set_font_size(pt)
        for name in PANELS:
            window.show_panel(name)
            settle(qtbot, 2)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 768, (name, pt, hint)
        window.resize(1024, 768)
        settle(qtbot)
        assert (window.width(), window.height()) == (1024, 768), pt
    for p in window.panels.values():
        wait_idle(qtbot, p)


def test_a_screenshot_has_exactly_the_size_asked_for(tmp_path):
    out = tmp_path / "training.png"
    subprocess.run([sys.executable, "-m", "tfvisual", "--panel", "training", "--screenshot",
                    str(out), "--size", "1024x768", "--font-size", "24", "--lang", "ko",
                    "--theme", "contrast"], check=True, timeout=300)
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1024, 768)


def test_presentation_mode_keeps_everything(window, qtbot):
    """One key: the panel list goes, the controls fold to a strip, the animation keeps
    playing; the same key brings everything back as it was."""
    window.resize(1280, 800)
    window.set_font_size(20)
    window.show_panel("tape")
    p = window.panels["tape"]
    wait_idle(qtbot, p)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot)
    before = share(window, p)
    p.x0.setValue(21.0)
    qtbot.waitUntil(lambda: not p.recompute_timer.isActive())   # it recomputes by itself
    wait_idle(qtbot, p)
    p.play()
    qtbot.keyClick(window, Qt.Key_F6)
    settle(qtbot)
    assert window.act_present.isChecked() and not window.sidebar.isVisible()
    assert not p.side_tabs.isVisible() and p.play_btn.isVisible()
    assert share(window, p) > before + 0.1
    assert p.playing                      # the descent goes on
    assert window.settings.get("presentation")
    qtbot.keyClick(window, Qt.Key_F9)     # the lesson, one key away
    settle(qtbot)
    assert p.side_tabs.isVisible()
    qtbot.keyClick(window, Qt.Key_F6)
    settle(qtbot)
    assert window.sidebar.isVisible() and p.side_tabs.isVisible()
    assert p.x0.value() == 21.0 and not window.settings.get("presentation")
    assert share(window, p) == pytest.approx(before, abs=0.02)
    p.pause()


def test_text_contrast_in_every_theme(window, qtbot):
    """Every text colour against what it is drawn on, WCAG 4.5:1 at least, including the
    links a QTextBrowser used to draw in #0000ff and the banner's text."""
    for name in theme.THEMES:
        t = theme.palette_of(name)
        pairs = {"text": (t.text, t.window), "text on fields": (t.text, t.base),
                 "muted": (t.muted, t.base), "link": (t.accent, t.base),
                 "primary button": (t.accent_text, t.accent), "good": (t.good, t.window),
                 "bad": (t.bad, t.window), "warn": (t.warn, t.window),
                 "plot text": (t.plot_fg, t.plot_bg)}
        for what, (fg, bg) in pairs.items():
            assert theme.contrast_ratio(fg, bg) >= 4.5, (name, what)
        window.apply_theme(name, 14)
        settle(qtbot)
        sheet = window.sheet
        on_bad = "#000000" if "QFrame#banner QLabel, QFrame#banner QPushButton { color: " \
            "#000000" in sheet else "#ffffff"
        assert theme.contrast_ratio(on_bad, t.bad) >= 4.5, name
        # The execution panel's lesson has links: drawn in the theme's link colour.
        p = window.panels["execution"]
        window.show_panel("execution")
        lesson = p.lesson
        lesson.setHtml("<p><a href='devices'>Devices</a> <a href='graphs'>Graphs</a></p>")
        p.side_tabs.setCurrentWidget(lesson.parentWidget())
        settle(qtbot)
        img = lesson.viewport().grab().toImage()
        colours = {img.pixelColor(x, y).name() for x in range(0, min(img.width(), 240), 2)
                   for y in range(0, min(img.height(), 60), 2)}
        assert "#0000ff" not in colours, name
        assert QColor(t.accent).name() in colours, name
        # A button's text in the text colour, muted only when the button is disabled.
        fit = window.panels["graphs"].fit_btn
        assert fit.isEnabled() and fit.label.palette().color(
            fit.label.foregroundRole()).name() == QColor(t.text).name(), name
        for bar in (window.panels["training"].progress, window.panels["graphs"].progress):
            assert not bar.isTextVisible()    # no text on the chunk's colour
        wait_idle(qtbot, p)
    window.apply_theme("light", 11)


def test_pictures_follow_the_font_size(window, qtbot):
    window.resize(1280, 800)
    window.set_font_size(20)
    window.show_panel("graphs")
    g = window.panels["graphs"]
    wait_idle(qtbot, g)
    qtbot.waitUntil(lambda: g.view.items and not g.view.building, timeout=60_000)
    g.fit_btn.click()
    settle(qtbot)
    ui_px = g.fontInfo().pixelSize()
    # Fit makes the chapter's diagram's labels at least as tall as the UI's text.
    from tfvisual.ui.widgets.graph_view import TITLE_PX
    assert TITLE_PX * g.view.transform().m11() >= ui_px
    window.show_panel("training")
    t = window.panels["training"]
    settle(qtbot)
    assert t.loss_plot.getAxis("bottom").style["tickFont"].pointSize() == 19
    assert t.lr_plot.height() >= 4 * t.fontMetrics().height()
    # The legend is in the title row, outside the data, in the learner's language.
    assert "loss (each batch)" in t.loss_plot._title_label.text()
    window.show_panel("models")
    m = window.panels["models"]
    wait_idle(qtbot, m)
    m.side_tabs.setCurrentWidget(m.summary)
    qtbot.waitUntil(lambda: abs(m.summary_cols - m.summary_fit()[1]) < 3, timeout=30_000)
    wait_idle(qtbot, m)
    text = m.summary.toPlainText()
    assert "Param" in text and "Total params" in text   # the header may take two lines
    assert max(len(line) for line in text.splitlines()) <= m.summary_cols
    assert m.summary_cols <= m.summary_fit()[1] + 2     # printed for about the view's width
    assert m.summary.horizontalScrollBar().maximum() == 0
    window.set_font_size(11)


def test_the_tape_view_holds_the_whole_path(window, qtbot):
    window.resize(1280, 800)
    window.set_font_size(11)
    window.show_panel("tape")
    p = window.panels["tape"]
    wait_idle(qtbot, p)
    for x0, lr in ((20.0, 1.0), (21.0, 0.7), (-15.0, 0.3)):
        p.x0.setValue(x0)
        p.lr.setValue(lr)
        p.recompute()
        wait_idle(qtbot, p)
        settle(qtbot)
        (x_lo, x_hi), (y_lo, y_hi) = p.curve_plot.getViewBox().viewRange()
        for s in p.steps:
            assert x_lo <= s.x <= x_hi and y_lo <= s.loss <= y_hi, (x0, lr, s)
        assert x_lo <= x0 <= x_hi
    p.x0.setValue(20.0)
    p.lr.setValue(1.0)
    p.recompute()
    wait_idle(qtbot, p)


def test_rank_3_shows_every_slice(window, qtbot):
    window.show_panel("tensors")
    p = window.panels["tensors"]
    wait_idle(qtbot, p)
    p.expr.setText("tf.reshape(tf.range(24), [2, 3, 4])")
    p.evaluate()
    wait_idle(qtbot, p)
    rects, side = p.picture.stack_rects()
    assert len(rects) == 2
    front, back = rects
    # The back slice shows a whole row and a whole column beside the front one.
    assert back.top() <= front.top() - 0.8 * side and back.right() >= front.right() + 0.8 * side
    for r in rects:
        assert p.picture.rect().contains(r.toRect())


def test_axis_numbers_never_overlap_in_a_short_plot_at_a_large_font(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from tfvisual.ui.widgets.plots import FittingAxis
    axis = FittingAxis("left")
    font = QFont()
    font.setPointSize(24)
    axis.setTickFont(font)
    height = max(QFontMetrics(font).height(), 1.3 * 24)     # as the axis measures it
    for size in (70, 90, 150, 400):
        major = axis.tickSpacing(0.0, 1.0, size)[0][0]
        labels = int(1.0 / major + 1e-9) + 1
        assert labels * height <= size or labels <= 2, (size, major)
    # A tall axis keeps pyqtgraph's own finer spacing.
    assert axis.tickSpacing(0.0, 1.0, 2000) == \
        super(FittingAxis, axis).tickSpacing(0.0, 1.0, 2000)


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_tensor_cells_read_on_every_fill(theme):
    """The projector theme drew white numbers on bright yellow cells (1.3-2.4:1)."""
    from tfvisual.ui.widgets.tensor_view import cell_colours, contrast
    for faded in (False, True):
        for k in range(21):
            fill, text = cell_colours(theme, k / 20, faded)
            assert contrast(fill, text) >= 4.5, (theme, k / 20, faded)


def test_side_tabs_wrap_rather_than_hide_behind_arrows(window, qtbot):
    """Issue 27: at 24 pt on a 1366-pixel screen "Exercises" showed as "Exe" behind the tab
    bar's scroll arrows. Every tab's whole title is on screen, in every panel and language."""
    app = QApplication.instance()
    window.resize(1366, 768)
    window.set_font_size(24)
    failures, modes = [], set()
    for lang in ("en", "ko"):
        i18n.install(app, lang)
        window.set_language(lang)
        for name in PANELS:
            window.show_panel(name)
            settle(qtbot)
            tabs = window.panels[name].side_tabs
            drawer = window.panels[name].drawer
            titles = [tabs.tabText(i) for i in range(tabs.count())]
            last = tabs.count() - 1
            if tabs.compact:        # more than two rows: a list of the pages, titles whole
                items = [tabs.picker.itemText(i) for i in range(tabs.picker.count())]
                if not tabs.picker.isVisible() or items != titles:
                    failures.append(f"{name} {lang}: the page list is not {titles}")
                tabs.picker.activated.emit(last)
            else:
                for i in range(tabs.count()):
                    b = tabs.button(i)
                    box = b.geometry().translated(b.parentWidget().mapTo(drawer,
                                                                         QPoint(0, 0)))
                    label = b.label
                    if not (b.isVisible() and drawer.rect().contains(box)
                            and label.heightForWidth(label.width()) <= label.height() + 1
                            and b.text() == titles[i]):
                        failures.append(f"{name} {lang}: tab {titles[i]!r} not whole")
                tabs.button(last).click()
            if tabs.currentIndex() != last:
                failures.append(f"{name}: picking the last tab did not turn the page")
            modes.add(tabs.compact)
    i18n.install(app, "en")
    window.set_language("en")
    window.set_font_size(11)
    assert not failures, "\n".join(failures)
    assert modes == {True, False}       # both ways were seen (buttons; a list where crowded)


def test_the_toolbar_overflow_handle_is_drawn(window, qtbot):
    """Issue 27: where the toolbar is wider than the window, its overflow button was blank."""
    from PySide6.QtWidgets import QToolButton
    window.resize(1024, 768)
    window.set_font_size(24)
    for name in ("light", "dark", "contrast"):
        window.apply_theme(name, 24)
        settle(qtbot)
        ext = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert ext is not None and ext.isVisible(), name
        img = ext.grab().toImage()
        colours = {img.pixelColor(x, y).name() for x in range(img.width())
                   for y in range(img.height())}
        assert len(colours) > 2 and ext.toolTip() == "More of the toolbar", name
    window.apply_theme("light", 11)


def test_the_stage_says_what_the_side_column_would(window, qtbot):
    """Issue 27: the eager and lazy outputs (1.5 lines at 24 pt) stand under the graph; while
    presenting, a tensor's dtype, shape and rank stand under its picture."""
    window.resize(1280, 800)
    window.set_font_size(24)
    e = window.panels["execution"]
    window.show_panel("execution")
    wait_idle(qtbot, e, 60_000)
    settle(qtbot)
    text = e.caption.text()
    assert e.caption.isVisible() and "Eager: tf.Tensor([1 2 4], shape=(3,), dtype=int32)" in \
        text and 'Lazy: Tensor("Add:0", shape=(3,), dtype=int32)' in text
    assert e.stage.geometry().contains(e.caption.geometry().translated(
        e.caption.parentWidget().mapTo(e.stage, QPoint(0, 0))).topLeft())
    t = window.panels["tensors"]
    window.show_panel("tensors")
    t.expr.setText("tf.zeros([2, 3, 4], tf.int8)")
    t.evaluate()
    wait_idle(qtbot, t, 60_000)
    assert not t.caption.isVisible()            # the side column says it
    window.act_present.trigger()
    settle(qtbot)
    assert t.caption.isVisible() and t.caption.text() == "int8 · shape (2, 3, 4) · rank 3"
    window.act_present.trigger()
    settle(qtbot)
    assert not t.caption.isVisible()
    window.set_font_size(11)


def test_a_short_plot_keeps_two_numbers_on_its_value_axis(window, qtbot):
    """Issue 27: at 24 pt the tape's step plot had no number on its y axis (pyqtgraph drops
    a label that does not fit whole beside the plot)."""
    from PySide6.QtGui import QPainter
    window.resize(1280, 800)
    window.set_font_size(24)
    p = window.panels["tape"]
    window.show_panel("tape")
    wait_idle(qtbot, p, 60_000)
    p.play()
    qtbot.waitUntil(lambda: not p.playing, timeout=60_000)
    settle(qtbot)
    ax = p.step_plot.getPlotItem().getAxis("left")
    img = QImage(10, 10, QImage.Format_ARGB32)
    painter = QPainter(img)
    texts = ax.generateDrawSpecs(painter)[2]
    painter.end()
    assert len(texts) >= 2, [t[2] for t in texts]
    window.set_font_size(11)


def test_training_curves_stand_side_by_side_on_a_short_stage(window, qtbot):
    """Issue 27: at 24 pt on 800 pixels the accuracy plot, third of three stacked, had no
    number on its axis. There the loss and accuracy stand side by side, each showing every
    epoch (pyqtgraph's linked axes lined the full-width plot below up with the half-width
    one and pulled its epochs out of view); at 11 pt they stack again."""
    from PySide6.QtGui import QPainter
    window.resize(1280, 800)
    window.set_font_size(24)
    t = window.panels["training"]
    window.show_panel("training")
    t.data_combo.setCurrentIndex(t.data_combo.findData("blobs"))
    t.epochs.setValue(4)
    settle(qtbot)
    assert t.curves.orientation() == Qt.Horizontal
    t.start_training()
    qtbot.waitUntil(lambda: t.summary is not None and not t.tasks, timeout=120_000)
    settle(qtbot)
    for plot in (t.loss_plot, t.acc_plot):
        lo, hi = plot.getPlotItem().viewRange()[0]
        assert lo <= 0.5 and hi >= 4, (lo, hi)
        img = QImage(10, 10, QImage.Format_ARGB32)
        painter = QPainter(img)
        texts = plot.getAxis("left").generateDrawSpecs(painter)[2]
        painter.end()
        assert len(texts) >= 2, [s[2] for s in texts]
    window.set_font_size(11)
    settle(qtbot)
    assert t.curves.orientation() == Qt.Vertical
