"""Who wrote this: who helped write each part of the plan and in what role; and disagreements
written down beside an item (they travel with the item: plan file, and the exports of every
audience that may see it).

Items that can carry a disagreement register in `ITEM_KINDS` (the table name as the kind, the
part it belongs to, and how to name it): parts add theirs there.
"""

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from planner.domain import panel as rules
from planner.domain.plan import clean_name, clean_text
from planner.domain.visibility import Visibility
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.storage.about_me_models import AboutMeAnswer
from planner.storage.budget_models import SupportLine
from planner.storage.database import Database
from planner.storage.goals_models import Goal, Need, Step
from planner.storage.models import Plan
from planner.storage.panel_models import Disagreement, PartAuthor

T = TypeVar("T")


@dataclass(frozen=True)
class ItemKind:
    model: type
    part: str
    label: Callable[[object], str]
    # The plan's items of this kind, in the plan's order, and the plan an item belongs to (a
    # step belongs to its goal's plan); None means the model's own plan_id and position.
    query: Callable[[int], object] | None = None
    plan_of: Callable[[object], int] | None = None

    def rows(self, session, plan_id: int, ids: Collection[int] | None = None):
        """The plan's items of this kind (only those in `ids`, when given)."""
        model = self.model
        if self.query is not None:
            query = self.query(plan_id)
        else:
            order = [model.position, model.id] if hasattr(model, "position") else [model.id]
            query = select(model).where(model.plan_id == plan_id).order_by(*order)
        if ids is not None:
            query = query.where(model.id.in_(list(ids)))
        return session.scalars(query)

    def plan_id(self, row) -> int:
        return self.plan_of(row) if self.plan_of is not None else row.plan_id


def _steps_of(plan_id: int):
    return (select(Step).join(Goal, Goal.id == Step.goal_id).where(Goal.plan_id == plan_id)
            .options(contains_eager(Step.goal))  # each step's goal from the same query
            .order_by(Goal.position, Goal.id, Step.position, Step.id))


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


ITEM_KINDS: dict[str, ItemKind] = {
    "about_me_answer": ItemKind(AboutMeAnswer, "about_me", lambda a: a.text),
    "need": ItemKind(Need, "goals", lambda n: _("What I need: {words}").format(words=_short(n.words))),
    "goal": ItemKind(Goal, "goals", lambda g: _("Goal: {title}").format(title=g.title)),
    "step": ItemKind(Step, "goals", lambda s: _("Small step: {what} ({goal})").format(
        what=_short(s.what), goal=_short(s.goal.title, 40)), _steps_of, lambda s: s.goal.plan_id),
    "support_line": ItemKind(SupportLine, "support_budget", lambda s: _("Support: {who}").format(who=s.who)),
}


@dataclass(frozen=True)
class AuthorRecord:
    author_id: int
    plan_id: int
    part: str
    role: str
    name: str
    visibility: str
    position: int


@dataclass(frozen=True)
class DisagreementRecord:
    disagreement_id: int
    plan_id: int
    item_kind: str
    item_id: int
    who: str
    role: str
    text: str
    visibility: str
    position: int


@dataclass(frozen=True)
class ItemRef:
    item_kind: str
    item_id: int
    part: str
    label: str


def _author(row: PartAuthor) -> AuthorRecord:
    return AuthorRecord(row.id, row.plan_id, row.part, row.role, row.name, row.visibility, row.position)


def _disagreement(row: Disagreement) -> DisagreementRecord:
    return DisagreementRecord(row.id, row.plan_id, row.item_kind, row.item_id, row.who, row.role,
                              row.text, row.visibility, row.position)


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def _visibility(value: object) -> str | None:
    if value is None:
        return None  # a new item: the database's own choice
    try:
        return Visibility(value).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), "visibility") from None


def _positions(rows) -> None:
    for index, row in enumerate(rows):
        row.position = index


# Who helped write each part ----------------------------------------------------------------


def part_authors(db: Database, plan_id: int) -> dict[str, list[AuthorRecord]]:
    with db.session() as session:
        _plan(session, plan_id)
        rows = session.scalars(select(PartAuthor).where(PartAuthor.plan_id == plan_id)
                               .order_by(PartAuthor.part, PartAuthor.position, PartAuthor.id)).all()
        out: dict[str, list[AuthorRecord]] = {}
        for row in rows:
            out.setdefault(row.part, []).append(_author(row))
        return out


