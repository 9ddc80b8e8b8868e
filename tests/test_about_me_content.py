"""The About me content and the symbol library: complete, plain, and findable."""

import json
from importlib import resources

import pytest

from planner.content import about_me, symbols
from planner.domain.about_me import AREA_KEYS
from tests.readability import flesch_reading_ease

CONTENT = about_me.about_me_content("en")


def test_seven_areas_with_stable_keys_in_order():
    assert tuple(area.key for area in CONTENT.areas) == AREA_KEYS == (
        "background", "relationships", "personal_status", "home", "places_and_activities",
        "preferences", "desirable_future",
    )


@pytest.mark.parametrize("area", CONTENT.areas, ids=lambda a: a.key)
def test_each_area_has_a_picture_a_handful_of_prompts_and_tips(area):
    assert symbols.get_symbol(area.symbol) is not None
    assert 3 <= len(area.prompts) <= 6
    assert area.tips
    keys = [p.key for p in area.prompts]
    assert len(set(keys)) == len(keys)
    assert all(key.isidentifier() and key == key.lower() for key in keys)
    assert area.title and area.summary


@pytest.mark.parametrize("area", CONTENT.areas, ids=lambda a: a.key)
def test_prompts_are_plain_words(area):
    """Flesch reading ease of at least 70 for every area's prompts, and for each prompt."""
    assert flesch_reading_ease(" ".join(p.text for p in area.prompts)) >= 70
    for prompt in area.prompts:
        assert flesch_reading_ease(prompt.text) >= 70, prompt.text
    assert flesch_reading_ease(" ".join(area.tips)) >= 70
    assert flesch_reading_ease(area.summary) >= 70


def test_the_welcome_and_the_general_tips_are_plain_words():
    assert flesch_reading_ease(CONTENT.welcome) >= 70
    assert flesch_reading_ease(" ".join(CONTENT.tips)) >= 70


def test_prompts_speak_to_the_person_not_about_them():
    for area in CONTENT.areas:
        for prompt in area.prompts:
            text = f" {prompt.text.lower()} "
            assert " you" in text, prompt.text
            assert " the person" not in text and " they " not in text, prompt.text


def test_the_helper_tips_carry_the_checklist_advice():
    tips = " ".join(CONTENT.tips).lower()
    for idea in ("guide", "any order", "good at", "pace", "other places"):
        assert idea in tips


def test_every_language_file_has_the_same_keys():
    folder = resources.files("resources") / "about_me"
    files = [f for f in folder.iterdir() if f.name.startswith("areas.") and f.name.endswith(".json")]
    assert any(f.name == "areas.en.json" for f in files)
    for entry in files:
        data = json.loads(entry.read_text("utf-8"))
        structure = [(a["key"], [p["key"] for p in a["prompts"]]) for a in data["areas"]]
        assert structure == [(a.key, [p.key for p in a.prompts]) for a in CONTENT.areas]


def test_a_language_without_a_translation_falls_back_to_english():
    assert about_me.about_me_content("xx").areas == CONTENT.areas
    assert about_me.about_me_content("en_GB").areas == CONTENT.areas


def test_steps_cover_every_prompt_once():
    steps = CONTENT.steps()
    assert len(steps) == sum(len(a.prompts) for a in CONTENT.areas)
    assert len(set(steps)) == len(steps)


# Symbols ---------------------------------------------------------------------------------

def test_a_few_hundred_symbols_each_with_a_file_and_words():
    library = symbols.all_symbols()
    assert 250 <= len(library) <= 600
    folder = resources.files("resources") / "symbols"
    total = 0
    for symbol in library:
        svg = symbols.symbol_svg(symbol.key)
        assert svg.startswith(b"<svg") and b"<script" not in svg.lower()
        total += len(svg)
        assert symbol.name and symbol.tags
    total += (folder / "symbols.en.json").stat().st_size if hasattr(folder, "stat") else 0
    assert total < 2 * 1024 * 1024
    shipped = {f.name[:-4] for f in folder.iterdir() if f.name.endswith(".svg")}
    assert shipped == {s.key for s in library}  # nothing shipped that cannot be found


@pytest.mark.parametrize("words,expected", [
    ("carrot", "carrot"), ("allotment", "gardener"), ("tea", "cup of tea"), ("dog", "dog"),
    ("CAFE", "cup of tea"), ("bus", "bus"), ("sad", "sad"), ("", "happy"), ("  Happy ", "happy"),
    ("Cymru", "Wales"),
])
def test_symbols_are_found_by_plain_words(words, expected):
    found = symbols.search(words)
    if expected is None:
        return
    assert expected in [s.name for s in found[:8]], [s.name for s in found[:8]]


def test_search_with_odd_input_finds_nothing_or_everything_without_failing():
    assert symbols.search("zzqqxx") == []
    assert symbols.search("🥕") == []
    assert len(symbols.search("")) == len(symbols.all_symbols())
    assert symbols.search("a" * 10_000) == []
    assert symbols.search("ŵyl") == symbols.search("wyl")  # Welsh letters match plain ones
    assert len(symbols.search("", limit=5)) == 5


def test_unknown_symbols_are_refused():
    assert not symbols.is_symbol("../../etc/passwd")
    assert not symbols.is_symbol(None)
    with pytest.raises(KeyError):
        symbols.symbol_svg("../plan-file.schema")


def test_the_symbols_are_credited_in_the_licences():
    licences = json.loads((resources.files("resources") / "licences.json").read_text("utf-8"))
    credit = [item for item in licences["bundled"] if "OpenMoji" in item["what"]]
    assert credit and credit[0]["licence"] == "CC BY-SA 4.0"
    assert "OpenMoji" in symbols.attribution()
