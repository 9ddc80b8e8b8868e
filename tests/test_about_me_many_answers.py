"""A question with hundreds of answers (issue 17): the first cards show at once, the rest are
made while the window is idle (or as soon as the person scrolls or tabs to the end), each with
its accessible name, in order; showing the question again drops the cards still waiting."""

from PySide6.QtWidgets import QApplication

from planner.services import about_me, people
from ui.pages.about_me_page import AboutMePage
from ui.pages.about_me_walk import CARDS_AT_ONCE
from ui.widgets.answer_card import AnswerCard

MANY = 60


def _cards(walk):
    return [c for c in walk.findChildren(AnswerCard) if c.parent() is not None]


def test_hundreds_of_answers_show_a_first_batch_at_once_then_all_in_order(session, qtbot):
    plan_id = people.add_person(session.db, "Nia").plan_id
    for number in range(MANY):
        about_me.add_answer(session.db, plan_id, "background", "", f"Answer words {number + 1}")
    page = AboutMePage(session)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show_plan(plan_id)
    page.show()
    page.show_walk()
    walk = page.walk
    assert walk.steps[walk.index][0] == "background"
    assert len(_cards(walk)) == CARDS_AT_ONCE < MANY  # not a widget per answer up front
    qtbot.waitUntil(lambda: len(_cards(walk)) == MANY, timeout=20000)
    cards = _cards(walk)
    assert [c.answer.text for c in cards] == [f"Answer words {n + 1}" for n in range(MANY)]
    assert cards[-1].text.accessibleName() == f"Answer {MANY}"
    assert not cards[0].up_button.isEnabled() and not cards[-1].down_button.isEnabled()
    assert cards[-2].down_button.isEnabled()


def test_showing_the_question_again_drops_cards_still_waiting(session, qtbot):
    plan_id = people.add_person(session.db, "Nia").plan_id
    for number in range(MANY):
        about_me.add_answer(session.db, plan_id, "background", "", f"Words {number + 1}")
    page = AboutMePage(session)
    qtbot.addWidget(page)
    page.show_plan(plan_id)
    page.show()
    page.show_walk()
    walk = page.walk
    walk.refresh()  # again, before any idle batch ran
    qtbot.waitUntil(lambda: not walk._cards_waiting, timeout=20000)
    QApplication.processEvents()
    assert [c.answer.text for c in _cards(walk)] == [f"Words {n + 1}" for n in range(MANY)]
