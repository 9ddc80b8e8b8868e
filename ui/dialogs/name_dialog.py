"""Asking for a person's name (to add or rename someone)."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from ui.widgets.messages import FieldMessage


class NameDialog(QDialog):
    """A name box that checks what was typed through `accept_name` before closing."""

    def __init__(self, title: str, prompt: str, name: str = "", accept_name=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._accept_name = accept_name
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(prompt)
        label.setBuddy(self.name)
        self.message = FieldMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        error = self._accept_name(self.name.text()) if self._accept_name else None
        if error:
            self.message.show_message(error)
            self.name.setFocus()
            return
        self.accept()
