"""Opening the database: the engine, its pragmas, migrations, and one transaction per action.

SQLite settings, chosen on purpose:
- `foreign_keys=ON` on every connection (SQLite's default is off).
- `journal_mode=WAL`: readers never block the writer, and a crash mid-write leaves the last
  committed state intact.
- `synchronous=FULL`: in WAL mode, NORMAL can lose the last commits on a power cut; FULL syncs
  the log at every commit, so a change reported "saved" survives a crash or power cut. Saving a
  plan-sized change costs a few milliseconds more, which nobody typing can notice.
- Transactions are begun by us (`BEGIN`), not by the driver, so migrations' DDL is transactional.

The same code runs on PostgreSQL for a team (`--database-url`); nothing here assumes SQLite
except the pragmas, backups and lock handling, which only apply to it.
"""

import select as socket_wait
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, InvalidatePoolError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import (
    AccessRefused,
    ChangedMeanwhile,
    DatabaseDamaged,
    InvalidInput,
    PlannerError,
    ServerAway,
    StorageError,
)
from planner.i18n import _
from planner.storage import backup, encryption, paths, schema
from planner.storage.file_state import file_state as _file_state
from planner.storage.file_state import note_if_unchanged
from planner.storage.file_state import read_note as _read_note


def _configure_sqlite(engine: Engine, read_only: bool = False, encrypted: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        if encrypted:
            cursor.execute("PRAGMA temp_store=MEMORY")  # no plain text in temporary files
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        connection.exec_driver_sql("BEGIN")


def _check_on_checkout(engine: Engine) -> None:
    """A team's server can restart or drop the connection while a pooled connection waits: each is
    looked at as it is taken from the pool, without asking the server anything (a question on
    every action, as `pool_pre_ping` asks, was a round trip on every opening of the caseload).
    A connection the server has said something on while it sat idle (nothing is ever sent to an
    idle connection but that it is being closed: a restart, a shutdown, an idle timeout, or the
    end of the connection itself) is asked once whether it still works; if not, every pooled
    connection is made afresh (the server restarted: they are all gone), so the next action after
    the server is back simply works. A connection that quietly lost its network is found by its
    first statement, as it was by the ping (ServerAway: nothing was changed)."""

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection, _record, _proxy):
        try:
            spoken = socket_wait.select([dbapi_connection.fileno()], [], [], 0)[0]
        except Exception as error:  # noqa: BLE001 (a connection already closed has no socket)
            raise InvalidatePoolError(str(error)) from error
        if spoken:
            try:
                engine.dialect.do_ping(dbapi_connection)
            except Exception as error:  # noqa: BLE001 (whatever the driver says: it is gone)
                raise InvalidatePoolError("the team database closed the connection") from error


def _damaged(folder: Path, what: str, key: bytes | None = None) -> DatabaseDamaged:
    with suppress(OSError):  # no good check is claimed for it any more (Database.quick_check)
        (folder / paths.CHECKED_FILE).unlink(missing_ok=True)
    newest = backup.newest_good_backup(folder, key)
    message = _("Your plans file is damaged ({what}). Small Steps has not changed it.").format(what=what)
    if newest is not None:
        message += " " + _(
            "The newest good backup is from {when}. You can restore it: nothing after that "
            "time will be in it."
        ).format(when=newest.made_at.strftime("%d %B %Y, %H:%M"))
    else:
        message += " " + _("There is no good backup to restore. Please ask for help before going on.")
    return DatabaseDamaged(message, newest)


def refused_by_team_rules(error: Exception) -> bool:
    """A team database's roles or row-level security said no (SQLSTATE 42501)."""
    return getattr(getattr(error, "orig", None), "sqlstate", None) == "42501"


STATEMENT_TIMEOUT_MS = 60_000  # a team database's longest statement (a caseload of thousands is far less)


def keeps_no_private_message() -> str:
    return _("A team database does not keep anything marked \"just me\". Choose who else may see it, "
             "or keep it in the person's own plan file.")


def keeps_no_private(error: Exception) -> bool:
    """The team database refused an item marked "just me" (its CHECKs, migration 0016)."""
    diag = getattr(getattr(error, "orig", None), "diag", None)
    return (getattr(getattr(error, "orig", None), "sqlstate", None) == "23514"
            and (getattr(diag, "constraint_name", None) or "").startswith("team_keeps_no_private"))


_LOGIN_REFUSED = ("password authentication failed", "no password supplied", "pg_hba.conf",
                  "does not exist", "authentication failed", "certificate")


