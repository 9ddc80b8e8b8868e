"""Small Steps' window: PySide6 only. No SQL and no business rules here; those live in `planner`."""
