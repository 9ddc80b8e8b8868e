"""Services for the life-charts: moments, people and places, the week; bad input is refused
with a clear message; order, undo data, and pictures in use."""

import datetime as dt

import pytest

from planner.domain.life_charts import When, clean_when
from planner.errors import InvalidInput, NotFound
from planner.services import history, life_story, people, people_places, week
from planner.services import pictures as picture_service


@pytest.fixture
def plan_id(db):
    return people.add_person(db, "Eleri").plan_id


def titles(db, plan_id):
    return [m.title for m in life_story.list_moments(db, plan_id)]


def test_moments_go_in_date_order_and_undated_ones_at_the_end(db, plan_id):
    life_story.add_moment(db, plan_id, "Dad died", when_kind="year_month", year=2011, month=10, feeling=1)
    life_story.add_moment(db, plan_id, "Farm", when_kind="year", year=1985)
    life_story.add_moment(db, plan_id, "Bara brith")  # not sure when: at the end
    life_story.add_moment(db, plan_id, "First job", when_kind="year_month", year=1997, month=4,
                          approximate=True, feeling=5, kind="work_learning", visibility="panel")
    assert titles(db, plan_id) == ["Farm", "First job", "Dad died", "Bara brith"]
    first = life_story.list_moments(db, plan_id)[1]
    assert first.when == When("year_month", 1997, 4, None, True)
    assert first.when.words() == "Around April 1997" and first.visibility == "panel"


def test_ages_are_placed_by_the_date_of_birth(db, plan_id):
    people.update_person(db, people.list_people(db)[0].person_id, date_of_birth="1979-05-14")
    life_story.add_moment(db, plan_id, "Big school", when_kind="year", year=1990)
    life_story.add_moment(db, plan_id, "Lambs", when_kind="age", age=6)
    assert titles(db, plan_id) == ["Lambs", "Big school"]
    with pytest.raises(InvalidInput) as error:
        life_story.add_moment(db, plan_id, "Later", when_kind="age", age=60)
    assert error.value.field == "age" and "hasn't happened yet" in error.value.message


@pytest.mark.parametrize("values,field,words", [
    ({"when_kind": "year", "year": dt.date.today().year + 1}, "year", "hasn't happened yet"),
    ({"when_kind": "year_month", "year": dt.date.today().year, "month": 12 if dt.date.today().month < 12 else 13},
     "month", ""),
    ({"when_kind": "age", "age": 121}, "age", "over 120"),
    ({"when_kind": "age", "age": "twelve"}, "age", "as a number"),
    ({"when_kind": "age", "age": -1}, "age", ""),
    ({"when_kind": "year", "year": ""}, "year", "write the year"),
    ({"when_kind": "year", "year": 1800}, "year", "120 years"),
    ({"when_kind": "sometime"}, "when_kind", ""),
    ({"feeling": 6}, "feeling", ""),
    ({"feeling": True}, "feeling", ""),
    ({"kind": "party"}, "kind", ""),
    ({"visibility": "everyone"}, "visibility", ""),
])
def test_bad_moments_are_refused_with_a_clear_message(db, plan_id, values, field, words):
    with pytest.raises(InvalidInput) as error:
        life_story.add_moment(db, plan_id, "A moment", **values)
    assert error.value.field == field and words in error.value.message
    assert life_story.list_moments(db, plan_id) == []


@pytest.mark.parametrize("title", ["", "   ", "\n\t", None])
def test_a_moment_needs_words(db, plan_id, title):
    with pytest.raises(InvalidInput, match="what happened"):
        life_story.add_moment(db, plan_id, title)
    moment = life_story.add_moment(db, plan_id, "Kept")
    with pytest.raises(InvalidInput, match="what happened"):
        life_story.update_moment(db, moment.moment_id, title="  ")
    assert life_story.get_moment(db, moment.moment_id).title == "Kept"


