"""Choosing who can see an item: words and a sign for each choice, never colour alone.

On a team database (which never keeps anything "just me": README, "What the person keeps to
themselves") a new item starts as the person's support team, and the choice says so plainly.
The open session tells this module which kind of database is open (`use_team_database`).
"""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox

from planner.domain.visibility import Visibility, new_item_visibility, visibility_label
from ui.widgets.icons import lock_icon, panel_icon, people_icon

ICONS = {Visibility.PRIVATE: lock_icon, Visibility.TEAM: people_icon, Visibility.PANEL: panel_icon}
_team_database = False


def use_team_database(team: bool) -> None:
    """Called by the session that opens a database: new items' default follows it."""
    global _team_database
    _team_database = bool(team)


def team_database() -> bool:
    return _team_database


def new_visibility() -> str:
    """Who sees a new item until the person chooses."""
    return new_item_visibility(_team_database)


def _label(visibility: Visibility) -> str:
    if visibility is Visibility.PRIVATE and _team_database:
        return QCoreApplication.translate("VisibilityCombo", "Just me (not kept in the team's database)")
    return visibility_label(visibility)


class VisibilityCombo(QComboBox):
    visibility_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        for visibility in Visibility:
            self.addItem(ICONS[visibility](), _label(visibility), visibility.value)
        if _team_database:
            self.setToolTip(self.tr(
                "This is the team's database: new things start as seen by the person's support "
                "team. \"Just me\" takes a thing out of the team's copy (it stays only in the "
                "person's own plan file), and Small Steps asks first."))
            self.setAccessibleDescription(self.toolTip())
        self.set_visibility(None)
        self.activated.connect(lambda _i: self.visibility_chosen.emit(self.currentData()))

    def set_visibility(self, value: str | None) -> None:
        """Show `value`; None (a new item) shows who sees a new item here."""
        self.setCurrentIndex(max(0, self.findData(value or new_visibility())))

    def visibility(self) -> str:
        return self.currentData()
