"""The charts' own PNG writer: the same pixels and resolution as Pillow's, read by any decoder."""

import io
import zlib

import pytest
from PIL import Image, ImageDraw

from planner.charts.png import png_bytes, writes
from planner.charts.render_pillow import picture_bytes, render
from tests.test_charts_core import sample_chart


def _drawn(mode: str, size: tuple[int, int]) -> Image.Image:
    image = Image.new(mode, size, "white" if mode != "RGBA" else (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    if min(size) > 3:
        draw.ellipse((1, 1, size[0] - 2, size[1] - 2), fill="teal", outline="black")
    draw.text((2, 2), "Ŵŷ £5", fill="black")
    return image


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L"])
@pytest.mark.parametrize("size", [(1, 1), (3, 700), (613, 257)])
def test_the_same_pixels_and_resolution_as_pillow_writes(mode, size):
    image = _drawn(mode, size)
    ours = Image.open(io.BytesIO(png_bytes(image, 300)))
    theirs = io.BytesIO()
    image.save(theirs, "PNG", dpi=(300, 300))
    theirs = Image.open(theirs)
    ours.load()
    assert ours.format == "PNG" and ours.mode == mode and ours.size == size
    assert ours.tobytes() == image.tobytes()
    assert ours.info["dpi"] == theirs.info["dpi"]


def test_every_chunk_is_whole_and_nothing_more_is_said():
    data = png_bytes(_drawn("RGB", (40, 30)), 150)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    at, kinds = 8, []
    while at < len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        assert int.from_bytes(data[at + 8 + length:at + 12 + length], "big") == zlib.crc32(kind + body)
        kinds.append(kind)
        at += 12 + length
    assert at == len(data)
    assert kinds == [b"IHDR", b"pHYs", b"IDAT", b"IEND"]  # no text, no time, no camera: only pixels


def test_other_modes_are_refused_not_written_wrongly():
    assert not writes("P") and not writes("CMYK")
    with pytest.raises(ValueError):
        png_bytes(Image.new("P", (2, 2)), 72)


def test_a_chart_picture_is_the_chart_painted():
    png = Image.open(io.BytesIO(picture_bytes(sample_chart(), "png", 144)))
    png.load()
    assert png.tobytes() == render(sample_chart(), 144).tobytes()
    assert png.info["dpi"] == pytest.approx((144, 144), abs=0.01)
