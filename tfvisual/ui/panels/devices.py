"""Section 2: devices, op placement, CPU/GPU timing, and distribution over several devices."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from tfvisual.core import cluster as cl
from tfvisual.core import devices
from tfvisual.core.graphs import EXAMPLES, Node, OpGraph
from tfvisual.core.layout import NODE_HEIGHT, layout, node_size

from ..i18n import translate_reason
from ..theme import mono_font, palette_of
from ..widgets.graph_explorer import GraphExplorer
from ..widgets.graph_view import GraphView
from ..widgets.plots import make_plot, pen, refresh_title, set_title, style_plot, titled
from ..widgets.flow import WrapButton
from .base import MessageLine, Panel, SideTabs, flow, lesson_view, scroll_area, with_strip


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


def cluster_job(n, addresses, state=None):
    return cl.start_local(n, state=state, addresses=addresses or None)


def stop_job(c, state=None):
    c.stop()


def machine_columns(g) -> dict:
    """Each machine a column, each op a row by its depth: frames that never overlap."""
    depth = {}
    for n in g.nodes:       # partition graphs come in run order per machine: settle depths
        depth[n.name] = 0
    for _ in range(len(g.nodes)):
        moved = False
        for n in g.nodes:
            d = max((depth[i] + 1 for i in n.inputs if i in depth), default=0)
            if d > depth[n.name]:
                depth[n.name], moved = d, True
        if not moved:
            break
    machines = sorted({g.groups[n.name] for n in g.nodes})
    pos, x = {}, 0.0
    for m in machines:
        rows: dict[int, list] = {}
        for n in g.nodes:
            if g.groups[n.name] == m:
                rows.setdefault(depth[n.name], []).append(n.name)
        width = max(sum(node_size(g, a)[0] + 20 for a in r) for r in rows.values())
        for d, names in rows.items():
            cx = x + (width - sum(node_size(g, a)[0] + 20 for a in names)) / 2
            for a in names:
                w = node_size(g, a)[0]
                pos[a] = (cx + w / 2 + 10, d * (NODE_HEIGHT + 36))
                cx += w + 20
        x += width + 60
    return pos


def split_job(c, placement, state=None):
    g = cl.split_graph(EXAMPLES["compute"], placement, c, state=state)
    return {"graph": g, "pos": machine_columns(g)}


def _under(picture, words):
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(picture, 1)
    lay.addWidget(words)
    return box


def train_job(c, cfg, state=None):
    import time
    # The window paints the training view first (its plots' first paint took 50-70 ms once
    # two to four processes were starting on two cores).
    time.sleep(0.2)
    try:
        return cl.train_multiworker(cfg, c, state, emit=lambda k, d: state.partial((k, d)))
    except cl.WorkerLost as e:      # a lesson, not a failure: the panel says what happened
        return {"lost": e.worker, "exitcode": e.exitcode}


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
        # Eight at first: each exercise asks for another number, so pressing Run with the
        # defaults teaches nothing and passes nothing.
        self.replicas = QSpinBox(minimum=2, maximum=8, value=8)
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
        machines = self._machines_page()
        # The stage: the pictures, placement, timing and the graph across machines.
        self.tabs = SideTabs()      # five pictures: their titles wrap, never scroll away
        self.tabs.addTab(place, "")
        self.tabs.addTab(titled(self.plot), "")
        # What the picture shows, said under it: values, transfers, time; loss, shares.
        self.tabs.addTab(_under(self.split_view, self.split_out), "")
        self.tabs.addTab(_under(titled(self.loss_plot), self.train_out), "")
        self.tabs.addTab(titled(self.reduce_plot), "")
        self.set_stage(with_strip(self.tabs), actions=(self.time_btn,),
                       tabs=((left, lambda: self.tr("Devices")),
                             (dist, lambda: self.tr("Distribution")),
                             (machines, lambda: self.tr("Across machines")),
                             (self.lesson, lambda: self.tr("Lesson"))))
        self.retranslate()

    # -- across machines (issue 26) --------------------------------------------------------
    def _machines_page(self):
        self.cluster = None
        self.split = None
        self.losses: dict[int, list] = {}
        self.split_view = GraphExplorer()
        self.split_view.view.colour_of = self._machine_colour
        self.loss_plot = make_plot()
        self._curves, self._span = {}, 1
        self.reduce_plot = make_plot()
        self.reduce_plot.setMouseEnabled(False, False)
        self._grads: dict[int, dict] = {}       # step -> worker -> (own, all-reduced)
        self._bars, self._reduce_top = None, 0.0
        self._redraw = QTimer(self, singleShot=True, interval=250)
        self._redraw.timeout.connect(self._show_losses)
        self.cluster_label = QLabel()
        self.cluster_label.setWordWrap(True)
        self.cluster_n = QSpinBox(minimum=2, maximum=cl.MAX_WORKERS, value=2)
        self.cluster_n_label = QLabel()
        self.cluster_btn = WrapButton()
        self.cluster_btn.setObjectName("primary")
        self.cluster_btn.clicked.connect(self.toggle_cluster)
        self.addresses = QLineEdit()
        self.addresses.setPlaceholderText("10.0.0.5:2222, 10.0.0.6:2222")
        self.addresses_label = QLabel()
        self.addresses_label.setWordWrap(True)
        self.machines_tree = QTreeWidget()
        self.machines_tree.setColumnCount(3)
        self.machines_tree.setRootIsDecorated(False)
        self.tf_config = QPlainTextEdit(readOnly=True)     # selectable: copied from here
        self.mul_on, self.add_on = QComboBox(), QComboBox()
        self.mul_label, self.add_label = QLabel(), QLabel()
        self.split_btn = WrapButton()
        self.split_btn.clicked.connect(self.run_split)
        self.split_out = QLabel()
        self.split_out.setWordWrap(True)
        self.workers = QComboBox()
        for n in (1, 2, 4):
            self.workers.addItem(str(n), n)
        self.workers.setCurrentIndex(1)
        self.workers_label = QLabel()
        self.train_btn = WrapButton()
        self.train_btn.clicked.connect(lambda: self.run_training(resume=False))
        self.resume_btn = WrapButton()
        self.resume_btn.clicked.connect(lambda: self.run_training(resume=True))
        self.plug_btn = WrapButton()
        self.plug_btn.setObjectName("warn")
        self.plug_btn.clicked.connect(self.pull_plug)
        self.train_out = QLabel()
        self.train_out.setWordWrap(True)
        self.train_task = None
        self.checkpoints = None
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(self.cluster_label)
        lay.addWidget(flow(self.cluster_n_label, self.cluster_n, self.cluster_btn))
        lay.addWidget(self.addresses_label)
        lay.addWidget(self.addresses)
        lay.addWidget(self.machines_tree)
        lay.addWidget(self.tf_config, 1)
        lay.addWidget(flow(self.mul_label, self.mul_on, self.add_label, self.add_on,
                           self.split_btn))
        lay.addWidget(flow(self.workers_label, self.workers, self.train_btn, self.resume_btn,
                           self.plug_btn))
        self._cluster_shown()
        return scroll_area(page)

    def _machine_colour(self, name):
        g = self.split_view.view.graph
        if g is None or name not in g:
            return None
        t = palette_of(self.theme)
        task = cl.task_of(g.node(name).device)
        return t.curves[task % len(t.curves)] if task is not None else None

    def toggle_cluster(self):
        if self.cluster is not None:
            self.stop_cluster()
            return
        typed = [a.strip() for a in self.addresses.text().split(",") if a.strip()]
        self.cluster_btn.setEnabled(False)
        self.start(cluster_job, self.cluster_n.value(), typed, uses_device=False,
                   done=self._cluster_up, error=self._cluster_failed,
                   label=self.tr("Starting {0} TensorFlow servers…").format(
                       len(typed) or self.cluster_n.value()))

    def _cluster_up(self, c):
        self.cluster = c
        self.cluster_btn.setEnabled(True)
        self._cluster_shown()
        self.run_split()

    def _cluster_failed(self, message, line=None):
        self.cluster_btn.setEnabled(True)
        self._failed(self.tr("The cluster could not start: {0}").format(message))

    def stop_cluster(self, wait=False):
        """End the cluster: off the GUI thread, or (quitting) here, waiting for it."""
        c, self.cluster = self.cluster, None
        if self.train_task is not None:
            self.train_task.cancel()
        if c is not None:
            if wait:
                c.stop()
            else:
                self.start(stop_job, c, uses_device=False,
                           label=self.tr("Stopping the cluster…"))
        self._cluster_shown()

    def _cluster_shown(self):
        c = self.cluster
        running = c is not None
        self.cluster_btn.setText(self.tr("Stop the cluster") if running
                                 else self.tr("Start the cluster"))
        for w in (self.split_btn, self.train_btn, self.resume_btn):
            w.setEnabled(running)
        self.resume_btn.setEnabled(running and self.checkpoints is not None)
        self.plug_btn.setEnabled(running and self.train_task is not None)
        self.cluster_n.setEnabled(not running)
        self.addresses.setEnabled(not running)
        self.machines_tree.clear()
        for w in (self.mul_on, self.add_on):
            keep = max(w.currentIndex(), 0)
            w.clear()
            for i in range(len(c.addresses) if running else self.cluster_n.value()):
                w.addItem(self.tr("machine {0}").format(i), i)
            w.setCurrentIndex(min(keep, w.count() - 1))
        if not running:
            self.tf_config.setPlainText("")
            self.cluster_label.setText(self.tr(
                "Start TensorFlow servers, one process each: machines that talk over gRPC "
                "as a lab's computers do. Or type the addresses of servers on real machines."))
            return
        for i, (a, m) in enumerate(zip(c.addresses, c.machines)):
            devs = ", ".join(d.rsplit("/device:", 1)[-1] for d in m["devices"]) or "?"
            QTreeWidgetItem(self.machines_tree, [self.tr("machine {0}").format(i), a, devs])
        for col in range(3):
            self.machines_tree.resizeColumnToContents(col)
        self.tf_config.setPlainText("\n".join(
            f"# machine {i}\nTF_CONFIG='{t}'" for i, t in enumerate(c.tf_config)))
        if c.private:
            where = self.tr("In a network of their own: only this app reaches them, "
                            "and they are gone when it stops.")
        elif c.local:
            where = self.tr("Listening on every network interface, as TensorFlow's servers "
                            "do (this system gave no private network: {0}).").format(
                                c.why_not_private)
        else:
            where = self.tr("Servers on the machines you typed.")
        self.cluster_label.setText(self.tr("{0} machines running. {1}").format(
            len(c.addresses), where))

    def run_split(self):
        if self.cluster is None:
            return
        placement = {"mul": self.mul_on.currentData(), "add": self.add_on.currentData()}
        self.start(split_job, self.cluster, placement, uses_device=False, key="split",
                   done=self._split_done, error=self._failed,
                   label=self.tr("Running compute across the machines…"))

    def _split_done(self, r):
        self.split = r
        g = r["graph"]
        # Each machine's frame named in the learner's language.
        shown = OpGraph(g.nodes, g.outputs, groups={
            n: self.tr("machine {0}").format(m.rsplit(" ", 1)[-1]) if m.startswith("machine")
            else self.tr("this app") for n, m in g.groups.items()})
        shown.split = g.split
        self.split_view.set_expanded(set(shown.groups.values()))
        self.split_view.show_graph(shown, shown, r["pos"])
        self.tabs.setCurrentIndex(2)
        self._split_text()
        self.offer({"split": g.split, "placement": {
            "mul": self.mul_on.currentData(), "add": self.add_on.currentData()}})

    def _split_text(self):
        if not self.split:
            return
        sp = self.split["graph"].split
        cross = [t for t in sp["transfers"] if not t["client"]]
        moved = sum(t["bytes"] or 0 for t in cross)
        same = sp["values"] == sp["local_values"]
        lines = [self.tr("d = {0}, e = {1}, as on one machine.").format(*sp["values"]) if same
                 else self.tr("The machines' values differ from one machine's.")]
        crossing = (self.tr("{0} transfers between machines, {1} bytes").format(
            len(cross), moved) if cross else self.tr("nothing crosses between machines"))
        lines.append(self.tr("{0} · a call {1:.2f} ms (one process: {2:.2f} ms)").format(
            crossing, sp["split_seconds"] * 1000, sp["local_seconds"] * 1000))
        self.split_out.setToolTip(self.tr(
            "Each transfer is a Send → Recv pair TensorFlow inserted where the graph crosses "
            "machines, read from the run's partitioned graphs."))
        self.split_out.setText("\n".join(lines))

    def run_training(self, resume=False):
        if self.cluster is None or self.train_task is not None:
            return
        import tempfile
        if self.checkpoints is None or not resume:
            self._drop_checkpoints()
            self.checkpoints = tempfile.mkdtemp(prefix="tfvisual-mwms-")
        cfg = cl.TrainConfig(workers=self.workers.currentData(), epochs=5,
                             checkpoint_dir=self.checkpoints, resume=resume)
        self.losses, self._events, self._cfg = {}, [], cfg
        self._grads = {}
        self._span, self._span_guess, self._first_epoch = 30 * cfg.epochs, True, 0
        self._replot_losses()
        self.tabs.setCurrentIndex(3)
        self.train_out.setText(self.tr("Starting {0} worker processes…").format(cfg.workers))
        self.train_task = self.start(train_job, self.cluster, cfg, uses_device=False,
                                     partial=self._train_event, done=self._trained,
                                     error=self._train_failed, cancelled=self._trained,
                                     label=self.tr("Training on {0} workers…").format(
                                         cfg.workers))
        self._cluster_shown()

    def _train_event(self, event):
        kind, d = event
        if kind == "epoch" and d["worker"] == 0 and self._span_guess:
            # Steps an epoch now known: the x axis spans the whole run from here on.
            done = sum(1 for e in self._events if e["worker"] == 0)
            self._span = done * (self._cfg.epochs - self._first_epoch) // max(
                d["epoch"] - self._first_epoch, 1)
            self._span_guess = False
            self._show_losses()
        if kind == "ready" and d["worker"] == 0:
            self._first_epoch = d["resumed"] or 0
        if kind == "ready" and d["resumed"] is not None and d["worker"] == 0:
            self.train_out.setText(self.tr("Resumed from the checkpoint after epoch {0}.")
                                   .format(d["resumed"]))
        if kind != "step":
            return
        self.losses.setdefault(d["worker"], []).append(d["loss"])
        self._events.append(d)
        self._grads.setdefault(d["step"], {})[d["worker"]] = (d["gradient"], d["all_reduced"])
        if not self._redraw.isActive():     # at most 4 pictures a second, whatever the pace
            self._redraw.start()
        if d["worker"] == 0 and d["step"] % 5 == 1:
            self.train_out.setText(self.tr(
                "Step {0}: each worker trains on {1} of the global batch's {2} examples."
            ).format(d["step"], d["shard"], d["shard"] * len(self.losses)))

    def _show_reduce(self):
        """The last step every worker reported: each worker's own gradient (its share of
        the batch) beside the all-reduced sum that every worker applies."""
        import pyqtgraph as pg
        n = len(self.losses)
        full = [k for k, by in self._grads.items() if len(by) == n and n]
        if not full:
            return
        k = max(full)
        by = self._grads[k]
        heights = [by[w][0] for w in range(n)] + [by[0][1]]
        t = palette_of(self.theme)
        brushes = [t.curves[w % len(t.curves)] for w in range(n)] + [t.plot_fg]
        if self._bars is None:
            self._bars = pg.BarGraphItem(x=list(range(n + 1)), height=heights, width=0.6,
                                         brushes=brushes)
            self.reduce_plot.addItem(self._bars)
        else:
            self._bars.setOpts(x=list(range(n + 1)), height=heights, brushes=brushes)
        top = max(heights)
        if top > self._reduce_top:      # the axis grows now and then, not every picture
            self._reduce_top = top * 1.3
            self.reduce_plot.setRange(xRange=(-0.6, n + 0.6), yRange=(0, self._reduce_top),
                                      padding=0)
        ticks = [(w, self.tr("worker {0}").format(w)) for w in range(n)] + \
            [(n, self.tr("all-reduced"))]
        if ticks != getattr(self, "_ticks", None):
            self.reduce_plot.getAxis("bottom").setTicks([ticks])
            self._ticks = ticks
        set_title(self.reduce_plot, self.tr(
            "Step {0}: each worker's gradient, and the sum all of them apply").format(k))
        refresh_title(self.reduce_plot)

    def _replot_losses(self):
        """Curves made again: a new theme's colours, a new language's names."""
        self.loss_plot.clear()
        self._curves = {}
        self.reduce_plot.clear()
        self._bars, self._ticks, self._reduce_top = None, None, 0.0
        self._show_losses()

    def _show_losses(self):
        """Each worker's curve, made once and given its new points after. The axes are set
        once a run, not fitted to each new point: redrawing their numbers while four
        workers held both cores stalled the window 60 ms a picture."""
        if self.losses:
            first, steps = self.losses[0][0] if 0 in self.losses else 1.0, self._span
            vb = self.loss_plot.getViewBox()
            if vb.state["autoRange"][0] or getattr(self, "_ranged", None) != (steps, first):
                self.loss_plot.disableAutoRange()
                self.loss_plot.setRange(xRange=(0, steps), yRange=(0, first * 1.1),
                                        padding=0.02)
                self._ranged = (steps, first)
        self._show_reduce()
        new = False
        for w, ys in sorted(self.losses.items()):
            curve = self._curves.get(w)
            if curve is None:
                curve = self._curves[w] = self.loss_plot.plot(
                    pen=pen(self.theme, w, 2.5 if w == 0 else 1.5,
                            **({} if w == 0 else {"style": Qt.DashLine})),
                    name=self.tr("worker {0}").format(w))
                new = True
            curve.setData(ys)
        if new:
            refresh_title(self.loss_plot)

    def _trained(self, r=None):
        self.train_task = None
        self._show_losses()
        if r and "workers" in r:
            steps = [x for x in self._events if x["worker"] == 0]
            self.offer({"multiworker": {
                "workers": len(r["workers"]), "global_batch": self._cfg.global_batch,
                "shards": [x["shard"] for x in self._events if x["step"] == 1],
                "same_losses": len(steps) > 0 and all(
                    self.losses[w] == self.losses[0] for w in self.losses)}})
        if r and "lost" in r:
            self.train_out.setText(self.tr(
                "Worker {0} stopped: the plug was pulled. The others, waiting for its "
                "gradients in the all-reduce, were ended. Resume goes on from the last "
                "checkpoint.").format(r["lost"]))
        elif r:
            w = r["workers"]
            same = len({x["weights_sum"] for x in w}) == 1
            self.train_out.setText(self.tr(
                "{0} workers, {1} steps, {2:.0f} examples/s. {3}").format(
                    len(w), w[0]["steps"], w[0]["examples_per_second"],
                    self.tr("Every worker ends with the same weights.") if same
                    else self.tr("The workers' weights differ.")))
        self._cluster_shown()

    def _train_failed(self, message, line=None):
        self.train_task = None
        self._cluster_shown()
        self._failed(message)

    def pull_plug(self):
        if self.cluster is not None and self.train_task is not None:
            self.cluster.kill_worker(self.workers.currentData() - 1)

    def _drop_checkpoints(self):
        """A run's checkpoints go with the next fresh run or the app: none left behind."""
        import shutil
        if self.checkpoints is not None:
            shutil.rmtree(self.checkpoints, ignore_errors=True)
            self.checkpoints = None

    def shutdown(self):
        self.stop_cluster(wait=True)
        self._drop_checkpoints()

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
        self.tabs.setTabText(2, self.tr("Graph across machines"))
        self.tabs.setTabText(3, self.tr("Loss per worker"))
        self.tabs.setTabText(4, self.tr("All-reduce"))
        self.reduce_plot.setLabel("left", self.tr("gradient norm"))
        set_title(self.loss_plot, self.tr("loss per worker, each step"))
        self._replot_losses()
        self.loss_plot.setLabel("bottom", self.tr("step"))
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.cluster_n_label.setText(self.tr("machines"))
        self.addresses_label.setText(self.tr("Or servers on other machines (host:port, "
                                             "comma between):"))
        self.machines_tree.setHeaderLabels([self.tr("machine"), self.tr("address"),
                                            self.tr("devices")])
        self.mul_label.setText(self.tr("a * b on"))
        self.add_label.setText(self.tr("+ c on"))
        self.split_btn.setText(self.tr("Run compute across the machines"))
        self.workers_label.setText(self.tr("workers"))
        self.train_btn.setText(self.tr("Train on the workers"))
        self.resume_btn.setText(self.tr("Resume from the checkpoint"))
        self.plug_btn.setText(self.tr("Pull the plug on the last worker"))
        self._cluster_shown()
        self._split_text()
        self.startup_label.setText(self.tr("At start, split the CPU into"))
        self.startup_cpus.setSuffix(self.tr(" logical devices"))
        self._startup_note()
        self.lesson.setHtml(self.tr(
            "<h3>Devices</h3><p>A graph lets TensorFlow run some operations on the CPU and "
            "the rest on a GPU, and spread a model over several devices or machines.</p>"
            "<p>The toolbar's device selector wraps every panel's work in "
            "<code>tf.device(...)</code>, so it can change at any time without restarting "
            "TensorFlow.</p>"
            "<h3>Across machines</h3><p>For a distributed model, different parts of the graph "
            "run on different computers. Across machines starts real TensorFlow servers (one "
            "process each, talking gRPC as a lab's computers do) and runs compute with its "
            "ops on the machines you choose: TensorFlow cuts the graph where it crosses "
            "machines and puts a Send on one side and a Recv on the other.</p>"
            "<p>Training over several workers uses MultiWorkerMirroredStrategy: each worker "
            "trains on its share of the global batch, and the gradients are all-reduced, so "
            "every worker keeps the same weights. Keras 3's <code>fit()</code> does not run "
            "under this strategy ({0}), so the workers run a custom loop: "
            "<code>strategy.run</code> around a <code>GradientTape</code> step, with the loss "
            "divided by the global batch (<code>tf.nn.compute_average_loss</code>).</p>"
        ).format(cl.FIT_ISSUE))
        self._show()

    def apply_style(self, theme, pt):
        super().apply_style(theme, pt)
        self.view.set_theme(theme, pt)
        style_plot(self.plot, theme, pt)
        style_plot(self.loss_plot, theme, pt)
        style_plot(self.reduce_plot, theme, pt)
        # Words under the bars (Korean glyphs stand taller than pyqtgraph's guess).
        self.reduce_plot.getAxis("bottom").setHeight(
            int(QFontMetrics(self.reduce_plot.getAxis("bottom").style["tickFont"]).height()
                * 1.6))
        self._replot_losses()
        self.split_view.set_theme(theme, pt)
        self.tf_config.setFont(mono_font(max(8, pt - 2)))
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
        return {"device": devices.current(), "replicas": self.replicas.value(),
                "workers": self.workers.currentData()}

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
