"""Small Steps planner: everything that has no window.

The domain, storage and migrations, the plan file, exports and the command line live here.
This package never imports Qt (tests/test_architecture.py keeps it so).
"""

__version__ = "0.1.0"
