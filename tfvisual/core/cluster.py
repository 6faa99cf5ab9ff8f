"""A real TensorFlow cluster on this machine (issue 26): servers in their own processes,
a graph split between them, data-parallel training over them. Qt-free.

TensorFlow's gRPC server always listens on every interface (it binds ``0.0.0.0:port``),
so the local cluster lives in a private network of its own where the OS allows it
(Linux: a user and network namespace, made before TensorFlow starts). There only its
loopback exists: nothing on this machine's network sees the servers, and they are gone
with it. Where no private network can be made, the servers listen as TensorFlow makes
them, and ``Cluster.private`` says so.

One "host" process holds the cluster: it makes the private network, starts one process
per server, runs the learner's requests as the cluster's client and passes events back
over a pipe. Every process it starts dies with it, and it dies with the app.
"""
from __future__ import annotations

import json
import math
import multiprocessing as mp
import os
import socket
import sys
import threading
import time
from dataclasses import asdict, dataclass, field

from .concurrent import Cancelled, State

MAX_WORKERS = 4
START_TIMEOUT = 30.0        # seconds servers get to answer before the start is called failed
FAULT_WAIT = 0.2            # how often the host looks for a worker that died
# Why training uses a custom loop: Keras 3's fit() under MultiWorkerMirroredStrategy fails.
FIT_ISSUE = "https://github.com/keras-team/keras/issues/20585"


class ClusterError(RuntimeError):
    """A cluster that could not start, answer or go on; the message is for the learner."""


# -- in the host and its children -------------------------------------------------------------
def _die_with_parent():
    """Linux: end this process when the one that started it ends (no orphans). Everywhere:
    yield the cores to the app's window, which must not freeze while machines work."""
    try:
        os.nice(10)
    except (AttributeError, OSError):
        pass
    if sys.platform.startswith("linux"):
        import ctypes
        import signal
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG


def _private_network() -> str | None:
    """Move this (still single-threaded) process into a network of its own with only a
    loopback, up. Returns None, or why it could not."""
    if not sys.platform.startswith("linux"):
        return "only Linux gives a process a network of its own"
    import ctypes
    import fcntl
    import struct
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(0x10000000 | 0x40000000) != 0:      # CLONE_NEWUSER | CLONE_NEWNET
        return os.strerror(ctypes.get_errno())
    try:
        for path, text in (("/proc/self/setgroups", "deny"),
                           ("/proc/self/uid_map", f"0 {uid} 1"),
                           ("/proc/self/gid_map", f"0 {gid} 1")):
            try:
                with open(path, "w") as f:
                    f.write(text)
            except FileNotFoundError:
                pass
        with socket.socket() as s:      # the loopback starts down: IFF_UP|LOOPBACK|RUNNING
            fcntl.ioctl(s, 0x8914, struct.pack("16sH14x", b"lo", 0x1 | 0x8 | 0x40))
    except OSError as e:
        return str(e)
    return None


def _free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _server_main(index: int, addresses: list, conn):
    """One TensorFlow server: a machine of the cluster."""
    _die_with_parent()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import tensorflow as tf
    spec = tf.train.ClusterSpec({"worker": addresses})
    try:
        server = tf.distribute.Server(spec, job_name="worker", task_index=index,
                                      protocol="grpc", start=True)
    except Exception as e:      # a port taken, an address not of this machine
        conn.send(("failed", str(e).strip().splitlines()[-1] if str(e).strip() else repr(e)))
        return
    devices = [d.name for d in tf.config.list_logical_devices()]
    conn.send(("up", {"target": server.target, "devices": devices, "pid": os.getpid()}))
    server.join()


@dataclass
class TrainConfig:
    """Data-parallel training over the workers (MultiWorkerMirroredStrategy)."""
    workers: int = 2
    epochs: int = 3
    global_batch: int = 64          # split evenly between the workers
    learning_rate: float = 0.1
    hidden: int = 32
    seed: int = 1
    resume: bool = False            # start from the last checkpoint of an earlier run
    checkpoint_dir: str = ""        # where the chief keeps it (a temp folder if empty)

    def validate(self):
        if not 1 <= self.workers <= MAX_WORKERS:
            raise ValueError(f"workers must be 1 to {MAX_WORKERS}")
        if self.global_batch % self.workers:
            raise ValueError("the global batch must split evenly between the workers")
        if self.epochs < 1 or self.global_batch < 1 or not self.learning_rate > 0:
            raise ValueError("epochs, batch and learning rate must be positive")


