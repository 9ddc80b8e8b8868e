"""Where the database lives: the user's data folder unless told otherwise."""

import os
from pathlib import Path

DATA_DIR_VARIABLE = "SMALLSTEPS_DATA_DIR"
DATABASE_URL_VARIABLE = "SMALLSTEPS_DATABASE_URL"
DATABASE_FILE = "smallsteps.db"


def default_data_dir() -> Path:
    """The folder for this person's plans: `--data-dir`, then the variable, then the OS's own."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("smallsteps", "SmallSteps"))


def sqlite_url(data_dir: Path) -> str:
    """The SQLAlchemy URL of the database file inside `data_dir`."""
    return f"sqlite:///{(Path(data_dir) / DATABASE_FILE).as_posix()}"
