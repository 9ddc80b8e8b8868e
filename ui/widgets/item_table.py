"""The one way a table of short items is edited in Small Steps (what might get in the way of a
goal, who agreed to do what at a meeting), so that the keyboard can always leave it.

- The arrow keys move between cells; Enter or F2 (or just typing) changes the words in a cell.
- Tab and Shift+Tab leave the table for the next or previous control, even from inside a cell
  being changed (what was typed is kept first). Qt's own tables pass Tab from cell to cell and
  round again for ever: a keyboard trap.
- Escape leaves a cell without changing it. The table says all this to a screen reader, and a
  line under it says it to everyone.
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyledItemDelegate,
    QTableWidget,
)


def keyboard_hint() -> str:
    return QCoreApplication.translate(
        "ItemTable",
        "Arrow keys move between boxes. Enter or F2 changes the words; Escape leaves them as they "
        "were. Tab moves on.")


class LeavingDelegate(QStyledItemDelegate):
    """Cell editors that hand Tab and Shift+Tab back to the window instead of the next cell."""

    def eventFilter(self, editor, event):  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            view = self.parent()
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            # The view (Tab moving between cells is off) passes Tab on to the next control.
            QApplication.postEvent(view, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers()))
            return True
        return super().eventFilter(editor, event)


def make_item_table(table: QTableWidget) -> QLabel:
    """Put a table into the one editing mode; returns the line of words that explains it."""
    table.setTabKeyNavigation(False)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
    table.setItemDelegate(LeavingDelegate(table))
    table.activated.connect(table.edit)  # Enter changes the words, as F2 does
    table.setAccessibleDescription(keyboard_hint())
    hint = QLabel(keyboard_hint())
    hint.setWordWrap(True)
    return hint


class DateCellDelegate(LeavingDelegate):
    """A column of dates in such a table: the one date field (typed in words or numbers, Ctrl+D
    for a calendar), read back in words as the cell is left."""

    def createEditor(self, parent, option, index):  # noqa: N802
        from ui.widgets.date_field import DateField

        editor = DateField(parent)
        editor.setAccessibleName(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setText(index.data() or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        editor.read_back()  # the date in words (what cannot be read stays as typed, and saving says so)
        model.setData(index, editor.text())


def date_column(table: QTableWidget, column: int) -> None:
    """Make `column` of a table made by `make_item_table` a column of dates."""
    table.setItemDelegateForColumn(column, DateCellDelegate(table))
