"""One module per panel, named as in ``tfvisual.PANELS``."""
from importlib import import_module


def panel_class(name: str):
    module = import_module(f"tfvisual.ui.panels.{name}")
    return module.PANEL
