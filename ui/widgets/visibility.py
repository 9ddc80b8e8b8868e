"""Choosing who can see an item: words and a sign for each choice, never colour alone."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from planner.domain.visibility import Visibility, visibility_label
from ui.widgets.icons import lock_icon, panel_icon, people_icon

ICONS = {Visibility.PRIVATE: lock_icon, Visibility.TEAM: people_icon, Visibility.PANEL: panel_icon}


class VisibilityCombo(QComboBox):
    visibility_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        for visibility in Visibility:
            self.addItem(ICONS[visibility](), visibility_label(visibility), visibility.value)
        self.activated.connect(lambda _i: self.visibility_chosen.emit(self.currentData()))

    def set_visibility(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))

    def visibility(self) -> str:
        return self.currentData()
