"""The staying-well page: quick add, change in a dialog, messages at the field, undo, order."""

from PySide6.QtCore import Qt

from planner.services import people, staying_well
from planner.storage.database import Database
from tests.ui_helpers import answer_dialog, press, type_text
from ui.dialogs.form_dialog import FormDialog


def open_page(window, example=True):
    if example:
        window.caseload.example_button.click()
    view = window.plan_view
    keys = [page.objectName() for page in view.all_pages()]
    view.parts.setCurrentRow(keys.index("part_staying_well"))
    return view.stack.currentWidget()


def texts(window, page, section="early_signs"):
    return [i.text for i in staying_well.staying_well(window.session.db, page.plan_id).items[section]]


def test_quick_add_with_welsh_letters_and_undo(window):
    page = open_page(window)
    editor = page.lists["early_signs"]
    before = texts(window, page)
    type_text(editor.quick, "Dw i ddim yn cysgu'n dda ŵ")
    press(editor.quick, Qt.Key.Key_Return)
    assert texts(window, page) == [*before, "Dw i ddim yn cysgu'n dda ŵ"]
    assert editor.quick.text() == "" and editor.model.rowCount() == len(before) + 1
    assert editor.current().text == "Dw i ddim yn cysgu'n dda ŵ"  # the new one is chosen
    window.undo_action.trigger()
    assert texts(window, page) == before and editor.model.rowCount() == len(before)


def test_a_line_too_long_for_the_card_is_refused_with_a_message(window):
    page = open_page(window)
    editor = page.lists["what_helps"]
    editor.quick.setMaxLength(1000)  # as if pasted past the box's own limit
    editor.quick.setText("x" * 201)
    editor.add_button.click()
    assert editor.message.isVisibleTo(page) and "at most 200" in editor.message.text()
    assert "x" * 201 not in texts(window, page, "what_helps")


def test_typing_left_in_the_box_is_kept_on_leaving(window):
    page = open_page(window)
    editor = page.lists["dont_want"]
    editor.quick.setText("No loud music")
    window.show_caseload()
    assert "No loud music" in texts(window, page, "dont_want")


def test_change_an_item_in_a_dialog_and_a_message_at_the_field(window, monkeypatch):
    page = open_page(window)
    editor = page.lists["practical"]
    editor.choose(0)
    seen = []

    def fill(dialog):
        dialog.widgets["text"].setText("   ")
        dialog.try_accept()
        seen.append((dialog.messages["text"].isVisibleTo(dialog), dialog.result()))
        dialog.widgets["text"].setText("Mot the cat: feed twice a day")
        dialog.widgets["on_card"].setChecked(False)
        topic = dialog.widgets["topic"]
        topic.setCurrentIndex(topic.findData("pets"))
        dialog.try_accept()
        return dialog.result()

    shown = answer_dialog(monkeypatch, FormDialog, fill)
    editor.edit_button.click()
    assert shown and seen == [(True, 0)]
    item = staying_well.staying_well(window.session.db, page.plan_id).items["practical"][0]
    assert (item.text, item.on_card, item.topic) == ("Mot the cat: feed twice a day", False, "pets")
    window.undo_action.trigger()
    assert texts(window, page, "practical")[0] == "Mot, my cat, needs feeding twice a day"


def test_add_a_contact_move_it_first_take_it_off(window, monkeypatch):
    page = open_page(window)
    editor = page.lists["contact"]

    def fill(dialog):
        type_text(dialog.widgets["name"], "Siôn (neighbour)")
        dialog.widgets["how"].setText("Knock at number 14")
        dialog.widgets["visibility"].setCurrentIndex(dialog.widgets["visibility"].findData("team"))
        dialog.try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, FormDialog, fill)
    editor.add_button.click()
    contacts = staying_well.staying_well(window.session.db, page.plan_id).contacts["contact"]
    assert contacts[-1].name == "Siôn (neighbour)" and contacts[-1].visibility == "team"
    editor.choose(len(contacts) - 1)
    for _ in range(len(contacts) - 1):
        editor.up_button.click()
    names = [c.name for c in staying_well.staying_well(window.session.db, page.plan_id).contacts["contact"]]
    assert names[0] == "Siôn (neighbour)" and not editor.up_button.isEnabled()
    assert editor.model.record_at(0).name == "Siôn (neighbour)"
    editor.remove_button.click()
    assert len(staying_well.staying_well(window.session.db, page.plan_id).contacts["contact"]) == len(contacts) - 1
    window.undo_action.trigger()
    assert [c.name for c in staying_well.staying_well(window.session.db, page.plan_id).contacts["contact"]] == names


def test_a_new_plan_starts_empty_and_what_is_added_survives_a_restart(window, data_dir):
    added = people.add_person(window.session.db, "Nia")
    window.session.people_changed.emit()
    window.open_plan(added.plan_id)
    page = open_page(window, example=False)
    assert all(editor.model.rowCount() == 0 for editor in page.lists.values())
    assert page.lists["early_signs"].empty.isVisibleTo(page)
    page.lists["early_signs"].quick.setText("Staying in bed")
    page.lists["early_signs"].add_button.click()
    window.session.db.close()
    again = Database.open(data_dir)
    assert staying_well.staying_well(again, added.plan_id).items["early_signs"][0].text == "Staying in bed"
    again.close()


def test_keyboard_enter_on_an_item_opens_it(window, monkeypatch):
    page = open_page(window)
    editor = page.lists["early_signs"]
    shown = answer_dialog(monkeypatch, FormDialog, lambda dialog: 0)
    editor.choose(1)
    editor.view.activated.emit(editor.view.currentIndex())
    assert len(shown) == 1 and shown[0].widgets["text"].text() == editor.model.record_at(1).text


def test_the_pages_are_built_only_when_first_shown(window):
    """Start-up stays quick: the crisis plan and budget pages cost nothing until opened."""
    pages = {page.objectName(): page for page in window.plan_view.all_pages()}
    lazy = [pages["part_staying_well"], pages["part_support_budget"]]
    window.caseload.example_button.click()  # opens the plan on its first part
    assert all(page._content is None for page in lazy)
    page = open_page(window, example=False)
    assert page is lazy[0] and page._content is not None and lazy[1]._content is None
    assert page.lists["early_signs"].model.rowCount() == 4  # loaded with the open plan
