"""What keeps a page of a huge plan quick to show (issue 17): a chart laid out once for what is
seen, painted only where it is in sight, and long lists measured a batch at a time."""

from PySide6.QtCore import QItemSelectionModel, QRectF
from PySide6.QtGui import QImage, QPainter

from planner.charts import life_story
from planner.charts.lettering import for_screen
from tests.benchmarks.export_plans import scaled_document
from ui.models.record_list_model import RecordListModel
from ui.widgets.chart_view import ChartView, paint_chart
from ui.widgets.readable_chart import ReadableChart
from ui.widgets.record_list import ManyItemsList


def _counting_layout(calls: list):
    data = scaled_document(1).data

    def lay_out(width, height, lettering):
        calls.append((width, height))
        return life_story.layout(data, width, height, lettering)
    return lay_out, data


def test_a_hidden_chart_is_laid_out_once_when_shown_and_not_again_for_the_same_plan(qtbot):
    calls: list = []
    area = ReadableChart()
    qtbot.addWidget(area)
    area.resize(500, 400)
    lay_out, data = _counting_layout(calls)
    area.set_layout(lay_out, key=data)
    area.resize(600, 420)
    assert calls == []  # hidden: nothing laid out yet
    area.show()
    qtbot.waitExposed(area)
    area.grab()
    assert len(calls) == 1
    chart = area.chart()
    assert chart is not None and chart.description
    area.set_layout(lay_out, key=dict(data))  # the plan read again, unchanged
    area.view.relayout()
    area.grab()
    assert len(calls) == 1
    changed = dict(data, plan=dict(data["plan"], life_story=data["plan"]["life_story"][:1]))
    area.set_layout(lambda w, h, lettering: lay_out(w, h, lettering), key=changed)
    assert len(calls) == 2  # (shown: laid out at once)
    area.set_layout(lay_out)  # no key: always laid out again
    assert len(calls) == 3


def test_a_hidden_chart_asked_for_is_laid_out_then(qtbot):
    calls: list = []
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    lay_out, data = _counting_layout(calls)
    view.set_layout(lay_out, key=data)
    assert calls == []
    assert "Leri" in view.chart().all_text() or view.chart().shapes
    assert len(calls) == 1


def test_painting_what_is_in_sight_paints_the_same_as_painting_everything():
    chart = life_story.layout(scaled_document(10).data, 600, 400, for_screen(13))
    assert chart.height > 600  # a tall chart, seen a part at a time
    width, height = int(chart.width), int(chart.height)
    whole = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(whole)
    paint_chart(painter, chart)
    painter.end()
    for top in (0, 250, height - 300):
        part = QImage(width, height, QImage.Format.Format_RGB32)
        part.fill(0)
        sight = QRectF(0, top, width, 300)
        painter = QPainter(part)
        paint_chart(painter, chart, visible=sight)
        painter.end()
        rect = sight.toRect()
        assert part.copy(rect) == whole.copy(rect), top


