"""The three parts of "How it's going": did it happen (check-ins per goal), reviews (with the
ratings chart), and planning meetings (with who agreed to do what)."""

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.charts.ratings import ratings_chart, reviews_from_records
from planner.domain.goal_dates import plain_date
from planner.services import checkins, meetings, review_settings, reviews
from ui.commands import how_its_going as going
from ui.dialogs.need_dialog import shrinking_combo
from ui.models.goal_models import CheckinListModel, MeetingListModel, ReviewListModel
from ui.widgets.flow_layout import flow_row
from ui.widgets.messages import FieldMessage
from ui.widgets.readable_chart import ReadableChart
from ui.widgets.record_list import RecordListView


class _ListPanel(QWidget):
    """A list with Add / Change / Take off buttons, keeping the chosen item across reloads."""

    def __init__(self, page, model, names: dict[str, str], parent=None):
        super().__init__(parent)
        self.page = page
        self.model = model
        self.message = FieldMessage()
        self.list = RecordListView(lines=6)
        self.list.setModel(model)
        self.add = QPushButton(names["add"])
        self.edit = QPushButton(names["edit"])
        self.remove = QPushButton(names["remove"])
        self.list.setAccessibleName(names["list"])
        self.add.setAccessibleName(names["add"].rstrip("…"))
        self.edit.setAccessibleName(names["edit"].rstrip("…"))
        self.remove.setAccessibleName(names["remove"])
        self.buttons = flow_row(self.add, self.edit, self.remove)
        self.add.clicked.connect(self.add_item)
        self.edit.clicked.connect(self.edit_item)
        self.remove.clicked.connect(self.remove_item)
        self.list.doubleClicked.connect(lambda _index: self.edit_item())
        self.list.selectionModel().currentChanged.connect(lambda *_a: self.chosen_changed())

    def current(self):
        return self.model.record_at(self.list.currentIndex().row())

    def set_records(self, records) -> None:
        chosen = self.current()
        keep = self.model.id_of(chosen) if chosen is not None else None
        self.model.set_records(records)
        row = self.model.row_of(keep)
        row = row if row >= 0 else (0 if records else -1)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.chosen_changed()

    def chosen_changed(self) -> None:
        chosen = self.current() is not None
        self.edit.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def run(self, command) -> str | None:
        return self.page.execute(command, self.message)

    def add_item(self) -> None:
        raise NotImplementedError

    def edit_item(self) -> None:
        raise NotImplementedError

    def remove_item(self) -> None:
        raise NotImplementedError


