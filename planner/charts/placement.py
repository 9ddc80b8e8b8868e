"""Helpers shared by the life-charts: where labels may go, and labels made of wrapped text.

`Occupancy` remembers the boxes already used on a canvas (in a grid of buckets, so checking a
new box stays quick with hundreds of labels) and says whether a new box is free.
"""

from dataclasses import dataclass, replace

from planner.charts.geometry import Ellipse, Line, Polyline, Shape, TextBox, TextStyle
from planner.charts.text import wrap

A4_LANDSCAPE = (842.0, 595.0)  # points: 297 x 210 mm
MARGIN = 22.0
INK = "#1f2937"
MUTED = "#4b5563"  # 7.6:1 on white
GUIDE = "#858b94"  # 3.4:1 on white: a line that means something must be 3:1 (WCAG 1.4.11)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


class Occupancy:
    """Boxes already taken on the canvas; `free` says whether a new one touches none."""

    def __init__(self, cell: float = 24.0):
        self._cell = cell
        self._buckets: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def add(self, box: Box) -> None:
        edges = (box.x, box.y, box.x + box.w, box.y + box.h)
        c = self._cell
        buckets = self._buckets
        for gx in range(int(edges[0] // c), int(edges[2] // c) + 1):
            for gy in range(int(edges[1] // c), int(edges[3] // c) + 1):
                found = buckets.get((gx, gy))
                if found is None:
                    buckets[(gx, gy)] = [edges]
                else:
                    found.append(edges)

    def free(self, box: Box, gap: float = 0.0) -> bool:
        x0, y0, x1, y1 = box.x - gap, box.y - gap, box.x + box.w + gap, box.y + box.h + gap
        c = self._cell
        buckets = self._buckets
        for gx in range(int(x0 // c), int(x1 // c) + 1):
            for gy in range(int(y0 // c), int(y1 // c) + 1):
                for ox0, oy0, ox1, oy1 in buckets.get((gx, gy), ()):
                    if x1 > ox0 and ox1 > x0 and y1 > oy0 and oy1 > y0:
                        return False
        return True


def text_box(x: float, y: float, w: float, text: str, style: TextStyle, max_lines: int | None = 2,
             full_text: str | None = None) -> TextBox:
    """A text box of `text` wrapped to `w` (at most `max_lines` lines, "…" if shortened)."""
    lines, _shortened = wrap(text, style.size, w, max_lines=max_lines, bold=style.bold)
    lines = lines or ("",)
    return TextBox(x, y, w, len(lines) * style.size * 1.25, lines, style,
                   full_text if full_text is not None else text)


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(value, high)) if high >= low else low


def moved(shapes: list[Shape], dy: float) -> list[Shape]:
    """The shapes moved down by `dy` (the key is measured before the grid says where it goes)."""
    moved: list[Shape] = []
    for shape in shapes:
        if isinstance(shape, Ellipse):
            moved.append(replace(shape, cy=shape.cy + dy))
        elif isinstance(shape, Line):
            moved.append(replace(shape, y1=shape.y1 + dy, y2=shape.y2 + dy))
        elif isinstance(shape, Polyline):
            moved.append(replace(shape, points=tuple((x, y + dy) for x, y in shape.points)))
        else:
            moved.append(replace(shape, y=shape.y + dy))
    return moved
