"""A heading whose size follows the program's text size."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy


class Heading(QLabel):
    """A bold label `scale` times the size of ordinary text; it follows the text-size setting."""

    def __init__(self, text: str = "", scale: float = 1.5, parent=None):
        super().__init__(text, parent)
        self._scale = scale
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(text)
        self.follow_text_size()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self.setAccessibleName(text)

    def follow_text_size(self) -> None:
        """Take `scale` times the application's current text size."""
        font = QFont(QApplication.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * self._scale)
        font.setBold(True)
        self.setFont(font)
