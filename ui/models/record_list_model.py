"""A list of a part's items (moments, people and places, week entries) for a QListView."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles as plain numbers: a view asks `data` for a dozen roles of every row it lays out,
# and comparing Qt's enums costs more than the answer (a list of 1,000 moments: 25,000 calls).
_WORDS = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole))
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ITEM_ID = int(ITEM_ID_ROLE)


class RecordListModel(QAbstractListModel):
    """One row a record; `describe(record)` gives its words, `id_of(record)` its id."""

    def __init__(self, describe: Callable, id_of: Callable, parent=None, decorate: Callable | None = None):
        super().__init__(parent)
        self._describe, self._id_of, self._decorate = describe, id_of, decorate
        self._records: list = []
        self._words: dict[int, str] = {}  # row -> its words, made once (asked for in three roles)

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._words = {}
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
        role = int(role)
        if role not in _WORDS and role != _DECORATION and role != _ITEM_ID:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._records):
            return None
        record = self._records[row]
        if role in _WORDS:
            words = self._words.get(row)
            if words is None:
                words = self._words[row] = self._describe(record)
            return words
        if role == _DECORATION:
            return self._decorate(record) if self._decorate is not None else None
        return self._id_of(record)
