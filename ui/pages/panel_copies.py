"""The copies sent to the panel: send one (the pack is made off the window's thread), open or
save any of them exactly as it was sent, and see what changed since."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from planner.domain.review_schedule import plain_date
from planner.errors import PlannerError
from planner.files import write_atomically
from planner.services import frozen_copies
from ui.widgets.flow_layout import flow_row
from ui.widgets.messages import FieldMessage
from ui.workers import Job, start

ID_ROLE = 0x0100 + 1


class CopiesBox(QGroupBox):
    sent = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Sent to the panel"))
        self.session = session
        self.plan_id: int | None = None
        self._jobs: list[Job] = []
        self._submission = None
        self.explain = QLabel(self.tr(
            "Sending the plan keeps a copy exactly as it was sent: the plan and the panel pack. "
            "A copy can never be changed, so you can always show what the panel saw."))
        self.explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(200)
        self.list.setAccessibleName(self.tr("Copies sent to the panel"))
        self.send_button = QPushButton(self.tr("&Send to the panel now…"))
        self.open_button = QPushButton(self.tr("&Open the pack"))
        self.save_pack_button = QPushButton(self.tr("Save the pac&k…"))
        self.save_plan_button = QPushButton(self.tr("Save the plan &file…"))
        self.changed_button = QPushButton(self.tr("&What changed since…"))
        for button in (self.send_button, self.open_button, self.save_pack_button, self.save_plan_button,
                       self.changed_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Making the panel pack"))
        self.progress.hide()
        self.message = FieldMessage()
        row = flow_row(self.open_button, self.save_pack_button, self.save_plan_button)
        row2 = flow_row(self.send_button, self.changed_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(row2)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.list)
        layout.addWidget(row)
        self.send_button.clicked.connect(self.send)
        self.open_button.clicked.connect(self.open_pack)
        self.save_pack_button.clicked.connect(lambda: self.save("panel-pdf"))
        self.save_plan_button.clicked.connect(lambda: self.save("plan-file"))
        self.changed_button.clicked.connect(self.show_changes)
        self.list.currentRowChanged.connect(self._update_buttons)

    def show_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.refresh()

    def refresh(self) -> None:
        if self.plan_id is None:
            return
        self.list.clear()
        for copy in reversed(frozen_copies.list_copies(self.session.db, self.plan_id)):
            intact = frozen_copies.verify(self.session.db, copy.copy_id)
            words = self.tr("Sent {date} by {who}").format(
                date=plain_date(copy.submitted_at.date()), who=copy.submitted_by or self.tr("someone"))
            if copy.panel_date:
                words += self.tr(", for the panel on {date}").format(date=plain_date(copy.panel_date))
            words += ". " + (self.tr("✔ Checked: exactly as sent.") if intact else
                             self.tr("⚠ This copy no longer matches what was sent."))
            item = QListWidgetItem(words)
            item.setData(ID_ROLE, copy.copy_id)
            item.setToolTip(self.tr("Plan file SHA-256: {a}\nPanel pack SHA-256: {b}").format(
                a=copy.plan_file_sha256, b=copy.pack_pdf_sha256))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(self.list.count() > 0)
        self._update_buttons()

    def current_copy(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _update_buttons(self, *_args) -> None:
        has = self.current_copy() is not None
        for button in (self.open_button, self.save_pack_button, self.save_plan_button, self.changed_button):
            button.setEnabled(has)
        self.send_button.setEnabled(not self.session.read_only and not self._running())

    def _running(self) -> bool:
        return any(not job.finished for job in self._jobs)

    # Sending ---------------------------------------------------------------------------

    def send(self) -> None:
        if self.session.read_only or self._running():
            return
        try:
            submission = frozen_copies.prepare(self.session.db, self.plan_id)
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        question = self.tr("Send this plan to the panel on {date}?\n\nA copy of the plan and its panel pack "
                           "will be kept exactly as they are now. It can't be changed or taken back, and "
                           "the plan will show as with the panel.").format(date=plain_date(submission.panel_date))
        unseen = frozen_copies.not_seen_by_panel(submission)
        if unseen:
            question += "\n\n⚠ " + unseen
        answer = QMessageBox.question(
            self, self.tr("Send to the panel?"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._submission = submission
        job = Job(lambda _progress: frozen_copies.render(submission))
        job.signals.done.connect(self._made)
        job.signals.failed.connect(self._failed)
        self._jobs = [j for j in self._jobs if not j.finished] + [job]
        self.progress.show()
        self.message.show_message(None)
        self.send_button.setEnabled(False)
        start(job)

    def _made(self, pdf: bytes) -> None:
        self.progress.hide()
        try:
            frozen_copies.freeze(self.session.db, self._submission, pdf)
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        finally:
            self._submission = None
        self.session.saved.emit()
        self.session.plan_changed.emit(self.plan_id)
        self.session.people_changed.emit()
        self.sent.emit()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.message.show_message(message)
        self._update_buttons()

    # Looking at a copy -----------------------------------------------------------------

    def open_pack(self) -> None:
        copy_id = self.current_copy()
        if copy_id is None:
            return
        _plan_file, pdf = frozen_copies.copy_bytes(self.session.db, copy_id)
        path = Path(tempfile.gettempdir()) / f"smallsteps-panel-pack-{copy_id}.pdf"
        try:
            write_atomically(path, pdf)
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save(self, kind: str) -> None:
        copy_id = self.current_copy()
        if copy_id is None:
            return
        suffix = ".pdf" if kind == "panel-pdf" else ".smallsteps"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the copy sent to the panel"),
                                                    self.tr("sent-to-panel") + suffix)
        if not path:
            return
        if not path.endswith(suffix):
            path += suffix
        try:
            frozen_copies.export_copy(self.session.db, copy_id, kind, path)
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        self.message.show_message(None)

    def show_changes(self) -> None:
        from ui.dialogs.what_changed_dialog import WhatChangedDialog

        WhatChangedDialog(self.session, self.plan_id, self.current_copy(), self).exec()
