"""Text fields that save themselves: no Save button, nothing lost when the person moves on."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit


class SavingTextEdit(QPlainTextEdit):
    """Several lines of the person's own words. `settled` says the words are ready to save:
    after a short pause in typing, when the field is left, or when `flush()` is called."""

    settled = Signal(str)

    def __init__(self, parent=None, max_height: int = 110):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(max_height)
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(700)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._quiet:
            self._timer.start()

    def _emit(self) -> None:
        self._timer.stop()
        self.settled.emit(self.toPlainText())

    def flush(self) -> None:
        if self._timer.isActive():
            self._emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        if self.window().isVisible():  # closing, the window saves everything first (MainWindow.closeEvent)
            self.flush()
        super().focusOutEvent(event)

    def set_text_quietly(self, text: str) -> None:
        """Show saved words without saving them again.

        While the person is typing here, words that differ only in the spaces Small Steps trims
        are left alone, so the cursor never jumps; other changes (Undo) keep the cursor's place.
        """
        current = self.toPlainText()
        if current == text or (self.hasFocus() and current.strip() == text.strip()):
            return
        self._timer.stop()
        position = self.textCursor().position()
        self._quiet = True
        try:
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.setTextCursor(cursor)
        finally:
            self._quiet = False


def date_field(parent=None, *, past_only: bool = False):
    """The one date field (ui/widgets/date_field.py): any usual way of writing a date, a calendar,
    read back in words."""
    from ui.widgets.date_field import DateField

    return DateField(parent, past_only=past_only)