def test_a_long_list_is_placed_when_shown_with_the_chosen_row_in_sight(qtbot, qapp):
    words = [f"Moment {i}: something that happened, in a few more words than fit on one line" for i in range(1500)]
    described: list = []
    model = RecordListModel(lambda r: described.append(r) or r, lambda r: r)
    model.set_records(words)
    view = ManyItemsList()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 300)
    view.selectionModel().setCurrentIndex(model.index(1400), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert len(described) < 10  # hidden: no row measured yet
    view.show()
    image = view.grab().toImage()  # the first paint: rows, not an empty list
    assert view.verticalScrollBar().isVisible()
    assert view.viewport().rect().intersects(view.visualRect(model.index(1400)))
    assert sum(image.pixelColor(x, y).lightness() < 128 for y in range(0, 290, 3) for x in range(0, 270, 3)) > 300
    assert model.rowCount() == 1500  # every row there for the keyboard and screen readers
    model.set_records(words)  # the list read again (after a change): the chosen row kept in sight
    view.selectionModel().setCurrentIndex(model.index(1400), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.grab()
    assert view.viewport().rect().intersects(view.visualRect(model.index(1400)))


def test_each_chart_says_what_it_shows_before_it_is_laid_out():
    from planner.charts import people_map, week
    from planner.export.life_charts import CHARTS, DESCRIPTIONS

    huge = scaled_document(10).data
    odd = {"plan": {"life_story": [{"title": "  "}, {"title": "A", "feeling": 9}, "not a moment"],
                    "people_places": [{"name": "Anwen", "closeness": "far"}, {"name": ""}, None],
                    "week": [{"day": "monday", "time": "morning", "title": "Walk"},
                             {"day": "someday", "time": "morning", "title": "Lost"}]}}
    for data in (huge, {}, {"plan": {}}, odd):
        for key, lay_out in CHARTS.items():
            assert DESCRIPTIONS[key](data) == lay_out(data, 600, 400, for_screen(13)).description, key
    assert "1 very close" not in people_map.describe(odd) and "1 around me" in people_map.describe(odd)
    assert "1 thing to do" in week.describe(odd)


def _shown_life_story(qtbot, width: int, height: int, times: int):
    """A life story of the example grown `times`, shown in a ReadableChart of that size; and the
    (width, height) of each layout asked for."""
    calls: list = []
    area = ReadableChart()
    qtbot.addWidget(area)
    area.resize(width, height)
    data = scaled_document(times).data
    area.set_layout(lambda w, h, lettering: calls.append((w, h)) or life_story.layout(data, w, h, lettering), key=data)
    area.show()
    qtbot.waitExposed(area)
    area.grab()
    return area, calls


def test_a_tall_chart_is_laid_out_once_beside_the_scroll_bar_it_brings(qtbot):
    area, calls = _shown_life_story(qtbot, 600, 400, 10)
    assert area.verticalScrollBar().isVisible()
    assert len(calls) == 1
    assert calls[0][0] == area.viewport().width()  # the width it has beside the bar
    assert area.chart().width <= area.viewport().width() + 0.5  # so no bar across


def test_a_small_chart_still_has_the_whole_width(qtbot):
    area, calls = _shown_life_story(qtbot, 900, 2000, 1)
    assert not area.verticalScrollBar().isVisible()
    assert calls[-1][0] == area.viewport().width() == 900


def test_a_chart_is_painted_in_tiles_the_same_as_at_once_and_repainted_from_them(qtbot, monkeypatch):
    import ui.widgets.chart_view as chart_view

    area = ReadableChart()
    qtbot.addWidget(area)
    area.resize(700, 500)
    data = scaled_document(10).data
    area.set_layout(lambda w, h, lettering: life_story.layout(data, w, h, lettering), key=data)
    area.show()
    qtbot.waitExposed(area)
    shown = area.view.grab(area.view.rect()).toImage()  # every tile of the chart
    chart = area.chart()
    whole = QImage(shown.size(), shown.format())
    painter = QPainter(whole)
    paint_chart(painter, chart)
    painter.end()
    # The same pixels, but where a line crosses a tile's edge: Qt strokes a line cut at the edge
    # of what it paints on a little differently (a dash pattern starts again), as it did at the
    # window's edge when the chart was painted straight to the screen, scrolled.
    from planner.charts.geometry import Line, Polyline

    lines = [chart_view._bounds(shape) for shape in chart.shapes if isinstance(shape, (Line, Polyline))
             or getattr(getattr(shape, "style", None), "dash", None)]
    differ = [(x, y) for y in range(int(chart.height)) for x in range(int(chart.width))
              if shown.pixel(x, y) != whole.pixel(x, y)]
    assert all(any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in lines) for x, y in differ)
    assert len(differ) < 0.03 * chart.width * chart.height
    painted: list = []
    monkeypatch.setattr(chart_view, "paint_chart", lambda *args, **kwargs: painted.append(args))
    again = area.view.grab(area.view.rect()).toImage()
    assert painted == [] and again == shown  # from the tiles kept
    area.set_layout(lambda w, h, lettering: life_story.layout({}, w, h, lettering), key={})
    area.view.grab()
    assert painted  # a new chart: painted anew


def test_a_wide_chart_is_laid_out_for_the_height_left_above_the_bar_across(qtbot):
    from planner.charts import week

    calls: list = []
    area = ReadableChart()
    qtbot.addWidget(area)
    area.resize(300, 700)  # (a week is as wide as its longest words: wider than this)
    data = scaled_document(10).data
    area.set_layout(lambda w, h, lettering: calls.append((w, h)) or week.layout(data, w, h, lettering), key=data)
    area.show()
    qtbot.waitExposed(area)
    area.grab()
    chart = area.chart()
    assert area.horizontalScrollBar().isVisible()
    assert len(calls) <= 2
    if not area.verticalScrollBar().isVisible():  # fitted: as tall as the room left, no gap under it
        assert abs(chart.height - area.viewport().height()) <= 0.5
    area.view.relayout()
    assert len(calls) <= 2  # and not again for the room it has now
