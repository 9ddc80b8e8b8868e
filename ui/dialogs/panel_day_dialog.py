"""Panel day: choose the panel's date and a folder; every plan ready for it is sent (a copy
frozen) and written there as a panel pack, with an index. The packs are made off the window's
thread, with progress."""

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from planner.domain import counted_words
from planner.domain.review_schedule import plain_date
from planner.errors import PlannerError
from planner.services import panel_day
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage
from ui.workers import Job, start


class PanelDayDialog(QDialog):
    def __init__(self, session, parent=None, panel_date: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Panel day"))
        self._jobs: list[Job] = []
        self._day = None
        self.date = QLineEdit((panel_date or dt.date.today()).isoformat())
        self.date.setAccessibleName(self.tr("Date of the panel"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder to save the packs in"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose a folder"))
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.message = FieldMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go = self.buttons.addButton(self.tr("&Make the packs"), QDialogButtonBox.ButtonRole.ActionRole)
        self.go.setAccessibleName(self.tr("Make the packs"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Date of the panel"), self.date)
        form.addRow(self.tr("&Folder"), folder_row)
        explain = QLabel(self.tr(
            "Every plan ready for this panel gets a panel pack, and the folder gets an index listing "
            "them with their cost and allocation. Each plan is sent: a copy is kept exactly as it is, "
            "and the plan shows as with the panel."))
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Panel day")))
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose)
        self.go.clicked.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        self.date.textChanged.connect(self._look)
        self._look()

    def _look(self, *_args) -> None:
        try:
            date = dt.date.fromisoformat(self.date.text().strip())
        except ValueError:
            self.found.setText(self.tr("Write the date like 2026-12-03."))
            return
        plans = panel_day.plans_for(self.session.db, date)
        names = ", ".join(name for _id, name, _status in plans)
        self.found.setText(self.tr("No plans are ready for the panel on {date}.").format(date=plain_date(date))
                           if not plans else
                           self.tr("For the panel on {date}: {names}.").format(date=plain_date(date), names=names))

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the panel packs"))
        if folder:
            self.folder.setText(folder)

    def make(self) -> None:
        if any(not job.finished for job in self._jobs):
            return
        folder = self.folder.text().strip()
        if not folder:
            self.message.show_message(self.tr("Please choose a folder for the packs."))
            return
        try:
            day = panel_day.prepare(self.session.db, self.date.text().strip())
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        passed = panel_day.date_passed_words(day.panel_date)
        if passed:
            answer = QMessageBox.question(
                self, self.tr("The panel date has passed"),
                self.tr("{passed}\n\nMake the packs for that date anyway?").format(passed=passed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        unseen = [entry for entry in day.entries if entry.not_seen]
        if unseen:
            names = "\n".join(f"• {entry.person_name}: {entry.not_seen}" for entry in unseen)
            answer = QMessageBox.question(
                self, self.tr("Some costs are not shared"),
                self.tr("The panel will not see some costed support in these plans, and their totals "
                        "leave it out:\n\n{names}\n\nMake the packs anyway?").format(names=names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._day = day
        self.message.show_message(None)
        self.progress.setRange(0, len(day.entries) + 1)
        self.progress.setValue(0)
        self.progress.show()
        self.go.setEnabled(False)
        job = Job(lambda progress: panel_day.render(day, folder, progress))
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._made)
        job.signals.failed.connect(self._failed)
        self._jobs = [j for j in self._jobs if not j.finished] + [job]
        start(job)

    def _progress(self, done: int, of: int, what: str) -> None:
        self.progress.setMaximum(of)
        self.progress.setValue(done)
        if what:
            self.found.setText(self.tr("Making: {what}").format(what=what))

    def _made(self, day) -> None:
        try:
            panel_day.record(self.session.db, day)
        except PlannerError as error:
            self._failed(error.message)
            return
        self.go.setEnabled(True)
        self.progress.setValue(self.progress.maximum())
        count = len(day.sent)
        words = counted_words.packs_done(count, day.index_path.parent)
        if day.not_sent:
            names = "\n".join(f"• {entry.person_name}: {entry.problem}" for entry in day.not_sent)
            words += "\n" + self.tr("Not sent (the index lists them too):\n{names}").format(names=names)
            self.message.show_message(self.tr("Some plans could not be sent. They are listed below."))
        self.found.setText(words)
        self.session.people_changed.emit()
        self.session.saved.emit()

    def _failed(self, message: str) -> None:
        self.go.setEnabled(True)
        self.progress.hide()
        self.message.show_message(message)
