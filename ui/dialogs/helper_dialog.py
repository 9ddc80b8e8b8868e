"""Adding someone who helped write the plan."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from planner.domain.plan import HelperRole, role_label
from ui.commands.people import AddHelperCommand
from ui.widgets.messages import FieldMessage
from ui.widgets.visibility import VisibilityCombo


class HelperDialog(QDialog):
    def __init__(self, session, plan_id: int, parent=None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.setWindowTitle(self.tr("Someone who helped"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Their name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("How they helped"))
        for role in HelperRole:
            self.role.addItem(role_label(role), role.value)
        self.visibility = VisibilityCombo()
        self.visibility.setAccessibleName(self.tr("Who can see this"))
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("Their &name"), self.name)
        form.addRow(self.tr("&How they helped"), self.role)
        form.addRow(self.tr("Who can &see this"), self.visibility)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        error = self.session.execute(
            AddHelperCommand(
                self.session, self.plan_id, self.name.text(), self.role.currentData(),
                self.visibility.visibility(),
            )
        )
        if error:
            self.message.show_message(error)
            return
        self.accept()
