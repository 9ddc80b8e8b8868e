"""A visible focus everywhere (WCAG 2.4.7): on the start window, every part of the example plan and
every dialog, in each theme, every control Tab can reach visibly changes when it gets the keyboard:
at least a ring's worth of its pixels change by 3:1 or more (the ring in the theme's focus colour). The ring's contrast against each background is in tests/test_contrast.py.

The charts take no Tab stop (their words are in the list beside each); were one to take it, it is
skipped here as a QGraphicsView: the chart widgets belong to ui/widgets/chart_view.py."""

import functools
from array import array

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView

from tests.test_accessibility import all_pages, settle
from tests.test_tab_order import reachable
from ui import settings, theme
from ui.widgets.colours import contrast_ratio

NON_TEXT = 3.0  # WCAG: a focus indicator changes by at least 3:1

RING = 40  # pixels: a 2-pixel ring round even a small check box is well over this


def picture(widget) -> array:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return array("I", bytes(image.constBits()))


@functools.lru_cache(maxsize=4096)
def _ratio(before: int, after: int) -> float:
    return contrast_ratio(f"#{before & 0xFFFFFF:06x}", f"#{after & 0xFFFFFF:06x}")


def seen_change(before: array, after: array) -> int:
    """Pixels that change between the two pictures by at least 3:1 (a change a person can see)."""
    if len(before) != len(after):
        return len(after)
    return sum(1 for b, a in zip(before, after, strict=True) if b != a and _ratio(b, a) >= NON_TEXT)


def unseen_focus(root, elsewhere, controls) -> list[str]:
    """The controls that do not visibly change when they get the keyboard."""
    missing = []
    for widget in controls:
        if isinstance(widget, QGraphicsView) or widget is elsewhere:
            continue  # the charts draw their own ring (helper "charts")
        elsewhere.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
        before = picture(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)  # not Tab: a field would select its words
        QApplication.processEvents()
        if not widget.hasFocus():
            continue  # it passes the keyboard on (a proxy); what gets it is checked itself
        changed = seen_change(before, picture(widget))
        if changed < RING:
            missing.append(f"{type(widget).__name__} {widget.accessibleName()!r} ({changed} pixels)")
    return missing


def controls_of(root) -> list:
    return sorted(reachable(root), key=lambda w: (type(w).__name__, w.accessibleName()))


@pytest.mark.parametrize("key", list(theme.THEMES))
def test_every_control_shows_it_has_the_keyboard(window, qapp, key):
    from tests.every_dialog import every_dialog

    theme.apply_theme(qapp, key)
    problems = {}
    try:
        window.resize(1280, 800)
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        for page in all_pages(window):
            settle()
            controls = controls_of(window)
            if page == "caseload":
                found = unseen_focus(window, window.caseload.search, controls)
            else:
                parts, back = window.plan_view.parts, window.plan_view.back_button
                found = unseen_focus(window, parts, controls) + unseen_focus(window, back, [parts])
            if found:
                problems[page] = found
        for name, dialog in every_dialog(window):
            dialog.show()
            dialog.activateWindow()
            QTest.qWaitForWindowActive(dialog)
            settle()
            controls = controls_of(dialog)
            if len(controls) > 1:
                found = (unseen_focus(dialog, controls[0], controls[1:])
                         + unseen_focus(dialog, controls[1], controls[:1]))
                if found:
                    problems[name] = found
            dialog.close()
            dialog.deleteLater()
    finally:
        theme.apply_theme(qapp, settings.theme_key())
    assert problems == {}, "\n".join(f"{key} {where}: {found}" for where, found in problems.items())