def login_refused(error: Exception) -> bool:
    """Whether the team's server refused the login itself (a wrong or missing password, a role
    it does not know, a computer its rules do not let in): not a server away, nor worth trying
    again. The server says so with SQLSTATE 28000 or 28P01; libpq, before any server answer
    (no password to send), only in words."""
    orig = getattr(error, "orig", None)
    state = getattr(orig, "sqlstate", None) or ""
    if state.startswith("28"):
        return True
    words = str(orig or error).lower()
    return isinstance(error, OperationalError) and state == "" and "connection" in words and any(
        part in words for part in _LOGIN_REFUSED)


def team_database_fault(error: Exception) -> ServerAway | None:
    """The team's server could not be reached or could not do it: one plain sentence, or None."""
    state = getattr(getattr(error, "orig", None), "sqlstate", None) or ""
    if state == "57014":
        return ServerAway(_("The team database took too long to answer, so nothing was changed. "
                              "Please try again."))
    if state == "53100":
        return ServerAway(_("The team database's disk is full, so nothing was changed. Please tell "
                              "whoever looks after the server."))
    if isinstance(error, OperationalError) or state.startswith(("08", "57P")):
        return ServerAway(_("The team database cannot be reached just now (the server is restarting "
                              "or the network dropped). Nothing was changed; please try again in a moment."))
    return None


