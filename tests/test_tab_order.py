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
    assert skipped == [], f"{where}: Tab never reached {skipped}"


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


def test_tab_goes_round_every_dialog(window):
    from tests.every_dialog import every_dialog

    window.caseload.example_button.click()
    settle()
    trapped = {}
    for name, dialog in every_dialog(window):
        dialog.show()
        dialog.activateWindow()
        settle()
        first = dialog.focusWidget() or dialog.nextInFocusChain()
        try:
            check(dialog, first, name)
        except AssertionError as problem:
            trapped[name] = str(problem)
        dialog.close()
        dialog.deleteLater()
    assert trapped == {}
