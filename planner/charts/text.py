"""Measuring and wrapping text for charts, with the font every painter uses (DejaVu Sans).

The same TTF is used by the screen (loaded into Qt), the PDF (embedded) and the pictures, so a
line that fits here fits everywhere. Pillow is imported only when a chart is laid out.
"""

from functools import cache
from importlib import resources
from pathlib import Path

REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"
ELLIPSIS = "…"
_MEASURE_SIZE = 100  # measure at a large size and scale: exact enough, one font object


def font_path(bold: bool = False) -> Path:
    return Path(str(resources.files("resources") / "fonts" / (BOLD if bold else REGULAR)))


@cache
def _font(bold: bool):
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path(bold)), _MEASURE_SIZE)


@cache
def _width_at_100(text: str, bold: bool) -> float:
    return _font(bold).getlength(text)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` in points at font `size`."""
    return _width_at_100(text, bold) * size / _MEASURE_SIZE


def _break_word(word: str, size: float, bold: bool, width: float) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and text_width(current + ch, size, bold) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, size: float, width: float, max_lines: int | None = None,
         bold: bool = False) -> tuple[tuple[str, ...], bool]:
    """Wrap `text` into lines no wider than `width`; returns (lines, shortened).

    Words longer than a line are broken; past `max_lines` the last line ends with "…".
    Each word is measured once (and remembered), lines are made from the sum of their words'
    widths, and each finished line is measured whole to be sure (a pair of letters drawn closer
    or further apart across a space could change it by a hair): if one is too wide after all,
    that paragraph is wrapped again measuring every line whole.
    """
    lines: list[str] = []
    limit = width * _MEASURE_SIZE / size if size > 0 else 0.0
    for paragraph in (text or "").split("\n"):
        quick = _wrap_by_words(paragraph, limit, bold)
        lines.extend(quick if quick is not None else _wrap_exact(paragraph, size, width, bold))
    while lines and not lines[-1]:
        lines.pop()
    if max_lines is None or len(lines) <= max_lines:
        return tuple(lines), False
    kept = lines[:max_lines]
    last = kept[-1]
    while last and text_width(last + ELLIPSIS, size, bold) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return tuple(kept), True


def _wrap_by_words(paragraph: str, limit: float, bold: bool) -> list[str] | None:
    """The paragraph's lines from its words' widths (at the measuring size), or None when a
    word must be broken or a line measured whole is wider than the sum said."""
    space = _width_at_100(" ", bold)
    lines: list[str] = []
    current: list[str] = []
    current_w = 0.0
    for word in paragraph.split():
        w = _width_at_100(word, bold)
        if w > limit:
            return None
        if current and current_w + space + w <= limit:
            current.append(word)
            current_w += space + w
            continue
        if current:
            lines.append(" ".join(current))
        current, current_w = [word], w
    lines.append(" ".join(current))
    for line in lines:
        if " " in line and _width_at_100(line, bold) > limit:
            return None
    return lines


def _wrap_exact(paragraph: str, size: float, width: float, bold: bool) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if text_width(word, size, bold) <= width:
            current = word
        else:
            *whole, current = _break_word(word, size, bold, width)
            lines.extend(whole)
    lines.append(current)
    return lines
