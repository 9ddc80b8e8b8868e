"""Reviews and the panel: when reviews are due, where the plan is up to (with the panel's date,
conditions or reasons, and every change), the copies sent to the panel, who wrote each part, and
different views written beside items."""

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.panel import note_label
from planner.domain.plan import PlanStatus, status_label
from planner.domain.review_schedule import ReviewKind, due_words, kind_label, plain_date
from planner.errors import PlannerError
from planner.services import caseload, plan_status, review_settings
from ui.commands.panel import SetAssessedOnCommand, SetStatusCommand
from ui.pages.panel_copies import CopiesBox
from ui.pages.panel_views import AuthorsBox
from ui.saving import unchanged
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import date_field


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _list(name: str) -> QListWidget:
    items = QListWidget()
    items.setWordWrap(True)
    items.setAccessibleName(name)
    items.setMaximumHeight(200)
    return items


class PanelPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.standing = None
        self.heading = Heading(self.tr("Reviews and the panel"))

        self.due = {kind: _wrapping() for kind in ReviewKind}
        self.assessed_on = date_field(past_only=True)
        self.assessed_on.setAccessibleName(self.tr("Date of the last assessment"))
        self.schedule_message = FieldMessage()
        reviews = QGroupBox(self.tr("When reviews are due"))
        form = QFormLayout(reviews)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for kind in ReviewKind:
            form.addRow(kind_label(kind), self.due[kind])
        form.addRow(self.tr("Last &assessment"), self.assessed_on)
        form.addRow(self.schedule_message)
        self.intervals_note = _wrapping()
        form.addRow(self.intervals_note)

        self.current = _wrapping()
        self.status = QComboBox()
        for status in PlanStatus:
            self.status.addItem(status_label(status), status.value)
        self.panel_date = date_field()
        self.note_label = QLabel(self.tr("A &note"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.note_label.setBuddy(self.note)
        self.change_button = QPushButton(self.tr("&Change where the plan is up to"))
        self.status_message = FieldMessage()
        self.history = _list(self.tr("Every change of where the plan is up to"))
        for widget, name in ((self.status, self.tr("Where the plan is up to")),
                             (self.panel_date, self.tr("Date of the panel")),
                             (self.note, self.tr("Conditions, reasons or a note")),
                             (self.change_button, self.tr("Change where the plan is up to"))):
            widget.setAccessibleName(name)
        standing = QGroupBox(self.tr("Where the plan is up to"))
        status_form = QFormLayout(standing)
        status_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        status_form.addRow(self.current)
        status_form.addRow(self.tr("&Up to"), self.status)
        status_form.addRow(self.tr("&Panel date"), self.panel_date)
        status_form.addRow(self.note_label, self.note)
        status_form.addRow(self.status_message)
        status_form.addRow(self.change_button)
        status_form.addRow(_wrapping(self.tr("Every change, with when and who:")))
        status_form.addRow(self.history)

        self.copies = CopiesBox(session)
        self.authors = AuthorsBox(session)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addWidget(reviews)
        inner.addWidget(standing)
        inner.addWidget(self.copies)
        inner.addWidget(self.authors)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.status.currentIndexChanged.connect(self._status_chosen)
        self.change_button.clicked.connect(self.change_status)
        self.assessed_on.editingFinished.connect(self._save_assessed_on)
        self.copies.sent.connect(self.refresh)
        session.plan_changed.connect(self._plan_changed)

    def show_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.copies.plan_id = self.authors.plan_id = plan_id  # read once, by refresh below
        self.refresh()

    def _plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self.refresh()

    def refresh(self) -> None:
        if self.plan_id is None:
            return
        try:
            self.standing = plan_status.get_standing(self.session.db, self.plan_id)
        except PlannerError:
            return
        s = self.standing
        intervals = review_settings.review_intervals(self.session.db)
        row = caseload.plan_row(self.session.db, self.plan_id, intervals)
        today = dt.date.today()
        for kind in ReviewKind:
            due = getattr(row.schedule, kind.value) if row else None
            words = due_words(due, today)
            if due and (due - today).days <= 30:
                words += f" ({plain_date(due)})"
            self.due[kind].setText(words if due else
                                   self.tr("Not due: the plan needs a start date, or it has ended."))
        self.intervals_note.setText(self.tr(
            "Goals are reviewed every {g} months, the plan every {p} and reassessment every {r} "
            "(change these in Settings).").format(g=intervals.goal_months, p=intervals.plan_months,
                                                  r=intervals.reassessment_months))
        self.assessed_on.setText(s.assessed_on.isoformat() if s.assessed_on else "")
        words = self.tr("Now: {status}").format(status=s.status_label)
        if s.panel_date and s.status in (PlanStatus.READY_FOR_PANEL, PlanStatus.AT_PANEL):
            words += self.tr(" (panel on {date})").format(date=plain_date(s.panel_date))
        if s.note:
            words += f". {note_label(s.status)}: {s.note}"
        self.current.setText(words)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(s.status)))
        self.status.blockSignals(False)
        self.panel_date.setText(s.panel_date.isoformat() if s.panel_date else "")
        self.note.setPlainText(s.note)
        self._status_chosen()
        self.history.clear()
        for change in reversed(s.history):
            line = self.tr("{when}, {who}: {status}").format(
                when=plain_date(change.at.date()), who=change.actor or self.tr("someone"),
                status=status_label(change.status))
            if change.panel_date and change.status in (PlanStatus.READY_FOR_PANEL, PlanStatus.AT_PANEL):
                line += self.tr(" (panel on {date})").format(date=plain_date(change.panel_date))
            if change.note:
                line += f". {change.note}"
            self.history.addItem(line)
        self.copies.refresh()
        self.authors.refresh()

    def _status_chosen(self, *_args) -> None:
        self.note_label.setText(note_label(self.status.currentData()))

    def change_status(self) -> None:
        error = self.session.execute(SetStatusCommand(
            self.session, self.plan_id, self.status.currentData(), self.panel_date.text().strip() or None,
            self.note.toPlainText(), seen=self.standing.status if self.standing is not None else None))
        self.status_message.show_message(error)

    def _save_assessed_on(self) -> None:
        if self.plan_id is None or self.standing is None:
            return
        text = self.assessed_on.text().strip()
        old = self.standing.assessed_on
        if unchanged(old, text):
            return
        error = self.session.execute(SetAssessedOnCommand(self.session, self.plan_id, old, text or None))
        self.schedule_message.show_message(error)
