"""One module per panel; ``PANEL_CLASSES`` in the chapter's order."""
from importlib import import_module

from tfvisual import PANELS


def panel_class(name: str):
    module = import_module(f"tfvisual.ui.panels.{name}")
    return module.PANEL
