"""The window's counted words come from planner's gettext catalogue (CLDR plural forms), not
from Qt's tr() %n, whose Welsh rules differ for 2 to 5."""

import ast
from pathlib import Path

import pytest

from planner.domain import counted_words as words
from planner.i18n import using

COUNTS = (0, 1, 2, 3, 6, 11)


@pytest.mark.parametrize("n", COUNTS)
def test_english_forms(n):
    with using("en"):
        many = n != 1
        assert words.answers_heading(n) == (f"{n} answers:" if many else "1 answer:")
        assert words.steps_done(1 if n else 0, n) == (
            f"{1 if n else 0} of {n} steps done" if many else "1 of 1 step done")
        assert words.people_shown(n, n) == (f"{n} people." if many else "1 person.")
        if n:
            assert words.people_shown(0, n) == (f"Showing 0 of {n} people." if many
                                                else "Showing 0 of 1 person.")
        assert words.changes_summary(n).startswith(f"{n} changes, part by part" if many
                                                   else "1 change (")
        assert words.packs_done(n, "/tmp/x") == (
            f"Done: {n} packs and the index are in /tmp/x." if many
            else "Done: 1 pack and the index are in /tmp/x.")
        assert words.preview_pages(n) == f"This is what they will see ({n} page{'s' if many else ''})."


def test_big_numbers_are_written_the_languages_way():
    with using("en"):
        assert words.people_shown(9_999, 10_000) == "Showing 9,999 of 10,000 people."
    with using("cy"):
        assert "10,000" in words.people_shown(10_000, 10_000)


def test_the_window_counts_only_through_planner():
    """No tr() in ui/ picks a singular or plural by hand ("1 person." if n == 1 else ...)."""
    root = Path(__file__).resolve().parent.parent / "ui"
    by_hand = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.IfExp):
                texts = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant)
                         and isinstance(n.value, str)]
                if any(t.startswith("1 ") for t in texts):
                    by_hand.append(f"{path.name}:{node.lineno}")
    assert not by_hand, by_hand


def test_welsh_forms_follow_cldr_for_0_1_2_3_6_11():
    """Welsh counts a noun in the singular after a number, mutated after 2 (soft), 3 and 6
    (aspirate): Qt's five-form rule could not tell 2 from 3 to 5 this way."""
    with using("cy"):
        assert [words.people_shown(n, n) for n in COUNTS] == [
            "0 o bobl.", "1 person.", "2 berson.", "3 pherson.", "6 pherson.", "11 o bobl."]
        assert [words.preview_pages(n) for n in COUNTS] == [
            f"Dyma beth fyddan nhw'n ei weld ({n} {page})." for n, page in zip(
                COUNTS, ("tudalen", "tudalen", "dudalen", "tudalen", "thudalen", "tudalen"), strict=False)]
        assert [words.packs_done(n, "F").split(" a'r")[0] for n in COUNTS] == [
            f"Wedi gorffen: mae {n} {pack}" for n, pack in zip(
                COUNTS, ("pecyn", "pecyn", "becyn", "phecyn", "phecyn", "pecyn"), strict=False)]
        for n in COUNTS:
            for text in (words.answers_heading(n), words.more_answers(n), words.areas_filled(n, 7),
                         words.steps_done(0, n), words.actions_done(0, n),
                         words.people_shown(0, n), words.changes_summary(n)):
                assert str(n) in text and "answer" not in text and "people" not in text, text
