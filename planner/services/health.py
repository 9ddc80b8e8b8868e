"""Checking that the database is healthy."""

from sqlalchemy import text

from planner.i18n import _
from planner.storage import schema
from planner.storage.database import Database


def check_database(db: Database) -> list[str]:
    """Problems found, in plain words; an empty list means all is well."""
    problems: list[str] = []
    with db.session() as session:
        if db.is_sqlite:
            for (row,) in session.execute(text("PRAGMA integrity_check")).all():
                if row != "ok":
                    problems.append(_("The database file is damaged: {what}").format(what=row))
            broken = session.execute(text("PRAGMA foreign_key_check")).all()
            if broken:
                problems.append(
                    _("{count} items point at something that is missing.").format(count=len(broken))
                )
        from planner.storage.audit import verify_chains

        problems.extend(verify_chains(session.connection()))
        if db.is_sqlite:
            found = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        else:
            found = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
        triggers = {name for (name,) in session.execute(text(found)).all()}
        if not {"audit_event_no_update", "audit_event_no_delete"} <= triggers:
            problems.append(_("The guard that keeps the record of changes from being altered is missing."))
        if not {"frozen_copy_no_update", "frozen_copy_no_delete"} <= triggers:
            problems.append(_("The guard that keeps copies sent to the panel from being changed is missing."))
        revision = schema.current_revision(session.connection())
        if revision != schema.HEAD:
            problems.append(_("The database is not up to date ({rev}).").format(rev=revision))
    from planner.services.frozen_copies import verify_all

    problems.extend(verify_all(db))
    return problems
