"""The devices panel's "Across machines" (issue 26): a cluster started from the panel, the
chapter's compute framed per machine, training on workers, the plug pulled, resumed."""
import os
import time

from tests.core.test_cluster import alive, listening
from tests.ui.test_exercises import ticked


def test_across_machines_from_the_panel(window, qtbot):
    window.show_panel("devices")
    p = window.panels["devices"]
    qtbot.waitUntil(lambda: p.survey is not None and not p.tasks, timeout=120_000)
    before = listening()
    assert not p.split_btn.isEnabled() and not p.plug_btn.isEnabled()
    p.cluster_btn.click()
    qtbot.waitUntil(lambda: p.split is not None and not p.tasks, timeout=120_000)
    c = p.cluster
    pids = list(c.pids)
    assert p.machines_tree.topLevelItemCount() == 2
    assert c.addresses[1] in p.tf_config.toPlainText()
    # Everything on machine 0 at first: nothing crosses, the exercise not passed.
    assert "[8.0, 14.0]" in p.split_out.text() and "nothing crosses" in p.split_out.text()
    assert not ticked(p, "devices.add_elsewhere")
    # The add on machine 1: two frames, transfers between them, said; the exercise passes.
    p.add_on.setCurrentIndex(1)
    p.split_btn.click()
    qtbot.waitUntil(lambda: not p.tasks and "transfers between machines" in
                    p.split_out.text(), timeout=60_000)
    assert p.split_view.expanded == {"machine 0", "machine 1"}
    assert len(p.split_view._frame_items) == 2
    g = p.split_view.view.graph
    assert g.groups["add"] == "machine 1" and g.groups["mul"] == "machine 0"
    assert ticked(p, "devices.add_elsewhere")
    # Two workers: identical losses; the plug pulled mid-run is said; resumed after.
    p.train_btn.click()
    qtbot.waitUntil(lambda: p.train_task is None, timeout=180_000)
    assert len(p.losses) == 2 and p.losses[0] == p.losses[1] and len(p.losses[0]) > 20
    assert "same weights" in p.train_out.text()
    # The all-reduce drawn: each worker's own gradient, then the sum every worker applies.
    heights = list(p._bars.opts["height"])
    last = max(p._grads)
    assert heights == [p._grads[last][0][0], p._grads[last][1][0], p._grads[last][0][1]]
    assert p._grads[last][0][1] == p._grads[last][1][1]
    assert not ticked(p, "devices.double_workers")
    p.workers.setCurrentIndex(2)     # 4 workers, the global batch still 64: 16 each
    p.train_btn.click()
    qtbot.waitUntil(lambda: p.train_task is None, timeout=300_000)
    assert len(p.losses) == 4 and ticked(p, "devices.double_workers")
    p.workers.setCurrentIndex(1)
    p.train_btn.click()
    qtbot.waitUntil(lambda: len(p.losses.get(0, [])) >= 3, timeout=120_000)
    assert p.plug_btn.isEnabled()
    p.plug_btn.click()
    t0 = time.perf_counter()
    qtbot.waitUntil(lambda: p.train_task is None, timeout=60_000)
    assert time.perf_counter() - t0 < 30
    assert "plug was pulled" in p.train_out.text() and p.resume_btn.isEnabled()
    p.resume_btn.click()
    qtbot.waitUntil(lambda: p.train_task is None, timeout=180_000)
    assert "same weights" in p.train_out.text()
    checkpoints = p.checkpoints
    assert os.path.isdir(checkpoints)
    # Stopped: no process of it left, nothing new listening.
    p.cluster_btn.click()
    assert p.cluster is None and not p.split_btn.isEnabled()
    qtbot.waitUntil(lambda: not p.tasks, timeout=30_000)      # stopped off the GUI thread
    time.sleep(0.5)
    assert not any(alive(pid) for pid in pids) and listening() <= before
    p.shutdown()                      # quitting: the run's checkpoints do not stay behind
    assert not os.path.exists(checkpoints)
