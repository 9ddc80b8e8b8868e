"""Charts as plain geometry: laid out once here, painted by the screen, PDF and pictures alike.

Units are points (1/72 inch) on a canvas of `Chart.width` x `Chart.height`. A painter only
scales and draws; it never decides where anything goes. Text arrives already wrapped into
lines (see `planner.charts.text`), with the full text kept for hovering and for reading aloud.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Style:
    """How a shape is drawn: colours as "#rrggbb" (None = nothing), line width in points."""

    fill: str | None = None
    stroke: str | None = "#1f2937"
    stroke_width: float = 1.0
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    bold: bool = False
    color: str = "#111827"
    align: str = "left"  # left, center or right


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    style: Style = Style()
    radius: float = 0.0


@dataclass(frozen=True)
class Ellipse:
    cx: float
    cy: float
    rx: float
    ry: float
    style: Style = Style()


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    style: Style = Style()


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    style: Style = Style()
    closed: bool = False


@dataclass(frozen=True)
class TextBox:
    """Wrapped text in a box. `lines` are final; `full_text` is everything (for hover)."""

    x: float
    y: float
    w: float
    h: float
    lines: tuple[str, ...]
    style: TextStyle = TextStyle()
    full_text: str = ""
    line_height: float = 0.0  # 0: 1.25 x the font size

    @property
    def step(self) -> float:
        return self.line_height or self.style.size * 1.25


@dataclass(frozen=True)
class PictureBox:
    """A picture from the plan document (`picture` is its path there, e.g. pictures/x.jpg)."""

    x: float
    y: float
    w: float
    h: float
    picture: str
    description: str = ""


@dataclass(frozen=True)
class Hotspot:
    """An invisible area whose words show on hover (e.g. a dot too small to have a label).

    Painters draw nothing for it; the screen shows `text` when the pointer rests on it.
    """

    x: float
    y: float
    w: float
    h: float
    text: str


Shape = Rect | Ellipse | Line | Polyline | TextBox | PictureBox | Hotspot


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    shapes: tuple[Shape, ...] = field(default_factory=tuple)
    title: str = ""
    description: str = ""  # a text alternative for the whole chart
    background: str = "#ffffff"

    def text_boxes(self) -> list[TextBox]:
        return [shape for shape in self.shapes if isinstance(shape, TextBox)]

    def all_text(self) -> str:
        """Every word the chart shows or keeps for hovering (for tests and screen readers)."""
        parts = [self.title, self.description]
        for box in self.text_boxes():
            parts.extend(box.lines)
            parts.append(box.full_text)
        for shape in self.shapes:
            if isinstance(shape, PictureBox):
                parts.append(shape.description)
            elif isinstance(shape, Hotspot):
                parts.append(shape.text)
        return "\n".join(part for part in parts if part)


def boxes_overlap(a, b, gap: float = 0.0) -> bool:
    """True when two boxes (anything with x, y, w, h) overlap, allowing `gap` between them."""
    return not (
        a.x + a.w + gap <= b.x or b.x + b.w + gap <= a.x
        or a.y + a.h + gap <= b.y or b.y + b.h + gap <= a.y
    )


def inside(box, chart: Chart) -> bool:
    return box.x >= 0 and box.y >= 0 and box.x + box.w <= chart.width + 1e-6 and box.y + box.h <= chart.height + 1e-6


def layout_problems(chart: Chart) -> list[str]:
    """Text boxes that overlap each other or leave the canvas (empty: all is well)."""
    problems = []
    boxes = chart.text_boxes()
    for box in boxes:
        if not inside(box, chart):
            problems.append(f"outside the canvas: {box.full_text or ' '.join(box.lines)!r}")
    ordered = sorted(boxes, key=lambda b: b.x)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.x >= a.x + a.w:
                break
            if boxes_overlap(a, b):
                problems.append(f"overlap: {a.full_text or a.lines!r} and {b.full_text or b.lines!r}")
    return problems
