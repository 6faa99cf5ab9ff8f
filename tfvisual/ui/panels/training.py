from .placeholder import make

PANEL = make("training")
