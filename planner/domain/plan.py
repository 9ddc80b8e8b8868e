"""Plain words and rules for a person and their plan."""

import datetime as dt
from enum import StrEnum

from planner.errors import InvalidInput
from planner.i18n import _

NAME_MAX = 200
TEXT_MAX = 100_000  # long answers are kept whole; this only stops absurd pastes
TITLE_MAX = 300


class PlanStatus(StrEnum):
    DRAFT = "draft"
    READY_FOR_PANEL = "ready_for_panel"
    AT_PANEL = "at_panel"
    AGREED = "agreed"
    AGREED_WITH_CHANGES = "agreed_with_changes"
    NOT_AGREED = "not_agreed"
    ACTIVE = "active"
    ENDED = "ended"


class HelperRole(StrEnum):
    """Who helped write the plan, and how."""

    ME = "me"
    CARE_COORDINATOR = "care_coordinator"
    SUPPORT_WORKER = "support_worker"
    FAMILY = "family"
    FRIEND = "friend"
    BROKER = "broker"
    ADVOCATE = "advocate"
    OTHER = "other"


def status_label(status: PlanStatus | str) -> str:
    return {
        PlanStatus.DRAFT: _("Being written"),
        PlanStatus.READY_FOR_PANEL: _("Ready for the panel"),
        PlanStatus.AT_PANEL: _("With the panel"),
        PlanStatus.AGREED: _("Agreed"),
        PlanStatus.AGREED_WITH_CHANGES: _("Agreed with changes"),
        PlanStatus.NOT_AGREED: _("Not agreed"),
        PlanStatus.ACTIVE: _("In use"),
        PlanStatus.ENDED: _("Ended"),
    }[PlanStatus(status)]


def role_label(role: HelperRole | str) -> str:
    return {
        HelperRole.ME: _("Written by me"),
        HelperRole.CARE_COORDINATOR: _("My care co-ordinator"),
        HelperRole.SUPPORT_WORKER: _("My support worker"),
        HelperRole.FAMILY: _("Family"),
        HelperRole.FRIEND: _("A friend"),
        HelperRole.BROKER: _("A broker (helps plan the support and the money)"),
        HelperRole.ADVOCATE: _("An advocate"),
        HelperRole.OTHER: _("Someone else"),
    }[HelperRole(role)]


def clean_text(value: object, *, field: str, limit: int = TEXT_MAX, required: bool = False) -> str:
    """Check a piece of text the person typed; return it with outer spaces trimmed.

    Text is otherwise kept exactly (emoji, Welsh letters, line breaks). Control characters other
    than line breaks and tabs are removed: they cannot be typed and break files and printing.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(_("This needs to be words."), field)
    text = "".join(ch for ch in value if ch in "\n\t" or ch >= " " and ch != "\x7f").strip()
    if required and not text:
        raise InvalidInput(_("Please write something here first."), field)
    if len(text) > limit:
        raise InvalidInput(
            _("This is too long to keep. Please make it shorter (at most {limit} letters).").format(
                limit=f"{limit:,}"
            ),
            field,
        )
    return text


def clean_name(value: object, *, field: str = "name") -> str:
    """A person's name: required, one line."""
    text = clean_text(value, field=field, limit=NAME_MAX, required=True)
    return " ".join(text.split())


def clean_birth_date(value: dt.date | str | None, *, today: dt.date | None = None) -> dt.date | None:
    """A date of birth: optional, not in the future, not more than 120 years ago."""
    if value in (None, ""):
        return None
    today = today or dt.date.today()
    if isinstance(value, str):
        from planner.domain.date_words import read_date

        try:
            value = read_date(value, past_only=True, today=today)
        except InvalidInput as error:
            raise InvalidInput(error.message, "date_of_birth") from None
    if value > today:
        raise InvalidInput(_("A date of birth can't be in the future."), "date_of_birth")
    if value.year < today.year - 120:
        raise InvalidInput(_("That date of birth is more than 120 years ago."), "date_of_birth")
    return value
