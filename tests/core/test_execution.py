import threading
import time

import pytest

from tfvisual.core import execution
from tfvisual.core.concurrent import Cancelled, State
from tfvisual.core.snippets import SnippetError

CHAPTER = "a = tf.constant([1,2,3]); b = tf.constant([0,0,1]); c = tf.add(a, b); print(c)"


def test_eager_prints_values():
    assert execution.run_eager(CHAPTER).strip() == "tf.Tensor([1 2 4], shape=(3,), dtype=int32)"


def test_lazy_prints_a_symbol():
    assert execution.run_lazy(CHAPTER).strip() == 'Tensor("Add:0", shape=(3,), dtype=int32)'


def test_the_panels_snippet_too():
    assert execution.run_lazy(execution.CHAPTER_SNIPPET).strip() == \
        'Tensor("Add:0", shape=(3,), dtype=int32)'


def test_session_computes_the_values():
    run = execution.run_lazy_full(CHAPTER)
    assert run.values["c"] == "[1 2 4]"
    assert [op for _, op, _ in run.graph_ops] == ["Const", "Const", "AddV2"]


def test_error_points_at_the_line():
    with pytest.raises(SnippetError) as e:
        execution.run_eager("a = tf.constant(1)\nb = a + undefined\n")
    assert e.value.line == 2
    with pytest.raises(SnippetError) as e:
        execution.run_lazy("x = (\n")
    assert "syntax" in str(e.value)


def test_steps():
    eager = execution.eager_steps(execution.CHAPTER_SNIPPET)
    lazy = execution.lazy_steps(execution.CHAPTER_SNIPPET)
    assert "[1 2 4]" in eager[2][2]
    assert len(lazy[0][2]) == 1 and len(lazy[2][2]) == 3


def test_a_long_snippet_can_be_abandoned():
    state = State()
    errors = []

    def run():
        try:
            execution.run_eager("while True:\n    x = 1\n", state)
        except Cancelled:
            errors.append("cancelled")

    t = threading.Thread(target=run)
    t.start()
    time.sleep(0.3)
    state.cancel()
    t.join(5)
    assert not t.is_alive() and errors == ["cancelled"]


def test_old_code_files_and_autograph_modules_are_removed_not_kept_forever(tmp_path):
    import os
    import time

    from tfvisual.core import snippets
    uid = getattr(os, "getuid", lambda: 0)()
    code = tmp_path / f"tfvisual-code-{uid}"
    code.mkdir()
    (tmp_path / "__pycache__").mkdir()
    old = time.time() - (snippets.KEEP_DAYS + 1) * 86400
    files = {"old": [code / "graph_aaa.py", tmp_path / "__autograph_generated_file1.py",
                     tmp_path / "__pycache__" / "__autograph_generated_file1.cpython-311.pyc"],
             "new": [code / "graph_bbb.py", tmp_path / "__autograph_generated_file2.py"],
             "other": [tmp_path / "someone_elses.py"]}
    for kind, paths in files.items():
        for f in paths:
            f.write_text("x = 1\n")
            if kind != "new":
                os.utime(f, (old, old))
    assert snippets.prune_temp(tmp_path) == 3
    assert not any(f.exists() for f in files["old"])
    assert all(f.exists() for f in files["new"] + files["other"])
