"""A team database's workers and teams (PostgreSQL only; a SQLite file is one person's and has
none of this): teams, who works in which team and in what role, and two append-only records,
break-glass openings and changes to who may see what.

The rules themselves live in the database (row-level security, see `team_access`), so the window,
the command line and any other client get the same answer.
"""

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from planner.storage.models import Base, utcnow

ROLES = ("coordinator", "broker", "panel", "manager", "admin")


class Team(Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class TeamMember(Base):
    """One role of one worker (a database login) in one team (none for an administrator)."""

    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("login", "team_id", "role", name="uq_team_member_login_team_role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(63), nullable=False, index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=True,
                                                index=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    # A panel member reads the copies sent to the panel of this date only.
    panel_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(63), nullable=False, default="")


class BreakGlass(Base):
    """A plan opened outside someone's access, with their reason (append-only)."""

    __tablename__ = "break_glass"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    login: Mapped[str] = mapped_column(String(63), nullable=False, index=True)
    plan_id: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    team_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    what: Mapped[str] = mapped_column(Text, nullable=False, default="")
    until: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class TeamEvent(Base):
    """A change to who may see what: a worker added or removed, a plan moved (append-only)."""

    __tablename__ = "team_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    actor: Mapped[str] = mapped_column(String(63), nullable=False)
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    login: Mapped[str] = mapped_column(String(63), nullable=False, default="")
    team_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    plan_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")


@event.listens_for(Session, "before_flush")
def _new_people_join_the_chosen_team(session: Session, _context, _instances) -> None:
    """`session.info["team_id"]` (an import with --team) puts new people in that team; without it
    the database's default is the worker's own team."""
    team_id = session.info.get("team_id")
    if team_id is None:
        return
    from planner.storage.models import Person

    for obj in session.new:
        if isinstance(obj, Person) and obj.team_id is None:
            obj.team_id = team_id
