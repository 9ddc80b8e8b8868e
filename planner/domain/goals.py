"""Plain words and rules for needs, goals, small steps, check-ins, reviews and planning meetings.

The method is the King's Fund's: goals in the person's own words, broken into very small steps
so progress is visible; one goal at a time (allowed to be more, but said gently); changing your
mind is normal and is kept; record when a step happened and, if not, why not; review often.
"""

from enum import StrEnum

from planner.domain.plan import TEXT_MAX, TITLE_MAX, clean_text
from planner.domain.visibility import Visibility
from planner.errors import InvalidInput
from planner.i18n import _

# Caps: what a real plan never reaches, so nothing is kept that the plan file could not hold.
MAX_NEEDS = 500
MAX_GOALS = 200
MAX_STEPS = 1000  # under one goal
MAX_BARRIERS = 50  # under one goal
MAX_CHECKINS = 2000  # under one goal
MAX_REVIEWS = 200
MAX_MEETINGS = 200
MAX_MEETING_PEOPLE = 100  # in each list (invited, came, apologies)
MAX_ACTIONS = 200
STEP_MAX = 2000  # letters in one step: a step is short, but it is never cut off silently
NAME_MAX = 200


class NeedDomain(StrEnum):
    """The assessment domains panels use, each with words for the person."""

    PERSONAL_CARE = "personal_care"
    EATING_DRINKING = "eating_drinking"
    DAILY_LIVING = "daily_living"
    KEEPING_HOME = "keeping_home"
    SAFETY = "safety"
    MONEY = "money"
    WELLBEING = "wellbeing"
    COMMUNITY = "community_relationships"
    WORK_LEARNING = "work_learning"


class FundingStream(StrEnum):
    """Which budget pays for help with a need (the broker chooses)."""

    NOT_KNOWN = "not_known"
    SOCIAL_CARE = "social_care"
    HOUSING_SUPPORT = "housing_support"
    HEALTH = "health"
    JOINT = "joint"


class GoalStatus(StrEnum):
    IDEA = "idea"
    WORKING_ON = "working_on"
    PAUSED = "paused"
    DONE = "done"
    CHANGED_MIND = "changed_mind"  # kept, never deleted: changing your mind is normal


