"""The fonts every PDF embeds (DejaVu Sans: every Welsh letter prints)."""

from functools import cache

from planner.charts.text import font_path

REGULAR = "SmallStepsSans"
BOLD = "SmallStepsSans-Bold"


@cache
def register() -> None:
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.useA85 = 0  # re-encoding every image in pure Python costs 60 % of the time
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path(False))))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path(True))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # A canvas starts every page with this font: never the unembedded Helvetica.
    rl_config.canvas_basefontname = REGULAR
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = REGULAR  # drawings (symbols) start with it too
