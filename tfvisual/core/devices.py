"""Devices: which exist, which is chosen, where work ran, and distribution."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from .errors import QT_TRANSLATE_NOOP, Problem

_lock = threading.Lock()
_current = "/CPU:0"


@dataclass
class Device:
    name: str              # logical device name, e.g. /device:CPU:0
    kind: str              # "CPU" or "GPU"
    details: dict = field(default_factory=dict)

    @property
    def short(self) -> str:
        return self.name.replace("/device:", "/")


def list_devices() -> list[Device]:
    import tensorflow as tf

    physical = {d.device_type: d for d in tf.config.list_physical_devices()}
    out = []
    for d in tf.config.list_logical_devices():
        details = {}
        phys = physical.get(d.device_type)
        if d.device_type == "GPU" and phys is not None:
            try:
                details = dict(tf.config.experimental.get_device_details(phys))
                details["memory_in_use"] = tf.config.experimental.get_memory_info(
                    d.name)["current"]
            except (RuntimeError, ValueError):
                pass
        elif d.device_type == "CPU" and (ram := host_memory()):
            details = {"host_memory": ram}   # TensorFlow reports none for a CPU
        out.append(Device(d.name, d.device_type, details))
    return out


def host_memory() -> int | None:
    """The machine's RAM in bytes, where the OS says (POSIX)."""
    import os
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def physical_devices() -> list[tuple[str, str]]:
    import tensorflow as tf

    return [(d.name, d.device_type) for d in tf.config.list_physical_devices()]


def gpu_unavailable_reason() -> str | None:
    """None when a GPU can be used; otherwise why not, as precisely as TensorFlow tells."""
    import tensorflow as tf

    if tf.config.list_physical_devices("GPU"):
        return None
    if not tf.test.is_built_with_cuda() and not tf.test.is_built_with_rocm():
        return "this TensorFlow was built without GPU support (install tfvisual[gpu])"
    build = tf.sysconfig.get_build_info()
    import ctypes.util
    if ctypes.util.find_library("cuda") is None:
        return ("no GPU driver found: TensorFlow was built with CUDA "
                f"{build.get('cuda_version', '')} but libcuda is missing")
    return "no GPU found by TensorFlow"


def select(name: str) -> None:
    global _current
    with _lock:
        _current = name


def current() -> str:
    with _lock:
        return _current


def scope(name: str | None = None):
    """A tf.device scope for the selected device; TensorFlow needs no restart for it."""
    import tensorflow as tf

    return tf.device(name or current())


def ran_on(tensor) -> str:
    """Where a tensor was actually computed, from its .device."""
    return short_device(getattr(tensor, "device", "") or "")


def short_device(dev: str) -> str:
    """"/job:localhost/replica:0/task:0/device:CPU:0" -> "CPU:0"."""
    return dev.split("/device:")[-1] if "/device:" in dev else dev


def matmul_timing(sizes=(64, 128, 256, 512), device_names=None, repeats=7, state=None) -> dict:
    """Median seconds of an n×n matmul per device and size: {device: [(n, s), ...]}."""
    import statistics
    import time

    import tensorflow as tf

    names = device_names or [d.name for d in list_devices()]
    out: dict[str, list] = {}
    total = len(names) * len(sizes)
    k = 0
    for dev in names:
        out[dev] = []
        with tf.device(dev):
            for n in sizes:
                if state:
                    state.check()
                a = tf.random.uniform((n, n))
                b = tf.random.uniform((n, n))
                tf.linalg.matmul(a, b).numpy()  # warm-up
                times = []
                for _ in range(repeats):
                    t0 = time.perf_counter()
                    tf.linalg.matmul(a, b).numpy()
                    times.append(time.perf_counter() - t0)
                out[dev].append((n, statistics.median(times)))
                k += 1
                if state:
                    state.progress(k / total, f"{dev} {n}×{n}")
    return out


def placement(device: str | None = None) -> list[tuple[str, str, str, list]]:
    """A small tf.function's ops and where TensorFlow placed each when it ran, asked for the
    chosen device: (name, op, device, inputs). The devices are TensorFlow's own placement,
    read from the partitioned graphs of a traced run (run metadata); an op that Grappler
    folded away before the run has "" (it ran nowhere)."""
    import tensorflow as tf

    @tf.function
    def small(x, w):
        h = tf.linalg.matmul(x, w)
        return tf.nn.relu(h) + tf.reduce_mean(h)

    cf = small.get_concrete_function(tf.TensorSpec((4, 3)), tf.TensorSpec((3, 2)))
    g = tf.Graph()
    with g.as_default(), tf.device(device or current()):
        tf.graph_util.import_graph_def(cf.graph.as_graph_def(), name="")
    v1 = tf.compat.v1
    options = v1.RunOptions(trace_level=v1.RunOptions.FULL_TRACE, output_partition_graphs=True)
    meta = v1.RunMetadata()
    feed = {t.name: tf.random.uniform(t.shape).numpy() for t in cf.inputs}
    # Soft placement, as eager and tf.function have: an op with no kernel on the device asked
    # for runs where TensorFlow can run it.
    # A session sees one CPU unless told: the logical CPUs the app made are asked for, or an
    # op pinned to CPU:1 would be shown on CPU:0.
    cpus = len(tf.config.list_logical_devices("CPU"))
    with v1.Session(graph=g, config=v1.ConfigProto(allow_soft_placement=True,
                                                   device_count={"CPU": cpus})) as session:
        session.run([t.name for t in cf.outputs], feed, options=options, run_metadata=meta)
    placed = {}
    for pg in meta.partition_graphs:
        for n in pg.node:
            placed[n.name] = n.device
            if n.op == "_Arg" and n.name.startswith("_arg_"):   # a fed input: _arg_x_0_1
                placed.setdefault(n.name[5:].rsplit("_", 2)[0], n.device)
    return [(op.name, op.type, short_device(placed.get(op.name, "")),
             [i.op.name for i in op.inputs]) for op in cf.graph.get_operations()]


