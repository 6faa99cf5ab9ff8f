"""The learner's snippets run in a child process: whatever they do, the app's process lives."""
import os
import threading
import time

import pytest

from tfvisual.core import sandbox, tensors
from tfvisual.core.concurrent import Cancelled, State
from tfvisual.core.snippets import SnippetError


@pytest.fixture(scope="module")
def box():
    b = sandbox.Sandbox()
    yield b
    b.close()
    assert b.proc is None or not b.proc.is_alive()


def works(box):
    info = box.call(tensors.evaluate, "tf.constant([1, 2, 3]) * 2")
    assert info.values.tolist() == [2, 4, 6] and info.dtype == "int32"


@pytest.mark.parametrize("expr, how", [
    ("__import__('os')._exit(0)", "exit code 0"),
    ("__import__('os').kill(__import__('os').getpid(), 9)", "signal 9"),
    ("__import__('ctypes').string_at(0)", "signal 11"),
])
def test_a_snippet_that_kills_python_ends_only_the_sandbox(box, expr, how):
    works(box)
    before = box.pid
    with pytest.raises(sandbox.SnippetDied) as e:
        box.call(tensors.evaluate, expr)
    assert how in str(e.value) and "the app goes on" in str(e.value)
    assert os.getpid() != before and box.pid != before     # replaced, and we are alive
    works(box)


def test_stop_ends_a_loop_inside_c_that_no_tracer_sees(box):
    works(box)
    state = State()
    threading.Timer(1.0, state.cancel).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        box.call(tensors.evaluate, "sum(iter(int, 1))", state=state)
    assert time.monotonic() - t0 < 1.0 + sandbox.STOP_GRACE + 3
    works(box)


def test_a_snippet_that_stops_by_itself_keeps_its_process(box):
    works(box)
    pid = box.pid
    state = State()
    threading.Timer(1.0, state.cancel).start()
    from tfvisual.core import execution
    with pytest.raises(Cancelled):
        box.call(execution.run_eager, "while True:\n    pass\n", state=state)
    assert box.pid == pid       # a Python loop stops at its next line: no restart needed


def test_errors_keep_their_words_and_line(box):
    from tfvisual.core import execution
    with pytest.raises(SnippetError) as e:
        box.call(execution.run_eager, "a = 1\nb = a / 0\n")
    assert e.value.line == 2 and "ZeroDivisionError" in str(e.value)
    # A TensorFlow error cannot be unpickled as itself: it comes back as words.
    with pytest.raises(SnippetError) as e:
        box.call(tensors.evaluate, "tf.reshape(tf.range(6), [4, 4])")
    assert "InvalidArgumentError" in str(e.value)


def test_a_snippet_past_the_memory_limit_ends_the_sandbox_not_the_machine():
    b = sandbox.Sandbox(memory_limit=1536 * 2**20)
    try:
        with pytest.raises(sandbox.SnippetDied) as e:
            b.call(tensors.evaluate, "np.ones(300_000_000)")      # 2.4 GB
        assert "more than 1,536 MiB" in str(e.value)
        info = b.call(tensors.evaluate, "tf.ones([2])")
        assert info.values.tolist() == [1.0, 1.0]
    finally:
        b.close()


@pytest.mark.parametrize("expr", [
    "np.zeros(20_000_000)",                    # numpy: 160 MB, no static size to check
    "tf.constant(['x' * 2**20] * 80)",         # a string tensor: 80 MB
    "list(range(20_000_000))",                 # a list: 80 MB as int32
])
def test_values_past_the_tensor_limit_are_refused_whatever_made_them(expr):
    with pytest.raises(SnippetError) as e:
        tensors.evaluate(expr)
    assert "over the limit of 64 MiB" in str(e.value)


def test_the_sandbox_ends_with_the_app(tmp_path):
    """An app killed outright leaves no sandbox behind, even one stuck in C."""
    import subprocess
    import sys
    code = ("import threading, time\n"
            "from tfvisual.core import sandbox, tensors\n"
            "if __name__ == '__main__':\n"
            "    b = sandbox.Sandbox()\n"
            "    b.warm()\n"
            "    threading.Thread(target=b.call, args=(tensors.evaluate, 'sum(iter(int, 1))'),"
            " daemon=True).start()\n"
            "    while b.pid is None or not b.ready:\n"
            "        time.sleep(0.1)\n"
            "    print(b.pid, flush=True)\n"
            "    time.sleep(600)\n")
    script = tmp_path / "app.py"
    script.write_text(code)
    p = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    child = int(p.stdout.readline())
    time.sleep(1)
    os.kill(child, 0)           # alive, spinning
    p.kill()
    p.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(child, 9)
    pytest.fail("the sandbox outlived the app")
