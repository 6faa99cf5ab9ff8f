"""--screenshot and --self-test: open panels offscreen and run their demos to the end."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tfvisual import PANELS

log = logging.getLogger("tfvisual")
DEMO_TIMEOUT_MS = 300_000


def _run_demo(window, name, on_end):
    """Show panel ``name``, run its demo once TensorFlow is ready, call on_end(ok, message)."""
    panel = window.panels[name]
    finished = [False]

    def end(ok, message):
        if finished[0]:
            return
        finished[0] = True
        panel.demo_done.disconnect(end)
        on_end(ok, message)

    panel.demo_done.connect(end)

    def go(_info=None):
        window.show_panel(name)
        QApplication.processEvents()
        try:
            panel.run_demo()
        except Exception as e:  # a demo that cannot start is a failure, not a crash
            log.exception("demo %s", name)
            end(False, f"{type(e).__name__}: {e}")

    if window.tf_info is not None:
        go()
    else:
        window.tf_ready.connect(go)
        window.tf_failed.connect(lambda m: end(False, "TensorFlow failed: " + m))
    QTimer.singleShot(DEMO_TIMEOUT_MS, lambda: end(False, "timed out"))


def run_screenshot(window, name, path, exit_code, tab=None):
    def done(ok, message):
        if not ok:
            sys.stderr.write(f"tfvisual: panel {name} failed: {message}\n")
            exit_code[0] = 1
            QApplication.quit()
            return
        if tab is not None:     # a side tab other than the first (the docs' screenshots)
            window.panels[name].side_tabs.setCurrentIndex(tab)
        # Let the last results paint before grabbing the window.
        QTimer.singleShot(300, lambda: save())

    def save():
        if not window.grab().save(path):
            sys.stderr.write(f"tfvisual: could not write {path}\n")
            exit_code[0] = 1
        QApplication.quit()

    _run_demo(window, name, done)


def run_self_test(window, exit_code):
    names = list(PANELS)
    failures = []

    def next_panel(prev=None, ok=True, message=""):
        if prev is not None:
            status = "ok" if ok else f"FAILED: {message}"
            print(f"self-test {prev}: {status}", flush=True)
            if not ok:
                failures.append(prev)
        if not names:
            exit_code[0] = 1 if failures else 0
            print("self-test: " + ("all panels passed" if not failures
                                   else f"{len(failures)} failed: {', '.join(failures)}"),
                  flush=True)
            QApplication.quit()
            return
        name = names.pop(0)
        _run_demo(window, name, lambda ok, msg: next_panel(name, ok, msg))

    next_panel()
