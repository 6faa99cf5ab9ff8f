"""Run a learner's Python code: its own print, errors pointing at the line, interruptible."""
from __future__ import annotations

import io
import itertools
import linecache
import traceback
from typing import Any

from .concurrent import Cancelled, State, interruptible

_counter = itertools.count(1)


class SnippetError(ValueError):
    """An error in a learner's code; ``line`` is 1-based in their code, or None."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line

    def __str__(self):
        msg = self.args[0]
        return f"line {self.line}: {msg}" if self.line else msg


def register(source: str, tag: str = "code") -> str:
    """Give ``source`` a file name that inspect and AutoGraph can read back."""
    filename = f"<tfvisual-{tag}-{next(_counter)}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return filename


def compile_source(source: str, filename: str, mode: str = "exec"):
    try:
        return compile(source, filename, mode)
    except SyntaxError as e:
        raise SnippetError(f"syntax error: {e.msg}", e.lineno) from None


def error_line(exc: BaseException, filename: str) -> int | None:
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == filename:
            line = frame.lineno
    return line


def describe_error(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    # TensorFlow errors carry long node dumps; the first line is what a learner needs.
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def run(source: str, namespace: dict[str, Any], state: State | None = None,
        tag: str = "code") -> str:
    """Execute ``source`` in ``namespace``; return what it printed."""
    filename = register(source, tag)
    code = compile_source(source, filename)
    out = io.StringIO()

    def _print(*args, sep=" ", end="\n", file=None, flush=False):
        (file or out).write(sep.join(str(a) for a in args) + end)

    namespace.setdefault("print", _print)
    try:
        with interruptible(state, filename):
            exec(code, namespace)
    except (SnippetError, Cancelled):
        raise
    except Exception as e:
        raise SnippetError(describe_error(e), error_line(e, filename)) from e
    return out.getvalue()
