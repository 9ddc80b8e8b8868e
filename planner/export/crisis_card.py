"""The crisis card as a two-page wallet-size PDF (front and back) and as a picture."""

import io

from planner.charts.crisis_card import HEIGHT, WIDTH, card_sides, empty_card_message
from planner.errors import PlannerError
from planner.i18n import _, current_language, using
from planner.plan_file.document import PlanDocument


def _sides(document: PlanDocument):
    """The card's sides; a plain message (and no card) when nothing is marked for it."""
    sides = card_sides(document.data)
    if not sides:
        raise PlannerError(empty_card_message())
    return sides


def card_pdf(document: PlanDocument, options: dict) -> bytes:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from planner.export import fonts
    from planner.export.chart_pdf import paint

    fonts.register()
    rl_config.invariant = 1 if options.get("invariant") else 0
    person = document.data.get("person") or {}
    buffer = io.BytesIO()
    # A bilingual card is the Welsh card (front, back) then the English one.
    languages = options.get("languages") or (current_language(),)
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT), initialFontName=fonts.REGULAR, lang=languages[0])
    titles, subjects = [], []
    for code in languages:
        with using(code):
            sides = _sides(document)  # only the sides with something on them; none: a plain message
            titles.append(sides[0].title)
            subjects.append(_("Crisis card"))
            for side in sides:
                paint(canvas, side, 1.0, document.pictures)
                canvas.showPage()
    canvas.setTitle(" / ".join(dict.fromkeys(titles)))
    canvas.setAuthor(person.get("name", ""))
    canvas.setSubject(" / ".join(dict.fromkeys(subjects)))
    canvas.setCreator("Small Steps")
    canvas.save()
    return buffer.getvalue()


def card_png(document: PlanDocument, options: dict) -> bytes:
    """Both sides side by side, at 300 dpi unless told otherwise."""
    from PIL import Image

    from planner.charts.render_pillow import render

    dpi = int(options.get("dpi") or 300)
    pictures = [render(side, dpi) for side in _sides(document)]
    gap = round(dpi / 10)
    sheet = Image.new("RGB", (sum(p.width for p in pictures) + (len(pictures) + 1) * gap,
                              pictures[0].height + 2 * gap), "#ffffff")
    x = gap
    for picture in pictures:
        sheet.paste(picture, (x, gap))
        x += picture.width + gap
    out = io.BytesIO()
    sheet.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()
