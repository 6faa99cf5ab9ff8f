"""Run a learner's Python code: its own print, errors pointing at the line, interruptible."""
from __future__ import annotations

import linecache
import re
import traceback
from typing import Any

from .concurrent import Cancelled, State, interruptible
from .errors import QT_TRANSLATE_NOOP, Problem, out_of_memory, plain


class SnippetError(Problem):
    """An error in a learner's code; ``line`` is 1-based in their code, or None."""

    def __init__(self, message: str, line: int | None = None, **values):
        super().__init__(message, **values)
        self.line = line

    def __str__(self):
        msg = self.args[0]
        return f"line {self.line}: {msg}" if self.line else msg


KEEP_DAYS = 7       # the learner's code files and AutoGraph's kept this long, then removed
_pruned = False


def prune_temp(root=None, now: float | None = None) -> int:
    """Remove what earlier runs left in the temp folder: this app's copies of the learner's
    code and the modules AutoGraph wrote for them (and their .pyc), once older than
    KEEP_DAYS. Before, both grew forever. Returns how many files went."""
    import glob
    import os
    import tempfile
    import time
    root = root or tempfile.gettempdir()
    cutoff = (now or time.time()) - KEEP_DAYS * 86400
    uid = getattr(os, "getuid", lambda: 0)()
    patterns = [os.path.join(root, f"tfvisual-code-{uid}", "*.py"),
                os.path.join(root, "__autograph_generated_file*.py"),
                os.path.join(root, "__pycache__", "__autograph_generated_file*.pyc")]
    gone = 0
    for pattern in patterns:
        for path in glob.glob(pattern):
            try:
                st = os.stat(path)
                if st.st_mtime < cutoff and getattr(st, "st_uid", uid) == uid:
                    os.unlink(path)
                    gone += 1
            except OSError:
                pass
    return gone


def register(source: str, tag: str = "code") -> str:
    """Give ``source`` a file name that inspect and AutoGraph can read back.

    The code is also written to a real file: AutoGraph reads source with inspect, which in a
    frozen (PyInstaller) app finds only files that exist. The same source gets the same name,
    since AutoGraph caches its conversion of identical code and keeps the first name.
    """
    import hashlib
    import tempfile
    from pathlib import Path

    digest = hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    filename = f"<tfvisual-{tag}-{digest}>"
    try:
        import os
        # Per user and private: AutoGraph converts what this file says.
        folder = Path(tempfile.gettempdir()) / f"tfvisual-code-{getattr(os, 'getuid', lambda: 0)()}"
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / f"{tag}_{digest}.py"
        if not path.exists():
            path.write_text(source, encoding="utf-8")
        else:
            os.utime(path)      # used again: kept another KEEP_DAYS
        filename = str(path)
        global _pruned
        if not _pruned:         # once a process, where the folder is first needed
            _pruned = True
            prune_temp()
    except OSError:
        pass  # linecache alone still serves a normal Python
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return filename


def compile_source(source: str, filename: str, mode: str = "exec"):
    try:
        return compile(source, filename, mode)
    except SyntaxError as e:
        raise SnippetError(QT_TRANSLATE_NOOP("core", "syntax error: {msg}"), e.lineno,
                           msg=e.msg) from None


def error_line(exc: BaseException, filename: str) -> int | None:
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == filename:
            line = frame.lineno
    if line is None and filename:
        # AutoGraph re-raises with the user's frames written into the message instead.
        import re
        found = re.findall(r'File "' + re.escape(filename) + r'", line (\d+)', str(exc))
        line = int(found[-1]) if found else None
    return line


def describe_error(exc: BaseException) -> "str | Problem":
    """What went wrong, in a line; a known TensorFlow failure (OOM) as a translatable Problem,
    usable as a message's value (``why=``)."""
    oom = out_of_memory(exc)
    if oom is not None:
        return oom
    text = [t for t in plain(exc).strip().splitlines() if t.strip()]
    if text and text[0].strip() == "in user code:":
        # AutoGraph's message: the user's frames first, the real error on the last line.
        return text[-1].strip()
    if len(text) > 1 and text[0].startswith("Exception encountered when calling"):
        text = text[1:]     # Keras's wrapper line; the reason follows it
    first = re.sub(r"\{\{function_node [^}]*\}\}\s*|\s*\[Op:[^\]]*\].*$", "",
                   text[0]).strip() if text else ""
    # TensorFlow errors carry long node dumps; the first line is what a learner needs.
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def wrap(exc: BaseException, line: int | None = None) -> SnippetError:
    """A SnippetError for anything the learner's code (or TensorFlow under it) raised."""
    if isinstance(exc, SystemExit):
        return exited(exc, line)
    why = describe_error(exc)
    if isinstance(why, Problem):
        return SnippetError(why.template, line, **why.values)
    return SnippetError(why, line)


OUTPUT_LIMIT = 20_000


class Printed(str):
    """What a snippet printed, cut at OUTPUT_LIMIT characters; ``dropped`` says how many more
    there were (a megabyte in a text view froze the window for minutes)."""
    dropped: int = 0


class _Output:
    def __init__(self, limit: int):
        self.parts: list[str] = []
        self.room, self.dropped = limit, 0

    def write(self, text: str) -> None:
        kept = text[:max(self.room, 0)]
        self.parts.append(kept)
        self.room -= len(kept)
        self.dropped += len(text) - len(kept)

    def flush(self) -> None:
        pass

    def value(self) -> Printed:
        p = Printed("".join(self.parts))
        p.dropped = self.dropped
        return p


def run(source: str, namespace: dict[str, Any], state: State | None = None,
        tag: str = "code", limit: int = OUTPUT_LIMIT) -> Printed:
    """Execute ``source`` in ``namespace``; return what it printed (the first ``limit``
    characters)."""
    filename = register(source, tag)
    code = compile_source(source, filename)
    out = _Output(limit)

    def _print(*args, sep=" ", end="\n", file=None, flush=False):
        (file or out).write(sep.join(str(a) for a in args) + end)

    namespace.setdefault("print", _print)
    try:
        with interruptible(state, filename):
            exec(code, namespace)
    except (SnippetError, Cancelled):
        raise
    except (Exception, SystemExit) as e:
        raise wrap(e, error_line(e, filename)) from e
    return out.value()


def exited(exc: SystemExit, line: int | None) -> SnippetError:
    """exit() / sys.exit() / raise SystemExit in a snippet: it ends the snippet, not the app."""
    return SnippetError(QT_TRANSLATE_NOOP(
        "core", "the snippet called exit(): here that only ends the snippet (code {code})"),
        line, code=exc.code)
