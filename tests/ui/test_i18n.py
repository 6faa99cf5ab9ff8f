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


def test_every_translation_keeps_the_fields_it_fills():
    """A translated message with a lost or renamed {field} would fall back to English."""
    import re
    tree = ET.parse(ROOT / "resources" / "i18n" / "tfvisual_ko.ts")
    for m in tree.iter("message"):
        src, ko = m.find("source").text, m.find("translation").text or ""
        fields = sorted(re.findall(r"\{[^{}]*\}", src))
        assert sorted(re.findall(r"\{[^{}]*\}", ko)) == fields, (src, ko)


def test_core_errors_reach_a_korean_learner_in_korean(qapp):
    """tfvisual.core is Qt-free and raises English templates; the UI shows them translated."""
    import pytest

    from tfvisual.core import tape
    from tfvisual.core.snippets import compile_source
    from tfvisual.ui import i18n
    i18n.install(qapp, "ko")
    try:
        with pytest.raises(ValueError) as bad_x:
            tape.descend(a=3, b=6, x0=float("nan"))
        assert i18n.describe(bad_x.value) == "시작 X은(는) 유한한 숫자여야 합니다 (nan은(는) 안 됩니다)"
        with pytest.raises(ValueError) as syntax:
            compile_source("x = (1,\n", "<test>")
        assert i18n.describe(syntax.value).startswith("1번째 줄: 문법 오류: ")
    finally:
        i18n.install(qapp, "en")
    assert i18n.describe(bad_x.value) == "starting X must be a finite number, not nan"
