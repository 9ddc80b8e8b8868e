"""Helpers for window tests: modal dialogs driven without blocking, text typed safely."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Type any text, Welsh letters and emoji included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def answer_dialog(monkeypatch, dialog_class, fill):
    """Replace `dialog_class.exec` with `fill(dialog)`; returns the list of dialogs shown."""
    shown = []

    def fake_exec(self):
        shown.append(self)
        return fill(self)

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return shown
