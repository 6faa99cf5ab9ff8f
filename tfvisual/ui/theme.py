"""Themes: a palette and one style sheet template fed by the font size (after Mu and napari)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

THEMES = ("light", "dark", "contrast")
MIN_PT, MAX_PT, DEFAULT_PT = 9, 40, 11


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    alt: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    good: str
    bad: str
    warn: str
    plot_bg: str
    plot_fg: str
    curves: tuple
    node_fill: str
    node_input: str
    node_output: str
    node_removed: str
    node_added: str


PALETTES = {
    "light": Theme("light", "#f4f5f7", "#ffffff", "#eef0f3", "#1d2430", "#5a6372", "#2462c9",
                   "#ffffff", "#c5cad3", "#1b7f3b", "#c62828", "#a15c00", "#ffffff", "#1d2430",
                   ("#2462c9", "#d2551e", "#1b7f3b", "#8e3fb5", "#b8860b", "#00838f"),
                   "#e8eefb", "#dff3e4", "#fde9d9", "#f8d0d0", "#d9f0ff"),
    "dark": Theme("dark", "#1e2127", "#262a31", "#2d323a", "#e6e9ef", "#a2a9b6", "#6ea8ff",
                  "#10141a", "#414855", "#6fd08c", "#ff7b72", "#e3b341", "#1a1d22", "#e6e9ef",
                  ("#6ea8ff", "#ff9f5a", "#6fd08c", "#c991ff", "#e3b341", "#4dd0e1"),
                  "#2c3a52", "#24432f", "#4a3424", "#5a2626", "#1f4257"),
    # Projector: pure black and white, thick borders, saturated accents readable from afar.
    "contrast": Theme("contrast", "#000000", "#000000", "#111111", "#ffffff", "#ffffff",
                      "#ffff00", "#000000", "#ffffff", "#00ff66", "#ff5555", "#ffff00", "#000000",
                      "#ffffff", ("#ffff00", "#00ffff", "#00ff66", "#ff66ff", "#ffffff",
                                  "#ff9900"),
                      "#000000", "#003300", "#332200", "#550000", "#002244"),
}

STYLE = """
QWidget {{ font-size: {pt}pt; color: {text}; }}
QMainWindow, QDialog {{ background: {window}; }}
QToolBar {{ spacing: 6px; padding: 4px; border: none; background: {window}; }}
QToolBar QToolButton, QPushButton {{
    padding: {pad}px {pad2}px; border: {bw}px solid {border}; border-radius: 4px;
    background: {alt}; }}
QToolButton#qt_toolbar_ext_button {{ padding: 0; border: none; background: {accent}; }}
QPushButton:hover, QToolButton:hover {{ border-color: {accent}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus,
QSpinBox:focus, QDoubleSpinBox:focus, QListWidget:focus {{ border: {fw}px solid {accent}; }}
QPushButton:default, QPushButton#primary {{ background: {accent}; color: {accent_text};
    border-color: {accent}; font-weight: bold; }}
QPushButton:disabled, QToolButton:disabled {{ color: {muted}; }}
QPushButton:checked {{ background: {accent}; color: {accent_text}; border-color: {accent}; }}
QPushButton#primary QLabel#buttonText, QLabel#buttonText[on="true"] {{
    color: {accent_text}; font-weight: bold; }}
QLabel#buttonText:disabled {{ color: {muted}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QComboBox, QSpinBox, QDoubleSpinBox,
QTableWidget, QTreeWidget, QListWidget {{
    background: {base}; border: {bw}px solid {border}; border-radius: 3px;
    selection-background-color: {accent}; selection-color: {accent_text}; }}
QComboBox QAbstractItemView {{ background: {base}; }}
QHeaderView::section {{ background: {alt}; padding: 4px; border: 1px solid {border}; }}
QListWidget#sidebar {{ background: {alt}; border: none; padding: 6px; }}
QListWidget#sidebar::item {{ padding: {pad2}px {pad}px; border-radius: 4px; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: {accent_text}; }}
QTabBar::tab {{ padding: {pad}px {pad2}px; background: {alt}; border: 1px solid {border}; }}
QTabBar::tab:selected {{ background: {base}; border-bottom-color: {accent};
    border-bottom-width: 3px; }}
