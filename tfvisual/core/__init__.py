"""TensorFlow logic with no Qt: every module here runs and is tested without a display.

TensorFlow itself is imported lazily inside the functions, so importing this package is cheap.
"""
