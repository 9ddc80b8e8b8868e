"""My goals: the list of goals on the left; the chosen goal's words and its small steps (with
the ladder) on the right. Ideas to get started are offered, never added for the person."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goals import working_on_now_note
from planner.services import goals, needs
from ui.commands.goals import AddGoalCommand, RemoveGoalCommand
from ui.models.goal_models import GoalListModel
from ui.pages.plan_part_page import PlanPartPage, scrolling
from ui.widgets.goal_editor import GoalEditor
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage
from ui.widgets.record_list import RecordListView
from ui.widgets.steps_panel import StepsPanel


class GoalsPage(PlanPartPage):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.goal_id: int | None = None
        self.heading = Heading(self.tr("My goals"))
        intro = QLabel(self.tr("What do you want to do? Write it in your own words. "
                               "It is fine to change your mind."))
        intro.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = FieldMessage()
        self.model = GoalListModel(self)
        self.list = RecordListView(lines=5)
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText(self.tr("A new goal, for example: Cook for myself"))
        self.add = QPushButton(self.tr("Add goal"))
        self.ideas = QPushButton(self.tr("Ideas to get started…"))
        self.remove = QPushButton(self.tr("Take this goal off"))
        names = {
            self.list: self.tr("My goals"),
            self.new_goal: self.tr("A new goal, in my own words"),
            self.add: self.tr("Add the new goal"),
            self.ideas: self.tr("Ideas to get started"),
            self.remove: self.tr("Take the chosen goal off"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

        self.editor = GoalEditor(self)
        # The small steps are made when their tab is first chosen (the page opens on "About
        # this goal"): until then their scroll area is empty and never seen.
        self._steps: StepsPanel | None = None
        self._steps_area = QScrollArea()
        self._steps_area.setWidgetResizable(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(self.editor), self.tr("About this goal"))
        self.tabs.addTab(self._steps_area, self.tr("Small steps"))
        self.tabs.setAccessibleName(self.tr("The chosen goal"))
        self.tabs.currentChanged.connect(self._tab_chosen)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(intro)
        left_layout.addWidget(self.note)
        left_layout.addWidget(self.message)
        adding = QHBoxLayout()
        adding.addWidget(self.new_goal, 1)
        adding.addWidget(self.add)
        left_layout.addLayout(adding)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ideas)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.add.clicked.connect(self._add)
        self.new_goal.returnPressed.connect(self._add)
        self.ideas.clicked.connect(self._open_ideas)
        self.remove.clicked.connect(self._remove)

    @property
    def steps(self) -> StepsPanel:
        """The chosen goal's small steps, made (showing that goal) the first time they are wanted."""
        if self._steps is None:
            self._steps = StepsPanel(self)
            self._steps_area.setWidget(self._steps)
            self._steps.show()  # (a widget given to a scroll area already on screen stays hidden)
            self._steps.show_goal(self.current_goal() if self.goal_id is not None else None)
        return self._steps

    def _tab_chosen(self, index: int) -> None:
        if self.tabs.widget(index) is self._steps_area:
            self.steps  # noqa: B018 (made on first sight)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._adapt()

    def follow_text_size(self) -> None:
        """Called when the program's text size changes."""
        self._adapt()

    def _adapt(self) -> None:
        """Goals beside the chosen goal when there is room; above it when the text is big."""
        wide = self.width() >= 110 * self.fontMetrics().averageCharWidth()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
        left = self.splitter.widget(0)
        if wide:
            left.setMinimumHeight(0)
        else:  # keep the list of goals whole above the chosen goal (its words wrap, so ask the layout)
            layout = left.layout()
            needed = layout.heightForWidth(left.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
            needed -= max(0, self.list.sizeHint().height() - self.list.minimumSizeHint().height())
            left.setMinimumHeight(needed)
            sizes = self.splitter.sizes()
            if sizes[0] < needed and sum(sizes) > needed:
                self.splitter.setSizes([needed, sum(sizes) - needed])

    # Showing --------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.plan_id is None:
            return
        listed = goals.list_goals(self.session.db, self.plan_id)
        self._needs = needs.list_needs(self.session.db, self.plan_id)
        keep = self.goal_id
        self._loading = True
        try:
            self.model.set_records(listed)
        finally:
            self._loading = False
        note = working_on_now_note(goals.working_on_now_count(listed))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        row = self.model.row_of(keep)
        self.select_row(row if row >= 0 else (0 if listed else -1))

    def select_row(self, row: int) -> None:
        goal = self.model.record_at(row)
        if row >= 0:
            if goal is not None and goal.goal_id != self.goal_id:
                self.editor.flush()
            loading, self._loading = getattr(self, "_loading", False), True  # shown once, below
            try:
                index = self.model.index(row, 0)
                self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            finally:
                self._loading = loading
        self._show_goal(goal)

    def _on_current_changed(self, current, _previous) -> None:
        if getattr(self, "_loading", False):
            return
        goal = self.model.record_at(current.row())
        if goal is not None and goal.goal_id != self.goal_id:
            self.editor.flush()
        self._show_goal(goal)

    def _show_goal(self, goal) -> None:
        self.goal_id = goal.goal_id if goal else None
        self.editor.show_goal(goal, getattr(self, "_needs", []))
        if self._steps is not None:
            self._steps.show_goal(goal)
        self.tabs.setEnabled(goal is not None)
        self.remove.setEnabled(goal is not None)

    def current_goal(self):
        return self.model.record_at(self.model.row_of(self.goal_id))

    # Changing -------------------------------------------------------------------------------

    def flush(self) -> None:
        self.editor.flush()

    def _add(self) -> None:
        if self.plan_id is None:
            return
        command = AddGoalCommand(self.session, self.plan_id, self.new_goal.text())
        if self.execute(command, self.message) is None:
            self.new_goal.clear()
            if command.record is not None:  # (None: waiting for the team database)
                self.select_row(self.model.row_of(command.record.goal_id))
            self.tabs.setCurrentIndex(0)
        else:
            self.new_goal.setFocus()

    # List keys (ui/shortcuts.py): Ctrl+N, Delete, Ctrl+Up, Ctrl+Down -------------------------

    def list_view(self):
        return self.list

    def add_item(self) -> None:
        self.new_goal.setFocus()

    def remove_item(self) -> None:
        self._remove()

    def add_from_idea(self, title: str, step_texts: list[str], **fields) -> str | None:
        """Add a goal the person took from the ideas (and may have changed)."""
        command = AddGoalCommand(self.session, self.plan_id, title, step_texts, **fields)
        error = self.execute(command)
        if error is None:
            if command.record is not None:  # (None: waiting for the team database)
                self.select_row(self.model.row_of(command.record.goal_id))
            self.tabs.setCurrentIndex(1)
        return error

    def _open_ideas(self) -> None:
        from ui.dialogs.goal_ideas_dialog import GoalIdeasDialog
        from ui.language import persons_language

        # The ideas become the person's own words: in the person's language.
        GoalIdeasDialog(self.add_from_idea, self,
                        language=persons_language(self.session.db, self.plan_id)).exec()

    def ask_remove(self, title: str) -> bool:
        """Taking a goal off asks first, and offers keeping it as "I changed my mind" (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Take this goal off?"), self.tr(
            "Take \"{title}\" off your plan, with all its steps?\n\nIf you have changed your mind, you can "
            "keep it instead: choose \"I changed my mind\" in Where it is up to. Undo (Ctrl+Z) brings a goal "
            "back.").format(title=title))
        return answer == QMessageBox.StandardButton.Yes

    def _remove(self) -> None:
        goal = self.current_goal()
        if goal is None or not self.ask_remove(goal.title):
            return
        row = self.model.row_of(goal.goal_id)
        if self.execute(RemoveGoalCommand(self.session, self.plan_id, goal.goal_id), self.message) is None:
            self.select_row(min(row, self.model.rowCount() - 1))
