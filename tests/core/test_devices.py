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


def test_a_gpu_is_listed_with_its_details(fake_gpu):
    gpu = [d for d in devices.list_devices() if d.kind == "GPU"]
    assert [d.short for d in gpu] == ["/GPU:0"]
    assert gpu[0].details == {"device_name": "Test GPU", "compute_capability": (8, 6),
                              "memory_in_use": 3 * 2 ** 29}
    assert devices.gpu_unavailable_reason() is None
    assert ("/physical_device:GPU:0", "GPU") in devices.physical_devices()


def test_each_reason_for_no_gpu(no_gpu):
    import ctypes.util

    import tensorflow as tf
    no_gpu.setattr(tf.test, "is_built_with_cuda", lambda: False)
    no_gpu.setattr(tf.test, "is_built_with_rocm", lambda: False)
    assert "built without GPU support" in devices.gpu_unavailable_reason()
    no_gpu.setattr(tf.test, "is_built_with_cuda", lambda: True)
    no_gpu.setattr(ctypes.util, "find_library", lambda name: None)
    assert devices.gpu_unavailable_reason().startswith("no GPU driver found")
    no_gpu.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so.1")
    assert devices.gpu_unavailable_reason() == "no GPU found by TensorFlow"


def test_work_asked_of_a_gpu_reports_where_it_really_ran(fake_gpu):
    import tensorflow as tf
    with devices.scope("/GPU:0"):    # soft placement: the op runs on the CPU
        t = tf.constant([1.0]) * 2.0
    assert devices.ran_on(t) == "CPU:0"
    assert {dev for _, _, dev, _ in devices.placement("/GPU:0")} == {"CPU:0"}
    timing = devices.matmul_timing(sizes=(32,), repeats=2)
    assert set(timing) == {d.name for d in devices.list_devices()}


def test_out_of_memory_is_said_plainly():
    """A real OOM from TensorFlow (3.6 TiB on the CPU), and a GPU's, as a learner reads them."""
    import tensorflow as tf

    from tfvisual.core import tensors
    from tfvisual.core.errors import out_of_memory
    from tfvisual.core.snippets import SnippetError
    try:
        tensors.evaluate("tf.zeros((1000000, 1000000))", limit_bytes=2 ** 60)
    except SnippetError as e:
        text = str(e)
    assert text == ("out of memory on CPU:0: a tensor of shape [1000000, 1000000] (3.6 TiB) "
                    "did not fit. Try a smaller size or batch.")
    gpu = tf.errors.ResourceExhaustedError(
        None, None, "OOM when allocating tensor with shape[256,64,112,112] and type float on "
                    "/job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc")
    assert str(out_of_memory(gpu)) == (
        "out of GPU memory on GPU:0: a tensor of shape [256, 64, 112, 112] (784.0 MiB) did not "
        "fit. Try a smaller size or batch, or choose the CPU in the toolbar.")
