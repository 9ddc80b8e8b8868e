"""Two computers on one team database (issue 18, item 4), on the throwaway PostgreSQL server:
every editor's change and Undo is based on what it saw (someone else's change made meanwhile is
shown beside what was typed, and the person keeps theirs or takes the other, through one
mechanism: `Session.execute` and `SessionCommand`), and a plan open on one computer follows the
other's changes within one look (`MainWindow.check_elsewhere`) without touching the field in use."""

import pytest

from planner.domain.about_me import AREA_KEYS
from planner.domain.life_charts import DAYS, TIMES
from planner.services import about_me, needs, people, week
from planner.storage.database import Database
from ui.commands.about_me import EditAnswerCommand
from ui.commands.goals import EditNeedCommand
from ui.commands.life_charts import WEEK
from ui.commands.life_charts import EditItemCommand as EditChartItemCommand
from ui.commands.people import EditPersonCommand
from ui.session import Session


@pytest.fixture
def two(pg_url, qt_settings):
    """This computer's session and the other computer's database (someone else, by name)."""
    here = Database.open(url=pg_url)
    there = Database.open(url=pg_url)
    there.actor = "Sam on the other computer"
    session = Session(here)
    yield session, there
    session.undo_stack.clear()
    here.close()
    there.close()


def _editors(session, there):
    """(a command changing one field here, a change of the same field there, how to read it)"""
    db = session.db
    person = people.add_person(db, "Ceri")
    plan_id = person.plan_id
    need = needs.add_need(db, plan_id, "personal_care", "help to wash", "social_care", "team")
    answer = about_me.add_answer(db, plan_id, AREA_KEYS[0], text="I like mornings", visibility="team")
    entry = week.add_entry(db, plan_id, DAYS[0], TIMES[0], "Swimming", visibility="team")
    return [
        (lambda mine: EditNeedCommand(session, plan_id, need.need_id, "words", "help to wash", mine),
         lambda: needs.update_need(there, need.need_id, words="help to wash, theirs"),
         lambda: next(n.words for n in needs.list_needs(db, plan_id) if n.need_id == need.need_id)),
        (lambda mine: EditAnswerCommand(session, plan_id, answer.answer_id, {"text": "I like mornings"},
                                        {"text": mine}),
         lambda: about_me.update_answer(there, answer.answer_id, text="I like evenings, theirs"),
         lambda: about_me.get_answer(db, answer.answer_id).text),
        (lambda mine: EditChartItemCommand(session, WEEK, plan_id, entry.entry_id, {"title": "Swimming"},
                                           {"title": mine}),
         lambda: week.update_entry(there, entry.entry_id, title="Swimming, theirs"),
         lambda: week.get_entry(db, entry.entry_id).title),
        (lambda mine: EditPersonCommand(session, person.person_id, "pronouns", "", mine, plan_id),
         lambda: people.update_person(there, person.person_id, pronouns="she/her, theirs"),
         lambda: people.get_person(db, person.person_id).pronouns),
    ]


def test_every_editor_shows_what_changed_meanwhile_and_who(two):
    session, there = two
    shown = []
    for choice in ("keep", "take", None):  # None: no one to ask (someone else's change stands)
        session.resolve = None if choice is None else (
            lambda who, theirs, mine, keep=choice == "keep": shown.append((who, theirs, mine)) or keep)
        for make, change_there, read in _editors(session, there):
            change_there()
            theirs = read()
            mine = "mine, typed with care"
            message = session.execute(make(mine))
            assert read() == (mine if choice == "keep" else theirs)
            assert (message is None) == (choice == "keep")
            if choice is None:
                assert "Sam on the other computer" in message and "Nothing you typed is lost" in message
                continue
            who, their_fields, my_fields = shown.pop()
            assert who == "Sam on the other computer"
            assert list(their_fields.values()) == [theirs] and list(my_fields.values()) == [mine]
            if choice == "keep":  # Undo puts theirs back, not what this computer saw first
                session.undo_stack.undo()
                assert read() == theirs
    assert not shown


