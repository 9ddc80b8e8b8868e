"""One person's plan: a list of its parts on the left, the chosen part on the right."""

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services import plans
from ui.pages.plan_parts import plan_parts
from ui.widgets.heading import Heading


class PartsList(QListWidget):
    """The list of parts: always wide enough to show every part's name, at any text size."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._widest: tuple | None = None  # (the names and font measured, their widest)

    def _names_width(self) -> int:
        """The widest name, measured again only when the names or the text size change (the
        window asks for it dozens of times as each page is shown)."""
        names = (self.font().key(), tuple(self.item(row).text() for row in range(self.count())))
        if self._widest is None or self._widest[0] != names:
            self._widest = (names, self.sizeHintForColumn(0))
        return self._widest[1]

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        scrollbar = self.verticalScrollBar().sizeHint().width()
        width = self._names_width() + 2 * self.frameWidth() + scrollbar
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())


class PlanView(QWidget):
    """The parts' pages are made the first time each is shown, and each reads the plan only when
    it is shown: opening Small Steps or a plan costs one page, not twelve."""

    back_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.back_button = QPushButton(self.tr("← Back to people"))
        self.back_button.setAccessibleName(self.tr("Back to the list of people"))
        self.heading = Heading("", scale=1.7)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setAccessibleName(self.tr("History of this plan"))
        self.parts = PartsList()
        self.parts.setAccessibleName(self.tr("Parts of the plan"))
        self.stack = QStackedWidget()
        self.part_list = plan_parts()
        self._pages: list[QWidget | None] = [None] * len(self.part_list)
        self._showing: dict[int, int | None] = {}  # row -> the plan its page shows
        self._code_waiting: list[int] | None = None  # rows whose page code is still to load
        self._code_timer = QTimer(self)
        self._code_timer.setSingleShot(True)
        self._code_timer.setInterval(0)
        self._code_timer.timeout.connect(self._load_some_code)
        for part in self.part_list:
            self.parts.addItem(part.title)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.history_button)
        splitter = QSplitter()
        splitter.addWidget(self.parts)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.parts.currentRowChanged.connect(self._show_part)
        self.back_button.clicked.connect(self.back_requested)
        self.history_button.clicked.connect(self.show_history)
        session.plan_changed.connect(self._on_plan_changed)

    # Pages, made when first wanted ---------------------------------------------------------

    def row_of(self, key: str) -> int:
        return next(row for row, part in enumerate(self.part_list) if part.key == key)

    def page_at(self, row: int) -> QWidget:
        """The page of part `row`, made if need be and showing the open plan."""
        page = self._pages[row]
        if page is None:
            part = self.part_list[row]
            page = part.page(self.session)
            page.setObjectName(f"part_{part.key}")
            self._pages[row] = page
            self.stack.addWidget(page)
        if self.plan_id is not None and self._showing.get(row) != self.plan_id:
            self._showing[row] = self.plan_id
            page.show_plan(self.plan_id)
        return page

    def page_for(self, key: str) -> QWidget:
        return self.page_at(self.row_of(key))

    def made_pages(self) -> list[QWidget]:
        return [page for page in self._pages if page is not None]

    def all_pages(self) -> list[QWidget]:
        """Every part's page, made and showing the open plan (for screenshots and checks)."""
        return [self.page_at(row) for row in range(len(self.part_list))]

    # The plan ------------------------------------------------------------------------------

    def show_plan(self, plan_id: int) -> None:
        _settle_the_program()
        self.flush()
        self.plan_id = plan_id
        self._update_heading()
        if self.parts.currentRow() < 0:
            self.parts.setCurrentRow(0)
        else:
            self._show_part(self.parts.currentRow())
        self.parts.setFocus()
        if self._code_waiting is None:  # the first plan is open: the other pages' code follows
            self._code_waiting = list(range(len(self.part_list)))
            self._code_timer.start()

    def _load_some_code(self) -> None:
        """While the window is idle, one part at a time (10-45 ms each): the code of the pages
        not made yet is imported, so choosing a part first time makes its page and reads the
        plan but no longer waits for Python to load the page's modules. Nothing is made and
        nothing is read here; a part chosen meanwhile simply imports what it needs itself."""
        while self._code_waiting:
            row = self._code_waiting.pop(0)
            if self._pages[row] is None:
                self.part_list[row].load_code()
                break
        if self._code_waiting:
            self._code_timer.start()

    def show_history(self) -> None:
        from ui.dialogs.history_dialog import HistoryDialog

        parts = [(part.key, part.title) for part in self.part_list]
        HistoryDialog(self.session, self.plan_id, parts, self).exec()

    def _update_heading(self) -> None:
        plan = plans.get_plan(self.session.db, self.plan_id)
        self.heading.setText(plan.title or self.tr("{name}'s plan").format(name=plan.person_name))

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self._update_heading()

    def _show_part(self, row: int) -> None:
        self.flush()
        if row >= 0:
            self.stack.setCurrentWidget(self.page_at(row))

    def go_to_part(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or the part before, with the keyboard on its list."""
        if not self.isVisible():
            return
        row = max(0, min(self.parts.count() - 1, self.parts.currentRow() + step))
        self.parts.setCurrentRow(row)
        self.parts.setFocus()

    def flush(self) -> None:
        for page in self.made_pages():
            flush = getattr(page, "flush", None)
            if flush:
                flush()


_SETTLED = False


def _settle_the_program() -> None:
    """Once, as the first plan opens: what the program has made so far (its code, the window,
    the list of people: about 200,000 objects) is set aside from Python's garbage collector, so
    a collection while a page of a huge plan is made looks only at what was made since (a full
    collection took 150-600 ms on a busy machine; 35 ms after). Objects set aside still go
    when nothing uses them; only a cycle among them would stay."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        import gc

        gc.freeze()
