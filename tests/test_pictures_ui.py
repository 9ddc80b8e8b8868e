"""Pictures in the window: the picker, photos read off the window's thread, bad photos refused,
and every picture and answer command undone and redone."""

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from planner.services import about_me, people, plan_files
from planner.services import pictures as picture_service
from tests.test_accessibility import nameless
from tests.test_commands import round_trip
from tests.test_picture_privacy import SECRETS, revealing_jpeg
from tests.ui_helpers import answer_dialog, type_text
from ui.commands.about_me import (
    AddAnswerCommand,
    EditAnswerCommand,
    MoveAnswerCommand,
    RemoveAnswerCommand,
)
from ui.commands.pictures import (
    AddPictureCommand,
    EditPictureCommand,
    RemovePictureCommand,
    SetProfilePhotoCommand,
)
from ui.models.symbol_model import KEY_ROLE, SymbolListModel
from ui.widgets.picture_picker import PicturePickerDialog


@pytest.fixture
def plan_id(session):
    return people.add_person(session.db, "Nia").plan_id


@pytest.fixture
def picker(session, plan_id, qtbot):
    dialog = PicturePickerDialog(session, plan_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_symbol_model_passes_the_model_tester(qapp, qtmodeltester):
    model = SymbolListModel()
    qtmodeltester.check(model)
    model.search("tea")
    qtmodeltester.check(model)
    assert model.rowCount() >= 1 and model.index(0).data(KEY_ROLE)
    model.search("zzqq")
    assert model.rowCount() == 0


def test_find_a_symbol_by_a_word_and_add_it(picker, session, plan_id):
    assert nameless(picker) == []
    type_text(picker.search, "carrot")
    assert picker.symbol_model.rowCount() >= 1
    picker.symbols.setCurrentIndex(picker.symbol_model.index(0))
    assert picker.description.text() == "carrot"  # words offered, the person can change them
    picker.description.setText("Carrots from my plot 🥕")
    picker.ok_button.click()
    record = picture_service.get_picture(session.db, picker.picture_id)
    assert (record.kind, record.symbol_key, record.description, record.visibility) == (
        "symbol", "1F955", "Carrots from my plot 🥕", "private")


def test_a_picture_needs_words_before_it_is_added(picker, session, plan_id):
    picker.choose_symbol("2615")
    picker.description.setText("")
    picker.ok_button.click()
    assert picker.result() == 0 and picker.message.isVisible()
    assert "few words" in picker.message.text()
    assert picture_service.list_pictures(session.db, plan_id) == []


def test_nothing_matches_says_so(picker):
    type_text(picker.search, "zzqqxx")
    assert picker.no_symbols.isVisibleTo(picker)


def test_a_photo_is_read_off_the_window_thread_and_stored_clean(picker, session, plan_id, qtbot, tmp_path):
    path = tmp_path / "holiday.jpg"
    path.write_bytes(revealing_jpeg(size=(3000, 2000)))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(5)
    with qtbot.waitSignal(picker.importer.finished, timeout=10_000):
        picker.read_photo(str(path))
        assert not picker.ok_button.isEnabled()  # busy: nothing can be added yet
        assert "ready" in picker.photo_status.text()
    timer.stop()
    assert len(ticks) >= 1  # the window kept running while the photo was read
    picker.description.setText("The beach at Aberdaron")
    picker.as_my_photo.setChecked(True)
    picker.ok_button.click()
    stored = picture_service.photo_jpeg(session.db, picker.picture_id)
    mine = picture_service.profile_photo(session.db, plan_id)
    for data in (stored, mine.jpeg):
        for secret in SECRETS:
            assert secret not in data
    assert mine.description == "The beach at Aberdaron"


def _huge_sparse(path):
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)


def _huge_pixels(path):
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")
    path.write_bytes(out.getvalue())


@pytest.mark.parametrize("name,make,words", [
    ("huge.jpg", _huge_sparse, "too big"),
    ("huge.png", _huge_pixels, "too big"),
    ("cut.jpg", lambda p: p.write_bytes(revealing_jpeg()[:5000]), "can't open"),
    ("notes.jpg", lambda p: p.write_text("just some words"), "can't open"),
    ("empty.jpg", lambda p: p.write_bytes(b""), "empty"),
])
def test_bad_photos_get_a_clear_message_and_nothing_is_added(picker, session, plan_id, qtbot,
                                                             tmp_path, name, make, words):
    path = tmp_path / name
    make(path)
    with qtbot.waitSignal(picker.importer.failed, timeout=10_000):
        picker.read_photo(str(path))
    assert picker.message.isVisible()
    assert words in picker.message.text()
    assert not picker.ok_button.isEnabled()
    picker.ok_button.click()
    assert picture_service.list_pictures(session.db, plan_id) == []


def test_a_newer_photo_replaces_one_still_being_read(picker, qtbot, tmp_path):
    first, second = tmp_path / "a.jpg", tmp_path / "b.jpg"
    first.write_bytes(revealing_jpeg(size=(2000, 1500)))
    second.write_bytes(revealing_jpeg(size=(40, 30)))
    results = []
    picker.importer.finished.connect(results.append)
    picker.read_photo(str(first))
    picker.read_photo(str(second))
    qtbot.waitUntil(lambda: not picker.importer.busy, timeout=10_000)
    qtbot.wait(200)
    assert len(results) == 1


