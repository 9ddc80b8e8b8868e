"""Rules for a plan's journey to the panel: statuses that need a date or words, and who helped
write each part."""

import datetime as dt

from planner.domain.goal_dates import parse_date
from planner.domain.plan import HelperRole, PlanStatus, clean_text
from planner.errors import InvalidInput
from planner.i18n import _

NOTE_MAX = 20_000
# Statuses a panel date belongs to (it is kept, and shown, while the plan is in one of these).
PANEL_STATUSES = {PlanStatus.READY_FOR_PANEL, PlanStatus.AT_PANEL}
DECIDED = {PlanStatus.AGREED, PlanStatus.AGREED_WITH_CHANGES, PlanStatus.NOT_AGREED}


def clean_date(value: object, field: str) -> dt.date | None:
    return parse_date(value, field)


def clean_status(value: object) -> PlanStatus:
    try:
        return PlanStatus(value)
    except ValueError:
        raise InvalidInput(_("That is not a plan status Small Steps knows."), "status") from None


def check_status_change(status: PlanStatus, panel_date: dt.date | None, note: object) -> str:
    """Check what a status needs; returns the note cleaned."""
    text = clean_text(note, field="note", limit=NOTE_MAX)
    if status == PlanStatus.AT_PANEL and panel_date is None:
        raise InvalidInput(_("Please give the date of the panel."), "panel_date")
    if status == PlanStatus.AGREED_WITH_CHANGES and not text:
        raise InvalidInput(_("Please write down the changes the panel asked for."), "note")
    if status == PlanStatus.NOT_AGREED and not text:
        raise InvalidInput(_("Please write down the reasons the panel gave."), "note")
    return text


def note_label(status: PlanStatus | str) -> str:
    """What the words written with a status are (empty when a status has none)."""
    return {
        PlanStatus.AGREED_WITH_CHANGES: _("The changes the panel asked for"),
        PlanStatus.NOT_AGREED: _("The reasons the panel gave"),
    }.get(PlanStatus(status), _("A note"))


def clean_role(value: object) -> str:
    try:
        return HelperRole(value).value
    except ValueError:
        raise InvalidInput(_("Please choose how they helped."), "role") from None


def part_role_label(role: HelperRole | str) -> str:
    """How a part was written, as the person would say it."""
    return {
        HelperRole.ME: _("Written by me"),
        HelperRole.CARE_COORDINATOR: _("With my care co-ordinator"),
        HelperRole.SUPPORT_WORKER: _("With my support worker"),
        HelperRole.FAMILY: _("With family"),
        HelperRole.FRIEND: _("With a friend"),
        HelperRole.BROKER: _("With a broker"),
        HelperRole.ADVOCATE: _("With an advocate"),
        HelperRole.OTHER: _("With someone else"),
    }[HelperRole(role)]


# The parts of a plan that can say who helped write them (the keys the plan view uses).
PART_KEYS = ("details", "about_me", "life_story", "people_places", "week", "needs", "goals",
             "staying_well", "support_budget", "how_its_going")
AUTHORS_PER_PART_MAX = 20
DISAGREEMENTS_PER_ITEM_MAX = 50


def clean_part(value: object) -> str:
    if value not in PART_KEYS:
        raise InvalidInput(_("That is not a part of the plan."), "part")
    return str(value)
