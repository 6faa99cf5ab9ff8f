from .placeholder import make

PANEL = make("execution")
