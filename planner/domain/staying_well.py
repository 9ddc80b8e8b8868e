"""Staying well (a crisis plan): its sections, the questions each asks, and the limits that
keep every item short enough for a wallet-sized crisis card.

An item is one short line (`text`, at most 200 letters: what goes on the card) with, if the
person wants, more about it (`detail`, for the full plan). Items keep the order the person
gives them; the first ones go on the card first. A contact has a name, who they are to the
person, how to reach them and when; the list of contacts is in the order to try them.
"""

from enum import StrEnum

from planner.i18n import _

SHORT_MAX = 200  # one line on a crisis card
DETAIL_MAX = 5_000
NAME_MAX = 200
RELATIONSHIP_MAX = 100
ITEMS_MAX = 200  # in one section


class Section(StrEnum):
    """The parts of a crisis plan, in the order they are shown and printed."""

    EARLY_SIGNS = "early_signs"
    LATER_SIGNS = "later_signs"
    WHAT_HELPS = "what_helps"
    WHAT_DOESNT_HELP = "what_doesnt_help"
    PRACTICAL = "practical"
    WISHES = "wishes"
    DONT_WANT = "dont_want"


class ContactKind(StrEnum):
    CONTACT = "contact"  # who to contact, and how, in order
    ON_MY_BEHALF = "on_my_behalf"  # who may contact services for me


class PracticalTopic(StrEnum):
    PETS = "pets"
    KEYS = "keys"
    BILLS = "bills"
    CHILDREN = "children"
    HOME = "home"
    OTHER = "other"


class WishTopic(StrEnum):
    TREATMENT = "treatment"
    MEDICATION = "medication"
    HOSPITAL = "hospital"
    OTHER = "other"


TOPICS: dict[Section, type[StrEnum]] = {Section.PRACTICAL: PracticalTopic, Section.WISHES: WishTopic}


def section_title(section: str) -> str:
    return {
        Section.EARLY_SIGNS: _("Early signs I'm becoming unwell"),
        Section.LATER_SIGNS: _("Later signs: when things are getting worse"),
        Section.WHAT_HELPS: _("What helps me"),
        Section.WHAT_DOESNT_HELP: _("What doesn't help"),
        Section.PRACTICAL: _("Practical things to sort out"),
        Section.WISHES: _("My wishes about treatment, medicine and hospital"),
        Section.DONT_WANT: _("Anything I don't want"),
    }[Section(section)]


def section_prompt(section: str) -> str:
    return {
        Section.EARLY_SIGNS: _(
            "What do you or others notice first? For example: sleeping badly, not eating, "
            "staying in."
        ),
        Section.LATER_SIGNS: _("What happens if it goes on? What do people see then?"),
        Section.WHAT_HELPS: _("What do you, or others, do that helps you feel better?"),
        Section.WHAT_DOESNT_HELP: _("What makes things worse, even if people mean well?"),
        Section.PRACTICAL: _(
            "What needs looking after if you are unwell or in hospital? Pets, keys, bills, "
            "children, your home."
        ),
        Section.WISHES: _(
            "What do you want, or not want, if you need treatment, medicine or a stay in hospital?"
        ),
        Section.DONT_WANT: _("Is there anything you don't want to happen, or anyone you don't want told?"),
    }[Section(section)]


def contact_kind_title(kind: str) -> str:
    return {
        ContactKind.CONTACT: _("Who to contact, and how (in the order to try them)"),
        ContactKind.ON_MY_BEHALF: _("Who may contact services for me"),
    }[ContactKind(kind)]


def contact_kind_prompt(kind: str) -> str:
    return {
        ContactKind.CONTACT: _(
            "Who should you, or someone with you, get in touch with first? Then who next?"
        ),
        ContactKind.ON_MY_BEHALF: _(
            "Who do you agree may ring your team or services about you, if they are worried? "
            "For example: my sister may ring my nurse."
        ),
    }[ContactKind(kind)]


def topic_label(topic: str) -> str:
    labels = {
        PracticalTopic.PETS: _("Pets"),
        PracticalTopic.KEYS: _("Keys"),
        PracticalTopic.BILLS: _("Bills and money"),
        PracticalTopic.CHILDREN: _("Children"),
        PracticalTopic.HOME: _("My home"),
        WishTopic.TREATMENT: _("Treatment"),
        WishTopic.MEDICATION: _("Medicine"),
        WishTopic.HOSPITAL: _("Hospital"),
        "other": _("Something else"),
        "": "",
    }
    return labels[topic]
