"""Staying well (the crisis plan) in planner: items by section, contacts in order, lists that
move, and what comes back after Undo."""

import pytest

from planner.domain.staying_well import SHORT_MAX, ContactKind, Section
from planner.errors import InvalidInput, NotFound
from planner.services import items, people, plan_files
from planner.services.staying_well import CONTACT, ITEM, staying_well
from tests.conftest import database_dump


@pytest.fixture
def plan_id(db):
    return people.add_person(db, "Dai").plan_id


def sign(text, **more):
    return {"section": "early_signs", "text": text, **more}


def test_an_empty_crisis_plan(db, plan_id):
    plan = staying_well(db, plan_id)
    assert set(plan.items) == {s.value for s in Section} and not any(plan.items.values())
    assert set(plan.contacts) == {k.value for k in ContactKind} and not any(plan.contacts.values())


def test_items_are_private_unless_said_and_kept_in_order(db, plan_id):
    a = items.add(db, ITEM, plan_id, sign("I stop sleeping"))
    b = items.add(db, ITEM, plan_id, sign("I stop eating", on_card=True, visibility="team"))
    c = items.add(db, ITEM, plan_id, {"section": "what_helps", "text": "A walk"})
    assert a.visibility == "private" and not a.on_card and b.on_card
    assert [i.text for i in staying_well(db, plan_id).items["early_signs"]] == ["I stop sleeping", "I stop eating"]
    items.move(db, ITEM, b.item_id, 0)
    assert [i.text for i in staying_well(db, plan_id).items["early_signs"]] == ["I stop eating", "I stop sleeping"]
    assert c.position == 0  # each section is a list of its own


def test_text_is_one_short_line_for_the_card(db, plan_id):
    item = items.add(db, ITEM, plan_id, sign("  Sleeping\nbadly   again ", detail="More\nlines kept"))
    assert item.text == "Sleeping badly again" and item.detail == "More\nlines kept"
    with pytest.raises(InvalidInput) as raised:
        items.add(db, ITEM, plan_id, sign("x" * (SHORT_MAX + 1)))
    assert raised.value.field == "text" and "at most 200" in raised.value.message
    with pytest.raises(InvalidInput) as raised:
        items.add(db, ITEM, plan_id, sign("   "))
    assert raised.value.field == "text"


@pytest.mark.parametrize("values,field", [
    ({"section": "nowhere", "text": "x"}, "section"),
    ({"section": "practical", "text": "x", "topic": "spaceship"}, "topic"),
    ({"section": "early_signs", "text": "x", "on_card": "yes"}, "on_card"),
    ({"section": "early_signs", "text": "x", "visibility": "public"}, "visibility"),
    ({"section": "early_signs", "text": "x", "colour": "red"}, "colour"),
    ({"section": "early_signs", "text": 12}, "text"),
])
def test_hostile_items_are_refused(db, data_dir, plan_id, values, field):
    before = database_dump(data_dir / "smallsteps.db")
    with pytest.raises(InvalidInput) as raised:
        items.add(db, ITEM, plan_id, values)
    assert raised.value.field == field
    assert database_dump(data_dir / "smallsteps.db") == before


def test_topics_only_where_they_belong(db, plan_id):
    pet = items.add(db, ITEM, plan_id, {"section": "practical", "text": "Mot the cat", "topic": "pets"})
    sign_item = items.add(db, ITEM, plan_id, sign("x", topic="pets"))
    assert pet.topic == "pets" and sign_item.topic == ""


def test_contacts_in_order(db, plan_id):
    anwen = items.add(db, CONTACT, plan_id, {"kind": "contact", "name": "Anwen", "how": "07700 900461"})
    team = items.add(db, CONTACT, plan_id, {"kind": "contact", "name": "Crisis team", "how": "111"})
    mam = items.add(db, CONTACT, plan_id, {"kind": "on_my_behalf", "name": "Mam",
                                          "may_do": "may ring my nurse"})
    items.move(db, CONTACT, team.item_id, 0)
    plan = staying_well(db, plan_id)
    assert [c.name for c in plan.contacts["contact"]] == ["Crisis team", "Anwen"]
    assert plan.contacts["on_my_behalf"] == (mam,)
    with pytest.raises(InvalidInput) as raised:
        items.add(db, CONTACT, plan_id, {"kind": "contact", "name": ""})
    assert raised.value.field == "name"
    with pytest.raises(InvalidInput):
        items.update(db, CONTACT, anwen.item_id, {"kind": "on_my_behalf"})  # not another list
    del anwen


def test_remove_and_restore_keep_id_and_place(db, plan_id):
    texts = ["one", "two", "three"]
    made = [items.add(db, ITEM, plan_id, sign(t)) for t in texts]
    removed = items.remove(db, ITEM, made[1].item_id)
    assert [i.text for i in staying_well(db, plan_id).items["early_signs"]] == ["one", "three"]
    back = items.restore(db, ITEM, removed)
    assert back == made[1]
    assert [i.text for i in staying_well(db, plan_id).items["early_signs"]] == texts
    with pytest.raises(InvalidInput):
        items.restore(db, ITEM, removed)  # already back
    with pytest.raises(NotFound):
        items.remove(db, ITEM, 999_999)


def test_a_full_section_says_so(db, plan_id, monkeypatch):
    from planner.domain import staying_well as rules

    monkeypatch.setattr(rules, "ITEMS_MAX", 2)
    items.add(db, ITEM, plan_id, sign("a"))
    items.add(db, ITEM, plan_id, sign("b"))
    with pytest.raises(InvalidInput) as raised:
        items.add(db, ITEM, plan_id, sign("c"))
    assert "full" in raised.value.message


def test_the_example_has_a_full_crisis_plan(db):
    plan_id = plan_files.add_example_plan(db)
    plan = staying_well(db, plan_id)
    assert all(plan.items[s.value] for s in Section)
    assert [c.name for c in plan.contacts["contact"]][0] == "Anwen Hughes"
    assert plan.contacts["on_my_behalf"][0].may_do.startswith("may ring Tomos")
    assert any(i.on_card for i in plan.items["early_signs"])