class Database:
    """An open Small Steps database. Use `session()` for one transaction per action."""

    def __init__(self, engine: Engine, data_dir: Path | None, read_only: bool = False,
                 key: bytes | None = None):
        self.engine = engine
        self.key = key  # the SQLCipher data key when the plans are encrypted
        self.data_dir = data_dir
        self.read_only = read_only
        self.actor = ""  # who is making changes: the name given when the program opened
        if engine.dialect.name != "sqlite" and engine.url.username:
            self.actor = engine.url.username
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # On a team's server a read of one statement needs no BEGIN and COMMIT of its own (two
        # round trips): the statement is its own transaction, with its own snapshot (see reading).
        self._reads = (self._sessions if self.is_sqlite else
                       sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False))

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file (SQLite only)."""
        if not self.is_sqlite or self.engine.url.database in (None, "", ":memory:"):
            return None
        if self.data_dir is not None:
            return Path(self.data_dir) / paths.DATABASE_FILE
        return Path(self.engine.url.database)

    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        url: str | None = None,
        *,
        migrate: bool = True,
        read_only: bool = False,
        passphrase: str | None = None,
        check_unchanged: bool = True,
    ) -> "Database":
        """Open (creating if needed) the database in `data_dir`, or the one at `url`.

        The schema is brought up to date (after a backup), then the file gets a quick check; a
        damaged file raises `DatabaseDamaged` naming the newest good backup, untouched.
        `read_only` opens an existing database for looking only (another copy is writing).
        Encrypted plans need `passphrase` (or the recovery key): `PassphraseNeeded` otherwise.
        `check_unchanged=False`, for a caller that only reads (a command that exports), skips
        the quick check when the file is exactly as it was at its last good one (`quick_check`).
        """
        folder: Path | None = None
        key: bytes | None = None
        if url is None:
            folder = Path(data_dir) if data_dir else paths.default_data_dir()
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(
                    _("Small Steps cannot use the folder {folder}: {why}").format(
                        folder=folder, why=error.strerror or error
                    )
                ) from error
            url = paths.sqlite_url(folder)
            db_file = folder / paths.DATABASE_FILE
            if encryption.is_encrypted(db_file) and (folder / encryption.KEY_FILE).exists():
                if not passphrase:
                    raise encryption.PassphraseNeeded(
                        _("These plans are protected by a passphrase. Please type it to open them.")
                    )
                key = encryption.unlock(folder, passphrase)
                url = URL.create("sqlite+pysqlcipher", password=encryption.raw_key_pragma(key),
                                 database=str(db_file))
            elif read_only:
                if not db_file.exists():
                    raise StorageError(_("There are no plans in {folder} yet.").format(folder=folder))
                url = f"sqlite:///file:{db_file.as_posix()}?mode=ro&uri=true"
        try:
            # A team's server can restart or drop the connection: a pooled connection is checked
            # as it is taken (_check_on_checkout), so the next action after the server is back
            # simply works. A server that does not answer is said within seconds, and no statement hangs the
            # window for ever (libpq's own connect_timeout; the server's statement_timeout).
            # No JIT: the team rules' estimates make a read of a whole table look costly enough to
            # compile, which takes far longer (0.1-1 s) than reading a team's rows (README "Measured").
            team = not str(url).startswith("sqlite")
            engine = create_engine(url, connect_args={
                "connect_timeout": 10, "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c jit=off"}
                if team else {})
            if engine.dialect.name == "sqlite":
                _configure_sqlite(engine, read_only and key is None, encrypted=key is not None)
            else:
                from planner.storage.models import use_postgresql_options

                use_postgresql_options()
                _check_on_checkout(engine)
            database = cls(engine, folder, read_only, key)
            if migrate and not read_only:
                database.migrate()
            elif read_only and schema.needs_upgrade(engine)[0]:
                raise StorageError(
                    _("These plans need updating, which the copy of Small Steps that has them "
                      "open must do. Please close it and open Small Steps again.")
                )
            database.quick_check(again_if_unchanged=check_unchanged)
        except PlannerError:
            raise
        except DBAPIError as error:
            if engine.dialect.name == "sqlite" and folder is not None:
                raise _damaged(folder, str(error.orig), key) from error
            if engine.dialect.name != "sqlite" and login_refused(error):
                raise AccessRefused(
                    _("The team database did not let you in: your name or password was not right, "
                      "or this computer may not connect to it. Nothing was changed. Check your "
                      "password file (~/.pgpass), or ask whoever looks after the server.")
                ) from error
            if engine.dialect.name != "sqlite" and team_database_fault(error):
                raise team_database_fault(error) from error
            if refused_by_team_rules(error):
                raise AccessRefused(
                    _("The team database says you may not use it: you have no role in any team there. "
                      "Ask its administrator.")
                ) from error
            raise StorageError(
                _("Small Steps could not open its database: {why}").format(why=error.__class__.__name__)
            ) from error
        except SQLAlchemyError as error:
            raise StorageError(
                _("Small Steps could not open its database: {why}").format(why=error.__class__.__name__)
            ) from error
        return database

    def quick_check(self, *, again_if_unchanged: bool = True) -> None:
        """SQLite's quick check; a damaged file raises `DatabaseDamaged`, nothing repaired.

        It reads the whole file (0.3 s of processor time for 300 MB). A good check is noted
        beside the database (`paths.CHECKED_FILE`: the file's identity, size and times, and its
        write-ahead log's); with `again_if_unchanged=False` the check is skipped while the file
        is still exactly so. Any write, a restore or a copy over it changes its change time,
        which no program can set back, so damage done by writing is always found; only an
        opening that writes nothing may skip it (the window and every command that changes
        anything check every time, before writing)."""
        if not self.is_sqlite or self.data_dir is None:
            return
        note = Path(self.data_dir) / paths.CHECKED_FILE
        before = _file_state(self.path)
        if not again_if_unchanged and before is not None and _read_note(note) == before:
            return
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise _damaged(self.data_dir, rows[0][0], self.key)
        if not self.read_only:
            note_if_unchanged(self.path, note, before)

    def migrate(self) -> None:
        """Bring the schema up to date, after a backup when there is data to protect."""
        upgrade_needed, revision = schema.needs_upgrade(self.engine)
        if not upgrade_needed:
            return
        if revision is not None and self.path is not None and self.data_dir is not None:
            backup.backup_before(self.path, self.data_dir, f"before-update-from-{revision}", key=self.key)
        try:
            schema.upgrade(self.engine)
        except DBAPIError as error:
            if refused_by_team_rules(error):  # a worker, not the owner, opened an older team database
                raise AccessRefused(
                    _("This team database needs updating for this Small Steps, which only its owner "
                      "can do. Please ask whoever looks after the server.")
                ) from error
            raise

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed if the block finishes, rolled back if it raises."""
        with self._transaction(self._sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """For a read of ONE statement (it sees the database as it is when it runs, as a
        transaction would): on a team's server no BEGIN and COMMIT are sent around it; on SQLite
        the same as `session`. Never for writing, nor for several statements that must agree."""
        with self._transaction(self._reads) as session:
            yield session

    @contextmanager
    def _transaction(self, sessions) -> Iterator[Session]:
        session = sessions()
        session.info["actor"] = self.actor
        try:
            with session.begin():
                yield session
        except PlannerError:
            raise
        except StaleDataError as error:
            raise ChangedMeanwhile(
                _("Your change was not saved: someone else changed this meanwhile, or you may only "
                  "read it. Nothing you typed is lost; open it again to see it as it is now.")
            ) from error
        except SQLAlchemyError as error:
            if keeps_no_private(error):
                raise InvalidInput(keeps_no_private_message(), "visibility") from error
            if refused_by_team_rules(error):
                raise AccessRefused(
                    _("The team database says you may not see or change this. If you need to, ask "
                      "your team's manager.")
                ) from error
            if not self.is_sqlite and team_database_fault(error):
                raise team_database_fault(error) from error
            raise StorageError(
                _("Your change could not be saved ({why}). Nothing was changed.").format(
                    why=error.__class__.__name__
                )
            ) from error
        except OSError as error:
            raise StorageError(
                _("Your change could not be saved ({why}). Nothing was changed.").format(
                    why=error.strerror or error
                )
            ) from error
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
