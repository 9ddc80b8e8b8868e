"""The map of people and places on screen is made taller, try by try, until its names have room;
a try that is not the last is given up as soon as it is known to be too crowded (issue 17: the
map of a very large plan took 80-135 ms, most of it spent finishing tries that were thrown away).
The map drawn must be exactly the one every try finished would give: the screen, the PDF and the
pictures paint the same layout."""

import random

import pytest

from planner.charts import people_map
from planner.charts.lettering import PRINT, for_screen
from planner.domain.life_charts import CLOSENESS_ORDER, MemberKind

WORDS = ("Anwen", "the library", "Dr Rhys Llewellyn-Jones", "Nain", "Mrs Pritchard next door",
         "Caffi", "Ysgol Gymraeg", "Bob", "the Tuesday walking group at the leisure centre", "Mo",
         "Cymdeithas Tai", "Pero", "Siôn", "the community mental health team", "Ffion ap Dafydd")
RELATIONS = ("", "My sister", "My GP", "Where I go on Fridays", "Neighbour", "Best friend since school")


def every_try_finished(data: dict, width: float, height: float, lettering) -> people_map.MapLayout:
    """The map as it was laid out before tries were given up: each try laid out to the end."""
    members = people_map.members_of(data)
    if not lettering.grows:
        return people_map._map_layout(data, members, width, height, lettering, 0.0)
    tallest = 0.0
    for _attempt in range(4):
        drawn = people_map._map_layout(data, members, width, height, lettering, tallest)
        if (drawn.missing == 0 and drawn.numbered <= len(members) // 4) or len(members) > 150:
            return drawn
        tallest = max(tallest, drawn.area_h) * 1.4
    return drawn


def random_plan(rng: random.Random, count: int) -> dict:
    pictures = [{"id": f"p{i}", "kind": "symbol", "symbol": "1F955", "description": "Carrots",
                 "visibility": "private"} for i in range(1, 4)]
    members = []
    for i in range(count):
        name = rng.choice(WORDS) + (f" {i}" if rng.random() < 0.5 else "")
        members.append({
            "kind": rng.choice([k.value for k in MemberKind]), "name": name,
            "relation": rng.choice(RELATIONS), "helps_with": rng.choice(("", "Shopping", "Lifts to town")),
            "closeness": rng.choices(CLOSENESS_ORDER, weights=rng.choice(((1, 1, 1), (5, 1, 1), (1, 1, 6))))[0],
            "contact": None, "visibility": "private",
            "picture_id": rng.choice((None, None, "p1", "p2", "p9")),
        })
    person = {"name": "Gwen Jones", "preferred_name": rng.choice(("Gwen", "", "Gwenllian"))}
    return {"person": person, "plan": {"people_places": members, "pictures": pictures}}


def same(a: people_map.MapLayout, b: people_map.MapLayout) -> bool:
    return a == b and a.chart.shapes == b.chart.shapes


def laid_out_counting_tries(data: dict, width: float, height: float, lettering):
    """`map_layout`, and what each of its tries gave (a map, or the height of one given up)."""
    tries = []
    real = people_map._map_layout

    def counted(*args, **kwargs):
        tries.append(real(*args, **kwargs))
        return tries[-1]

    people_map._map_layout = counted
    try:
        return people_map.map_layout(data, width, height, lettering), tries
    finally:
        people_map._map_layout = real


@pytest.mark.parametrize("seed", range(6))
def test_giving_up_crowded_tries_draws_the_same_map(seed):
    rng = random.Random(seed)
    for _case in range(14):
        count = rng.choice((0, 1, 3, 12, 25, 41, 60, 90, 120, 150, 151, 220))
        data = random_plan(rng, count)
        width, height = rng.choice((300.0, 480.0, 617.0, 900.0, 1400.0)), rng.choice((300.0, 747.0))
        lettering = rng.choice((PRINT, for_screen(10), for_screen(13), for_screen(18), for_screen(26)))
        drawn, _tries = laid_out_counting_tries(data, width, height, lettering)
        assert same(drawn, every_try_finished(data, width, height, lettering)), (seed, count, width, lettering)


@pytest.mark.parametrize("count", [30, 100, 150])
def test_a_crowded_map_gives_up_tries_and_draws_the_same(count):
    data = random_plan(random.Random(count), count)
    drawn, tries = laid_out_counting_tries(data, 617.0, 747.0, for_screen(12))
    assert any(not isinstance(t, people_map.MapLayout) for t in tries)  # a try was given up
    assert isinstance(tries[-1], people_map.MapLayout)
    assert same(drawn, every_try_finished(data, 617.0, 747.0, for_screen(12)))
