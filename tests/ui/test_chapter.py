"""The chapter's own listings, pasted into the panels they belong to, run as written and print
the chapter's outputs exactly (issue 23)."""
import pytest

from tests.ui.conftest import wait_idle

EXECUTION = """import tensorflow as tf

a = tf.constant([1,2,3])
b = tf.constant([0,0,1])
c = tf.add(a,b)

print(c)
"""

COMPUTE = """def compute(a, b, c):
    d = a * b + c
    e = a * b * c
    return d, e
"""

DECORATED = """@tf.function
def compute(a, b, c):
    d = a * b + c
    e = a * b * c
    return d, e
"""

TAPE = """A, B = tf.constant(3.0), tf.constant(6.0)
X = tf.Variable(20.0) # 랜덤 값
loss = tf.math.abs(A*X-B)

print(loss)

def train_step():
    with tf.GradientTape() as tape:
        loss = tf.math.abs(A*X-B)
    dX = tape.gradient(loss, X)
    print('X = {:.2f}, dX = {:2f}'.format(X.numpy(), dX))
    X.assign(X - dX)
    
for i in range(7):
    train_step()
"""

TAPE_OUT = """tf.Tensor(54.0, shape=(), dtype=float32)
X = 20.00, dX = 3.000000
X = 17.00, dX = 3.000000
X = 14.00, dX = 3.000000
X = 11.00, dX = 3.000000
X = 8.00, dX = 3.000000
X = 5.00, dX = 3.000000
X = 2.00, dX = 0.000000"""

FUNCTIONAL = """model_input = tf.keras.layers.Input(shape=input_shape)
output = tf.keras.layers.Flatten()(model_input)
output = tf.keras.layers.Dense(128, activation='relu')(output)
output = tf.keras.layers.Dense(num_classes, activation='softmax')(output)
model = tf.keras.Model(model_input, output)
"""


def _run(qtbot, p):
    p.run_both()
    wait_idle(qtbot, p)


def test_the_execution_listing_prints_the_chapters_lines(window, qtbot):
    window.show_panel("execution")
    p = window.panels["execution"]
    wait_idle(qtbot, p)
    p.editor.setPlainText(EXECUTION)
    _run(qtbot, p)
    assert p.eager_out.toPlainText().splitlines()[0] == \
        "tf.Tensor([1 2 4], shape=(3,), dtype=int32)"
    assert p.lazy_out.toPlainText().splitlines()[0] == \
        'Tensor("Add:0", shape=(3,), dtype=int32)'


def test_the_tape_listing_prints_the_chapters_lines(window, qtbot):
    """The chapter's tape code, run eagerly as written (the tape panel animates the same)."""
    window.show_panel("execution")
    p = window.panels["execution"]
    wait_idle(qtbot, p)
    p.editor.setPlainText(TAPE)
    _run(qtbot, p)
    assert p.eager_out.toPlainText().strip() == TAPE_OUT, p.message.text()


def _trace(qtbot, p, source):
    p.editor.setPlainText(source)
    p.trace()
    wait_idle(qtbot, p)


def _ops(p, op):
    return [n for n, item in p.view.items.items() if item.node.op == op]


@pytest.mark.parametrize("source, form", [
    (DECORATED, "@tf.function above def compute"),
    (COMPUTE + "compute = tf.function(compute)\n", "compute = tf.function(compute)"),
    (COMPUTE, "a plain def compute"),
])
def test_every_form_of_the_chapters_compute_is_traced(window, qtbot, source, form):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    _trace(qtbot, p, source)
    assert form in p.diff_label.text()
    assert len(_ops(p, "Mul")) == 3 and p.view.states.get("mul_1") == "removed"
    p.after_box.setChecked(True)
    assert len(_ops(p, "Mul")) == 2
    p.after_box.setChecked(False)


def test_an_input_signature_in_the_code_fills_the_table(window, qtbot):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    _trace(qtbot, p, COMPUTE + "compute = tf.function(compute, input_signature="
                               "[tf.TensorSpec([None, 3])] * 3)\n")
    assert "input_signature" in p.diff_label.text()
    assert [p.specs.item(r, 2).text() for r in range(3)] == ["(None, 3)"] * 3


