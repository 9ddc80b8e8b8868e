"""A list of items with Add, Change, Take off and Move buttons: the shape every list in the
crisis plan and the budget shares.

Items are shown as wrapped text, one item a row, as tall as their words need (the list grows
rather than scrolls, so nothing is cut off at any text size). Enter or a double-click changes
the chosen item. The widget only asks: the page runs the commands.
"""

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.records_model import Column, RecordsModel
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage


class FittedList(QListView):
    """A list view exactly as tall as its wrapped items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setSpacing(3)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def fit(self) -> None:
        self.doItemsLayout()
        height = self.contentsSize().height() + 2 * self.frameWidth() + 2 * self.spacing()
        if self.model() is None or self.model().rowCount() == 0:
            height = self.fontMetrics().lineSpacing() + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().averageCharWidth() * 12, self.height())


class ItemListEditor(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # the record
    remove_requested = Signal(object)
    move_requested = Signal(object, int)  # the record, its new row
    quick_added = Signal(str)

    def __init__(self, title: str, prompt: str, describe: Callable[[object], str], *,
                 movable: bool = True, quick_add: str = "", empty: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.heading = Heading(title, scale=1.2)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setVisible(bool(prompt))
        self.model = RecordsModel([Column(title, describe)], self)
        self.view = FittedList()
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.empty = QLabel(empty or self.tr("Nothing here yet."))
        self.empty.setWordWrap(True)
        self.message = FieldMessage()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.remove_button = QPushButton(self.tr("Take off"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button, name in (
            (self.add_button, self.tr("Add to: {list}")), (self.edit_button, self.tr("Change the chosen item in: {list}")),
            (self.remove_button, self.tr("Take the chosen item off: {list}")),
            (self.up_button, self.tr("Move the chosen item up in: {list}")),
            (self.down_button, self.tr("Move the chosen item down in: {list}")),
        ):
            button.setAccessibleName(name.format(list=title))
        buttons = FlowLayout()
        self.quick = None
        if quick_add:
            self.quick = QLineEdit()
            self.quick.setPlaceholderText(quick_add)
            self.quick.setAccessibleName(self.tr("Write a new item for: {list}").format(list=title))
            self.quick.setMaxLength(200)
            self.quick.returnPressed.connect(self._quick_add)
            self.add_button.setText(self.tr("Add"))
            self.add_button.clicked.connect(self._quick_add)
            quick_row = QHBoxLayout()
            quick_row.addWidget(self.quick, 1)
            quick_row.addWidget(self.add_button)
        else:
            buttons.addWidget(self.add_button)
            self.add_button.clicked.connect(self.add_requested)
        for button in (self.edit_button, self.remove_button):
            buttons.addWidget(button)
        if movable:
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
        else:
            self.up_button.hide()
            self.down_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        if self.quick is not None:
            layout.addLayout(quick_row)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.view.activated.connect(lambda _index: self._edit())
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    # List keys (ui/shortcuts.py): Ctrl+N, Delete, Ctrl+Up, Ctrl+Down -------------------------

    def list_view(self):
        return self.view

    def add_item(self) -> None:
        if self.quick is not None:
            self.quick.setFocus()
        else:
            self.add_requested.emit()

    def remove_item(self) -> None:
        self._remove()

    def move_item(self, step: int) -> None:
        self._move(step)

    def set_records(self, records, keep_id=None) -> None:
        chosen = keep_id if keep_id is not None else getattr(self.current(), "item_id", None)
        self.model.set_records(records)
        empty = not records
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.fit()
        self._update_buttons()

    def current(self):
        index = self.view.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def choose(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self, *_args) -> None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _edit(self) -> None:
        record = self.current()
        if record is not None:
            self.edit_requested.emit(record)

    def _remove(self) -> None:
        record = self.current()
        if record is not None:
            self.remove_requested.emit(record)

    def _move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        record = self.current()
        if record is not None and 0 <= row + step < self.model.rowCount():
            self.move_requested.emit(record, row + step)

    def _quick_add(self) -> None:
        text = self.quick.text().strip()
        if text:
            self.quick_added.emit(text)

    def quick_added_ok(self) -> None:
        """The page saved the quick item: clear the box for the next one."""
        self.quick.clear()
        self.message.show_message(None)
