"""tfvisual: see TensorFlow 2 and Keras at work."""
__version__ = "0.1.0"
PANELS = ("tensors", "execution", "graphs", "tape", "models", "training", "devices")
