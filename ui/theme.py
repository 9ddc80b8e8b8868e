"""Small Steps' own look: one palette per theme, and a style that draws borders, focus rings and
check boxes from it, so every pair the program paints can be checked against WCAG 2.2 AA.

- Every text colour is at least 4.5:1 against every background it is painted on (normal,
  selected, disabled); every border, focus ring and check box outline at least 3:1 (checked by
  tests/test_contrast.py, which lists every pair).
- Themes: "standard" (dark on light) and "high_contrast" (white on black, yellow focus).
- Check boxes, radio buttons and handles follow the text size; "larger controls" makes them
  bigger still and gives buttons more room.
- A palette and a proxy style, never an application style sheet: widgets with a style sheet stop
  following the program's text size.
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect
from PySide6.QtGui import QColor, QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    window: str  # page background
    text: str  # words on the page and in fields
    base: str  # inside fields and lists
    alternate: str  # every other row of a list
    button: str
    highlight: str  # the chosen item's background
    highlighted_text: str
    placeholder: str  # example words in an empty field
    disabled_text: str
    link: str
    border: str  # the line round fields, buttons, check boxes
    focus: str  # the ring round whatever has the keyboard
    warning: str  # words of a message at a field (with a ⚠ sign: never colour alone)
    tips: str  # the helper's tips panel
    card: str  # an answer or an area

    def backgrounds(self) -> dict:
        return {"window": self.window, "base": self.base, "alternate": self.alternate, "button": self.button,
                "tips": self.tips, "card": self.card}


THEMES = {
    "standard": Theme(
        "standard", QT_TRANSLATE_NOOP("Theme", "Standard (dark words on light)"),
        window="#f4f4f4", text="#1a1a1a", base="#ffffff", alternate="#eef1f5", button="#e8e8e8",
        highlight="#1d4ed8", highlighted_text="#ffffff", placeholder="#595959", disabled_text="#5f5f5f",
        link="#1d4ed8", border="#6e6e6e", focus="#1d4ed8", warning="#9b1c1c", tips="#fff4d6", card="#ffffff"),
    "high_contrast": Theme(
        "high_contrast", QT_TRANSLATE_NOOP("Theme", "High contrast (white words on black)"),
        window="#000000", text="#ffffff", base="#000000", alternate="#1c1c1c", button="#000000",
        highlight="#ffff00", highlighted_text="#000000", placeholder="#c8c8c8", disabled_text="#a8a8a8",
        link="#8fc7ff", border="#ffffff", focus="#ffff00", warning="#ffb3b3", tips="#000000", card="#000000"),
}
DEFAULT_THEME = "standard"
_CURRENT = {"theme": DEFAULT_THEME, "larger": False}


def theme_label(key: str) -> str:
    return QCoreApplication.translate("Theme", THEMES[key].label)


def current() -> Theme:
    return THEMES[_CURRENT["theme"]]


def larger_controls() -> bool:
    return bool(_CURRENT["larger"])


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: theme.window, roles.WindowText: theme.text, roles.Base: theme.base,
        roles.AlternateBase: theme.alternate, roles.Text: theme.text, roles.Button: theme.button,
        roles.ButtonText: theme.text, roles.BrightText: theme.text, roles.Highlight: theme.highlight,
        roles.HighlightedText: theme.highlighted_text, roles.PlaceholderText: theme.placeholder,
        roles.Link: theme.link, roles.LinkVisited: theme.link, roles.ToolTipBase: theme.base,
        roles.ToolTipText: theme.text, roles.Light: theme.base, roles.Midlight: theme.alternate,
        roles.Mid: theme.border, roles.Dark: theme.border, roles.Shadow: theme.border,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in colours.items():
            palette.setColor(group, role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return palette


_PM = QStyle.PixelMetric
_INDICATORS = frozenset({_PM.PM_IndicatorWidth, _PM.PM_IndicatorHeight, _PM.PM_ExclusiveIndicatorWidth,
                         _PM.PM_ExclusiveIndicatorHeight})
_BARS = frozenset({_PM.PM_ScrollBarExtent, _PM.PM_SliderThickness, _PM.PM_SliderLength, _PM.PM_SplitterWidth})
_RINGED = frozenset({QStyle.ControlElement.CE_TabBarTabLabel, QStyle.ControlElement.CE_ShapedFrame})
_GROWN = _INDICATORS | _BARS | {_PM.PM_ButtonMargin, _PM.PM_DefaultFrameWidth}


class AccessibleStyle(QProxyStyle):
    """Fusion, with borders and focus rings in the theme's colours and controls that grow."""

    def _line(self) -> int:
        return QFontMetrics(QApplication.font()).height()

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802
        # Asked thousands of times while a page is laid out: the metrics left as they are go
        # straight to Fusion, tested against sets made once (enum lookups cost more here).
        base = super().pixelMetric(metric, option, widget)
        if metric not in _GROWN:
            return base
        scale = 1.5 if larger_controls() else 1.0
        if metric in _INDICATORS:
            return max(base, int(self._line() * 0.9 * scale))
        if metric in _BARS:
            splitter = metric == QStyle.PixelMetric.PM_SplitterWidth
            return max(base, int(self._line() * (0.4 if splitter else 0.8) * scale))
        if metric == _PM.PM_DefaultFrameWidth:
            return max(base, 2)  # room for the focus ring round lists and text boxes, inside their frame
        if larger_controls():  # the button margin
            return base + self._line() // 2
        return base

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802
        pe = QStyle.PrimitiveElement
        super().drawPrimitive(element, option, painter, widget)
        theme = current()
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element in (pe.PE_FrameLineEdit, pe.PE_PanelLineEdit, pe.PE_FrameFocusRect, pe.PE_IndicatorCheckBox,
                       pe.PE_IndicatorRadioButton, pe.PE_PanelButtonCommand, pe.PE_Frame):
            if element == pe.PE_PanelLineEdit and option.lineWidth <= 0:
                return  # a line edit inside a spin box or combo box: its owner draws the frame
            painter.save()
            rect = QRect(option.rect).adjusted(0, 0, -1, -1)
            if element == pe.PE_FrameFocusRect or focused:
                # A list, table or text box (PE_Frame) with the keyboard gets the ring round it too;
                # on the chosen item of a list the ring is in the chosen item's word colour.
                on_chosen = (element == pe.PE_FrameFocusRect
                             and bool(option.state & QStyle.StateFlag.State_Selected))
                pen = QPen(QColor(theme.highlighted_text if on_chosen else theme.focus), 2)
                rect = rect.adjusted(1, 1, -1, -1)
            else:
                pen = QPen(QColor(theme.border), 1)
            painter.setPen(pen)
            painter.setBrush(QColor(0, 0, 0, 0))
            if element == pe.PE_IndicatorRadioButton:
                painter.setRenderHint(painter.RenderHint.Antialiasing)
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)
            painter.restore()

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element in _RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            # The chosen tab of a tab bar, or a list, table or text box, with the keyboard: Fusion
            # draws no ring round them.
            painter.save()
            painter.setPen(QPen(QColor(current().focus), 2))
            painter.setBrush(QColor(0, 0, 0, 0))
            inset = 2 if element == QStyle.ControlElement.CE_TabBarTabLabel else 1
            painter.drawRect(QRect(option.rect).adjusted(inset, inset, -inset, -inset))
            painter.restore()

    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        cc = QStyle.ComplexControl
        if control in (cc.CC_ComboBox, cc.CC_SpinBox):
            theme = current()
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
            painter.save()
            painter.setPen(QPen(QColor(theme.focus if focused else theme.border), 2 if focused else 1))
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(QRect(option.rect).adjusted(1 if focused else 0, 1 if focused else 0, -1, -1))
            painter.restore()


def apply_theme(app: QApplication, key: str = DEFAULT_THEME, larger: bool = False) -> None:
    """Use this theme everywhere, at once (pages already open follow too)."""
    _CURRENT["theme"] = key if key in THEMES else DEFAULT_THEME
    _CURRENT["larger"] = bool(larger)
    if not isinstance(app.style(), AccessibleStyle):
        app.setStyle(AccessibleStyle(QStyleFactory.create("Fusion")))
    app.setPalette(palette_for(current()))
    for widget in app.allWidgets():
        follow = getattr(widget, "follow_theme", None)
        if callable(follow):
            follow()
        panel = widget.property("smallsteps_panel")
        if panel:
            from ui.widgets.colours import paint_panel

            paint_panel(widget, panel)
        widget.updateGeometry()
        widget.update()
