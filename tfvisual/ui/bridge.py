"""The bridge from Keras callbacks to Qt signals.

``tfvisual.core.training.Recorder`` is a plain ``keras.callbacks.Callback`` that calls
``emit(kind, data)`` with plain Python values at each batch and epoch. ``fit()`` runs in a
child process (``tfvisual.core.trainproc``: there it has an interpreter of its own); a QThread
reads its events from a pipe and calls ``TrainingBridge.emit``, a Qt signal, and Qt queues each
event to the GUI thread, where the plots are drawn. Keras objects never cross over, only
floats, dicts and numpy arrays.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class TrainingBridge(QObject):
    event = Signal(str, object)     # kind, plain data (dict of floats, ints, arrays)

    def emit(self, kind: str, data: dict) -> None:
        self.event.emit(kind, data)


CUSTOM_EXAMPLE = '''class Reporter(tf.keras.callbacks.Callback):
    """Prints each epoch's loss and stops once validation accuracy is high."""

    def on_epoch_end(self, epoch, logs=None):
        print(f"epoch {epoch + 1}: loss {logs['loss']:.4f}")
        if logs.get("val_accuracy", 0) > 0.99:
            print("val_accuracy over 0.99: stopping")
            self.model.stop_training = True
'''
