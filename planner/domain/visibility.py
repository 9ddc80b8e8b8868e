"""Who may see an item: the person's own say, kept on every item they write."""

from enum import StrEnum

from planner.i18n import _


class Visibility(StrEnum):
    """Who can see an item. The default for anything the person writes is `PRIVATE`."""

    PRIVATE = "private"  # just me
    TEAM = "team"  # my support team
    PANEL = "panel"  # the panel (and so the team as well)


class Audience(StrEnum):
    """Who an export or a view is for."""

    ME = "me"
    TEAM = "team"
    PANEL = "panel"


_ALLOWED = {
    Audience.ME: {Visibility.PRIVATE, Visibility.TEAM, Visibility.PANEL},
    Audience.TEAM: {Visibility.TEAM, Visibility.PANEL},
    Audience.PANEL: {Visibility.PANEL},
}

DEFAULT_VISIBILITY = Visibility.PRIVATE


def new_item_visibility(team_database: bool) -> str:
    """Who sees a new item before the person chooses: "just me" on their own computer; on a team
    database, which never keeps anything "just me", their support team."""
    return (Visibility.TEAM if team_database else DEFAULT_VISIBILITY).value


def may_see(audience: Audience | str, visibility: Visibility | str) -> bool:
    """True when `audience` may see an item marked `visibility`."""
    return Visibility(visibility) in _ALLOWED[Audience(audience)]


def visibility_label(visibility: Visibility | str) -> str:
    """Plain words for a visibility, as shown beside every item."""
    return {
        Visibility.PRIVATE: _("Just me"),
        Visibility.TEAM: _("My support team"),
        Visibility.PANEL: _("The panel"),
    }[Visibility(visibility)]
