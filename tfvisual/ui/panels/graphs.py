from .placeholder import make

PANEL = make("graphs")
