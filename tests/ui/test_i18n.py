import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tool  # noqa: E402


def test_every_string_has_a_korean_translation(tmp_path):
    ts = tmp_path / "ko.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "tfvisual_ko.ts", ts)
    tool.lupdate(ts)   # new tr() strings in the code appear here as unfinished
    missing = tool.unfinished(ts)
    assert not missing, f"no Korean for: {missing[:10]} (run python tools/i18n.py)"


def test_the_shipped_qm_translates_them(qapp):
    t = QTranslator()
    assert t.load(str(ROOT / "resources" / "i18n" / "tfvisual_ko.qm"))
    tree = ET.parse(ROOT / "resources" / "i18n" / "tfvisual_ko.ts")
    for ctx in tree.iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            assert t.translate(name, m.find("source").text), (name, m.find("source").text)


def test_a_korean_font_ships_and_covers_hangul(qapp):
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
    fonts = list((ROOT / "resources" / "fonts").glob("*.otf"))
    assert fonts and sum(f.stat().st_size for f in fonts) < 4_000_000
    fid = QFontDatabase.addApplicationFont(str(fonts[0]))
    assert fid >= 0
    family = QFontDatabase.applicationFontFamilies(fid)[0]
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFont(ch) for ch in "텐서그래프학습")
