"""The Qt side of tfvisual: windows, panels, widgets."""
