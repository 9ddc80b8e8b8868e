"""The About me page: overview, walk-through, answers, tips, read aloud, colours, 200 %."""

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from planner.services import about_me, people, plan_files
from planner.services import pictures as picture_service
from tests.test_accessibility import clipped, nameless, settle
from tests.ui_helpers import type_text
from ui import settings
from ui.pages.about_me_page import AboutMePage
from ui.speech import Speaker
from ui.widgets.answer_card import AnswerCard
from ui.widgets.colours import TEXT_ON_BACKGROUND, contrast_ratio
from ui.widgets.read_aloud import ReadAloudButton


@pytest.fixture
def plan_id(session):
    return people.add_person(session.db, "Nia").plan_id


@pytest.fixture
def page(session, plan_id, qtbot):
    widget = AboutMePage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show_plan(plan_id)
    widget.show()
    return widget


def wait_saved(qtbot, box):
    qtbot.waitUntil(lambda: not box.has_unsaved_words(), timeout=3000)


def test_the_page_is_in_the_plan_view(window):
    from ui.pages.plan_parts import plan_parts

    assert next(p for p in plan_parts() if p.key == "about_me").page is AboutMePage
    window.caseload.example_button.click()
    window.plan_view.parts.setCurrentRow(1)
    page = window.plan_view.stack.currentWidget()
    assert isinstance(page, AboutMePage)
    assert "7 of 7" in page.overview.summary.text()


def test_overview_shows_which_areas_have_answers_and_opens_any(page, session, plan_id):
    assert "0 of 7" in page.overview.summary.text()
    assert all(card.status.text() == "Nothing here yet." for card in page.overview.cards)
    about_me.add_answer(session.db, plan_id, "home", "comfort", "Warm enough")
    session.plan_changed.emit(plan_id)
    QApplication.processEvents()
    home = page.overview.cards[3]
    assert home.status.text() == "1 answer:"
    assert "1 of 7" in page.overview.summary.text()
    page.overview.cards[5].open_button.click()
    assert page.stack.currentWidget() is page.walk
    assert page.walk.steps[page.walk.index] == ("preferences", "enjoy")


def test_typing_saves_itself_and_is_one_step_to_undo(page, session, plan_id, qtbot):
    page.show_walk()
    box = page.walk.box
    type_text(box.text, "I like the sea")
    wait_saved(qtbot, box)
    type_text(box.text, " and the hills ŵ")
    wait_saved(qtbot, box)
    answers = about_me.list_answers(session.db, plan_id)
    assert [a.text for a in answers] == ["I like the sea and the hills ŵ"]
    assert answers[0].visibility == "private"
    assert session.undo_stack.count() == 2  # the answer, then its words (merged)
    session.undo_stack.undo()
    QApplication.processEvents()
    assert about_me.list_answers(session.db, plan_id)[0].text == "I like the sea"
    assert box.text.toPlainText() == "I like the sea"
    session.undo_stack.undo()
    QApplication.processEvents()
    assert about_me.list_answers(session.db, plan_id) == []
    assert box.text.toPlainText() == ""
    session.undo_stack.redo()
    session.undo_stack.redo()
    QApplication.processEvents()
    assert about_me.list_answers(session.db, plan_id)[0].text == "I like the sea and the hills ŵ"


def test_leaving_the_question_saves_what_was_typed_at_once(page, session, plan_id):
    page.show_walk()
    type_text(page.walk.box.text, "Quick")
    page.walk.next_button.click()
    assert [a.text for a in about_me.list_answers(session.db, plan_id)] == ["Quick"]


def test_kind_and_visibility_wait_for_the_words_then_change_the_answer(page, session, plan_id, qtbot):
    page.show_walk()
    box = page.walk.box
    box.tag.setCurrentIndex(box.tag.findData("like"))
    box.tag.activated.emit(box.tag.currentIndex())
    box.visibility.set_visibility("panel")
    box.visibility.visibility_chosen.emit("panel")
    assert about_me.list_answers(session.db, plan_id) == []
    type_text(box.text, "Walking")
    wait_saved(qtbot, box)
    answer = about_me.list_answers(session.db, plan_id)[0]
    assert (answer.tag, answer.visibility) == ("like", "panel")
    box.visibility.set_visibility("team")
    box.visibility.visibility_chosen.emit("team")
    assert about_me.get_answer(session.db, answer.answer_id).visibility == "team"


def test_answers_can_be_added_changed_moved_and_removed(page, session, plan_id, qtbot):
    page.show_walk()
    walk = page.walk
    for words in ("First", "Second", "Third"):
        type_text(walk.box.text, words)
        walk.another.click()
        QApplication.processEvents()
    def shown():
        settle()
        return [c.answer.text for c in walk.findChildren(AnswerCard) if c.isVisibleTo(walk)]

    assert shown() == ["First", "Second", "Third"]
    cards = [c for c in walk.findChildren(AnswerCard) if c.isVisibleTo(walk)]
    assert not cards[0].up_button.isEnabled() and not cards[-1].down_button.isEnabled()
    cards[2].up_button.click()
    assert shown() == ["First", "Third", "Second"]
    session.undo_stack.undo()
    assert shown() == ["First", "Second", "Third"]
    cards = [c for c in walk.findChildren(AnswerCard) if c.isVisibleTo(walk)]
    cards[0].remove_button.click()
    assert shown() == ["Second", "Third"]
    session.undo_stack.undo()
    assert shown() == ["First", "Second", "Third"]
    cards = [c for c in walk.findChildren(AnswerCard) if c.isVisibleTo(walk)]
    cards[1].change_button.click()
    assert walk.box.text.toPlainText() == "Second"
    assert shown() == ["First", "Third"]  # the one being changed is in the box
    walk.box.text.selectAll()
    type_text(walk.box.text, "Second, changed")
    wait_saved(qtbot, walk.box)
    assert [a.text for a in about_me.list_answers(session.db, plan_id)] == [
        "First", "Second, changed", "Third"]


