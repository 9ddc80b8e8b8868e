"""A "Read aloud" button: reads its words with the computer's voice, or says there is none."""

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton

from ui.speech import shared_speaker


class ReadAloudButton(QPushButton):
    """Reads `text()` of its source when pressed. Where the computer has no voice, the button
    says so (and is switched off) instead of failing."""

    def __init__(self, words: Callable[[], str], label: str | None = None, what: str = "",
                 parent=None, speaker=None):
        super().__init__(label or self.tr("Read aloud"), parent)
        self._words = words
        self._speaker = speaker
        self.setAccessibleName(what or self.tr("Read this aloud"))
        self.clicked.connect(self.read)

    def speaker(self):
        return self._speaker or shared_speaker()

    def read(self) -> bool:
        speaker = self.speaker()
        if not speaker.available():
            self.show_no_voice()
            return False
        return speaker.say(self._words())

    def show_no_voice(self) -> None:
        self.setText(self.tr("No voice on this computer"))
        self.setToolTip(self.tr(
            "This computer has no voice for reading aloud. A screen reader, or a voice added "
            "to the computer, can read Small Steps to you."
        ))
        self.setAccessibleName(self.tr("Reading aloud: this computer has no voice"))
        self.setEnabled(False)
