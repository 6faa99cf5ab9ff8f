"""What a double-click needs: a desktop entry that starts this very tfvisual, and the icon in
the sizes and formats each platform's packager asks for. Qt-free but for the icon."""
from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from .resources import resource


def command() -> list[str]:
    """The command that starts this tfvisual: the bundle's own executable, or this Python
    with ``-m tfvisual`` (a bare ``tfvisual`` is not on the PATH of every desktop)."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "tfvisual"]


def _exec_field(args: list[str]) -> str:
    """The Exec key's quoting (Desktop Entry spec): arguments with spaces or specials in
    double quotes, with ", `, $ and \\ escaped."""
    out = []
    for a in args:
        if any(c in a for c in " \t\n\"'\\><~|&;$*?#()`"):
            a = '"' + "".join("\\" + c if c in '"`$\\' else c for c in a) + '"'
        out.append(a)
    return " ".join(out)


def install_desktop_entry(data_home: str | None = None) -> Path:
    """Write tfvisual.desktop and its icon under the user's data folder
    ($XDG_DATA_HOME/applications, /icons/hicolor/scalable/apps); return the entry's path."""
    base = Path(data_home or os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share")
    icon = base / "icons" / "hicolor" / "scalable" / "apps" / "tfvisual.svg"
    icon.parent.mkdir(parents=True, exist_ok=True)
    icon.write_bytes(resource("icons", "tfvisual.svg").read_bytes())
    lines = []
    for line in resource("tfvisual.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + _exec_field(command())
        elif line.startswith("Icon="):
            line = f"Icon={icon}"
        lines.append(line)
    lines.append("TryExec=" + command()[0])
    entry = base / "applications" / "tfvisual.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entry


def render_icon(path, size: int = 256) -> Path:
    """The SVG icon drawn at ``size`` pixels into ``path`` (.png, or .ico for Windows):
    PyInstaller's icon= takes these (it turns a PNG into macOS's .icns with Pillow)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication
    if QApplication.instance() is None:
        # A QApplication, not a QGuiApplication: a later window in the same process (a
        # test run) cannot be made under the lesser one; Qt aborts.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_icon.app = QApplication([])         # kept: Qt needs it while drawing
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(resource("icons", "tfvisual.svg"))).render(painter)
    painter.end()
    path = Path(path)
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


if __name__ == "__main__":      # used by build.spec: python -m tfvisual.desktop icon.png
    print(render_icon(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 256))
    print(shlex.join(command()))
