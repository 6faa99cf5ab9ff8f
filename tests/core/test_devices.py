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