class StepStatus(StrEnum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    SKIPPED = "skipped"


class Happened(StrEnum):
    """Did it happen? (a check-in)"""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class WhyNot(StrEnum):
    """Quick picks for why something did not happen (the booklet's Fig. 3: record why not)."""

    PLACE_CLOSED = "place_closed"
    NO_ONE_TO_GO_WITH = "no_one_to_go_with"
    NOT_UP_TO_IT = "not_up_to_it"
    MONEY = "money"
    WORKER_COULD_NOT_COME = "worker_could_not_come"
    TRANSPORT = "transport"
    UNWELL = "unwell"
    WEATHER = "weather"
    SOMETHING_CAME_UP = "something_came_up"
    FORGOT = "forgot"


class LifeArea(StrEnum):
    """The seven areas of the "Areas of people's lives" checklist (keys shared with About me)."""

    BACKGROUND = "background"
    RELATIONSHIPS = "relationships"
    PERSONAL_STATUS = "personal_status"
    HOME = "home"
    PLACES_AND_ACTIVITIES = "places_and_activities"
    PREFERENCES = "preferences"
    DESIRABLE_FUTURE = "desirable_future"


class ReviewKind(StrEnum):
    GOALS = "goals"  # every 3 months by default
    PLAN = "plan"  # every 6 months by default


class MeetingList(StrEnum):
    """The three lists of names a planning meeting keeps."""

    INVITED = "invited"
    CAME = "came"
    APOLOGIES = "apologies"


RATINGS = (1, 2, 3, 4, 5)


def domain_name(domain: NeedDomain | str) -> str:
    """The domain as a panel names it."""
    return {
        NeedDomain.PERSONAL_CARE: _("Personal care"),
        NeedDomain.EATING_DRINKING: _("Eating and drinking"),
        NeedDomain.DAILY_LIVING: _("Daily living"),
        NeedDomain.KEEPING_HOME: _("Keeping my home"),
        NeedDomain.SAFETY: _("Safety"),
        NeedDomain.MONEY: _("Money"),
        NeedDomain.WELLBEING: _("Wellbeing"),
        NeedDomain.COMMUNITY: _("Community and relationships"),
        NeedDomain.WORK_LEARNING: _("Work and learning"),
    }[NeedDomain(domain)]


def domain_label(domain: NeedDomain | str) -> str:
    """The domain in the person's words."""
    return {
        NeedDomain.PERSONAL_CARE: _("Looking after myself: washing, dressing, getting up"),
        NeedDomain.EATING_DRINKING: _("Food and drink: shopping for it, cooking, eating well"),
        NeedDomain.DAILY_LIVING: _("Everyday jobs: letters, forms, getting about"),
        NeedDomain.KEEPING_HOME: _("My home: keeping it clean, safe and mine"),
        NeedDomain.SAFETY: _("Keeping safe"),
        NeedDomain.MONEY: _("Money: benefits, bills, making it last"),
        NeedDomain.WELLBEING: _("Feeling well, in body and mind"),
        NeedDomain.COMMUNITY: _("People and places: family, friends, groups"),
        NeedDomain.WORK_LEARNING: _("Work, learning and things to do in the day"),
    }[NeedDomain(domain)]


def funding_label(stream: FundingStream | str) -> str:
    return {
        FundingStream.NOT_KNOWN: _("Not known yet"),
        FundingStream.SOCIAL_CARE: _("Social care"),
        FundingStream.HOUSING_SUPPORT: _("Housing-related support"),
        FundingStream.HEALTH: _("Health"),
        FundingStream.JOINT: _("Joint (social care and health together)"),
    }[FundingStream(stream)]


def goal_status_label(status: GoalStatus | str) -> str:
    return {
        GoalStatus.IDEA: _("An idea for now"),
        GoalStatus.WORKING_ON: _("Working on it"),
        GoalStatus.PAUSED: _("Paused"),
        GoalStatus.DONE: _("Done"),
        GoalStatus.CHANGED_MIND: _("I changed my mind"),
    }[GoalStatus(status)]


def step_status_label(status: StepStatus | str) -> str:
    return {
        StepStatus.TODO: _("To do"),
        StepStatus.DOING: _("Doing now"),
        StepStatus.DONE: _("Done"),
        StepStatus.SKIPPED: _("Skipped"),
    }[StepStatus(status)]


def happened_label(value: Happened | str) -> str:
    return {
        Happened.YES: _("Yes, it happened"),
        Happened.PARTLY: _("Partly"),
        Happened.NO: _("No, it didn't happen"),
    }[Happened(value)]


def why_not_label(reason: WhyNot | str) -> str:
    return {
        WhyNot.PLACE_CLOSED: _("The place was closed"),
        WhyNot.NO_ONE_TO_GO_WITH: _("No one to go with"),
        WhyNot.NOT_UP_TO_IT: _("I didn't feel up to it"),
        WhyNot.MONEY: _("Money"),
        WhyNot.WORKER_COULD_NOT_COME: _("My worker couldn't come"),
        WhyNot.TRANSPORT: _("No way of getting there"),
        WhyNot.UNWELL: _("I was ill"),
        WhyNot.WEATHER: _("The weather"),
        WhyNot.SOMETHING_CAME_UP: _("Something else came up"),
        WhyNot.FORGOT: _("I forgot"),
    }[WhyNot(reason)]


def area_label(area: LifeArea | str) -> str:
    return {
        LifeArea.BACKGROUND: _("My story so far"),
        LifeArea.RELATIONSHIPS: _("My people"),
        LifeArea.PERSONAL_STATUS: _("How I feel about myself"),
        LifeArea.HOME: _("My home"),
        LifeArea.PLACES_AND_ACTIVITIES: _("Places and things I do"),
        LifeArea.PREFERENCES: _("What I like"),
        LifeArea.DESIRABLE_FUTURE: _("My future"),
    }[LifeArea(area)]


def rating_label(rating: int) -> str:
    """The five-point scale in words (the faces are drawn beside them)."""
    return {
        1: _("Really bad"),
        2: _("Not good"),
        3: _("Okay"),
        4: _("Good"),
        5: _("Really good"),
    }[int(rating)]


def review_kind_label(kind: ReviewKind | str) -> str:
    return {
        ReviewKind.GOALS: _("A look at my goals"),
        ReviewKind.PLAN: _("A look at my whole plan"),
    }[ReviewKind(kind)]


def meeting_list_label(which: MeetingList | str) -> str:
    return {
        MeetingList.INVITED: _("Who was asked to come"),
        MeetingList.CAME: _("Who came"),
        MeetingList.APOLOGIES: _("Who said sorry, they couldn't come"),
    }[MeetingList(which)]


# Checking what was typed ---------------------------------------------------------------------


def clean_choice(kind: type[StrEnum], value: object, field: str) -> str:
    """A value that must be one of an enum's; a plain message at `field` if not."""
    try:
        return kind(value).value
    except ValueError:
        raise InvalidInput(_("Please choose one of the choices shown."), field) from None


def clean_visibility(value: object, field: str = "visibility") -> str | None:
    if value is None:
        return None  # a new item: the database's own choice (domain.visibility.new_item_visibility)
    try:
        return Visibility(value).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), field) from None


