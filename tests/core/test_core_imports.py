import subprocess
import sys


def test_core_imports_no_qt():
    code = ("import sys, tfvisual.core, tfvisual.core.tensors, tfvisual.core.execution, "
            "tfvisual.core.graphs, tfvisual.core.layout, tfvisual.core.tape, "
            "tfvisual.core.models, tfvisual.core.data, tfvisual.core.training, "
            "tfvisual.core.devices, tfvisual.core.tape, tfvisual.core.sandbox; import tensorflow; "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'PyQt5', 'PyQt6', 'PySide2', 'shiboken6', 'pyqtgraph')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
