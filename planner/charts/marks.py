"""Small drawn signs for the life-charts: faces for good and hard times, and a shape for each
kind of person or place. Drawn as shapes (never emoji: a computer may lack the font), and each
always comes with words, so neither the shape nor its colour is the only signal.
"""

import math

from planner.charts.geometry import Ellipse, Polyline, Rect, Shape, Style

OUTLINE = "#1f2937"
# Light fills, a step from hard (warm) to good (green); the face's mouth carries the meaning.
FEELING_FILL = {1: "#fca5a5", 2: "#fdba74", 3: "#fde68a", 4: "#bbf7d0", 5: "#86efac"}

KIND_FILL = {"person": "#dbeafe", "place": "#dcfce7", "service": "#ede9fe", "group": "#fef3c7",
             "pet": "#fce7f3"}
KIND_STROKE = {"person": "#1d4ed8", "place": "#15803d", "service": "#6d28d9", "group": "#b45309",
               "pet": "#be185d"}


def face(cx: float, cy: float, r: float, feeling: int) -> list[Shape]:
    """A face of radius `r` for a feeling of 1 (deep frown) to 5 (big smile)."""
    feeling = max(1, min(5, int(feeling)))
    line = max(0.5, r / 7)
    shapes: list[Shape] = [
        Ellipse(cx, cy, r, r, Style(fill=FEELING_FILL[feeling], stroke=OUTLINE, stroke_width=line))
    ]
    eye = max(0.45, r * 0.12)
    for dx in (-0.35, 0.35):
        shapes.append(Ellipse(cx + dx * r, cy - 0.25 * r, eye, eye, Style(fill=OUTLINE, stroke=None)))
    curve = (feeling - 3) / 2  # -1: a deep frown ... 1: a big smile
    base = cy + 0.35 * r - curve * 0.12 * r
    points = tuple(
        (cx + t * 0.48 * r, base + curve * 0.28 * r * (1 - t * t))
        for t in (-1 + i / 4 for i in range(9))
    )
    shapes.append(Polyline(points, Style(stroke=OUTLINE, stroke_width=line)))
    return shapes


def dot(cx: float, cy: float, r: float, feeling: int) -> Shape:
    """A plain dot, for moments too close together to have a face each."""
    return Ellipse(cx, cy, r, r, Style(fill=FEELING_FILL[max(1, min(5, int(feeling)))],
                                       stroke=OUTLINE, stroke_width=max(0.4, r / 4)))


def _polygon(cx: float, cy: float, r: float, corners: int, turn: float) -> tuple[tuple[float, float], ...]:
    return tuple(
        (cx + r * math.cos(turn + 2 * math.pi * i / corners), cy + r * math.sin(turn + 2 * math.pi * i / corners))
        for i in range(corners)
    )


def kind_mark(kind: str, cx: float, cy: float, r: float, fill: str | None = None) -> Shape:
    """The sign of a kind: person a circle, place a house, service a diamond, group a
    hexagon, pet a triangle. `r` is the half-width of the sign."""
    style = Style(fill=fill or KIND_FILL.get(kind, "#f3f4f6"), stroke=KIND_STROKE.get(kind, OUTLINE),
                  stroke_width=max(0.8, r / 8))
    if kind == "place":
        return Polyline(((cx - r, cy + r), (cx - r, cy - 0.2 * r), (cx, cy - r), (cx + r, cy - 0.2 * r),
                         (cx + r, cy + r)), style, closed=True)
    if kind == "service":
        return Polyline(((cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)), style, closed=True)
    if kind == "group":
        return Polyline(_polygon(cx, cy, r, 6, 0.0), style, closed=True)
    if kind == "pet":
        return Polyline(((cx, cy - r), (cx + r, cy + 0.8 * r), (cx - r, cy + 0.8 * r)), style, closed=True)
    return Ellipse(cx, cy, r, r, style)


def swatch(x: float, y: float, size: float, fill: str) -> Shape:
    return Rect(x, y, size, size, Style(fill=fill, stroke=OUTLINE, stroke_width=0.6), radius=2)
