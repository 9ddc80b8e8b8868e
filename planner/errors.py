"""Errors a person can read.

Every error raised on purpose by `planner` is a `PlannerError` whose message is written for the
person using the program: what went wrong and what to do. Only `ui` (or the command line) shows it.
"""


class PlannerError(Exception):
    """Something went wrong that the person should be told about in plain words."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(PlannerError):
    """The person, plan or item asked for is not in this database."""


class InvalidInput(PlannerError):
    """A value typed in or read from a file is not one Small Steps can keep."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotAPlanFile(PlannerError):
    """A file given to import is not a Small Steps plan file (or is damaged)."""


class DatabaseTooNew(PlannerError):
    """The database was written by a newer Small Steps than this one."""


class StorageError(PlannerError):
    """The database could not be read or written."""


class ServerAway(StorageError):
    """The team's database could not be reached or could not do it just now (the server
    restarting, the network dropped, a statement timed out, its disk full): nothing was changed,
    and the same change can be tried again."""


class DatabaseDamaged(StorageError):
    """The database file failed its check. It is never repaired in place."""

    def __init__(self, message: str, backup=None):
        super().__init__(message)
        self.backup = backup  # the newest good backup (a BackupInfo), if there is one


class DatabaseInUse(PlannerError):
    """Another copy of Small Steps is using this database."""


class AccessRefused(PlannerError):
    """A team database refused: the worker may not see or change this."""


class ChangedMeanwhile(PlannerError):
    """A change was based on a row that someone else changed (or that may only be read).

    `theirs` holds the fields as they are now (where known) and `who` who changed them last, so
    the person can see what changed and keep theirs or take the other."""

    def __init__(self, message: str, theirs: dict | None = None, who: str = ""):
        super().__init__(message)
        self.theirs = dict(theirs or {})
        self.who = who
