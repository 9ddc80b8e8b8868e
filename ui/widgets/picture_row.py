"""An item's picture in a form: the picture and its words, and buttons to choose or take it off."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.accessibility import sign_beside_words
from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from ui.widgets.picture_images import lines_high, picture_pixmap


class PictureRow(QWidget):
    choose_requested = Signal()
    remove_requested = Signal()

    def __init__(self, what: str, parent=None):
        super().__init__(parent)
        self.picture = QLabel()
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Add a &picture…"))
        self.choose_button.setAccessibleName(self.tr("Add a picture to this {what}").format(what=what))
        self.remove_button = QPushButton(self.tr("Take the picture off"))
        self.remove_button.setAccessibleName(self.tr("Take the picture off this {what}").format(what=what))
        self._what = what
        buttons = QWidget()
        flow = FlowLayout(buttons)
        flow.addWidget(self.choose_button)
        flow.addWidget(self.remove_button)
        fixed_height_for_width(buttons)
        top = QHBoxLayout()
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.choose_button.clicked.connect(self.choose_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        self.show_picture(None, None)

    def show_picture(self, db, picture) -> None:
        has = picture is not None
        self.picture.setVisible(has)
        self.words.setVisible(has)
        self.remove_button.setVisible(has)
        self.choose_button.setText(self.tr("Change the &picture…") if has else self.tr("Add a &picture…"))
        if has:
            self.picture.setPixmap(picture_pixmap(db, picture, lines_high(4)))
            words = self.tr("Picture: {words}").format(words=picture.description)
            sign_beside_words(self.picture)  # the words beside it say what it shows
            self.words.setText(words)
