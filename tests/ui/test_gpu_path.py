"""The GPU path on a machine without one: TensorFlow's device listing is faked (see
tests/conftest.py), the work itself is real and runs where soft placement puts it."""
import ctypes.util

from PySide6.QtCore import Qt

from tests.ui.conftest import make_window, wait_idle


def close(w):
    from tfvisual.ui import worker
    w.close()
    worker.stop_all(10_000)


def test_a_gpu_is_chosen_and_every_panel_uses_it(fake_gpu, qtbot, tmp_path):
    from tfvisual.core import devices
    w = make_window(qtbot, tmp_path, device="gpu")
    try:
        assert w.device_combo.currentText() == "GPU:0" and devices.current() == "/GPU:0"
        assert w.device_combo.model().item(w.device_combo.currentIndex()).isEnabled()
        assert not w.banner.isVisible()
        assert w.ran_label.text() == "Device: GPU:0"

        w.show_panel("tensors")
        t = w.panels["tensors"]
        wait_idle(qtbot, t)
        # Asked of GPU:0, placed by TensorFlow on the CPU: the window says where it really ran.
        assert t.fields["device"].text().endswith("CPU:0")
        assert w.ran_label.text() == "Device: GPU:0 · last run on CPU:0"

        w.show_panel("devices")
        d = w.panels["devices"]
        wait_idle(qtbot, d)
        rows = {d.tree.topLevelItem(i).text(0): d.tree.topLevelItem(i).text(2)
                for i in range(d.tree.topLevelItemCount())}
        assert rows["/device:GPU:0"] == ("name: Test GPU, compute capability: (8, 6), "
                                         "memory in use: 1.5 GiB")
        assert "/physical_device:GPU:0" in rows and not d.gpu_note.isVisible()
        d.run_timing()
        wait_idle(qtbot, d)
        assert sorted(i.name() for i in d.plot.listDataItems()) == ["CPU:0", "GPU:0"]

        w.show_panel("training")
        p = w.panels["training"]
        p.data_combo.setCurrentIndex(p.data_combo.findData("blobs"))
        p.epochs.setValue(1)
        p.start_training()
        qtbot.waitUntil(lambda: "Trained" in p.message.text(), timeout=120_000)
        qtbot.waitUntil(lambda: "last run on" in w.ran_label.text(), timeout=10_000)
        assert w.ran_label.text() == "Device: GPU:0 · last run on CPU:0"
    finally:
        close(w)


def test_a_build_without_cuda_is_said(no_gpu, qtbot, tmp_path):
    import tensorflow as tf
    no_gpu.setattr(tf.test, "is_built_with_cuda", lambda: False)
    no_gpu.setattr(tf.test, "is_built_with_rocm", lambda: False)
    w = make_window(qtbot, tmp_path, device="gpu")     # the setting asks for a GPU
    try:
        why = "this TensorFlow was built without GPU support (install tfvisual[gpu])"
        assert w.banner.isVisible()
        assert w.banner_text.text() == f"No GPU is available: {why}. Using the CPU."
        gpu = w.device_combo.findText("GPU")
        assert not w.device_combo.model().item(gpu).isEnabled()
        assert w.device_combo.itemData(gpu, Qt.ToolTipRole) == f"GPU unavailable: {why}"
        assert w.device_combo.currentText() == "CPU:0"
        w.show_panel("devices")
        wait_idle(qtbot, w.panels["devices"])
        assert w.panels["devices"].gpu_note.text() == f"No GPU: {why}"
    finally:
        close(w)


def test_a_missing_driver_is_said_in_both_languages(no_gpu, qtbot, tmp_path):
    import tensorflow as tf
    no_gpu.setattr(tf.test, "is_built_with_cuda", lambda: True)
    no_gpu.setattr(ctypes.util, "find_library", lambda name: None)
    w = make_window(qtbot, tmp_path)
    try:
        w.show_panel("devices")
        d = w.panels["devices"]
        wait_idle(qtbot, d)
        assert d.gpu_note.isVisible()
        assert d.gpu_note.text() == "No GPU: no GPU driver found (libcuda is missing)"
        w.lang_combo.setCurrentIndex(w.lang_combo.findData("ko"))
        korean = "GPU 드라이버가 없습니다 (libcuda 없음)"
        qtbot.waitUntil(lambda: korean in d.gpu_note.text())
    finally:
        w.lang_combo.setCurrentIndex(w.lang_combo.findData("en"))
        close(w)


def test_out_of_memory_is_said_where_it_happened(window, qtbot, monkeypatch):
    import tensorflow as tf

    from tfvisual.core import sandbox, tensors
    # A real OOM: the learner's snippet asks the CPU for 3.6 TiB.
    window.show_panel("execution")
    e = window.panels["execution"]
    wait_idle(qtbot, e)
    e.editor.setPlainText("import tensorflow as tf\nx = tf.zeros((1000000, 1000000))\n")
    e.run_both()
    wait_idle(qtbot, e)
    assert e.message.text() == ("line 2: out of memory on CPU:0: a tensor of shape "
                                "[1000000, 1000000] (3.6 TiB) did not fit. Try a smaller size "
                                "or batch.")
    assert e.editor.error_line() == 2

    # A GPU's OOM, as TensorFlow words it on a CUDA card, raised in the sandbox (which
    # sends it back as the app's own error: TensorFlow's errors do not cross processes).
    def oom(fn, *args, **kw):
        assert fn is tensors.evaluate
        raise sandbox._plain_error(tf.errors.ResourceExhaustedError(
            None, None, "{{function_node __wrapped__Fill}} OOM when allocating tensor with "
            "shape[4096,4096,64] and type float on /job:localhost/replica:0/task:0/device:GPU:0 "
            "by allocator GPU_0_bfc [Op:Fill]"))
    monkeypatch.setattr(sandbox, "call", oom)
    window.show_panel("tensors")
    t = window.panels["tensors"]
    wait_idle(qtbot, t)
    t.evaluate()
    wait_idle(qtbot, t)
    assert t.message.text() == ("out of GPU memory on GPU:0: a tensor of shape "
                                "[4096, 4096, 64] (4.0 GiB) did not fit. Try a smaller size or "
                                "batch, or choose the CPU in the toolbar.")
