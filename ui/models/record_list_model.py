"""A list of a part's items (moments, people and places, week entries) for a QListView."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordListModel(QAbstractListModel):
    """One row a record; `describe(record)` gives its words, `id_of(record)` its id."""

    def __init__(self, describe: Callable, id_of: Callable, parent=None, decorate: Callable | None = None):
        super().__init__(parent)
        self._describe, self._id_of, self._decorate = describe, id_of, decorate
        self._records: list = []

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list:
        return list(self._records)

    def record_at(self, row: int):
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, item_id: int | None) -> int:
        for row, record in enumerate(self._records):
            if self._id_of(record) == item_id:
                return row
        return -1

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._records)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self._describe(record)
        if role == Qt.ItemDataRole.DecorationRole and self._decorate is not None:
            return self._decorate(record)
        if role == ITEM_ID_ROLE:
            return self._id_of(record)
        return None
