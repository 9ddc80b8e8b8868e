"""The step ladder and the ratings chart: geometry that never overlaps, stays on the canvas and
is the same every time; what each audience may see; and the picture exports."""

import dataclasses
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.charts.geometry import layout_problems
from planner.charts.ratings import (
    MAX_REVIEWS_SHOWN,
    RatedReview,
    ratings_chart,
    reviews_from_document,
)
from planner.charts.step_ladder import (
    LadderGoal,
    LadderStep,
    goal_ladder,
    ladder_goal_from_document,
    plan_ladders,
)
from planner.export.goal_pictures import ratings_chart_for, steps_chart
from planner.services import plan_files

ROOT = Path(__file__).resolve().parent.parent
STATUSES = ("done", "doing", "todo", "skipped")


def many_steps(n: int, words: str = "Step") -> tuple[LadderStep, ...]:
    return tuple(LadderStep(f"{words} {i}", STATUSES[0] if i < n // 2 else STATUSES[i % 4]) for i in range(n))


LADDERS = {
    "no goals": [],
    "no steps": [LadderGoal("Nothing yet")],
    "one step": [LadderGoal("One", steps=(LadderStep("Only this"),))],
    "500 steps": [LadderGoal("Big", "working_on", True, many_steps(500))],
    "500 steps all done": [LadderGoal("Done", "done", steps=tuple(LadderStep(f"S{i}", "done") for i in range(500)))],
    "ten goals": [LadderGoal(f"Goal {i}", steps=many_steps(i * 7)) for i in range(10)],
    "huge words": [LadderGoal("Ŵ" * 50_000, steps=(LadderStep("ŷ " * 20_000),) * 3)],
    "one long word": [LadderGoal("x" * 3000, steps=(LadderStep("y" * 3000, "doing"),))],
    "emoji and Welsh": [LadderGoal("Tyfu ffa 🌱 yn yr ardd", steps=(LadderStep("Prynu hadau ŵ ŷ", "done"),))],
}


@pytest.mark.parametrize("name", sorted(LADDERS))
def test_ladders_never_overlap_or_leave_the_canvas(name):
    goals = LADDERS[name]
    page = plan_ladders(goals)
    assert layout_problems(page) == [], name
    assert page == plan_ladders(goals)  # the same input gives the same geometry
    for goal in goals:
        single = goal_ladder(goal)
        assert layout_problems(single) == []
        assert single == goal_ladder(goal)


def test_a_ladder_of_500_steps_shows_where_i_am_and_counts_the_rest():
    steps = tuple(LadderStep(f"Step {i}", "done" if i < 300 else ("doing" if i == 300 else "todo")) for i in range(500))
    chart = goal_ladder(LadderGoal("Big", steps=steps))
    text = chart.all_text()
    assert "Step 300" in text and "300 of 500 steps done" in text
    assert "steps before these" in text and "more steps to come" in text
    rungs = [box for box in chart.text_boxes() if box.full_text.startswith(("Done", "Doing", "To do"))]
    assert 10 < len(rungs) < 60  # the window, not 500 unreadable rungs
    assert min(b.h for b in chart.text_boxes()) >= 9  # every label at least a line of readable text


def test_each_step_says_where_it_is_up_to_in_words_and_signs():
    goal = LadderGoal("G", steps=(LadderStep("a", "done", dt.date(2026, 10, 1)), LadderStep("b", "doing"),
                                  LadderStep("c", "todo"), LadderStep("d", "skipped")))
    text = goal_ladder(goal).all_text()
    for words in ("✓ a", "▶ b", "○ c", "↷ d", "Done on 1 October 2026: a", "Doing now: b", "Skipped: d"):
        assert words in text
    assert "1 of 3 steps done (1 skipped)" in text


RATINGS = {
    "no reviews": [],
    "a review with no ratings": [RatedReview(dt.date(2026, 1, 1))],
    "one review": [RatedReview(dt.date(2026, 1, 1), {"home": 1})],
    "gaps": [RatedReview(dt.date(2026, m, 1), {"home": m % 5 + 1} if m % 2 else {"relationships": 5})
             for m in range(1, 13)],
    "two hundred": [RatedReview(dt.date(2020, 1, 1) + dt.timedelta(days=9 * i),
                                {a: i % 5 + 1 for a in ("background", "home", "preferences")}) for i in range(200)],
    "same day": [RatedReview(dt.date(2026, 1, 1), {"home": 2}), RatedReview(dt.date(2026, 1, 1), {"home": 4})],
}


@pytest.mark.parametrize("name", sorted(RATINGS))
def test_the_ratings_chart_never_overlaps_or_leaves_the_canvas(name):
    chart = ratings_chart(RATINGS[name])
    assert layout_problems(chart) == [], name
    assert chart == ratings_chart(RATINGS[name])


def test_the_ratings_chart_says_it_in_words_and_never_adds_up():
    reviews = RATINGS["two hundred"]
    chart = ratings_chart(reviews)
    text = chart.all_text()
    assert f"Showing the last {MAX_REVIEWS_SHOWN} reviews" in text
    assert "Latest:" in text and "Not rated yet" in text
    for word in ("total", "average", "score", "/35", "/5"):
        assert word not in text.casefold()
    assert "Really good" in text and "Really bad" in text


@pytest.fixture
def example_document(db):
    return plan_files.plan_document(db, plan_files.add_example_plan(db))


def test_a_private_goal_is_absent_from_the_panel_picture(example_document):
    private_goal = "Get a job at the garden centre"
    team_goal = "Cook a hot meal for myself twice a week"
    mine, team, panel = (steps_chart(example_document, a).all_text() for a in ("me", "team", "panel"))
    assert private_goal in mine and team_goal in mine
    assert private_goal not in team and team_goal in team
    assert private_goal not in panel and team_goal not in panel
    assert "Get back to my allotment" in panel
    assert "Join the Saturday work party" not in panel  # a team step under a panel goal
    assert "This copy is for the panel." in panel
    for audience in ("me", "team", "panel"):
        assert layout_problems(steps_chart(example_document, audience)) == []


def test_the_panel_ratings_chart_holds_only_the_panel_review(example_document):
    panel = ratings_chart_for(example_document, "panel")
    assert "17 November 2026" in panel.description and "3 September 2026" not in panel.description
    mine = ratings_chart_for(example_document, "me")
    assert "3 September 2026" in mine.description
    assert layout_problems(mine) == [] and layout_problems(panel) == []


def test_the_document_adapters_read_the_example(example_document):
    data = example_document.data["plan"]
    goals = [ladder_goal_from_document(g) for g in data["goals"]]
    assert goals[0].working_on_now and goals[0].steps[0].done_on == dt.date(2026, 9, 8)
    assert [r.held_on.isoformat() for r in reviews_from_document(data["reviews"])] == ["2026-09-03", "2026-11-17"]
    assert dataclasses.replace(goals[0], steps=()).steps == ()


def smallsteps(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_picture_exports_on_the_command_line(tmp_path):
    from PIL import Image

    plan_id = smallsteps("example", data_dir=tmp_path).stdout.strip()
    out = tmp_path / "steps.png"
    made = smallsteps("export", plan_id, "--as", "steps-png", "-o", str(out), data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    with Image.open(out) as image:
        assert image.format == "PNG" and image.size == (1754, 1240)  # A4 landscape at 150 dpi
    out = tmp_path / "ratings.png"
    made = smallsteps("export", plan_id, "--as", "ratings-png", "--audience", "panel", "--dpi", "72",
                      "-o", str(out), data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    with Image.open(io.BytesIO(out.read_bytes())) as image:
        assert image.size == (842, 595)
    bad = smallsteps("export", plan_id, "--as", "steps-png", "--dpi", "100000", "-o", str(tmp_path / "x.png"),
                     data_dir=tmp_path)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.png").exists()

WORDS = st.text(alphabet="abcdefghij ŵŷ🌱XYZ", min_size=0, max_size=300)
STEP = st.builds(LadderStep, WORDS, st.sampled_from(STATUSES))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(width=st.integers(220, 1600), height=st.integers(300, 1600),
       steps=st.lists(STEP, max_size=80), title=WORDS, now=st.booleans())
def test_the_window_ladder_is_sound_at_every_size(width, height, steps, title, now):
    """The window lays a ladder out for its own size (never below 220 x 300)."""
    goal = LadderGoal(title or "x", "working_on", now, tuple(steps))
    chart = goal_ladder(goal, width, height)
    assert layout_problems(chart) == []
    assert (chart.width, chart.height) == (width, height)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(width=st.integers(620, 1600), height=st.integers(440, 1600),
       ratings=st.lists(st.dictionaries(st.sampled_from(["background", "home", "relationships", "preferences"]),
                                        st.integers(1, 5)), max_size=30))
def test_the_window_ratings_chart_is_sound_at_every_size(width, height, ratings):
    reviews = [RatedReview(dt.date(2026, 1, 1) + dt.timedelta(days=40 * i), r) for i, r in enumerate(ratings)]
    assert layout_problems(ratings_chart(reviews, width=width, height=height)) == []


@pytest.mark.parametrize("size", [(842, 595), (595, 842), (1684, 1190), (400, 300)])
def test_a_page_of_ladders_is_sound_at_other_sizes(size):
    goals = [LadderGoal(f"Goal {i} " * 5, steps=many_steps(i * 40)) for i in range(9)]
    assert layout_problems(plan_ladders(goals, width=size[0], height=size[1])) == []


def test_the_goals_benchmark_runs(qapp):
    from tests.benchmarks import bench_goals

    results = bench_goals.main(["--runs", "1", "--steps", "50"])
    assert all(value > 0 for value in results.values())
