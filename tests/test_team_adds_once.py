"""Every add takes its id first on a team database (issue 18, item 6), on the throwaway server.

The worst moment for an add: it reached the database and was saved, then the connection dropped
before the answer came back. The window keeps the add and tries it again; taken first, its id
says the first try had in fact been saved, so the item is found there and never added twice.
Here the answer is lost for real: the add is saved, then `ServerAway` is raised in its place.
"""

import gc
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from planner.domain.about_me import AREA_KEYS
from planner.errors import ServerAway
from planner.services import goals, new_ids, people, staying_well
from planner.storage.database import Database
from ui.commands import how_its_going as going
from ui.commands.about_me import AddAnswerCommand
from ui.commands.goals import AddGoalCommand, AddNeedCommand, AddStepCommand
from ui.commands.items import AddItemCommand as AddListItemCommand
from ui.commands.life_charts import LIFE_STORY, PEOPLE_PLACES, WEEK
from ui.commands.life_charts import AddItemCommand as AddChartItemCommand
from ui.commands.panel import AddAuthorCommand, AddDisagreementCommand
from ui.commands.people import AddHelperCommand, AddPersonCommand
from ui.commands.pictures import AddPictureCommand
from ui.session import Session

# (what is added, its table, the command, given the session, the plan and a goal)
ADDS = [
    ("need", "need", lambda s, p, g: AddNeedCommand(s, p, "personal_care", "help to wash", "social_care", "team")),
    ("goal", "goal", lambda s, p, g: AddGoalCommand(s, p, "Grow tomatoes", ("Buy seeds", "Plant them"))),
    ("step", "step", lambda s, p, g: AddStepCommand(s, p, g, "Water them")),
    ("check-in", "checkin", lambda s, p, g: going.AddCheckinCommand(
        s, p, g, {"happened_on": "2026-11-20", "happened": "partly", "note": "Half an hour", "visibility": "team"})),
    ("review", "review", lambda s, p, g: going.AddReviewCommand(
        s, p, {"held_on": "2026-11-21", "kind": "plan", "ratings": {"home": 5}, "visibility": "team"})),
    ("meeting", "meeting", lambda s, p, g: going.AddMeetingCommand(
        s, p, {"held_on": "2026-12-08", "place": "The surgery", "invited": ["Leri"],
               "actions": [{"who": "Leri", "what": "Bring seeds", "by_when": None}]})),
    ("answer", "about_me_answer", lambda s, p, g: AddAnswerCommand(
        s, p, AREA_KEYS[0], "", text="I like mornings", visibility="team")),
    ("moment", "life_moment", lambda s, p, g: AddChartItemCommand(
        s, LIFE_STORY, p, {"title": "Learnt to swim", "when_kind": "age", "age": 8, "visibility": "team"})),
    ("person_or_place", "network_member", lambda s, p, g: AddChartItemCommand(
        s, PEOPLE_PLACES, p, {"name": "Dai", "kind": "person", "closeness": "close", "visibility": "team"})),
    ("week_item", "week_entry", lambda s, p, g: AddChartItemCommand(
        s, WEEK, p, {"day": "friday", "time_of_day": "night", "title": "Choir", "visibility": "team"})),
    ("staying_well_item", "staying_well_item", lambda s, p, g: AddListItemCommand(
        s, p, staying_well.ITEM, p, {"section": "what_helps", "text": "a walk", "visibility": "team"})),
    ("helper", "plan_helper", lambda s, p, g: AddHelperCommand(s, p, "Owain", "advocate", "team")),
    ("picture", "picture", lambda s, p, g: AddPictureCommand(s, p, "A bike", "team", symbol_key="1F6B2")),
    ("author", "part_author", lambda s, p, g: AddAuthorCommand(s, p, "goals", "advocate", "Owain", "team")),
    ("different_view", "disagreement", lambda s, p, g: AddDisagreementCommand(
        s, p, "goal", g, "Mair", "family", "Not so sure.", "team")),
    ("person", "person", lambda s, p, g: AddPersonCommand(s, "Bethan")),
]


class _SavedThenLost:
    """`new_ids.taking`, but the first add is saved and then its answer is lost."""

    def __init__(self, real, lost: list):
        self.real, self.lost = real, lost

    def __call__(self, table, item_id):
        self.inner, self.item_id = self.real(table, item_id), item_id
        return self

    def __enter__(self):
        return self.inner.__enter__()

    def __exit__(self, *raised):
        self.inner.__exit__(*raised)
        if raised[0] is None and not self.lost:
            self.lost.append(self.item_id)
            raise ServerAway("The team database cannot be reached just now.")
        return False