def test_an_undo_over_someone_elses_change_asks_too(two):
    session, there = two
    shown = []
    for choice in ("keep", "take"):
        session.resolve = lambda who, theirs, mine, keep=choice == "keep": shown.append((who, theirs, mine)) or keep
        for make, change_there, read in _editors(session, there):
            before = read()
            assert session.execute(make("mine")) is None
            count = session.undo_stack.count()
            change_there()
            theirs = read()
            session.undo_stack.undo()
            who, their_fields, my_fields = shown.pop()
            assert who == "Sam on the other computer" and list(their_fields.values()) == [theirs]
            assert list(my_fields.values()) == [before]  # what the Undo would write
            assert read() == (before if choice == "keep" else theirs)
            if choice == "take":  # the refused Undo leaves the stack: no Redo can write over theirs
                assert session.undo_stack.count() == count - 1
                session.undo_stack.redo()
                assert read() == theirs


def test_a_plan_open_follows_the_other_computer_and_keeps_the_field_in_use(pg_url, qt_settings, qtbot):
    from PySide6.QtCore import Qt

    from ui.app import close_session, open_session
    from ui.main_window import MainWindow

    session = open_session(None, pg_url)
    there = Database.open(url=pg_url)
    there.actor = "Sam on the other computer"
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        person = people.add_person(session.db, "Ceri")
        window.check_elsewhere()
        window.open_plan(person.plan_id)
        details = window.plan_view.page_for("details")
        window.plan_view.go_to_part(0)
        details.pronouns.setFocus()
        qtbot.waitUntil(details.pronouns.hasFocus)
        qtbot.keyClicks(details.pronouns, "they/th")
        details.pronouns.setCursorPosition(4)
        people.update_person(there, person.person_id, preferred_name="Cer", other_communication_needs="Short words")
        window.check_elsewhere()
        assert details.preferred_name.text() == "Cer"  # theirs, within one look
        assert details.other_needs.toPlainText() == "Short words"
        assert details.pronouns.text() == "they/th" and details.pronouns.hasFocus()
        assert details.pronouns.cursorPosition() == 4
        assert people.get_person(there, person.person_id).pronouns == "they/th"  # saved, not lost
        assert "Sam on the other computer" in window.statusBar().currentMessage()
        qtbot.keyClick(details.pronouns, Qt.Key.Key_End)
        qtbot.keyClicks(details.pronouns, "em")
        window.check_elsewhere()  # nothing new elsewhere: nothing saved early, nothing moved
        assert details.pronouns.text() == "they/them"
    finally:
        window.close()
        there.close()
        close_session(session)


def test_a_write_between_the_check_and_the_change_is_refused_too(two):
    """The check reads the row's version; the change is then written over that version only, so
    someone else's change landing in between is refused as well (not only one seen before)."""
    from planner.errors import ChangedMeanwhile
    from planner.services import meanwhile

    session, there = two
    plan_id = people.add_person(session.db, "Ceri").plan_id
    need = needs.add_need(session.db, plan_id, "personal_care", "help to wash", "social_care", "team")
    _now, _who, version = meanwhile.read(session.db, "need", need.need_id, ["words"])
    needs.update_need(there, need.need_id, words="theirs, in between")
    with pytest.raises(ChangedMeanwhile) as refused, meanwhile.pinned("need", need.need_id, version):
        needs.update_need(session.db, need.need_id, words="mine")
    assert refused.value.who == "Sam on the other computer"
    assert needs.list_needs(session.db, plan_id)[0].words == "theirs, in between"
    with meanwhile.pinned("need", need.need_id, version + 1):  # the version as it is now: written
        needs.update_need(session.db, need.need_id, words="mine")
    assert needs.list_needs(session.db, plan_id)[0].words == "mine"


