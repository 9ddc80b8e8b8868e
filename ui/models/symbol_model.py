"""The symbol library as a Qt list model, filtered by the words typed into a search box."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt

from planner.content import symbols
from ui.widgets.picture_images import symbol_icon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class SymbolListModel(QAbstractListModel):
    def __init__(self, parent=None, icon_size: int = 64):
        super().__init__(parent)
        self.languages: tuple[str, ...] = ("en",)  # the languages searched, in order
        self._icon_size = icon_size
        self._symbols: list[symbols.Symbol] = list(symbols.all_symbols())
        self._words = ""

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._symbols)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._symbols):
            return None
        symbol = self._symbols[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return symbol.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{symbol.name}: {', '.join(symbol.tags)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return symbol_icon(symbol.key, self._icon_size)
        if role == Qt.ItemDataRole.SizeHintRole:
            return None
        if role == KEY_ROLE:
            return symbol.key
        return None

    def set_languages(self, languages: tuple[str, ...]) -> None:
        """Search (and name the symbols) in these languages, the first first."""
        self.beginResetModel()
        self.languages = tuple(languages) or ("en",)
        self._symbols = list(symbols.all_symbols(self.languages[0]))
        self._words = ""
        self.endResetModel()

    def search(self, words: str) -> None:
        """Show only the symbols matching `words` (all of them for no words)."""
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        found: dict[str, symbols.Symbol] = {}
        for code in self.languages:  # "ci" finds the dog in Welsh, "dog" in English
            for symbol in symbols.search(words, code):
                found.setdefault(symbol.key, symbol)
        self._symbols = list(found.values())
        self.endResetModel()

    def symbol_at(self, row: int) -> symbols.Symbol | None:
        return self._symbols[row] if 0 <= row < len(self._symbols) else None

    def icon_size(self) -> QSize:
        return QSize(self._icon_size, self._icon_size)
