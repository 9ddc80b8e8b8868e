"""The easy read holds the whole plan the person may see (issue 16, item 2): people, week, needs,
goals, staying well, support and money in plain sums, meetings and who does what."""

import shutil
from functools import cache

import pytest

from planner.export.audience import for_audience
from planner.export.easy_read_parts import money_sentence
from planner.export.kinds import EXPORTS
from planner.services import plan_files
from tests import pdf_tools

NEEDS_TOOLS = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@cache
def words(audience: str) -> str:
    document = for_audience(plan_files.example_document(), audience)
    blob = EXPORTS["easy-read-pdf"].make(document, {"invariant": True})
    return " ".join(pdf_tools.text(blob).split())


def test_the_money_in_plain_sums():
    assert money_sentence(500_000, 460_000) == "You get £5,000 a year. Your support costs £4,600 a year. £400 is left."
    assert money_sentence(500_000, 500_000).endswith("That is all of your money.")
    assert money_sentence(500_000, 512_345).endswith("That is £123.45 more than you get.")
    assert money_sentence(None, 460_000) == "Your support costs £4,600 a year."


@NEEDS_TOOLS
def test_the_example_easy_read_holds_the_money_every_support_line_and_the_meeting_actions():
    text = words("me")
    data = plan_files.example_document().data["plan"]
    assert "You get £12,600 a year. Your support costs £11,827.81 a year. £772.19 is left." in text
    for line in data["support_budget"]["support_lines"]:
        assert line["who"] in text
    for action in data["meetings"][0]["actions"]:
        assert action["what"] in text
    for heading in ("My people and places", "My week", "What I need", "My goals", "My support and my money",
                    "My meetings"):
        assert heading in text


@NEEDS_TOOLS
def test_the_panel_easy_read_holds_only_what_the_panel_may_see():
    document = plan_files.example_document()
    private_lines = [line["who"] for line in document.data["plan"]["support_budget"]["support_lines"]
                     if line["visibility"] != "panel"]
    panel = words("panel")
    assert "My support and my money" in panel
    for who in private_lines:
        assert f"{who} helps me" not in panel
