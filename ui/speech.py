"""Reading words aloud with QtTextToSpeech, where the computer has a voice.

QtTextToSpeech is imported only when something is first read (it loads audio libraries). The
engine is the platform's default, or the one named in SMALLSTEPS_SPEECH_ENGINE (tests use Qt's
"mock" engine: on a machine without sound the real one can hang). With no engine, or one in an
error state or without voices, `available()` is False and nothing is ever said.
"""

import os

from PySide6.QtCore import QObject, Signal

ENGINE_VARIABLE = "SMALLSTEPS_SPEECH_ENGINE"


class Speaker(QObject):
    """One voice for the program, created the first time it is needed."""

    speaking_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = None
        self._checked = False

    def _start(self) -> None:
        if self._checked:
            return
        self._checked = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # the audio libraries Qt needs are missing
            return
        wanted = os.environ.get(ENGINE_VARIABLE, "")
        engines = QTextToSpeech.availableEngines()
        if not engines or (wanted and wanted not in engines):
            return
        engine = QTextToSpeech(wanted, self) if wanted else QTextToSpeech(self)
        if engine.state() == QTextToSpeech.State.Error or not engine.availableVoices():
            engine.deleteLater()
            return
        self._speaking_state = QTextToSpeech.State.Speaking
        engine.stateChanged.connect(self._state_changed)
        self._engine = engine

    def _state_changed(self, state) -> None:
        self.speaking_changed.emit(state == self._speaking_state)

    def available(self) -> bool:
        """True when this computer has a voice to read with."""
        self._start()
        return self._engine is not None

    def say(self, text: str) -> bool:
        """Read `text` aloud (stopping anything being read); False if there is no voice."""
        if not self.available() or not text.strip():
            return False
        self._engine.stop()
        self._engine.say(text)
        return True

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()


_shared: Speaker | None = None


def shared_speaker() -> Speaker:
    """The program's one speaker (created on first use)."""
    global _shared
    if _shared is None:
        from PySide6.QtWidgets import QApplication

        _shared = Speaker(QApplication.instance())
    return _shared
