"""Staying well and the budget in the plan file (both ways), the audience filter, bad files,
and the upgrade of a first-schema database."""

import json
import shutil
import sqlite3
import tempfile
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.funding_shares import Share
from planner.domain.staying_well import Section
from planner.errors import NotAPlanFile
from planner.export.audience import for_audience
from planner.plan_file.document import PlanDocument, content_of
from planner.plan_file.parts.support_budget import totals_of
from planner.plan_file.reader import check_data
from planner.services import budget, hours_reviews, items, people, plan_files, support_lines
from planner.services.staying_well import CONTACT, ITEM, staying_well
from planner.storage.database import Database
from tests.conftest import database_dump
from tests.helpers import example_json

FIXTURES = Path(__file__).parent / "fixtures"


def round_trip(db, plan_id, tmp_path):
    path = plan_files.export_plan_file(db, plan_id, tmp_path / "plan.smallsteps")
    other = Database.open(tmp_path / "other")
    try:
        new_id = plan_files.import_plan_file(other, path)
        return plan_files.plan_document(other, new_id), plan_files.plan_document(db, plan_id)
    finally:
        other.close()


def test_the_example_goes_out_and_comes_back_the_same(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    back, original = round_trip(db, plan_id, tmp_path)
    assert content_of(back) == content_of(original)
    data = original.data["plan"]
    assert data["staying_well"]["contacts"][0]["name"] == "Anwen Hughes"
    assert len(data["support_budget"]["support_lines"]) == 5
    assert data["support_budget"]["reviews"][1]["missed_visits"][0]["reason"] == "worker_could_not_come"
    # the example file itself is what the program writes back
    example = example_json()["plan"]
    assert data["staying_well"] == example["staying_well"]
    assert data["support_budget"] == example["support_budget"]


def test_odd_content_round_trips(db, tmp_path):
    plan_id = people.add_person(db, "Ŵil 🌱").plan_id
    budget.update_settings(db, plan_id, year_starts_on="2027-04-01", year_ends_on="2028-03-31",
                           bank_holidays="10", allocation_pence="0.01", notes="“quotes” & <tags>")
    phase = items.add(db, budget.PHASE, plan_id, {"name": "Spring ☀", "starts_on": "2027-04-01",
                                                  "ends_on": "2027-06-30", "visibility": "team"})
    items.add(db, support_lines.LINE, plan_id, {
        "who": "Ŷ" * 200, "hours": "0.01", "rate_pence": "0.01", "bank_holiday_rate_pence": "",
        "phase_id": phase.item_id, "purpose": "a\nb\tc"})
    items.add(db, support_lines.TRAVEL, plan_id, {"what": "Bus", "miles": "0.5", "rate_pence": "0"})
    items.add(db, ITEM, plan_id, {"section": "wishes", "topic": "hospital", "text": "Near home",
                                  "detail": "x" * 5000, "on_card": True})
    items.add(db, CONTACT, plan_id, {"kind": "on_my_behalf", "name": "Mam", "may_do": "ring"})
    review = items.add(db, hours_reviews.REVIEW, plan_id, {
        "starts_on": "2027-04-01", "ends_on": "2027-04-30", "planned_hours": "3.25",
        "banked_hours": "1"})
    items.add(db, hours_reviews.MISSED, review.item_id, {"hours": "0.5", "reason": "other"})
    back, original = round_trip(db, plan_id, tmp_path)
    assert content_of(back) == content_of(original)
    sb = original.data["plan"]["support_budget"]
    assert sb["support_lines"][0]["phase"] == "phase-1" and sb["phases"][0]["id"] == "phase-1"
    assert sb["support_lines"][0]["hours"] == "0.01"
    assert sb["settings"]["year_ends_on"] == "2028-03-31"


def test_an_empty_plan_round_trips(db, tmp_path):
    plan_id = people.add_person(db, "Empty").plan_id
    back, original = round_trip(db, plan_id, tmp_path)
    assert content_of(back) == content_of(original)
    assert original.data["plan"]["support_budget"]["settings"]["visibility"] == "private"


def test_the_panel_sees_only_what_was_shared(db):
    plan_id = plan_files.add_example_plan(db)
    panel = for_audience(plan_files.plan_document(db, plan_id), "panel").data["plan"]
    team = for_audience(plan_files.plan_document(db, plan_id), "team").data["plan"]
    texts = json.dumps(panel["staying_well"], ensure_ascii=False)
    assert "ex-partner" not in texts and "talking about me" not in texts
    assert "ex-partner" not in json.dumps(team, ensure_ascii=False)  # just me
    assert panel["support_budget"]["reviews"] == []  # the reviews are for the team
    assert len(team["support_budget"]["reviews"]) == 2
    assert panel["support_budget"]["settings"]["points"] == 56


def test_totals_from_the_document_match_the_program(db):
    plan_id = plan_files.add_example_plan(db)
    part = plan_files.plan_document(db, plan_id).data["plan"]["support_budget"]
    from_file = totals_of(part)
    from_db = support_lines.overview(db, plan_id).totals
    assert (from_file.year, from_file.left, from_file.periods, from_file.streams) == (
        from_db.year, from_db.left,
        tuple(p.__class__(**{**p.__dict__, "key": f"phase-{i + 1}"}) for i, p in enumerate(from_db.periods)),
        from_db.streams)


def _bad(change):
    data = example_json()
    change(data["plan"])
    return data


def _set(path, value):
    def change(plan):
        target = plan
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


BAD = {
    "overlapping phases": _set(["support_budget", "phases", 1, "starts_on"], "2026-10-01"),
    "a phase ending before it starts": _set(["support_budget", "phases", 0, "ends_on"], "2026-08-01"),
    "a split that does not add up": _set(["support_budget", "support_lines", 0, "proactive_hours"], "9"),
    "more than 168 hours a week": _set(["support_budget", "support_lines", 0, "hours"], "169"),
    "a phase that is not there": _set(["support_budget", "support_lines", 0, "phase"], "phase-9"),
    "taking out hours never banked": _set(["support_budget", "reviews", 1, "from_bank_hours"], "50"),
    "a missed visit outside its review": _set(
        ["support_budget", "reviews", 0, "missed_visits", 0, "on_date"], "2030-01-01"),
    "two rows for one stream": _set(["support_budget", "funding_streams", 1, "stream"], "social_care"),
    "shares that do not add up": _set(["support_budget", "support_lines", 2, "shares", 1, "percent"], "40"),
    "a share over 100 %": _set(["support_budget", "support_lines", 2, "shares"],
                               [{"stream": "social_care", "percent": "150"}]),
    "one stream paying twice": _set(["support_budget", "support_lines", 2, "shares", 1, "stream"],
                                    "social_care"),
    "a fixed amount more than the week": _set(["support_budget", "support_lines", 2, "shares"], [
        {"stream": "health", "amount_pence": 50_00}, {"stream": "social_care", "percent": "100"}]),
    "a goal that is not there": _set(["support_budget", "one_off_purchases", 0, "goals"], ["goal-99"]),
}

SCHEMA_BAD = {
    "a negative rate": _set(["support_budget", "support_lines", 0, "rate_pence"], -2150),
    "a rate as a float": _set(["support_budget", "support_lines", 0, "rate_pence"], 21.5),
    "hours with three places": _set(["support_budget", "support_lines", 0, "hours"], "10.001"),
    "hours as a number": _set(["support_budget", "support_lines", 0, "hours"], 10),
    "a made-up stream": _set(["support_budget", "support_lines", 0, "stream"], "lottery"),
    "a share from a made-up stream": _set(["support_budget", "support_lines", 2, "shares", 0, "stream"],
                                          "lottery"),
    "a negative share": _set(["support_budget", "support_lines", 2, "shares", 0, "percent"], "-50"),
    "a negative fixed share": _set(["support_budget", "support_lines", 2, "shares"],
                                   [{"stream": "health", "amount_pence": -100}]),
    "a share as a float": _set(["support_budget", "support_lines", 2, "shares", 0, "percent"], 50.0),
    "a share both ways": _set(["support_budget", "support_lines", 2, "shares", 0, "amount_pence"], 100),
    "a long card line": _set(["staying_well", "what_helps", 0, "text"], "x" * 201),
    "no visibility": lambda plan: plan["staying_well"]["contacts"][0].pop("visibility"),
    "an extra field": _set(["staying_well", "sql"], "DROP TABLE plan"),
    "a made-up section": _set(["staying_well", "what_i_ate"], []),
    "a sign with no words": _set(["staying_well", "early_signs", 0, "text"], " \t"),
    "a date that is not a day": _set(["support_budget", "phases", 0, "starts_on"], "2026-02-30"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_file_with_a_wrong_budget_or_crisis_plan_is_refused_whole(db, data_dir, name):
    plan_files.add_example_plan(db)
    before = database_dump(data_dir / "smallsteps.db")
    data = _bad(BAD[name])
    check_data(data)  # the schema can't see these: the same rules as typing them in do
    with pytest.raises(NotAPlanFile) as raised:
        plan_files.add_document(db, PlanDocument(data, plan_files.example_document().pictures))
    assert "can't keep" in raised.value.message
    assert database_dump(data_dir / "smallsteps.db") == before


@pytest.mark.parametrize("name", sorted(SCHEMA_BAD))
def test_the_schema_refuses_malformed_parts(name):
    with pytest.raises(NotAPlanFile):
        check_data(_bad(SCHEMA_BAD[name]))


def test_a_first_schema_database_upgrades_and_the_new_parts_work(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-0001.db", data_dir / "smallsteps.db")
    source = sqlite3.connect(data_dir / "smallsteps.db")
    counts = {t: source.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("person", "plan", "plan_helper")}
    plan_id = source.execute("SELECT id FROM plan ORDER BY id").fetchone()[0]
    source.close()
    db = Database.open(data_dir)
    try:
        with db.engine.connect() as connection:
            for table, count in counts.items():
                assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count
        items.add(db, ITEM, plan_id, {"section": "early_signs", "text": "I stop sleeping"})
        items.add(db, support_lines.LINE, plan_id, {"who": "Help", "hours": "3", "rate_pence": "20"})
        assert staying_well(db, plan_id).items["early_signs"][0].text == "I stop sleeping"
        assert support_lines.overview(db, plan_id).totals.year == 3 * 20_00 * 52
    finally:
        db.close()


text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60).map(str.strip)
words = text.filter(bool)
visibility = st.sampled_from(["private", "team", "panel"])
hours = st.integers(0, 16_800).map(lambda n: str(n / 100) if n % 100 else str(n // 100))
pounds = st.integers(0, 100_000).map(lambda p: f"{p // 100}.{p % 100:02d}")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    signs=st.lists(st.tuples(st.sampled_from([s.value for s in Section]), words, text, st.booleans(),
                             visibility), max_size=6),
    contacts=st.lists(st.tuples(st.sampled_from(["contact", "on_my_behalf"]), words, text, visibility),
                      max_size=4),
    lines=st.lists(st.tuples(words, hours, pounds, st.one_of(st.none(), pounds),
                             st.sampled_from([
                                 [], [{"stream": "social_care", "percent": "100"}],
                                 [{"stream": "social_care", "percent": "50"},
                                  {"stream": "housing_support", "percent": "50"}],
                                 [{"stream": "joint", "percent": "100"}]]), visibility),
                   max_size=5),
    purchases=st.lists(st.tuples(words, pounds, visibility), max_size=3),
    bank_holidays=st.integers(0, 20),
)
def test_any_budget_and_crisis_plan_round_trips(signs, contacts, lines, purchases, bank_holidays):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = Database.open(folder / "a")
        plan_id = people.add_person(db, "Prop").plan_id
        budget.update_settings(db, plan_id, bank_holidays=bank_holidays)
        for section, short, detail, card, seen in signs:
            items.add(db, ITEM, plan_id, {"section": section, "text": short[:200], "detail": detail,
                                          "on_card": card, "visibility": seen})
        for kind, name, how, seen in contacts:
            items.add(db, CONTACT, plan_id, {"kind": kind, "name": name, "how": how[:200],
                                             "visibility": seen})
        for who, h, rate, bh, shares, seen in lines:
            items.add(db, support_lines.LINE, plan_id, {
                "who": who, "hours": h, "rate_pence": rate, "bank_holiday_rate_pence": bh or "",
                "shares": shares, "visibility": seen})
        for what, cost, seen in purchases:
            items.add(db, support_lines.PURCHASE, plan_id, {"what": what, "amount_pence": cost,
                                                            "visibility": seen})
        path = plan_files.export_plan_file(db, plan_id, folder / "p.smallsteps")
        other = Database.open(folder / "b")
        new_id = plan_files.import_plan_file(other, path)
        assert content_of(plan_files.plan_document(other, new_id)) == content_of(
            plan_files.plan_document(db, plan_id))
        assert support_lines.overview(other, new_id).totals == support_lines.overview(db, plan_id).totals
        db.close()
        other.close()


def test_the_record_of_changes_files_everything_under_the_plan(db):
    from sqlalchemy import text as sql

    from planner.services import people as people_service

    plan_id = plan_files.add_example_plan(db)
    mine = ("staying_well_item", "staying_well_contact", "budget", "funding_stream", "budget_phase",
            "support_line", "one_off_purchase", "travel_item", "hours_review", "missed_visit")
    with db.engine.connect() as connection:
        rows = connection.execute(sql("SELECT chain, item_kind FROM audit_event")).fetchall()
    kinds = {kind for chain, kind in rows if chain == plan_id}
    assert set(mine) <= kinds
    assert not [kind for chain, kind in rows if chain == 0 and kind in mine]
    people_service.remove_person(db, people_service.list_people(db)[0].person_id)
    people_service.purge_removed(db)
    with db.engine.connect() as connection:
        left = connection.execute(sql("SELECT item_kind FROM audit_event")).scalars().all()
    assert not set(left) & set(mine)  # deleted for good means gone from the record too


def test_history_names_the_part(db):
    from planner.services import history

    plan_id = plan_files.add_example_plan(db)
    parts = {entry.part for entry in history.plan_history(db, plan_id)}
    assert {"staying_well", "support_budget"} <= parts
    assert history.plan_history(db, plan_id, "panel", part="support_budget")


def test_an_older_file_with_one_stream_an_item_still_reads(db):
    """Files written before shared funding give each item one `stream` and goals no ids."""
    data = example_json()
    budget_part = data["plan"]["support_budget"]
    for key in ("support_lines", "one_off_purchases", "travel"):
        for item in budget_part[key]:
            item.pop("goals", None)
            shares = item.pop("shares")
            item["stream"] = shares[0]["stream"] if len(shares) == 1 else "joint"
    for goal in data["plan"]["goals"]:
        goal.pop("id")
    check_data(data)
    plan_id = plan_files.add_document(db, PlanDocument(data, plan_files.example_document().pictures))
    overview = support_lines.overview(db, plan_id)
    assert [line.shares for line in overview.lines][2:4] == [
        (Share("joint", D(100)),), (Share("section_117", D(100)),)]
    assert all(line.goal_ids == () for line in overview.lines)
    assert {s.stream: s.spent for s in overview.totals.streams}["joint"] == 1_976_00
