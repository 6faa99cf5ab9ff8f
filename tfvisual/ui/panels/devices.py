"""Section 2: devices, op placement, CPU/GPU timing, and distribution over several devices."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QLabel, QPlainTextEdit, QSpinBox, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from tfvisual.core import devices
from tfvisual.core.graphs import Node, OpGraph
from tfvisual.core.layout import layout

from ..i18n import translate_reason
from ..theme import mono_font, palette_of
from ..widgets.graph_view import GraphView
from ..widgets.plots import make_plot, pen, refresh_title, set_title, style_plot, titled
from ..widgets.flow import WrapButton
from .base import MessageLine, Panel, flow, lesson_view


def survey_job(state=None):
    devs = devices.list_devices()
    place = devices.placement()
    g = OpGraph([Node(n, op, ins, device=dev) for n, op, dev, ins in place])
    return {"devices": [(d.name, d.kind, d.details) for d in devs],
            "physical": devices.physical_devices(), "placement": place, "graph": g,
            "pos": layout(g, state), "gpu_reason": devices.gpu_unavailable_reason()}


def timing_job(state=None):
    return devices.matmul_timing(state=state)


def mirrored_job(n, state=None):
    return devices.mirrored_on(n, state)


class DevicesPanel(Panel):
    name = "devices"
    startup_cpus_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.survey = None
        self.timing = None
        self.mirrored = None
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.gpu_note = QLabel()
        self.gpu_note.setWordWrap(True)
        self.gpu_note.setObjectName("warn")
        self.view = GraphView()
        self.view.colour_of = self._colour
        self.place_label = QLabel()
        self.place_label.setWordWrap(True)
        self.time_btn = WrapButton()
        self.time_btn.clicked.connect(self.run_timing)
        self.plot = make_plot()
        self.replicas = QSpinBox(minimum=2, maximum=8, value=2)
        self.mirror_btn = WrapButton()
        self.mirror_btn.setObjectName("primary")
        self.mirror_btn.clicked.connect(self.run_mirrored)
        self.mirror_out = QPlainTextEdit(readOnly=True)
        self.mirror_label = QLabel()
        self.mirror_label.setWordWrap(True)
        self.message = MessageLine()
        self.lesson = lesson_view()
        self.replica_label = QLabel()
        self.startup_label = QLabel()
        self.startup_cpus = QSpinBox(minimum=1, maximum=8, value=1)
        self.startup_cpus.valueChanged.connect(self._startup_changed)
        self.startup_note = QLabel()
        self.startup_note.setWordWrap(True)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.tree, 1)
        ll.addWidget(self.gpu_note)
        place = QWidget()
        pl = QVBoxLayout(place)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.place_label)
        pl.addWidget(self.view, 1)
        dist = QWidget()
        dl = QVBoxLayout(dist)
        dl.addWidget(self.mirror_label)
        dl.addWidget(flow(self.replica_label, self.replicas, self.mirror_btn))
        dl.addWidget(self.mirror_out, 1)
        dl.addWidget(flow(self.startup_label, self.startup_cpus))
        dl.addWidget(self.startup_note)
        # The stage: the two pictures, placement and timing.
        self.tabs = QTabWidget()
        self.tabs.addTab(place, "")
        self.tabs.addTab(titled(self.plot), "")
        self.set_stage(self.tabs, actions=(self.time_btn,),
                       tabs=((left, lambda: self.tr("Devices")),
                             (dist, lambda: self.tr("Distribution")),
                             (self.lesson, lambda: self.tr("Lesson"))))
        self.retranslate()

    def title(self):
        return self.tr("Devices")

    def retranslate(self):
        self.tree.setHeaderLabels([self.tr("device"), self.tr("kind"), self.tr("details")])
        self.tabs.setTabText(0, self.tr("Op placement"))
        self.tabs.setTabText(1, self.tr("CPU vs GPU timing"))
        self.place_label.setText(self.tr("A small tf.function run on the device chosen in the "
                                         "toolbar; each op coloured by the device TensorFlow "
                                         "placed it on, read from the run's partitioned "
                                         "graphs."))
        self.time_btn.setText(self.tr("Time a matrix multiply on each device"))
        set_title(self.plot, self.tr("n × n matmul, median of 7 runs"))
        self.plot.setLabel("bottom", "n")
        self.plot.setLabel("left", self.tr("milliseconds"))
        self.replica_label.setText(self.tr("logical CPUs"))
        self.mirror_btn.setText(self.tr("Run one step under MirroredStrategy"))
        self.mirror_label.setText(self.tr(
            "The CPU is split into several logical devices (this must happen before "
            "TensorFlow sets up its devices, so unless tfvisual started with that many, the "
            "step runs in a fresh process). MirroredStrategy copies the model to each, gives "
            "each a slice of the batch, and all-reduces the gradients. The same code runs "
            "across machines with MultiWorkerMirroredStrategy."))
        self.startup_label.setText(self.tr("At start, split the CPU into"))
        self.startup_cpus.setSuffix(self.tr(" logical devices"))
        self._startup_note()
        self.lesson.setHtml(self.tr(
            "<h3>Devices</h3><p>A graph lets TensorFlow run some operations on the CPU and "
            "the rest on a GPU, and spread a model over several devices or machines.</p>"
            "<p>The toolbar's device selector wraps every panel's work in "
            "<code>tf.device(...)</code>, so it can change at any time without restarting "
            "TensorFlow.</p>"))
        self._show()

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        self.view.set_theme(theme, pt)
        style_plot(self.plot, theme, pt)
        self.mirror_out.setFont(mono_font(max(8, pt - 1)))
        self._show_timing()

    def _colour(self, name):
        if not self.survey:
            return None
        node = self.view.graph.node(name) if self.view.graph and name in self.view.graph \
            else None
        t = palette_of(self.theme)
        if node is None:
            return None
        return t.node_added if "GPU" in node.device else t.node_fill

    def activate(self):
        self.refresh()

    def refresh(self):
        self.start(survey_job, done=self._surveyed, error=self._failed,
                   label=self.tr("Listing devices…"))

    def _surveyed(self, s):
        self.survey = s
        self._show()
        self.offer(s)
        self._startup_note()
        ran = {dev for _, _, dev, _ in s["placement"] if dev}
        if ran:
            self.ran_on.emit(", ".join(sorted(ran)))
        if self._demo:
            self.run_timing()

    def _show(self):
        s = self.survey
        if not s:
            return
        self.tree.clear()
        for name, kind, details in s["devices"]:
            QTreeWidgetItem(self.tree, [name, kind, self._details(details)])
        for name, kind in s["physical"]:
            QTreeWidgetItem(self.tree, [name, kind, self.tr("physical device")])
        for c in range(3):
            self.tree.resizeColumnToContents(c)
        reason = s["gpu_reason"]
        self.gpu_note.setText(self.tr("No GPU: {0}").format(translate_reason(reason))
                              if reason else "")
        self.gpu_note.setVisible(bool(reason))
        self.view.set_graph(s["graph"], s["pos"])

    def _details(self, details):
        words = {"host_memory": self.tr("host memory"),
                 "memory_in_use": self.tr("memory in use"),
                 "device_name": self.tr("name"),
                 "compute_capability": self.tr("compute capability")}
        parts = []
        for k, v in details.items():
            if "memory" in k and isinstance(v, int):
                v = f"{v / 2 ** 30:.1f} GiB"
            parts.append(f"{words.get(k, k)}: {v}")
        return ", ".join(parts) or "—"

    def run_timing(self):
        self.start(timing_job, done=self._timed, error=self._failed, uses_device=False,
                   label=self.tr("Timing matrix multiplies…"))

    def _timed(self, timing):
        self.timing = timing
        self._show_timing()
        self.finish_demo(True, "")

    def _show_timing(self):
        if not self.timing:
            return
        self.plot.clear()
        for i, (dev, pts) in enumerate(self.timing.items()):
            colour = palette_of(self.theme).curves[i % 6]
            self.plot.plot([n for n, _ in pts], [s * 1000 for _, s in pts],
                           pen=pen(self.theme, i, 2.5), symbol="o", symbolBrush=colour,
                           symbolPen=colour, name=dev.split(":", 1)[-1])
        refresh_title(self.plot)

    def set_startup_cpus(self, n):
        self.startup_cpus.blockSignals(True)
        self.startup_cpus.setValue(n)
        self.startup_cpus.blockSignals(False)
        self._startup_note()

    def _startup_changed(self, n):
        self.startup_cpus_changed.emit(n)
        self._startup_note()

    def _logical_cpus_now(self):
        if not self.survey:
            return None
        return sum(1 for _, kind, _ in self.survey["devices"] if kind == "CPU")

    def _startup_note(self):
        now = self._logical_cpus_now()
        want = self.startup_cpus.value()
        if now is None or now == want:
            text = self.tr("Now: {0} logical CPU device(s).").format(now or want)
        else:
            text = self.tr("Now: {0} logical CPU device(s). Restart tfvisual to have {1}: "
                           "TensorFlow sets up its devices once.").format(now, want)
        self.startup_note.setText(text)

    def run_mirrored(self):
        self.start(mirrored_job, self.replicas.value(), done=self._mirrored, error=self._failed,
                   uses_device=False, label=self.tr("Running MirroredStrategy…"))

    def export_state(self) -> dict:
        return {"device": devices.current(), "replicas": self.replicas.value()}

    def _mirrored(self, r):
        self.mirrored = r
        self.offer({"mirrored": r})
        lines = []
        def vec(v, d=5):
            return "[" + ", ".join(f"{x:+.{d}f}" for x in v) + "]"
        for dev, b, g in zip(r["devices"], r["batches"], r["grads"]):
            lines.append(self.tr("{0}: batch of {1}, gradient {2}").format(
                dev.replace("/device:", ""), len(b), vec(g)))
            lines += ["    x " + vec(row, 3) for row in b]
        lines.append("")
        lines.append(self.tr("all-reduced (sum): {0}").format(vec(r["reduced"])))
        lines.append(self.tr("one device, whole batch: {0}").format(vec(r["single"])))
        same = all(abs(a - b) < 1e-4 for a, b in zip(r["reduced"], r["single"]))
        lines.append(self.tr("The same gradient.") if same else self.tr("They differ."))
        self.mirror_out.setPlainText("\n".join(lines))

    def run_demo(self):
        self._demo = True
        self.tabs.setCurrentIndex(1)
        if self.survey and not self.tasks:
            self.run_timing()
        elif not self.tasks:
            self.refresh()


PANEL = DevicesPanel
