"""Languages: Qt translators for tfvisual's strings and Qt's own, and a Korean font."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from tfvisual.resources import resource

LANGUAGES = ("en", "ko")
log = logging.getLogger("tfvisual")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Korean else "en"


def install(app, lang: str) -> bool:
    """Switch the UI language live; every widget receives a LanguageChange event."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        return True
    ok = True
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"tfvisual_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", lang)
        ok = False
    qt = QTranslator(app)  # Qt's own strings: file dialogs, standard buttons
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def ensure_korean_font() -> str | None:
    """Load the bundled Korean font when the system has none that covers Hangul."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
        return None
    for path in sorted(resource("fonts").glob("*.[ot]tf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0:
            fams = QFontDatabase.applicationFontFamilies(fid)
            return fams[0] if fams else None
    return None


def translate_reason(reason: str) -> str:
    """The GPU reasons that tfvisual.core gives, in the UI's language."""
    if not reason:
        return ""
    known = {
        "this TensorFlow was built without GPU support (install tfvisual[gpu])":
            QCoreApplication.translate("Devices", "this TensorFlow was built without GPU support "
                                                  "(install tfvisual[gpu])"),
        "no GPU found by TensorFlow":
            QCoreApplication.translate("Devices", "no GPU found by TensorFlow"),
    }
    if reason.startswith("no GPU driver found"):
        return QCoreApplication.translate("Devices", "no GPU driver found (libcuda is missing)")
    return known.get(reason, reason)


def describe(e: BaseException) -> str:
    """An error from tfvisual.core in the UI's language: its English template translated,
    then filled. Anything else (TensorFlow's and Python's own errors) is shown as it is."""
    from tfvisual.core.errors import Problem, Word, fill

    if not isinstance(e, Problem):
        return str(e)

    def word(v):
        if isinstance(v, Problem):
            return describe(v)
        return QCoreApplication.translate("core", v) if isinstance(v, Word) else v
    try:
        text = fill(QCoreApplication.translate("core", e.template),
                    {k: word(v) for k, v in e.values.items()})
    except (KeyError, IndexError, ValueError):   # a translation that lost a {field}
        text = e.args[0]
    line = getattr(e, "line", None)
    if line:
        text = QCoreApplication.translate("core", "line {0}: {1}").format(line, text)
    return text