def clean_goal_title(value: object) -> str:
    text = clean_text(value, field="title", limit=TITLE_MAX)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(_("Please give your goal a few words first."), "title")
    return text


def clean_step_text(value: object, field: str = "what") -> str:
    text = clean_text(value, field=field, limit=STEP_MAX)
    if not text:
        raise InvalidInput(_("Please write what the step is first."), field)
    return text


def clean_name_text(value: object, field: str) -> str:
    """A name that may be empty (who helps, who agreed to do something)."""
    return " ".join(clean_text(value, field=field, limit=NAME_MAX).split())


def clean_long_text(value: object, field: str) -> str:
    return clean_text(value, field=field, limit=TEXT_MAX)


def clean_areas(value: object, field: str = "areas") -> tuple[str, ...]:
    """Areas of life, each at most once, in the checklist's order."""
    chosen = _choices(value, field)
    for area in chosen:
        clean_choice(LifeArea, area, field)
    return tuple(area.value for area in LifeArea if area.value in chosen)


def clean_reasons(value: object, field: str = "reasons") -> tuple[str, ...]:
    chosen = _choices(value, field)
    for reason in chosen:
        clean_choice(WhyNot, reason, field)
    return tuple(reason.value for reason in WhyNot if reason.value in chosen)


def _choices(value: object, field: str) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise InvalidInput(_("Please choose from the list."), field)
    if not all(isinstance(item, str) for item in value):
        raise InvalidInput(_("Please choose from the list."), field)
    return set(value)


def clean_ratings(value: object, field: str = "ratings") -> dict[str, int]:
    """The person's own ratings: each area at most once, 1 to 5; no rating is fine."""
    if value is None:
        return {}
    items = value.items() if isinstance(value, dict) else value
    ratings: dict[str, int] = {}
    try:
        pairs = list(items)
    except TypeError:
        raise InvalidInput(_("Please choose from the faces."), field) from None
    for pair in pairs:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise InvalidInput(_("Please choose from the faces."), field)
        area, rating = pair
        area = clean_choice(LifeArea, area, field)
        if rating is None:
            continue
        if isinstance(rating, bool) or not isinstance(rating, int) or rating not in RATINGS:
            raise InvalidInput(_("Please choose from the faces."), field)
        ratings[area] = rating
    return {area.value: ratings[area.value] for area in LifeArea if area.value in ratings}


def clean_names(value: object, field: str) -> tuple[str, ...]:
    """A list of names (one a line when typed): blanks dropped, each name once."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise InvalidInput(_("Please write one name a line."), field)
    names: list[str] = []
    for item in value:
        name = clean_name_text(item, field)
        if name and name not in names:
            names.append(name)
    if len(names) > MAX_MEETING_PEOPLE:
        raise InvalidInput(
            _("That is a lot of names. Please keep it to {n} or fewer.").format(n=MAX_MEETING_PEOPLE),
            field,
        )
    return tuple(names)


def working_on_now_note(count: int) -> str:
    """A gentle word when more than one goal is marked "what I'm working on now"."""
    if count <= 1:
        return ""
    return _(
        "You are working on {n} goals at once. That is fine. Many people find that one goal "
        "at a time feels easier."
    ).format(n=count)


def join_keys(keys) -> str:
    """Checklist keys as the database keeps them: separated by commas."""
    return ",".join(keys)


def split_keys(text: str) -> tuple[str, ...]:
    return tuple(key for key in (text or "").split(",") if key)
