"""Reading words aloud with QtTextToSpeech, where the computer has a voice.

QtTextToSpeech is imported only when something is first read (it loads audio libraries). The
engine is the platform's default, or the one named in SMALLSTEPS_SPEECH_ENGINE (tests use Qt's
"mock" engine: on a machine without sound the real one can hang). With no engine, or one in an
error state or without voices, `available()` is False and nothing is ever said.

Each text is read in its own language: a Welsh text with a Welsh voice (espeak-ng's `cy` through
speech-dispatcher on Linux; the voices Windows and macOS offer), an English text with an English
one. Where there is no voice for the language, `say` reads nothing and says so (`NO_VOICE_FOR`).
"""

import os

from PySide6.QtCore import QLocale, QObject, Signal

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

    def locale_for(self, language: str) -> QLocale | None:
        """The engine's locale for `language` ("en", "cy"), or None when it has no voice for it."""
        if not self.available():
            return None
        wanted = QLocale(language).language()
        found = [locale for locale in self._engine.availableLocales() if locale.language() == wanted]
        if not found:
            return None
        # The United Kingdom's first (en_GB before en_US; cy_GB), then any.
        found.sort(key=lambda locale: locale.territory() != QLocale.Country.UnitedKingdom)
        return found[0]

    def has_voice_for(self, language: str) -> bool:
        return self.locale_for(language) is not None

    def say(self, text: str, language: str = "en") -> bool:
        """Read `text` aloud in `language`'s voice (stopping anything being read); False if
        there is no voice for that language (nothing is read in the wrong voice)."""
        if not text.strip():
            return False
        locale = self.locale_for(language)
        if locale is None:
            return False
        self._engine.stop()
        if self._engine.locale() != locale:
            self._engine.setLocale(locale)
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
