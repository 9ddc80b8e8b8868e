"""The caseload as the list shows it: read a page at a time as the person scrolls (Qt's
canFetchMore/fetchMore), searched, filtered, counted and sorted by the planner's queries
(`planner.services.caseload_pages`), so 100,000 people open as quickly as a hundred.

The cells' words, colours and roles are the in-memory model's (`CaseloadModel`); only where the
rows come from differs."""

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal

from planner.errors import PlannerError
from planner.services import review_settings
from planner.services.caseload import COLUMNS, CaseloadFilter, CaseloadRow, Column
from planner.services.caseload_pages import FIRST_PAGE, PAGE, CaseloadWindow
from ui.models.caseload_model import CaseloadModel

FURTHEST = 2_000  # rows read at most to reach a chosen person (10 pages: a moment, not seconds)
RECENT = 24  # searches typed since the list was last read, kept to show again when keys are deleted


# Searches of 100,000 people are counted away from the window's thread (each looks at everyone;
# the list itself does not wait for that). One at a time: a count asked for while another runs
# waits, and is skipped if another key was pressed meanwhile. Only plain Python runs there; the
# window learns the answer from a timer in its own thread.
_COUNTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseload-count")


def _count(window: CaseloadWindow, latest) -> int | None:
    if latest() is not window:
        return None
    try:
        return window.count()
    except Exception:  # noqa: BLE001 (only the count is missing; the list shows what it read)
        return None


