"""Lists of the plan's items: words wrap, and a list of thousands shows at once.

A list whose rows wrap has to measure every row to place them, which for a huge plan (1,500
moments) takes longer than showing the page should. These lists measure the rows a batch at a
time (Qt's batched layout): the first hundred at once, the rest while the window is idle, so
the page shows straight away and the scroll bar settles a moment later. The model, and so what
a screen reader and the keyboard reach, has every row from the start; the chosen row is scrolled
to as soon as it has been placed.
"""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListView

BATCH = 100  # rows measured at once (a screenful at any text size, and more)


class ManyItemsList(QListView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)
        self._find_current = False  # the chosen row is not placed yet: scroll to it when it is

    def currentChanged(self, current, previous) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        self._find_current = current.isValid() and not self.visualRect(current).isValid()

    def reset(self) -> None:
        super().reset()
        self._find_current = False

    def timerEvent(self, event) -> None:  # noqa: N802
        super().timerEvent(event)  # (a batch of rows measured)
        if self._find_current:
            current = self.currentIndex()
            if not current.isValid():
                self._find_current = False
            elif self.visualRect(current).isValid():
                self._find_current = False
                self.scrollTo(current)


class RecordListView(ManyItemsList):
    """A list that is always a few lines high, however big the text (so a squeezed page scrolls
    instead of hiding the list), its rows in alternating colours."""

    def __init__(self, lines: int = 6, parent=None):
        super().__init__(parent)
        self._lines = lines
        self.setAlternatingRowColors(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._lines * self.fontMetrics().lineSpacing() + 2 * self.frameWidth())
