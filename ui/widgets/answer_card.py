"""One answer, as shown under its question: the person's words, its picture, its tag, who can
see it (in words and a sign), and buttons to change, move, remove or hear it."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.about_me import tag_label
from planner.domain.visibility import Visibility, visibility_label
from ui import language
from ui.accessibility import sign_beside_words
from ui.widgets.colours import CARD_BACKGROUND, paint_panel
from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from ui.widgets.picture_images import lines_high, picture_pixmap
from ui.widgets.read_aloud import ReadAloudButton
from ui.widgets.visibility import ICONS

PREVIEW_CHARS = 600  # longer answers are kept whole; the card shows their start
THUMBNAIL_LINES = 4


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


class VisibilityBadge(QWidget):
    """Who can see an item: a sign and the words, never colour alone."""

    def __init__(self, visibility: str, parent=None):
        super().__init__(parent)
        self.visibility = visibility
        icon = QLabel()
        words = QLabel(self.tr("Who can see this: {who}").format(who=visibility_label(visibility)))
        words.setWordWrap(True)
        sign_beside_words(icon)  # the sign only repeats the words beside it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(words, 1)
        self.icon, self.words = icon, words
        self.follow_text_size()

    def follow_text_size(self) -> None:
        self.icon.setPixmap(_sign(self.visibility, lines_high(1.1)))


_SIGNS: dict[tuple[str, int], QPixmap] = {}


def _sign(visibility: str, size: int) -> QPixmap:
    """The sign of who can see an item, drawn once for each size (a page shows dozens)."""
    key = (visibility, size)
    if key not in _SIGNS:
        _SIGNS[key] = ICONS[Visibility(visibility)](size * 2).pixmap(size, size)
    return _SIGNS[key]


class AnswerCard(QFrame):
    change_requested = Signal(int)
    move_requested = Signal(int, int)  # answer id, -1 up / +1 down
    remove_requested = Signal(int)

    def __init__(self, db, answer, number: int, first: bool, last: bool, parent=None):
        super().__init__(parent)
        self.answer = answer
        self.setObjectName("answerCard")
        paint_panel(self, CARD_BACKGROUND)
        words = answer.text or self.tr("(A picture, no words)")
        self.text = QLabel(preview(words))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Answer {number}").format(number=number))
        self.text.setAccessibleDescription(preview(words, 2000))
        details = QVBoxLayout()
        details.addWidget(self.text)
        if len(answer.text) > PREVIEW_CHARS:
            more = QLabel(self.tr("This answer is longer: choose Change to see all of it."))
            more.setWordWrap(True)
            details.addWidget(more)
        if answer.tag:
            tag = QLabel(tag_label(answer.tag))
            tag.setWordWrap(True)
            details.addWidget(tag)
        self.badge = VisibilityBadge(answer.visibility)
        details.addWidget(self.badge)

        self.change_button = QPushButton(self.tr("Change"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        # The person's own words are read in the plan's language (set by the page showing it).
        self.words_language: str | None = None
        self.read_button = ReadAloudButton(
            lambda: answer.text or (answer.picture.description if answer.picture else ""),
            language=lambda: self.words_language or language.current_language())
        for button, name in (
            (self.change_button, self.tr("Change answer {number}")),
            (self.up_button, self.tr("Move answer {number} up")),
            (self.down_button, self.tr("Move answer {number} down")),
            (self.remove_button, self.tr("Remove answer {number}")),
            (self.read_button, self.tr("Read answer {number} aloud")),
        ):
            button.setAccessibleName(name.format(number=number))
        self.up_button.setEnabled(not first)
        self.down_button.setEnabled(not last)
        buttons = QWidget()
        flow = FlowLayout(buttons)
        for button in (self.change_button, self.up_button, self.down_button, self.remove_button,
                       self.read_button):
            flow.addWidget(button)
        fixed_height_for_width(buttons)
        details.addWidget(buttons)

        row = QHBoxLayout(self)
        if answer.picture is not None:
            thumb = QLabel()
            thumb.setPixmap(picture_pixmap(db, answer.picture, lines_high(THUMBNAIL_LINES)))
            thumb.setAccessibleName(self.tr("Picture: {words}").format(words=answer.picture.description))
            thumb.setToolTip(answer.picture.description)
            thumb.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(thumb, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(details, 1)

        self.change_button.clicked.connect(lambda: self.change_requested.emit(answer.answer_id))
        self.up_button.clicked.connect(lambda: self.move_requested.emit(answer.answer_id, -1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(answer.answer_id, 1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(answer.answer_id))
