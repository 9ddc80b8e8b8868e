"""Painting a chart's geometry into a PDF as vectors (the third painter)."""

from functools import cache

from planner.charts.geometry import Chart, Ellipse, Line, PictureBox, Polyline, Rect, TextBox
from planner.export import fonts


def chart_flowable(chart: Chart, width_pt: float, pictures: dict[str, bytes] | None = None):
    """A ReportLab flowable drawing `chart` scaled to `width_pt` wide."""
    from reportlab.platypus import Flowable

    scale = min(1.0, width_pt / chart.width) if chart.width else 1.0

    class ChartFlowable(Flowable):
        def wrap(self, available_width, available_height):
            return chart.width * scale, chart.height * scale

        def draw(self):
            paint(self.canv, chart, scale, pictures or {})

    return ChartFlowable()


@cache
def _colour(hex_code: str):
    """ReportLab's colour for "#rrggbb", made once (a chart names the same few colours again and
    again: 4,000 times in the very large plan's pack)."""
    from reportlab.lib.colors import HexColor

    return HexColor(hex_code)


def paint(canvas, chart: Chart, scale: float, pictures: dict[str, bytes]) -> None:
    from planner.export.pdf_pictures import draw_picture, picture_size

    HexColor = _colour  # noqa: N806 (the same colours, each made once)

    height = chart.height
    canvas.saveState()
    canvas.scale(scale, scale)

    def y(value: float) -> float:  # charts measure from the top, PDFs from the bottom
        return height - value

    canvas.setFillColor(HexColor(chart.background))
    canvas.rect(0, 0, chart.width, chart.height, stroke=0, fill=1)
    for shape in chart.shapes:
        stroke = fill = False
        if isinstance(shape, Rect | Ellipse | Line | Polyline):
            style = shape.style
            canvas.setStrokeColor(HexColor(style.stroke) if style.stroke else HexColor("#000000"))
            canvas.setLineWidth(style.stroke_width)
            canvas.setDash(list(style.dash) if style.dash else [])
            if style.fill:
                canvas.setFillColor(HexColor(style.fill))
            stroke, fill = bool(style.stroke), bool(style.fill)
        if isinstance(shape, Rect):
            if shape.radius:
                canvas.roundRect(shape.x, y(shape.y + shape.h), shape.w, shape.h, shape.radius,
                                 stroke=stroke, fill=fill)
            else:
                canvas.rect(shape.x, y(shape.y + shape.h), shape.w, shape.h, stroke=stroke, fill=fill)
        elif isinstance(shape, Ellipse):
            canvas.ellipse(shape.cx - shape.rx, y(shape.cy + shape.ry), shape.cx + shape.rx,
                           y(shape.cy - shape.ry), stroke=stroke, fill=fill)
        elif isinstance(shape, Line):
            if stroke:
                canvas.line(shape.x1, y(shape.y1), shape.x2, y(shape.y2))
        elif isinstance(shape, Polyline):
            if len(shape.points) > 1:
                path = canvas.beginPath()
                path.moveTo(shape.points[0][0], y(shape.points[0][1]))
                for px, py in shape.points[1:]:
                    path.lineTo(px, y(py))
                if shape.closed:
                    path.close()
                canvas.drawPath(path, stroke=stroke, fill=fill and shape.closed)
        elif isinstance(shape, TextBox):
            font = fonts.BOLD if shape.style.bold else fonts.REGULAR
            canvas.setFont(font, shape.style.size)
            canvas.setFillColor(HexColor(shape.style.color))
            for index, line in enumerate(shape.lines):
                baseline = y(shape.y + index * shape.step + shape.style.size * 0.95)
                if shape.style.align == "center":
                    canvas.drawCentredString(shape.x + shape.w / 2, baseline, line)
                elif shape.style.align == "right":
                    canvas.drawRightString(shape.x + shape.w, baseline, line)
                else:
                    canvas.drawString(shape.x, baseline, line)
        elif isinstance(shape, PictureBox):
            blob = pictures.get(shape.picture)
            if blob:
                iw, ih = picture_size(blob)
                fit = min(shape.w / iw, shape.h / ih)
                w, h = iw * fit, ih * fit
                draw_picture(canvas, blob, shape.x + (shape.w - w) / 2, y(shape.y + (shape.h + h) / 2), w, h)
    canvas.restoreState()
