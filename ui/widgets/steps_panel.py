"""A goal's small steps: add, change, tick off, reorder (drag, or Ctrl+Up / Ctrl+Down), split,
take off; and the ladder that shows how far up the person has climbed."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.charts.step_ladder import goal_ladder, ladder_goal_from_record
from planner.domain.goals import StepStatus, step_status_label
from planner.domain.step_cost import format_pence, is_surprising, parse_pence, surprising_question
from planner.errors import InvalidInput
from ui.commands.goals import (
    AddStepCommand,
    EditStepCommand,
    MoveStepCommand,
    RemoveStepCommand,
    SetStepStatusCommand,
    SplitStepCommand,
)
from ui.models.goal_models import StepListModel
from ui.saving import unchanged
from ui.widgets.messages import FieldMessage
from ui.widgets.readable_chart import ReadableChart
from ui.widgets.record_list import RecordListView
from ui.widgets.text_fields import date_field
from ui.widgets.visibility import VisibilityCombo


class StepsPanel(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.goal = None
        self.step = None
        self._loading = False
        self.message = FieldMessage()
        hint = QLabel(self.tr("Break your goal into very small steps, so you can see yourself getting there. "
                              "Tick each step off when it is done."))
        hint.setWordWrap(True)

        self.model = StepListModel(self)
        self.list = RecordListView(lines=8)
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.move_up = QPushButton(self.tr("Move up"))
        self.move_down = QPushButton(self.tr("Move down"))
        self.split = QPushButton(self.tr("Split into smaller steps…"))
        self.remove = QPushButton(self.tr("Take this step off"))
        self.new_step = QLineEdit()
        self.new_step.setPlaceholderText(self.tr("A new small step, for example: Ring the allotment society"))
        self.add = QPushButton(self.tr("Add step"))

        self.what = QLineEdit()
        self.who_helps = QLineEdit()
        self.who_helps.setPlaceholderText(self.tr("Someone from my people, or type a name"))
        self.due_on = date_field()
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("For example: £12.50 (leave empty if it costs nothing)"))
        self.status = QComboBox()
        for status in StepStatus:
            self.status.addItem(step_status_label(status), status.value)
        self.done = QPushButton(self.tr("✓ Done!"))
        self.done_on = date_field()
        self.visibility = VisibilityCombo()
        self.ladder = ReadableChart()
        self.ladder.setMinimumSize(240, 320)
        self.ladder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        names = {
            self.list: self.tr("Small steps, first step at the top"),
            self.move_up: self.tr("Move the chosen step up"),
            self.move_down: self.tr("Move the chosen step down"),
            self.split: self.tr("Split the chosen step into smaller steps"),
            self.remove: self.tr("Take the chosen step off"),
            self.new_step: self.tr("A new small step"),
            self.add: self.tr("Add the new step"),
            self.what: self.tr("What the step is"),
            self.who_helps: self.tr("Who helps"),
            self.due_on: self.tr("By when"),
            self.cost: self.tr("What it costs"),
            self.status: self.tr("Where the step is up to"),
            self.done: self.tr("Tick the step off as done today"),
            self.done_on: self.tr("The day it was done"),
            self.visibility: self.tr("Who can see this step"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.move_up.setToolTip(self.tr("Ctrl+Up"))
        self.move_down.setToolTip(self.tr("Ctrl+Down"))

        list_buttons = QGridLayout()
        for index, button in enumerate((self.move_up, self.move_down, self.split, self.remove)):
            list_buttons.addWidget(button, index // 2, index % 2)
        list_buttons.setColumnStretch(2, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_step, 1)
        adding.addWidget(self.add)
        self.editor = QGroupBox(self.tr("The chosen step"))
        form = QFormLayout(self.editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&What"), self.what)
        form.addRow(self.tr("Who &helps"), self.who_helps)
        form.addRow(self.tr("&By when"), self.due_on)
        form.addRow(self.tr("What it &costs"), self.cost)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.done)
        status_label = QLabel(self.tr("Where it is &up to"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, status_row)
        form.addRow(self.tr("Done &on"), self.done_on)
        form.addRow(self.tr("Who can &see this"), self.visibility)

        left = QVBoxLayout()
        left.addWidget(hint)
        left.addWidget(self.message)
        left.addLayout(adding)
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.editor)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(left, 5)
        self.body.addWidget(self.ladder, 4)

        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.move_requested.connect(self._move_to)
        self.model.modelReset.connect(self._update_buttons)
        self.add.clicked.connect(self._add)
        self.new_step.returnPressed.connect(self._add)
        self.move_up.clicked.connect(lambda: self._move_by(-1))
        self.move_down.clicked.connect(lambda: self._move_by(1))
        # Ctrl+Up and Ctrl+Down move the chosen step: the window's list keys (ui/shortcuts.py).
        self.split.clicked.connect(self._split)
        self.remove.clicked.connect(self._remove)
        self.what.editingFinished.connect(lambda: self._save("what", self.what.text()))
        self.who_helps.editingFinished.connect(lambda: self._save("who_helps", self.who_helps.text()))
        self.due_on.editingFinished.connect(lambda: self._save_date("due_on", self.due_on.text()))
        self.done_on.editingFinished.connect(self._save_done_on)
        self.cost.editingFinished.connect(self._save_cost)
        self.status.activated.connect(lambda _i: self._set_status(self.status.currentData()))
        self.done.clicked.connect(lambda: self._set_status(StepStatus.DONE.value))
        self.visibility.visibility_chosen.connect(lambda value: self._save("visibility", value))
        self.show_goal(None)

    # Showing --------------------------------------------------------------------------------

    def show_goal(self, goal) -> None:
        keep = self.step.step_id if self.step else None
        if goal is None or self.goal is None or goal.goal_id != self.goal.goal_id:
            keep = None
        self.goal = goal
        self._loading = True
        try:
            self.model.set_records(goal.steps if goal else ())
            self.setEnabled(goal is not None)
            if goal is not None:
                ladder = ladder_goal_from_record(goal)
                self.ladder.set_layout(lambda width, height, lettering: goal_ladder(ladder, width, height, lettering))
            else:
                self.ladder.set_layout(None)
        finally:
            self._loading = False
        row = self.model.row_of(keep)
        self.select_row(row if row >= 0 else (0 if goal and goal.steps else -1))

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Side by side when there is room; the ladder below the steps when the text is big."""
        wide = self.width() >= 80 * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.ladder.setMinimumHeight(320 if wide else 30 * self.fontMetrics().height())
        super().resizeEvent(event)

    def select_row(self, row: int) -> None:
        if row < 0:
            self.list.setCurrentIndex(self.model.index(-1, 0))
            self._show_step(None)
            return
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        self._show_step(self.model.record_at(row))

    def _on_current_changed(self, current, _previous) -> None:
        if not self._loading:
            self._show_step(self.model.record_at(current.row()))

    def _show_step(self, step) -> None:
        self.step = step
        self._loading = True
        try:
            self.editor.setEnabled(step is not None)
            self.what.setText(step.what if step else "")
            self.what.setCursorPosition(0)  # show the start of a long step
            self.who_helps.setText(step.who_helps if step else "")
            self.due_on.setText(step.due_on.isoformat() if step and step.due_on else "")
            self.cost.setText(format_pence(step.cost_pence) if step and step.cost_pence else "")
            self.status.setCurrentIndex(max(0, self.status.findData(step.status if step else "todo")))
            self.done_on.setText(step.done_on.isoformat() if step and step.done_on else "")
            self.done_on.setEnabled(bool(step and step.status == StepStatus.DONE))
            self.done.setEnabled(bool(step and step.status != StepStatus.DONE))
            self.visibility.set_visibility(step.visibility if step else None)
        finally:
            self._loading = False
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        row = self.list.currentIndex().row() if self.step else -1
        count = self.model.rowCount()
        self.move_up.setEnabled(row > 0)
        self.move_down.setEnabled(0 <= row < count - 1)
        self.split.setEnabled(row >= 0)
        self.remove.setEnabled(row >= 0)

    # Changing -------------------------------------------------------------------------------

    def _plan_id(self) -> int:
        return self.goal.plan_id

    def _run(self, command) -> str | None:
        return self.page.execute(command, self.message)

    # List keys (ui/shortcuts.py): Ctrl+N, Delete, Ctrl+Up, Ctrl+Down -------------------------

    def list_view(self):
        return self.list

    def add_item(self) -> None:
        self.new_step.setFocus()

    def remove_item(self) -> None:
        self._remove()

    def move_item(self, step: int) -> None:
        self._move_by(step)

    def _add(self) -> None:
        if self.goal is None:
            return
        command = AddStepCommand(self.page.session, self._plan_id(), self.goal.goal_id, self.new_step.text())
        if self._run(command) is None:
            self.new_step.clear()
            if command.record is not None:  # (None: waiting for the team database)
                self.select_row(self.model.row_of(command.record.step_id))
        self.new_step.setFocus()

    def _save(self, field: str, value, confirm_cost: bool = False) -> str | None:
        if self._loading or self.step is None:
            return None
        old = getattr(self.step, field)
        if value == old:
            return None
        step_id = self.step.step_id
        error = self._run(EditStepCommand(self.page.session, self._plan_id(), step_id, field, old, value,
                                          confirm_cost=confirm_cost))
        if error:
            self._show_step(self.step)  # put back what is kept
        return error

    def _save_date(self, field: str, text: str) -> None:
        old = getattr(self.step, field) if self.step else None
        if self.step is not None and unchanged(old, text):
            return
        self._save(field, text.strip() or None)

    def _save_done_on(self) -> None:
        if self.step is None or self._loading or self.step.status != StepStatus.DONE:
            return
        text = self.done_on.text().strip()
        if not unchanged(self.step.done_on, text):
            self._run(SetStepStatusCommand(self.page.session, self._plan_id(), self.step, StepStatus.DONE.value,
                                           text or None))

    def ask_is_this_right(self, question: str) -> bool:
        """A surprising cost: ask before keeping it (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Is this right?"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _save_cost(self) -> None:
        if self._loading or self.step is None:
            return
        try:
            pence = parse_pence(self.cost.text())
        except InvalidInput as error:
            self.message.show_message(error.message)
            return
        if pence == self.step.cost_pence:
            self.message.show_message(None)
            self.cost.setText(format_pence(pence) if pence else "")
            return
        confirmed = False
        if is_surprising(pence):
            confirmed = self.ask_is_this_right(surprising_question(pence))
            if not confirmed:
                self._show_step(self.step)
                return
        self._save("cost_pence", pence, confirm_cost=confirmed)

    def _set_status(self, status: str) -> None:
        if self._loading or self.step is None or status == self.step.status:
            return
        self._run(SetStepStatusCommand(self.page.session, self._plan_id(), self.step, status))

    def _move_by(self, delta: int) -> None:
        if self.step is None:
            return
        self._move_to(self.step.step_id, self.model.row_of(self.step.step_id) + delta)

    def _move_to(self, step_id: int, to_row: int) -> None:
        row = self.model.row_of(step_id)
        to_row = max(0, min(to_row, self.model.rowCount() - 1))
        if row < 0 or to_row == row:
            return
        self.step = self.model.record_at(row)
        if self._run(MoveStepCommand(self.page.session, self._plan_id(), step_id, row, to_row)) is None:
            self.select_row(self.model.row_of(step_id))
            self.list.setFocus()

    def _split(self) -> None:
        if self.step is None:
            return
        from ui.dialogs.split_step_dialog import SplitStepDialog

        step_id = self.step.step_id
        dialog = SplitStepDialog(self.step.what, self)

        def submit(pieces: list[str]) -> str | None:
            return self._run(SplitStepCommand(self.page.session, self._plan_id(), step_id, pieces))

        dialog.submit = submit
        dialog.exec()

    def _remove(self) -> None:
        if self.step is None:
            return
        row = self.model.row_of(self.step.step_id)
        if self._run(RemoveStepCommand(self.page.session, self._plan_id(), self.step.step_id)) is None:
            self.select_row(min(row, self.model.rowCount() - 1))

    def flush(self) -> None:
        """Line edits save when left; nothing is held back here."""
