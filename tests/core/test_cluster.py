"""A real TensorFlow cluster on this machine (issue 26): servers, a split graph, training
over workers, a worker killed, nothing left listening."""
import re
import shutil
import subprocess
import time

import pytest

from tfvisual.core import cluster as cl
from tfvisual.core import graphs


def listening() -> set[int]:
    """Ports this machine listens on, as `ss -ltn` (or /proc/net where ss is missing)."""
    if shutil.which("ss"):
        out = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True).stdout
        return {int(m) for m in re.findall(r":(\d+)\s+\S+:\S+\s*$", out, re.M)}
    ports = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(name) as f:
            for line in f.readlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                if state == "0A":
                    ports.add(int(local.rsplit(":", 1)[1], 16))
    return ports


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.fixture(scope="module")
def cluster():
    before = listening()
    t0 = time.perf_counter()
    c = cl.start_local(2)
    c.started_in = time.perf_counter() - t0
    c.listening_before = before
    yield c
    c.stop()


def test_a_cluster_of_two_starts_and_nothing_outside_sees_it(cluster):
    assert len(cluster.addresses) == 2 and cluster.running()
    assert all(a.startswith("127.0.0.1:") for a in cluster.addresses)
    assert all("/device:CPU:0" in m["devices"] for m in cluster.machines)
    assert all(alive(pid) for pid in cluster.pids)
    if cluster.private:       # its own network: this machine's shows no new listener
        assert listening() <= cluster.listening_before
    else:
        assert cluster.why_not_private       # said, not hidden
    assert '"index": 1' in cluster.tf_config[1] and cluster.addresses[0] in cluster.tf_config[1]


def test_the_chapters_compute_split_between_two_machines(cluster):
    g = cl.split_graph(graphs.EXAMPLES["compute"], {"add": 1}, cluster)
    split = g.split
    assert split["values"] == [[8.0, 14.0], [15.0, 48.0]] == split["local_values"]
    assert split["tasks"]["add"] == 1 and split["tasks"]["mul"] == 0
    assert g.groups["add"] == "machine 1" and g.groups["mul"] == "machine 0"
    # TensorFlow's own Send/Recv carry a*b from machine 0 to the add on machine 1.
    cross = [t for t in split["transfers"] if not t["client"]]
    assert {"from": "machine 0", "to": "machine 1"}.items() <= next(
        t for t in cross if t["tensor"].endswith("_mul")).items()
    assert all(t["bytes"] == 8 for t in cross)      # two float32s each
    add = g.node("add")
    recv = [g.node(i) for i in add.inputs]
    assert {n.op for n in recv} == {"_Recv"} and all(
        g.node(n.inputs[0]).op == "_Send" and g.groups[n.inputs[0]] == "machine 0"
        for n in recv)
    assert split["split_seconds"] > 0 and split["local_seconds"] > 0
    # Left to TensorFlow, everything stays on machine 0: no transfer between machines.
    one = cl.split_graph(graphs.EXAMPLES["compute"], {}, cluster)
    assert not [t for t in one.split["transfers"] if not t["client"]]


