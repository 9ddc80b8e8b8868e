"""The one date field: typed in words or numbers in any usual order ("14 May 1979", "14/5/79",
"1979-05-14"), or chosen from a calendar; read back in words before it is kept.

When the person leaves the field (or presses Enter), what they typed is read by
`planner.domain.date_words` and shown back in words ("14 May 1979") before anyone saves it: the
page's own `editingFinished` handlers run after this one and see the words. What cannot be read is
left as typed, and the page's save says plainly what is wrong. Ctrl+D or the calendar button in
the field opens a calendar.
"""

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QStyle,
    QVBoxLayout,
)

from planner.domain.date_words import read_date
from planner.domain.goal_dates import plain_date
from planner.errors import InvalidInput


class CalendarDialog(QDialog):
    """A calendar to pick a date from, by mouse or keyboard (arrows, Page Up/Down, Enter)."""

    def __init__(self, date: dt.date | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a date"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setAccessibleName(self.tr("Calendar: arrow keys move a day, Page Up and Page Down a month"))
        self.calendar.setMaximumDate(QDate(9999, 12, 31))
        if date is not None:
            self.calendar.setSelectedDate(QDate(date.year, date.month, date.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(lambda _d: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def date(self) -> dt.date:
        chosen = self.calendar.selectedDate()
        return dt.date(chosen.year(), chosen.month(), chosen.day())


class DateField(QLineEdit):
    """A date typed any usual way, or chosen from a calendar, shown back in words."""

    date_read = Signal(str)  # the date in words, or "" when it could not be read

    def __init__(self, parent=None, *, past_only: bool = False):
        super().__init__(parent)
        self.past_only = past_only
        self.setMaxLength(60)
        self.setPlaceholderText(self.tr("For example: 14 May 1979, or 14/5/1979"))
        self.calendar_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                       self.tr("Choose from a calendar (Ctrl+D)"), self)
        self.calendar_action.setShortcut(QKeySequence("Ctrl+D"))
        self.calendar_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.calendar_action.triggered.connect(self.choose_from_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setToolTip(self.tr("Type the date any way you like, or press Ctrl+D for a calendar."))
        self.editingFinished.connect(self.read_back)  # first: before any page saves it

    def date(self) -> dt.date | None:
        try:
            return read_date(self.text(), past_only=self.past_only) if self.text().strip() else None
        except InvalidInput:
            return None

    def set_date(self, date: dt.date | None) -> None:
        self.setText(plain_date(date) if date else "")
        self._describe()

    def setText(self, text: str) -> None:  # noqa: N802
        """Dates given by the program (2026-11-22) are shown in words too."""
        try:
            words = plain_date(read_date(text, past_only=self.past_only)) if text and text.strip() else text
        except InvalidInput:
            words = text
        super().setText(words)
        self._describe()

    def read_back(self) -> None:
        typed = self.text().strip()
        if not typed:
            self.date_read.emit("")
            self._describe()
            return
        try:
            date = read_date(typed, past_only=self.past_only)
        except InvalidInput:
            self.date_read.emit("")
            self._describe()
            return
        words = plain_date(date)
        if words != self.text():
            super().setText(words)
        self._describe()
        self.date_read.emit(words)

    def _describe(self) -> None:
        date = self.date()
        self.setAccessibleDescription(
            self.tr("Read as: {date}").format(date=plain_date(date)) if date else
            self.tr("Type the date any way you like, or press Ctrl+D for a calendar."))

    def choose_from_calendar(self) -> None:
        dialog = CalendarDialog(self.date(), self)
        if dialog.exec():
            super().setText(plain_date(dialog.date()))
            self._describe()
            self.setFocus()
            self.editingFinished.emit()
