"""One place where every widget is made readable by screen readers, whatever page made it.

Installed once on the application (`install`); it works on each widget when Qt first polishes it,
so no page has to remember these rules:

- A combo box says what it is for. On Linux, Qt's own combo box reports its current choice as
  its name ("Just me", "(Nothing chosen)") and drops the accessible name given to it; ours reports
  the accessible name (or its label's words) as the name and the choice as the value.
- A label with a buddy names its buddy when the buddy has no name of its own.
- A scroll area never takes a Tab stop of its own: the controls in it do, and it scrolls to them.
- The clear button Qt adds to a search field has a name.
"""

import functools
import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QWidget,
)

_INSTALLED = "smallsteps_accessibility_installed"
_log = logging.getLogger(__name__)


def plain(text: str) -> str:
    """A label's words as a screen reader should say them: no mnemonic '&', no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":…").strip()


def label_for(widget: QWidget) -> str:
    """The words of the label whose buddy is this widget, if there is one in its window."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return plain(label.text())
    return ""


def _never_raises(default):
    """For a method Qt's accessibility bridge calls from C++: a Python exception must never get
    back to it. (PySide 6.12 crashed storing one: a screen reader's question about a combo box
    being taken down, in the middle of saving a file, stopped the whole program.) The screen
    reader gets a plain answer instead, and the cause is logged."""

    def wrap(method):
        @functools.wraps(method)
        def safe(self, *args):
            try:
                return method(self, *args)
            except Exception:  # noqa: BLE001 (see above)
                _log.exception("A screen reader's question could not be answered")
                return default() if callable(default) else default

        return safe

    return wrap


class ComboBoxAccessible(QAccessibleWidget):
    """A combo box as a screen reader needs it: name = what it is for, value = the choice."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo, QAccessible.Role.ComboBox)

    def _combo(self) -> QComboBox | None:
        """The combo box, or None while it is being taken down (Qt may still ask about it then,
        and its object is by that time only a QWidget)."""
        combo = self.widget()
        return combo if isinstance(combo, QComboBox) and shiboken6.isValid(combo) else None

    @_never_raises("")
    def text(self, kind):  # noqa: D102
        combo = self._combo()
        if combo is None:
            return ""
        if kind == QAccessible.Text.Name:
            return combo.accessibleName() or label_for(combo) or combo.toolTip()
        if kind == QAccessible.Text.Value:
            return combo.lineEdit().text() if combo.isEditable() and combo.lineEdit() else combo.currentText()
        if kind == QAccessible.Text.Description:
            description = combo.accessibleDescription()
            choice = combo.currentText()
            return f"{description} {choice}".strip() if description else choice
        return super().text(kind)

    def _children(self) -> list:
        combo = self._combo()
        if combo is None:
            return []
        children = [combo.view()]
        if combo.isEditable() and combo.lineEdit() is not None:
            children.insert(0, combo.lineEdit())
        # A combo box's list can be gone before the combo box is (seen: "QListView already deleted").
        return [child for child in children if child is not None and shiboken6.isValid(child)]

    @_never_raises(0)
    def childCount(self) -> int:  # noqa: N802
        return len(self._children())

    @_never_raises(None)
    def child(self, index: int):
        children = self._children()
        return QAccessible.queryAccessibleInterface(children[index]) if 0 <= index < len(children) else None

    @_never_raises(-1)
    def indexOfChild(self, child) -> int:  # noqa: N802
        if child is None:
            return -1
        children = self._children()
        return children.index(child.object()) if child.object() in children else -1

    @_never_raises(list)
    def actionNames(self) -> list:  # noqa: N802
        combo = self._combo()
        if combo is None:
            return []
        names = [QAccessibleActionInterface.showMenuAction(), QAccessibleActionInterface.pressAction()]
        if combo.focusPolicy() != Qt.FocusPolicy.NoFocus:
            names.append(QAccessibleActionInterface.setFocusAction())  # how AT-SPI's GrabFocus reaches it
        return names

    @_never_raises(None)
    def doAction(self, name: str) -> None:  # noqa: N802
        combo = self._combo()
        if combo is None:
            return
        if name in (QAccessibleActionInterface.showMenuAction(), QAccessibleActionInterface.pressAction()):
            combo.showPopup()
        elif name == QAccessibleActionInterface.setFocusAction() and combo.isEnabled():
            combo.setFocus(Qt.FocusReason.OtherFocusReason)


def sign_beside_words(sign: QWidget) -> None:
    """A sign (picture, icon) next to words that say the same: a screen reader reads the words
    once, and skips the sign (an unnamed graphic), so nothing is read twice."""
    sign.setAccessibleName("")
    sign.setAccessibleDescription("")


# Python keeps each interface it made alive for as long as Qt uses it: Qt's accessibility cache
# holds the C++ object, and a Python wrapper that died early would leave Qt a dangling pointer.
# Qt deletes the interface when the combo box goes; the wrapper is let go a moment later.
_KEEP: dict[int, "ComboBoxAccessible"] = {}


def _factory(class_name: str, obj: QObject):
    if class_name == "QComboBox" and isinstance(obj, QComboBox):
        face = ComboBoxAccessible(obj)
        key = id(face)
        _KEEP[key] = face
        obj.destroyed.connect(lambda *_args, key=key: QTimer.singleShot(0, lambda: _KEEP.pop(key, None)))
        return face
    return None


def name_combo(combo: QComboBox) -> None:
    """Give the combo box's list (and its typing field) the combo's name too."""
    name = combo.accessibleName() or label_for(combo)
    if not name:
        return
    if not combo.accessibleName():
        combo.setAccessibleName(name)
    combo.view().setAccessibleName(QCoreApplication.translate("Accessibility", "Choices for: {name}").format(name=name))
    if combo.isEditable() and combo.lineEdit() is not None:
        combo.lineEdit().setAccessibleName(name)


def polish(widget: QWidget) -> None:
    """The rules, for one widget (safe to run again)."""
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        buddy = widget.buddy()
        if not buddy.accessibleName() and widget.text():
            buddy.setAccessibleName(plain(widget.text()))
        if isinstance(buddy, QComboBox):
            name_combo(buddy)
    elif isinstance(widget, QComboBox):
        name_combo(widget)
    elif isinstance(widget, QScrollArea) or (
            type(widget) is QAbstractScrollArea and not widget.accessibleName()):
        widget.setFocusPolicy(widget.focusPolicy().NoFocus)
    elif isinstance(widget, QLineEdit) and widget.isClearButtonEnabled():
        for button in widget.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(QCoreApplication.translate("Accessibility", "Clear what is typed"))


_POLISH = QEvent.Type.Polish


class _PolishFilter(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        # Every event of the program passes here (thousands as a page is shown): one comparison.
        if event.type() == _POLISH and isinstance(obj, QWidget):
            polish(obj)
        return False


def install(app: QApplication | None = None) -> None:
    """Put the rules in place for every widget the program makes (once per application)."""
    app = app or QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    QAccessible.installFactory(_factory)
    polish_filter = _PolishFilter(app)
    app.installEventFilter(polish_filter)
    app._smallsteps_polish_filter = polish_filter  # kept alive with the application
    for widget in app.allWidgets():  # made before now (the window's frame, installed after its first paint)
        polish(widget)
