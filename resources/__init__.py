"""Data and assets for Small Steps, read with `importlib.resources`."""
