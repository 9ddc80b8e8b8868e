"""A "Read aloud" button: reads its words with the computer's voice for their language, or says
there is none.

A Welsh text is read with a Welsh voice. Where the computer has none, the button says so in
Welsh (with the English beside it when the window is in English) and, where the words have an
English version (an About me question), offers to read that instead.
"""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QPushButton

from ui import language
from ui.speech import shared_speaker

NO_WELSH_VOICE = QT_TRANSLATE_NOOP(
    "ReadAloudButton", "This computer has no Welsh voice, so Small Steps can't read this aloud "
    "in Welsh. A Welsh voice can be added to the computer (for example espeak-ng's Welsh voice).")
READ_ENGLISH = QT_TRANSLATE_NOOP("ReadAloudButton", "Read the English aloud")
CLOSE = QT_TRANSLATE_NOOP("ReadAloudButton", "Close")


def both(source: str) -> str:
    """Welsh first, then the English, unless the window is in Welsh already."""
    welsh = language.words_in("cy", "ReadAloudButton", source)
    return welsh if language.current_language() == "cy" else f"{welsh}\n\n{source}"


class ReadAloudButton(QPushButton):
    """Reads `text()` of its source when pressed, in the voice of `language()` (the window's
    language unless given). Where the computer has no voice at all, the button says so (and is
    switched off) instead of failing."""

    def __init__(self, words: Callable[[], str], label: str | None = None, what: str = "",
                 parent=None, speaker=None, language: Callable[[], str] | None = None,
                 english: Callable[[], str] | None = None):
        super().__init__(label or self.tr("Read aloud"), parent)
        self._words = words
        self._speaker = speaker
        self._language = language
        self._english = english
        self.setAccessibleName(what or self.tr("Read this aloud"))
        self.clicked.connect(self.read)

    def speaker(self):
        return self._speaker or shared_speaker()

    def words_language(self) -> str:
        return self._language() if self._language else language.current_language()

    def read(self) -> bool:
        speaker = self.speaker()
        if not speaker.available():
            self.show_no_voice()
            return False
        code = self.words_language()
        if speaker.has_voice_for(code):
            return speaker.say(self._words(), code)
        english = self._english() if self._english else ""
        if self.ask_to_read_english(offer=bool(english) and speaker.has_voice_for("en")):
            return speaker.say(english, "en")
        return False

    def ask_to_read_english(self, offer: bool) -> bool:
        """No voice for these words' language: said in Welsh, the English offered where there
        is an English version. True when the person chose to hear the English."""
        self.last_box = box = QMessageBox(QMessageBox.Icon.Information, self.tr("Read aloud"),
                                          both(NO_WELSH_VOICE), parent=self)
        read = None
        if offer:
            read = box.addButton(both(READ_ENGLISH).replace("\n\n", " / "),
                                 QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(read)
        box.addButton(both(CLOSE).replace("\n\n", " / "), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return read is not None and box.clickedButton() is read

    def show_no_voice(self) -> None:
        self.setText(self.tr("No voice on this computer"))
        self.setToolTip(self.tr(
            "This computer has no voice for reading aloud. A screen reader, or a voice added "
            "to the computer, can read Small Steps to you."
        ))
        self.setAccessibleName(self.tr("Reading aloud: this computer has no voice"))
        self.setEnabled(False)
