"""A plan whose answers are as long as the plan file allows (100,000 characters where the schema
lets them be), for proving every export copes: text flows across pages, long words break."""

import copy
from functools import cache

from planner.plan_file.document import PlanDocument
from planner.plan_file.reader import check_data
from planner.services import plan_files

LONGEST = 100_000


def long_text(length: int = LONGEST) -> str:
    """Ordinary words with Welsh letters, one word far wider than a page, and line breaks."""
    words = "Mae'r ŵyn yn y cae ger y tŷ ac rwy'n hoffi cerdded yno gyda Mot bob bore. "
    giant = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch" * 60
    block = words * 40 + giant + "\n" + words * 20 + "\n"
    return (block * (length // len(block) + 1))[:length]


# Where answers can be 100,000 characters (the schema's longest), one of each way an export
# lays text out: an answer box, a table cell, a key and its value, a picture line, a quote.
LONG_FIELDS = (
    ("about_me", "background", 0, "text"),
    ("needs", 0, "words"),
    ("goals", 0, "outcome"),
    ("goals", 0, "why_it_matters"),
    ("meetings", 0, "actions", 0, "what"),
    ("reviews", 0, "working_for_me"),
    ("life_story", 0, "story"),
)
SHORTER_FIELDS = (  # as long as the schema lets these be
    (("goals", 0, "steps", 0, "what"), 2_000),
    (("support_budget", "support_lines", 0, "purpose"), 5_000),
    (("staying_well", "early_signs", 0, "detail"), 5_000),
    (("staying_well", "early_signs", 0, "text"), 200),
)


@cache
def long_plan_data() -> dict:
    """The example plan with its longest answers as long as the plan file allows, every one of
    them shared with the panel (so every kind of export has to print them)."""
    data = copy.deepcopy(plan_files.example_document().data)
    plan = data["plan"]
    fields = [(path, LONGEST) for path in LONG_FIELDS] + list(SHORTER_FIELDS)
    for path, length in fields:
        holder = plan
        for key in path[:-1]:
            holder = holder[key]
            if isinstance(holder, dict) and "visibility" in holder:
                holder["visibility"] = "panel"
        holder[path[-1]] = long_text(length)
    plan["staying_well"]["early_signs"][0]["on_card"] = True
    check_data(data)
    return data


def long_plan_document() -> PlanDocument:
    example = plan_files.example_document()
    return PlanDocument(copy.deepcopy(long_plan_data()), dict(example.pictures))
