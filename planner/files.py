"""Writing files so that a failure never leaves half a file behind."""

import os
import tempfile
from pathlib import Path

from planner.errors import PlannerError
from planner.i18n import _


def write_atomically(path: Path | str, content: bytes) -> Path:
    """Write `content` to a temporary file beside `path`, flush, fsync, then rename over it."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as error:
        raise PlannerError(
            _("Small Steps can't save into {folder}: {why}").format(
                folder=folder, why=error.strerror or error
            )
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise PlannerError(
            _("Small Steps couldn't save {name}: {why}").format(
                name=path.name, why=error.strerror or error
            )
        ) from None
    return path