def _worker_main(index: int, addresses: list, cfg: dict, conn):
    """One worker of a MultiWorkerMirroredStrategy run: the custom loop the lesson teaches
    (Keras 3's fit() does not run under it, FIT_ISSUE). Sends each step's loss."""
    _die_with_parent()
    try:
        _worker(index, addresses, cfg, conn)
    except Exception as e:      # said to the learner; the host ends the others
        msg = str(e).strip().splitlines()
        conn.send(("failed", f"worker {index}: {type(e).__name__}: {msg[-1] if msg else ''}"))


def _worker(index: int, addresses: list, cfg: dict, conn):
    os.environ["TF_CONFIG"] = json.dumps({"cluster": {"worker": addresses},
                                          "task": {"type": "worker", "index": index}})
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import numpy as np
    import tensorflow as tf
    import keras

    from . import data
    cfg = TrainConfig(**cfg)
    strategy = tf.distribute.MultiWorkerMirroredStrategy()
    ds = data.digits()
    keras.utils.set_random_seed(cfg.seed)
    with strategy.scope():
        model = keras.Sequential([keras.Input(ds.input_shape), keras.layers.Flatten(),
                                  keras.layers.Dense(cfg.hidden, activation="relu"),
                                  keras.layers.Dense(10)])
        optimizer = keras.optimizers.SGD(cfg.learning_rate)
        epoch_var = tf.Variable(0, dtype=tf.int64)
    ckpt = tf.train.Checkpoint(model=model, optimizer=optimizer, epoch=epoch_var)
    # Only the chief's checkpoint is kept; the others write to a folder of their own.
    folder = cfg.checkpoint_dir if index == 0 else os.path.join(cfg.checkpoint_dir,
                                                                 f"worker{index}")
    manager = tf.train.CheckpointManager(ckpt, folder, max_to_keep=1)
    resumed = None
    if cfg.resume and manager.latest_checkpoint:
        ckpt.restore(manager.latest_checkpoint)
        resumed = int(epoch_var.numpy())
    loss_fn = keras.losses.SparseCategoricalCrossentropy(
        from_logits=True, reduction="none")
    opts = tf.data.Options()
    opts.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    n = len(ds.x_train) // cfg.global_batch * cfg.global_batch
    dataset = tf.data.Dataset.from_tensor_slices((ds.x_train[:n], ds.y_train[:n])) \
        .batch(cfg.global_batch).with_options(opts)
    dist = strategy.experimental_distribute_dataset(dataset)

    @tf.function
    def step(batch):
        def replica(x, y):
            with tf.GradientTape() as tape:
                per_example = loss_fn(y, model(x, training=True))
                # The global batch rule: divide by the global batch, not this shard's.
                loss = tf.nn.compute_average_loss(per_example,
                                                  global_batch_size=cfg.global_batch)
            grads = tape.gradient(loss, model.trainable_variables)
            # What apply_gradients does inside, made visible: every worker's gradient
            # summed over the cluster (one more all-reduce, for the picture).
            reduced = tf.distribute.get_replica_context().all_reduce("SUM", grads)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))  # all-reduced
            return loss, tf.shape(x)[0], tf.linalg.global_norm(grads), \
                tf.linalg.global_norm(reduced)
        loss, shard, mine, summed = strategy.run(replica, args=batch)
        return strategy.reduce("SUM", loss, axis=None), shard, mine, summed

    conn.send(("ready", {"worker": index, "resumed": resumed,
                         "variables": len(model.trainable_variables)}))
    steps, t0 = 0, time.perf_counter()
    for epoch in range(int(epoch_var.numpy()), cfg.epochs):
        for batch in dist:
            loss, shard, mine, summed = step(batch)
            steps += 1
            conn.send(("step", {"worker": index, "epoch": epoch, "step": steps,
                                "loss": float(loss), "shard": int(shard),
                                "gradient": float(mine), "all_reduced": float(summed),
                                "seconds": time.perf_counter() - t0}))
        epoch_var.assign(epoch + 1)
        manager.save()
        conn.send(("epoch", {"worker": index, "epoch": epoch + 1}))
    seconds = time.perf_counter() - t0
    conn.send(("done", {"worker": index, "steps": steps, "seconds": seconds,
                        "examples_per_second": steps * cfg.global_batch / max(seconds, 1e-9),
                        "weights_sum": float(sum(np.sum(w) for w in model.get_weights()))}))