def test_choosing_a_file_uses_the_file_dialog(picker, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "me.png"
    from PIL import Image

    Image.new("RGB", (20, 20), "red").save(path)
    monkeypatch.setattr(PicturePickerDialog, "ask_for_photo_file", lambda self: str(path))
    with qtbot.waitSignal(picker.importer.finished, timeout=10_000):
        picker.choose_photo.click()


def test_a_picture_already_in_the_plan_can_be_used_again(session, plan_id, qtbot):
    existing = picture_service.add_symbol(session.db, plan_id, "1F415", "Mot", "team")
    dialog = PicturePickerDialog(session, plan_id)
    qtbot.addWidget(dialog)
    dialog.mine.setCurrentRow(0)
    assert dialog.description.text() == "Mot" and dialog.visibility.visibility() == "team"
    dialog.description.setText("Mot, my dog")
    dialog.ok_button.click()
    assert dialog.picture_id == existing.picture_id
    assert picture_service.get_picture(session.db, existing.picture_id).description == "Mot, my dog"
    assert len(picture_service.list_pictures(session.db, plan_id)) == 1


def test_adding_a_picture_to_an_answer_from_the_walk_through(session, plan_id, qtbot, monkeypatch):
    from ui.pages.about_me_page import AboutMePage

    page = AboutMePage(session)
    qtbot.addWidget(page)
    page.show_plan(plan_id)
    page.show()
    page.show_walk()

    def pick(dialog):
        dialog.choose_symbol("1F3E1")
        dialog.description.setText("Our house")
        dialog.ok_button.click()
        return dialog.result()

    answer_dialog(monkeypatch, PicturePickerDialog, pick)
    page.walk.box.picture_button.click()
    answers = about_me.list_answers(session.db, plan_id)
    assert len(answers) == 1 and answers[0].text == "" and answers[0].picture.description == "Our house"
    type_text(page.walk.box.text, "Where I grew up")
    page.walk.box.flush()
    QApplication.processEvents()
    answer = about_me.list_answers(session.db, plan_id)[0]
    assert answer.text == "Where I grew up" and answer.picture is not None
    page.walk.box.no_picture_button.click()
    assert about_me.get_answer(session.db, answer.answer_id).picture is None


# Every command, undone and redone ----------------------------------------------------------

@pytest.fixture
def example(session):
    return plan_files.add_example_plan(session.db)


def _first_answer(session, plan_id, area="home"):
    return about_me.list_answers(session.db, plan_id, area)[0]


def test_add_answer(session, example):
    round_trip(session, AddAnswerCommand(session, example, "home", "comfort", "Cosy now ŵ", "like",
                                         "team"), example)


def test_edit_answer(session, example):
    answer = _first_answer(session, example)
    round_trip(session, EditAnswerCommand(
        session, example, answer.answer_id,
        {"text": answer.text, "tag": answer.tag, "visibility": answer.visibility},
        {"text": "Changed 🙂", "tag": "important_to_me", "visibility": "panel"}), example)


def test_move_answer(session, example):
    second = about_me.list_answers(session.db, example, "home")[1]
    about_me.update_answer(session.db, second.answer_id, prompt="space")
    round_trip(session, MoveAnswerCommand(session, example, "home", second.answer_id, -1), example)


def test_remove_answer_comes_back_with_its_picture(session, example):
    answer = next(a for a in about_me.list_answers(session.db, example) if a.picture)
    round_trip(session, RemoveAnswerCommand(session, example, answer.answer_id), example)
    session.undo_stack.undo()
    assert about_me.get_answer(session.db, answer.answer_id) == answer


def test_add_and_remove_picture(session, example):
    command = AddPictureCommand(session, example, "A bike", "panel", symbol_key="1F6B2")
    round_trip(session, command, example)
    round_trip(session, RemovePictureCommand(session, example, command.record.picture_id), example)


def test_add_photo(session, example):
    from planner.pictures import sanitise_picture

    jpeg = sanitise_picture(revealing_jpeg(size=(64, 48)))
    round_trip(session, AddPictureCommand(session, example, "Me", "private", jpeg=jpeg), example)


def test_edit_picture(session, example):
    picture = picture_service.list_pictures(session.db, example)[1]
    round_trip(session, EditPictureCommand(
        session, example, picture.picture_id,
        {"description": picture.description, "visibility": picture.visibility},
        {"description": "New words", "visibility": "private"}), example)


def test_set_profile_photo(session, example):
    photo = next(p for p in picture_service.list_pictures(session.db, example) if p.kind == "photo")
    jpeg = picture_service.photo_jpeg(session.db, photo.picture_id)
    round_trip(session, SetProfilePhotoCommand(session, example, jpeg, "My plot"), example)


def test_a_picture_in_use_is_not_removed_and_nothing_is_kept_to_undo(session, example):
    used = next(a for a in about_me.list_answers(session.db, example) if a.picture).picture
    error = session.execute(RemovePictureCommand(session, example, used.picture_id))
    assert error and "still used" in error
    assert session.undo_stack.count() == 0
