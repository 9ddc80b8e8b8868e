"""The life-charts in the plan's PDFs: each part's chart and its items in words, as shared."""

import shutil

import pytest

from planner.services import exports, life_story, people_places, plan_files
from tests.test_canary import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_my_plan_has_the_three_parts_and_the_panel_only_what_it_may_see(db):
    plan_id = plan_files.add_example_plan(db)
    life_story.add_moment(db, plan_id, "Zzprivate moment", feeling=1)
    people_places.add_member(db, plan_id, "Zzpanel friend", visibility="panel", contact="Zzsecret number")
    mine = pdf_text(exports.export_bytes(db, plan_id, "my-plan-pdf", "me", invariant=True))
    for words in ("My life story", "My people and places", "My week", "Dad died", "Zzprivate moment",
                  "Contact: 07700 900456", "Zzsecret number", "Awake a lot", "Seen by: Just me"):
        assert words in mine, words
    panel = pdf_text(exports.export_bytes(db, plan_id, "panel-pdf", "panel", invariant=True))
    assert "My first job" in panel and "Zzpanel friend" in panel
    for words in ("Dad died", "Zzprivate moment", "07700", "Zzsecret number", "Awake a lot"):
        assert words not in panel, words
    bare = people_places.list_members(db, plan_id)  # a plan with none of these has no headings
    assert bare
    empty = plan_files.add_document(db, plan_files.example_document())
    for moment in life_story.list_moments(db, empty):
        life_story.remove_moment(db, moment.moment_id)
    text = pdf_text(exports.export_bytes(db, empty, "team-pdf", "team", invariant=True))
    assert "My life story" not in text and "My week" in text
