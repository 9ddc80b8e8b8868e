"""The shared accessibility mechanisms (ui/accessibility.py, ui/widgets/item_table.py, the saving
rule in ui/widgets/item_form.py), each checked where a person meets it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QWidget,
)

from planner.domain.life_charts import WhenKind
from planner.services import goals, life_story
from tests.test_goal_pages import leri, open_part, settle  # noqa: F401  (fixtures)
from tests.ui_helpers import press, type_text


def accessible(widget):
    return QAccessible.queryAccessibleInterface(widget)


def test_a_screen_readers_question_never_raises_back_into_qt(qapp, caplog):
    """PySide 6.12 crashed the whole program storing a Python exception from an accessibility
    method (a combo box of the file dialog asked about while being taken down, during a save).
    A combo box that is gone answers plainly; an answer that fails is logged, never raised."""
    from ui.accessibility import ComboBoxAccessible

    combo = QComboBox()
    combo.addItems(["Just me"])

    class Gone(ComboBoxAccessible):
        def widget(self):  # what a combo box half taken down looks like: only a QWidget
            return QWidget()

    gone = Gone(combo)
    assert gone.text(QAccessible.Text.Name) == ""
    assert gone.text(QAccessible.Text.Value) == ""
    assert gone.childCount() == 0
    assert gone.child(0) is None
    assert gone.indexOfChild(None) == -1
    assert gone.actionNames() == []
    gone.doAction("Press")  # nothing happens, nothing raised

    class Broken(ComboBoxAccessible):
        def _children(self):
            raise RuntimeError("Internal C++ object already deleted.")

    broken = Broken(combo)
    assert broken.childCount() == 0
    assert broken.child(0) is None
    assert "could not be answered" in caplog.text
    assert ComboBoxAccessible(combo).childCount() == 1  # a combo box that is there answers as before


def test_a_combo_box_is_named_by_what_it_is_for_not_its_choice(qapp):
    holder = QWidget()
    combo = QComboBox(holder)
    combo.addItems(["Just me", "My support team"])
    label = QLabel("Who can s&ee this", holder)
    label.setBuddy(combo)
    holder.show()
    settle()
    face = accessible(combo)
    assert face.text(QAccessible.Text.Name) == "Who can see this"
    assert face.text(QAccessible.Text.Value) == "Just me"
    assert face.role() == QAccessible.Role.ComboBox
    assert accessible(combo.view()).text(QAccessible.Text.Name) == "Choices for: Who can see this"
    combo.setCurrentIndex(1)
    assert face.text(QAccessible.Text.Value) == "My support team"
    assert face.text(QAccessible.Text.Name) == "Who can see this"
    assert face.actionInterface().actionNames()  # it can still be opened from a screen reader
    holder.close()


def test_scroll_areas_take_no_tab_stop_and_the_clear_button_has_a_name(qapp):
    holder = QWidget()
    area = QScrollArea(holder)
    search = QLineEdit(holder)
    search.setClearButtonEnabled(True)
    holder.show()
    settle()
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    buttons = search.findChildren(QToolButton)
    assert buttons and all(b.accessibleName() == "Clear what is typed" for b in buttons)
    holder.close()


def test_tab_leaves_the_table_of_what_might_get_in_the_way(window, leri):  # noqa: F811
    page = open_part(window, "goals")
    editor = page.editor
    rows = editor.barriers.rowCount()
    editor.add_barrier.click()  # a new row, its first box open for typing
    settle()
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, QLineEdit) and editor.barriers.isAncestorOf(cell_editor)
    type_text(cell_editor, "Rain")
    press(cell_editor, Qt.Key.Key_Tab)
    settle()
    focus = QApplication.focusWidget()
    assert focus is not None and focus is not editor.barriers and not editor.barriers.isAncestorOf(focus)
    assert editor.barriers.state() != editor.barriers.State.EditingState
    barriers = goals.list_goals(window.session.db, leri)[0].barriers
    assert len(barriers) == rows + 1 and barriers[-1].barrier == "Rain"  # what was typed is kept
    # Shift+Tab from the control after the table comes back to the table, not into a cell.
    editor.barriers.setFocus()
    press(editor.barriers, Qt.Key.Key_Backtab)
    settle()
    assert not editor.barriers.isAncestorOf(QApplication.focusWidget())
    assert "Tab moves on" in editor.barriers.accessibleDescription()


def test_tabbing_through_a_field_changes_nothing(window, leri):  # noqa: F811
    page = open_part(window, "life_story")
    moments = life_story.list_moments(window.session.db, leri)
    by_age = next(m for m in moments if m.when.kind == WhenKind.AGE)
    page.select(by_age.moment_id)
    settle()
    stack = window.session.undo_stack
    before = stack.count()
    for field in ("title", "age", "year"):
        page.form.widgets[field].editingFinished.emit()  # what Tab does on leaving a line
    for field in ("when_kind", "feeling", "kind"):
        combo = page.form.widgets[field]
        combo.activated.emit(combo.currentIndex())  # the same choice chosen again
    settle()
    assert stack.count() == before
    # A real change still saves, once.
    age = page.form.widgets["age"]
    age.setText(str(by_age.when.age + 1))
    age.editingFinished.emit()
    age.editingFinished.emit()
    assert stack.count() == before + 1
    assert life_story.get_moment(window.session.db, by_age.moment_id).when.age == by_age.when.age + 1


def test_the_status_line_reads_its_words_and_caseload_buttons_say_whose(window):
    face = accessible(window.saved_label)
    assert face.text(QAccessible.Text.Name) == window.saved_label.text()
    window.caseload.example_button.click()
    settle()
    window.show_caseload()
    page = window.caseload
    page.table.selectRow(0)
    settle()
    person = page.current_person()
    assert person.name in page.remove_button.accessibleName()
    assert person.name in page.open_button.accessibleName()


def test_the_about_me_view_switches_are_a_choice_of_two(window):
    window.caseload.example_button.click()
    settle()
    page = open_part(window, "about_me")
    for button in (page.walk_button, page.overview_button):
        assert accessible(button).role() == QAccessible.Role.RadioButton


def test_a_date_typed_any_usual_way_is_read_back_in_words_then_kept_once(window, leri, monkeypatch):  # noqa: F811
    import datetime as dt

    from planner.services import people
    from ui.widgets.date_field import CalendarDialog

    page = open_part(window, "details")
    field = page.date_of_birth
    stack = window.session.undo_stack
    before = stack.count()
    field.setFocus()
    field.clear()
    type_text(field, "3/2/81")
    press(field, Qt.Key.Key_Return)
    settle()
    assert field.text() == "3 February 1981"  # read back in words before it is kept
    assert "3 February 1981" in field.accessibleDescription()
    person = people.get_person(window.session.db, page.person_id)
    assert person.date_of_birth == dt.date(1981, 2, 3)
    assert stack.count() == before + 1
    field.editingFinished.emit()  # leaving it again changes nothing
    assert stack.count() == before + 1
    # Typed nonsense is refused with a plain message and nothing changes.
    field.setText("the day after never")
    field.editingFinished.emit()
    settle()
    assert people.get_person(window.session.db, page.person_id).date_of_birth == dt.date(1981, 2, 3)
    assert "date" in page.message.text()
    # The calendar, by keyboard.
    monkeypatch.setattr(CalendarDialog, "exec", lambda self: (self.calendar.setSelectedDate(
        self.calendar.selectedDate().addDays(1)), 1)[1])
    field.set_date(dt.date(1979, 5, 14))
    field.calendar_action.trigger()
    settle()
    assert field.text() == "15 May 1979"
    assert people.get_person(window.session.db, page.person_id).date_of_birth == dt.date(1979, 5, 15)
