"""The three life-charts as geometry: no overlapping labels, nothing off the canvas, the same
input gives the same chart, and 0, 1, 200 (and 2,000) items lay out sensibly."""

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.charts import life_story, people_map, week
from planner.charts.geometry import Hotspot, TextBox, layout_problems
from planner.services import plan_files

CHARTS = {"life_story": life_story.layout, "people_places": people_map.layout, "week": week.layout}


def example() -> dict:
    return json.loads(json.dumps(plan_files.example_document().data))


def with_items(key: str, count: int) -> dict:
    data = example()
    base = data["plan"][key]
    field = "name" if key == "people_places" else "title"
    data["plan"][key] = [dict(base[i % len(base)], **{field: f"{i} {base[i % len(base)][field]}"})
                         for i in range(count)]
    return data


def labels(chart) -> str:
    return "\n".join(line for box in chart.text_boxes() for line in box.lines)


@pytest.mark.parametrize("key", CHARTS)
@pytest.mark.parametrize("count", [0, 1, 2, 15, 200])
def test_labels_never_overlap_or_leave_the_canvas(key, count):
    chart = CHARTS[key](with_items(key, count))
    assert layout_problems(chart) == []
    for shape in chart.shapes:
        if isinstance(shape, Hotspot):
            assert shape.x >= -10 and shape.x + shape.w <= chart.width + 10


@pytest.mark.parametrize("key", CHARTS)
def test_the_same_input_gives_the_same_chart(key):
    data = with_items(key, 40)
    assert CHARTS[key](data) == CHARTS[key](copy.deepcopy(data))


@pytest.mark.parametrize("size", [(842, 595), (595, 842), (400, 300), (1600, 900)])
@pytest.mark.parametrize("key", CHARTS)
def test_other_canvas_sizes(key, size):
    chart = CHARTS[key](example(), *size)
    assert (chart.width, chart.height) == size
    assert layout_problems(chart) == []


def test_the_example_shows_every_moment_and_everyone_with_words():
    data = example()
    story = life_story.layout(data)
    for moment in data["plan"]["life_story"]:
        assert any(moment["title"] in box.full_text and box.lines for box in story.text_boxes())
    assert "without" not in labels(story)  # no moment left without its words
    chart = people_map.layout(data)
    for member in data["plan"]["people_places"]:
        assert any(line.startswith(member["name"][:10]) for box in chart.text_boxes() for line in box.lines), member
    grid = week.layout(data)
    for entry in data["plan"]["week"]:
        assert entry["title"] in grid.all_text()


def test_an_empty_plan_says_so():
    data = example()
    for key in CHARTS:
        data["plan"][key] = []
    assert "no moments" in labels(life_story.layout(data))
    assert "no one on this map" in labels(people_map.layout(data))
    assert "Nothing in this week" in labels(week.layout(data))
    del data["plan"]["life_story"], data["plan"]["people_places"], data["plan"]["week"]
    for key in CHARTS:
        assert layout_problems(CHARTS[key](data)) == []


def test_many_items_are_all_drawn_and_the_rest_are_counted():
    data = with_items("life_story", 200)
    chart = life_story.layout(data)
    assert sum(isinstance(s, Hotspot) for s in chart.shapes) == 200  # every moment, words on hover
    assert "drawn on the line without their words" in labels(chart)
    chart = people_map.layout(with_items("people_places", 200))
    assert sum(isinstance(s, Hotspot) for s in chart.shapes) == 200
    assert "drawn without their names" in labels(chart)
    chart = week.layout(with_items("week", 200))
    assert "more" in labels(chart) and layout_problems(chart) == []


def test_two_thousand_moments_lay_out():
    """How long it takes is measured by tests/benchmarks/bench_life_charts.py, not asserted here."""
    for key in CHARTS:
        chart = CHARTS[key](with_items(key, 2000))
        assert layout_problems(chart) == []


def test_long_words_are_never_shortened_and_keep_the_whole_text_on_hover():
    """A label too long for its place is never cut short: it wraps in full, or (life story) it
    is numbered and written in full in a key under the chart, or (week) it is one of the
    "and N more" whose words show on hover."""
    data = example()
    long_title = "Growing " * 60
    data["plan"]["life_story"][0]["title"] = long_title
    data["plan"]["people_places"][0]["name"] = "Anwen" + "w" * 150
    data["plan"]["week"][0]["title"] = "Walk " * 80
    for key, text in (("life_story", long_title), ("people_places", "Anwen"), ("week", "Walk Walk")):
        chart = CHARTS[key](data)
        assert layout_problems(chart) == []
        assert not any(line.endswith("…") for box in chart.text_boxes() for line in box.lines)
        assert text.strip() in chart.all_text()  # (a label, a key, or the hover of its mark)
    story = life_story.layout(data)
    label = next(b for b in story.text_boxes() if b.lines == ("(1)",))
    assert long_title.strip() in label.full_text
    key_line = next(b for b in story.text_boxes() if b.full_text.startswith("(1) "))
    assert key_line.full_text.split(": ", 1)[1] == long_title.strip()
    assert " ".join(key_line.lines) == key_line.full_text


def test_contact_details_are_never_drawn():
    data = example()
    chart = people_map.layout(data)
    assert "07700 900456" not in chart.all_text()


def test_the_faces_carry_words_too():
    chart = life_story.layout(example())
    for words in ("A very good time", "A good time", "In between", "A hard time", "A very hard time"):
        assert words in labels(chart)
    grid = week.layout(example())
    assert "I really like it" in labels(grid) and "I really don't like it" in labels(grid)


def test_kinds_are_told_apart_by_word_as_well_as_shape():
    chart = people_map.layout(example())
    text = labels(chart)
    for word in ("Person", "Place", "Service", "Group", "Pet"):
        assert f"{word} ·" in text


def test_broken_items_in_a_document_are_left_out_not_a_crash():
    data = example()
    data["plan"]["life_story"] += [None, {"title": ""}, {"title": "ok", "feeling": 99, "kind": "?",
                                                          "when": {"age": 5}}, "nonsense"]
    data["plan"]["people_places"] += [{}, {"name": "x", "kind": "robot", "closeness": "far"}]
    data["plan"]["week"] += [{"day": "someday", "time": "morning", "title": "x"}]
    for key in CHARTS:
        assert layout_problems(CHARTS[key](data)) == []


words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=120)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(titles=st.lists(words.filter(str.strip), max_size=30),
       feelings=st.lists(st.integers(1, 5), min_size=30, max_size=30))
def test_any_words_lay_out_without_overlaps(titles, feelings):
    data = example()
    data["plan"]["life_story"] = [{"title": t, "story": "", "when": None, "kind": "other",
                                   "feeling": feelings[i], "visibility": "private", "picture_id": None}
                                  for i, t in enumerate(titles)]
    data["plan"]["people_places"] = [{"kind": "person", "name": t, "relation": t, "helps_with": "",
                                      "closeness": ("very_close", "close", "around")[i % 3],
                                      "contact": None, "visibility": "private", "picture_id": None}
                                     for i, t in enumerate(titles)]
    data["plan"]["week"] = [{"day": "monday", "time": "morning", "title": t, "place": t, "with_whom": "",
                             "feeling": None, "visibility": "private"} for t in titles]
    for key in CHARTS:
        chart = CHARTS[key](data)
        assert layout_problems(chart) == []
        assert all(isinstance(box, TextBox) for box in chart.text_boxes())
