"""What "nothing is cut off" means, for the reflow tests (WCAG 1.4.4 and 1.4.10).

- `clipped`: a widget's words need more room than it has (labels, buttons, check boxes, radio
  buttons, fields, combo boxes and the choice they show, group box titles, tabs, list items).
- `off_the_edge`: a widget lies outside the window with no scroll area to bring it in, or needs
  sideways scrolling (text that has to be scrolled left and right to be read is not reflow).
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

WORDS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QGroupBox, QAbstractSpinBox)
PLACED = WORDS + (QAbstractScrollArea, QTabBar)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root.window()


def _inside_a_view(widget: QWidget) -> bool:
    """Part of an item view (a cell's editor) or of a chart: the view places it, not a layout."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractItemView, QGraphicsView)):
            return True
        parent = parent.parentWidget()
    return False


def _combo_choice_fits(combo: QComboBox) -> bool:
    """The choice shown in a combo box is shown whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text_room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    return needed <= text_room + 1


def clipped(root: QWidget) -> list[str]:
    problems = []
    for view in root.findChildren(QListView):
        shown = _shown(view, root) and view.model() is not None and view.model().rowCount()
        if shown and not view.wordWrap() and view.sizeHintForColumn(0) > view.viewport().width():
            problems.append(f"{view.accessibleName()!r}: items are wider than the list")
    for bar in root.findChildren(QTabBar):
        if not _shown(bar, root):
            continue
        for index in range(bar.count()):
            if bar.tabRect(index).width() + 1 < bar.tabSizeHint(index).width():
                problems.append(f"tab {bar.tabText(index)!r} is cut short")
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, WORDS) or not _shown(widget, root) or _inside_a_view(widget):
            continue
        if isinstance(widget.parent(), (QLineEdit, QAbstractSpinBox, QComboBox)):
            continue  # a field's own parts (clear and calendar buttons, a spin box's text)
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                problems.append(f"QLabel {widget.text()[:40]!r} is cut off at the bottom")
            continue
        text = getattr(widget, "text", getattr(widget, "title", lambda: ""))()
        hint = widget.minimumSizeHint()
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            problems.append(f"{type(widget).__name__} {text[:40]!r} {widget.size().toTuple()} < {hint.toTuple()}")
        elif isinstance(widget, QComboBox) and not _combo_choice_fits(widget):
            problems.append(f"combo box {widget.accessibleName()!r}: its choice {widget.currentText()[:40]!r} is cut")
    return problems


def _scroll_area_of(widget: QWidget):
    """The nearest scroll area whose viewport holds `widget`, with the content widget it scrolls."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return area, child
        child, parent = parent, parent.parentWidget()
    return None, None


def off_the_edge(root: QWidget) -> list[str]:
    """Widgets outside the window, or needing sideways scrolling to be seen."""
    window = root.window()
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, PLACED) or not _shown(widget, root) or _inside_a_view(widget):
            continue
        if isinstance(widget.parent(), (QLineEdit, QAbstractSpinBox, QComboBox)) or widget.width() <= 0:
            continue
        name = getattr(widget, "text", lambda: "")() if isinstance(widget, WORDS[:3]) else widget.accessibleName()
        what = f"{type(widget).__name__} {name[:40]!r}"
        area, content = _scroll_area_of(widget)
        if area is None:
            place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not window.rect().adjusted(-1, -1, 1, 1).contains(place):
                problems.append(f"{what} lies outside the window at {place.getRect()}")
            continue
        left = widget.mapTo(content, QPoint(0, 0)).x()
        if left + widget.width() > area.viewport().width() + 1:
            problems.append(f"{what} runs off the right edge of its scroll area "
                            f"({left + widget.width()} > {area.viewport().width()})")
    return problems


def open_as_on_screen(dialog: QWidget, width: int, height: int) -> None:
    """Size a shown dialog as it would open on a `width` x `height` screen (the test screen is
    another size): its own size if it chose one, else as Qt's adjustSize does, its size hint at
    most two thirds of the screen; never more than the screen."""
    screen = QSize(width, height)
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        size = dialog.size()
    else:
        size = dialog.sizeHint().boundedTo(screen * 2 / 3)
    dialog.resize(size.expandedTo(dialog.minimumSizeHint()).boundedTo(screen))
