"""A message shown at a field: words and a sign, never colour alone."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def paint_warning(label: QLabel) -> None:
    """Words of a warning in the theme's warning colour (palette, so the text size still applies)."""
    from ui.theme import current

    palette = label.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(current().warning))
    label.setPalette(palette)


class FieldMessage(QLabel):
    """Shows what is wrong with what was typed, beside the field; hidden when all is well."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.follow_theme()  # the words carry the meaning too (with a sign)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def follow_theme(self) -> None:
        paint_warning(self)

    def show_message(self, message: str | None) -> None:
        if message:
            self.setText("⚠ " + message)
            self.setAccessibleName(message)
            self.show()
        else:
            self.clear()
            self.hide()
