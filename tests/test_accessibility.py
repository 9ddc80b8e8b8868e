"""Generic checks over every page: accessible names, keyboard reach, nothing clipped at 200 %."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from ui import settings

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
               QAbstractSpinBox)


def interactive_widgets(root):
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        if isinstance(widget, QHeaderView) or widget.window() is not root.window():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if not widget.isVisibleTo(root):
            continue
        yield widget


def nameless(root):
    missing = []
    for widget in interactive_widgets(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
        elif isinstance(widget, QComboBox) and name == widget.currentText() != widget.accessibleName():
            missing.append(f"combo box named only by its choice {name!r} in {type(widget.parent()).__name__}")
    return missing


def clipped(root):
    problems = []
    for view in root.findChildren(QListView):
        shown = view.isVisibleTo(root) and view.window() is root.window() and view.model().rowCount()
        if shown and not view.wordWrap() and view.sizeHintForColumn(0) > view.viewport().width():
            problems.append(f"{view.accessibleName()!r}: items are wider than the list")
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox)):
            continue
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if isinstance(widget.parent(), QLineEdit):
            continue  # a field's own icon button (clear, calendar): the field gives it its room
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if needed_height > widget.height() + 1:
                problems.append(f"{type(widget).__name__} {widget.text()[:30]!r} is cut off at the bottom")
            continue
        hint = widget.minimumSizeHint()
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            text = getattr(widget, "text", lambda: "")()
            problems.append(f"{type(widget).__name__} {text[:30]!r} {widget.size().toTuple()} < {hint.toTuple()}")
    return problems


def settle() -> None:
    """Let posted layout requests run (one processEvents is not always enough)."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents()


def all_pages(window):
    """Yield after showing each page the program has."""
    yield "caseload"
    window.caseload.example_button.click()
    for row in range(window.plan_view.parts.count()):
        window.plan_view.parts.setCurrentRow(row)
        settle()
        yield window.plan_view.stack.currentWidget().objectName()


def test_every_control_on_every_page_has_a_name(window):
    for page in all_pages(window):
        assert nameless(window) == [], page


def test_dialogs_have_names(window):
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.helper_dialog import HelperDialog
    from ui.dialogs.name_dialog import NameDialog
    from ui.dialogs.settings_dialog import SettingsDialog

    window.caseload.example_button.click()
    for dialog in (NameDialog("t", "What is their name?", parent=window), SettingsDialog(window),
                   AboutDialog(window), HelperDialog(window.session, window.plan_view.plan_id, window)):
        dialog.show()
        assert nameless(dialog) == [], type(dialog).__name__
        dialog.close()


@pytest.mark.parametrize("percent", [100, 200])
def test_nothing_is_clipped(window, qtbot, percent):
    app = QApplication.instance()
    settings.apply_text_size(app, percent)
    try:
        window.resize(1280, 800)
        for page in all_pages(window):
            settle()
            # Pages scroll when they are taller than the window: lay out their content fully.
            for area in window.findChildren(QScrollArea):
                if area.widget() is not None:
                    area.widget().adjustSize()
            settle()
            assert clipped(window) == [], (page, percent)
    finally:
        settings.apply_text_size(app, 100)


def test_text_size_follows_the_setting_and_is_remembered(qt_settings, qapp):
    base = settings.base_point_size(qapp)
    settings.save_text_size(200)
    assert settings.text_size_percent() == 200
    settings.apply_text_size(qapp, settings.text_size_percent())
    assert abs(qapp.font().pointSizeF() - 2 * base) < 0.01
    settings.save_text_size(999)
    assert settings.text_size_percent() == 200  # clamped to the allowed range
    settings.apply_text_size(qapp, 100)
    assert abs(qapp.font().pointSizeF() - base) < 0.01


def test_headings_grow_with_the_text(window, qapp):
    before = window.caseload.heading.font().pointSizeF()
    settings.apply_text_size(qapp, 200)
    QApplication.processEvents()
    try:
        assert window.caseload.heading.font().pointSizeF() > 1.8 * before
    finally:
        settings.apply_text_size(qapp, 100)
