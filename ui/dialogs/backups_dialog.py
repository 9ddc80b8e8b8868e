"""Backups: see them, make one now, restore one (after backing up what is there now)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from planner.errors import PlannerError
from planner.services import backups


class BackupsDialog(QDialog):
    """Lists backups newest first. Restoring is asked for with `restore_requested(path)`."""

    restore_requested = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(self.tr(
            "Small Steps keeps copies of your plans: when it closes, every half hour while you "
            "work, and before anything big. Choose one to go back to it. What you have now is "
            "backed up first, so you can change your mind."
        ))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long reason wraps rather than running off at large text
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._restore)
        self.list.currentRowChanged.connect(self._update)
        read_only = session.read_only or session.db.data_dir is None
        self.backup_button.setEnabled(not read_only)
        self.resize(560, 420)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.session.db.data_dir is None:
            self.message.setText(self.tr("A shared team database is backed up by its server."))
            return
        for item in backups.list_backups(self.session.db.data_dir):
            why = self.reason_text(item.reason)
            row = QListWidgetItem(f"{item.made_at:%d %B %Y, %H:%M} ({why})")
            row.setData(Qt.ItemDataRole.UserRole, str(item.path))
            self.list.addItem(row)
        if self.list.count() == 0:
            self.message.setText(self.tr("There are no backups yet."))
        self._update()

    def reason_text(self, reason: str) -> str:
        if reason == "by-hand":
            return self.tr("made by you")
        if reason == "auto":
            return self.tr("made while you worked")
        if reason == "on-close":
            return self.tr("made when Small Steps closed")
        if reason == "before-restore":
            return self.tr("made before a backup was restored")
        if reason.startswith("before-update"):
            return self.tr("made before Small Steps was updated")
        if reason.startswith("before-"):
            return self.tr("made before plans were added")
        return reason.replace("-", " ")

    def _update(self, *_args) -> None:
        self.restore_button.setEnabled(
            self.list.currentRow() >= 0 and not self.session.read_only
        )

    def back_up_now(self) -> None:
        try:
            backups.backup_now(self.session.db)
        except PlannerError as error:
            self.message.setText(error.message)
            return
        self.session.changed_since_backup = False
        self.message.setText(self.tr("Backed up."))
        self.refresh()

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Go back to the plans as they were on {when}? What you have now is backed "
                    "up first.").format(when=item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
