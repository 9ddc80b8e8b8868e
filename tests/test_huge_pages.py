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