def test_future_checks_use_today():
    today = dt.date(2026, 3, 1)
    assert clean_when("year_month", 2026, 3, today=today).month == 3
    with pytest.raises(InvalidInput):
        clean_when("year_month", 2026, 4, today=today)
    assert clean_when("age", age=120, birth_year=None, today=today).age == 120


def test_changing_when_checks_the_fields_together(db, plan_id):
    moment = life_story.add_moment(db, plan_id, "Job", when_kind="year", year=1997)
    changed = life_story.update_moment(db, moment.moment_id, when_kind="age", age=18)
    assert changed.when == When("age", None, None, 18, False)
    with pytest.raises(InvalidInput):
        life_story.update_moment(db, moment.moment_id, when_kind="year_month", year=1997)  # no month
    assert life_story.get_moment(db, moment.moment_id).when.age == 18
    with pytest.raises(InvalidInput):
        life_story.update_moment(db, moment.moment_id, colour="red")


def test_remove_and_restore_keep_the_id_and_place(db, plan_id):
    for year in (1990, 2000, 2010):
        life_story.add_moment(db, plan_id, str(year), when_kind="year", year=year)
    middle = life_story.list_moments(db, plan_id)[1]
    removed = life_story.remove_moment(db, middle.moment_id)
    assert titles(db, plan_id) == ["1990", "2010"]
    restored = life_story.restore_moment(db, removed)
    assert restored == middle and titles(db, plan_id) == ["1990", "2000", "2010"]
    with pytest.raises(NotFound):
        life_story.get_moment(db, 999_999)


def test_moving_and_date_order(db, plan_id):
    for year in (1990, 2000, 2010):
        life_story.add_moment(db, plan_id, str(year), when_kind="year", year=year)
    undated = life_story.add_moment(db, plan_id, "After 2000", position=2)
    last = life_story.list_moments(db, plan_id)[-1]
    before = life_story.move_moment(db, last.moment_id, -1)
    assert titles(db, plan_id) == ["1990", "2000", "2010", "After 2000"]
    with pytest.raises(InvalidInput, match="top"):
        life_story.move_moment(db, life_story.list_moments(db, plan_id)[0].moment_id, -1)
    life_story.set_moment_order(db, plan_id, before)
    assert titles(db, plan_id) == ["1990", "2000", "After 2000", "2010"]
    life_story.update_moment(db, undated.moment_id, title="After 2010")
    life_story.update_moment(db, life_story.list_moments(db, plan_id)[0].moment_id, year=2020)
    life_story.set_moment_order(db, plan_id, life_story.date_order(db, plan_id))
    assert titles(db, plan_id) == ["2000", "After 2010", "2010", "1990"]


def test_two_thousand_moments(db, plan_id):
    from planner.storage.life_charts_models import LifeMoment

    with db.session() as session:
        session.info["audit"] = False
        session.add_all(LifeMoment(plan_id=plan_id, position=i, title=f"Moment {i}") for i in range(2000))
    life_story.add_moment(db, plan_id, "One more", when_kind="year", year=2000)
    assert len(life_story.list_moments(db, plan_id)) == 2001
    life_story.MOMENTS_MAX, old = 2001, life_story.MOMENTS_MAX
    try:
        with pytest.raises(InvalidInput, match="as many as Small Steps can keep"):
            life_story.add_moment(db, plan_id, "Too many")
    finally:
        life_story.MOMENTS_MAX = old