def test_the_call_log_shows_trace_against_run(window, qtbot):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    p.example.setCurrentIndex(p.example.findData("trace_vs_run"))
    wait_idle(qtbot, p)
    p.run_calls()
    wait_idle(qtbot, p)
    text = p.calls_view.toPlainText()
    assert "6 calls, 4 traces: Python's print printed during 4 calls, tf.print during 6" in text
    assert "a new Python value (a: 1.0 → 2.0)" in text and "a new shape (a: float32[] → " \
        "float32[2])" in text
    assert text.count("tf.print: tf.print: running") == 6
    assert p.exercises.last["graphs.print_vs_tf_print"].passed
    p.calls_edit.setPlainText("compute(")
    p.run_calls()
    wait_idle(qtbot, p)
    assert "not a Python expression" in p.calls_view.toPlainText()


def test_control_flow_bodies_open_as_groups(window, qtbot):
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    p.example.setCurrentIndex(p.example.findData("if_for"))
    wait_idle(qtbot, p)
    assert {"while.body", "while.cond"} <= set(_ops(p, "Scope"))
    p.explorer.open_group("while.body")
    wait_idle(qtbot, p)
    assert "while.body/cond" in p.view.items and p.view.items["while.body/cond"].node.op == \
        "StatelessIf"


def test_the_tape_names_the_real_cause_of_oscillation(window, qtbot):
    window.show_panel("tape")
    p = window.panels["tape"]
    wait_idle(qtbot, p)
    p.x0.setValue(20.05)
    p.lr.setValue(0.1)
    p.n.setValue(200)
    p.recompute()
    wait_idle(qtbot, p)
    p.shown = len(p.steps)
    p._show_verdict()
    assert p.verdict == "oscillating"
    assert "±A whatever the distance" in p.message.text() and "0.3" in p.message.text()
    p.loss.setCurrentIndex(p.loss.findData("square"))
    p.lr.setValue(0.15)
    p.x0.setValue(20.0)
    p.n.setValue(7)
    p.recompute()
    wait_idle(qtbot, p)
    p.shown = len(p.steps)
    p._show_verdict()
    assert "1 − 2A²·lr = -1.7" in p.message.text() and "1/A² = 0.1111" in p.message.text()


def test_the_functional_listing_builds_the_panels_model(window, qtbot):
    import tensorflow as tf
    window.show_panel("models")
    p = window.panels["models"]
    wait_idle(qtbot, p)
    p.api.setCurrentIndex(p.api.findData("functional"))
    wait_idle(qtbot, p)
    shown = p.code.toPlainText()
    for line in FUNCTIONAL.splitlines():
        assert line.replace("'", '"') in shown.replace("'", '"'), line
    ns = {"tf": tf, "input_shape": (8, 8), "num_classes": 10}
    exec(FUNCTIONAL, ns)
    assert f"{ns['model'].count_params():,}" in p.summary.toPlainText()


def test_compute_runs_step_by_step_with_tensorflows_values(window, qtbot):
    """Issue 24: the values on the boxes, forward and back, before and after Grappler."""
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    _trace(qtbot, p, COMPUTE)
    assert [p.specs.item(r, 3).text() for r in range(3)] == ["2.0", "3.0", "4.0"]
    p.specs.item(2, 3).setText("[1.0, 2.0]")          # c a vector: broadcast
    p.run_btn.click()
    wait_idle(qtbot, p)
    p.toggle_play(False)
    assert "9 traced, 8 after Grappler" in p.message.text()
    p.fwd_btn.click()
    assert p.view.values == {"a": "2.0"}
    p.step_to(7)
    assert p.view.values["mul_2"] == "[6.0 12.0]" and p.view.highlight == {"mul_2"}
    assert "Op 7 of 9: mul_2 (Mul) = [6.0 12.0]" in p.message.text()
    p.back_btn.click()
    assert "mul_2" not in p.view.values and p.view.values["add"] == "[7.0 8.0]"
    p.after_box.setChecked(True)                      # Grappler's graph, from its start
    p.step_to(99)
    assert p.stepped == 8 and "mul_1" not in p.view.values
    assert p.view.values["Identity_1"] == "[6.0 12.0]"
    p.home_btn.click()
    assert p.view.values == {}
    p.after_box.setChecked(False)
    p.specs.item(0, 3).setText("two")
    p.run_step_by_step()
    wait_idle(qtbot, p)
    assert "is not a value" in p.message.text()