def test_a_list_of_choices_changed_meanwhile_is_shown_too(two):
    """A goal's areas and a check-in's reasons (choices kept joined in one column) are checked
    like words: a change based on the old choices is refused, and both are shown."""
    from planner.services import checkins, goals
    from ui.commands.goals import EditGoalCommand
    from ui.commands.how_its_going import EditCheckinCommand

    session, there = two
    db = session.db
    plan_id = people.add_person(db, "Ceri").plan_id
    goal = goals.add_goal(db, plan_id, "Get out more", areas=("home",), visibility="team")
    note = checkins.add_checkin(db, goal.goal_id, "2026-11-20", "partly", reasons=["money"], visibility="team")
    shown = []
    session.resolve = lambda who, theirs, mine: shown.append((who, theirs, mine)) or False  # take theirs
    goals.update_goal(there, goal.goal_id, areas=("preferences",))
    message = session.execute(EditGoalCommand(session, plan_id, goal.goal_id, "areas", ("home",), ("relationships", "home")))
    assert message and "Nothing you typed is lost" in message
    assert goals.get_goal(db, goal.goal_id).areas == ("preferences",)
    assert shown.pop() == ("Sam on the other computer", {"areas": ("preferences",)}, {"areas": ("relationships", "home")})
    checkins.update_checkin(there, note.checkin_id, reasons=["not_up_to_it"])
    message = session.execute(EditCheckinCommand(session, plan_id, note.checkin_id, {"reasons": ("money",)},
                                                 {"reasons": ("place_closed", "money")}))
    assert message and shown.pop()[1] == {"reasons": ("not_up_to_it",)}
    # Unchanged meanwhile: written, and its Undo is based on it too
    assert session.execute(EditGoalCommand(session, plan_id, goal.goal_id, "areas", ("preferences",), ("home", "preferences"))) is None
    assert goals.get_goal(db, goal.goal_id).areas == ("home", "preferences")
    session.undo_stack.undo()
    assert goals.get_goal(db, goal.goal_id).areas == ("preferences",) and not shown


def test_a_move_on_the_map_based_on_an_old_circle_is_shown_first(two):
    """Closeness on people and places: a move (a step or a drag) based on the circle the window
    shows is refused when someone else moved it meanwhile, and both are shown."""
    from planner.services import people_places
    from ui.commands.life_charts import ClosenessCommand

    session, there = two
    db = session.db
    plan_id = people.add_person(db, "Ceri").plan_id
    member = people_places.add_member(db, plan_id, name="Dai", kind="person", closeness="close", visibility="team")
    shown = []
    session.resolve = lambda who, theirs, mine: shown.append((who, theirs, mine)) or False  # take theirs
    people_places.update_member(there, member.member_id, closeness="around")
    for command in (ClosenessCommand(session, plan_id, member.member_id, step=-1, seen="close"),
                    ClosenessCommand(session, plan_id, member.member_id, to="very_close", seen="close")):
        assert "Nothing you typed is lost" in session.execute(command)
        assert people_places.get_member(db, member.member_id).closeness == "around"
        assert shown.pop()[1] == {"closeness": "around"}
    session.resolve = lambda who, theirs, mine: shown.append((who, theirs, mine)) or True  # keep mine
    people_places.update_member(there, member.member_id, closeness="very_close")
    assert session.execute(ClosenessCommand(session, plan_id, member.member_id, to="close", seen="around")) is None
    assert people_places.get_member(db, member.member_id).closeness == "close" and shown.pop()
    session.undo_stack.undo()  # Undo puts theirs back, not what this computer saw first
    assert people_places.get_member(db, member.member_id).closeness == "very_close"


def test_where_the_plan_is_up_to_changed_meanwhile_is_shown_first(two):
    """Plan status: a change based on the status the window shows is refused when someone else
    changed it meanwhile; keeping mine writes it, and its Undo puts theirs back."""
    from planner.services import plan_status
    from ui.commands.panel import SetStatusCommand

    session, there = two
    db = session.db
    plan_id = people.add_person(db, "Ceri").plan_id
    seen = plan_status.get_standing(db, plan_id).status
    shown = []
    session.resolve = lambda who, theirs, mine: shown.append((who, theirs, mine)) or False  # take theirs
    plan_status.set_status(there, plan_id, "ready_for_panel")
    assert "Nothing you typed is lost" in session.execute(SetStatusCommand(session, plan_id, "active", seen=seen))
    assert plan_status.get_standing(db, plan_id).status == "ready_for_panel"
    assert shown.pop()[1:] == ({"status": "ready_for_panel"}, {"status": "active"})
    session.resolve = lambda who, theirs, mine: shown.append((who, theirs, mine)) or True  # keep mine
    assert session.execute(SetStatusCommand(session, plan_id, "active", seen=seen)) is None
    assert plan_status.get_standing(db, plan_id).status == "active" and shown.pop()
    session.undo_stack.undo()
    assert plan_status.get_standing(db, plan_id).status == "ready_for_panel"