@contextmanager
def answer_lost_once():
    """The next add is saved, then the connection drops before its answer comes back."""
    real, lost = new_ids.taking, []
    new_ids.taking = _SavedThenLost(real, lost)
    try:
        yield lost
    finally:
        new_ids.taking = real


def _rows(db: Database, table: str) -> int:
    kept = " WHERE removed_at IS NULL" if table == "person" else ""  # a person taken off is kept a while
    with db.engine.connect() as connection:
        return connection.execute(text(f'SELECT count(*) FROM "{table}"{kept}')).scalar_one()


@pytest.mark.parametrize("what,table,make", ADDS, ids=[a[0] for a in ADDS])
def test_an_add_whose_answer_was_lost_is_not_added_twice(pg_url, qt_settings, what, table, make):
    db = Database.open(url=pg_url)
    session = Session(db)
    command = None
    try:
        plan_id = people.add_person(db, "Ceri").plan_id
        goal_id = goals.add_goal(db, plan_id, "Get out more", visibility="team").goal_id
        before = _rows(db, table)
        command = make(session, plan_id, goal_id)
        with answer_lost_once() as lost:
            assert session.execute(command) is None  # kept, to be tried again
        assert lost and command.reserved == lost[0]  # its id was taken before it was added
        assert session.waiting == [command]
        assert _rows(db, table) == before + 1  # it had in fact been saved
        session.retry_waiting()
        assert session.waiting == [] and command.error is None
        assert _rows(db, table) == before + 1, f"a {what} was added twice"
        record = command.record if table != "person" else command
        assert record is not None
        session.undo_stack.undo()  # and the one that was saved can be undone
        assert _rows(db, table) == before
        session.undo_stack.redo()
        assert _rows(db, table) == before + 1
    finally:
        session.undo_stack.clear()
        db.close()
        del command, session
        gc.collect()  # the commands' cycles go while Qt is still there, not at the interpreter's exit


def test_on_sqlite_no_id_is_taken_first(session):
    """One computer's own file loses no answers: its adds take no id first."""
    command = AddHelperCommand(session, plan_id := people.add_person(session.db, "Ceri").plan_id,
                               "Owain", "advocate", "team")
    assert session.execute(command) is None
    assert command.reserved is None and command.record.helper_id
    assert [h.name for h in people_helpers(session.db, plan_id)] == ["Owain"]


def people_helpers(db, plan_id):
    from planner.services import plans

    return plans.get_plan(db, plan_id).helpers


@pytest.mark.parametrize("first_try", ["saved, answer lost", "never reached"])
def test_typing_on_after_an_add_that_waits_never_adds_a_second(pg_url, qt_settings, qtbot, monkeypatch, first_try):
    """An About me answer and a week item typed while the team database is away: what is typed
    next goes with the add waiting for it (or follows it, in turn), never into a second one."""
    from planner.services import about_me, week
    from ui.pages.about_me_answer_box import AnswerBox
    from ui.pages.week_page import WeekPage

    db = Database.open(url=pg_url)
    session = Session(db)
    try:
        plan_id = people.add_person(db, "Ceri").plan_id
        box = AnswerBox(session)
        qtbot.addWidget(box)
        box.bind(plan_id, AREA_KEYS[0], "")
        page = WeekPage(session)
        qtbot.addWidget(page)
        page.show_plan(plan_id)
        page.current = None
        if first_try == "never reached":
            def away(_db, _table):
                raise ServerAway("The team database cannot be reached just now.")
            monkeypatch.setattr(new_ids, "reserve", away)
            box._save({"text": "I like"})
            page._save({"day": "friday", "time_of_day": "night", "title": "Choir", "visibility": "team"})
            monkeypatch.undo()
        else:
            with answer_lost_once():
                box._save({"text": "I like"})
            with answer_lost_once():
                page._save({"day": "friday", "time_of_day": "night", "title": "Choir", "visibility": "team"})
        assert box.answer is None and page.current is None and len(session.waiting) == 2
        box._save({"text": "I like mornings"})  # typed on while it waits
        page._save({"title": "Choir practice"})
        session.retry_waiting()
        assert session.waiting == []
        assert [a.text for a in about_me.list_answers(db, plan_id)] == ["I like mornings"]
        assert [e.title for e in week.list_entries(db, plan_id)] == ["Choir practice"]
        box._save({"text": "I like mornings and tea"})  # and on, once it is saved: a change of it
        page._save({"title": "Choir on Fridays"})
        assert [a.text for a in about_me.list_answers(db, plan_id)] == ["I like mornings and tea"]
        assert [e.title for e in week.list_entries(db, plan_id)] == ["Choir on Fridays"]
    finally:
        session.undo_stack.clear()
        db.close()
