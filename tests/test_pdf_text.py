"""The quick ways of planner.export.pdf_text leave exactly what ReportLab's own ways leave (issue 17).

Plain lines joined by line breaks are broken into lines by pdf_text itself, step by step as
ReportLab's Paragraph.breakLines does it: the lines, words, fragments and widths must be the same,
so the PDF drawn from them is the same, byte for byte. Cells of the same words share one breaking,
and an empty cell sizes and draws itself as an empty paragraph does.
"""

import io

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from planner.export import fonts
from planner.export.pdf_text import EmptyCell, OncePara, TextMaker

LINES = [
    "Growing up on the farm near Bala (life_story 1)<br/>Mam, Dad, Anwen and the sheepdogs; "
    "long summers in the hay fields<br/>and the river",
    "One<br/>Two",
    "A short line<br/>Mae'r ŵyn yn y cae ac mae'r tŷ yn gynnes heno, diolch byth<br/>x",
    "Words that wrap many times over because the line is long and the column is narrow, "
    "again and again and again<br/>then a second line that is long too, long enough to wrap twice",
    "£5.20 a week<br/>(paid by: social care)<br/>Done (12 September 2026)",
    "Averyveryveryveryveryverylongwordthatcannotfitanywhere<br/>short",  # ReportLab's own way
    "a b c d e f g h i j k l m n o p q r s t u v w x y z<br/>" * 3 + "end",
]
WIDTHS = [30, 60, 95.5, 150, 300.25, 470]


def _style(**options):
    fonts.register()
    return ParagraphStyle("body", **{"fontName": fonts.REGULAR, "fontSize": 11, "leading": 15.5, **options})


def _shape(value, depth=0):
    """A comparable picture of what line breaking left: classes, fields and numbers (exact)."""
    if depth > 6:
        return repr(value)
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_shape(v, depth + 1) for v in value])
    if hasattr(value, "__dict__") and type(value).__module__.startswith("reportlab.platypus.para"):
        return (type(value).__name__, sorted((k, _shape(v, depth + 1)) for k, v in vars(value).items()))
    if isinstance(value, float):
        return ("float", value.hex())
    return value


def _left(paragraph) -> tuple:
    return (_shape(paragraph.blPara), _shape(paragraph.frags), paragraph.width, paragraph.height,
            paragraph._width_max, paragraph._splitLongWordCount, paragraph._hyphenations)


@pytest.mark.parametrize("markup", LINES)
@pytest.mark.parametrize("style_options", [{}, {"spaceShrinkage": 0}, {"justifyBreaks": 1}, {"leftIndent": 12,
                                                                                              "firstLineIndent": -6}])
def test_plain_lines_break_as_reportlab_breaks_them(markup, style_options):
    style, small = _style(**style_options), _style(fontSize=8, leading=10, **style_options)
    maker = TextMaker()  # one for the document: the words' widths are kept from one to the next
    for width, size in [(w, s) for w in WIDTHS for s in (style, small)]:
        ours = maker(markup, size)
        assert ours._plain_lines is not None
        theirs = TextMaker()(markup, size)
        theirs._plain_lines = None  # ReportLab's own breakLines
        ours.wrap(width, 10_000)
        theirs.wrap(width, 10_000)
        assert _left(ours) == _left(theirs), (markup, width)


def test_the_quick_way_is_taken_for_plain_lines():
    style = _style()
    made = TextMaker()(LINES[0], style)
    assert made._break_plain_lines([470, 470]) is not None
    assert TextMaker()(LINES[5], style)._break_plain_lines([300, 300]) is None  # a word wider than a line


def _pdf(flowables) -> bytes:
    from reportlab import rl_config
    from reportlab.platypus import SimpleDocTemplate, Table

    rl_config.invariant = 1
    out = io.BytesIO()
    story = [Table(rows, colWidths=[90, 120, 200]) for rows in flowables]
    SimpleDocTemplate(out, pageCompression=0).build(story)
    return out.getvalue()


def test_cells_draw_the_same_bytes_as_paragraphs():
    style = _style(spaceAfter=0)
    words = ["To do", "", LINES[2], "Anwen", "", "£8", LINES[4], "To do", ""]
    maker = TextMaker()
    quick = [[maker.cell(w, style) for w in words[i:i + 3]] for i in range(0, len(words), 3)]
    plain = [[Paragraph(w, style) for w in words[i:i + 3]] for i in range(0, len(words), 3)]
    assert any(isinstance(c, EmptyCell) for row in quick for c in row)
    assert all(isinstance(c, OncePara) for row in quick for c in row)
    assert _pdf([quick] * 3) == _pdf([plain] * 3)


def _drawn(make) -> bytes:
    """The same cell drawn at several places, the canvas's state changed between (transparency,
    font, colour, a new page): each drawing must be written as ReportLab writes it."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.invariant = 1
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    cells = [make() for _ in range(8)]
    for index, cell in enumerate(cells):
        cell.wrapOn(canvas, 200, 500)
        if index == 2:
            canvas.setFillAlpha(0.5)
        if index == 4:
            canvas.setFont(fonts.REGULAR, 7)
            canvas.setFillColorRGB(0.2, 0.4, 0.6)
        if index == 6:
            canvas.showPage()
        cell.drawOn(canvas, 20 + index, 700 - 60 * index)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("markup", ["To do", LINES[0], LINES[4]])
def test_a_cell_drawn_again_writes_what_reportlab_writes(markup):
    style = _style(spaceAfter=0)
    maker = TextMaker()
    assert _drawn(lambda: maker.cell(markup, style)) == _drawn(lambda: Paragraph(markup, style))
    red = _style(spaceAfter=0, textColor="#dc2626")
    assert _drawn(lambda: maker.cell(markup, red)) == _drawn(lambda: Paragraph(markup, red))
