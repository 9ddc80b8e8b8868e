"""Generic checks over every page: accessible names, keyboard reach, nothing cut off (200 % text
on 1024x768, 100 % on 800x600; what "cut off" means is in tests/reflow_checks.py)."""

import itertools
from unittest import mock

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.reflow_checks import clipped, off_the_edge, open_as_on_screen
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


def extra_views(window):
    """Yield after showing each view inside a page that the first look does not show: the About
    me walk, the other tabs of the goal editor, How it's going and the picture dialog's pages."""
    from PySide6.QtWidgets import QTabWidget

    view = window.plan_view
    about = view.page_for("about_me")
    view.parts.setCurrentRow(view.row_of("about_me"))
    about.show_walk()
    settle()
    yield "About me: the walk"
    about.show_overview()
    for key in ("goals", "how_its_going"):
        view.parts.setCurrentRow(view.row_of(key))
        settle()
        for tabs in view.page_for(key).findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                yield f"{key}: {tabs.tabText(index)}"
            tabs.setCurrentIndex(0)


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


# The screens the program must work on: 200 % text on 1024x768, and 100 % text down to 800x600.
SCREENS = [(200, 1024, 768), (100, 800, 600)]


@pytest.mark.parametrize(("percent", "width", "height"), SCREENS)
def test_nothing_is_cut_off_on_any_page_or_dialog(window, percent, width, height):
    """Every page of the example plan and every dialog: no widget's words need more room than
    they have, and nothing lies outside the window or needs sideways scrolling."""
    from tests.every_dialog import every_dialog

    app = QApplication.instance()
    settings.apply_text_size(app, percent)
    problems = {}
    try:
        window.resize(width, height)
        for page in itertools.chain(all_pages(window), extra_views(window)):
            settle()
            assert window.size().toTuple() == (width, height), (page, "the window will not fit the screen")
            found = clipped(window) + off_the_edge(window)
            if found:
                problems[page] = found
        # The test's screen is another size: dialogs that size themselves to the screen see this one.
        with mock.patch("ui.widgets.dialog_frame.screen_room", lambda _widget: QSize(width, height)):
            dialogs = every_dialog(window)
        for name, dialog in dialogs:
            dialog.show()
            settle()
            open_as_on_screen(dialog, width, height)
            settle()
            found = clipped(dialog) + off_the_edge(dialog)
            if dialog.width() > width or dialog.height() > height:
                found.append(f"{dialog.size().toTuple()} is bigger than the screen")
            if found:
                problems[name] = found
            dialog.close()
            dialog.deleteLater()
    finally:
        settings.apply_text_size(app, 100)
    assert problems == {}, (percent, width, height)


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
