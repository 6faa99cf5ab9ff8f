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


_BYTES = {"half": 2, "bfloat16": 2, "float": 4, "double": 8, "int8": 1, "uint8": 1, "bool": 1,
          "int16": 2, "int32": 4, "uint32": 4, "int64": 8, "complex64": 8, "complex128": 16}


def out_of_memory(exc: BaseException) -> Problem | None:
    """TensorFlow's OOM (ResourceExhaustedError) said plainly: what did not fit, and where.

    Its own text is a node dump ("{{function_node __wrapped__Fill_device_/job:…}} OOM when
    allocating tensor with shape[…] and type float on /job:…/device:GPU:0 by allocator …").
    """
    import re

    text = str(exc)
    if type(exc).__name__ != "ResourceExhaustedError" and "OOM when allocating" not in text:
        return None
    m = re.search(r"OOM when allocating tensor with shape\s*\[([^\]]*)\]"
                  r"(?: and type (\w+))?(?: on (\S+))?", text)
    if m is None:
        return Problem(QT_TRANSLATE_NOOP("core", "out of memory: {why}"),
                       why=text.strip().splitlines()[-1][:200] if text.strip() else "")
    dims = [int(d) for d in re.findall(r"\d+", m.group(1))]
    shape = ", ".join(map(str, dims))
    device = (m.group(3) or "").split("device:")[-1] or "?"
    n = _BYTES.get(m.group(2) or "", 4)
    for d in dims:
        n *= d
    units = ((4, "TiB"), (3, "GiB"), (2, "MiB"), (1, "KiB"), (0, "B"))
    size = next(f"{n / 1024 ** k:.1f} {unit}" for k, unit in units if n >= 1024 ** k or k == 0)
    if "GPU" in device:
        return Problem(QT_TRANSLATE_NOOP(
            "core", "out of GPU memory on {device}: a tensor of shape [{shape}] ({size}) did not "
                    "fit. Try a smaller size or batch, or choose the CPU in the toolbar."),
            device=device, shape=shape, size=size)
    return Problem(QT_TRANSLATE_NOOP(
        "core", "out of memory on {device}: a tensor of shape [{shape}] ({size}) did not fit. "
                "Try a smaller size or batch."), device=device, shape=shape, size=size)


def plain(text: str) -> str:
    """Text without terminal colour codes (Keras and TensorFlow colour some messages)."""
    import re
    return re.sub(r"\x1b\[[0-9;?]*[ -/]*[@-~]", "", str(text))


def causes(exc: BaseException) -> list[BaseException]:
    """The exception and those that caused it, outermost first (Keras hides the real reason
    of a failed load in ``__cause__``)."""
    out, seen = [], set()
    while exc is not None and id(exc) not in seen:
        out.append(exc)
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return out
