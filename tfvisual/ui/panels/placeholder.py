"""A panel not built yet says so."""
from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import Panel


def make(panel_name):
    class Placeholder(Panel):
        name = panel_name

        def __init__(self, parent=None):
            super().__init__(parent)
            self.label = QLabel()
            QVBoxLayout(self).addWidget(self.label)
            self.retranslate()

        def title(self):
            return panel_name

        def retranslate(self):
            self.label.setText(self.tr("This panel is not built yet."))
    return Placeholder
