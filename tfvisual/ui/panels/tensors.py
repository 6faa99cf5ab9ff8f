"""Section 1: what a tensor is: dtype, shape, rank, size, values."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QListWidget,
                               QSizePolicy, QVBoxLayout, QWidget)

from tfvisual.core import devices, sandbox, tensors

from ..theme import mono_font
from ..widgets.tensor_view import TensorPicture
from ..widgets.flow import WrapButton
from .base import MessageLine, Panel, Section, lesson_view, scroll_area


class TensorsPanel(Panel):
    name = "tensors"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.expr = QLineEdit(tensors.EXAMPLES[0])
        self.expr.setObjectName("expression")
        self.expr.returnPressed.connect(self.evaluate)
        self.run_btn = WrapButton()
        self.run_btn.setObjectName("primary")
        self.run_btn.clicked.connect(self.evaluate)
        self.stop_btn = self.stop_button()
        self.examples = QListWidget()
        self.examples.addItems(tensors.EXAMPLES)
        self.examples.itemActivated.connect(self._pick)
        self.examples.itemClicked.connect(self._pick)
        self.lessons = QListWidget()
        self.lessons.itemClicked.connect(self._pick_lesson)
        self.lessons.itemActivated.connect(self._pick_lesson)
        self.message = MessageLine()
        self.fields = {k: QLabel() for k in ("dtype", "shape", "rank", "size", "kind", "device")}
        self.field_labels = {k: QLabel() for k in self.fields}
        form = QFormLayout()
        for k in self.fields:
            self.fields[k].setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(self.field_labels[k], self.fields[k])
        self.info_box = Section()
        self.info_box.body.setLayout(form)
        self.picture = TensorPicture()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("warn")
        self.ex_label, self.lesson_label, self.expr_label = QLabel(), QLabel(), QLabel()
        self.lesson = lesson_view()

        self.expr_label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        info = QWidget()
        il = QVBoxLayout(info)
        il.addWidget(self.info_box)
        il.addWidget(self.note)
        il.addStretch(1)
        picks = QWidget()
        pl = QVBoxLayout(picks)
        pl.addWidget(self.ex_label)
        pl.addWidget(self.examples, 2)
        pl.addWidget(self.lesson_label)
        pl.addWidget(self.lessons, 1)
        self.set_stage(self.picture,
                       actions=(self.expr_label, self.expr, self.run_btn, self.stop_btn),
                       tabs=((scroll_area(info), lambda: self.tr("The tensor")),
                             (picks, lambda: self.tr("Examples")),
                             (self.lesson, lambda: self.tr("Lesson"))))
        self.retranslate()

    def title(self):
        return self.tr("Tensors")

    def retranslate(self):
        self.run_btn.setText(self.tr("Describe (Enter)"))
        self.stop_btn.setText(self.tr("Stop (Esc)"))
        self.expr_label.setText(self.tr("A TensorFlow expression (tf and np are imported):"))
        self.ex_label.setText(self.tr("Examples"))
        self.lesson_label.setText(self.tr("Dtype lessons"))
        self.info_box.setTitle(self.tr("The tensor"))
        names = {"dtype": self.tr("dtype"), "shape": self.tr("shape"), "rank": self.tr("rank"),
                 "size": self.tr("size in bytes"), "kind": self.tr("kind"),
                 "device": self.tr("device")}
        for k, lab in self.field_labels.items():
            lab.setText(names[k])
        lesson_names = {"float16 rounding": self.tr("float16 rounding"),
                        "int8 overflow on cast": self.tr("int8 overflow on cast"),
                        "a string tensor": self.tr("a string tensor"),
                        "tf.cast drops the fraction": self.tr("tf.cast drops the fraction")}
        self.lessons.clear()
        for title, expr in tensors.DTYPE_LESSONS:
            self.lessons.addItem(f"{lesson_names[title]}: {expr}")
        self.lesson.setHtml(self.tr(
            "<h3>A tensor is an N-dimensional array</h3>"
            "<p>Every <code>tf.Tensor</code> has a <b>dtype</b> (string, float32, float16, "
            "int8, …), a <b>shape</b> (the size of each dimension) and a <b>rank</b> (how many "
            "dimensions it has).</p><ul><li>rank 0: a number</li><li>rank 1: a row</li>"
            "<li>rank 2: a grid</li><li>rank 3: a stack of grids, like an image with "
            "colour channels</li></ul>"
            "<p>A <code>tf.TensorSpec</code> describes a tensor without values; a dimension "
            "written <code>None</code> is not known in advance.</p>"))
        self._show()

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        self.picture.set_theme(theme, pt)
        self.expr.setFont(mono_font(pt))
        self.examples.setFont(mono_font(pt))
        self.lessons.setFont(mono_font(max(8, pt - 1)))

    def activate(self):
        self.evaluate()

    def _pick(self, item):
        self.expr.setText(item.text())
        self.evaluate()

    def _pick_lesson(self, item):
        idx = self.lessons.row(item)
        self.expr.setText(tensors.DTYPE_LESSONS[idx][1])
        self.evaluate()

    def evaluate(self):
        if not self.tf_ready:
            return
        text = self.expr.text()
        device = devices.current()

        def work(state=None):
            # In the sandbox: sum(iter(int, 1)) or os._exit(0) cannot take the window.
            return sandbox.call(tensors.evaluate, text, state=state, device=device)

        self.start(work, done=self._succeeded, error=self._failed, key="evaluate",
                   uses_device=False, cancelled=lambda: self.message.show_message(
                       self.tr("Stopped."), "warn"),
                   label=self.tr("Evaluating {0}…").format(text))

    def _show(self):
        i = self.result
        if i is None:
            return
        self.fields["dtype"].setText(i.dtype)
        self.fields["shape"].setText(i.shape_text)
        self.fields["rank"].setText(self.tr("unknown") if i.rank is None else str(i.rank))
        self.fields["size"].setText(self.tr("no values (a spec)") if i.nbytes is None
                                    else f"{i.nbytes:,}")
        kinds = {"tensor": self.tr("tf.Tensor (values)"), "variable": self.tr("tf.Variable"),
                 "spec": self.tr("tf.TensorSpec (a description, no values)")}
        self.fields["kind"].setText(kinds[i.kind])
        self.fields["device"].setText(getattr(i, "device", "") or "—")
        if i.shape is None or None in i.shape:
            self.note.setText(self.tr(
                "Some dimensions are unknown (None): the shape is only partially known. An "
                "image whose height and width are not known in advance has the shape "
                "(None, None, 3)."))
            self.note.show()
        else:
            self.note.hide()
        self.picture.set_info(i)
        # While presenting, the side column with these fields is folded: the stage says them.
        self.set_caption(self.tr("{dtype} · shape {shape} · rank {rank}").format(
            dtype=i.dtype, shape=i.shape_text, rank=self.fields["rank"].text()))
        if getattr(i, "device", ""):
            self.ran_on.emit(i.device)

    def export_state(self) -> dict:
        return {"expression": self.expr.text()}

    def run_demo(self):
        self._demo = True
        self.expr.setText("tf.reshape(tf.range(24), [2, 3, 4])")
        self.evaluate()


PANEL = TensorsPanel
