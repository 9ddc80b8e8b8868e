"""Content in Welsh: the About me questions and tips, goal ideas and symbol search words."""

import json
from importlib import resources

import pytest

from planner.content import about_me, symbols
from planner.domain.goal_ideas import goal_ideas


@pytest.mark.parametrize("words,expected", [
    ("te", "1F375"), ("paned", "2615"), ("ci", "1F415"), ("rhandir", "1F9D1-200D-1F33E"),
    ("moron", "1F955"), ("tŷ", "1F3E0"), ("ty", "1F3E0"), ("Cymru", "1F3F4-E0067-E0062-E0077-E006C-E0073-E007F"),
    ("meddyg teulu", "1F468-200D-2695-FE0F"), ("tea", "1F375"),  # English still finds, after Welsh
])
def test_welsh_words_find_symbols(words, expected):
    found = [s.key for s in symbols.search(words, "cy")[:6]]
    assert expected in found, [symbols.get_symbol(k, "cy").name for k in found]


def test_a_whole_welsh_name_comes_first():
    assert symbols.search("te", "cy")[0].key == "1F375"  # tea, before teulu, tedi, teledu
    assert symbols.search("ci", "cy")[0].name in ("ci", "ci tywys")


def test_welsh_symbol_words_cover_every_symbol_in_the_same_order():
    english = [s.key for s in symbols.all_symbols("en")]
    welsh = symbols.all_symbols("cy")
    assert [s.key for s in welsh] == english
    assert all(s.name and s.tags for s in welsh)
    assert sum(s.name == symbols.get_symbol(s.key).name for s in welsh) < 40  # really Welsh
    listing = resources.files("resources") / "symbols" / "symbols.cy.json"
    assert json.loads(listing.read_text("utf-8"))["language"] == "cy"


def test_every_goal_idea_is_in_welsh():
    english, welsh = goal_ideas("en"), goal_ideas("cy")
    assert [i.key for i in welsh] == [i.key for i in english]
    for en, cy in zip(english, welsh, strict=True):
        assert cy.title != en.title and cy.why != en.why
        assert len(cy.steps) == len(en.steps) and not set(cy.steps) & set(en.steps)


def test_about_me_in_welsh_has_every_question_and_tip():
    english, welsh = about_me.about_me_content("en"), about_me.about_me_content("cy")
    assert welsh.language == "cy" and welsh.title == "Amdanaf i"
    for en, cy in zip(english.areas, welsh.areas, strict=True):
        assert [p.key for p in cy.prompts] == [p.key for p in en.prompts]
        assert all(p.text for p in cy.prompts) and len(cy.tips) == len(en.tips)
        assert not {p.text for p in cy.prompts} & {p.text for p in en.prompts}
