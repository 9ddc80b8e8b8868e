"""Plain words and rules for "About me": the areas of a person's life and their answers."""

from enum import StrEnum

from planner.errors import InvalidInput
from planner.i18n import _

# The seven areas of the "Areas of people's lives" checklist, in the order they are offered.
# These keys are stable: they are used in the database and in plan files.
AREA_KEYS: tuple[str, ...] = (
    "background",
    "relationships",
    "personal_status",
    "home",
    "places_and_activities",
    "preferences",
    "desirable_future",
)


class AnswerTag(StrEnum):
    """What kind of answer it is, if the person wants to say (optional)."""

    GOOD_AT = "good_at"
    LIKE = "like"
    DONT_LIKE = "dont_like"
    CHANGE = "change"
    IMPORTANT_TO_ME = "important_to_me"
    IMPORTANT_FOR_ME = "important_for_me"


def tag_label(tag: AnswerTag | str) -> str:
    """Plain words for a tag, as shown beside an answer."""
    return {
        AnswerTag.GOOD_AT: _("Something I'm good at"),
        AnswerTag.LIKE: _("Something I like"),
        AnswerTag.DONT_LIKE: _("Something I don't like"),
        AnswerTag.CHANGE: _("Something I'd like to change"),
        AnswerTag.IMPORTANT_TO_ME: _("Important to me"),
        AnswerTag.IMPORTANT_FOR_ME: _("Important for me"),
    }[AnswerTag(tag)]


def clean_area(value: object) -> str:
    if value not in AREA_KEYS:
        raise InvalidInput(_("That is not one of the areas of your life."), "area")
    return str(value)


def clean_tag(value: object) -> str:
    """A tag, or "" for none."""
    if value in (None, ""):
        return ""
    try:
        return AnswerTag(value).value
    except ValueError:
        raise InvalidInput(_("Please choose what kind of answer this is, or none."), "tag") from None
