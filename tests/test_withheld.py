"""Absent, kept private and shared are three different things: the audience filter leaves a count
of what an audience may not see (never what it is), and the panel pack and team copy say
"Nothing written yet" or "2 kept private by the person" truthfully."""

import json
import re
import shutil

import pytest

from planner.domain.doc_diff import diff_documents
from planner.export.audience import for_audience
from planner.plan_file.document import PlanDocument
from planner.services import exports, goals, people
from tests.helpers import example_json
from tests.pdf_tools import text

NEEDS_TOOLS = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _flat(blob: bytes) -> str:
    return " ".join(text(blob).split())


@NEEDS_TOOLS
def test_a_plan_with_only_a_name_never_says_not_shared(db):
    plan_id = people.add_person(db, "Sam Only").plan_id
    panel = _flat(exports.export_bytes(db, plan_id, "panel-pdf", "panel", invariant=True))
    team = _flat(exports.export_bytes(db, plan_id, "team-pdf", "team", invariant=True))
    for words in (panel, team):
        assert "not shared" not in words.lower() and "kept private" not in words
    assert "What do you want to change? Nothing written yet" in panel
    assert "No support has been costed yet." in panel

    goals.add_goal(db, plan_id, "Swim at the leisure centre again")
    goals.add_goal(db, plan_id, "Cook a roast for my brother")
    panel = _flat(exports.export_bytes(db, plan_id, "panel-pdf", "panel", invariant=True))
    assert "What do you want to change? 2 kept private by the person" in panel
    assert "Goals: 2 kept private by the person." in panel
    assert "Swim" not in panel and "roast" not in panel and "not shared" not in panel.lower()


def test_the_marker_holds_counts_and_place_names_only():
    data = example_json()
    document = PlanDocument(data, {})
    private_words = set()

    def make_private(value):
        if isinstance(value, dict):
            if "visibility" in value:
                value["visibility"] = "private"
            for child in value.values():
                make_private(child)
        elif isinstance(value, list):
            for child in value:
                make_private(child)
        elif isinstance(value, str) and len(value) > 3:
            private_words.add(value)

    make_private(data["plan"])
    for audience in ("team", "panel"):
        marker = for_audience(document, audience).data["withheld"]
        assert marker, "the example plan has things written in it"
        for place, counts in marker.items():
            assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", place)
            assert set(counts) <= {"private", "team"}
            assert all(type(n) is int and 0 < n < 200 for n in counts.values())
        dumped = json.dumps(marker)
        assert not any(words in dumped for words in private_words if " " in words)
        assert "£" not in dumped and "pence" not in dumped
    # The person sees everything: nothing is kept from them.
    assert for_audience(document, "me").data["withheld"] == {}


def test_filtering_twice_keeps_the_counts():
    data = example_json()
    once = for_audience(PlanDocument(data, {}), "panel")
    twice = for_audience(once, "panel")
    assert twice.data["withheld"] == once.data["withheld"] != {}


def test_what_changed_says_how_many_were_kept_back_never_what():
    data = example_json()
    before = for_audience(PlanDocument(json.loads(json.dumps(data)), {}), "panel").data
    for goal in data["plan"]["goals"]:
        goal["visibility"] = "private"
    after = for_audience(PlanDocument(data, {}), "panel").data
    sentences = [c.sentence() for c in diff_documents(before, after)]
    kept = [s for s in sentences if "kept back" in s]
    assert kept and kept[0].startswith("My goals: how many items are kept back changed from")

