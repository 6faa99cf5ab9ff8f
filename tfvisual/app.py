"""Command line, QApplication, theme, fonts, translator, window."""
from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path

from tfvisual import PANELS, __version__

T_START = time.perf_counter()
log = logging.getLogger("tfvisual")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line and exit code 2, no usage dump
        sys.stderr.write(f"tfvisual: error: {message}\n")
        sys.exit(2)


def _size(text):
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad size {text!r}: use WIDTHxHEIGHT, e.g. 1280x800")
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range (320x240 to 8000x8000)")
    return w, h


def _font_size(text):
    from tfvisual.ui.theme import MAX_PT, MIN_PT  # noqa: PLC0415 (imports Qt; fine here)
    try:
        pt = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad font size {text!r}: a whole number of points")
    if not MIN_PT <= pt <= MAX_PT:
        raise argparse.ArgumentTypeError(f"font size {pt} is out of range ({MIN_PT} to {MAX_PT})")
    return pt


def parse_args(argv):
    p = _Parser(prog="tfvisual", description="See TensorFlow 2 and Keras at work.")
    p.add_argument("--panel", choices=PANELS)
    p.add_argument("--device", choices=("cpu", "gpu"))
    p.add_argument("--lang", choices=("en", "ko"))
    p.add_argument("--theme", choices=("light", "dark", "contrast"))
    p.add_argument("--font-size", type=_font_size, metavar="PT")
    p.add_argument("--screenshot", metavar="FILE.png")
    p.add_argument("--size", type=_size, metavar="WxH")
    p.add_argument("--tab", type=int, default=None, help=argparse.SUPPRESS)  # side tab to show
    p.add_argument("--self-test", action="store_true")
    p.add_argument("--export", metavar="FILE.py|FILE.ipynb",
                   help="write the panel's lesson, as it starts, as a script or notebook")
    p.add_argument("--version", action="store_true")
    p.add_argument("--install-desktop", action="store_true",
                   help="add tfvisual to this desktop's applications menu, then exit")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--settings", metavar="FILE.ini", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.size and not args.screenshot:
        p.error("--size only goes with --screenshot")
    if args.screenshot and not args.screenshot.lower().endswith(".png"):
        p.error("--screenshot needs a file name ending in .png")
    if args.export:
        from tfvisual.core import export
        from tfvisual.core.errors import Problem
        if args.screenshot or args.self_test:
            p.error("--export goes alone, without --screenshot or --self-test")
        try:
            export.check_target(args.export)
        except export.Exists:
            p.error(f"{args.export} exists already; not replaced")
        except Problem as e:
            p.error(str(e))
    if args.screenshot and (why := _unwritable(args.screenshot)):
        p.error(f"cannot write the screenshot {args.screenshot}: {why}")   # before the demo
    return args


