"""Errors a learner reads, in their language. tfvisual.core is Qt-free, so a message is an
English template marked for Qt's lupdate plus the values that fill it; the UI translates the
template, then fills it (tfvisual.ui.i18n.describe)."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:   # noqa: N802 — the name lupdate finds
    return text


class Problem(ValueError):
    """Bad input, explained: ``Problem(QT_TRANSLATE_NOOP("core", "{n} is too big"), n=3)``."""

    def __init__(self, template: str, **values):
        self.template, self.values = template, values
        super().__init__(fill(template, values))

    def __reduce__(self):   # crosses into and out of the training process
        return _rebuild, (type(self), self.template, self.values, self.__dict__)


def fill(template: str, values: dict) -> str:
    # A message with no values may hold braces of its own (Python's error texts).
    return template.format(**values) if values else template


def _rebuild(cls, template, values, state):
    e = cls.__new__(cls)
    Problem.__init__(e, template, **values)
    e.__dict__.update(state)
    return e


class Word(str):
    """A value of a message that is itself English to translate (e.g. the name of a field)."""
