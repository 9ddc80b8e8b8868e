"""A visible focus everywhere (WCAG 2.4.7): on the start window, every part of the example plan and
every dialog, in each theme, every control Tab can reach visibly changes when it gets the keyboard:
at least a ring's worth of its pixels change by 3:1 or more (the ring in the theme's focus colour). The ring's contrast against each background is in tests/test_contrast.py.

The charts take no Tab stop (their words are in the list beside each); were one to take it, it is
skipped here as a QGraphicsView: the chart widgets belong to ui/widgets/chart_view.py."""

import pytest
from PIL import Image, ImageMath
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsView

from tests.test_accessibility import all_pages, settle
from tests.test_tab_order import reachable
from ui import settings, theme

NON_TEXT = 3.0  # WCAG: a focus indicator changes by at least 3:1

RING = 40  # pixels: a 2-pixel ring round even a small check box is well over this


# Each channel to linear light (0-255), so that Pillow can weigh them into relative luminance.
_LINEAR = [round(255 * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4))
           for c in (v / 255 for v in range(256))] * 3
_LUMINANCE = (0.2126, 0.7152, 0.0722, 0)


def picture(widget) -> Image.Image:
    """The widget as drawn now, as relative luminance (0-255, linear)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rgb = Image.frombuffer("RGBX", (image.width(), image.height()), bytes(image.constBits()), "raw", "BGRX", 0, 1)
    return rgb.convert("RGB").point(_LINEAR).convert("L", _LUMINANCE)


def seen_change(before: Image.Image, after: Image.Image) -> int:
    """Pixels that change between the two pictures by at least 3:1 (WCAG's contrast ratio,
    (lighter + 0.05) / (darker + 0.05), on luminance scaled to 255)."""
    if before.size != after.size:
        return after.width * after.height
    offset = 0.05 * 255
    seen = ImageMath.lambda_eval(
        lambda e: e["convert"]((e["max"](e["a"], e["b"]) + offset) >= (e["min"](e["a"], e["b"]) + offset) * NON_TEXT,
                               "L"), a=before, b=after)
    return seen.histogram()[1]


def unseen_focus(root, elsewhere, controls) -> list[str]:
    """The controls that do not visibly change when they get the keyboard."""
    missing = []
    for widget in controls:
        if isinstance(widget, QGraphicsView) or widget is elsewhere:
            continue  # the charts draw their own ring (helper "charts")
        # Focus moves at once (the events are sent, not posted) and grab() draws the widget as it
        # is now: no need to wait for the window to repaint.
        elsewhere.setFocus(Qt.FocusReason.OtherFocusReason)
        before = picture(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)  # not Tab: a field would select its words
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
