"""Tables of the database (SQLAlchemy ORM).

Each later part of a plan adds its tables in a module of its own and an Alembic migration.
Every item the person writes has a `visibility` column (see `planner.domain.visibility`).
"""

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    FetchedValue,
    Index,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from planner.domain import name_order
from planner.domain.visibility import new_item_visibility

# Named constraints so that migrations can refer to them on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The Welsh order's key sorts by its characters' codes: PostgreSQL must compare it byte by byte
# (its "C" collation) whatever the database's own collation is; SQLite always does.
# Cut to 300 characters, so an index entry stays small on PostgreSQL however odd the name.
WELSH_KEY_LENGTH = 300
WELSH_KEY_TYPE = String(WELSH_KEY_LENGTH).with_variant(String(WELSH_KEY_LENGTH, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """A row anyone can edit carries a version: every UPDATE says which version it changes
    (`... WHERE version = N`), so a change based on an old version is refused by the database
    (`StaleDataError`, shown as "changed meanwhile") instead of silently overwriting another's."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


def _new_visibility(context) -> str:
    # A team database keeps nothing "just me" (migration 0016 guards it): there, their team.
    return new_item_visibility(context.dialect.name != "sqlite")


def visibility_column() -> Mapped[str]:
    return mapped_column(String(16), nullable=False, default=_new_visibility)


# PostgreSQL's own options of indexes (`postgresql_where`, ...), given to them only when a
# PostgreSQL database is opened (`use_postgresql_options`): naming them in a table's arguments
# loads SQLAlchemy's PostgreSQL dialect (about 70 ms) in every command on a SQLite file.
POSTGRESQL_INDEX_OPTIONS: list[tuple[Index, dict]] = []


def _partial_index(name: str, *columns: str, where: str) -> Index:
    """An index of only the rows `where` says, on SQLite and (once opened) PostgreSQL."""
    index = Index(name, *columns, sqlite_where=text(where))
    POSTGRESQL_INDEX_OPTIONS.append((index, {"where": text(where)}))
    return index


def use_postgresql_options() -> None:
    """Give the indexes their PostgreSQL options (called when a PostgreSQL database opens,
    before migrations or any comparison of the schema with these tables)."""
    for index, options in POSTGRESQL_INDEX_OPTIONS:
        for key, value in options.items():
            index.dialect_options["postgresql"][key] = value


class Person(Versioned, Base):
    """Someone whose plan is kept here."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    preferred_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    pronouns: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Who may see the details below the name (date of birth, pronouns, communication needs).
    details_visibility: Mapped[str] = visibility_column()
    photo_jpeg: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    photo_description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    photo_visibility: Mapped[str] = visibility_column()
    needs_easy_read: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    needs_large_text: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    needs_read_aloud: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    preferred_language: Mapped[str] = mapped_column(String(16), nullable=False, default="en")
    other_communication_needs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
    # Set when the person is removed; cleared by Undo. Removed people are purged for good when
    # the program closes (and at the next start, after a crash).
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Name and preferred name case-folded, accents taken away: what a typed search is compared
    # with (Gwyn finds Gŵyn), and the English order. The Welsh order's key beside it (compared
    # byte by byte: "C" collation on PostgreSQL). See planner.domain.name_order and migration 0015.
    search_key: Mapped[str] = mapped_column(String(401), nullable=False, default="", index=True)
    welsh_key: Mapped[str] = mapped_column(WELSH_KEY_TYPE, nullable=False, default="")
    # On a team database: the team whose co-ordinators look after this person (see
    # `team_models`; a SQLite file leaves it empty). The database fills it in when not given.
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), nullable=True, index=True,
                                                server_default=FetchedValue())

    plans: Mapped[list["Plan"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    # The list of people read a page at a time, in each language's order (migration 0015): the
    # people not removed, walked in order from the index alone, searched from it too.
    __table_args__ = (
        _partial_index("ix_person_caseload_en", "search_key", "id", where="removed_at IS NULL"),
        _partial_index("ix_person_caseload_cy", "welsh_key", "id", "search_key", where="removed_at IS NULL"),
    )


def person_search_key(name: str, preferred_name: str) -> str:
    return name_order.english_key(name, preferred_name)


def person_name_columns(name: str, preferred_name: str) -> dict[str, str]:
    """The columns kept from a person's names (for rows written without the ORM)."""
    return {"search_key": name_order.english_key(name, preferred_name),
            "welsh_key": name_order.welsh_key(name, preferred_name)[:WELSH_KEY_LENGTH]}


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _set_search_key(_mapper, _connection, person: Person) -> None:
    for column, value in person_name_columns(person.name or "", person.preferred_name or "").items():
        setattr(person, column, value)


class Plan(Versioned, Base):
    """A person's support plan."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(32), nullable=False, default="draft")
    # On a team database: the broker this plan is assigned to (their login), if any.
    broker: Mapped[str | None] = mapped_column(String(63), nullable=True, index=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    # A person's first plan and where it is up to, read from the index alone (the caseload joins
    # everyone to their first plan when it sorts or filters by where plans are up to).
    __table_args__ = (Index("ix_plan_person_first", "person_id", "id", "status"),)

    person: Mapped[Person] = relationship(back_populates="plans")
    helpers: Mapped[list["PlanHelper"]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PlanHelper.position",
    )


class PlanHelper(Versioned, Base):
    """Someone who helped write the plan, and in what role."""

    __tablename__ = "plan_helper"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    visibility: Mapped[str] = visibility_column()

    plan: Mapped[Plan] = relationship(back_populates="helpers")


# Each part of a plan keeps its tables in a module of its own; importing them here registers
# them with `Base.metadata` (one line a part).
# ruff: noqa: E402, F401, I001
from planner.storage import audit  # the record of changes
from planner.storage import pictures_models
from planner.storage import about_me_models
from planner.storage import goals_models  # needs, goals, steps, check-ins, reviews, meetings
from planner.storage import panel_models
from planner.storage import budget_models, staying_well_models
from planner.storage import life_charts_models
from planner.storage import settings_models  # settings everyone using the database shares
from planner.storage import team_models  # a team database's teams and workers
