"""The words of the support and budget page: kinds of support, funding streams, how a budget
is held, kinds of hours and why a visit was missed; each with a plain explanation.

Staff words (ISF, RAS, section 117) appear only beside an explanation in everyday words.
"""

from enum import StrEnum

from planner.i18n import _


class AllocationMethod(StrEnum):
    """How the yearly allocation was found."""

    TYPED = "typed"  # the amount the council gave, typed in
    POINTS = "points"  # points from the assessment × the price of a point


class HeldAs(StrEnum):
    """How the budget is held."""

    NOT_CHOSEN = ""
    DIRECT_PAYMENT = "direct_payment"
    INDIVIDUAL_SERVICE_FUND = "individual_service_fund"
    COUNCIL_MANAGED = "council_managed"
    EXISTING_CONTRACT = "existing_contract"


class FundingStream(StrEnum):
    """Where the money comes from."""

    SOCIAL_CARE = "social_care"
    HOUSING_SUPPORT = "housing_support"
    HEALTH = "health"
    SECTION_117 = "section_117"
    JOINT = "joint"


class SupportKind(StrEnum):
    """Who gives the support."""

    PROVIDER = "provider"
    PERSONAL_ASSISTANT = "personal_assistant"
    GROUP = "group"
    PEER_SUPPORT = "peer_support"
    BEFRIENDER = "befriender"


class HoursKind(StrEnum):
    """The proactive/reactive way of dividing support hours."""

    PROACTIVE = "proactive"
    FLEX = "flex"
    CRISIS = "crisis"
    BACKGROUND = "background"


class MissedReason(StrEnum):
    """Why a visit did not happen."""

    CHOSE_NOT_TO = "chose_not_to"
    NOT_WELL = "not_well"
    IN_HOSPITAL = "in_hospital"
    AWAY = "away"
    WORKER_COULD_NOT_COME = "worker_could_not_come"
    OTHER = "other"


# Reasons on the person's side: the worker was ready, so the hours still count as had.
PERSON_SIDE_REASONS = frozenset(
    {MissedReason.CHOSE_NOT_TO, MissedReason.NOT_WELL, MissedReason.IN_HOSPITAL,
     MissedReason.AWAY, MissedReason.OTHER}
)


def allocation_method_label(method: str) -> str:
    return {
        AllocationMethod.TYPED: _("The amount I was told"),
        AllocationMethod.POINTS: _("Points × price of a point"),
    }[AllocationMethod(method)]


def held_as_label(held: str) -> str:
    return {
        HeldAs.NOT_CHOSEN: _("Not decided yet"),
        HeldAs.DIRECT_PAYMENT: _("Direct payment"),
        HeldAs.INDIVIDUAL_SERVICE_FUND: _("Individual service fund (ISF)"),
        HeldAs.COUNCIL_MANAGED: _("Managed by the council"),
        HeldAs.EXISTING_CONTRACT: _("An existing contract"),
    }[HeldAs(held)]


def held_as_explained(held: str) -> str:
    return {
        HeldAs.NOT_CHOSEN: _("You can choose this later."),
        HeldAs.DIRECT_PAYMENT: _(
            "The money is paid to you (or someone you trust), and you buy the support yourself."
        ),
        HeldAs.INDIVIDUAL_SERVICE_FUND: _(
            "A provider you choose holds the money for you and spends it the way your plan says."
        ),
        HeldAs.COUNCIL_MANAGED: _(
            "The council keeps the money and arranges the support you choose."
        ),
        HeldAs.EXISTING_CONTRACT: _(
            "Your support comes through a contract the council already has with a provider."
        ),
    }[HeldAs(held)]


def stream_label(stream: str) -> str:
    return {
        FundingStream.SOCIAL_CARE: _("Social care"),
        FundingStream.HOUSING_SUPPORT: _("Housing-related support"),
        FundingStream.HEALTH: _("Health"),
        FundingStream.SECTION_117: _("Section 117 aftercare"),
        FundingStream.JOINT: _("A joint pooled fund"),
    }[FundingStream(stream)]


def stream_explained(stream: str) -> str:
    return {
        FundingStream.SOCIAL_CARE: _("Money from the council's adult social care."),
        FundingStream.HOUSING_SUPPORT: _(
            "Money for help to keep your home and tenancy (once called Supporting People)."
        ),
        FundingStream.HEALTH: _("Money from the NHS."),
        FundingStream.SECTION_117: _(
            "Free help after some stays in hospital under the Mental Health Act, paid by the "
            "NHS and the council together."
        ),
        FundingStream.JOINT: _(
            "One pot that several funders pay into together (a pooled budget). To show what each "
            "funder pays, give each funding stream its share instead."
        ),
    }[FundingStream(stream)]


def support_kind_label(kind: str) -> str:
    return {
        SupportKind.PROVIDER: _("A support provider"),
        SupportKind.PERSONAL_ASSISTANT: _("A personal assistant (PA)"),
        SupportKind.GROUP: _("A group"),
        SupportKind.PEER_SUPPORT: _("Peer support (someone who has been there too)"),
        SupportKind.BEFRIENDER: _("A befriender"),
    }[SupportKind(kind)]


def hours_kind_label(kind: str) -> str:
    return {
        HoursKind.PROACTIVE: _("Planned (proactive)"),
        HoursKind.FLEX: _("Flexible, when I ask"),
        HoursKind.CRISIS: _("Crisis"),
        HoursKind.BACKGROUND: _("Background"),
    }[HoursKind(kind)]


def hours_kind_explained(kind: str) -> str:
    return {
        HoursKind.PROACTIVE: _("Support booked ahead, working on my plan. Usually most of it."),
        HoursKind.FLEX: _("Support at a time I choose on the day, not one booked ahead."),
        HoursKind.CRISIS: _("Kept ready for when things go wrong, to keep me safe."),
        HoursKind.BACKGROUND: _(
            "Work done for me when I'm not there: phone calls, forms, sorting out bills."
        ),
    }[HoursKind(kind)]


def missed_reason_label(reason: str) -> str:
    return {
        MissedReason.CHOSE_NOT_TO: _("I chose not to, or forgot, or was out"),
        MissedReason.NOT_WELL: _("I wasn't feeling up to it"),
        MissedReason.IN_HOSPITAL: _("I was in hospital"),
        MissedReason.AWAY: _("I was away"),
        MissedReason.WORKER_COULD_NOT_COME: _("The worker couldn't come"),
        MissedReason.OTHER: _("Something else"),
    }[MissedReason(reason)]
