"""Painting a chart's geometry into a picture (PNG or JPEG) with Pillow."""

import io
import math
from functools import cache, lru_cache

from planner.charts.geometry import Chart, Ellipse, Line, PictureBox, Polyline, Rect, TextBox
from planner.charts.text import font_path

PNG_LEVEL = 1  # see `picture_bytes`: zlib's quickest


@cache
def _font(size_px: int, bold: bool):
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path(bold)), max(1, size_px))


def _colour(value: str | None):
    return value if value else None


def dash_runs(points: list[tuple[float, float]], pattern: list[float]) -> list[list[tuple[float, float]]]:
    """The pieces of the path through `points` that a dash `pattern` (on, off, on, off, ... in
    pixels, as the PDF and the screen draw it) leaves drawn."""
    pattern = [max(0.5, length) for length in pattern] or [1.0]
    runs: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    index, left, on = 0, pattern[0], True
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        length = math.hypot(x2 - x1, y2 - y1)
        done = 0.0
        while length - done > 1e-9:
            step = min(left, length - done)
            if on:
                start = (x1 + (x2 - x1) * done / length, y1 + (y2 - y1) * done / length)
                end = (x1 + (x2 - x1) * (done + step) / length, y1 + (y2 - y1) * (done + step) / length)
                if not current:
                    current = [start]
                current.append(end)
            done += step
            left -= step
            if left <= 1e-9:
                if on and current:
                    runs.append(current)
                    current = []
                index = (index + 1) % len(pattern)
                left, on = pattern[index], not on
    if current:
        runs.append(current)
    return runs


def _ellipse_points(cx: float, cy: float, rx: float, ry: float) -> list[tuple[float, float]]:
    count = max(48, min(720, round(math.pi * (rx + ry) / 2)))
    return [(cx + rx * math.cos(2 * math.pi * i / count), cy + ry * math.sin(2 * math.pi * i / count))
            for i in range(count + 1)]


def render(chart: Chart, dpi: int = 150, pictures: dict[str, bytes] | None = None):
    """The chart as a Pillow RGB image at `dpi` (a point is 1/72 inch)."""
    from PIL import Image, ImageDraw

    scale = dpi / 72
    width, height = max(1, round(chart.width * scale)), max(1, round(chart.height * scale))
    image = Image.new("RGB", (width, height), chart.background)
    draw = ImageDraw.Draw(image)

    def px(value: float) -> float:
        return value * scale

    def stroke(points: list[tuple[float, float]], style) -> None:
        """A line through `points` (pixels) in the shape's stroke, dashed when its style says so."""
        width = max(1, round(px(style.stroke_width)))
        for run in dash_runs(points, [px(d) for d in style.dash]) if style.dash else [points]:
            if len(run) > 1:
                draw.line(run, fill=style.stroke, width=width, joint="curve")

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
            if shape.style.dash and shape.style.stroke:
                if shape.style.fill:
                    draw.ellipse(box, fill=shape.style.fill)
                stroke(_ellipse_points(px(shape.cx), px(shape.cy), px(shape.rx), px(shape.ry)), shape.style)
            else:
                outline_width = max(1, round(px(shape.style.stroke_width))) if shape.style.stroke else 0
                draw.ellipse(box, fill=_colour(shape.style.fill), outline=_colour(shape.style.stroke),
                             width=outline_width)
        elif isinstance(shape, Line):
            if shape.style.stroke:
                stroke([(px(shape.x1), px(shape.y1)), (px(shape.x2), px(shape.y2))], shape.style)
        elif isinstance(shape, Polyline):
            points = [(px(x), px(y)) for x, y in shape.points]
            if shape.closed and len(points) > 2:
                if shape.style.dash and shape.style.stroke:
                    if shape.style.fill:
                        draw.polygon(points, fill=shape.style.fill)
                    stroke([*points, points[0]], shape.style)
                else:
                    draw.polygon(points, fill=_colour(shape.style.fill), outline=_colour(shape.style.stroke),
                                 width=max(1, round(px(shape.style.stroke_width))))
            elif len(points) > 1 and shape.style.stroke:
                stroke(points, shape.style)
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
                picture = fitted_picture(blob, max(1, round(px(shape.w))), max(1, round(px(shape.h))))
                offset_x = round(px(shape.x) + (px(shape.w) - picture.width) / 2)
                offset_y = round(px(shape.y) + (px(shape.h) - picture.height) / 2)
                image.paste(picture, (offset_x, offset_y), picture)  # see-through stays see-through
    return image


@lru_cache(maxsize=64)
def fitted_picture(blob: bytes, width: int, height: int):
    """The picture decoded and scaled to fit the box, once per picture and size (a photo used
    again at the same size is not decoded again). A JPEG is decoded straight at a smaller scale."""
    from PIL import Image

    with Image.open(io.BytesIO(blob)) as picture:
        picture.draft("RGB", (width, height))  # JPEG only: decode at 1/2, 1/4 or 1/8 when that is enough
        picture = picture.convert("RGBA")
    picture.thumbnail((width, height))
    return picture


def picture_bytes(chart: Chart, kind: str = "png", dpi: int = 150,
                  pictures: dict[str, bytes] | None = None) -> bytes:
    """The chart as PNG or JPEG bytes (nothing but pixels: no metadata)."""
    image = render(chart, dpi, pictures)
    out = io.BytesIO()
    if kind in ("jpg", "jpeg"):
        image.save(out, "JPEG", quality=90, dpi=(dpi, dpi))
    else:
        # zlib's quickest level, rows unfiltered (planner.charts.png): the same pixels, written in
        # about 0.10 s for an A4 page at 300 dpi, where Pillow's encoder took 0.18 s at that
        # level (its default level took 0.28 s), most of the picture plan's time.
        from planner.charts.png import png_bytes

        return png_bytes(image, dpi, PNG_LEVEL)
    return out.getvalue()
