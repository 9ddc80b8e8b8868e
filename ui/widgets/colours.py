"""The few colours Small Steps sets itself (everything else follows the system's palette).

Each pair of text and background is checked in tests/test_about_me_ui.py to have a contrast
of at least 4.5:1 (WCAG AA for ordinary text), as is each border against white.
"""

INK = "#1f2937"  # text on the light panels below: 14.7:1 on white
TIPS_BACKGROUND = "#fff4d6"  # the helper's tips panel (a warm paper colour)
CARD_BACKGROUND = "#ffffff"  # an answer or an area, with a line round it in INK

TEXT_ON_BACKGROUND = [(INK, TIPS_BACKGROUND), (INK, CARD_BACKGROUND)]


def paint_panel(frame, background: str, ink: str = INK) -> None:
    """Give a QFrame its own background, text colour and a plain line round it.

    Done with the palette, not a style sheet: widgets with a style sheet stop following the
    program's text size.
    """
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QFrame

    palette = frame.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor(background))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(ink))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(ink))
    frame.setPalette(palette)
    frame.setAutoFillBackground(True)
    frame.setFrameShape(QFrame.Shape.Box)
    frame.setFrameShadow(QFrame.Shadow.Plain)
    frame.setLineWidth(1)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