def add_author(db: Database, plan_id: int, part: str, role: str, name: str = "",
               visibility: str | None = None, position: int | None = None,
               author_id: int | None = None) -> AuthorRecord:
    """Someone who helped write `part`. `position` and `author_id` put one back (Undo)."""
    part = rules.clean_part(part)
    role = rules.clean_role(role)
    name = clean_name(name, field="name") if str(name or "").strip() else ""
    shown_to = _visibility(visibility)
    with db.session() as session:
        _plan(session, plan_id)
        rows = list(session.scalars(select(PartAuthor).where(PartAuthor.plan_id == plan_id,
                                                             PartAuthor.part == part)
                                    .order_by(PartAuthor.position, PartAuthor.id)))
        if len(rows) >= rules.AUTHORS_PER_PART_MAX:
            raise InvalidInput(_("That is as many people as one part can list."), "name")
        if any(r.role == role and r.name.casefold() == name.casefold() for r in rows):
            raise InvalidInput(_("They are already listed for this part."), "name")
        row = PartAuthor(plan_id=plan_id, part=part, role=role, name=name, visibility=shown_to)
        if author_id is not None:
            if session.get(PartAuthor, author_id) is not None:
                raise InvalidInput(_("They are already listed for this part."), "name")
            row.id = author_id
        session.add(row)
        at = len(rows) if position is None else max(0, min(position, len(rows)))
        rows.insert(at, row)
        _positions(rows)
        session.flush()
        return _author(row)


def get_author(db: Database, author_id: int) -> AuthorRecord:
    with db.session() as session:
        row = session.get(PartAuthor, author_id)
        if row is None:
            raise NotFound(_("They are no longer listed for this part."))
        return _author(row)


def remove_author(db: Database, author_id: int) -> AuthorRecord:
    with db.session() as session:
        row = session.get(PartAuthor, author_id)
        if row is None:
            raise NotFound(_("They are no longer listed for this part."))
        record = _author(row)
        session.delete(row)
        session.flush()
        rest = session.scalars(select(PartAuthor).where(PartAuthor.plan_id == record.plan_id,
                                                        PartAuthor.part == record.part)
                               .order_by(PartAuthor.position, PartAuthor.id)).all()
        _positions(rest)
        return record


def update_author(db: Database, author_id: int, **changes: object) -> AuthorRecord:
    with db.session() as session:
        row = session.get(PartAuthor, author_id)
        if row is None:
            raise NotFound(_("They are no longer listed for this part."))
        if "role" in changes:
            row.role = rules.clean_role(changes.pop("role"))
        if "name" in changes:
            value = changes.pop("name")
            row.name = clean_name(value, field="name") if str(value or "").strip() else ""
        if "visibility" in changes:
            row.visibility = _visibility(changes.pop("visibility"))
        if changes:
            raise InvalidInput(_("Small Steps does not keep that detail."), next(iter(changes)))
        session.flush()
        return _author(row)


# Disagreements beside an item ---------------------------------------------------------------


def items_of(db: Database, plan_id: int) -> list[ItemRef]:
    """Every item of the plan a disagreement can be written beside, part by part."""
    out = []
    with db.session() as session:
        _plan(session, plan_id)
        for kind, info in ITEM_KINDS.items():
            for row in info.rows(session, plan_id):
                out.append(ItemRef(kind, row.id, info.part, info.label(row)))
    return out


