"""The life-charts as pictures (PNG or JPEG): my life story, my people and places, my week.

Each is an export kind (`planner.export.kinds.EXPORTS`): it is handed the plan document already
filtered for its audience (`planner.export.audience`), so a chart for the panel is laid out
from, and can only draw, what the person shared with the panel. A4 landscape, 150 dots per inch
unless asked otherwise (50 to 600).
"""

from collections.abc import Callable

from planner.charts import life_story, people_map, week
from planner.charts.geometry import Chart, PictureBox
from planner.domain.visibility import Audience
from planner.errors import InvalidInput
from planner.export.audience import for_audience
from planner.i18n import _
from planner.plan_file.document import PlanDocument

CHARTS: dict[str, Callable[..., Chart]] = {
    "life-story": life_story.layout,
    "people-map": people_map.layout,
    "week": week.layout,
}
# What each chart shows, in words, without laying it out (the same as its chart's description).
DESCRIPTIONS: dict[str, Callable[[dict], str]] = {
    "life-story": life_story.describe,
    "people-map": people_map.describe,
    "week": week.describe,
}
# The parts of the plan document each chart is drawn from (with the person and the pictures):
# a page showing one chart reads only these (`plan_files.plan_document(..., only=...)`).
CHART_PARTS: dict[str, tuple[str, ...]] = {
    "life-story": ("life_story",),
    "people-map": ("people_places",),
    "week": ("week",),
}
FORMATS = ("png", "jpg")
DEFAULT_DPI = 150
DPI_RANGE = (50, 600)


def check_dpi(dpi: object) -> int:
    if dpi is None:
        return DEFAULT_DPI
    low, high = DPI_RANGE
    if isinstance(dpi, bool) or not isinstance(dpi, int) or not low <= dpi <= high:
        raise InvalidInput(_("Please choose a resolution from {low} to {high} dots per inch.").format(
            low=low, high=high), "dpi")
    return dpi


def chart_for(document: PlanDocument, chart: str, audience: Audience | str = Audience.ME) -> Chart:
    """The chart `chart` of the plan, drawn only from what `audience` may see."""
    if chart not in CHARTS:
        raise InvalidInput(_("Small Steps has no chart called '{chart}'.").format(chart=chart), "chart")
    try:
        audience = Audience(audience)
    except ValueError:
        raise InvalidInput(_("Please choose who the picture is for: me, team or panel."), "audience") from None
    return CHARTS[chart](for_audience(document, audience).data)


def pictures_for(chart: Chart, document: PlanDocument, dpi: int) -> dict[str, bytes]:
    """The bytes of every picture the chart shows: photos from the document, symbols drawn."""
    from planner.export.symbols_render import symbol_png

    found: dict[str, bytes] = {}
    for shape in chart.shapes:
        if not isinstance(shape, PictureBox) or shape.picture in found:
            continue
        if shape.picture.startswith("symbol:"):
            png = symbol_png(shape.picture.removeprefix("symbol:"), max(16, round(shape.w * dpi / 72)))
            if png:
                found[shape.picture] = png
        elif shape.picture in document.pictures:
            found[shape.picture] = document.pictures[shape.picture]
    return found


def picture_of(filtered: PlanDocument, chart: str, kind: str, options: dict) -> bytes:
    """The chart of an already filtered document as PNG or JPEG bytes (nothing but pixels)."""
    from planner.charts.render_pillow import picture_bytes

    if kind not in FORMATS:
        raise InvalidInput(_("Pictures can be saved as PNG or JPEG."), "kind")
    dpi = check_dpi(options.get("dpi"))
    drawn = CHARTS[chart](filtered.data)
    return picture_bytes(drawn, kind, dpi, pictures_for(drawn, filtered, dpi))


def chart_picture(document: PlanDocument, chart: str, audience: Audience | str = Audience.ME,
                  kind: str = "png", dpi: int | None = None) -> bytes:
    """The chart as PNG or JPEG bytes for `audience` (the window's "Save as a picture")."""
    chart_for(document, chart, audience)  # checks the chart and the audience
    return picture_of(for_audience(document, audience), chart, kind, {"dpi": dpi})


def export_kind(chart: str, kind: str) -> Callable[[PlanDocument, dict], bytes]:
    """The `make` of an export kind: (filtered document, options) -> bytes."""

    def make(filtered: PlanDocument, options: dict) -> bytes:
        return picture_of(filtered, chart, kind, options)

    return make
