"""Sections 2 and 3: the same code run eagerly (TF2) and lazily (TF1 graph, then a session)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QLabel, QPlainTextEdit, QSplitter,
                               QVBoxLayout, QWidget)

from tfvisual.core import devices, execution, sandbox
from tfvisual.core.graphs import Node, OpGraph
from tfvisual.core.layout import layout

from ..i18n import describe
from ..theme import mono_font
from ..widgets.code_view import CodeView
from ..widgets.graph_view import GraphView
from ..widgets.flow import WrapButton
from .base import MessageLine, Panel, Section, lesson_view


def ops_graph(ops) -> OpGraph:
    return OpGraph([Node(name, op, inputs) for name, op, inputs in ops])


class ExecutionPanel(Panel):
    name = "execution"
    goto = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.steps = None
        self.step_i = 0
        self.editor = CodeView(execution.CHAPTER_SNIPPET)
        self.run_btn = WrapButton()
        self.run_btn.setObjectName("primary")
        self.run_btn.setShortcut("F5")
        self.run_btn.clicked.connect(self.run_both)
        self.step_btn = WrapButton()
        self.step_btn.setShortcut("F10")
        self.step_btn.clicked.connect(self.step)
        self.stop_btn = self.stop_button()
        self.message = MessageLine()
        self.eager_out = QPlainTextEdit(readOnly=True)
        self.eager_out.setObjectName("eager")
        self.lazy_out = QPlainTextEdit(readOnly=True)
        self.lazy_out.setObjectName("lazy")
        self.eager_box, self.lazy_box = Section(), Section()
        for box, out in ((self.eager_box, self.eager_out), (self.lazy_box, self.lazy_out)):
            bl = QVBoxLayout(box.body)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.addWidget(out)
        self.graph = GraphView()
        self.graph_label = QLabel()
        self.graph_label.setWordWrap(True)
        self.adv = QLabel()
        self.adv.setWordWrap(True)
        self.adv.setTextFormat(Qt.RichText)
        self.adv.linkActivated.connect(self.goto.emit)
        self.lesson = lesson_view()
        self.code_label = QLabel()

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.addWidget(self.code_label)
        tl.addWidget(self.editor, 1)
        self.outputs = QSplitter(Qt.Vertical)
        for w in (self.eager_box, self.lazy_box):
            self.outputs.addWidget(w)
        self.outputs.setChildrenCollapsible(False)
        gw = QWidget()
        gl = QVBoxLayout(gw)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addWidget(self.graph_label)
        gl.addWidget(self.graph, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.lesson, 1)
        rl.addWidget(self.adv)
        self.set_stage(gw, actions=(self.run_btn, self.step_btn, self.stop_btn),
                       controls=top, controls_title=lambda: self.tr("Code"),
                       tabs=((self.outputs, lambda: self.tr("Output")),
                             (right, lambda: self.tr("Lesson"))))
        self.retranslate()

    def title(self):
        return self.tr("Eager and lazy")

    def retranslate(self):
        self.code_label.setText(self.tr("Edit the snippet, then run it both ways "
                                        "(tf is imported):"))
        self.run_btn.setText(self.tr("Run both ways (F5)"))
        self.step_btn.setText(self.tr("Step through (F10)"))
        self.stop_btn.setText(self.tr("Stop (Esc)"))
        self.eager_box.setTitle(self.tr("Eager (TF2): values at once"))
        self.lazy_box.setTitle(self.tr("Lazy (TF1 graph): symbols, then a session"))
        self.graph_label.setText(self.tr("The TF1 graph the lazy run builds: nothing in it is "
                                         "computed until a session runs it."))
        self.adv.setText(self.tr(
            "<b>Why graphs?</b><br>1. Some operations on the CPU, the rest on the GPU: "
            "<a href='devices'>Devices</a><br>2. Parts of a distributed model on different "
            "machines: <a href='devices'>Distribution</a><br>3. The graph optimised to skip "
            "needless operations: <a href='graphs'>Graphs and Grappler</a>"))
        self.lesson.setHtml(self.tr(
            "<h3>Eager (TF2)</h3><p>Each line runs as soon as Python reaches it: "
            "<code>print(c)</code> shows the values <code>[1 2 4]</code>.</p>"
            "<h3>Lazy (TF1)</h3><p>Each line only adds an operation to a graph: "
            "<code>print(c)</code> shows a symbol, <code>Tensor(\"Add:0\", …)</code>. The "
            "values exist only when a <code>Session</code> runs the graph.</p>"
            "<p>The graph lets TensorFlow place, distribute and optimise the work before "
            "running it; eager code is easier to write and debug.</p>"))
        self._show()

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        self.editor.set_theme(theme)
        self.editor.set_font_size(pt)
        for w in (self.eager_out, self.lazy_out):
            w.setFont(mono_font(pt))
            # Three lines at least: at 24 pt they showed one and a half.
            w.setMinimumHeight(int(3.4 * w.fontMetrics().lineSpacing()))
        self.graph.set_theme(theme, pt)

    def activate(self):
        self.run_both()

    def export_state(self) -> dict:
        return {"source": self.editor.toPlainText()}

    def run_both(self):
        if not self.tf_ready:
            return
        source = self.editor.toPlainText()
        self.steps = None

        device = devices.current()

        def work(state=None):
            # In the sandbox: an endless loop or os._exit in the snippet cannot take the window.
            out = sandbox.call(execution.run_both, source, state=state, device=device)
            lazy = out["lazy"]
            out["pos"] = layout(ops_graph(lazy.graph_ops), state) if lazy is not None else {}
            return out

        self.start(work, done=self._succeeded, error=self._failed, cancelled=self._cancelled,
                   uses_device=False,
                   key="run",
                   label=self.tr("Running the snippet eagerly and lazily…"))

    caption_always = True       # the two outputs side by side are the lesson

    def _show(self):
        r = self.result
        if r is None:
            return
        self.eager_out.setPlainText(self._printed(r["eager"]))
        lazy = r["lazy"]
        self.set_caption(self._outputs_caption(r["eager"], lazy.printed if lazy else None))
        if lazy is None:
            e = r["lazy_error"]
            why = describe(e)
            self.lazy_out.setPlainText(self.tr("Graph mode (TF1) cannot run this code: {0}")
                                       .format(why))
            self.message.show_message(self.tr("It runs eagerly; in a TF1 graph it fails: {0}")
                                      .format(why), "warn")
            self.editor.show_error(getattr(e, "line", None))
            self.graph.set_graph(ops_graph([]), {})
            self.reveal(self.outputs)
            return
        text = self._printed(lazy.printed)
        if lazy.values:
            text += "\n" + self.tr("— after session.run —") + "\n"
            text += "\n".join(f"{k} = {v}" for k, v in lazy.values.items())
        self.lazy_out.setPlainText(text)
        self.graph.set_graph(ops_graph(lazy.graph_ops), r["pos"])
        self.reveal(self.outputs)

    def _outputs_caption(self, eager: str, lazy: str | None) -> str:
        """What each way printed last, under the graph: visible at any font size and while
        presenting, when the output tabs are out of sight."""
        def last(text):
            lines = [t for t in (text or "").splitlines() if t.strip()]
            line = lines[-1] if lines else self.tr("(nothing printed)")
            return line if len(line) <= 160 else line[:160] + "…"
        out = self.tr("Eager: {0}").format(last(eager))
        if lazy is not None:
            out += "\n" + self.tr("Lazy: {0}").format(last(lazy))
        return out

    def _printed(self, text) -> str:
        n = getattr(text, "dropped", 0)
        return text + ("\n" + self.tr("… {0} more characters").format(f"{n:,}") if n else "")

    def _cancelled(self):
        self.message.show_message(self.tr("Stopped."), "warn")

    # -- step-through -----------------------------------------------------------------------
    def step(self):
        if not self.tf_ready:
            return
        if self.steps is not None and self.step_i < len(self.steps["eager"]):
            self._show_step()
            return
        source = self.editor.toPlainText()

        device = devices.current()

        def work(state=None):
            out = sandbox.call(execution.both_steps, source, state=state, device=device)
            lazy = out["lazy"]
            full = ops_graph(lazy[-1][2] if lazy else [])
            return {**out, "pos": layout(full, state), "full": full}

        self.start(work, done=self._steps_ready, error=self._failed, uses_device=False,
                   label=self.tr("Preparing the step-through…"))

    def _steps_ready(self, steps):
        self.steps, self.step_i = steps, 0
        self.eager_out.clear()
        self.lazy_out.clear()
        self._show_step()

    def _show_step(self):
        i = self.step_i
        line, text, values = self.steps["eager"][i]
        _, _, ops = self.steps["lazy"][i]
        self.editor.mark_line(line)
        self.eager_out.appendPlainText(f"{line}: {text.strip()}\n    → {values or '—'}")
        names = {n for n, _, _ in ops}
        new = [f"{n} ({op})" for n, op, _ in ops
               if i == 0 or n not in {m for m, _, _ in self.steps["lazy"][i - 1][2]}]
        self.lazy_out.appendPlainText(f"{line}: {text.strip()}\n    + "
                                      + (", ".join(new) or self.tr("no new node")))
        self.reveal(self.outputs)
        full = self.steps["full"]
        sub = OpGraph([n for n in full.nodes if n.name in names])
        self.graph.set_graph(sub, {k: v for k, v in self.steps["pos"].items() if k in names},
                             fit=i == 0)
        self.step_i += 1
        if self.step_i >= len(self.steps["eager"]):
            self.lazy_out.appendPlainText(self.tr("Nothing has been computed yet: press Run "
                                                  "to run the graph in a session."))
            self.steps = None
            self.editor.mark_line(0)

    def run_demo(self):
        self._demo = True
        self.run_both()


PANEL = ExecutionPanel
