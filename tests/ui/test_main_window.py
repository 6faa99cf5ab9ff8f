from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tfvisual import PANELS


def test_switch_panel_theme_font_and_language(window, qtbot):
    window.show_panel("graphs")
    assert window.current_panel().name == "graphs"
    qtbot.keyClick(window, Qt.Key_4, Qt.ControlModifier)
    assert window.current_panel().name == "tape"
    window.theme_combo.setCurrentIndex(window.theme_combo.findData("contrast"))
    assert QApplication.instance().palette().window().color().name() == "#000000"
    window.act_larger.trigger()
    assert window.pt == 12 and QApplication.instance().font().pointSize() == 12
    for _ in range(60):
        window.act_larger.trigger()
    assert window.pt == 40
    window.act_reset.trigger()
    assert window.pt == 11
    # The title, whether the list shows it or (compact, lesson numbers) its tooltip does.
    def title():
        return window.sidebar.item(0).text() + " " + window.sidebar.item(0).toolTip()
    before = title()
    window.lang_combo.setCurrentIndex(window.lang_combo.findData("ko"))
    qtbot.waitUntil(lambda: title() != before)
    assert "텐서" in title()
    assert "텐서" in window.panels["tensors"].title()
    window.lang_combo.setCurrentIndex(window.lang_combo.findData("en"))
    qtbot.waitUntil(lambda: title() == before)


def test_gpu_entry_disabled_with_reason(window):
    gpu = [i for i in range(window.device_combo.count())
           if window.device_combo.itemText(i) == "GPU"]
    if gpu:  # no GPU on this machine
        item = window.device_combo.model().item(gpu[0])
        assert not item.isEnabled()
        assert window.device_combo.itemData(gpu[0], Qt.ToolTipRole)


def test_status_bar_shows_version_and_device(window):
    assert "TensorFlow" in window.tf_label.text()
    assert "CPU" in window.ran_label.text()


def test_settings_persist_and_corrupt_file_falls_back(tmp_path, qtbot):
    from tfvisual.ui.main_window import MainWindow, Settings
    path = str(tmp_path / "s.ini")
    w = MainWindow(Settings(QSettings(path, QSettings.IniFormat)), "en", "dark", 14,
                   panel="models")
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    assert w.sidebar.isVisible()
    qtbot.keyClick(w, Qt.Key_B, Qt.ControlModifier)     # the teacher hides the panel list
    assert not w.sidebar.isVisible()
    qtbot.keyClick(w, Qt.Key_4, Qt.ControlModifier)     # panels still open from the keyboard
    assert w.stack.currentWidget() is w.panels["tape"]
    w.show_panel("models")
    w.close()
    s = Settings(QSettings(path, QSettings.IniFormat))
    assert (s.get("theme"), s.get("font_size"), s.get("panel")) == ("dark", 14, "models")
    w = MainWindow(s, "en", "dark", 14)
    qtbot.addWidget(w)
    assert not w.act_sidebar.isChecked()                # and it stays hidden next time
    w.close()
    with open(path, "w") as f:
        f.write("[General\ntheme=@Invalid(\x00\x01\nfont_size=banana\npanel=42\n")
    s = Settings(QSettings(path, QSettings.IniFormat))
    assert s.get("theme") in ("light", "dark", "contrast")
    assert s.get("font_size") == 11 and s.get("panel") in PANELS


def test_an_uncaught_exception_is_shown_not_fatal(window, qtbot):
    import sys
    import weakref

    from tfvisual.app import install_excepthook
    old = sys.excepthook
    install_excepthook(weakref.ref(window))
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert window.banner.isVisible() or not window.banner.isHidden()
    assert "boom" in window.banner_text.text()


def test_button_shortcuts_survive_translation(window, qtbot):
    """The README's keys stay on their buttons after the texts are set again (a plain
    QPushButton.setText() resets the shortcut to the text's mnemonic: none)."""
    from PySide6.QtWidgets import QApplication

    from tfvisual.ui import i18n
    keys = {("execution", "run_btn"): "F5", ("execution", "step_btn"): "F10",
            ("execution", "stop_btn"): "Esc", ("graphs", "stop_btn"): "Esc",
            ("graphs", "trace_btn"): "F5", ("graphs", "after_box"): "G",
            ("tape", "play_btn"): "Space", ("tape", "step_btn"): "Right",
            ("tape", "back_btn"): "Left", ("tape", "reset_btn"): "Home",
            ("training", "start_btn"): "F5", ("training", "stop_btn"): "Esc"}
    for lang in ("ko", "en"):
        i18n.install(QApplication.instance(), lang)
        window.set_language(lang)
        qtbot.wait(50)
        for (panel, button), key in keys.items():
            assert getattr(window.panels[panel], button).shortcut().toString() == key, \
                (panel, button, lang)


def test_a_settings_path_that_cannot_be_saved_is_said(tmp_path, qtbot):
    from tfvisual.ui.main_window import MainWindow, Settings
    w = MainWindow(Settings(QSettings(str(tmp_path), QSettings.IniFormat)), "en", "light", 11)
    qtbot.addWidget(w)
    w.show()
    assert w.banner.isVisible()
    assert w.banner_text.text().startswith(f"Settings cannot be saved to {tmp_path}")
    w.close()
    ok = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), "en",
                    "light", 11)
    qtbot.addWidget(ok)
    ok.show()
    assert not ok.banner.isVisible()
    ok.close()


def test_the_panel_list_names_the_lessons_where_they_fit(window, qtbot):
    """At 1280 × 800 and 11 pt the list showed only 1–7: a newcomer could not tell the
    lessons apart. The titles show where they fit; only the numbers at a projector's size."""
    window.resize(1280, 800)
    qtbot.wait(50)
    texts = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Tensors" in texts[0] and "Devices" in texts[-1]
    assert window.sidebar.width() <= 1280 // 5
    window.resize(1920, 1080)
    qtbot.wait(50)
    assert "/" in window.sidebar.item(0).text()       # and its exercises counted, with room
    window.resize(1280, 800)
    window.set_font_size(24)
    qtbot.wait(50)
    assert window.sidebar.item(0).text() in ("1", "1✓")
    assert "Tensors" in window.sidebar.item(0).toolTip()


def test_a_first_launch_says_where_to_start_and_only_the_first(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from tfvisual.ui.main_window import MainWindow, Settings

    def window():
        q = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
        w = MainWindow(Settings(q), "en", "light", 11)
        qtbot.addWidget(w)
        w.show()
        return w, q
    w, q = window()
    assert w.welcome.isVisible() and "Start here" in w.welcome_text.text()
    assert not w.banner.isVisible()          # a word of welcome, not an error
    w.show_panel("execution")                # a lesson chosen: its room goes to the stage
    assert not w.welcome.isVisible()
    w.close()
    q.sync()
    again, _ = window()
    assert not again.welcome.isVisible()
