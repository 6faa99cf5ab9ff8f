import json
import subprocess
import sys

from tfvisual.core import devices


def test_cpu_is_listed():
    devs = devices.list_devices()
    assert any(d.kind == "CPU" for d in devs)


def test_gpu_reason_when_none():
    if not any(d.kind == "GPU" for d in devices.list_devices()):
        assert devices.gpu_unavailable_reason()


def test_work_runs_where_chosen():
    import tensorflow as tf
    with devices.scope("/CPU:0"):
        t = tf.constant(1.0) + 1.0
    assert devices.ran_on(t) == "CPU:0"


def test_placement_records_devices():
    ops = devices.placement("/CPU:0")
    assert any(op == "MatMul" for _, op, _, _ in ops)
    assert all("CPU" in dev for _, _, dev, _ in ops if dev)


def test_mirrored_all_reduce_equals_single_device_gradient():
    code = ("import json\nfrom tfvisual.core import devices\n"
            "assert devices.configure_logical_cpus(4)\n"
            "r = devices.mirrored_step(batch=8)\n"
            "print(json.dumps({'n': len(r.devices), 'reduced': r.reduced_grads[0].tolist(),"
            " 'single': r.single_grads[0].tolist(), 'per': [len(b) for b in r.replica_batches]}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert r["n"] == 4 and r["per"] == [2, 2, 2, 2]
    for a, b in zip(sum(r["reduced"], []), sum(r["single"], [])):
        assert abs(a - b) < 1e-5


def test_mirrored_on_more_devices_than_this_process_runs_in_a_fresh_one():
    """This process set up TensorFlow with one CPU device: three need a fresh process."""
    import tensorflow as tf
    assert len(tf.config.list_logical_devices("CPU")) == 1
    r = devices.mirrored_on(3)
    assert len(r["devices"]) == 3 and [len(b) for b in r["batches"]] == [2, 2, 2]
    assert max(abs(a - b) for a, b in zip(r["reduced"], r["single"])) < 1e-4


def test_startup_setting_splits_the_cpu_and_mirrored_runs_in_process():
    code = ("import json, os\n"
            "from tfvisual.ui.main_window import load_tensorflow\n"
            "from tfvisual.core import devices\n"
            "info = load_tensorflow(4)\n"
            "r = devices.mirrored_on(4)\n"
            "import multiprocessing as mp\n"
            "print(json.dumps({'cpus': [n for n, k in info['devices'] if k == 'CPU'],"
            " 'replicas': len(r['devices']), 'children': len(mp.active_children())}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, env={**__import__("os").environ,
                                           "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(r["cpus"]) == 4 and r["replicas"] == 4 and r["children"] == 0
