"""Keyboard shortcuts: one place that defines them, lists them (Help → Keyboard shortcuts) and
sends the list keys to whichever list the person is in.

A widget that holds a list takes part by having any of these methods:
- `add_item()`: Ctrl+N adds one of what the list holds (a moment, a goal, a step, a need, a person);
- `remove_item()`: Delete takes the chosen one off (only while the list itself has the keyboard);
- `move_item(step)`: Ctrl+Up and Ctrl+Down move the chosen one (while the list has the keyboard);
- `list_view()`: the list those keys act in.
The nearest such widget around the keyboard focus gets the key; with none, Ctrl+N goes to the
page shown. One window-level action per key, so two shortcuts never fight over the same key.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# (keys as Qt writes them, what they do), in the order Help lists them.
SHORTCUTS = [
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add one more to the list you are in (a moment, a goal, a step, "
                                              "a need, a person)")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Take the chosen item off the list you are in (Undo brings it back)")),
    ("Ctrl+Up", QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen item up the list")),
    ("Ctrl+Down", QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen item down the list")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last change")),
    ("Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Redo what was undone (Ctrl+Shift+Z does the same)")),
    ("Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Go to the next part of the plan")),
    ("Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Go to the part of the plan before")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "In a date: choose the date from a calendar")),
    ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Go to the next thing you can use (Shift+Tab: the one before). "
                                           "Tab always leaves a table")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "In a table: change the words in a box (Escape leaves them as they were)")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "In About me, one question at a time: go on to the next question")),
    ("Alt", QT_TRANSLATE_NOOP("Shortcuts", "With the underlined letter of a button or a field: go straight to it")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings: text size, colours, larger controls")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts")),
]


def shortcut_rows() -> list[tuple[str, str]]:
    """The shortcuts as a person reads them: keys in this computer's words, what they do translated."""
    return [(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys,
             QCoreApplication.translate("Shortcuts", words)) for keys, words in SHORTCUTS]


def _holder(method: str, start: QWidget | None) -> QWidget | None:
    widget = start
    while widget is not None:
        if callable(getattr(widget, method, None)):
            return widget
        widget = widget.parentWidget()
    return None


def _in_list(holder: QWidget) -> bool:
    """The keyboard is in the holder's list itself (not in a field or on a button)."""
    view = holder.list_view() if callable(getattr(holder, "list_view", None)) else None
    focus = QApplication.focusWidget()
    return view is not None and focus is not None and (focus is view or view.isAncestorOf(focus))


class ListKeys:
    """The window's list keys: Ctrl+N, Delete, Ctrl+Up, Ctrl+Down."""

    def __init__(self, window, current_page):
        self.window = window
        self.current_page = current_page  # a callable: the page shown now
        self.actions = []
        for keys, slot in (("Ctrl+N", self.add), ("Delete", self.remove), ("Ctrl+Up", lambda: self.move(-1)),
                           ("Ctrl+Down", lambda: self.move(1))):
            action = QAction(window)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            window.addAction(action)
            self.actions.append(action)

    def add(self) -> None:
        holder = _holder("add_item", QApplication.focusWidget())
        if holder is None or not holder.isVisible():
            page = self.current_page()
            holder = page if callable(getattr(page, "add_item", None)) else None
            if holder is None and page is not None:
                holder = next((w for w in page.findChildren(QWidget)
                               if callable(getattr(w, "add_item", None)) and w.isVisible()), None)
        if holder is not None:
            holder.add_item()

    def remove(self) -> None:
        holder = _holder("remove_item", QApplication.focusWidget())
        if holder is not None and _in_list(holder):
            holder.remove_item()

    def move(self, step: int) -> None:
        holder = _holder("move_item", QApplication.focusWidget())
        if holder is not None and _in_list(holder):
            holder.move_item(step)
