"""The history of a plan, in plain words, for whoever is allowed to read it."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain.visibility import Audience, may_see
from planner.i18n import N_, _
from planner.storage.audit import AuditEvent
from planner.storage.database import Database

# Which part of the plan each kind of item belongs to. Parts add their tables here.
PART_OF_KIND: dict[str, str] = {
    "person": "details",
    "plan": "details",
    "plan_helper": "details",
    "about_me_answer": "about_me",
    "about_me_place": "about_me",
    "picture": "pictures",
    "need": "needs",
    "goal": "goals", "goal_need": "goals", "goal_barrier": "goals", "step": "goals",
    "checkin": "how_its_going", "review": "how_its_going", "review_rating": "how_its_going",
    "meeting": "how_its_going", "meeting_person": "how_its_going", "meeting_action": "how_its_going",
    "plan_standing": "panel", "plan_status_change": "panel", "frozen_copy": "panel",
    "part_author": "panel", "disagreement": "panel",
    "staying_well_item": "staying_well",
    "staying_well_contact": "staying_well",
    **{kind: "support_budget" for kind in (
        "budget", "funding_stream", "budget_phase", "support_line", "one_off_purchase",
        "travel_item", "hours_review", "missed_visit", "funding_share", "budget_goal_link")},
    "life_moment": "life_story",
    "network_member": "people_places",
    "week_entry": "week",
}

FIELD_WORDS = {
    "name": N_("name"), "preferred_name": N_("name they like to be called"), "pronouns": N_("pronouns"),
    "date_of_birth": N_("date of birth"), "details_visibility": N_("who can see their details"),
    "photo_visibility": N_("who can see their photo"), "title": N_("plan's name"), "status": N_("plan's status"),
    "started_on": N_("start date"), "ends_on": N_("end date"), "removed_at": N_("removal"),
    "other_communication_needs": N_("what else helps"), "visibility": N_("who can see it"),
}

# What each kind of item is called in the history's sentences ("Added a goal: ...").
KIND_WORDS = {
    "person": N_("person"), "plan": N_("plan"), "plan_helper": N_("helper"),
    "about_me_answer": N_("answer"), "about_me_place": N_("place in About me"), "picture": N_("picture"),
    "need": N_("need"), "goal": N_("goal"), "goal_need": N_("need a goal answers"),
    "goal_barrier": N_("barrier"), "step": N_("small step"), "checkin": N_("check-in"),
    "review": N_("review"), "review_rating": N_("rating"), "meeting": N_("planning meeting"),
    "meeting_person": N_("person at a meeting"), "meeting_action": N_("action"),
    "plan_standing": N_("plan's standing"), "plan_status_change": N_("change of status"),
    "frozen_copy": N_("copy sent to the panel"), "part_author": N_("writer of a part"),
    "disagreement": N_("different view"), "staying_well_item": N_("staying well item"),
    "staying_well_contact": N_("contact for a crisis"), "budget": N_("budget"),
    "funding_stream": N_("funding stream"), "budget_phase": N_("phase"), "support_line": N_("line of support"),
    "one_off_purchase": N_("one-off purchase"), "travel_item": N_("journey"),
    "hours_review": N_("review of hours"), "missed_visit": N_("missed visit"),
    "funding_share": N_("funding stream's share"), "budget_goal_link": N_("goal the budget serves"),
    "life_moment": N_("moment in my life story"), "network_member": N_("person or place"),
    "week_entry": N_("part of my week"),
}


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    part: str
    text: str


def _describe(row: AuditEvent, readable: bool) -> str:
    kind = _(KIND_WORDS.get(row.item_kind, row.item_kind.replace("_", " ")))
    if row.action == "added":
        return (_("Added a {kind}: {what}").format(kind=kind, what=row.new_value or "")
                if readable else _("Added a private {kind}").format(kind=kind))
    if row.action == "removed":
        return (_("Removed a {kind}: {what}").format(kind=kind, what=row.old_value or "")
                if readable else _("Removed a private {kind}").format(kind=kind))
    if row.action == "purged":
        return _("Someone was deleted for good")
    field = _(FIELD_WORDS.get(row.field, row.field.replace("_", " ")))
    if not readable:
        return _("Changed the {field} of a private {kind}").format(field=field, kind=kind)
    if row.field == "removed_at":
        return _("Took them out of the list") if row.new_value else _("Brought them back")
    return _("Changed the {field} of a {kind} from “{old}” to “{new}”").format(
        field=field, kind=kind, old=row.old_value or "", new=row.new_value or "")


def plan_history(db: Database, plan_id: int, audience: Audience | str = Audience.ME,
                 part: str | None = None, actor: str | None = None) -> list[HistoryEntry]:
    """Newest first. Content of items the audience may not see is left out of the words."""
    with db.session() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.chain == plan_id).order_by(AuditEvent.id.desc())
        ).all()
    entries = []
    for row in rows:
        row_part = PART_OF_KIND.get(row.item_kind, row.item_kind)
        if part and row_part != part:
            continue
        if actor is not None and row.actor != actor:
            continue
        readable = may_see(audience, row.visibility)
        entries.append(HistoryEntry(row.at, row.actor, row_part, _describe(row, readable)))
    return entries


def actors(db: Database, plan_id: int) -> list[str]:
    with db.session() as session:
        return sorted(set(session.scalars(select(AuditEvent.actor).where(AuditEvent.chain == plan_id))))


# Changes made elsewhere -------------------------------------------------------------------
# Another computer on a team database, or the command line beside the window, can change plans
# while the window is open. The record of changes says so; the window asks it now and then.


@dataclass(frozen=True)
class ChangesElsewhere:
    last_id: int  # ask again from here
    plans: frozenset[int]  # the plans changed by someone else (0: people without a plan)
    actors: tuple[str, ...]  # who, in the order they first appear


def last_change_id(db: Database) -> int:
    """Where the record of changes is up to (0 when nothing is recorded yet)."""
    from sqlalchemy import func

    with db.session() as session:
        return session.scalar(select(func.max(AuditEvent.id))) or 0


def changes_since(db: Database, after_id: int, not_by: str) -> ChangesElsewhere:
    """The changes recorded after `after_id` that someone other than `not_by` made."""
    with db.session() as session:
        rows = session.execute(select(AuditEvent.id, AuditEvent.chain, AuditEvent.actor)
                               .where(AuditEvent.id > after_id).order_by(AuditEvent.id)).all()
    others = [(chain, actor) for _id, chain, actor in rows if actor != not_by]
    return ChangesElsewhere(max((row[0] for row in rows), default=after_id),
                            frozenset(chain for chain, _actor in others),
                            tuple(dict.fromkeys(actor or _("someone") for _chain, actor in others)))
