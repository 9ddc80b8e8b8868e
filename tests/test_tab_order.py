"""Tab from the first control reaches every enabled control and comes back round, on the start
window, every part of the example plan and the dialogs: no keyboard trap, nothing skipped."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.test_accessibility import settle


def reachable(root: QWidget) -> set:
    """The controls Tab should reach: shown, enabled, taking Tab."""
    found = set()
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or not widget.isVisibleTo(root.window()) or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        if not widget.isVisible():
            continue
        found.add(widget)
    return found


def tab_round(start: QWidget, limit: int = 400) -> list:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    first = QApplication.focusWidget()
    assert first is not None, f"nothing took the keyboard from {type(start).__name__} {start.accessibleName()!r}"
    seen = [first]
    for _ in range(limit):
        QTest.keyClick(seen[-1], Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None, f"the keyboard was lost after {type(seen[-1]).__name__} {seen[-1].accessibleName()!r}"
        if now is first:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to {type(first).__name__} {first.accessibleName()!r}: a trap near "
                         f"{[type(w).__name__ + ' ' + w.accessibleName() for w in seen[-5:]]}")


def check(root: QWidget, start: QWidget, where: str) -> None:
    root.window().activateWindow()
    QTest.qWaitForWindowActive(root.window())
    seen = set(tab_round(start))
    skipped = [f"{type(w).__name__} {w.accessibleName()!r}" for w in reachable(root) - seen
               if not any(w.isAncestorOf(s) for s in seen if s is not None)]
    assert skipped == [], where


def test_tab_goes_round_every_page(window):
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    settle()
    check(window, window.caseload.search, "start window")
    window.caseload.example_button.click()
    settle()
    view = window.plan_view
    for row in range(view.parts.count()):
        view.parts.setCurrentRow(row)
        settle()
        check(window, view.parts, view.parts.item(row).text())


def test_tab_goes_round_the_dialogs(window):
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.name_dialog import NameDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog

    window.caseload.example_button.click()
    settle()
    for dialog in (NameDialog("t", "What is their name?", parent=window), SettingsDialog(window),
                   AboutDialog(window), ShortcutsDialog(window)):
        dialog.show()
        dialog.activateWindow()
        settle()
        first = dialog.focusWidget() or dialog.nextInFocusChain()
        check(dialog, first, type(dialog).__name__)
        dialog.close()
