"""One goal in the person's words: why, what will be different, what helps, what might get in
the way (and ideas to get round it), which needs and areas of life it answers, where it is up to,
and who can see it. Every field saves itself as an undoable command."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal_dates import plain_date
from planner.domain.goals import GoalStatus, LifeArea, area_label, domain_name, goal_status_label
from ui.commands.goals import EditGoalCommand
from ui.widgets.flow_layout import flow_row
from ui.widgets.item_table import make_item_table
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import SavingTextEdit
from ui.widgets.visibility import VisibilityCombo

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalEditor(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.goal = None
        self._loading = False
        self.message = FieldMessage()
        self.title = QLineEdit()
        self.made_on = QLabel()
        self.made_on.setWordWrap(True)
        self.why = SavingTextEdit()
        self.outcome = SavingTextEdit()
        self.what_helps = SavingTextEdit()
        self.status = QComboBox()
        for status in GoalStatus:
            self.status.addItem(goal_status_label(status), status.value)
        self.working_on_now = QCheckBox(self.tr("This is what I'm working on now"))
        self.visibility = VisibilityCombo()
        self.barriers = QTableWidget(0, 2)
        self.barriers.setHorizontalHeaderLabels([self.tr("What might get in the way"),
                                                 self.tr("Ideas to get round it")])
        self.barriers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.barriers.verticalHeader().setVisible(False)
        self.barriers.setWordWrap(True)
        self.barriers.setMinimumHeight(110)
        self.barriers_hint = make_item_table(self.barriers)
        self.add_barrier = QPushButton(self.tr("Add something that might get in the way"))
        self.remove_barrier = QPushButton(self.tr("Take it off"))
        self.needs = QListWidget()
        self.needs.setWordWrap(True)
        self.needs.setMaximumHeight(140)
        self.no_needs = QLabel(self.tr("You have not written any needs yet. You can add them in What I need."))
        self.no_needs.setWordWrap(True)
        self.areas = {area.value: QCheckBox(area_label(area)) for area in LifeArea}

        names = {
            self.title: self.tr("My goal, in my own words"),
            self.why: self.tr("Why it matters to me"),
            self.outcome: self.tr("What will be different when I get there"),
            self.what_helps: self.tr("What will help"),
            self.status: self.tr("Where this goal is up to"),
            self.working_on_now: self.tr("This is what I'm working on now"),
            self.visibility: self.tr("Who can see this goal"),
            self.barriers: self.tr("What might get in the way, and ideas to get round it"),
            self.add_barrier: self.tr("Add something that might get in the way"),
            self.remove_barrier: self.tr("Take the chosen row off"),
            self.needs: self.tr("Needs this goal answers"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for area, box in self.areas.items():
            box.setAccessibleName(self.tr("Part of my life: {area}").format(area=area_label(area)))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("My &goal, in my own words"), self.title)
        form.addRow(self.made_on)
        form.addRow(self.tr("&Why it matters to me"), self.why)
        form.addRow(self.tr("What will be &different when I get there"), self.outcome)
        form.addRow(self.tr("What will &help"), self.what_helps)
        form.addRow(self.tr("Where it is &up to"), self.status)
        form.addRow(self.working_on_now)
        form.addRow(self.tr("Who can &see this"), self.visibility)

        barrier_box = QGroupBox(self.tr("What might get in the way"))
        barrier_layout = QVBoxLayout(barrier_box)
        hint = QLabel(self.tr("Think of what could stop you, and ideas to get round it. Write in the boxes."))
        hint.setWordWrap(True)
        barrier_layout.addWidget(hint)
        barrier_layout.addWidget(self.barriers)
        barrier_layout.addWidget(self.barriers_hint)
        barrier_layout.addWidget(flow_row(self.add_barrier, self.remove_barrier))

        links = QGroupBox(self.tr("What this goal is about"))
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(QLabel(self.tr("Parts of my life:")))
        grid = QGridLayout()
        for index, box in enumerate(self.areas.values()):
            grid.addWidget(box, index // 2, index % 2)
        links_layout.addLayout(grid)
        needs_label = QLabel(self.tr("Needs it answers (from What I need):"))
        needs_label.setWordWrap(True)
        links_layout.addWidget(needs_label)
        links_layout.addWidget(self.no_needs)
        links_layout.addWidget(self.needs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(barrier_box)
        layout.addWidget(links)
        layout.addStretch(1)

        self.title.editingFinished.connect(lambda: self._save("title", self.title.text()))
        self.why.settled.connect(lambda text: self._save("why_it_matters", text))
        self.outcome.settled.connect(lambda text: self._save("outcome", text))
        self.what_helps.settled.connect(lambda text: self._save("what_helps", text))
        self.status.activated.connect(lambda _i: self._save("status", self.status.currentData()))
        self.working_on_now.toggled.connect(lambda on: self._save("working_on_now", on))
        self.visibility.visibility_chosen.connect(lambda value: self._save("visibility", value))
        for box in self.areas.values():
            box.toggled.connect(self._save_areas)
        self.needs.itemChanged.connect(self._save_needs)
        self.barriers.itemChanged.connect(self._save_barriers)
        self.add_barrier.clicked.connect(self._add_barrier_row)
        self.remove_barrier.clicked.connect(self._remove_barrier_row)
        self.setEnabled(False)

    # Showing --------------------------------------------------------------------------------

    def show_goal(self, goal, needs) -> None:
        self.goal = goal
        self._loading = True
        try:
            self.setEnabled(goal is not None)
            if goal is None:
                self.title.clear()
                for field in (self.why, self.outcome, self.what_helps):
                    field.set_text_quietly("")
                self.made_on.clear()
                self.barriers.setRowCount(0)
                self.needs.clear()
                return
            if self.title.text() != goal.title:
                self.title.setText(goal.title)
            self.made_on.setText(self.tr("You made this goal on {date}.").format(date=plain_date(goal.made_on)))
            self.why.set_text_quietly(goal.why_it_matters)
            self.outcome.set_text_quietly(goal.outcome)
            self.what_helps.set_text_quietly(goal.what_helps)
            self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
            self.working_on_now.setChecked(goal.working_on_now)
            self.visibility.set_visibility(goal.visibility)
            for area, box in self.areas.items():
                box.setChecked(area in goal.areas)
            self.needs.clear()
            for need in needs:
                first = need.words.splitlines()[0] if need.words else ""
                item = QListWidgetItem(f"{domain_name(need.domain)}: {first}")
                item.setData(ID_ROLE, need.need_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if need.need_id in goal.need_ids else Qt.CheckState.Unchecked)
                self.needs.addItem(item)
            self.needs.setVisible(bool(needs))
            self.no_needs.setVisible(not needs)
            self._fill_barriers(goal.barriers)
        finally:
            self._loading = False

    def _fill_barriers(self, barriers) -> None:
        self.barriers.setRowCount(len(barriers))
        for row, barrier in enumerate(barriers):
            self.barriers.setItem(row, 0, QTableWidgetItem(barrier.barrier))
            self.barriers.setItem(row, 1, QTableWidgetItem(barrier.ideas))
        self.barriers.resizeRowsToContents()

    def flush(self) -> None:
        for field in (self.why, self.outcome, self.what_helps):
            field.flush()

    # Saving ---------------------------------------------------------------------------------

    def _save(self, field: str, value) -> None:
        if self._loading or self.goal is None:
            return
        old = getattr(self.goal, field)
        if value == old:
            return
        command = EditGoalCommand(self.page.session, self.goal.plan_id, self.goal.goal_id, field, old, value)
        error = self.page.execute(command, self.message)
        if error and field == "title":
            self.title.setText(self.goal.title)  # the message says why; the saved words come back

    def _save_areas(self, *_args) -> None:
        self._save("areas", tuple(area for area, box in self.areas.items() if box.isChecked()))

    def _save_needs(self, *_args) -> None:
        chosen = tuple(sorted(
            self.needs.item(row).data(ID_ROLE) for row in range(self.needs.count())
            if self.needs.item(row).checkState() == Qt.CheckState.Checked
        ))
        self._save("need_ids", chosen)

    def _barrier_rows(self) -> tuple:
        rows = []
        for row in range(self.barriers.rowCount()):
            cells = [self.barriers.item(row, column) for column in (0, 1)]
            barrier, ideas = ((cell.text().strip() if cell else "") for cell in cells)
            if barrier or ideas:
                rows.append((barrier, ideas))
        return tuple(rows)

    def _save_barriers(self, *_args) -> None:
        if self._loading or self.goal is None:
            return
        new = self._barrier_rows()
        old = tuple((b.barrier, b.ideas) for b in self.goal.barriers)
        if new != old:
            command = EditGoalCommand(self.page.session, self.goal.plan_id, self.goal.goal_id, "barriers", old, new)
            self.page.execute(command, self.message)

    def _add_barrier_row(self) -> None:
        self._loading = True
        try:
            row = self.barriers.rowCount()
            self.barriers.insertRow(row)
            self.barriers.setItem(row, 0, QTableWidgetItem(""))
            self.barriers.setItem(row, 1, QTableWidgetItem(""))
        finally:
            self._loading = False
        self.barriers.setCurrentCell(row, 0)
        self.barriers.setFocus()
        self.barriers.editItem(self.barriers.item(row, 0))

    def _remove_barrier_row(self) -> None:
        row = self.barriers.currentRow()
        if row < 0:
            return
        self._loading = True
        try:
            self.barriers.removeRow(row)
        finally:
            self._loading = False
        self._save_barriers()
