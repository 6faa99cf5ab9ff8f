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


PROBE = r"""
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tfvisual.ui import i18n
i18n.ensure_korean_font()

def ink(ch):
    img = QImage(64, 64, QImage.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    f = QFont(app.font())
    f.setPixelSize(40)
    p.setFont(f)
    p.setPen(QColor("black"))
    p.drawText(img.rect(), 0x84, ch)
    p.end()
    return tuple(img.pixelColor(x, y).lightness() < 128 for x in range(64) for y in range(64))

print(repr({ch: ink(ch) for ch in "텐서그래프\ue000"}))
"""


def test_a_korean_font_ships_and_covers_hangul(tmp_path):
    """Hangul drawn with the app's own font set-up on a machine with no fonts at all
    (fontconfig pointed at an empty folder, as on a fresh CI machine): each syllable leaves
    ink, and its own shape, not the missing-glyph box."""
    import ast
    import os
    import subprocess
    import sys
    fonts = list((ROOT / "resources" / "fonts").glob("*.otf"))
    assert fonts and sum(f.stat().st_size for f in fonts) < 4_000_000
    (tmp_path / "empty").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><dir>{tmp_path / 'empty'}</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                         text=True, timeout=120, cwd=ROOT, check=True).stdout
    shapes = ast.literal_eval(out.strip().splitlines()[-1])
    missing = shapes.pop("\ue000")          # a code point no font has
    assert all(sum(s) > 50 for s in shapes.values()), "Hangul drew no ink"
    assert len(set(shapes.values())) == len(shapes), "syllables drew the same box"
    assert missing not in shapes.values()


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


def _korean():
    tree = ET.parse(ROOT / "resources" / "i18n" / "tfvisual_ko.ts")
    return [(ctx.find("name").text, m.find("source").text or "",
             m.find("translation").text or "")
            for ctx in tree.iter("context") for m in ctx.iter("message")]


def test_the_korean_follows_the_glossary():
    """One word per concept, the chapter's own first (resources/i18n/glossary.json): no
    string uses a term the glossary sets aside for a concept it names."""
    import json
    import re
    terms = json.loads((ROOT / "resources" / "i18n" / "glossary.json").read_text("utf-8"))
    pairs = _korean()
    bad = []
    for term in terms["terms"]:
        for src_ctx, src, ko in pairs:
            if term.get("when") and not re.search(term["when"], src):
                continue
            if term.get("unless") and re.search(term["unless"], src):
                continue
            for pattern in term.get("not", []):
                if re.search(pattern, ko):
                    bad.append((term["en"], pattern, src[:60], ko[:80]))
        if term.get("required"):
            assert any(term["ko"] in ko for _c, _s, ko in pairs), f"no {term['ko']} anywhere"
    assert not bad, "\n".join(map(str, bad[:20]))


def test_the_glossary_test_catches_a_drifting_term():
    import json
    import re
    terms = json.loads((ROOT / "resources" / "i18n" / "glossary.json").read_text("utf-8"))
    rules = {t["en"]: t for t in terms["terms"]}
    for en, drifted in (("shape", "형태가 (2, 3)인 텐서"), ("tensor", "형상이 (2, 3)인 tensor"),
                        ("training", "학습 중…"), ("gradient", "그레이디언트"),
                        ("Sequential API", "Sequential 모델"), ("layer", "층 두 개")):
        assert any(re.search(p, drifted) for p in rules[en]["not"]), en
    assert not re.search(rules["training"]["not"][0], "학습률")
    assert not re.search(rules["Sequential API"]["not"][0], "순차형(Sequential) 모델")
    assert not re.search(rules["Sequential API"]["not"][0], "keras.Sequential([...])")