def test_two_workers_train_with_identical_losses_and_a_killed_one_is_said(cluster, tmp_path):
    events = []
    cfg = cl.TrainConfig(workers=2, epochs=2, checkpoint_dir=str(tmp_path))
    got = cl.train_multiworker(cfg, cluster, emit=lambda k, d: events.append((k, d)))
    steps = [d for k, d in events if k == "step"]
    by_worker = [[s["loss"] for s in steps if s["worker"] == w] for w in (0, 1)]
    assert len(by_worker[0]) == len(by_worker[1]) > 10
    assert by_worker[0] == by_worker[1]                 # the same model on both, every step
    assert by_worker[0][-1] < by_worker[0][0]
    assert all(s["shard"] == cfg.global_batch // 2 for s in steps)     # each its half
    # Each worker's own gradient differs (its own half of the batch); the all-reduced one,
    # which every worker applies, is the same on both.
    first = [s for s in steps if s["step"] == 1]
    assert first[0]["gradient"] != first[1]["gradient"]
    assert first[0]["all_reduced"] == first[1]["all_reduced"] > 0
    assert got["workers"][0]["weights_sum"] == got["workers"][1]["weights_sum"]
    # Pull the plug on worker 1 while training: said within seconds, nothing left running.
    pids = []

    def emit(kind, data):
        if kind == "workers":
            pids.extend(data["pids"])
        if kind == "step" and data["step"] == 3 and data["worker"] == 0:
            cluster.kill_worker(1)
    cfg = cl.TrainConfig(workers=2, epochs=50, checkpoint_dir=str(tmp_path), resume=True)
    t0 = time.perf_counter()
    with pytest.raises(cl.WorkerLost) as lost:
        cl.train_multiworker(cfg, cluster, emit=emit)
    assert lost.value.worker == 1 and time.perf_counter() - t0 < 60
    time.sleep(0.5)
    assert pids and not any(alive(p) for p in pids)
    # Resumed from the checkpoint the first run left (its 2 epochs).
    ready = []
    cfg = cl.TrainConfig(workers=2, epochs=3, checkpoint_dir=str(tmp_path), resume=True)
    cl.train_multiworker(cfg, cluster, emit=lambda k, d: ready.append(d) if k == "ready" else 0)
    assert [r["resumed"] for r in ready] == [2, 2]
    assert cluster.running()


def test_after_stop_nothing_listens_and_no_process_is_left(tmp_path):
    before = listening()
    c = cl.start_local(2, private=False)      # even listening as TensorFlow makes them
    pids = c.pids
    ports = {int(a.rsplit(":", 1)[1]) for a in c.addresses}
    assert ports <= listening()
    c.stop()
    time.sleep(0.5)
    assert not ports & listening() and listening() <= before | ports
    assert not any(alive(p) for p in pids)


def test_a_port_in_use_and_a_bad_request_are_said():
    with pytest.raises(ValueError, match="1 to 4"):
        cl.start_local(5)
    with pytest.raises(ValueError, match="evenly"):
        cl.TrainConfig(workers=3, global_batch=64).validate()
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(cl.ClusterError, match=f"machine 0 could not start at 127.0.0.1:{port}"):
            cl.start_local(1, private=False, ports=[port])
    with pytest.raises(cl.ClusterError, match="machine 0 at 127.0.0.1:1 does not answer"):
        cl.start_local(addresses=["127.0.0.1:1"])


def test_the_global_batch_rule_one_worker_or_four_train_alike(cluster, tmp_path):
    """The lesson's claim: with the loss divided by the global batch, the gradient does not
    change with the number of workers; the curves agree step by step."""
    curves = {}
    for n in (1, 4):
        steps = []
        cl.train_multiworker(cl.TrainConfig(workers=n, epochs=1,
                                            checkpoint_dir=str(tmp_path / str(n))),
                             cluster, emit=lambda k, d: steps.append(d) if k == "step" and
                             d["worker"] == 0 else None)
        curves[n] = [s["loss"] for s in steps]
        assert {s["shard"] for s in steps} == {64 // n}
    assert len(curves[1]) == len(curves[4]) > 10
    assert curves[1] == pytest.approx(curves[4], rel=1e-4)


def test_the_export_is_a_script_per_worker_and_a_launcher_that_trains(tmp_path):
    import sys

    from tfvisual.core import export
    export.write(tmp_path / "devices.py", "devices", {"device": "/CPU:0", "replicas": 2,
                                                      "workers": 2})
    launch = tmp_path / "devices_launch.py"
    assert (tmp_path / "devices_worker.py").exists() and launch.exists()
    before = listening()
    done = subprocess.run([sys.executable, str(launch)], capture_output=True, text=True,
                          cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith("worker")]
    last = {w[1]: w[-1] for w in lines if w[3] == "3"}
    assert set(last) == {"0", "1"} and last["0"] == last["1"]     # the same loss on both
    assert listening() <= before


def test_stopping_the_cluster_mid_training_ends_everything_at_once(tmp_path):
    import threading
    c = cl.start_local(1)
    pids, stepped, out = list(c.pids), threading.Event(), []

    def emit(kind, data):
        if kind == "workers":
            pids.extend(data["pids"])
        if kind == "step":
            stepped.set()

    def run():
        try:
            cl.train_multiworker(cl.TrainConfig(workers=2, epochs=100,
                                                checkpoint_dir=str(tmp_path)), c, emit=emit)
        except Exception as e:      # the host ends under it: said, not hung
            out.append(e)
    t = threading.Thread(target=run)
    t.start()
    assert stepped.wait(120)
    t0 = time.perf_counter()
    c.stop()
    assert time.perf_counter() - t0 < 5
    t.join(10)
    assert not t.is_alive() and out and isinstance(out[0], (cl.ClusterError, cl.Cancelled))
    time.sleep(0.5)
    assert not any(alive(p) for p in pids)


def test_servers_started_elsewhere_are_reached_by_their_addresses():
    """The lab's case: servers already running on other machines, their addresses typed."""
    servers = cl.start_local(2, private=False)      # stand-ins for two lab machines
    try:
        typed = cl.start_local(addresses=servers.addresses)
        try:
            assert not typed.local and not typed.private and typed.addresses == \
                servers.addresses
            g = cl.split_graph(graphs.EXAMPLES["compute"], {"add": 1}, typed)
            assert g.split["values"] == [[8.0, 14.0], [15.0, 48.0]]
            assert g.split["tasks"]["add"] == 1
        finally:
            typed.stop()
    finally:
        servers.stop()