def test_a_training_step_runs_group_by_group_and_a_while_counts(window, qtbot):
    """Issue 24: a big graph steps through its folded groups with a summary of each output;
    a bigger tensor gets a heat map; a While says how often it ran."""
    import numpy as np
    from tfvisual.core import graphs
    window.show_panel("graphs")
    p = window.panels["graphs"]
    wait_idle(qtbot, p)
    p.example.setCurrentIndex(p.example.findData("cnn_train_step"))
    wait_idle(qtbot, p)
    wait_idle(qtbot, p)
    assert [p.specs.item(r, 3).text() for r in range(2)] == ["random", "random"]
    p.run_btn.click()
    wait_idle(qtbot, p)
    p.toggle_play(False)
    order, values = p._steps()
    shown = p.current()[1]
    groups = [n for n in order if shown.node(n).op == "Scope"]
    assert "sequential_1" in groups and len(order) < 40 < len(p.current()[0])
    p.step_to(order.index("sequential_1") + 1)
    logits = values["sequential_1"]
    assert np.shape(logits) == (2, 10) and p.view.values["sequential_1"] == "float32[2, 10]"
    assert graphs.summary_text(logits) in p.message.text() and "μ" in p.message.text()
    assert p.view._value_items["sequential_1"].picture.pixmap().width() > 0   # heat map
    p.step_to(len(order))
    loss = float(values[p.current()[0].outputs[0]])
    assert 0.5 < loss < 5 and np.isfinite(loss)          # cross-entropy of 10 classes

    p.example.setCurrentIndex(p.example.findData("if_for"))
    wait_idle(qtbot, p)
    p.specs.item(0, 3).setText("24")
    p.run_btn.click()
    wait_idle(qtbot, p)
    p.step_to(99)
    whiles = [n for n in p.view.values if p.current()[1].node(n).op in ("While",
                                                                         "StatelessWhile")]
    assert whiles and p.view.values[whiles[0]] == "10 iterations"


def test_the_tape_recording_moves_with_the_descent(window, qtbot):
    """Issue 24: the ops the tape recorded, with each step's values, forward and back."""
    window.show_panel("tape")
    p = window.panels["tape"]
    wait_idle(qtbot, p)
    p.reset()
    assert p.rec_view.values["loss"] == "54.0" and p.rec_view.values["dX"] == "3.0"
    assert "step 1: X 20.0 → loss 54.0 → dX 3.0" in p.rec_label.text()
    for _ in range(6):
        p.step_forward()
    assert p.rec_view.values["X"] == "2.0" and p.rec_view.values["dX"] == "0.0"
    assert p.rec_view.values["gradient_tape/Abs/Sign"] == "0.0"   # why dX is 0 there
    p.step_back()
    assert p.rec_view.values["X"] == "5.0" and p.rec_view.values["sub"] == "9.0"
    backward = {n.name for n in p.recording.nodes if n.attrs["pass"] == "backward"}
    assert {"gradient_tape/Abs/Sign", "dX"} <= backward and "Abs" not in backward
    assert p.rec_view.colour_of("dX") and not p.rec_view.colour_of("Abs")


def test_a_sample_runs_through_the_models_layers(window, qtbot):
    """Issue 24: a bundled digit through the model, each layer's output from Keras."""
    import numpy as np

    from tfvisual.core import models
    window.show_panel("models")
    p = window.panels["models"]
    wait_idle(qtbot, p)
    p.sample_btn.click()
    wait_idle(qtbot, p)
    model = p.result["model"]
    x, label = models.sample_for(model)
    probs = np.asarray(model(x))[0]
    last = model.layers[-1].name
    assert p.view.values[last] == f"class {int(probs.argmax())} ({probs.max():.2f})"
    assert p.view.values["flatten"].startswith("[1, 64]")
    assert f"digit {label}" in p.message.text()
