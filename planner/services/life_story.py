"""Use-cases for "My life story": the moments of a person's whole life, in their order.

A moment has a short title (what happened, in the person's words), more words if they like,
when it happened (a year, a month and year, an age, or "I'm not sure"; any of them "around"),
what kind of moment it was, how good or hard a time it was (five steps), an optional picture
and who can see it (default: just me). A new moment goes in date order among the others; the
person can move moments anywhere (the order of moments with no date is theirs to choose).
"""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from planner.domain import plan as plan_rules
from planner.domain.life_charts import (
    NEUTRAL_FEELING,
    TITLE_MAX,
    When,
    clean_feeling,
    clean_moment_kind,
    clean_when,
)
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.plan_file.document import PlanDocument
from planner.services import ordering
from planner.services.pictures import (
    PictureRecord,
    clean_visibility,
    picture_of_plan,
    record_of,
    records_by_id,
)
from planner.storage.database import Database
from planner.storage.life_charts_models import LifeMoment
from planner.storage.models import Plan

MOMENTS_MAX = 5_000
WHEN_FIELDS = ("when_kind", "year", "month", "age", "approximate")
MOMENT_FIELDS = {"title", "story", "kind", "feeling", "visibility", "picture_id", *WHEN_FIELDS}


@dataclass(frozen=True)
class MomentRecord:
    moment_id: int
    plan_id: int
    position: int
    title: str
    story: str
    when: When
    kind: str
    feeling: int
    visibility: str
    picture: PictureRecord | None

    def values(self) -> dict[str, object]:
        """Every field that can be changed, as `update_moment` takes them (for Undo)."""
        return {
            "title": self.title, "story": self.story, "when_kind": self.when.kind,
            "year": self.when.year, "month": self.when.month, "age": self.when.age,
            "approximate": self.when.approximate, "kind": self.kind, "feeling": self.feeling,
            "visibility": self.visibility,
            "picture_id": self.picture.picture_id if self.picture else None,
        }


def _when(moment: LifeMoment) -> When:
    return When(moment.when_kind, moment.year, moment.month, moment.age, bool(moment.approximate))


def _made(moment, picture: PictureRecord | None) -> MomentRecord:
    """A moment's record from its row (the ORM's or a plain one) and its picture's record."""
    return MomentRecord(
        moment.id, moment.plan_id, moment.position, moment.title, moment.story, _when(moment),
        moment.kind, moment.feeling, moment.visibility, picture,
    )


def _record(moment: LifeMoment) -> MomentRecord:
    return _made(moment, record_of(moment.picture) if moment.picture else None)


def _records(reader, rows: list) -> list[MomentRecord]:
    pictures = records_by_id(reader, rows[0].plan_id) if rows else {}
    return [_made(row, pictures.get(row.picture_id)) for row in rows]


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def _moment(session, moment_id: int) -> LifeMoment:
    moment = session.get(LifeMoment, moment_id)
    if moment is None:
        raise NotFound(_("That moment is no longer in your life story."))
    return moment


def _birth_year(plan: Plan) -> int | None:
    born = plan.person.date_of_birth
    return born.year if born else None


def _moments(session, plan_id: int) -> list[LifeMoment]:
    return list(session.scalars(
        select(LifeMoment).where(LifeMoment.plan_id == plan_id)
        .order_by(LifeMoment.position, LifeMoment.id)
    ))


def clean_title(value: object) -> str:
    text = plan_rules.clean_text(value, field="title", limit=TITLE_MAX)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(_("Please write a few words saying what happened."), "title")
    return text


def _apply_when(moment: LifeMoment, when: When) -> None:
    moment.when_kind, moment.year, moment.month = when.kind, when.year, when.month
    moment.age, moment.approximate = when.age, when.approximate


def date_position(moments: list[LifeMoment], when: When, birth_year: int | None) -> int | None:
    """Where a moment with `when` goes: before the first dated moment that is later (None: the end)."""
    key = when.sort_key(birth_year)
    if key is None:
        return None
    for index, other in enumerate(moments):
        other_key = _when(other).sort_key(birth_year)
        if other_key is not None and other_key > key:
            return index
    return None


def _listed(session, plan_id: int) -> list[LifeMoment]:
    return list(session.scalars(  # their pictures in one query, not one a moment
        select(LifeMoment).where(LifeMoment.plan_id == plan_id)
        .order_by(LifeMoment.position, LifeMoment.id).options(selectinload(LifeMoment.picture))))


def list_moments(db: Database, plan_id: int) -> list[MomentRecord]:
    with db.session() as session:
        _plan(session, plan_id)
        return [_record(m) for m in _listed(session, plan_id)]


def moments_with_document(db: Database, plan_id: int) -> tuple[list[MomentRecord], PlanDocument]:
    """`list_moments`, and the plan's document of the life story alone (as
    `plan_files.plan_document(db, plan_id, ("life_story",))` gives it), read together: the
    moments are read once for both (a huge plan's page shows its list and its chart)."""
    from planner.plan_file.document import rows_and_part

    return rows_and_part(db, plan_id, "life_story", _plan,
                         "SELECT * FROM life_moment WHERE plan_id = :plan_id ORDER BY position, id", _records)


def get_moment(db: Database, moment_id: int) -> MomentRecord:
    with db.session() as session:
        return _record(_moment(session, moment_id))


