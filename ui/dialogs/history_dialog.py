"""The history of a plan: who changed what, when, in plain words; filter by part and person."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QVBoxLayout,
)

from planner.services import history


class HistoryDialog(QDialog):
    def __init__(self, session, plan_id: int, parts: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.setWindowTitle(self.tr("History of this plan"))
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Show changes to"))
        self.part.addItem(self.tr("Every part"), None)
        for key, title in parts:
            self.part.addItem(title, key)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Show changes made by"))
        self.person.addItem(self.tr("Anyone"), None)
        for name in history.actors(session.db, plan_id):
            self.person.addItem(name or self.tr("(no name given)"), name)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Changes, newest first"))
        self.list.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Show changes &to"), self.part)
        form.addRow(self.tr("Made &by"), self.person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.part.currentIndexChanged.connect(self.refresh)
        self.person.currentIndexChanged.connect(self.refresh)
        self.resize(640, 480)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.list.clear()
        entries = history.plan_history(
            self.session.db, self.plan_id, "me", part=self.part.currentData(),
            actor=self.person.currentData(),
        )
        for entry in entries:
            who = entry.actor or self.tr("someone")
            self.list.addItem(f"{entry.at:%d %b %Y %H:%M}, {who}: {entry.text}")
        if not entries:
            self.list.addItem(self.tr("No changes to show."))
