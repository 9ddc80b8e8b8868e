"""The caseload as a Qt table model: every row kept once; searching, filtering and sorting only
change which rows are shown and in what order (no widgets per row, no database trip per key)."""

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.domain import search_text
from planner.domain.plan import status_label
from planner.domain.review_schedule import Urgency, due_words, kind_label, plain_date, urgency
from planner.services import caseload
from planner.services.caseload import COLUMNS, CaseloadFilter, CaseloadRow, Column

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 2
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 3

# Text and background for reviews that need attention (each pair at least 4.5:1; words say it too).
URGENCY_COLOURS = {
    Urgency.OVERDUE: ("#7f1d1d", "#fde2e2"),
    Urgency.SOON: ("#713f12", "#fef3c7"),
}


# Languages whose alphabetical order differs from the order of plain letters (English's is the
# planner's own, quicker, sort); Welsh has letters of two characters.
NAMES_NEED_COLLATION = {QLocale.Language.Welsh}


_WORDS = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_ANSWERED = _WORDS | {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                      PERSON_ID_ROLE, PLAN_ID_ROLE, URGENCY_ROLE}


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._all: list[CaseloadRow] = []
        self._shown: list[int] = []
        self._search = ""
        self._filter = CaseloadFilter.ALL
        self._sort: tuple[Column, bool] = (Column.NAME, False)
        self._order: list[int] | None = None  # every row, sorted
        # Each cell's words by person and column, made once (dates in words cost), and each
        # date's words (many people share a date).
        self._texts: dict[tuple[int, int], str] = {}
        self._days: dict = {}
        self._today = today or dt.date.today()
        self._collator: QCollator | None = None  # names in the window's language's order
        self._sort_keys: dict = {}
        self._brushes = {key: (QBrush(QColor(ink)), QBrush(QColor(back)))
                         for key, (ink, back) in URGENCY_COLOURS.items()}

    @property
    def today(self) -> dt.date:
        return self._today

    @today.setter
    def today(self, value: dt.date) -> None:
        self._today = value
        self.forget_words()

    def forget_words(self) -> None:
        """Make each cell's words again (after the day or the window's language changed)."""
        self._texts, self._days = {}, {}
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, len(COLUMNS) - 1))

    # Content -----------------------------------------------------------------------------

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        # Searching follows the window's language: accents ignored where it ignores them.
        language = QLocale().name()
        self._all = [row if row.search_key.isascii() else
                     row._replace(search_key=search_text.fold(row.search_key, language))
                     for row in rows]
        self._order = None
        self._texts = {}
        self._update()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text == self._search:
            return
        self.beginResetModel()
        before, self._search = self._search, search_text.fold(text, QLocale().name())
        # More letters typed: only the people shown now can still match.
        self._update(narrowing=bool(before) and self._search.startswith(before) and self._order is not None)
        self.endResetModel()

    def set_filter(self, which: CaseloadFilter | str) -> None:
        self.beginResetModel()
        self._filter = CaseloadFilter(which)
        self._update()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self._order = None
        self._update()
        self.layoutChanged.emit()

    def _update(self, narrowing: bool = False) -> None:
        if self._order is None:
            column, descending = self._sort
            if column == Column.NAME and QLocale().language() in NAMES_NEED_COLLATION:
                self._order = self._names_in_order(descending)
            else:
                self._order = caseload.sorted_indexes(self._all, column, descending)
            narrowing = False
        among = self._shown if narrowing else self._order
        self._shown = caseload.matching(self._all, among, self._search, self._filter, self.today)

    def _names_in_order(self, descending: bool) -> list[int]:
        """Names in the window's language's alphabetical order (ICU's, through QCollator): in
        Welsh ch, dd, ff, ng, ll, ph, rh and th are letters of their own (Lowri before Llinos).
        Each name's key is kept, so a refresh only makes keys for names it has not seen."""
        locale = QLocale().name()
        if self._collator is None or self._collator.locale().name() != locale:
            self._collator = QCollator(QLocale())
            self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._sort_keys = {}
        keys, make = self._sort_keys, self._collator.sortKey
        ordered = []
        for row in self._all:
            text = f"{row.name}\n{row.preferred_name}"
            key = keys.get(text)
            if key is None:
                key = keys[text] = make(text)
            ordered.append(key)
        return sorted(range(len(self._all)), key=ordered.__getitem__, reverse=descending)

    def person_at(self, row: int) -> CaseloadRow | None:
        return self._all[self._shown[row]] if 0 <= row < len(self._shown) else None

    def row_of(self, person_id: int) -> int:
        for row, index in enumerate(self._shown):
            if self._all[index].person_id == person_id:
                return row
        return -1

    def total(self) -> int:
        return len(self._all)

    def matching(self) -> int:
        """How many people match the search and filter."""
        return len(self._shown)

    # Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._shown)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return {Column.NAME: self.tr("Name"), Column.NEXT_REVIEW: self.tr("Next review"),
                    Column.STATUS: self.tr("Where the plan is up to"), Column.WORKING_ON_NOW: self.tr("Working on now"),
                    Column.LAST_CONTACT: self.tr("Last contact"), Column.PANEL_DATE: self.tr("Panel date")}[COLUMNS[section]]
        return None

    def _text(self, row: CaseloadRow, column: Column) -> str:
        if column == Column.NAME:
            if row.preferred_name and row.preferred_name != row.name:
                return f"{row.name} ({row.preferred_name})"
            return row.name
        if column == Column.STATUS:
            return status_label(row.status) if row.status else ""
        if column == Column.WORKING_ON_NOW:
            return row.working_on_now or "—"
        if column == Column.LAST_CONTACT:
            return self._day(row.last_contact) if row.last_contact else self.tr("None noted yet")
        if column == Column.NEXT_REVIEW:
            if row.next_review is None:
                return "—"
            words = self._days.get(("due", row.next_review))
            if words is None:
                words = self._days[("due", row.next_review)] = due_words(row.next_review, self.today)
            sign = {Urgency.OVERDUE: "⚠ ", Urgency.SOON: "◷ "}.get(urgency(row.next_review, self.today), "")
            return f"{sign}{words} · {kind_label(row.next_review_kind)}"
        if row.panel_date and row.status not in ("draft", "active", "ended"):
            return self._day(row.panel_date)
        return "—"

    def _day(self, day) -> str:
        words = self._days.get(day)
        if words is None:
            words = self._days[day] = plain_date(day)
        return words

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED:  # asked for every cell painted: say "nothing" at once
            return None
        row_number, column_number = index.row(), index.column()
        if not 0 <= row_number < len(self._shown) or not 0 <= column_number < len(COLUMNS) or not index.isValid():
            return None
        at = self._shown[row_number]
        row = self._all[at]
        if role in _WORDS:
            key = (row.person_id, column_number)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(row, COLUMNS[column_number])
            return text
        column = COLUMNS[column_number]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NEXT_REVIEW and row.next_review is not None:
                return self.tr("{kind} due on {date}").format(kind=kind_label(row.next_review_kind),
                                                              date=plain_date(row.next_review))
            return self._text(row, column)
        if column == Column.NEXT_REVIEW and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            brushes = self._brushes.get(urgency(row.next_review, self.today))
            if brushes:
                return brushes[0] if role == Qt.ItemDataRole.ForegroundRole else brushes[1]
            return None
        if role == PERSON_ID_ROLE:
            return row.person_id
        if role == PLAN_ID_ROLE:
            return row.plan_id
        if role == URGENCY_ROLE:
            return urgency(row.next_review, self.today).value
        return None