def _split(source: str, placement: dict, inputs: list, calls: int, target: str) -> dict:
    """Run the learner's function on the cluster with its ops on the tasks asked for; the
    partitioned graphs TensorFlow made (with the Send/Recv it inserted) as plain data."""
    import numpy as np
    import tensorflow as tf

    from . import graphs
    fn = graphs.define(source)[0]
    values = [np.asarray(v, dtype="float32") for v in inputs]
    g = tf.Graph()
    with g.as_default(), tf.device("/job:worker/task:0"):
        import inspect
        names = list(inspect.signature(fn).parameters)[:len(values)]
        phs = [tf.compat.v1.placeholder(tf.float32, v.shape, name=n)
               for n, v in zip(names, values)]
        out = fn(*phs)
    outs = list(out) if isinstance(out, (list, tuple)) else [out]
    for op in g.get_operations():
        task = placement.get(op.name, placement.get(op.type))
        if task is not None:
            op._set_device(f"/job:worker/task:{int(task)}")
    feed = dict(zip(phs, values))

    def timed(session):
        session.run(outs, feed)
        t0 = time.perf_counter()
        for _ in range(calls):
            session.run(outs, feed)
        return (time.perf_counter() - t0) / calls

    with tf.compat.v1.Session(target, graph=g) as s:
        md = tf.compat.v1.RunMetadata()
        got = s.run(outs, feed, options=tf.compat.v1.RunOptions(
            output_partition_graphs=True), run_metadata=md)
        split_seconds = timed(s)
    with g.as_default():            # the same graph on one machine: no device asked for
        for op in g.get_operations():
            op._set_device("")
    with tf.compat.v1.Session(graph=g) as s:
        local = s.run(outs, feed)
        local_seconds = timed(s)
    nodes, sends = [], {}
    sizes = {t.name: (t.dtype.size, t.shape) for op in g.get_operations() for t in op.outputs}
    for pg in md.partition_graphs:
        for nd in pg.node:
            inputs_ = [i for i in nd.input]
            rec = {"name": nd.name, "op": nd.op, "device": nd.device, "inputs": inputs_}
            if nd.op in ("_Send", "_Recv", "_HostSend", "_HostRecv"):
                rec["tensor"] = nd.attr["tensor_name"].s.decode()
                rec["from"] = nd.attr["send_device"].s.decode()
                rec["to"] = nd.attr["recv_device"].s.decode()
                rec["client"] = bool(nd.attr["client_terminated"].b)
                if nd.op.endswith("Send"):
                    # What it sends: its input, a fetched tensor, or a fed one ("_recv_c_0").
                    src = inputs_[0].split(":")[0] if inputs_ else ""
                    fed = src[len("_recv_"):].rsplit("_", 1)[0] if src.startswith("_recv_") \
                        else ""
                    size, shape = next((sizes[k] for k in (f"{src}:0", rec["tensor"], f"{fed}:0")
                                        if k in sizes), (0, None))
                    if shape is not None and shape.is_fully_defined():
                        rec["bytes"] = int(size * math.prod(shape.as_list()))
                    sends[rec["tensor"]] = rec
            nodes.append(rec)
    for rec in nodes:           # a Recv reads what its Send sent, machine to machine
        if rec["op"].endswith("Recv") and rec["tensor"] in sends:
            rec["inputs"] = [sends[rec["tensor"]]["name"]]
            rec["bytes"] = sends[rec["tensor"]].get("bytes")
    return {"nodes": nodes, "outputs": [o.op.name for o in outs],
            "values": [np.asarray(v).tolist() for v in got],
            "local_values": [np.asarray(v).tolist() for v in local],
            "split_seconds": split_seconds, "local_seconds": local_seconds}


