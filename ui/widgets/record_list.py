"""Lists of the plan's items: words wrap, and a list of a huge plan is placed once.

A list whose rows wrap has to measure every row to place them, which for a huge plan (1,500
moments) is most of the time a page takes to show. These lists place their rows only when they
are shown (not while their page is being made, at a width they will not have), and not again
while the rows and the width stay as they are. A list of more rows than fit in any window has
its scroll bar from the start, so the bar coming does not narrow the list and make it measure
every row again. Every row is placed before the page is painted: no empty list to wait
through; the chosen row is scrolled to once placed.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView

MANY = 100  # rows: more than fit in a list at any window and text size, so it scrolls anyway


class ManyItemsList(QListView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self._find_current = False  # the chosen row is not placed yet: scroll to it when it is
        self._placed: tuple | None = None  # (width, font) the rows were last placed at
        self._changed = True  # rows changed since
        self._measure_when_shown = False

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        self._changed = True
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                           model.layoutChanged, model.dataChanged):
                signal.connect(self._rows_changed)

    def _rows_changed(self, *_args) -> None:
        self._changed = True

    def doItemsLayout(self) -> None:  # noqa: N802
        many = self.model() is not None and self.model().rowCount(self.rootIndex()) > MANY
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if many
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if not self.isVisible():  # placed when shown, at the width it is shown at
            self._measure_when_shown = True
            return
        placed = (self.viewport().width(), self.font().key())
        if placed == self._placed and not self._changed:
            return  # placed for these rows at this width already
        self._placed, self._changed = placed, False
        super().doItemsLayout()
        self._scroll_to_current()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._measure_when_shown:
            self._measure_when_shown = False
            self.scheduleDelayedItemsLayout()  # (once, with any a resize asked for; before painting)

    def currentChanged(self, current, previous) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        self._find_current = current.isValid() and not self.visualRect(current).isValid()

    def reset(self) -> None:
        super().reset()
        self._find_current = False

    def _scroll_to_current(self) -> None:
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
