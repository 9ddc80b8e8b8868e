"""The answer being written: the person's words, its kind, who can see it and its picture.

Saved as it is typed (a moment after the person stops, and whenever they move on): the first
words make a new answer; more words change it. One answer's typing is one step to undo.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.about_me import AnswerTag, tag_label
from planner.services import about_me
from ui.commands.about_me import AddAnswerCommand, EditAnswerCommand
from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from ui.widgets.messages import FieldMessage
from ui.widgets.picture_images import lines_high, picture_pixmap
from ui.widgets.visibility import VisibilityCombo

SAVE_AFTER_MS = 700


class LargeTextEdit(QPlainTextEdit):
    """A box for writing in larger type; it follows the text-size setting."""

    def __init__(self, scale: float = 1.25, parent=None):
        super().__init__(parent)
        self._scale = scale
        self.setTabChangesFocus(True)
        self.follow_text_size()

    def follow_text_size(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * self._scale)
        self.setFont(font)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(int(lines * 4.5))
        self.setMaximumHeight(int(lines * 9))


class AnswerBox(QWidget):
    """Bound to one question of one plan; holds at most one answer at a time."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.area = self.prompt = ""
        self.answer: about_me.AnswerRecord | None = None
        self._waiting_add = None  # the answer's add, kept while the team database is away
        self._loading = False
        self._picture_id: int | None = None

        self.text = LargeTextEdit()
        self.text.setAccessibleName(self.tr("Your answer"))
        self.text.setPlaceholderText(self.tr("Write your answer here, in your own words."))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("What kind of answer this is"))
        self.tag.addItem(self.tr("(Nothing chosen)"), "")
        for tag in AnswerTag:
            self.tag.addItem(tag_label(tag), tag.value)
        self.visibility = VisibilityCombo()
        self.visibility.setAccessibleName(self.tr("Who can see this answer"))
        self.picture = QLabel()
        self.picture.hide()
        self.picture_words = QLabel()
        self.picture_words.setWordWrap(True)
        self.picture_words.hide()
        self.picture_button = QPushButton(self.tr("Add a &picture…"))
        self.picture_button.setAccessibleName(self.tr("Add a picture to this answer"))
        self.no_picture_button = QPushButton(self.tr("Take the picture off"))
        self.no_picture_button.setAccessibleName(self.tr("Take the picture off this answer"))
        self.no_picture_button.hide()
        self.message = FieldMessage()

        text_label = QLabel(self.tr("&Your answer"))
        text_label.setBuddy(self.text)
        form = QFormLayout()
        # Words above their choice: the choice gets the whole width, and shows in full at large text.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Kind of answer (if you like)"), self.tag)
        form.addRow(self.tr("Who can s&ee this"), self.visibility)
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        picture_row.addWidget(self.picture_words, 1)
        buttons = QWidget()
        flow = FlowLayout(buttons)
        flow.addWidget(self.picture_button)
        flow.addWidget(self.no_picture_button)
        fixed_height_for_width(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addLayout(picture_row)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self._save_words)
        self.text.textChanged.connect(self._typed)
        self.tag.activated.connect(lambda _i: self._save({"tag": self.tag.currentData()}))
        self.visibility.visibility_chosen.connect(lambda v: self._save({"visibility": v}))
        self.picture_button.clicked.connect(self.choose_picture)
        self.no_picture_button.clicked.connect(lambda: self._save({"picture_id": None}))

    # Showing -------------------------------------------------------------------------------

    def bind(self, plan_id: int, area: str, prompt: str, answer=None) -> None:
        """Work on `answer` (or a new one) for this question."""
        self.flush()
        self.plan_id, self.area, self.prompt, self.answer = plan_id, area, prompt, answer
        self._waiting_add = None
        self.message.show_message(None)
        self._show()

    def refresh(self) -> None:
        """Show the answer as saved (after an undo, say); forget it if it is gone."""
        if self.answer is None or self._timer.isActive():
            return  # nothing saved yet, or words still being typed: keep them
        try:
            self.answer = about_me.get_answer(self.session.db, self.answer.answer_id)
        except Exception:  # removed (undone): start a fresh answer
            self.answer = None
        self._show()

    def _show(self) -> None:
        answer = self.answer
        self._loading = True
        try:
            text = answer.text if answer else ""
            if self.text.toPlainText() != text:
                self.text.setPlainText(text)
                self.text.moveCursor(QTextCursor.MoveOperation.End)
            self.tag.setCurrentIndex(max(0, self.tag.findData(answer.tag if answer else "")))
            if answer is not None:
                self.visibility.set_visibility(answer.visibility)
            self._picture_id = answer.picture.picture_id if answer and answer.picture else None
            self._show_picture(answer.picture if answer else None)
        finally:
            self._loading = False

    def _show_picture(self, picture) -> None:
        has = picture is not None
        self.picture.setVisible(has)
        self.picture_words.setVisible(has)
        self.no_picture_button.setVisible(has)
        self.picture_button.setText(self.tr("Change the &picture…") if has else self.tr("Add a &picture…"))
        if has:
            self.picture.setPixmap(picture_pixmap(self.session.db, picture, lines_high(5)))
            self.picture.setAccessibleName(self.tr("Picture: {words}").format(words=picture.description))
            self.picture_words.setText(self.tr("Picture: {words}").format(words=picture.description))

    def start_new(self) -> None:
        """Keep the answer written so far, and start another for the same question."""
        self.flush()
        self.answer = self._waiting_add = None
        self.visibility.set_visibility(None)
        self._show()

    # Saving --------------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        """Save what is being typed now (before moving on, or when the program closes)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save_words()

    def _save_words(self) -> None:
        self._save({"text": self.text.toPlainText()})

    def has_unsaved_words(self) -> bool:
        return self._timer.isActive()

    def _typed_while_waiting(self, change: dict) -> bool:
        """An answer added while the team database was away: what is typed next goes with it, never
        into a second answer. True when that is taken care of."""
        add = self._waiting_add
        if add.record is not None or add.void:  # saved meanwhile (or refused: a new one is added)
            self._waiting_add, self.answer = None, add.record
            return False
        if add.reserved is not None:  # it may have reached the database: a change of it, in turn
            old = {field: add.values.get(field) for field in change}
            self.session.execute(EditAnswerCommand(self.session, self.plan_id, add.reserved, old, change))
        add.values.update(change)  # (not reached yet: it is added with what is typed now)
        return True

    def _save(self, change: dict) -> None:
        if self._loading or self.plan_id is None:
            return
        if self.answer is None and self._waiting_add is not None and self._typed_while_waiting(change):
            return
        if self.answer is None:
            values = {"text": self.text.toPlainText(), "tag": self.tag.currentData(),
                      "visibility": self.visibility.visibility(), "picture_id": self._picture_id}
            values.update(change)
            if not values["text"].strip() and values["picture_id"] is None:
                return  # nothing to keep yet; the choices wait for the first words
            command = AddAnswerCommand(self.session, self.plan_id, self.area, self.prompt, **values)
            error = self.session.execute(command)
            if error is None:
                self.answer = command.record
                self._waiting_add = command if command.record is None else None
        else:
            old = {field: (self.answer.picture.picture_id if self.answer.picture else None)
                   if field == "picture_id" else getattr(self.answer, field) for field in change}
            if old == change:
                return
            error = self.session.execute(
                EditAnswerCommand(self.session, self.plan_id, self.answer.answer_id, old, change)
            )
            if error is None:
                self.answer = about_me.get_answer(self.session.db, self.answer.answer_id)
        self.message.show_message(error)
        if error is None and "picture_id" in change:
            self._picture_id = change["picture_id"]
            self._show()

    def choose_picture(self) -> None:
        from ui.widgets.picture_picker import PicturePickerDialog

        self.flush()
        dialog = PicturePickerDialog(self.session, self.plan_id, self, self.visibility.visibility())
        if dialog.exec() and dialog.picture_id is not None:
            self._picture_id = dialog.picture_id
            self._save({"picture_id": dialog.picture_id})
            if self.answer is None:  # no words yet: the picture shows and waits for them
                from planner.services import pictures

                self._show_picture(pictures.get_picture(self.session.db, dialog.picture_id))
