"""Painting a chart's geometry into a picture (PNG or JPEG) with Pillow."""

import io
from functools import cache

from planner.charts.geometry import Chart, Ellipse, Line, PictureBox, Polyline, Rect, TextBox
from planner.charts.text import font_path


@cache
def _font(size_px: int, bold: bool):
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path(bold)), max(1, size_px))


def _colour(value: str | None):
    return value if value else None


def render(chart: Chart, dpi: int = 150, pictures: dict[str, bytes] | None = None):
    """The chart as a Pillow RGB image at `dpi` (a point is 1/72 inch)."""
    from PIL import Image, ImageDraw

    scale = dpi / 72
    width, height = max(1, round(chart.width * scale)), max(1, round(chart.height * scale))
    image = Image.new("RGB", (width, height), chart.background)
    draw = ImageDraw.Draw(image)

    def px(value: float) -> float:
        return value * scale

    for shape in chart.shapes:
        if isinstance(shape, Rect):
            box = [px(shape.x), px(shape.y), px(shape.x + shape.w), px(shape.y + shape.h)]
            outline_width = max(1, round(px(shape.style.stroke_width))) if shape.style.stroke else 0
            if shape.radius:
                draw.rounded_rectangle(box, radius=px(shape.radius), fill=_colour(shape.style.fill),
                                       outline=_colour(shape.style.stroke), width=outline_width)
            else:
                draw.rectangle(box, fill=_colour(shape.style.fill), outline=_colour(shape.style.stroke),
                               width=outline_width)
        elif isinstance(shape, Ellipse):
            box = [px(shape.cx - shape.rx), px(shape.cy - shape.ry), px(shape.cx + shape.rx), px(shape.cy + shape.ry)]
            outline_width = max(1, round(px(shape.style.stroke_width))) if shape.style.stroke else 0
            draw.ellipse(box, fill=_colour(shape.style.fill), outline=_colour(shape.style.stroke), width=outline_width)
        elif isinstance(shape, Line):
            if shape.style.stroke:
                draw.line([px(shape.x1), px(shape.y1), px(shape.x2), px(shape.y2)],
                          fill=shape.style.stroke, width=max(1, round(px(shape.style.stroke_width))))
        elif isinstance(shape, Polyline):
            points = [(px(x), px(y)) for x, y in shape.points]
            if shape.closed and len(points) > 2:
                draw.polygon(points, fill=_colour(shape.style.fill), outline=_colour(shape.style.stroke),
                             width=max(1, round(px(shape.style.stroke_width))))
            elif len(points) > 1 and shape.style.stroke:
                draw.line(points, fill=shape.style.stroke, width=max(1, round(px(shape.style.stroke_width))),
                          joint="curve")
        elif isinstance(shape, TextBox):
            font = _font(round(px(shape.style.size)), shape.style.bold)
            for index, line in enumerate(shape.lines):
                y = px(shape.y + index * shape.step)
                line_width = font.getlength(line)
                if shape.style.align == "center":
                    x = px(shape.x) + (px(shape.w) - line_width) / 2
                elif shape.style.align == "right":
                    x = px(shape.x + shape.w) - line_width
                else:
                    x = px(shape.x)
                draw.text((x, y), line, font=font, fill=shape.style.color)
        elif isinstance(shape, PictureBox):
            blob = (pictures or {}).get(shape.picture)
            if blob:
                with Image.open(io.BytesIO(blob)) as picture:
                    picture = picture.convert("RGBA")
                    picture.thumbnail((max(1, round(px(shape.w))), max(1, round(px(shape.h)))))
                    offset_x = round(px(shape.x) + (px(shape.w) - picture.width) / 2)
                    offset_y = round(px(shape.y) + (px(shape.h) - picture.height) / 2)
                    image.paste(picture, (offset_x, offset_y), picture)  # see-through stays see-through
    return image


def picture_bytes(chart: Chart, kind: str = "png", dpi: int = 150,
                  pictures: dict[str, bytes] | None = None) -> bytes:
    """The chart as PNG or JPEG bytes (nothing but pixels: no metadata)."""
    image = render(chart, dpi, pictures)
    out = io.BytesIO()
    if kind in ("jpg", "jpeg"):
        image.save(out, "JPEG", quality=90, dpi=(dpi, dpi))
    else:
        image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()