QGroupBox {{ border: {bw}px solid {border}; border-radius: 4px; margin-top: 1.2em;
    padding-top: 0.4em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QLabel#plotTitle {{ background: {plot_bg}; color: {plot_fg}; padding: 2px; }}
QFrame#section {{ border: {bw}px solid {border}; border-radius: 4px; }}
QLabel#sectionTitle {{ font-weight: bold; }}
QLabel#lesson, QTextBrowser#lesson {{ color: {text}; }}
QLabel#heading {{ font-size: {hpt}pt; font-weight: bold; }}
QLabel#error {{ color: {bad}; font-weight: bold; }}
QLabel#good {{ color: {good}; font-weight: bold; }}
QLabel#warn {{ color: {warn}; font-weight: bold; }}
QFrame#banner {{ background: {bad}; }}
QFrame#banner QLabel, QFrame#banner QPushButton {{ color: {on_bad}; font-weight: bold; }}
QStatusBar {{ background: {alt}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QProgressBar {{ border: 1px solid {border}; border-radius: 3px; text-align: center;
    background: {base}; }}
QProgressBar::chunk {{ background: {accent}; }}
QToolTip {{ color: {text}; background: {base}; border: 1px solid {border}; }}
QCheckBox::indicator {{ width: {ind}px; height: {ind}px; border: {iw}px solid {text};
    border-radius: 3px; background: {base}; }}
QCheckBox::indicator:checked {{ background: {accent}; border-color: {accent};
    image: url({check}); }}
QCheckBox::indicator:disabled {{ border-color: {muted}; }}
QLabel#goal {{ font-weight: bold; }}
QLabel#goalBar {{ font-size: {gpt}pt; font-weight: bold; background: {alt};
    border-bottom: {fw}px solid {accent}; padding: {pad}px {pad2}px; }}
QToolButton#tick {{ padding: {pad}px {pad2}px; border: {bw}px solid {border}; border-radius: 4px;
    background: {alt}; }}
QToolButton#tick:checked {{ background: {accent}; color: {accent_text}; border-color: {accent}; }}
*[pointed="true"] {{ border: {fw}px solid {warn}; background: {alt}; }}
"""


def _check_mark(colour: str) -> str:
    """An SVG tick in ``colour``, written once to the temp dir (style sheets take file URLs).

    Without it, styling the indicator (needed so that an unchecked box shows at all in the
    dark and projector themes) would leave a checked box without its tick."""
    import tempfile
    from pathlib import Path
    path = Path(tempfile.gettempdir()) / f"tfvisual-check-{colour.lstrip('#')}.svg"
    if not path.exists():
        try:
            path.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
                            f'<path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="{colour}" '
                            'stroke-width="2.4" stroke-linecap="round" '
                            'stroke-linejoin="round"/></svg>', encoding="utf-8")
        except OSError:
            return ""     # a filled box still says "on"
    return path.as_posix()


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21; text wants 4.5 at least)."""
    def lum(colour):
        c = QColor(colour)
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
              for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def palette_of(name: str) -> Theme:
    return PALETTES.get(name, PALETTES["light"])


def style_sheet(theme: Theme, pt: int) -> str:
    contrast = theme.name == "contrast"
    return STYLE.format(pt=pt, hpt=round(pt * 1.35), gpt=round(pt * 1.6), pad=max(3, pt // 3),
                        pad2=max(6, pt // 2),
                        bw=2 if contrast else 1, fw=3 if contrast else 2,
                        ind=round(pt * 1.45), iw=2 if contrast else 1,
                        check=_check_mark(theme.accent_text),
                        on_bad=max(("#ffffff", "#000000"),
                                   key=lambda c: contrast_ratio(c, theme.bad)),
                        **{k: getattr(theme, k) for k in (
                            "window", "base", "alt", "text", "muted", "accent", "accent_text",
                            "border", "good", "bad", "warn", "plot_bg", "plot_fg")})


def apply(app: QApplication, name: str, pt: int) -> str:
    """The theme's palette and font for the whole application; returns its style sheet,
    which the window sets on its parts (``MainWindow.restyle``), not on the application:
    a new application style sheet makes Qt re-polish every widget of every panel (2,100 of
    them, 2-2.8 s with the window frozen, at each A+ / A-)."""
    theme = palette_of(name)
    pal = QPalette()
    for role, colour in ((QPalette.Window, theme.window), (QPalette.Base, theme.base),
                         (QPalette.AlternateBase, theme.alt), (QPalette.Text, theme.text),
                         (QPalette.WindowText, theme.text), (QPalette.ButtonText, theme.text),
                         (QPalette.Button, theme.alt), (QPalette.Highlight, theme.accent),
                         (QPalette.HighlightedText, theme.accent_text),
                         (QPalette.ToolTipBase, theme.base), (QPalette.ToolTipText, theme.text),
                         (QPalette.PlaceholderText, theme.muted), (QPalette.Link, theme.accent)):
        pal.setColor(role, QColor(colour))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPointSize(pt)
    app.setFont(font)           # menus, dialogs and tooltips: parts with no style sheet
    QToolTip.setFont(font)
    QToolTip.setPalette(pal)
    return style_sheet(theme, pt)


def mono_font(pt: int) -> QFont:
    f = QFont("monospace")
    f.setStyleHint(QFont.Monospace)
    f.setFixedPitch(True)
    f.setPointSize(pt)
    return f