def add_moment(
    db: Database, plan_id: int, title: str, story: str = "", when_kind: str = "unknown",
    year: object = None, month: object = None, age: object = None, approximate: bool = False,
    kind: str = "other", feeling: int = NEUTRAL_FEELING, visibility: str | None = None,
    picture_id: int | None = None, position: int | None = None, moment_id: int | None = None,
) -> MomentRecord:
    """A new moment, in date order among the others (or at `position`).

    `position` and `moment_id` put a removed moment back where and as it was (Undo).
    """
    title = clean_title(title)
    story = plan_rules.clean_text(story, field="story")
    kind = clean_moment_kind(kind)
    feeling = clean_feeling(feeling)
    seen_by = clean_visibility(visibility)
    with db.session() as session:
        plan = _plan(session, plan_id)
        when = clean_when(when_kind, year, month, age, approximate, birth_year=_birth_year(plan))
        picture = picture_of_plan(session, plan_id, picture_id)
        count = session.scalar(select(func.count()).select_from(LifeMoment).where(LifeMoment.plan_id == plan_id))
        if count >= MOMENTS_MAX:
            raise InvalidInput(_("Your life story has {count} moments, as many as Small Steps can keep. "
                                 "You could put some moments together.").format(count=f"{count:,}"), "title")
        moment = LifeMoment(plan_id=plan_id, title=title, story=story, kind=kind, feeling=feeling,
                            visibility=seen_by, picture=picture)
        _apply_when(moment, when)
        if moment_id is not None:
            if session.get(LifeMoment, moment_id) is not None:
                raise InvalidInput(_("That moment is already in your life story."), "title")
            moment.id = moment_id
        moments = _moments(session, plan_id)
        at = position if position is not None else date_position(moments, when, _birth_year(plan))
        ordering.insert(moments, moment, at)
        session.add(moment)
        session.flush()
        return _record(moment)


def update_moment(db: Database, moment_id: int, **changes: object) -> MomentRecord:
    """Change some of a moment. When-fields are checked together with the ones not changed."""
    unknown = set(changes) - MOMENT_FIELDS
    if unknown:
        raise InvalidInput(_("Small Steps does not keep that detail."), sorted(unknown)[0])
    with db.session() as session:
        moment = _moment(session, moment_id)
        plan = _plan(session, moment.plan_id)
        cleaned: dict[str, object] = {}
        if "title" in changes:
            cleaned["title"] = clean_title(changes["title"])
        if "story" in changes:
            cleaned["story"] = plan_rules.clean_text(changes["story"], field="story")
        if "kind" in changes:
            cleaned["kind"] = clean_moment_kind(changes["kind"])
        if "feeling" in changes:
            cleaned["feeling"] = clean_feeling(changes["feeling"])
        if "visibility" in changes:
            cleaned["visibility"] = clean_visibility(changes["visibility"])
        when = None
        if any(field in changes for field in WHEN_FIELDS):
            now = _when(moment)
            merged = {"kind": now.kind, "year": now.year, "month": now.month, "age": now.age,
                      "approximate": now.approximate}
            merged.update({("kind" if f == "when_kind" else f): changes[f] for f in WHEN_FIELDS if f in changes})
            when = clean_when(merged["kind"], merged["year"], merged["month"], merged["age"],
                              merged["approximate"], birth_year=_birth_year(plan))
        picture = moment.picture
        if "picture_id" in changes:
            picture = picture_of_plan(session, moment.plan_id, changes["picture_id"])
        for field, value in cleaned.items():
            setattr(moment, field, value)
        if when is not None:
            _apply_when(moment, when)
        moment.picture = picture
        session.flush()
        return _record(moment)


def remove_moment(db: Database, moment_id: int) -> MomentRecord:
    """Take a moment out; returns it as it was so Undo can put it back."""
    with db.session() as session:
        moment = _moment(session, moment_id)
        record = _record(moment)
        moments = _moments(session, moment.plan_id)
        moments.remove(moment)
        session.delete(moment)
        ordering.renumber(moments)
        return record


def restore_moment(db: Database, record: MomentRecord) -> MomentRecord:
    """Put back a removed moment with the same id, in the same place (Undo)."""
    values = record.values()
    return add_moment(db, record.plan_id, position=record.position, moment_id=record.moment_id,
                      **values)


def moment_order(db: Database, plan_id: int) -> list[int]:
    with db.session() as session:
        return [m.id for m in _moments(session, plan_id)]


def move_moment(db: Database, moment_id: int, step: int) -> list[int]:
    """Move a moment up (-1) or down (+1); returns the order before (for Undo)."""
    with db.session() as session:
        moment = _moment(session, moment_id)
        return ordering.move(_moments(session, moment.plan_id), moment, step)


def set_moment_order(db: Database, plan_id: int, order: list[int]) -> None:
    with db.session() as session:
        ordering.set_order(_moments(session, plan_id), order)


def date_order(db: Database, plan_id: int) -> list[int]:
    """The moments' ids in date order. A moment with no date stays after the one before it."""
    with db.session() as session:
        plan = _plan(session, plan_id)
        birth_year = _birth_year(plan)
        chunks: list[tuple[float, int, list[int]]] = []
        head: list[int] = []
        for index, moment in enumerate(_moments(session, plan_id)):
            key = _when(moment).sort_key(birth_year)
            if key is None:
                (chunks[-1][2] if chunks else head).append(moment.id)
            else:
                chunks.append((key, index, [moment.id]))
        chunks.sort(key=lambda chunk: (chunk[0], chunk[1]))
        return head + [i for chunk in chunks for i in chunk[2]]
