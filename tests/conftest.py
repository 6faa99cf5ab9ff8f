import os
import socket
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Logs, runs and progress go to a folder of the test session's own (child processes
# inherit it), never to the user's.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="tfvisual-test-data-")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """tfvisual never goes online: any attempt to open a network connection fails the test."""
    real = socket.socket.connect

    def guard(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"network access attempted: {address!r}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", guard)
    yield


@pytest.fixture
def fake_gpu(monkeypatch):
    """TensorFlow reports one GPU, as on a machine with a CUDA card and driver.

    Only the listing is faked: work asked of /GPU:0 runs where TensorFlow's soft placement puts
    it (the CPU), so what tfvisual reports as "ran on" stays true.
    """
    import tensorflow as tf

    real_physical, real_logical = tf.config.list_physical_devices, tf.config.list_logical_devices
    gpu_physical = tf.config.PhysicalDevice("/physical_device:GPU:0", "GPU")
    gpu_logical = tf.config.LogicalDevice("/device:GPU:0", "GPU")

    def physical(device_type=None):
        return real_physical(device_type) + ([gpu_physical] if device_type in (None, "GPU") else [])

    def logical(device_type=None):
        return real_logical(device_type) + ([gpu_logical] if device_type in (None, "GPU") else [])

    monkeypatch.setattr(tf.config, "list_physical_devices", physical)
    monkeypatch.setattr(tf.config, "list_logical_devices", logical)
    monkeypatch.setattr(tf.config.experimental, "get_device_details",
                        lambda d: {"device_name": "Test GPU", "compute_capability": (8, 6)})
    monkeypatch.setattr(tf.config.experimental, "get_memory_info",
                        lambda name: {"current": 3 * 2 ** 29, "peak": 2 ** 31})
    return gpu_logical


@pytest.fixture
def no_gpu(monkeypatch):
    """No GPU listed; the test then says why (no CUDA build, no driver) through monkeypatch."""
    import tensorflow as tf

    real_physical = tf.config.list_physical_devices
    monkeypatch.setattr(tf.config, "list_physical_devices",
                        lambda device_type=None: [] if device_type == "GPU"
                        else [d for d in real_physical(device_type) if d.device_type != "GPU"])
    return monkeypatch