def test_a_50000_character_answer_is_kept_whole_and_the_page_still_fits(page, session, plan_id, qapp):
    text = ("Dyma fy stori. " * 4000)[:49_999] + "."
    about_me.add_answer(session.db, plan_id, "background", "growing_up", text)
    about_me.add_answer(session.db, plan_id, "background", "growing_up", "Short 🙂")
    page.helping.setChecked(True)
    page.show_walk()
    page.walk.go_to(0)
    try:
        for percent in (100, 200):
            settings.apply_text_size(qapp, percent)
            page.resize(1000, 800)
            settle()
            for area in page.findChildren(type(page.walk.scroll)):
                if area.widget() is not None:
                    area.widget().adjustSize()
            settle()
            assert clipped(page) == [], percent
    finally:
        settings.apply_text_size(qapp, 100)
    assert about_me.list_answers(session.db, plan_id)[0].text == text
    page.show_overview()
    assert "…" in "".join(lbl.text() for lbl in page.overview.cards[0].findChildren(type(page.overview.summary)))


def test_helping_someone_shows_the_tips_and_is_remembered(page, session, qtbot):
    page.show_walk()
    assert not page.walk.tips.isVisible()
    page.helping.setChecked(True)
    assert page.walk.tips.isVisible()
    assert "guide, not a form" in page.walk.tips.body.text()
    assert settings.helping_someone() is True
    again = AboutMePage(session)
    qtbot.addWidget(again)
    assert again.helping.isChecked()
    page.helping.setChecked(False)
    assert settings.helping_someone() is False


def test_every_control_has_a_name_in_both_views(page):
    assert nameless(page) == []
    page.helping.setChecked(True)
    page.show_walk()
    assert nameless(page) == []
    page.walk.go_to(len(page.walk.steps))
    assert nameless(page) == []


def test_walk_through_with_the_example_at_200_percent_fits(session, qtbot, qapp):
    plan_id = plan_files.add_example_plan(session.db)
    page = AboutMePage(session)
    qtbot.addWidget(page)
    page.show_plan(plan_id)
    page.show()
    page.helping.setChecked(True)
    try:
        settings.apply_text_size(qapp, 200)
        page.resize(1000, 800)
        for step in range(0, len(page.walk.steps), 3):
            page.open_area(page.walk.steps[step][0])
            settle()
            for area in page.findChildren(type(page.walk.scroll)):
                if area.widget() is not None:
                    area.widget().adjustSize()
            settle()
            assert clipped(page) == [], page.walk.steps[step]
    finally:
        settings.apply_text_size(qapp, 100)


def test_colours_have_enough_contrast():
    for ink, background in TEXT_ON_BACKGROUND:
        assert contrast_ratio(ink, background) >= 4.5, (ink, background)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)


# Read aloud -------------------------------------------------------------------------------

def test_read_aloud_uses_the_voice(qtbot, monkeypatch):
    monkeypatch.setenv("SMALLSTEPS_SPEECH_ENGINE", "mock")
    speaker = Speaker()
    button = ReadAloudButton(lambda: "Ble wyt ti'n byw?", speaker=speaker)
    qtbot.addWidget(button)
    assert speaker.available()
    with qtbot.waitSignal(speaker.speaking_changed, timeout=3000):
        button.click()
    assert button.isEnabled()


def test_with_no_voice_the_button_says_so_instead_of_failing(qtbot, monkeypatch):
    monkeypatch.setenv("SMALLSTEPS_SPEECH_ENGINE", "no-such-engine")
    speaker = Speaker()
    button = ReadAloudButton(lambda: "Hello", speaker=speaker)
    qtbot.addWidget(button)
    assert not speaker.available()
    assert speaker.say("Hello") is False
    button.click()
    assert button.text() == "No voice on this computer"
    assert not button.isEnabled()
    assert "no voice" in button.accessibleName()


def test_the_speech_module_is_only_loaded_when_something_is_read():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.pages.about_me_page import AboutMePage\n"
        "print('TTS' if 'PySide6.QtTextToSpeech' in sys.modules else 'NONE')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip().endswith("NONE"), result.stderr


def test_prompts_and_pictures_are_named_for_screen_readers(page, session, plan_id):
    picture = picture_service.add_symbol(session.db, plan_id, "1F415", "My dog Mot")
    about_me.add_answer(session.db, plan_id, "background", "growing_up", "", picture_id=picture.picture_id)
    page.show_walk()
    page.walk.go_to(0)
    names = [label.accessibleName() for label in page.walk.findChildren(QLabel)]
    assert "Picture: My dog Mot" in names
    assert page.walk.prompt.accessibleName() == page.walk.prompt.text()
