"""The picture plan as PNG or JPEG: the poster's geometry painted with Pillow."""

from planner.charts import poster
from planner.charts.geometry import PictureBox
from planner.charts.render_pillow import picture_bytes
from planner.plan_file.document import PlanDocument


def symbol_pictures(chart, dpi: int) -> dict[str, bytes]:
    """PNGs for the symbols a chart shows, at the size they are drawn."""
    from planner.export.symbols_render import symbol_png

    found = {}
    for shape in chart.shapes:
        if isinstance(shape, PictureBox) and shape.picture.startswith("symbol:"):
            pixels = max(16, round(max(shape.w, shape.h) * dpi / 72))
            png = symbol_png(shape.picture.split(":", 1)[1], pixels)
            if png:
                found[shape.picture] = png
    return found


def poster_bytes(document: PlanDocument, options: dict, kind: str) -> bytes:
    dpi = int(options.get("dpi") or 150)
    if dpi not in (150, 300):
        from planner.errors import PlannerError
        from planner.i18n import _

        raise PlannerError(_("A picture plan can be made at 150 or 300 dots per inch."))
    chart = poster.layout(document.data, options.get("size", "a4"), bool(options.get("landscape")))
    pictures = dict(document.pictures)
    pictures.update(symbol_pictures(chart, dpi))
    return picture_bytes(chart, kind, dpi, pictures)