def _host_main(n: int, private: bool, ports: list | None, addresses: list | None, conn):
    """The cluster's host: private network, servers, then the app's requests in turn."""
    local = addresses is None
    why = (_private_network() if private else "asked not to") if local else "addresses typed"
    # The host is a daemon (it ends with the app); its own children are allowed all the same.
    mp.current_process()._config["daemon"] = False
    ctx = mp.get_context("spawn")
    procs, answers, machines = [], [], []
    try:
        if local:
            addresses = [f"127.0.0.1:{p}" for p in ports or _free_ports(n)]
            for i in range(n):
                a, b = ctx.Pipe()
                p = ctx.Process(target=_server_main, args=(i, addresses, b), daemon=True,
                                name=f"tfvisual-server-{i}")
                p.start()
                b.close()
                procs.append(p)
                answers.append(a)
            for i, a in enumerate(answers):
                if not a.poll(START_TIMEOUT):
                    raise ClusterError(f"machine {i} did not answer in {START_TIMEOUT:.0f} s")
                kind, info = a.recv()
                if kind != "up":
                    raise ClusterError(f"machine {i} could not start at {addresses[i]}: {info}")
                machines.append(info)
        else:       # servers the learner started elsewhere: each must answer
            for i, address in enumerate(addresses):
                host, _, port = address.rpartition(":")
                try:
                    socket.create_connection((host.strip("[]"), int(port)), 5).close()
                except (OSError, ValueError) as e:
                    raise ClusterError(f"machine {i} at {address} does not answer: {e}") \
                        from None
                machines.append({"target": f"grpc://{address}", "devices": [], "pid": None})
    except (ClusterError, EOFError) as e:
        conn.send(("failed", str(e) or "a machine ended while starting"))
        for p in procs:
            p.kill()
        return
    conn.send(("up", {"addresses": addresses, "machines": machines,
                      "private": why is None, "why_not_private": why}))
    _serve(conn, addresses, procs, ctx)
    # Its servers are gone: end now, not after a second of TensorFlow's own teardown.
    conn.close()
    os._exit(0)


def _serve(conn, addresses, procs, ctx):
    try:
        while True:
            try:
                request, args = conn.recv()
            except (EOFError, OSError):
                return
            if request == "stop":
                return
            try:
                if request == "split":
                    conn.send(("done", _split(*args, target=f"grpc://{addresses[0]}")))
                elif request == "kill":
                    procs[args].kill()
                    conn.send(("done", None))
                elif request == "alive":
                    conn.send(("done", [p.is_alive() for p in procs]))
                elif request == "train" and _train(conn, args, ctx) == "stop":
                    return
            except Exception as e:      # a request that failed: said, the host goes on
                msg = str(e).strip().splitlines()
                conn.send(("error", f"{type(e).__name__}: {msg[-1] if msg else ''}"))
    finally:
        for p in procs:
            p.kill()
            p.join(5)


def _train(conn, cfg: dict, ctx):
    """Start one process per worker (new ports: each runs its own server, from TF_CONFIG),
    pass their events on, and end them all when one dies or the app says stop."""
    n = cfg["workers"]
    addresses = [f"127.0.0.1:{p}" for p in _free_ports(n)]
    procs, pipes = [], []
    for i in range(n):
        a, b = ctx.Pipe()
        p = ctx.Process(target=_worker_main, args=(i, addresses, cfg, b), daemon=True,
                        name=f"tfvisual-worker-{i}")
        p.start()
        b.close()
        procs.append(p)
        pipes.append(a)
    conn.send(("event", ("workers", {"addresses": addresses,
                                     "pids": [p.pid for p in procs]})))
    done, result = set(), {}

    def lost():
        """A worker that died (so the others failed waiting for it), if one did."""
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            dead = [i for i, p in enumerate(procs) if not p.is_alive() and p.exitcode != 0
                    and i not in done]
            if dead:
                return dead[0]
            time.sleep(0.05)
        return None
    try:
        while len(done) < n:
            if conn.poll(0):
                request, args = conn.recv()
                if request == "kill":               # pull the plug on one worker
                    procs[args].kill()
                elif request in ("cancel", "stop"):
                    conn.send(("cancelled", None))
                    return request          # "stop" ends the host too
            for i, (p, a) in enumerate(zip(procs, pipes)):
                while i not in done and a.poll(0):
                    try:
                        kind, info = a.recv()
                    except EOFError:
                        break
                    if kind == "failed":        # its own fault, or a peer's death?
                        dead = lost()
                        if dead is not None and dead != i:
                            conn.send(("fault", {"worker": dead,
                                                 "exitcode": procs[dead].exitcode}))
                        else:
                            conn.send(("error", info))
                        return
                    if kind == "done":
                        done.add(i)
                        result[i] = info
                    conn.send(("event", (kind, info)))
                if i not in done and not p.is_alive():
                    p.join()
                    conn.send(("fault", {"worker": i, "exitcode": p.exitcode}))
                    return
            time.sleep(0.02)
        conn.send(("done", {"workers": [result[i] for i in range(n)]}))
    finally:
        for p in procs:
            p.kill()
            p.join(5)


