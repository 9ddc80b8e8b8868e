"""What I need: needs in the person's own words, each under one of the parts of life panels use
(shown in plain words), with the budget that pays (the broker's part) and who can see it."""

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services import needs
from ui.commands.goals import AddNeedCommand, EditNeedCommand, RemoveNeedCommand
from ui.dialogs.need_dialog import NeedDialog, domain_combo, funding_combo
from ui.models.goal_models import NeedListModel
from ui.pages.plan_part_page import PlanPartPage, scrolling
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage
from ui.widgets.record_list import RecordListView
from ui.widgets.text_fields import SavingTextEdit
from ui.widgets.visibility import VisibilityCombo


class NeedsPage(PlanPartPage):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.need = None
        self._loading = False
        self.heading = Heading(self.tr("What I need"))
        intro = QLabel(self.tr("Write what you need help with, in your own words. Each need goes under a part "
                               "of life, so a panel can find it. Your broker chooses which budget pays."))
        intro.setWordWrap(True)
        self.message = FieldMessage()
        self.model = NeedListModel(self)
        self.list = RecordListView(lines=6)
        self.list.setModel(self.model)
        self.add = QPushButton(self.tr("Add something I need…"))
        self.remove = QPushButton(self.tr("Take it off"))
        self.words = SavingTextEdit(max_height=140)
        self.domain = domain_combo()
        self.funding = funding_combo()
        self.visibility = VisibilityCombo()
        for widget, name in ((self.list, self.tr("What I need")), (self.add, self.tr("Add something I need")),
                             (self.remove, self.tr("Take the chosen need off")),
                             (self.words, self.tr("What I need, in my own words")),
                             (self.domain, self.tr("Which part of life it is about")),
                             (self.funding, self.tr("Which budget pays (your broker fills this in)")),
                             (self.visibility, self.tr("Who can see this need"))):
            widget.setAccessibleName(name)
        self.editor = QGroupBox(self.tr("The chosen need"))
        form = QFormLayout(self.editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("What I &need, in my own words"), self.words)
        form.addRow(self.tr("Which &part of life it is about"), self.domain)
        form.addRow(self.tr("Which &budget pays (your broker fills this in)"), self.funding)
        form.addRow(self.tr("Who can &see this"), self.visibility)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        self.body.addLayout(left, 3)
        self.body.addWidget(self.editor, 2)
        body = self.body
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addWidget(intro)
        inner.addWidget(self.message)
        inner.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))

        self.list.selectionModel().currentChanged.connect(
            lambda current, _previous: None if self._loading else self._show_need(self.model.record_at(current.row())))
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.words.settled.connect(lambda text: self._save("words", text))
        self.domain.activated.connect(lambda _i: self._save("domain", self.domain.currentData()))
        self.funding.activated.connect(lambda _i: self._save("funding_stream", self.funding.currentData()))
        self.visibility.visibility_chosen.connect(lambda value: self._save("visibility", value))

    def resizeEvent(self, event) -> None:  # noqa: N802
        """The chosen need beside the list when there is room; below it when the text is big."""
        wide = self.width() >= 115 * self.fontMetrics().averageCharWidth()  # room for the longest choice
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        super().resizeEvent(event)

    def reload(self) -> None:
        if self.plan_id is None:
            return
        keep = self.need.need_id if self.need else None
        self._loading = True
        try:
            self.model.set_records(needs.list_needs(self.session.db, self.plan_id))
        finally:
            self._loading = False
        row = self.model.row_of(keep)
        self.select_row(row if row >= 0 else (0 if self.model.rowCount() else -1))

    def select_row(self, row: int) -> None:
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_need(self.model.record_at(row))

    def _show_need(self, need) -> None:
        if self.need is not None and need is not None and need.need_id != self.need.need_id:
            self.words.flush()
        self.need = need
        self._loading = True
        try:
            self.editor.setEnabled(need is not None)
            self.remove.setEnabled(need is not None)
            self.words.set_text_quietly(need.words if need else "")
            if need is not None:
                self.domain.setCurrentIndex(max(0, self.domain.findData(need.domain)))
                self.funding.setCurrentIndex(max(0, self.funding.findData(need.funding_stream)))
                self.visibility.set_visibility(need.visibility)
        finally:
            self._loading = False

    def flush(self) -> None:
        self.words.flush()

    def _save(self, field: str, value) -> None:
        if self._loading or self.need is None or getattr(self.need, field) == value:
            return
        self.execute(EditNeedCommand(self.session, self.plan_id, self.need.need_id, field,
                                     getattr(self.need, field), value), self.message)

    # List keys (ui/shortcuts.py): Ctrl+N, Delete, Ctrl+Up, Ctrl+Down -------------------------

    def list_view(self):
        return self.list

    def add_item(self) -> None:
        self._add()

    def remove_item(self) -> None:
        self._remove()

    def _add(self) -> None:
        def submit(domain, words, funding_stream, visibility):
            command = AddNeedCommand(self.session, self.plan_id, domain, words, funding_stream, visibility)
            error = self.execute(command)
            if error is None and command.record is not None:  # (None: waiting for the team database)
                self.select_row(self.model.row_of(command.record.need_id))
            return error

        NeedDialog(submit, self).exec()

    def _remove(self) -> None:
        if self.need is None:
            return
        row = self.model.row_of(self.need.need_id)
        if self.execute(RemoveNeedCommand(self.session, self.plan_id, self.need.need_id), self.message) is None:
            self.select_row(min(row, self.model.rowCount() - 1))