def item_labels(db: Database, plan_id: int, refs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The words naming just these items ((kind, id) pairs), as `items_of` names them: a page
    listing a few disagreements reads those items, not every step of a huge plan."""
    wanted: dict[str, set[int]] = {}
    for kind, item_id in refs:
        if kind in ITEM_KINDS:
            wanted.setdefault(kind, set()).add(item_id)
    out = {}
    with db.session() as session:
        _plan(session, plan_id)
        for kind, ids in wanted.items():
            info = ITEM_KINDS[kind]
            for row in info.rows(session, plan_id, ids):
                out[(kind, row.id)] = info.label(row)
    return out


def _item(session, plan_id: int, item_kind: str, item_id: int):
    info = ITEM_KINDS.get(item_kind)
    row = session.get(info.model, item_id) if info else None
    if row is None or info.plan_id(row) != plan_id:
        raise NotFound(_("That item is no longer in the plan."))
    return row


def disagreements_of(db: Database, plan_id: int) -> list[DisagreementRecord]:
    with db.session() as session:
        _plan(session, plan_id)
        rows = session.scalars(select(Disagreement).where(Disagreement.plan_id == plan_id)
                               .order_by(Disagreement.item_kind, Disagreement.item_id,
                                         Disagreement.position, Disagreement.id)).all()
        return [_disagreement(r) for r in rows]


def clean_disagreement(who: object, role: object, text: object, visibility: object) -> tuple[str, str, str, str]:
    clean_who = clean_name(who, field="who")
    clean_role = rules.clean_role(role)
    words = clean_text(text, field="text", required=True, limit=rules.NOTE_MAX)
    return clean_who, clean_role, words, _visibility(visibility)


def add_disagreement(db: Database, plan_id: int, item_kind: str, item_id: int, who: str, role: str,
                     text: str, visibility: str | None = None, position: int | None = None,
                     disagreement_id: int | None = None) -> DisagreementRecord:
    """Write down someone's different view beside an item."""
    who, role, text, shown_to = clean_disagreement(who, role, text, visibility)
    with db.session() as session:
        _plan(session, plan_id)
        _item(session, plan_id, item_kind, item_id)
        rows = list(session.scalars(select(Disagreement).where(
            Disagreement.plan_id == plan_id, Disagreement.item_kind == item_kind,
            Disagreement.item_id == item_id).order_by(Disagreement.position, Disagreement.id)))
        if len(rows) >= rules.DISAGREEMENTS_PER_ITEM_MAX:
            raise InvalidInput(_("That is as many views as one item can hold."), "text")
        row = Disagreement(plan_id=plan_id, item_kind=item_kind, item_id=item_id, who=who, role=role,
                           text=text, visibility=shown_to)
        if disagreement_id is not None:
            if session.get(Disagreement, disagreement_id) is not None:
                raise InvalidInput(_("That view is already written down."), "text")
            row.id = disagreement_id
        session.add(row)
        rows.insert(len(rows) if position is None else max(0, min(position, len(rows))), row)
        _positions(rows)
        session.flush()
        return _disagreement(row)


def get_disagreement(db: Database, disagreement_id: int) -> DisagreementRecord:
    with db.session() as session:
        row = session.get(Disagreement, disagreement_id)
        if row is None:
            raise NotFound(_("That view is no longer in the plan."))
        return _disagreement(row)


def update_disagreement(db: Database, disagreement_id: int, **changes: object) -> DisagreementRecord:
    with db.session() as session:
        row = session.get(Disagreement, disagreement_id)
        if row is None:
            raise NotFound(_("That view is no longer in the plan."))
        who, role, text, shown_to = clean_disagreement(
            changes.get("who", row.who), changes.get("role", row.role), changes.get("text", row.text),
            changes.get("visibility", row.visibility))
        row.who, row.role, row.text, row.visibility = who, role, text, shown_to
        session.flush()
        return _disagreement(row)


def remove_disagreement(db: Database, disagreement_id: int) -> DisagreementRecord:
    with db.session() as session:
        row = session.get(Disagreement, disagreement_id)
        if row is None:
            raise NotFound(_("That view is no longer in the plan."))
        record = _disagreement(row)
        session.delete(row)
        return record




def remove_keeping_views(db: Database, plan_id: int, remove: Callable[[], T]) -> tuple[T, list[DisagreementRecord]]:
    """Run `remove` (which takes an item out of the plan) and return what it returned, with the
    different views that went with the item (and anything in it), for `put_back` on Undo."""
    before = disagreements_of(db, plan_id)
    result = remove()
    still = {view.disagreement_id for view in disagreements_of(db, plan_id)}
    return result, [view for view in before if view.disagreement_id not in still]


def put_back(db: Database, views: list[DisagreementRecord]) -> None:
    """Bring back views taken with their item, once the item is back (same ids, same places)."""
    for view in sorted(views, key=lambda v: (v.item_kind, v.item_id, v.position)):
        add_disagreement(db, view.plan_id, view.item_kind, view.item_id, view.who, view.role, view.text,
                         view.visibility, position=view.position, disagreement_id=view.disagreement_id)
