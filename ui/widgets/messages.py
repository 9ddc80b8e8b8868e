"""A message shown at a field: words and a sign, never colour alone."""

from PySide6.QtWidgets import QLabel


class FieldMessage(QLabel):
    """Shows what is wrong with what was typed, beside the field; hidden when all is well."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #9b1c1c;")  # 7.3:1 on white; the words carry the meaning too
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, message: str | None) -> None:
        if message:
            self.setText("⚠ " + message)
            self.setAccessibleName(message)
            self.show()
        else:
            self.clear()
            self.hide()