def test_a_budget_setting_changed_meanwhile_is_shown_first(two):
    """The budget's settings (the allocation...): a change based on what the window shows is
    refused when someone else changed it meanwhile, and both are shown."""
    from planner.services import budget
    from ui.commands.items import EditBudgetSettingsCommand

    session, there = two
    db = session.db
    plan_id = people.add_person(db, "Ceri").plan_id
    budget.update_settings(db, plan_id, allocation_pence=1_000_000)
    shown = []
    session.resolve = lambda who, theirs, mine: shown.append((who, theirs, mine)) or False  # take theirs
    budget.update_settings(there, plan_id, allocation_pence=1_200_000)
    message = session.execute(EditBudgetSettingsCommand(session, plan_id, "allocation_pence", 1_000_000, "9000"))
    assert "Nothing you typed is lost" in message
    assert budget.budget_settings(db, plan_id).allocation_pence == 1_200_000
    assert shown.pop()[1:] == ({"allocation_pence": 1_200_000}, {"allocation_pence": "9000"})
    assert session.execute(EditBudgetSettingsCommand(session, plan_id, "allocation_pence", 1_200_000, "9000")) is None
    assert budget.budget_settings(db, plan_id).allocation_pence == 900_000 and not shown


def test_ratings_actions_and_who_came_changed_meanwhile_are_shown_too(two):
    """A review's ratings and a meeting's actions and lists of people are kept in rows of their
    own: a change based on what the window saw of them is refused when someone else changed them
    meanwhile, and both are shown in the person's words; unchanged meanwhile, it is written."""
    import datetime as dt

    from planner.services import meetings, reviews
    from planner.services.meetings import ActionRecord
    from ui.commands.how_its_going import EditMeetingCommand, EditReviewCommand
    from ui.dialogs.conflict_dialog import _text

    session, there = two
    db = session.db
    plan_id = people.add_person(db, "Ceri").plan_id
    review = reviews.add_review(db, plan_id, "2026-11-20", ratings={"home": 2}, visibility="team")
    meeting = meetings.add_meeting(db, plan_id, "2026-11-21", invited=["Ceri", "Sam"],
                                   actions=[ActionRecord("Sam", "Ring the college")], visibility="team")
    shown = []
    session.resolve = lambda who, theirs, mine: shown.append((who, theirs, mine)) or False  # take theirs

    reviews.update_review(there, review.review_id, ratings={"home": 4, "relationships": 5})
    old = reviews.review_fields(review)
    message = session.execute(EditReviewCommand(session, plan_id, review.review_id, old,
                                                {**old, "ratings": {"home": 1}}))
    assert message and "Nothing you typed is lost" in message
    assert dict(reviews.get_review(db, review.review_id).ratings) == {"home": 4, "relationships": 5}
    who, theirs, _mine = shown.pop()
    assert theirs == {"ratings": {"home": 4, "relationships": 5}}
    assert who == "Sam on the other computer"  # who changed the ratings, not who last changed the review
    assert _text(theirs["ratings"]).splitlines() == ["My people: 5 out of 5", "My home: 4 out of 5"]  # checklist order

    done = ActionRecord("Sam", "Ring the college", dt.date(2026, 12, 1), True)
    meetings.update_meeting(there, meeting.meeting_id, actions=[done], came=["Ceri"])
    old = meetings.meeting_fields(meeting)
    message = session.execute(EditMeetingCommand(
        session, plan_id, meeting.meeting_id, old,
        {**old, "actions": [ActionRecord("Sam", "Ring the college"), ActionRecord("Ceri", "Visit it")]}))
    assert message
    assert meetings.get_meeting(db, meeting.meeting_id).actions == (done,)
    who, theirs, _mine = shown.pop()
    assert who == "Sam on the other computer"  # who wrote the actions and names there now
    assert theirs == {"actions": (done,), "came": ("Ceri",)}
    assert _text(theirs["actions"]) == "Sam: Ring the college (by 1 December 2026) (done)"

    # Unchanged meanwhile: written, and Undo (based on it too) puts it back.
    old = reviews.review_fields(reviews.get_review(db, review.review_id))
    assert session.execute(EditReviewCommand(session, plan_id, review.review_id, old,
                                             {**old, "ratings": {"home": 5}})) is None
    assert dict(reviews.get_review(db, review.review_id).ratings) == {"home": 5}
    session.undo_stack.undo()
    assert dict(reviews.get_review(db, review.review_id).ratings) == {"home": 4, "relationships": 5}
    assert not shown
