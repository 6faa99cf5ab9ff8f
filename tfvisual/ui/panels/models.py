from .placeholder import make

PANEL = make("models")
