"""The audience filter: the one place that decides what leaves the computer."""

from planner.export.audience import for_audience
from planner.pictures import sanitise_picture
from planner.services import people, plan_files, plans
from tests.helpers import jpeg_bytes


def _all_text(value) -> str:
    return repr(value)


def test_each_audience_sees_only_what_it_may(db):
    added = people.add_person(db, "Cerys")
    people.update_person(db, added.person_id, pronouns="PRIVATE-PRONOUNS", details_visibility="private")
    people.set_photo(db, added.person_id, sanitise_picture(jpeg_bytes()), "PRIVATE-PHOTO")
    plans.add_helper(db, added.plan_id, "PRIVATE-HELPER", "family", "private")
    plans.add_helper(db, added.plan_id, "TEAM-HELPER", "support_worker", "team")
    plans.add_helper(db, added.plan_id, "PANEL-HELPER", "broker", "panel")
    document = plan_files.plan_document(db, added.plan_id)

    me = _all_text(for_audience(document, "me").data)
    team = for_audience(document, "team")
    panel = for_audience(document, "panel")
    assert all(m in me for m in ("PRIVATE-PRONOUNS", "PRIVATE-HELPER", "TEAM-HELPER", "PANEL-HELPER"))
    assert "PRIVATE" not in _all_text(team.data) and "TEAM-HELPER" in _all_text(team.data)
    assert "PRIVATE" not in _all_text(panel.data) and "TEAM" not in _all_text(panel.data)
    assert "PANEL-HELPER" in _all_text(panel.data)
    assert team.pictures == {} and panel.pictures == {}
    assert len(for_audience(document, "me").pictures) == 1


def test_the_filter_does_not_change_the_original(db):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    before = repr(document.data)
    for_audience(document, "panel")
    assert repr(document.data) == before
