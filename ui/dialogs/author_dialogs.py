"""Saying who helped write a part, and writing down a different view beside an item."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from planner.domain.doc_diff import part_title
from planner.domain.panel import PART_KEYS, part_role_label
from planner.domain.plan import HelperRole, role_label
from planner.services import authorship
from ui.commands.panel import AddAuthorCommand, AddDisagreementCommand
from ui.widgets.dialog_frame import room_for_choices
from ui.widgets.messages import FieldMessage
from ui.widgets.visibility import VisibilityCombo


def _buttons(dialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog._try_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AuthorDialog(QDialog):
    def __init__(self, session, plan_id: int, part: str | None = None, parent=None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.setWindowTitle(self.tr("Who helped write this"))
        self.part = QComboBox()
        for key in PART_KEYS:
            self.part.addItem(part_title(key), key)
        if part in PART_KEYS:
            self.part.setCurrentIndex(PART_KEYS.index(part))
        self.role = QComboBox()
        for role in HelperRole:
            self.role.addItem(part_role_label(role), role.value)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Their name (you can leave this empty)"))
        self.visibility = VisibilityCombo()
        for widget, name in ((self.part, self.tr("Part of the plan")), (self.role, self.tr("How it was written")),
                             (self.name, self.tr("Their name")), (self.visibility, self.tr("Who can see this"))):
            widget.setAccessibleName(name)
        self.message = FieldMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Part of the plan"), self.part)
        form.addRow(self.tr("&How it was written"), self.role)
        form.addRow(self.tr("Their &name"), self.name)
        form.addRow(self.tr("Who can &see this"), self.visibility)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))

    def _try_accept(self) -> None:
        error = self.session.execute(AddAuthorCommand(
            self.session, self.plan_id, self.part.currentData(), self.role.currentData(), self.name.text(),
            self.visibility.visibility()))
        if error:
            self.message.show_message(error)
            return
        self.accept()


class DisagreementDialog(QDialog):
    """Someone sees an item differently: their view is kept beside it, and travels with it."""

    def __init__(self, session, plan_id: int, parent=None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.setWindowTitle(self.tr("A different view"))
        self.item = QComboBox()
        for ref in authorship.items_of(session.db, plan_id):
            words = " ".join(ref.label.split())
            words = words if len(words) <= 60 else words[:59] + "…"
            self.item.addItem(f"{part_title(ref.part)}: {words}", (ref.item_kind, ref.item_id))
        self.item.setMinimumContentsLength(30)
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who = QLineEdit()
        self.role = QComboBox()
        for role in HelperRole:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(HelperRole.FAMILY.value))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.visibility = VisibilityCombo()
        for widget, name in ((self.item, self.tr("What it is about")), (self.who, self.tr("Whose view it is")),
                             (self.role, self.tr("Who they are")), (self.text, self.tr("Their view")),
                             (self.visibility, self.tr("Who can see this"))):
            widget.setAccessibleName(name)
        self.message = FieldMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the items' long words get the width
        form.addRow(self.tr("What it is &about"), self.item)
        form.addRow(self.tr("&Whose view it is"), self.who)
        form.addRow(self.tr("Who they &are"), self.role)
        form.addRow(self.tr("Their &view"), self.text)
        form.addRow(self.tr("Who can &see this"), self.visibility)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
        room_for_choices(self)

    def _try_accept(self) -> None:
        if self.item.currentData() is None:
            self.message.show_message(self.tr("There is nothing in the plan yet to write a view beside."))
            return
        kind, item_id = self.item.currentData()
        error = self.session.execute(AddDisagreementCommand(
            self.session, self.plan_id, kind, item_id, self.who.text(), self.role.currentData(),
            self.text.toPlainText(), self.visibility.visibility()))
        if error:
            self.message.show_message(error)
            return
        self.accept()
