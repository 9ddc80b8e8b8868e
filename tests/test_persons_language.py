"""The person's language leads: a Welsh speaker's plan shows its questions in Welsh (with the
window's English beside them), a switch per plan; read aloud picks a Welsh voice or says there
is none, in Welsh, and offers the English."""

import dataclasses

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from planner.content.about_me import about_me_content
from planner.services import people
from ui import language, settings
from ui.pages import about_me_page
from ui.pages.about_me_page import AboutMePage
from ui.speech import Speaker
from ui.widgets.read_aloud import ReadAloudButton


def _welsh_content():
    """Stands in for resources/about_me/areas.cy.json: every text marked as Welsh."""
    english = about_me_content("en")
    areas = tuple(dataclasses.replace(
        area, title="CY " + area.title,
        prompts=tuple(dataclasses.replace(p, text="CY " + p.text) for p in area.prompts))
        for area in english.areas)
    return dataclasses.replace(english, language="cy", title="Amdanaf i", areas=areas)


@pytest.fixture
def welsh(monkeypatch):
    welsh = _welsh_content()
    monkeypatch.setattr(about_me_page, "about_me_content",
                        lambda code="en": welsh if code == "cy" else about_me_content("en"))
    return welsh


@pytest.fixture
def english_window(qapp):
    language.apply_language(qapp, "en")
    yield
    language.apply_language(qapp, "en")


def _page(session, qtbot, person_language):
    person = people.add_person(session.db, "Nia")
    people.update_person(session.db, person.person_id, preferred_language=person_language)
    page = AboutMePage(session)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show_plan(person.plan_id)
    page.show()
    return page, person.plan_id


def test_a_welsh_speakers_questions_are_in_welsh_with_the_english_beside(
        session, qtbot, welsh, english_window):
    page, _plan = _page(session, qtbot, "cy")
    assert page.persons_language.isVisible() and page.persons_language.isChecked()
    assert page.heading.text() == "Amdanaf i (About me)"
    assert page.overview.cards[0].title.text() == "1. CY My story so far (My story so far)"
    page.show_walk()
    walk = page.walk
    first = about_me_content("en").areas[0].prompts[0].text
    assert walk.prompt.text() == "CY " + first
    assert walk.other_prompt.isVisible()
    assert walk.other_prompt.text() == "In English: " + first


def test_the_switch_is_kept_for_each_plan(session, qtbot, welsh, english_window):
    page, plan_id = _page(session, qtbot, "cy")
    page.persons_language.click()  # off: the window's language only
    assert not settings.questions_in_persons_language(plan_id)
    page.show_walk()
    assert not page.walk.prompt.text().startswith("CY ")
    assert not page.walk.other_prompt.isVisible()
    again = AboutMePage(session)  # opened again (as after a restart)
    qtbot.addWidget(again)
    again.show_plan(plan_id)
    assert not again.persons_language.isChecked()
    assert again.heading.text() == "About me"


def test_an_english_speakers_plan_has_no_switch(session, qtbot, welsh, english_window):
    page, _plan = _page(session, qtbot, "en")
    assert not page.persons_language.isVisible()
    assert page.heading.text() == "About me"


def test_changing_the_persons_language_changes_the_questions(session, qtbot, welsh, english_window):
    page, plan_id = _page(session, qtbot, "en")
    person_id = people.list_people(session.db)[0].person_id
    people.update_person(session.db, person_id, preferred_language="cy")
    session.plan_changed.emit(plan_id)
    qtbot.waitUntil(lambda: page.heading.text() == "Amdanaf i (About me)", timeout=3000)


# Read aloud in Welsh --------------------------------------------------------------------------

class _Engine:
    """A speech engine with the given locales (Qt's mock engine has no Welsh)."""

    def __init__(self, *names):
        self.locales = [QLocale(name) for name in names]
        self.current = self.locales[0]
        self.said = []

    def availableLocales(self):  # noqa: N802
        return self.locales

    def locale(self):
        return self.current

    def setLocale(self, locale):  # noqa: N802
        self.current = locale

    def stop(self):
        pass

    def say(self, text):
        self.said.append((self.current.name(), text))


def _speaker(*locales):
    speaker = Speaker()
    speaker._checked, speaker._engine = True, _Engine(*locales)
    return speaker