class PagedCaseloadModel(CaseloadModel):
    counted = Signal()  # how many match is known (see matching())

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent, today)
        self._counting: Future | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(5)
        self._poll.timeout.connect(self._counted)
        self._db = None
        self._window: CaseloadWindow | None = None
        self._typed = ""
        self._total = 0
        self._intervals = None
        self._visible = False
        # Everyone matching a search with their facts worked out (sorting by next review, last
        # contact or goal, or "reviews due", works them out once until the list is read again).
        self._worked_out: dict = {}
        self._known: dict = {}  # each person's row as read since the list was read (see CaseloadWindow)
        # The searches typed since the list was read (by what was typed): deleting a letter shows
        # the rows read a moment ago again. Forgotten when the list is read again, filtered or sorted.
        self._recent: dict[str, CaseloadWindow] = {}
        self.problem: str | None = None  # why the list could not be read, in plain words

    # Where the rows come from -------------------------------------------------------------

    def open(self, db) -> None:
        """Read the caseload of `db` again (after a change): the search, filter and order kept."""
        self._db = db
        self._intervals = None  # read again: they may have changed
        self._texts, self._days = {}, {}  # and what each person's cells say (the language may have changed)
        self._visible = False  # on a team database, whom the worker may see: asked again
        self._worked_out = {}  # and everyone's next review and facts worked out again when sorted by them
        self._known = {}  # and each person's row made again
        self.beginResetModel()
        self._reload()
        self._visible = self._window.visible if self._window is not None else False
        try:
            self._total = self._window.total() if self._window is not None else 0
        except PlannerError as error:
            self._failed(error)
        self.endResetModel()

    def _failed(self, error: PlannerError) -> None:
        """The database could not be read (a team server gone, say): nothing shown, and why."""
        self.problem = error.message
        self._window, self._all, self._shown, self._total = None, [], [], 0

    def _reload(self, at_least: int = FIRST_PAGE, narrowing: bool = False) -> None:
        # Each person's words are kept as searches and orders change (open() reads them anew).
        self.problem = None
        self._recent = {}
        if self._db is None:
            self._window, self._all, self._shown = None, [], []
            return
        try:
            self._read(at_least, narrowing)
        except PlannerError as error:
            self._failed(error)

    def _read(self, at_least: int, narrowing: bool) -> None:
        column, descending = self._sort
        if self._intervals is None:
            self._intervals = review_settings.review_intervals(self._db)
        self._window = CaseloadWindow(self._db, search=self._typed, which=self._filter, column=column,
                                      descending=descending, language=QLocale().name(), today=self.today,
                                      intervals=self._intervals, narrowing=self._window if narrowing else None,
                                      visible=self._visible, worked_out=self._worked_out,
                                      known=self._known)
        self._all = self._window.fetch(max(FIRST_PAGE, at_least))
        self._shown = list(range(len(self._all)))
        if not self._window.counted():
            self._counting = _COUNTER.submit(_count, self._window, lambda: self._window)
            self._poll.start()

    def finish_counting(self) -> None:
        """Wait here for a count under way to end and show it (for benchmarks and tests)."""
        if self._counting is not None:
            self._counting.result()
            self._counted()

    def _counted(self) -> None:
        if self._counting is not None and not self._counting.done():
            return
        self._poll.stop()
        self._counting = None
        if self._window is not None and self._window.counted():
            self.counted.emit()

    def set_rows(self, rows: list[CaseloadRow]) -> None:  # noqa: D401
        raise TypeError("the paged caseload reads its own rows: use open(db)")

    def set_search(self, text: str) -> None:
        if text == self._typed:
            return
        if self._window is not None and CaseloadWindow.typed_words(text, QLocale().name()) == self._window.typed:
            self._typed = text  # the same words (a space typed, say): the same list, nothing read
            return
        if self._window is not None:
            self._recent[self._typed] = self._window
        self._typed = text
        again = self._recent.pop(text, None)
        if again is not None and self._db is not None:
            self._swap(lambda: self._show_again(again))
        else:
            recent = self._recent

            def read() -> None:
                self._reload(narrowing=True)  # more letters: among those read, or after the first row read
                if self._window is not None:
                    self._recent = recent
                    while len(self._recent) > RECENT:
                        self._recent.pop(next(iter(self._recent)))

            self._swap(read)

    def _swap(self, change) -> None:
        """Show the rows `change` reads, telling the view as little as is true: the same people
        (a letter that changes no one shown) repaint nothing; as many rows as before are a new
        layout (selection and scrolling kept where the people are); otherwise the list is reset."""
        before = (self._window, self._all, self._shown)
        was = [self._all[at].person_id for at in self._shown]
        change()
        after = (self._window, self._all, self._shown)
        now = [self._all[at].person_id for at in self._shown]
        if now == was:
            olds, news = [before[1][at] for at in before[2]], [self._all[at] for at in self._shown]
            changed = [row for row in range(len(now)) if olds[row] != news[row]]
            if changed:  # (the same people with other facts: their words are made again)
                stale = {now[row] for row in changed}
                self._texts = {key: text for key, text in self._texts.items() if key[0] not in stale}
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        self._window, self._all, self._shown = before
        if was and len(now) == len(was):
            self.layoutAboutToBeChanged.emit()
            old_indexes = self.persistentIndexList()
            self._window, self._all, self._shown = after
            where = {person_id: row for row, person_id in enumerate(now)}
            new_indexes = [self.index(where[was[index.row()]], index.column())
                           if 0 <= index.row() < len(was) and was[index.row()] in where else QModelIndex()
                           for index in old_indexes]
            self.changePersistentIndexList(old_indexes, new_indexes)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._window, self._all, self._shown = after
            self.endResetModel()

    def _show_again(self, window: CaseloadWindow) -> None:
        """A search typed a moment ago (a letter deleted): its rows as they were read."""
        self._window = window
        self._all = list(window.read_rows)
        self._shown = list(range(len(self._all)))
        if not window.counted():
            self._counting = _COUNTER.submit(_count, window, lambda: self._window)
            self._poll.start()

    def set_filter(self, which: CaseloadFilter | str) -> None:
        self._filter = CaseloadFilter(which)
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort and self._window is not None:
            return
        self._sort = wanted
        if self._db is None:
            return
        # The same people in a new order: the chosen row stays chosen if it is among those read.
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        people = [(self.person_at(index.row()), index.column()) for index in before]
        self._reload(at_least=len(self._all))
        rows = {row.person_id: at for at, row in enumerate(self._all)}
        after = [self.index(rows[person.person_id], column) if person is not None and person.person_id in rows
                 else QModelIndex() for person, column in people]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def canFetchMore(self, parent=None) -> bool:  # noqa: N802
        return (parent is None or not parent.isValid()) and self._window is not None and self._window.has_more()

    def fetchMore(self, parent=None) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        try:
            rows = self._window.fetch(PAGE)
        except PlannerError as error:
            self.problem = error.message  # the rows read stay; scrolling tries again
            return
        if not rows:
            return
        start = len(self._all)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._all.extend(rows)
        self._shown.extend(range(start, start + len(rows)))
        self.endInsertRows()

    def reach(self, person_id: int) -> int:
        """The row of a person, reading further pages if they are further down (-1: not shown)."""
        row = self.row_of(person_id)
        if row >= 0 or self._window is None:
            return row
        try:
            at = self._window.position_of(person_id, FURTHEST)
        except PlannerError as error:
            self.problem = error.message
            return -1
        while at is not None and at >= len(self._all) and self.canFetchMore():
            self.fetchMore()
        return self.row_of(person_id)

    def refresh_order(self) -> None:
        """Read again in the window's language's order (after the language changed)."""
        if self._db is not None:
            self.open(self._db)

    # Counts ---------------------------------------------------------------------------------

    def matching(self) -> int | None:
        """How many people match the search and filter (all of them, read or not); None while
        they are being counted (`counted` is emitted when they are)."""
        if self._window is None:
            return 0
        return self._window.count() if self._window.counted() else None

    def total(self) -> int:
        return self._total

    def sort_column(self) -> Column:
        return self._sort[0]
