"""Me and my plan: every field saves itself; bad input gets a message at the field."""

from PySide6.QtCore import Qt

from planner.services import people, plans
from tests.ui_helpers import answer_dialog, press, type_text
from ui.dialogs.helper_dialog import HelperDialog


def open_example(window):
    window.caseload.example_button.click()
    return window.plan_view.page_at(0)


def test_fields_save_when_the_person_moves_on(window):
    page = open_example(window)
    page.pronouns.clear()
    type_text(page.pronouns, "hi/hers ŵ")
    press(page.pronouns, Qt.Key.Key_Tab)
    page.pronouns.editingFinished.emit()
    person = people.get_person(window.session.db, page.person_id)
    assert person.pronouns == "hi/hers ŵ"
    window.undo_action.trigger()
    assert people.get_person(window.session.db, page.person_id).pronouns == "she/her"
    assert page.pronouns.text() == "she/her"


def test_a_date_of_birth_in_the_future_gets_a_message_and_is_not_saved(window):
    page = open_example(window)
    page.date_of_birth.setText("2999-01-01")
    page.date_of_birth.editingFinished.emit()
    assert page.message.isVisibleTo(page) and "future" in page.message.text()
    assert people.get_person(window.session.db, page.person_id).date_of_birth.isoformat() == "1979-05-14"


def test_ticking_a_need_saves_it(window):
    page = open_example(window)
    page.easy_read.setChecked(True)
    assert people.get_person(window.session.db, page.person_id).needs_easy_read


def test_long_notes_are_saved_whole_after_a_pause_or_on_leaving(window, qtbot):
    page = open_example(window)
    text = "Mae'n bwysig. " * 3600  # about 50,000 letters
    page.other_needs.setPlainText(text)
    window.show_caseload()  # leaving the plan saves what is being typed
    assert people.get_person(window.session.db, page.person_id).other_communication_needs == text.strip()


def test_who_can_see_my_details(window):
    page = open_example(window)
    page.details_visibility.setCurrentIndex(page.details_visibility.findData("private"))
    page.details_visibility.activated.emit(page.details_visibility.currentIndex())
    assert people.get_person(window.session.db, page.person_id).details_visibility == "private"


def test_add_and_remove_a_helper(window, monkeypatch):
    page = open_example(window)

    def fill(dialog):
        type_text(dialog.name, "Iolo Morgan")
        dialog.role.setCurrentIndex(dialog.role.findData("advocate"))
        dialog._try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, HelperDialog, fill)
    page.add_helper_button.click()
    helpers = plans.get_plan(window.session.db, page.plan_id).helpers
    assert helpers[-1].name == "Iolo Morgan" and helpers[-1].visibility == "private"
    assert page.helpers.count() == 5
    page.helpers.setCurrentRow(4)
    page.remove_helper_button.click()
    assert page.helpers.count() == 4
    window.undo_action.trigger()
    assert page.helpers.count() == 5


def test_a_helper_with_no_name_gets_a_message(window, monkeypatch):
    page = open_example(window)
    shown = answer_dialog(monkeypatch, HelperDialog, lambda d: (d._try_accept(), d.result())[1])
    page.add_helper_button.click()
    assert "write something" in shown[0].message.text()
    assert page.helpers.count() == 4


def test_the_plan_title_updates_the_heading(window):
    page = open_example(window)
    page.title.setText("Leri's year")
    page.title.editingFinished.emit()
    assert window.plan_view.heading.text() == "Leri's year"
