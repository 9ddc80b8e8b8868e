"""The five faces of the rating scale, as shapes: from a deep frown (1) to a big smile (5).

The face's mouth carries the meaning, the words carry it too, and the colour only helps.
"""

from planner.charts.geometry import Ellipse, Polyline, Shape, Style

FACE_FILL = {1: "#fca5a5", 2: "#fdba74", 3: "#fde68a", 4: "#bbf7d0", 5: "#86efac"}
OUTLINE = "#1f2937"


def face(cx: float, cy: float, r: float, rating: int) -> list[Shape]:
    """A face of radius `r` centred on (cx, cy) for a rating of 1-5."""
    rating = max(1, min(5, int(rating)))
    line = max(0.6, r / 7)
    shapes: list[Shape] = [
        Ellipse(cx, cy, r, r, Style(fill=FACE_FILL[rating], stroke=OUTLINE, stroke_width=line)),
    ]
    eye = max(0.5, r * 0.12)
    for dx in (-0.35, 0.35):
        shapes.append(Ellipse(cx + dx * r, cy - 0.25 * r, eye, eye, Style(fill=OUTLINE, stroke=None)))
    curve = (rating - 3) / 2  # -1 deep frown .. 1 big smile
    base = cy + 0.35 * r - curve * 0.12 * r
    points = []
    for i in range(9):
        t = -1 + i / 4
        points.append((cx + t * 0.48 * r, base + curve * 0.28 * r * (1 - t * t)))
    shapes.append(Polyline(tuple(points), Style(stroke=OUTLINE, stroke_width=line)))
    return shapes
