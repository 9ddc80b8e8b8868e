"""Panels with colours of their own, in the theme's colours (ui/theme.py holds every colour), and
the WCAG contrast ratio every pair is checked with."""

INK = "#1f2937"  # text on the light panels below: 14.7:1 on white
TIPS_BACKGROUND = "tips"  # the helper's tips panel (a warm paper colour in the standard theme)
CARD_BACKGROUND = "card"  # an answer or an area, with a line round it

# Every theme's panel text on its panel backgrounds (tests/test_contrast.py checks all pairs).
TEXT_ON_BACKGROUND = [("#1a1a1a", "#fff4d6"), ("#1a1a1a", "#ffffff")]


def paint_panel(frame, panel: str) -> None:
    """Give a QFrame the theme's colours for this kind of panel and a plain line round it.

    Done with the palette, not a style sheet: widgets with a style sheet stop following the
    program's text size. The panel follows a change of theme (ui.theme.apply_theme).
    """
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QFrame

    from ui.theme import current

    theme = current()
    background = getattr(theme, panel)
    frame.setProperty("smallsteps_panel", panel)
    palette = frame.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor(background))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(theme.text))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(theme.text))
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
