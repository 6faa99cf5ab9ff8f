from .placeholder import make

PANEL = make("tensors")
