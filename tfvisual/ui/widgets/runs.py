"""Runs side by side: every finished run in a list; tick runs to overlay their curves and
compare them in a table; "Compare optimizers" trains the same model with several."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDoubleSpinBox, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from .flow import WrapButton, WrapCheck



class RunsView(QWidget):
    ticked = Signal()            # the runs to overlay changed
    compare_requested = Signal(list)      # [(optimizer, learning rate)]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.runs = None         # tfvisual.core.training.Runs, once TensorFlow is up
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("runs")
        self.list.itemChanged.connect(lambda _i: self._ticked())
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.differ = QLabel()
        self.differ.setWordWrap(True)
        self.opt_checks, self.opt_rates = [], []
        # Not core.training's COMPARE: that module loads Keras, and the panel is made first.
        for name, lr in (("adam", 0.001), ("sgd", 0.05), ("rmsprop", 0.001)):
            check = WrapCheck(name)
            check.setChecked(name in ("adam", "sgd"))
            rate = QDoubleSpinBox(decimals=4, minimum=0.0001, maximum=10.0, value=lr,
                                  singleStep=0.001)
            self.opt_checks.append(check)
            self.opt_rates.append(rate)
        self.compare_btn = WrapButton()
        self.compare_btn.clicked.connect(self._compare)
        self.compare_note = QLabel()
        self.compare_note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.caption)
        lay.addWidget(self.list, 2)
        lay.addWidget(self.differ)
        lay.addWidget(self.table, 1)
        from ..panels.base import flow
        lay.addWidget(self.compare_note)
        for check, rate in zip(self.opt_checks, self.opt_rates):
            lay.addWidget(flow(check, rate))
        lay.addWidget(self.compare_btn)
        self.retranslate()

    def retranslate(self):
        self.caption.setText(QCoreApplication.translate("RunsView", "Every finished run, kept with the CSV logs. Tick runs to "
                                "overlay their curves (dashed) and compare them."))
        self.compare_btn.setText(QCoreApplication.translate("RunsView", "Compare optimizers"))
        self.compare_note.setText(QCoreApplication.translate("RunsView", "Train the same model on the same data, from the same "
                                     "first weights, once with each optimizer ticked:"))
        for rate in self.opt_rates:
            rate.setToolTip(QCoreApplication.translate("RunsView", "its learning rate"))
        self.refresh()

    # -- the list ---------------------------------------------------------------------------
    def set_runs(self, runs):
        self.runs = runs
        self.refresh()

    def refresh(self, tick=()):
        """The list from the store, newest first; ``tick`` adds runs to those ticked."""
        if self.runs is None:
            return
        keep = set(self.ticked_ids()) | set(tick)
        self.list.blockSignals(True)
        self.list.clear()
        for run in reversed(self.runs.list()):
            when = time.strftime("%H:%M", time.localtime(run.started))
            final = run.history.get("val_loss") or run.history.get("loss") or []
            text = f"{when}  {run.label(('optimizer', 'learning_rate', 'batch_size'))}"
            if final:
                text += "  " + QCoreApplication.translate("RunsView", "final {0} {1:.4g}").format(
                    "val_loss" if run.history.get("val_loss") else "loss", final[-1])
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, run.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if run.id in keep else Qt.Unchecked)
            item.setToolTip(", ".join(f"{k}: {v}" for k, v in run.config.items()))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._ticked()

    def ticked_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def ticked_runs(self) -> list:
        return [r for r in (self.runs.get(i) for i in self.ticked_ids()) if r is not None] \
            if self.runs is not None else []

    def comparison(self) -> dict:
        ids = list(reversed(self.ticked_ids()))          # oldest first
        return self.runs.compare(ids) if self.runs is not None and ids else \
            {"differ": [], "labels": {}, "metrics": [], "rows": []}

    def _ticked(self):
        cmp = self.comparison()
        cols = ["label"] + [m for m in ("loss", "val_loss", "accuracy", "val_accuracy")
                            if m in cmp["metrics"]] + ["epochs_run"]
        self.table.clear()
        self.table.setColumnCount(len(cols))
        self.table.setRowCount(len(cmp["rows"]))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RunsView", "run") if c == "label" else
                                              QCoreApplication.translate("RunsView", "epochs") if c == "epochs_run" else c
                                              for c in cols])
        for r, row in enumerate(cmp["rows"]):
            for c, key in enumerate(cols):
                v = row.get(key)
                text = f"{v:.4g}" if isinstance(v, float) else "" if v is None else str(v)
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.differ.setText(QCoreApplication.translate("RunsView", "What differs: {0}").format(", ".join(cmp["differ"]))
                            if cmp["differ"] else "")
        self.ticked.emit()

    def _compare(self):
        chosen = [(check.text(), rate.value()) for check, rate in
                  zip(self.opt_checks, self.opt_rates) if check.isChecked()]
        if chosen:
            self.compare_requested.emit(chosen)