class CheckinsPanel(_ListPanel):
    def __init__(self, page, parent=None):
        super().__init__(page, CheckinListModel(), {
            "list": QCoreApplication.translate("HowItsGoing", "What happened, newest first"), "add": QCoreApplication.translate("HowItsGoing", "Note how it went…"),
            "edit": QCoreApplication.translate("HowItsGoing", "Change the note…"), "remove": QCoreApplication.translate("HowItsGoing", "Take the note off")}, parent)
        self.goals = shrinking_combo()
        self.goals.setAccessibleName(self.tr("Which goal"))
        self._goals = []
        hint = QLabel(self.tr("Note when a step happened. If it didn't, say why not: it helps to see what "
                              "gets in the way."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Goal:")))
        row.addWidget(self.goals, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.goals.activated.connect(lambda _i: self.show_goal_history())

    def show_goals(self, goals) -> None:
        chosen = self.goals.currentData()
        self._goals = list(goals)
        self.goals.clear()
        for goal in goals:
            self.goals.addItem(goal.title[:120], goal.goal_id)
        self.goals.setCurrentIndex(max(0, self.goals.findData(chosen)))
        self.show_goal_history()

    def goal(self):
        return next((g for g in self._goals if g.goal_id == self.goals.currentData()), None)

    def show_goal_history(self) -> None:
        goal = self.goal()
        self.model.step_names = {s.step_id: s.what for s in goal.steps} if goal else {}
        self.set_records(checkins.list_checkins(self.page.session.db, goal.goal_id) if goal else [])
        self.add.setEnabled(goal is not None)

    def _dialog(self, submit, fields=None):
        from ui.dialogs.checkin_dialog import CheckinDialog

        return CheckinDialog(self.goal(), submit, fields, self)

    def add_item(self) -> None:
        goal = self.goal()
        if goal is not None:
            self._dialog(lambda f: self.run(going.AddCheckinCommand(self.page.session, self.page.plan_id,
                                                                    goal.goal_id, f))).exec()

    def edit_item(self) -> None:
        record = self.current()
        if record is not None:
            old = checkins.checkin_fields(record)
            self._dialog(lambda f: self.run(going.EditCheckinCommand(
                self.page.session, self.page.plan_id, record.checkin_id, old, f)), old).exec()

    def remove_item(self) -> None:
        record = self.current()
        if record is not None:
            self.run(going.RemoveCheckinCommand(self.page.session, self.page.plan_id, record.checkin_id))


class ReviewsPanel(_ListPanel):
    def __init__(self, page, parent=None):
        super().__init__(page, ReviewListModel(), {
            "list": QCoreApplication.translate("HowItsGoing", "Reviews"), "add": QCoreApplication.translate("HowItsGoing", "Add a review…"), "edit": QCoreApplication.translate("HowItsGoing", "Change the review…"),
            "remove": QCoreApplication.translate("HowItsGoing", "Take the review off")}, parent)
        self.chart = ReadableChart()
        self.chart.setMinimumSize(420, 300)
        left = QVBoxLayout()
        left.addWidget(self.message)
        left.addWidget(self.list, 1)
        left.addWidget(self.buttons)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.body.addLayout(left, 1)
        self.body.addWidget(self.chart, 2)

    def resizeEvent(self, event) -> None:  # noqa: N802
        """The chart beside the list when there is room; below it, larger, when the text is big."""
        wide = self.width() >= 130 * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.chart.setMinimumHeight(300 if wide else 26 * self.fontMetrics().height())
        super().resizeEvent(event)

    def show_reviews(self, records) -> None:
        self.set_records(list(reversed(records)))  # newest first in the list
        rated = reviews_from_records(records)
        self.chart.set_layout(lambda width, height, lettering: ratings_chart(
            rated, width=width, height=height, lettering=lettering))

    def _dialog(self, submit, fields=None):
        from ui.dialogs.review_dialog import ReviewDialog

        intervals = review_settings.review_intervals(self.page.session.db)
        return ReviewDialog(submit, fields, self, months=(intervals.goal_months, intervals.plan_months))

    def add_item(self) -> None:
        self._dialog(lambda f: self.run(going.AddReviewCommand(self.page.session, self.page.plan_id, f))).exec()

    def edit_item(self) -> None:
        record = self.current()
        if record is not None:
            old = reviews.review_fields(record)
            self._dialog(lambda f: self.run(going.EditReviewCommand(
                self.page.session, self.page.plan_id, record.review_id, old, f)), old).exec()

    def remove_item(self) -> None:
        record = self.current()
        if record is not None:
            self.run(going.RemoveReviewCommand(self.page.session, self.page.plan_id, record.review_id))


class MeetingsPanel(_ListPanel):
    def __init__(self, page, parent=None):
        super().__init__(page, MeetingListModel(), {
            "list": QCoreApplication.translate("HowItsGoing", "Planning meetings"), "add": QCoreApplication.translate("HowItsGoing", "Add a meeting…"),
            "edit": QCoreApplication.translate("HowItsGoing", "Change the meeting…"), "remove": QCoreApplication.translate("HowItsGoing", "Take the meeting off")}, parent)
        hint = QLabel(self.tr("A planning meeting brings together the people who can help, somewhere that "
                              "feels safe. Write down who agreed to do what."))
        hint.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("The chosen meeting"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        layout.addWidget(self.details)

    def chosen_changed(self) -> None:
        super().chosen_changed()
        meeting = self.current()
        if meeting is None:
            self.details.setText(self.tr("No meetings yet."))
            return
        lines = []
        if meeting.purpose:
            lines.append(self.tr("What it was for: {purpose}").format(purpose=meeting.purpose))
        lines.append(self.tr("Who came: {names}").format(names=", ".join(meeting.came) or "—"))
        if meeting.apologies:
            lines.append(self.tr("Said sorry, couldn't come: {names}").format(names=", ".join(meeting.apologies)))
        for action in meeting.actions:
            sign = "✓ " + self.tr("done") if action.done else "○ " + self.tr("not done yet")
            when = " " + self.tr("by {date}").format(date=plain_date(action.by_when)) if action.by_when else ""
            who = action.who or self.tr("Someone")
            lines.append(f"{who}: {action.what}{when} ({sign})")
        if meeting.next_meeting_on:
            lines.append(self.tr("Next meeting: {date}").format(date=plain_date(meeting.next_meeting_on)))
        self.details.setText("\n".join(lines))

    def _dialog(self, submit, fields=None):
        from ui.dialogs.meeting_dialog import MeetingDialog

        return MeetingDialog(submit, fields, self)

    def add_item(self) -> None:
        self._dialog(lambda f: self.run(going.AddMeetingCommand(self.page.session, self.page.plan_id, f))).exec()

    def edit_item(self) -> None:
        record = self.current()
        if record is not None:
            old = meetings.meeting_fields(record)
            self._dialog(lambda f: self.run(going.EditMeetingCommand(
                self.page.session, self.page.plan_id, record.meeting_id, old, f)), old).exec()

    def remove_item(self) -> None:
        record = self.current()
        if record is not None:
            self.run(going.RemoveMeetingCommand(self.page.session, self.page.plan_id, record.meeting_id))
