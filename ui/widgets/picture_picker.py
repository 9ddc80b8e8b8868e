"""Choosing a picture: a symbol from the library, one already in the plan, or a photo.

Any part of the plan can use this dialog. Every picture asks for a few words saying what it
shows (its text alternative) and who can see it (just me, unless the person says otherwise).
On OK the picture is in the plan (one undoable step) and `picture_id` names it.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services import pictures
from ui.commands.pictures import AddPictureCommand, EditPictureCommand, SetProfilePhotoCommand
from ui.models.symbol_model import KEY_ROLE, SymbolListModel
from ui.widgets.messages import FieldMessage
from ui.widgets.picture_images import photo_pixmap, picture_pixmap, symbol_jpeg
from ui.widgets.picture_import import PhotoImporter
from ui.widgets.visibility import VisibilityCombo

PHOTO_FILTER = QT_TRANSLATE_NOOP("PicturePicker", "Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.JPG *.JPEG *.PNG);;All files (*)")
ICON = 64


def _icon_list(view: QListView) -> None:
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setIconSize(QSize(ICON, ICON))
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setWordWrap(True)
    view.setUniformItemSizes(True)
    view.setSpacing(4)
    view.setGridSize(QSize(ICON * 2, ICON * 2))


class PicturePickerDialog(QDialog):
    def __init__(self, session, plan_id: int, parent=None, visibility: str | None = None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.picture_id: int | None = None
        self._choice: tuple[str, object] | None = None  # ("symbol", key) / ("photo", jpeg) / ("mine", id)
        self._auto_description = ""
        self.setWindowTitle(self.tr("Choose a picture"))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Where the picture comes from"))
        # Symbols
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a word, like tea, dog or garden"))
        self.search.setAccessibleName(self.tr("Find a symbol by a word"))
        self.search.setClearButtonEnabled(True)
        self.symbol_model = SymbolListModel(self, ICON)
        from ui.language import search_languages

        self.symbol_model.set_languages(search_languages(session.db, plan_id))
        self.symbols = QListView()
        _icon_list(self.symbols)
        self.symbols.setModel(self.symbol_model)
        self.symbols.setAccessibleName(self.tr("Symbols"))
        self.no_symbols = QLabel(self.tr("No symbol matches that word. Try another word."))
        self.no_symbols.setWordWrap(True)
        self.no_symbols.hide()
        symbol_tab = QWidget()
        symbol_layout = QVBoxLayout(symbol_tab)
        find_label = QLabel(self.tr("&Find a symbol:"))
        find_label.setBuddy(self.search)
        symbol_layout.addWidget(find_label)
        symbol_layout.addWidget(self.search)
        symbol_layout.addWidget(self.no_symbols)
        symbol_layout.addWidget(self.symbols, 1)
        self.tabs.addTab(symbol_tab, self.tr("Symbols"))
        # Pictures already in this plan
        self.mine = QListWidget()
        _icon_list(self.mine)
        self.mine.setAccessibleName(self.tr("Pictures already in your plan"))
        for record in pictures.list_pictures(session.db, plan_id):
            item = QListWidgetItem(picture_pixmap(session.db, record, ICON), record.description)
            item.setData(Qt.ItemDataRole.UserRole, record.picture_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, record.description)
            self.mine.addItem(item)
        mine_tab = QWidget()
        mine_layout = QVBoxLayout(mine_tab)
        if not self.mine.count():
            empty = QLabel(self.tr("There are no pictures in your plan yet."))
            empty.setWordWrap(True)
            mine_layout.addWidget(empty)
        mine_layout.addWidget(self.mine, 1)
        self.tabs.addTab(mine_tab, self.tr("My pictures"))
        # A photo from this computer
        self.choose_photo = QPushButton(self.tr("&Choose a photo from this computer…"))
        self.choose_photo.setAccessibleName(self.tr("Choose a photo from this computer"))
        self.photo_status = QLabel(self.tr(
            "You can use a JPEG, PNG, WebP, GIF or BMP photo. Small Steps keeps only the picture: "
            "where and when it was taken, and the camera, are left out."
        ))
        self.photo_status.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(ICON * 2)
        photo_tab = QWidget()
        photo_layout = QVBoxLayout(photo_tab)
        photo_layout.addWidget(self.choose_photo)
        photo_layout.addWidget(self.photo_status)
        photo_layout.addWidget(self.preview, 1)
        self.tabs.addTab(photo_tab, self.tr("A photo"))

        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What the picture shows, in a few words"))
        self.description.setPlaceholderText(self.tr("For example: my dog Mot"))
        self.visibility = VisibilityCombo()
        self.visibility.set_visibility(visibility)
        self.visibility.setAccessibleName(self.tr("Who can see this picture"))
        self.as_my_photo = QCheckBox(self.tr("Also use it as &my own photo"))
        self.as_my_photo.setAccessibleName(self.tr("Also use this picture as my own photo"))
        self.chosen = QLabel(self.tr("No picture chosen yet."))
        self.chosen.setWordWrap(True)
        self.message = FieldMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("What does it &show?"), self.description)
        form.addRow(self.tr("Who can s&ee it?"), self.visibility)
        form.addRow("", self.as_my_photo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this picture"))
        self.ok_button.setAccessibleName(self.tr("Use this picture"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.chosen)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 620)

        self.importer = PhotoImporter(self)
        self.search.textChanged.connect(self._search)
        self.symbols.selectionModel().currentChanged.connect(self._symbol_chosen)
        self.mine.currentItemChanged.connect(self._mine_chosen)
        self.choose_photo.clicked.connect(self._pick_file)
        self.importer.started.connect(self._photo_started)
        self.importer.finished.connect(self._photo_ready)
        self.importer.failed.connect(self._photo_failed)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    # Choosing ------------------------------------------------------------------------------

    def _search(self, words: str) -> None:
        self.symbol_model.search(words)
        self.no_symbols.setVisible(self.symbol_model.rowCount() == 0)

    def _describe(self, words: str) -> None:
        """Offer words for the picture, without overwriting what the person typed."""
        if not self.description.text().strip() or self.description.text() == self._auto_description:
            self.description.setText(words)
            self._auto_description = words

    def _symbol_chosen(self, current, _previous=None) -> None:
        symbol = self.symbol_model.symbol_at(current.row()) if current.isValid() else None
        if symbol is None:
            return
        self._choice = ("symbol", symbol.key)
        self.chosen.setText(self.tr("Chosen: the symbol “{name}”.").format(name=symbol.name))
        self._describe(symbol.name)
        self._update_ok()

    def choose_symbol(self, key: str) -> None:
        """Choose a symbol by its key (as clicking it would)."""
        for row in range(self.symbol_model.rowCount()):
            if self.symbol_model.index(row).data(KEY_ROLE) == key:
                self.symbols.setCurrentIndex(self.symbol_model.index(row))
                return

    def _mine_chosen(self, item, _previous=None) -> None:
        if item is None:
            return
        record = pictures.get_picture(self.session.db, int(item.data(Qt.ItemDataRole.UserRole)))
        self._choice = ("mine", record.picture_id)
        self.chosen.setText(self.tr("Chosen: a picture already in your plan."))
        self.description.setText(record.description)
        self._auto_description = record.description
        self.visibility.set_visibility(record.visibility)
        self._update_ok()

    def ask_for_photo_file(self) -> str:
        """The path of a photo chosen by the person ("" if they cancel)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", QCoreApplication.translate("PicturePicker", PHOTO_FILTER)
        )
        return path

    def _pick_file(self) -> None:
        path = self.ask_for_photo_file()
        if path:
            self.read_photo(path)

    def read_photo(self, path: str) -> None:
        """Read, check and clean a photo off the window's thread."""
        self.importer.read(path)

    def _photo_started(self) -> None:
        self.message.show_message(None)
        self.photo_status.setText(self.tr("Getting your photo ready…"))
        self.preview.clear()
        if self._choice and self._choice[0] == "photo":
            self._choice = None
        self._update_ok()

    def _photo_ready(self, jpeg: bytes) -> None:
        self._choice = ("photo", jpeg)
        self.photo_status.setText(self.tr("Your photo is ready. Where and when it was taken, "
                                          "and the camera, have been left out."))
        self.preview.setPixmap(photo_pixmap(jpeg, ICON * 3))
        self.preview.setAccessibleName(self.tr("The photo you chose"))
        self.chosen.setText(self.tr("Chosen: your photo."))
        self._auto_description = ""
        self._update_ok()
        self.description.setFocus()

    def _photo_failed(self, message: str) -> None:
        self.photo_status.setText(self.tr("That photo could not be used."))
        self.message.show_message(message)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self._choice is not None and not self.importer.busy)

    # Finishing -----------------------------------------------------------------------------

    def _try_accept(self) -> None:
        if self._choice is None:
            self.message.show_message(self.tr("Please choose a picture first."))
            return
        kind, value = self._choice
        words, seen_by = self.description.text(), self.visibility.visibility()
        if kind == "mine":
            record = pictures.get_picture(self.session.db, int(value))
            new = {"description": words, "visibility": seen_by}
            old = {"description": record.description, "visibility": record.visibility}
            if new != old:
                error = self.session.execute(
                    EditPictureCommand(self.session, self.plan_id, record.picture_id, old, new)
                )
                if error:
                    self.message.show_message(error)
                    return
            self.picture_id = record.picture_id
        else:
            command = AddPictureCommand(
                self.session, self.plan_id, words, seen_by,
                symbol_key=value if kind == "symbol" else None,
                jpeg=value if kind == "photo" else None,
            )
            error = self.session.execute(command)
            if error:
                self.message.show_message(error)
                self.description.setFocus()
                return
            if command.record is None:  # waiting for the team database: it joins the plan's pictures
                self.reject()  # once saved (chosen from them then), and is never added twice
                return
            self.picture_id = command.record.picture_id
        if self.as_my_photo.isChecked():
            self._make_my_photo(words)
        self.accept()

    def _make_my_photo(self, words: str) -> None:
        record = pictures.get_picture(self.session.db, self.picture_id)
        jpeg = (symbol_jpeg(record.symbol_key) if record.kind == "symbol"
                else pictures.photo_jpeg(self.session.db, record.picture_id))
        self.session.execute(SetProfilePhotoCommand(self.session, self.plan_id, jpeg, words))

    def reject(self) -> None:
        self.importer.cancel()
        super().reject()