def configure_logical_cpus(n: int) -> bool:
    """Split the CPU into n logical devices; must run before TensorFlow initialises devices."""
    import tensorflow as tf

    cpus = tf.config.list_physical_devices("CPU")
    try:
        tf.config.set_logical_device_configuration(
            cpus[0], [tf.config.LogicalDeviceConfiguration() for _ in range(n)])
    except RuntimeError:
        return False
    return True


@dataclass
class MirroredResult:
    devices: list[str]
    replica_batches: list          # numpy x per replica
    replica_grads: list            # gradient (list of arrays) per replica
    reduced_grads: list            # all-reduced gradient
    single_grads: list             # gradient on the whole batch on one device


def mirrored_summary(r: MirroredResult) -> dict:
    """Plain lists, to show and to send between processes."""
    def plain(a, digits):
        return a.astype(float).round(digits).tolist()
    return {"devices": r.devices,
            "batches": [plain(b, 3) for b in r.replica_batches],
            "grads": [plain(g.ravel(), 5) for g in r.replica_grads],
            "reduced": plain(r.reduced_grads[0].ravel(), 5),
            "single": plain(r.single_grads[0].ravel(), 5)}


def _mirrored_here(n: int) -> dict:
    return mirrored_summary(mirrored_step(batch=n * max(2, 8 // n)))   # 2+ rows a replica


def _mirrored_child(n: int) -> dict:
    configure_logical_cpus(n)
    return _mirrored_here(n)


def mirrored_on(n: int, state=None) -> dict:
    """One MirroredStrategy step over n logical CPUs, as a plain dict.

    Logical devices can only be made before TensorFlow sets up its devices. If this process
    was started with n of them (the startup setting), the step runs here; otherwise in a
    fresh process (multiprocessing spawn, which also works in the frozen app).
    """
    import multiprocessing as mp
    import time

    import tensorflow as tf
    if len(tf.config.list_logical_devices("CPU")) == n:
        return _mirrored_here(n)
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_mirrored_send, args=(n, child), daemon=True,
                       name="tfvisual-mirrored")
    proc.start()
    child.close()
    deadline = time.monotonic() + 600
    try:
        # A process, not a Pool: a Pool silently replaces a worker that crashed and waits
        # for its answer forever; here a dead child is seen at once.
        while not parent.poll(0.2):
            if state is not None and state.cancelled:
                proc.kill()
                state.check()
            if not proc.is_alive() and not parent.poll(0):
                raise Problem(QT_TRANSLATE_NOOP(
                    "core", "the distributed step's process ended without an answer "
                            "(exit code {code})"), code=proc.exitcode)
            if time.monotonic() > deadline:
                raise Problem(QT_TRANSLATE_NOOP(
                    "core", "the distributed step did not finish in 10 minutes"))
        ok, value = parent.recv()
    finally:
        parent.close()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
    if not ok:
        raise value
    return value


def _mirrored_send(n, conn):
    try:
        answer = (True, _mirrored_child(n))
    except Exception as e:  # noqa: BLE001 — every failure goes back as a message
        answer = (False, e if isinstance(e, Problem) else Problem(
            QT_TRANSLATE_NOOP("core", "the distributed step failed: {why}"),
            why=f"{type(e).__name__}: {e}"))
    try:
        conn.send(answer)
    except OSError:
        pass    # the app stopped waiting
    finally:
        conn.close()


def mirrored_step(batch: int = 8, seed: int = 0) -> MirroredResult:
    """One gradient step of a linear model under MirroredStrategy over every logical device."""
    import numpy as np
    import tensorflow as tf

    rng = np.random.default_rng(seed)
    x = rng.normal(size=(batch, 3)).astype("float32")
    y = rng.normal(size=(batch, 1)).astype("float32")
    w0 = rng.normal(size=(3, 1)).astype("float32")
    names = [d.name for d in tf.config.list_logical_devices("CPU")] + \
            [d.name for d in tf.config.list_logical_devices("GPU")]
    strategy = tf.distribute.MirroredStrategy(names, cross_device_ops=tf.distribute
                                              .ReductionToOneDevice())
    n = strategy.num_replicas_in_sync
    if batch % n:
        raise Problem(QT_TRANSLATE_NOOP(
            "core", "the batch of {batch} does not split evenly over {n} replicas"),
            batch=batch, n=n)
    with strategy.scope():
        w = tf.Variable(w0)

    def loss_of(wv, xb, yb):
        # Scaled by the global batch so that summing replicas gives the whole-batch mean.
        return tf.reduce_sum(tf.square(tf.matmul(xb, wv) - yb)) / batch

    def replica_fn(xb, yb):
        with tf.GradientTape() as tape:
            loss = loss_of(w, xb, yb)
        return tape.gradient(loss, w), xb

    ds = tf.data.Dataset.from_tensor_slices((x, y)).batch(batch)
    dist = strategy.experimental_distribute_dataset(ds)
    xb, yb = next(iter(dist))
    grads, shards = strategy.run(replica_fn, args=(xb, yb))
    per_grad = [g.numpy() for g in strategy.experimental_local_results(grads)]
    per_x = [s.numpy() for s in strategy.experimental_local_results(shards)]
    reduced = strategy.reduce(tf.distribute.ReduceOp.SUM, grads, axis=None).numpy()
    wv = tf.constant(w0)
    with tf.GradientTape() as tape:
        tape.watch(wv)
        single = tape.gradient(loss_of(wv, x, y), wv).numpy()
    return MirroredResult(names, per_x, per_grad, [reduced], [single])
