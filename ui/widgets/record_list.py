"""A list of the plan's items: words wrap, rows alternate, and it is always a few lines high,
however big the text (so a squeezed page scrolls instead of hiding the list)."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListView


class RecordListView(QListView):
    def __init__(self, lines: int = 6, parent=None):
        super().__init__(parent)
        self._lines = lines
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._lines * self.fontMetrics().lineSpacing() + 2 * self.frameWidth())