# -- in the app ---------------------------------------------------------------------------
@dataclass
class Cluster:
    """A running cluster: its machines' addresses and devices; ``stop()`` ends it all."""
    addresses: list
    machines: list = field(default_factory=list)    # per machine: target, devices, pid
    private: bool = False       # in a network of its own: nothing outside can reach it
    why_not_private: str | None = None
    local: bool = True          # started here (else: addresses the learner typed)
    _proc: object = field(default=None, repr=False)
    _conn: object = field(default=None, repr=False)
    _lock: object = field(default_factory=threading.Lock, repr=False)
    _send_lock: object = field(default_factory=threading.Lock, repr=False)

    @property
    def tf_config(self) -> list[str]:
        """Each machine's TF_CONFIG, as its worker would set it."""
        return [json.dumps({"cluster": {"worker": self.addresses},
                            "task": {"type": "worker", "index": i}})
                for i in range(len(self.addresses))]

    @property
    def pids(self) -> list[int]:
        if self._proc is None:
            return []
        return [self._proc.pid] + [m["pid"] for m in self.machines if m["pid"]]

    def running(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def request(self, name: str, args=None, emit=None, state: State | None = None,
                timeout: float | None = None):
        """Send one request to the host; pass its events to ``emit``; return its answer."""
        if not self.running():
            raise ClusterError("the cluster is not running")
        with self._lock:
            self._send((name, args))
            waited, asked_stop = 0.0, False
            while True:
                if state is not None and state.cancelled and not asked_stop:
                    self._send(("cancel", None))
                    asked_stop = True
                if not self._conn.poll(0.05):
                    waited += 0.05
                    if not self._proc.is_alive():
                        raise ClusterError("the cluster's host process ended")
                    if timeout is not None and waited > timeout:
                        raise ClusterError(f"no answer in {timeout:.0f} s")
                    continue
                try:
                    kind, info = self._conn.recv()
                except EOFError:
                    raise ClusterError("the cluster's host process ended") from None
                if kind == "event":
                    if emit is not None:
                        emit(*info)
                elif kind == "done":
                    return info
                elif kind == "cancelled":
                    raise Cancelled()
                elif kind == "fault":
                    raise WorkerLost(info["worker"], info["exitcode"])
                else:
                    raise ClusterError(info)

    def kill_worker(self, index: int) -> None:
        """Pull the plug: end one training worker (or, with no training, one machine)."""
        self._send(("kill", index))

    def _send(self, message) -> None:
        with self._send_lock:       # a request's thread and the GUI's may both send
            self._conn.send(message)

    def stop(self, timeout: float = 10.0) -> None:
        """End every process of the cluster and wait for them."""
        if self._proc is None:
            return
        try:
            self._send(("stop", None))
        except (OSError, ValueError):
            pass
        self._proc.join(timeout)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join(timeout)
        self._conn.close()
        self._proc = None


class WorkerLost(ClusterError):
    def __init__(self, worker: int, exitcode):
        super().__init__(f"worker {worker} stopped (exit code {exitcode})")
        self.worker, self.exitcode = worker, exitcode


def start_local(n: int = 2, private: bool = True, timeout: float = 60.0,
                state: State | None = None, ports: list | None = None,
                addresses: list | None = None) -> Cluster:
    """Start ``n`` TensorFlow servers on this machine, one process each (at ``ports``, or
    free ones), in a network of their own where the OS allows (``private``). Blocks until
    every one answers. With ``addresses`` (servers the learner started on other machines)
    nothing is started: each must answer, and requests go to them."""
    if addresses is not None:
        n = len(addresses)
    if not 1 <= n <= MAX_WORKERS:
        raise ValueError(f"a cluster has 1 to {MAX_WORKERS} machines")
    ctx = mp.get_context("spawn")
    a, b = ctx.Pipe()
    proc = ctx.Process(target=_host_main, args=(n, private, ports, addresses, b), daemon=True,
                       name="tfvisual-cluster")
    proc.start()
    b.close()
    cluster = Cluster([], _proc=proc, _conn=a, local=addresses is None)
    waited = 0.0
    try:
        while not a.poll(0.05):
            waited += 0.05
            if state is not None:
                state.check()
                state.progress(min(waited / 10.0, 0.95))
            if not proc.is_alive():
                raise ClusterError("the cluster's host process ended while starting")
            if waited > timeout:
                raise ClusterError(f"the cluster did not start in {timeout:.0f} s")
        kind, info = a.recv()
    except EOFError:
        kind, info = "failed", "the cluster's host process ended while starting"
    except BaseException:
        cluster.stop(1.0)
        raise
    if kind != "up":
        cluster.stop(1.0)
        raise ClusterError(info)
    cluster.addresses, cluster.machines = info["addresses"], info["machines"]
    cluster.private, cluster.why_not_private = info["private"], info["why_not_private"]
    return cluster


def split_graph(fn, placement: dict, cluster: Cluster, inputs=None, calls: int = 20,
                state: State | None = None):
    """Run ``fn`` (its source, or a function) on ``cluster`` with the ops ``placement``
    names (op name or type -> task) on those tasks, the rest on task 0. Returns an OpGraph
    of the partitioned graphs TensorFlow ran, each op framed by its machine (``groups``),
    with ``.split`` holding the transfers, the values and the time of a call beside the
    same graph on one machine."""
    import inspect

    import numpy as np

    from . import graphs
    source = fn if isinstance(fn, str) else inspect.getsource(fn)
    if inputs is None:
        inputs = [np.array([1.0, 2.0]), np.array([3.0, 4.0]), np.array([5.0, 6.0])]
    inputs = [np.asarray(v, dtype="float32").tolist() for v in inputs]
    got = cluster.request("split", (source, dict(placement or {}), inputs, calls),
                          state=state, timeout=120)
    nodes, groups = [], {}
    for r in got["nodes"]:
        inputs_ = [graphs._node_name(i) for i in r["inputs"]]
        node = graphs.Node(r["name"], r["op"], inputs_, r["device"])
        nodes.append(node)
        groups[r["name"]] = machine_of(r["device"])
    g = graphs.OpGraph(nodes, got["outputs"], groups=groups)
    got["transfers"] = [{"tensor": r["tensor"], "from": machine_of(r["from"]),
                         "to": machine_of(r["to"]), "bytes": r.get("bytes"),
                         "client": r["client"]}
                        for r in got["nodes"] if r["op"].endswith("Send")]
    got["tasks"] = {r["name"]: task_of(r["device"]) for r in got["nodes"]}
    g.split = got
    return g


def task_of(device: str) -> int | None:
    """'/job:worker/replica:0/task:1/device:CPU:0' -> 1."""
    for part in device.split("/"):
        if part.startswith("task:"):
            return int(part[5:])
    return None


def machine_of(device: str) -> str:
    t = task_of(device)
    return f"machine {t}" if t is not None else "this app"


def train_multiworker(config: TrainConfig, cluster: Cluster, state: State | None = None,
                      emit=None) -> dict:
    """Data-parallel training with MultiWorkerMirroredStrategy over ``config.workers``
    processes of the cluster's host; each worker's events go to ``emit(kind, data)`` as
    they come ("workers", "ready", "step", "epoch", "done"). Raises WorkerLost when a
    worker dies (the others are ended: they would wait for it in the all-reduce)."""
    import tempfile
    config.validate()
    if not config.checkpoint_dir:
        config.checkpoint_dir = tempfile.mkdtemp(prefix="tfvisual-mwms-")
    return cluster.request("train", asdict(config), emit=emit, state=state)


# -- exported: one script per worker and a launcher ------------------------------------------
WORKER_SCRIPT = '''"""One worker of MultiWorkerMirroredStrategy training (exported by tfvisual).

On each machine:  python {worker} --index I --addresses host0:port,host1:port,...
(the same addresses everywhere, I its own place in them). {launch} starts them all here.
Keras 3's fit() does not run under this strategy ({issue}): a custom loop does.
"""
import argparse
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--index", type=int, required=True)
parser.add_argument("--addresses", required=True)
parser.add_argument("--epochs", type=int, default={epochs})
parser.add_argument("--global-batch", type=int, default={global_batch})
args = parser.parse_args()
addresses = args.addresses.split(",")
os.environ["TF_CONFIG"] = json.dumps({{"cluster": {{"worker": addresses}},
                                      "task": {{"type": "worker", "index": args.index}}}})

import numpy as np
import tensorflow as tf
import keras

strategy = tf.distribute.MultiWorkerMirroredStrategy()
# Data made here, the same on every machine: 2,048 points, 10 classes from a fixed rule.
rng = np.random.default_rng(0)
x = rng.normal(size=(2048, 64)).astype("float32")
y = np.argmax(x @ rng.normal(size=(64, 10)), axis=1)
keras.utils.set_random_seed({seed})
with strategy.scope():
    model = keras.Sequential([keras.Input((64,)), keras.layers.Dense({hidden}, activation="relu"),
                              keras.layers.Dense(10)])
    optimizer = keras.optimizers.SGD({learning_rate})
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True, reduction="none")
options = tf.data.Options()
options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(args.global_batch) \\
    .with_options(options)
batches = strategy.experimental_distribute_dataset(dataset)


@tf.function
def step(batch):
    def replica(x, y):
        with tf.GradientTape() as tape:
            # The global batch rule: divide by the global batch, not this worker's share.
            loss = tf.nn.compute_average_loss(loss_fn(y, model(x, training=True)),
                                              global_batch_size=args.global_batch)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))   # all-reduced
        return loss
    return strategy.reduce("SUM", strategy.run(replica, args=batch), axis=None)


for epoch in range(args.epochs):
    for i, batch in enumerate(batches):
        loss = float(step(batch))
    print(f"worker {{args.index}} epoch {{epoch + 1}} loss {{loss:.6f}}", flush=True)
'''

LAUNCH_SCRIPT = '''"""Start {n} workers of {worker} on this machine (127.0.0.1, free ports) and wait.
On real machines, run {worker} on each instead, with their addresses."""
import socket
import subprocess
import sys
from pathlib import Path

socks = [socket.socket() for _ in range({n})]
for s in socks:
    s.bind(("127.0.0.1", 0))
addresses = ",".join(f"127.0.0.1:{{s.getsockname()[1]}}" for s in socks)
for s in socks:
    s.close()
worker = Path(__file__).with_name({worker!r})
procs = [subprocess.Popen([sys.executable, str(worker), "--index", str(i),
                           "--addresses", addresses]) for i in range({n})]
try:
    codes = [p.wait() for p in procs]
finally:
    for p in procs:
        p.kill()
sys.exit(max(codes))
'''


def scripts(stem: str, cfg: TrainConfig | None = None) -> dict[str, str]:
    """The lesson's training as files: ``{stem}_worker.py`` for each machine and
    ``{stem}_launch.py`` starting ``cfg.workers`` of them here."""
    cfg = cfg or TrainConfig()
    worker, launch = f"{stem}_worker.py", f"{stem}_launch.py"
    return {worker: WORKER_SCRIPT.format(worker=worker, launch=launch, issue=FIT_ISSUE,
                                         **asdict(cfg)),
            launch: LAUNCH_SCRIPT.format(n=cfg.workers, worker=worker)}