def _unwritable(path: str) -> str | None:
    """Why a file cannot be written at ``path`` (None when it can), asking the file system."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        return "it is a folder"
    if not target.parent.is_dir():
        return "no such folder"
    if not os.access(target.parent, os.W_OK) or (target.exists()
                                                 and not os.access(target, os.W_OK)):
        return "permission denied"
    return None


def data_dir() -> Path:
    from tfvisual.core.data import user_base
    d = Path(user_base()) / "tfvisual"
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile
        d = Path(tempfile.gettempdir()) / "tfvisual"
        d.mkdir(parents=True, exist_ok=True)
    return d


def setup_logging(verbose: bool) -> Path:
    d = data_dir()
    handler = logging.handlers.RotatingFileHandler(d / "tfvisual.log", maxBytes=1_000_000,
                                                   backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if verbose:
        log.addHandler(logging.StreamHandler())
    return d


def quiet_native_stderr(d: Path) -> None:
    """TensorFlow's C++ (absl, oneDNN, CUDA probes) writes straight to file descriptor 2;
    send that to a log file and keep Python's own stderr on the terminal. Only once Qt is
    up: a Qt that cannot start (a missing libxcb-* library) says why on the terminal."""
    try:
        saved = os.dup(2)
        path = d / "tensorflow.log"
        if path.exists() and path.stat().st_size > 5_000_000:
            os.replace(path, d / "tensorflow.log.1")    # a running window keeps its file
        # Appended, never truncated: a second window must not wipe the first one's log.
        noise = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(noise, 2)
        os.close(noise)
        sys.stderr = os.fdopen(saved, "w", buffering=1)
    except OSError:
        pass


def install_excepthook(window_ref):
    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", text)
        w = window_ref()
        if w is not None:
            from PySide6.QtCore import QCoreApplication
            w.show_error(QCoreApplication.translate(
                "App", "Something went wrong: {0}. tfvisual keeps running; the details are in "
                       "{1}.").format(f"{exc_type.__name__}: {exc}", data_dir() / "tfvisual.log"))
        else:
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook

    import threading

    def thread_hook(args):
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook


def export_lesson(args) -> int:
    """--export: the panel's lesson in its starting state, written without a window."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from tfvisual.core import export
    from tfvisual.core.errors import Problem
    tr = None
    if args.lang == "ko":
        from PySide6.QtCore import QCoreApplication

        from tfvisual.ui import i18n
        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        i18n.install(app, "ko")
        tr = lambda s: QCoreApplication.translate("export", s)   # noqa: E731
    try:
        out = export.write(args.export, args.panel or "tensors", tr=tr or (lambda s: s))
    except Problem as e:
        print(f"tfvisual: {e}", file=sys.stderr)
        return 2
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")
    return 0


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"tfvisual {__version__}")
        return 0
    if args.install_desktop:
        from tfvisual.desktop import install_desktop_entry
        try:
            print(f"wrote {install_desktop_entry()}")
        except OSError as e:
            print(f"tfvisual: cannot write the desktop entry: {e}", file=sys.stderr)
            return 2
        return 0
    if args.export:
        return export_lesson(args)
    headless = bool(args.screenshot or args.self_test)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    setup_logging(args.verbose)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tfvisual.ui import i18n, worker
    from tfvisual.ui.main_window import MainWindow, Settings

    QApplication.setApplicationName("tfvisual")
    QApplication.setOrganizationName("tfvisual")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("tfvisual")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not args.verbose:
        quiet_native_stderr(data_dir())
    i18n.ensure_korean_font()

    if headless and not args.settings:
        q = None  # a screenshot or self-test never changes the user's settings
    elif args.settings:
        q = QSettings(args.settings, QSettings.IniFormat)
    else:
        q = QSettings(QSettings.IniFormat, QSettings.UserScope, "tfvisual", "tfvisual")
    settings = Settings(q)
    lang = args.lang or settings.get("lang") or i18n.system_language()
    i18n.install(app, lang)
    # Exercise progress lives in the app's data folder; beside a --settings file when one is
    # given, and in memory only for a screenshot or self-test.
    progress = data_dir() / "progress.json" if q is not None and not args.settings else None
    window = MainWindow(settings, lang, args.theme or settings.get("theme"),
                        args.font_size or settings.get("font_size"),
                        args.device or settings.get("device"), args.panel, progress)
    import weakref
    install_excepthook(weakref.ref(window))
    if args.size:
        window.resize(*args.size)
    elif headless:
        window.resize(1280, 800)
    window.show()
    shown = time.perf_counter() - T_START
    log.info("window shown after %.3f s", shown)
    if os.environ.get("TFVISUAL_TIMINGS"):   # used by tests/bench: print and quit when ready
        print(f"window_shown {shown:.3f}", flush=True)
        window.tf_ready.connect(lambda _i: (print(f"tf_ready {time.perf_counter() - T_START:.3f}",
                                                  flush=True), app.quit()))
    window.start_tensorflow()

    exit_code = [0]
    if args.screenshot:
        from tfvisual.ui.demo import run_screenshot
        run_screenshot(window, args.panel or "tensors", args.screenshot, exit_code,
                       args.tab)
    elif args.self_test:
        from tfvisual.ui.demo import run_self_test
        run_self_test(window, exit_code)
    else:
        window.tf_failed.connect(lambda msg: log.error("TensorFlow failed: %s", msg))

    app.aboutToQuit.connect(lambda: _stop_workers(worker))
    code = app.exec()
    code = exit_code[0] or code
    if not _stopped_cleanly[0]:
        # A worker stuck inside a TensorFlow kernel cannot be interrupted; leave without
        # destroying its QThread, which would abort the process.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


_stopped_cleanly = [True]


def _stop_workers(worker):
    ok = worker.stop_all(2000)
    _stopped_cleanly[0] = ok
    from tfvisual.core import sandbox
    sandbox.close_shared()      # the learner's code's process goes with the app
    if not ok:
        log.warning("a worker did not stop within 2 s at quit")
