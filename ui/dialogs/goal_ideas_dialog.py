"""Ideas to get started: common goals with starter steps. The person can take one as it is,
change its words and steps first, or close the window: nothing is ever added for them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from planner.domain.goal_ideas import goal_ideas
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import SavingTextEdit


class GoalIdeasDialog(QDialog):
    """`take(title, step_texts, **fields)` adds the goal and returns None, or what went wrong."""

    def __init__(self, take, parent=None, language: str = "en"):
        super().__init__(parent)
        self.take = take
        self.setWindowTitle(self.tr("Ideas to get started"))
        self.ideas = goal_ideas(language)
        intro = QLabel(self.tr("Here are some goals other people have had. Pick one if it fits, and change "
                               "the words and steps to make them yours. Untick any step you don't want. "
                               "Nothing is added unless you press \"Use this idea\"."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for idea in self.ideas:
            self.list.addItem(idea.title)
        self.title = QLineEdit()
        self.why = SavingTextEdit(max_height=80)
        self.steps = QListWidget()
        self.steps.setWordWrap(True)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.message = FieldMessage()
        names = {
            self.list: self.tr("Ideas for goals"),
            self.title: self.tr("The goal, in your words"),
            self.why: self.tr("Why it matters to you"),
            self.steps: self.tr("Starter steps: tick the ones you want; press F2 to change the words"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("The &goal, in your words"), self.title)
        form.addRow(self.tr("&Why it matters to you"), self.why)
        form.addRow(self.tr("&Starter steps (tick the ones you want; F2 changes the words)"), self.steps)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.use = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use.setText(self.tr("Use this idea"))
        self.use.setAccessibleName(self.tr("Use this idea"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_idea)
        self.resize(820, 520)
        if self.ideas:
            self.list.setCurrentRow(0)

    def show_idea(self, row: int) -> None:
        idea = self.ideas[row] if 0 <= row < len(self.ideas) else None
        self.message.show_message(None)
        self.title.setText(idea.title if idea else "")
        self.why.set_text_quietly(idea.why if idea else "")
        self.steps.clear()
        for text in idea.steps if idea else ():
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked)
            self.steps.addItem(item)

    def chosen_steps(self) -> list[str]:
        return [self.steps.item(row).text() for row in range(self.steps.count())
                if self.steps.item(row).checkState() == Qt.CheckState.Checked and self.steps.item(row).text().strip()]

    def try_accept(self) -> None:
        idea = self.ideas[self.list.currentRow()] if 0 <= self.list.currentRow() < len(self.ideas) else None
        fields = {"why_it_matters": self.why.toPlainText()}
        if idea is not None:
            fields["areas"] = idea.areas
        error = self.take(self.title.text(), self.chosen_steps(), **fields)
        if error:
            self.message.show_message(error)
            return
        self.accept()