def test_a_welsh_text_is_read_with_a_welsh_voice(qtbot):
    speaker = _speaker("en_GB", "cy_GB")
    button = ReadAloudButton(lambda: "Ble dych chi'n byw?", speaker=speaker, language=lambda: "cy")
    qtbot.addWidget(button)
    assert button.read()
    assert speaker._engine.said == [("cy_GB", "Ble dych chi'n byw?")]
    assert speaker.say("Where do you live?", "en")
    assert speaker._engine.said[-1] == ("en_GB", "Where do you live?")


def test_no_welsh_voice_is_said_in_welsh_and_the_english_offered(qtbot, monkeypatch, english_window):
    speaker = _speaker("en_GB", "en_US")
    shown = []

    def click_english(box):
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_english)
    button = ReadAloudButton(lambda: "Ble dych chi'n byw?", speaker=speaker,
                             language=lambda: "cy", english=lambda: "Where do you live?")
    qtbot.addWidget(button)
    assert button.read()
    text, buttons = shown[0]
    assert text.startswith("Does dim llais Cymraeg ar y cyfrifiadur hwn")
    assert "This computer has no Welsh voice" in text  # the English beside it
    assert "Darllen y Saesneg yn uchel / Read the English aloud" in buttons
    assert speaker._engine.said == [("en_GB", "Where do you live?")]  # never Welsh in an English voice


def test_no_welsh_voice_and_no_english_version_reads_nothing(qtbot, monkeypatch, english_window):
    speaker = _speaker("en_GB")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.buttons()) or 0)
    button = ReadAloudButton(lambda: "Fy ateb i", speaker=speaker, language=lambda: "cy")
    qtbot.addWidget(button)
    assert not button.read()
    assert len(shown[0]) == 1  # Close only
    assert speaker._engine.said == []


def test_in_a_welsh_window_the_message_is_welsh_only(qtbot, monkeypatch, qapp, english_window):
    language.apply_language(qapp, "cy")
    speaker = _speaker("en_GB")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    button = ReadAloudButton(lambda: "Fy ateb i", speaker=speaker, language=lambda: "cy")
    qtbot.addWidget(button)
    button.read()
    assert shown[0].startswith("Does dim llais Cymraeg") and "This computer" not in shown[0]


def test_the_mock_engine_has_no_welsh_so_the_program_says_so(qtbot, monkeypatch):
    monkeypatch.setenv("SMALLSTEPS_SPEECH_ENGINE", "mock")
    speaker = Speaker()
    assert speaker.available()
    assert speaker.has_voice_for("en") and not speaker.has_voice_for("cy")
    assert speaker.say("Helo", "cy") is False


# The person's words: goal ideas and symbol search -----------------------------------------------

def test_goal_ideas_come_in_the_persons_language(session, qtbot, monkeypatch):
    from ui.dialogs import goal_ideas_dialog
    from ui.dialogs.goal_ideas_dialog import GoalIdeasDialog
    from ui.pages.goals_page import GoalsPage

    asked = []
    real = goal_ideas_dialog.goal_ideas
    monkeypatch.setattr(goal_ideas_dialog, "goal_ideas", lambda code="en": asked.append(code) or real(code))
    monkeypatch.setattr(GoalIdeasDialog, "exec", lambda self: 0)
    person = people.add_person(session.db, "Nia")
    people.update_person(session.db, person.person_id, preferred_language="cy")
    page = GoalsPage(session)
    qtbot.addWidget(page)
    page.show_plan(person.plan_id)
    page._open_ideas()
    assert asked == ["cy"]


def test_symbols_are_found_by_the_persons_words_and_the_windows(session, qapp, monkeypatch):
    """"ci" finds the dog for a Welsh speaker's plan; "dog" still does too."""
    from planner.content import symbols
    from ui.models.symbol_model import SymbolListModel
    from ui.widgets.picture_picker import PicturePickerDialog

    english = symbols.all_symbols("en")
    dog = next(s for s in english if s.name == "dog")
    welsh = tuple(dataclasses.replace(s, name="ci", tags=("anifail anwes",)) if s.key == dog.key
                  else s for s in english)
    real = symbols.all_symbols
    monkeypatch.setattr(symbols, "all_symbols", lambda code="en": welsh if code == "cy" else real(code))
    person = people.add_person(session.db, "Nia")
    people.update_person(session.db, person.person_id, preferred_language="cy")
    dialog = PicturePickerDialog(session, person.plan_id)
    model: SymbolListModel = dialog.symbol_model
    assert model.languages == ("cy", "en")
    model.search("ci")
    assert model.symbol_at(0).key == dog.key and model.symbol_at(0).name == "ci"
    model.search("dog")
    assert dog.key in [model.symbol_at(row).key for row in range(model.rowCount())]
    dialog.deleteLater()
