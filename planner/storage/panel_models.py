"""The panel and reviews: where a plan stands, changes of status, frozen copies sent to the panel,
who helped write each part, and disagreements written beside an item.

A frozen copy can never be changed: the database refuses updates and deletes (triggers, while
its plan exists) and the ORM refuses them too (see `_refuse_changes`).
"""

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from planner.errors import PlannerError
from planner.storage.models import Base, Versioned, utcnow, visibility_column


class PlanStanding(Versioned, Base):
    """A plan's panel date and when the person was last assessed (one row a plan, or none)."""

    __tablename__ = "plan_standing"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True)
    panel_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    assessed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class StatusChange(Base):
    """A change of a plan's status: when, who, to what, and the conditions or reasons."""

    __tablename__ = "plan_status_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    old_status: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(32), nullable=False)
    panel_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class FrozenCopy(Base):
    """What was sent to the panel, exactly: the plan file and the panel pack, with their hashes."""

    __tablename__ = "frozen_copy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    submitted_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    panel_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    plan_file: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    plan_file_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    pack_pdf: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    pack_pdf_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    # Who may read the record that a copy was sent (its content is the panel's by nature).
    visibility: Mapped[str] = mapped_column(String(16), nullable=False, default="panel")


class PartAuthor(Versioned, Base):
    """Someone who helped write one part of the plan, and in what role."""

    __tablename__ = "part_author"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    part: Mapped[str] = mapped_column(String(32), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    visibility: Mapped[str] = visibility_column()


class Disagreement(Versioned, Base):
    """Someone's different view, written beside one item of the plan (it travels with it)."""

    __tablename__ = "disagreement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    item_kind: Mapped[str] = mapped_column(String(64), nullable=False)
    item_id: Mapped[int] = mapped_column(Integer, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    who: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class FrozenCopyIsReadOnly(PlannerError):
    """Raised on any attempt to change or remove a frozen copy."""


@event.listens_for(FrozenCopy, "before_update")
@event.listens_for(FrozenCopy, "before_delete")
def _refuse_changes(_mapper, _connection, _target) -> None:
    from planner.i18n import _

    raise FrozenCopyIsReadOnly(_("A copy sent to the panel can't be changed."))


# Tables whose items can carry a disagreement (see `planner.services.authorship.ITEM_KINDS`).
# When such an item is removed, the disagreements beside it go in the same transaction; a goal
# takes its steps' with it (the database removes the steps themselves).
DISAGREEABLE_TABLES = {"about_me_answer", "need", "goal", "step", "support_line"}


@event.listens_for(Session, "before_flush")
def _drop_disagreements_with_their_item(session: Session, _context, _instances) -> None:
    gone = {(obj.__tablename__, obj.id) for obj in session.deleted
            if getattr(obj, "__tablename__", None) in DISAGREEABLE_TABLES and obj.id is not None}
    if not gone:
        return
    with session.no_autoflush:
        goals = [item_id for kind, item_id in gone if kind == "goal"]
        if goals:
            step = Base.metadata.tables["step"]
            gone |= {("step", step_id) for step_id in
                     session.execute(select(step.c.id).where(step.c.goal_id.in_(goals))).scalars()}
        for kind, item_id in gone:
            for row in session.scalars(select(Disagreement).where(Disagreement.item_kind == kind,
                                                                  Disagreement.item_id == item_id)):
                if row not in session.deleted:
                    session.delete(row)
