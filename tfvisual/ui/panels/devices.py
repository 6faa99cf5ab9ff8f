from .placeholder import make

PANEL = make("devices")
