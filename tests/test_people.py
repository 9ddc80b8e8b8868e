"""People and plans: adding, finding, renaming, removing and restoring; odd and hostile input."""

import datetime as dt

import pytest

from planner.errors import InvalidInput, NotFound
from planner.services import people, plans


def test_add_list_and_search(db):
    people.add_person(db, "Zoë Evans")
    people.add_person(db, "aled jones")
    people.add_person(db, "Mair 100%_sure")
    assert [p.name for p in people.list_people(db)] == ["aled jones", "Mair 100%_sure", "Zoë Evans"]
    assert [p.name for p in people.list_people(db, "ZOË")] == ["Zoë Evans"]
    assert [p.name for p in people.list_people(db, "%")] == ["Mair 100%_sure"]
    assert [p.name for p in people.list_people(db, "_")] == ["Mair 100%_sure"]
    assert people.list_people(db, "nobody") == []


def test_a_new_person_has_a_plan(db):
    added = people.add_person(db, "  Dewi   Lloyd ")
    assert added.name == "Dewi Lloyd"
    plan = plans.get_plan(db, added.plan_id)
    assert plan.person_id == added.person_id and plan.status == "draft"


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", None, 42, "x" * 201])
def test_bad_names_are_refused_and_nothing_is_added(db, bad):
    with pytest.raises(InvalidInput) as raised:
        people.add_person(db, bad)
    assert raised.value.message
    assert people.list_people(db) == []


def test_names_keep_emoji_and_welsh_letters_exactly(db):
    added = people.add_person(db, "Ŵyn ap Llŷr 🌻")
    assert people.get_person(db, added.person_id).name == "Ŵyn ap Llŷr 🌻"


def test_control_characters_are_dropped(db):
    added = people.add_person(db, "Ann\x00\x1b[31m Bell")
    assert people.get_person(db, added.person_id).name == "Ann[31m Bell"


def test_rename_and_details(db):
    added = people.add_person(db, "Jo")
    people.rename_person(db, added.person_id, "Joanna")
    people.update_person(db, added.person_id, pronouns="she/her", date_of_birth="1990-01-31",
                         needs_large_text=True, details_visibility="team")
    details = people.get_person(db, added.person_id)
    assert (details.name, details.pronouns, details.date_of_birth) == (
        "Joanna", "she/her", dt.date(1990, 1, 31))
    assert details.needs_large_text and details.details_visibility == "team"


@pytest.mark.parametrize(
    "field,value",
    [
        ("date_of_birth", "2999-01-01"),
        ("date_of_birth", "1800-01-01"),
        ("date_of_birth", "31/02/1990"),  # written day first is fine; 31 February is not
        ("details_visibility", "everyone"),
        ("needs_easy_read", "yes"),
        ("removed_at", None),
        ("other_communication_needs", "x" * 100_001),
    ],
)
def test_bad_details_change_nothing(db, field, value):
    added = people.add_person(db, "Jo")
    before = people.get_person(db, added.person_id)
    with pytest.raises(InvalidInput):
        people.update_person(db, added.person_id, name="Changed", **{field: value})
    assert people.get_person(db, added.person_id) == before


def test_very_long_text_is_kept_whole(db):
    added = people.add_person(db, "Jo")
    text = ("Mae hyn yn bwysig i mi. ŵ ŷ 🌱 " * 2000)[:50_000].strip()
    people.update_person(db, added.person_id, other_communication_needs=text)
    assert people.get_person(db, added.person_id).other_communication_needs == text


def test_remove_restore_and_purge(db):
    kept = people.add_person(db, "Kept")
    gone = people.add_person(db, "Gone")
    people.remove_person(db, gone.person_id)
    assert [p.name for p in people.list_people(db)] == ["Kept"]
    with pytest.raises(NotFound):
        people.get_person(db, gone.person_id)
    people.restore_person(db, gone.person_id)
    assert [p.name for p in people.list_people(db)] == ["Gone", "Kept"]
    people.remove_person(db, gone.person_id)
    assert people.purge_removed(db) == 1
    with pytest.raises(NotFound):
        people.restore_person(db, gone.person_id)
    assert plans.get_plan(db, kept.plan_id).person_name == "Kept"


def test_helpers_add_remove_and_put_back_in_place(db):
    added = people.add_person(db, "Jo")
    a = plans.add_helper(db, added.plan_id, "Ann", "family", "team")
    b = plans.add_helper(db, added.plan_id, "Bob", "broker", "panel")
    c = plans.add_helper(db, added.plan_id, "Cai", "advocate")
    assert c.visibility == "private"  # the default is just me
    removed = plans.remove_helper(db, b.helper_id)
    assert [h.name for h in plans.get_plan(db, added.plan_id).helpers] == ["Ann", "Cai"]
    plans.add_helper(db, added.plan_id, removed.name, removed.role, removed.visibility,
                     position=removed.position, helper_id=removed.helper_id)
    helpers = plans.get_plan(db, added.plan_id).helpers
    assert [(h.name, h.helper_id) for h in helpers] == [
        ("Ann", a.helper_id), ("Bob", b.helper_id), ("Cai", c.helper_id)]
    with pytest.raises(InvalidInput):
        plans.add_helper(db, added.plan_id, "Dup", helper_id=a.helper_id)
    with pytest.raises(InvalidInput):
        plans.add_helper(db, added.plan_id, "Eve", role="boss")


def test_plan_dates_must_make_sense(db):
    added = people.add_person(db, "Jo")
    plans.update_plan(db, added.plan_id, title="My plan", started_on="2026-01-01")
    with pytest.raises(InvalidInput):
        plans.update_plan(db, added.plan_id, ends_on="2025-01-01")
    for status in ("approved-ish", "agreed"):  # status changes are recorded: plan_status only
        with pytest.raises(InvalidInput):
            plans.update_plan(db, added.plan_id, status=status)
    details = plans.get_plan(db, added.plan_id)
    assert details.title == "My plan" and details.ends_on is None


def test_plan_survives_reopening(data_dir):
    from planner.storage.database import Database

    db = Database.open(data_dir)
    added = people.add_person(db, "Persistent Pat")
    plans.update_plan(db, added.plan_id, title="Still here")
    db.close()
    again = Database.open(data_dir)
    assert plans.get_plan(again, added.plan_id).title == "Still here"
    again.close()
