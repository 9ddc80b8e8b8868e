"""The shape shared by the three life-chart pages: a list with a form on one side, the chart on
the other. Add, change, move and remove items (all undoable); everything saves as it is made.

A subclass says which services it uses (`services`), builds its form (`build_form`), words each
item in the list (`describe`), and which field an item cannot be without (`required`).
"""

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.visibility import Visibility
from planner.services import plan_files
from ui import theme
from ui.commands.life_charts import (
    AddItemCommand,
    EditItemCommand,
    ItemServices,
    MoveItemCommand,
    RemoveItemCommand,
)
from ui.models.record_list_model import RecordListModel
from ui.widgets.chart_panel import ChartPanel
from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from ui.widgets.heading import Heading
from ui.widgets.item_form import ItemForm
from ui.widgets.messages import FieldMessage
from ui.widgets.picture_row import PictureRow
from ui.widgets.record_list import ManyItemsList
from ui.widgets.visibility import ICONS

EDITOR_SHARE = 0.42  # of the page's width, for the list and form beside the chart


class ChartPartPage(QWidget):
    # Imported while the window is idle (`PlanPart.load_code`): the charts measure their words
    # with Pillow's fonts (about 20 ms to import, otherwise inside the page's first showing).
    CONTENT_CODE = ("PIL.ImageFont",)
    services: ItemServices
    chart_key = ""
    required = "title"
    has_picture = False

    def __init__(self, session, title: str, intro: str, what: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.current = None  # the record in the form (None: a new item, not saved yet)
        self._picture_id: int | None = None  # a picture chosen before the item has words
        self._gone_id: int | None = None  # the item shown before Undo took it away
        self._stale = False
        self.heading = Heading(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self._icons: dict[tuple[str, str], object] = {}  # one drawing of each sign, per theme
        self._said: dict[tuple, str] = {}  # words worked out once a reading of the list (`words_for`)
        self.model = RecordListModel(self.describe, self.services.id_of, self, self._sign_of)
        self.list = ManyItemsList()  # (rows measured a batch at a time: a huge plan shows at once)
        self.list.setModel(self.model)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 6)
        self.add_button = QPushButton()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        for button, name in ((self.up_button, self.tr("Move the chosen {what} up")),
                             (self.down_button, self.tr("Move the chosen {what} down")),
                             (self.remove_button, self.tr("Remove the chosen {what}"))):
            button.setAccessibleName(name.format(what=what))
        self.buttons = QWidget()
        self.button_flow = FlowLayout(self.buttons)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            self.button_flow.addWidget(button)
        fixed_height_for_width(self.buttons)
        self.message = FieldMessage()
        self.form_box = QGroupBox()
        self.form = self.build_form()
        self.form.field_changed.connect(self._field_changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.hint)
        box_layout.addWidget(self.form)
        self.picture_row = PictureRow(what)
        box_layout.addWidget(self.picture_row)
        self.picture_row.setVisible(self.has_picture)
        self.picture_row.choose_requested.connect(self.choose_picture)
        self.picture_row.remove_requested.connect(lambda: self._save({"picture_id": None}))

        editor = QWidget()
        left = QVBoxLayout(editor)
        left.addWidget(self.heading)
        left.addWidget(self.intro)
        left.addWidget(self.list, 1)
        left.addWidget(self.buttons)
        left.addWidget(self.message)
        left.addWidget(self.form_box)
        left.addStretch(0)
        self.editor = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel = ChartPanel(self.chart_key, what, self.make_view())
        self.splitter = splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.panel.large_button.toggled.connect(self.show_chart_large)
        self._place_timer = QTimer(self)  # the form's needs change as items are chosen: look again
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(0)
        self._place_timer.timeout.connect(self._place_chart)
        editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(self._row_chosen)
        self.add_button.clicked.connect(self.start_new)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove)
        session.plan_changed.connect(self._on_plan_changed)

    # To be given by each page ----------------------------------------------------------------

    def build_form(self) -> ItemForm:
        raise NotImplementedError

    def make_view(self):
        return None

    def describe(self, record) -> str:
        raise NotImplementedError

    def list_records(self) -> list:
        raise NotImplementedError

    def read_plan(self) -> tuple[list, object]:
        """The list's records and the chart's document (a page may read them together)."""
        from planner.export.life_charts import CHART_PARTS

        return self.list_records(), plan_files.plan_document(self.session.db, self.plan_id,
                                                             CHART_PARTS[self.chart_key])

    def new_values(self) -> dict:
        """What a new item starts with."""
        raise NotImplementedError

    def change_for(self, field: str) -> dict:
        """The fields to save when `field` changed (some belong together)."""
        return {field: self.form.value(field)}

    def update_form(self) -> None:
        """Show or hide rows that depend on other fields."""

    def prepare_new(self, values: dict) -> dict:
        """The form's values as a new item is added (a page may fill in what is missing)."""
        return values

    # Showing ---------------------------------------------------------------------------------

    def show_chart_large(self, on: bool) -> None:
        """The chart alone, as big as the page (the list and form come back when it is off)."""
        self.flush()
        self.editor.setVisible(not on)
        self._place_chart()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not getattr(self, "_sized", False) and self.width() > 400:
            self._sized = True
            self._share_splitter()
        self._place_chart()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.editor.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._place_timer.start()
        return super().eventFilter(watched, event)

    def _share_splitter(self) -> None:
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([int(total * EDITOR_SHARE), total - int(total * EDITOR_SHARE)])

    def _editor_needs(self) -> int:
        """The width the list and form need without the chart (large text needs more)."""
        layout = self.editor.widget().layout()
        widest = max((layout.itemAt(i).minimumSize().width() for i in range(layout.count())
                      if layout.itemAt(i).widget() is not self.panel), default=0)
        margins = layout.contentsMargins()
        return (widest + margins.left() + margins.right() + self.editor.verticalScrollBar().sizeHint().width()
                + 2 * self.editor.frameWidth())

    def chart_is_under_the_form(self) -> bool:
        return self.panel.parentWidget() is not self.splitter

    def _place_chart(self) -> None:
        """The chart beside the list and form when there is room for both; when the page is
        narrow (large text, a small screen) it goes under the form, and the page scrolls to it."""
        under = (not self.panel.large_button.isChecked()
                 and self.width() * EDITOR_SHARE < self._editor_needs())
        if under != self.chart_is_under_the_form():
            if under:
                layout = self.editor.widget().layout()
                layout.insertWidget(layout.count() - 1, self.panel)
            else:
                self.splitter.addWidget(self.panel)
                self.panel.setMinimumHeight(0)
                self._share_splitter()
            self.panel.show()
        if under:
            self.panel.setMinimumHeight(max(self.panel.minimumSizeHint().height(), int(self.height() * 0.75)))

    def _sign_of(self, record):
        """The sign of who can see `record` (drawn once for each, in the theme's colours)."""
        key = (record.visibility, theme.current().key)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = ICONS[Visibility(record.visibility)]()
        return icon

    def words_for(self, label, value) -> str:
        """`label(value)`, worked out once each time the list is read: a huge plan's list says
        the same few words (a feeling, who can see it) hundreds of times."""
        key = (label, value)
        words = self._said.get(key)
        if words is None:
            words = self._said[key] = label(value)
        return words

    def show_plan(self, plan_id: int) -> None:
        self.flush()
        self.plan_id = plan_id
        self.current = None
        self.refresh()
        if self.model.rowCount():
            self.select(self.services.id_of(self.model.record_at(0)))
        else:
            self.start_new(focus=False)

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id != self.plan_id:
            return
        if self.isVisible():
            self._refresh_timer.start()  # after the change that caused it has finished
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale and self.plan_id is not None:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the list, the form and the chart as saved (after any change, or Undo)."""
        if self.plan_id is None:
            return
        current_id = self.services.id_of(self.current) if self.current is not None else None
        self._said = {}  # (read again: the words too, in case the language changed)
        records, document = self.read_plan()
        self.model.set_records(records)
        if current_id is None and not str(self.form.value(self.required)).strip():
            current_id = self._gone_id  # back again (Redo): show it again
        row = self.model.row_of(current_id)
        if current_id is not None and row < 0:  # removed (or undone): an empty form
            self._gone_id = current_id
            self.current = None
            self.form.show_values(self.new_values())
        elif row >= 0:
            self.current = self.model.record_at(row)
            self._select_row(row)
        self._show_current()
        self.panel.show_document(document)

    def _select_row(self, row: int) -> None:
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)

    def select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _row_chosen(self, current, _previous=None) -> None:
        self._save_lines()
        self.form.flush()
        record = self.model.record_at(current.row()) if current.isValid() else None
        if record is not None:
            self.current = record
            self.message.show_message(None)
            self._show_current()

    def _show_current(self) -> None:
        record = self.current
        if record is None:
            self.form_box.setTitle(self.new_title())
            self.hint.setText(self.new_hint())
            self.hint.show()
        else:
            self.form_box.setTitle(self.edit_title())
            self.hint.hide()
            self.form.show_values(record.values())
        self.update_form()
        picture = record.picture if record is not None and self.has_picture else None
        if record is None and self._picture_id is not None:
            from planner.services import pictures

            picture = pictures.get_picture(self.session.db, self._picture_id)
        self.picture_row.show_picture(self.session.db, picture)
        has = record is not None
        row = self.model.row_of(self.services.id_of(record)) if has else -1
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(has)

    def start_new(self, focus: bool = True) -> None:
        """An empty form for a new item; it is kept as soon as it has its words."""
        self._save_lines()
        self.form.flush()
        values = self.new_values()
        self.current = None
        self._picture_id = None
        self.list.selectionModel().clearSelection()
        self.form.show_values(values)
        self.message.show_message(None)
        self._show_current()
        if focus:
            self.form.focus(self.required)

    # Saving ----------------------------------------------------------------------------------

    def _save_lines(self) -> None:
        """Save what was typed in a line the person has not left yet (before showing another)."""
        if self.current is None:
            return
        saved = self.current.values()
        for field, widget in self.form.widgets.items():
            shown = "" if saved.get(field) is None else str(saved[field])
            if isinstance(widget, QLineEdit) and field in saved and widget.text() != shown:
                self._field_changed(field)
                return

    def _field_changed(self, field: str) -> None:
        self.update_form()
        change = self.change_for(field)
        if change or self.current is None:
            self._save(change)

    @property
    def current(self):
        return self._current

    @current.setter
    def current(self, record) -> None:
        self._current, self._waiting_add = record, None  # another item in the form

    def _typed_while_waiting(self, change: dict) -> bool:
        """An item added while the team database was away: what is typed next goes with it, never
        into a second item. True when that is taken care of."""
        add = self._waiting_add
        if add.record is not None or add.void:  # saved meanwhile (or refused: a new one is added)
            self.current = add.record
            return False
        if add.reserved is not None:  # it may have reached the database: a change of it, in turn
            old = {field: add.values.get(field) for field in change}
            self.session.execute(EditItemCommand(self.session, self.services, self.plan_id, add.reserved,
                                                 old, change, self.edit_text()))
        add.values.update(change)  # (not reached yet: it is added with what is typed now)
        return True

    def _save(self, change: dict) -> None:
        if self.plan_id is None:
            return
        if self.current is None and getattr(self, "_waiting_add", None) is not None \
                and self._typed_while_waiting(change):
            return
        if self.current is None:
            values = self.prepare_new(self.form.values())
            values["picture_id"] = self._picture_id
            values.update(change)
            if not self.has_picture:
                values.pop("picture_id")
            if not str(values.get(self.required) or "").strip():
                if self.required in change:
                    self.message.show_message(self.required_message())
                return  # nothing to keep yet: the choices wait for the words
            command = AddItemCommand(self.session, self.services, self.plan_id, values, self.add_text())
            error = self.session.execute(command)
            if error is None:
                self.current = command.record
                self._waiting_add = command if command.record is None else None
                self._picture_id = None
        else:
            saved = self.current.values()
            old = {field: saved.get(field) for field in change}
            if all(_same(old[f], change[f]) for f in change):
                return
            command = EditItemCommand(self.session, self.services, self.plan_id,
                                      self.services.id_of(self.current), old, change, self.edit_text())
            error = self.session.execute(command)
            if error is None:
                self.current = self.services.get(self.session.db, self.services.id_of(self.current))
        self.message.show_message(error)

    def flush(self) -> None:
        self._save_lines()
        self.form.flush()

    def choose_picture(self) -> None:
        from ui.widgets.picture_picker import PicturePickerDialog

        self.flush()
        visibility = self.form.value("visibility")
        dialog = PicturePickerDialog(self.session, self.plan_id, self, visibility)
        if dialog.exec() and dialog.picture_id is not None:
            if self.current is None:
                self._picture_id = dialog.picture_id
                self._show_current()
            self._save({"picture_id": dialog.picture_id})

    def move(self, step: int) -> None:
        if self.current is None:
            return
        self.flush()
        error = self.session.execute(MoveItemCommand(self.session, self.services, self.plan_id,
                                                     self.services.id_of(self.current), step, self.move_text()))
        self.message.show_message(error)

    def remove(self) -> None:
        if self.current is None:
            return
        self.flush()
        row = self.model.row_of(self.services.id_of(self.current))
        error = self.session.execute(RemoveItemCommand(self.session, self.services, self.plan_id,
                                                       self.services.id_of(self.current), self.remove_text()))
        self.message.show_message(error)
        if error is None:
            self.refresh()
            if self.model.rowCount():
                self.select(self.services.id_of(self.model.record_at(min(row, self.model.rowCount() - 1))))
            else:
                self.start_new(focus=False)

    # List keys (ui/shortcuts.py): Ctrl+N, Delete, Ctrl+Up, Ctrl+Down -------------------------

    def list_view(self):
        return self.list

    def add_item(self) -> None:
        self.start_new(focus=True)

    def remove_item(self) -> None:
        self.remove()
        self.list.setFocus()

    def move_item(self, step: int) -> None:
        self.move(step)

    # Words each page gives -------------------------------------------------------------------

    def new_title(self) -> str:
        return self.tr("A new one")

    def edit_title(self) -> str:
        return self.tr("The chosen one")

    def new_hint(self) -> str:
        return ""

    def required_message(self) -> str:
        return self.tr("Please write a few words first.")

    def add_text(self) -> str:
        return ""

    def edit_text(self) -> str:
        return ""

    def move_text(self) -> str:
        return ""

    def remove_text(self) -> str:
        return ""


def _same(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str("" if a is None else a).strip() == str("" if b is None else b).strip()
    return a == b
