"""Chart labels on screen: never smaller than the program's body text, never cut (every line
fits its box with the font Qt draws it in), at 100 % and 200 % text, on the example plan and a
very large one; on paper no label ends in "…" on the example plan."""

import datetime as dt
import json

import pytest
from PySide6.QtGui import QFont, QFontMetricsF, QImage

from planner.charts import life_story, people_map, ratings, step_ladder, week
from planner.charts.geometry import layout_problems
from planner.charts.lettering import for_screen
from planner.services import plan_files
from tests.benchmarks.export_plans import scaled_document


def _example(factor: int = 1) -> dict:
    document = plan_files.example_document() if factor == 1 else scaled_document(factor)
    return json.loads(json.dumps(document.data))


def _charts(data: dict, width: float, height: float, lettering):
    plan = data["plan"]
    reviews = ratings.reviews_from_document(plan.get("reviews") or [])
    yield "life story", life_story.layout(data, width, height, lettering)
    yield "people map", people_map.layout(data, width, height, lettering)
    yield "week", week.layout(data, width, height, lettering)
    yield "ratings", ratings.ratings_chart(reviews, width=width, height=height, lettering=lettering)
    for goal in plan.get("goals") or []:
        yield "ladder", step_ladder.goal_ladder(step_ladder.ladder_goal_from_document(goal), 360, 480, lettering)


def _cut_lines(chart, family: str) -> list[str]:
    """Lines wider than their box when drawn the way the screen draws them (Qt's metrics)."""
    device = QImage(4, 4, QImage.Format.Format_ARGB32)
    metrics: dict[tuple[float, bool], QFontMetricsF] = {}
    cut = []
    for box in chart.text_boxes():
        key = (box.style.size, box.style.bold)
        if key not in metrics:
            font = QFont(family)
            font.setPointSizeF(box.style.size * 72 / device.logicalDpiY())
            font.setBold(box.style.bold)
            metrics[key] = QFontMetricsF(font, device)
        for line in box.lines:
            if line.endswith("…") or metrics[key].horizontalAdvance(line) > box.w + 0.5:
                cut.append(line)
    return cut


@pytest.mark.parametrize("factor", [1, 10])
@pytest.mark.parametrize("body", [13, 26])  # the body text at 100 % and 200 %
@pytest.mark.parametrize("width", [480, 900])
def test_screen_labels_are_body_size_and_never_cut(qapp, factor, body, width):
    from ui.widgets.chart_view import chart_font_family

    family = chart_font_family()
    data = _example(factor)
    for name, chart in _charts(data, width, 400, for_screen(body)):
        assert chart.text_boxes(), name
        small = [box.lines for box in chart.text_boxes() if box.style.size < body]
        assert small == [], (name, small[:3])
        assert _cut_lines(chart, family) == [], name
        assert layout_problems(chart) == [], name


def test_the_window_asks_for_the_body_text_size(qapp, window):
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    from tests.test_accessibility import settle
    from ui import settings
    from ui.widgets.chart_view import chart_font_family
    from ui.widgets.readable_chart import ReadableChart

    window.caseload.example_button.click()
    settle()
    view = window.plan_view
    for percent in (100, 200):
        settings.apply_text_size(QApplication.instance(), percent)
        settle()
        body = QFontInfo(QApplication.font()).pixelSize()
        for row in (2, 3, 4):  # life story, people and places, week
            view.parts.setCurrentRow(row)
            settle()
            area = view.stack.currentWidget().findChild(ReadableChart)
            chart = area.chart()
            assert min(box.style.size for box in chart.text_boxes()) >= body
            assert _cut_lines(chart, chart_font_family()) == []
            assert chart.width <= area.viewport().width() + 1 or area.view.minimumWidth() >= chart.width - 1
    settings.apply_text_size(QApplication.instance(), 100)


def test_print_labels_of_the_example_are_never_cut():
    """(and a goal's title of two dozen words, on a page of eight ladders)"""
    data = _example()
    reviews = ratings.reviews_from_document(data["plan"].get("reviews") or [])
    goals = [step_ladder.ladder_goal_from_document(goal) for goal in data["plan"]["goals"]]
    long_title = step_ladder.LadderGoal("Get back to my allotment and grow enough beans and potatoes to give "
                                        "some away to the neighbours", steps=(step_ladder.LadderStep("Dig"),))
    for chart in (life_story.layout(data), people_map.layout(data), week.layout(data),
                  ratings.ratings_chart(reviews), step_ladder.plan_ladders(goals),
                  step_ladder.plan_ladders([long_title] * 8), step_ladder.goal_ladder(long_title)):
        assert not [box.lines for box in chart.text_boxes() if any(line.endswith("…") for line in box.lines)]


def test_ratings_with_a_year_of_reviews_on_screen(qapp):
    from ui.widgets.chart_view import chart_font_family

    reviews = [ratings.RatedReview(dt.date(2026, 1, 1) + dt.timedelta(days=30 * i), {"home": 1 + i % 5})
               for i in range(12)]
    chart = ratings.ratings_chart(reviews, width=500, height=300, lettering=for_screen(26))
    assert _cut_lines(chart, chart_font_family()) == []
    assert chart.height > 300  # it grew to hold its words


@pytest.mark.parametrize("body", [13, 26])
def test_in_welsh_too(qapp, body):
    """Welsh words are often longer (the ladder's key once cut "Wedi'i hepgor")."""
    from planner import i18n
    from ui.widgets.chart_view import chart_font_family

    with i18n.using("cy"):
        for name, chart in _charts(_example(), 520, 400, for_screen(body)):
            assert _cut_lines(chart, chart_font_family()) == [], name
            assert layout_problems(chart) == [], name
        legend = step_ladder.goal_ladder(step_ladder.LadderGoal("Nôl i'r rhandir"), 240, 300, for_screen(body))
        assert "↷ Wedi'i hepgor" in [" ".join(box.lines) for box in legend.text_boxes()]
        page = step_ladder.plan_ladders([step_ladder.LadderGoal("Nôl i'r rhandir")])
        assert "↷ Wedi'i hepgor" in [" ".join(box.lines) for box in page.text_boxes()]
