"""The database schema's versions and the migrations between them (Alembic).

Migrations run when the database opens: a backup first (SQLite's backup API), then the
migration with foreign keys off (a table rebuild with them on would cascade-delete every child
row), then `PRAGMA foreign_key_check`, all in one transaction. Alembic is imported only when a
migration is needed, so an up-to-date database opens quickly.
"""

from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from planner.errors import DatabaseTooNew, StorageError
from planner.i18n import _
from planner.storage.revisions import HEAD, KNOWN_REVISIONS  # noqa: F401 (named here too)


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for an empty one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _script_location() -> str:
    return str(Path(str(resources.files("planner.storage") / "migrations")))


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _script_location())
    return config


def needs_upgrade(engine: Engine) -> tuple[bool, str | None]:
    """Whether the database must be upgraded, and from which revision (None: empty)."""
    with engine.connect() as connection:
        revision = current_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
    if revision == HEAD:
        return False, revision
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            _(
                "These plans were saved by a newer version of Small Steps. "
                "Please update Small Steps to open them (nothing has been changed)."
            )
        )
    if revision is None and has_tables:
        raise StorageError(
            _("This file is not a Small Steps database. Please choose another data folder.")
        )
    return True, revision


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to `target` in one transaction, foreign keys off on SQLite."""
    from alembic import command

    config = alembic_config()
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            # Must happen outside a transaction or SQLite ignores it.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                if is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            _("Updating the database found broken links; nothing was changed.")
                        )
        finally:
            if is_sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