def test_people_and_places(db, plan_id):
    anwen = people_places.add_member(db, plan_id, " Anwen ", relation="My sister", closeness="very_close",
                                     contact="07700 900456", visibility="team")
    assert anwen.name == "Anwen" and anwen.contact_visibility == "private"
    library = people_places.add_member(db, plan_id, "The library", kind="place", closeness="around")
    assert [m.name for m in people_places.list_members(db, plan_id)] == ["Anwen", "The library"]
    assert people_places.change_closeness(db, library.member_id, -1) == ("around", "close")
    with pytest.raises(InvalidInput, match="middle circle"):
        people_places.change_closeness(db, anwen.member_id, -1)
    with pytest.raises(InvalidInput, match="outside circle"):
        people_places.change_closeness(db, people_places.update_member(
            db, library.member_id, closeness="around").member_id, 1)
    for bad in ({"name": " "}, {"kind": "robot"}, {"closeness": "far"}, {"contact_visibility": "all"},
                {"relation": "x" * 301}, {"contact": "x" * 2001}, {"phone": "1"}):
        with pytest.raises(InvalidInput):
            people_places.update_member(db, anwen.member_id, **bad)
    removed = people_places.remove_member(db, anwen.member_id)
    assert people_places.restore_member(db, removed) == anwen


def test_the_week(db, plan_id):
    walk = week.add_entry(db, plan_id, "monday", "morning", "Walk Mot", "The park", "Mot", 4, "team")
    week.add_entry(db, plan_id, "sunday", "night", "Sleep")
    tomos = week.add_entry(db, plan_id, "monday", "morning", "Tomos visits", position=0)
    assert [e.title for e in week.list_entries(db, plan_id)] == ["Tomos visits", "Walk Mot", "Sleep"]
    moved = week.update_entry(db, walk.entry_id, day="tuesday")
    assert moved.day == "tuesday" and moved.position == 0
    week.update_entry(db, walk.entry_id, day="monday", time_of_day="morning", position=1)
    assert [e.title for e in week.list_entries(db, plan_id)][:2] == ["Tomos visits", "Walk Mot"]
    before = week.move_entry(db, tomos.entry_id, 1)
    week.set_slot_order(db, plan_id, "monday", "morning", before)
    for bad in ({"day": "funday"}, {"time_of_day": "noon"}, {"title": ""}, {"feeling": 0}):
        with pytest.raises(InvalidInput):
            week.update_entry(db, walk.entry_id, **bad)
    assert week.update_entry(db, walk.entry_id, feeling=None).feeling is None


def test_a_picture_in_use_on_a_moment_or_a_map_cannot_be_removed(db, plan_id):
    picture = picture_service.add_symbol(db, plan_id, "1F415", "Mot")
    moment = life_story.add_moment(db, plan_id, "Mot came", picture_id=picture.picture_id)
    member = people_places.add_member(db, plan_id, "Mot", kind="pet", picture_id=picture.picture_id)
    assert picture_service.uses_of_picture(db, picture.picture_id) == 2
    with pytest.raises(InvalidInput, match="still used"):
        picture_service.remove_picture(db, picture.picture_id)
    life_story.update_moment(db, moment.moment_id, picture_id=None)
    people_places.update_member(db, member.member_id, picture_id=None)
    picture_service.remove_picture(db, picture.picture_id)
    other = people.add_person(db, "Other").plan_id
    elsewhere = picture_service.add_symbol(db, other, "1F415", "Not yours")
    with pytest.raises(InvalidInput):
        life_story.add_moment(db, plan_id, "x", picture_id=elsewhere.picture_id)


def test_history_names_the_part_and_keeps_private_contact_details_out(db, plan_id):
    db.actor = "Tomos"
    member = people_places.add_member(db, plan_id, "Anwen", visibility="panel")
    people_places.update_member(db, member.member_id, contact="07700 900456")
    life_story.add_moment(db, plan_id, "Farm")
    week.add_entry(db, plan_id, "monday", "morning", "Walk")
    parts = {entry.part for entry in history.plan_history(db, plan_id)}
    assert {"people_places", "life_story", "week"} <= parts
    for_panel = " ".join(e.text for e in history.plan_history(db, plan_id, "panel", part="people_places"))
    assert "Anwen" in for_panel and "07700" not in for_panel
    assert "07700" in " ".join(e.text for e in history.plan_history(db, plan_id, "me"))
