"""The caseload as a Qt table model over `planner.services.people`."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from planner.domain.plan import status_label
from planner.services.people import PersonSummary

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PeopleModel(QAbstractTableModel):
    """One row a person: name, plan title, plan status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PersonSummary] = []

    def set_people(self, rows: list[PersonSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person_at(self, row: int) -> PersonSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        for row, person in enumerate(self._rows):
            if person.person_id == person_id:
                return row
        return -1

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Plan"), self.tr("Where the plan is up to")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                if person.preferred_name and person.preferred_name != person.name:
                    return f"{person.name} ({person.preferred_name})"
                return person.name
            if index.column() == 1:
                return person.plan_title or self.tr("(no title yet)")
            return status_label(person.status) if person.status else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == PERSON_ID_ROLE:
            return person.person_id
        if role == PLAN_ID_ROLE:
            return person.plan_id
        return None
