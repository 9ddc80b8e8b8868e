"""The list of people in this database, with search: where the program starts."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services import people
from ui.models.people_model import PeopleModel
from ui.widgets.heading import Heading


class CaseloadPage(QWidget):
    """People and their plans. Widgets emit requests; the main window acts on them."""

    add_requested = Signal()
    rename_requested = Signal(int)  # person id
    remove_requested = Signal(int)
    open_requested = Signal(int)  # plan id
    example_requested = Signal()
    import_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("CaseloadPage")
        self.heading = Heading(self.tr("People"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search people by name"))
        self.search.setClearButtonEnabled(True)
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        for button in (
            self.add_button, self.open_button, self.rename_button, self.remove_button,
            self.example_button, self.import_button,
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.filler = QWidget()  # keeps the buttons at the bottom when the list is hidden
        layout.addWidget(self.filler, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.add_button.clicked.connect(self.add_requested)
        self.example_button.clicked.connect(self.example_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.open_button.clicked.connect(self._open_current)
        self.table.activated.connect(self._open_current)
        self.rename_button.clicked.connect(self._rename_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.people_changed.connect(self.refresh)
        self.refresh()

    def current_person(self):
        index = self.table.currentIndex()
        return self.model.person_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def refresh(self) -> None:
        current = self.current_person()
        self.model.set_people(people.list_people(self.session.db, self.search.text()))
        if current is not None:
            self.select_person(current.person_id)
        elif self.model.rowCount():
            self.select_person(self.model.person_at(0).person_id)
        searching = bool(self.search.text().strip())
        has_rows = self.model.rowCount() > 0
        if not has_rows and searching:
            self.empty.setText(self.tr("No one matches that search."))
        elif not has_rows:
            self.empty.setText(
                self.tr(
                    "No one is here yet. Add a person to start their plan, "
                    "or try the example plan to see how Small Steps works."
                )
            )
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.filler.setVisible(not has_rows)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has = self.current_person() is not None
        for button in (self.open_button, self.rename_button, self.remove_button):
            button.setEnabled(has)

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

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self._remove_current()
            return
        super().keyPressEvent(event)
