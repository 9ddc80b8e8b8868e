"""The chart core: wrapping with the shared font, geometry checks, and the two painters agree."""

import io

import pytest

from planner.charts.geometry import Chart, Rect, Style, TextBox, TextStyle, layout_problems
from planner.charts.render_pillow import picture_bytes, render
from planner.charts.text import text_width, wrap


def test_wrap_fits_the_width_and_keeps_every_word():
    text = "I want to grow beans and potatoes on my allotment again, with Anwen, in the spring."
    lines, shortened = wrap(text, 10, 120)
    assert not shortened and len(lines) > 1
    assert all(text_width(line, 10) <= 120 for line in lines)
    assert " ".join(lines) == text


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_wrap_of_nothing(text):
    assert wrap(text, 10, 100) == ((), False)


def test_a_word_longer_than_the_line_is_broken():
    lines, _ = wrap("x" * 500, 10, 50)
    assert all(text_width(line, 10) <= 50 for line in lines) and "".join(lines) == "x" * 500


def test_shortened_text_ends_with_an_ellipsis_and_fits():
    lines, shortened = wrap("word " * 1000, 10, 80, max_lines=2)
    assert shortened and len(lines) == 2 and lines[-1].endswith("…")
    assert text_width(lines[-1], 10) <= 80


def test_welsh_letters_are_measured():
    assert text_width("ŵŷ", 10) > 0 and wrap("Llŷr ŵyn", 10, 200)[0] == ("Llŷr ŵyn",)


def sample_chart() -> Chart:
    return Chart(
        200, 100,
        (Rect(10, 10, 50, 40, Style(fill="#000000", stroke=None)),
         TextBox(80, 10, 100, 30, ("Hello", "ŵyn"), TextStyle(size=12), "Hello ŵyn")),
        title="Sample", description="A black box and a word",
    )


def test_layout_problems_finds_overlaps_and_escapes():
    ok = sample_chart()
    assert layout_problems(ok) == []
    bad = Chart(100, 100, (TextBox(0, 0, 60, 20, ("a",)), TextBox(50, 10, 60, 20, ("b",))))
    problems = layout_problems(bad)
    assert any("overlap" in p for p in problems) and any("outside" in p for p in problems)


def test_pillow_paints_the_geometry_at_the_dpi():
    image = render(sample_chart(), dpi=144)
    assert image.size == (400, 200)
    assert image.getpixel((60, 60)) == (0, 0, 0)  # inside the black box (10-60 pt -> 20-120 px)
    assert image.getpixel((150, 150)) == (255, 255, 255)
    png = picture_bytes(sample_chart(), "png", 72)
    jpg = picture_bytes(sample_chart(), "jpg", 72)
    from PIL import Image

    assert Image.open(io.BytesIO(png)).format == "PNG" and Image.open(io.BytesIO(jpg)).format == "JPEG"
    assert "exif" not in Image.open(io.BytesIO(jpg)).info


def test_screen_painter_matches_the_picture(qtbot):
    from PySide6.QtGui import QImage, QPainter

    from ui.widgets.chart_view import ChartView, paint_chart

    image = QImage(400, 200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.scale(2, 2)
    paint_chart(painter, sample_chart())
    painter.end()
    assert image.pixelColor(60, 60).name() == "#000000"
    assert image.pixelColor(150, 150).name() == "#ffffff"
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.set_chart(sample_chart())
    view.show()
    grabbed = view.grab().toImage()
    assert grabbed.pixelColor(60, 60).name() == "#000000"
    assert view.accessibleName() == "Sample"


def test_dashed_lines_and_rings_are_dashed_in_pictures_as_on_screen_and_in_pdfs():
    from planner.charts.geometry import Ellipse, Line
    from planner.charts.render_pillow import dash_runs

    assert dash_runs([(0, 0), (10, 0)], [2, 1]) == [[(0, 0), (2, 0)], [(3, 0), (5, 0)], [(6, 0), (8, 0)],
                                                    [(9, 0), (10, 0)]]
    assert dash_runs([(0, 0), (3, 0), (3, 3)], [2, 2]) == [[(0, 0), (2, 0)], [(3, 1), (3, 3)]]
    assert dash_runs([(0, 0), (5, 0)], [0, 0]) != []  # a zero pattern can't loop for ever
    assert dash_runs([(1, 1)], [2, 2]) == [] and dash_runs([], [2]) == []
    dashed = Style(stroke="#000000", stroke_width=1, dash=(4, 4))
    chart = Chart(200, 100, [Line(10, 20, 190, 20, dashed), Line(10, 40, 190, 40, Style(stroke="#000000")),
                             Ellipse(100, 70, 20, 20, Style(fill="#ffffff", stroke="#000000", dash=(4, 4)))],
                  title="Dashes")
    image = render(chart, 72)
    dashed_row = [image.getpixel((x, 20))[0] < 128 for x in range(10, 190)]
    solid_row = [image.getpixel((x, 40))[0] < 128 for x in range(10, 190)]
    assert all(solid_row) and 0.3 < sum(dashed_row) / len(dashed_row) < 0.7
    import math

    def around(picture):  # dark or not, at points all round the ring
        return [picture.getpixel((round(100 + 20 * math.cos(math.radians(a))),
                                  round(70 + 20 * math.sin(math.radians(a)))))[0] < 160 for a in range(0, 360, 3)]

    ring = around(image)
    assert 0.25 < sum(ring) / len(ring) < 0.8
    solid = Chart(200, 100, [Ellipse(100, 70, 20, 20, Style(fill="#ffffff", stroke="#000000"))], title="Solid")
    assert sum(around(render(solid, 72))) / len(ring) > 0.9
