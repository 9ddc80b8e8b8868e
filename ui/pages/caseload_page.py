"""The caseload: everyone in this database with where their plan is up to, the goal they are
working on now, the last contact and the next review due; search as you type, filters, sorting
by any column. Where the program starts."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain import counted_words
from planner.services.caseload import CaseloadFilter
from ui.models.caseload_pages_model import PagedCaseloadModel
from ui.widgets.heading import Heading

FILTERS = [
    (CaseloadFilter.ALL, QT_TRANSLATE_NOOP("CaseloadPage", "Everyone")),
    (CaseloadFilter.REVIEWS_DUE, QT_TRANSLATE_NOOP("CaseloadPage", "Reviews due (overdue or within 30 days)")),
    (CaseloadFilter.READY_FOR_PANEL, QT_TRANSLATE_NOOP("CaseloadPage", "Ready for the panel")),
    (CaseloadFilter.AT_PANEL, QT_TRANSLATE_NOOP("CaseloadPage", "With the panel")),
    (CaseloadFilter.AGREED, QT_TRANSLATE_NOOP("CaseloadPage", "Agreed by the panel")),
]
# Starting widths of the columns, in average letters (the person can drag them wider).
COLUMN_LETTERS = (30, 42, 26, 26, 22, 20)


class CaseloadPage(QWidget):
    """People and their plans. Widgets emit requests; the main window acts on them."""

    add_requested = Signal()
    rename_requested = Signal(int)  # person id
    remove_requested = Signal(int)
    open_requested = Signal(int)  # plan id
    example_requested = Signal()
    import_requested = Signal()
    panel_day_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("CaseloadPage")
        self.heading = Heading(self.tr("People"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search people by name"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        for value, label in FILTERS:
            self.filter.addItem(QCoreApplication.translate("CaseloadPage", label), value.value)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter_label = QLabel(self.tr("&Show"))
        self.filter_label.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("How many are shown"))
        self.model = PagedCaseloadModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Widths are set from the font, never measured row by row (10,000 rows stay quick).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.empty = QLabel(
            self.tr(
                "No one is here yet. Add a person to start their plan, "
                "or try the example plan to see how Small Steps works."
            )
        )
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add a person…"))
        self.open_button = QPushButton(self.tr("&Open plan"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.example_button = QPushButton(self.tr("Try an &example plan"))
        self.import_button = QPushButton(self.tr("&Bring in a plan file…"))
        self.panel_day_button = QPushButton(self.tr("&Panel day…"))
        for button in (
            self.add_button, self.open_button, self.rename_button, self.remove_button,
            self.example_button, self.import_button, self.panel_day_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.example_button)
        more.addWidget(self.import_button)
        more.addStretch(1)
        more.addWidget(self.panel_day_button)
        finding = QHBoxLayout()
        finding.addWidget(self.search, 2)
        finding.addWidget(self.filter_label)
        finding.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(finding)
        layout.addWidget(self.count)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.filler = QWidget()  # keeps the buttons at the bottom when the list is hidden
        layout.addWidget(self.filler, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)

        # Every key searches again (in the database, a page at a time): the list follows at once.
        self.search.textChanged.connect(self._search_changed)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.model.counted.connect(self._show_count)
        self.panel_day_button.clicked.connect(self.panel_day_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.example_button.clicked.connect(self.example_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.open_button.clicked.connect(self._open_current)
        self.table.activated.connect(self._open_current)
        self.rename_button.clicked.connect(self._rename_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.people_changed.connect(self.refresh)
        self.set_column_widths()
        self.refresh()

    def current_person(self):
        index = self.table.currentIndex()
        return self.model.person_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> None:
        row = self.model.reach(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def refresh(self) -> None:
        """Read the caseload again (its first page) as searched, filtered and sorted."""
        current = self.current_person()
        self.model.open(self.session.db)
        self._after_change(current)

    def _search_changed(self, text: str) -> None:
        current = self.current_person()
        self.model.set_search(text)
        self._after_change(current)

    def _filter_changed(self, *_args) -> None:
        current = self.current_person()
        self.model.set_filter(self.filter.currentData())
        self._after_change(current)

    def set_column_widths(self) -> None:
        letter = self.table.fontMetrics().horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26 * 1.1
        for column, letters in enumerate(COLUMN_LETTERS[:-1]):
            self.table.setColumnWidth(column, int(letters * letter))
        self.table.verticalHeader().setDefaultSectionSize(int(self.table.fontMetrics().height() * 1.6))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.set_column_widths()
        elif event.type() == event.Type.LanguageChange:
            current = self.current_person()
            self.model.refresh_order()  # the new language's alphabetical order, dates and words
            self._after_change(current)

    def _after_change(self, current) -> None:
        # The chosen person stays chosen if they are among the rows read (looking further down
        # a list of 100,000 at every keystroke would cost more than it gives).
        if current is not None and self.model.row_of(current.person_id) >= 0:
            self.select_person(current.person_id)
        elif self.model.rowCount():
            self.select_person(self.model.person_at(0).person_id)
        searching = bool(self.search.text().strip()) or self.filter.currentIndex() > 0
        has_rows = self.model.rowCount() > 0
        if self.model.problem:
            self.empty.setText(self.model.problem)
        elif not has_rows and searching:
            self.empty.setText(self.tr("No one matches that search."))
        elif not has_rows:
            self.empty.setText(
                self.tr(
                    "No one is here yet. Add a person to start their plan, "
                    "or try the example plan to see how Small Steps works."
                )
            )
        self._show_count()
        self.empty.setVisible(not has_rows or bool(self.model.problem))
        self.table.setVisible(has_rows)
        self.filler.setVisible(not has_rows)
        self._update_buttons()

    def _show_count(self) -> None:
        """How many are shown, of everyone (with 100,000 people a search is counted while the
        list already shows its first matches: the words follow a moment later)."""
        shown, total = self.model.matching(), self.model.total()
        self.count.setText("" if shown is None else counted_words.people_shown(shown, total))
        self.count.setVisible(total > 0)

    def _update_buttons(self, *_args) -> None:
        person = self.current_person()
        has = person is not None
        for button in (self.open_button, self.rename_button, self.remove_button):
            button.setEnabled(has)
        # The buttons say whose plan they act on, so a screen reader never has to guess.
        name = getattr(person, "name", "") if has else ""
        if name:
            self.open_button.setAccessibleName(self.tr("Open {name}'s plan").format(name=name))
            self.rename_button.setAccessibleName(self.tr("Rename {name}").format(name=name))
            self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=name))
        else:
            self.open_button.setAccessibleName(self.tr("Open the chosen person's plan"))
            self.rename_button.setAccessibleName(self.tr("Rename the chosen person"))
            self.remove_button.setAccessibleName(self.tr("Remove the chosen person"))

    def _open_current(self, *_args) -> None:
        person = self.current_person()
        if person is not None and person.plan_id is not None:
            self.open_requested.emit(person.plan_id)

    def _rename_current(self) -> None:
        person = self.current_person()
        if person is not None:
            self.rename_requested.emit(person.person_id)

    def _remove_current(self) -> None:
        person = self.current_person()
        if person is not None:
            self.remove_requested.emit(person.person_id)

    # List keys (ui/shortcuts.py): Ctrl+N adds a person, Delete removes the chosen one (asking first).

    def list_view(self):
        return self.table

    def add_item(self) -> None:
        self.add_button.click()

    def remove_item(self) -> None:
        self._remove_current()
