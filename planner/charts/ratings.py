"""The person's own ratings of each area of life across reviews, laid out as plain geometry.

One small panel for each area (so lines never cross or hide each other), and a key. Each
rating is drawn as a face at its height; each panel says its latest rating in words. Ratings
are optional and nothing is ever added up: there is no total and no average.
"""

import datetime as dt
from dataclasses import dataclass, field

from planner.charts.faces import face
from planner.charts.geometry import Chart, Line, Rect, Shape, Style, TextBox, TextStyle
from planner.charts.lettering import PRINT, Lettering
from planner.charts.text import text_width, wrap
from planner.domain.goal_dates import plain_date, short_date
from planner.domain.goals import RATINGS, LifeArea, area_label, rating_label
from planner.i18n import _, ngettext

A4_LANDSCAPE = (842.0, 595.0)
MAX_REVIEWS_SHOWN = 12
MUTED = TextStyle(size=9, color="#4b5563")
GUIDE = Style(stroke="#858b94", stroke_width=0.8)
JOIN = Style(stroke="#374151", stroke_width=1.4)
JOIN_GAP = Style(stroke="#6b7280", stroke_width=1.0, dash=(3.0, 2.5))


@dataclass(frozen=True)
class RatedReview:
    held_on: dt.date
    ratings: dict[str, int] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash((self.held_on, tuple(sorted(self.ratings.items()))))


def reviews_from_document(items: list[dict]) -> list[RatedReview]:
    """Reviews as the (audience-filtered) plan document holds them, oldest first."""
    reviews = [RatedReview(dt.date.fromisoformat(item["held_on"]), dict(item.get("ratings") or {}))
               for item in items if item.get("held_on")]
    return sorted(reviews, key=lambda r: r.held_on)


def reviews_from_records(records) -> list[RatedReview]:
    """Reviews as `planner.services.reviews` returns them."""
    return sorted((RatedReview(r.held_on, dict(r.ratings)) for r in records), key=lambda r: r.held_on)


def _text(x, y, w, text, style: TextStyle, max_lines: int | None = None, full: str = "") -> TextBox:
    lines, _cut = wrap(text, style.size, w, bold=style.bold)  # whole: never cut short
    lines = lines or ("",)
    return TextBox(x, y, w, len(lines) * style.size * 1.25, lines, style, full or text)


def latest_words(area: str, reviews: list[RatedReview]) -> str:
    for review in reversed(reviews):
        if area in review.ratings:
            return _("Latest: {rating}, {date}").format(
                rating=rating_label(review.ratings[area]), date=short_date(review.held_on))
    return _("Not rated yet")


def _date_labels(xs: list[float], reviews: list[RatedReview], y: float, left: float, right: float,
                 size: float = 7.5) -> list[TextBox]:
    """Dates under the faces: the first and last always, others where they fit."""
    style = TextStyle(size=size, color="#374151", align="center")
    n = len(xs)
    order = [0, n - 1] if n > 1 else [0]
    step = 1
    while step * 2 < n:
        step *= 2
    while step >= 1:  # then the ones between, coarse to fine
        order.extend(i for i in range(0, n, step) if i not in order)
        step //= 2
    chosen: list[TextBox] = []
    for index in order:
        words = short_date(reviews[index].held_on)
        w = text_width(words, style.size) + 2
        x = min(max(xs[index] - w / 2, left), right - w)
        box = TextBox(x, y, w, style.size * 1.25, (words,), style, plain_date(reviews[index].held_on))
        if all(box.x >= c.x + c.w + 4 or c.x >= box.x + box.w + 4 for c in chosen):
            chosen.append(box)
    return chosen


def _panel(area: str, reviews: list[RatedReview], x: float, y: float, w: float, h: float,
           lettering: Lettering = PRINT) -> list[Shape]:
    pad = 8.0
    size = lettering.size
    shapes: list[Shape] = [Rect(x, y, w, h, Style(fill="#f9fafb", stroke="#858b94", stroke_width=0.8), radius=6)]
    title = _text(x + pad, y + pad, w - 2 * pad, area_label(area), TextStyle(size=size(11), bold=True))
    latest = _text(x + pad, title.y + title.h, w - 2 * pad, latest_words(area, reviews),
                   TextStyle(size=size(MUTED.size), color=MUTED.color))
    shapes += [title, latest]
    date_h = size(7.5) * 1.25
    plot_top = latest.y + latest.h + 6
    plot_bottom = y + h - pad - date_h - 4
    plot_left, plot_right = x + pad, x + w - pad
    level_gap = (plot_bottom - plot_top) / 4
    if level_gap <= 2 or not reviews:
        return shapes
    n = len(reviews)
    spacing = (plot_right - plot_left) / max(n, 1)
    r = max(2.0, min(11.0 * lettering.factor, level_gap / 2 - 0.5, spacing / 2 - 0.5))
    plot_top += r
    plot_bottom -= r
    level_gap = (plot_bottom - plot_top) / 4

    def level_y(rating: int) -> float:
        return plot_bottom - (rating - 1) * level_gap

    for rating in RATINGS:
        shapes.append(Line(plot_left, level_y(rating), plot_right, level_y(rating), GUIDE))
    if n == 1:
        xs = [(plot_left + plot_right) / 2]
    else:
        xs = [plot_left + r + i * (plot_right - plot_left - 2 * r) / (n - 1) for i in range(n)]
    rated = [(i, review.ratings[area]) for i, review in enumerate(reviews) if area in review.ratings]
    for (i, a), (j, b) in zip(rated, rated[1:], strict=False):
        shapes.append(Line(xs[i], level_y(a), xs[j], level_y(b), JOIN if j == i + 1 else JOIN_GAP))
    for i, rating in rated:
        shapes.extend(face(xs[i], level_y(rating), r, rating))
    shapes.extend(_date_labels(xs, reviews, y + h - pad - date_h, plot_left, plot_right, size(7.5)))
    return shapes


def _key(x: float, y: float, w: float, h: float, lettering: Lettering = PRINT) -> list[Shape]:
    pad = 8.0
    shapes: list[Shape] = [Rect(x, y, w, h, Style(fill="#ffffff", stroke="#858b94", stroke_width=0.8), radius=6)]
    title = _text(x + pad, y + pad, w - 2 * pad, _("How to read the faces"),
                  TextStyle(size=lettering.size(11), bold=True))
    shapes.append(title)
    top = title.y + title.h + 4
    r = max(3.0, min(9.0 * lettering.factor, (y + h - pad - top) / 10 - 1.5))
    labels = [_text(x + pad + 2 * r + 6, 0, w - 3 * pad - 2 * r, rating_label(rating),
                    TextStyle(size=lettering.size(10))) for rating in reversed(RATINGS)]
    for rating, label in zip(reversed(RATINGS), labels, strict=True):
        row_h = max(min(26.0 * lettering.factor, (y + h - pad - top) / 5), label.h + 2, 2 * r + 2)
        cy = top + row_h / 2
        shapes.extend(face(x + pad + r, cy, r, rating))
        shapes.append(TextBox(label.x, cy - label.h / 2, label.w, label.h, label.lines, label.style, label.full_text))
        top += row_h
    return shapes


def _key_height(w: float, lettering: Lettering) -> float:
    """How tall the key must be for its words."""
    pad = 8.0
    title = _text(0, 0, w - 2 * pad, _("How to read the faces"), TextStyle(size=lettering.size(11), bold=True))
    r = 9.0 * lettering.factor
    rows = sum(max(_text(0, 0, w - 3 * pad - 2 * r, rating_label(rating), TextStyle(size=lettering.size(10))).h + 2,
                   2 * r + 2) for rating in RATINGS)
    return 2 * pad + title.h + 4 + rows


def describe(reviews: list[RatedReview]) -> str:
    lines = []
    for area in LifeArea:
        rated = [f"{plain_date(r.held_on)}: {rating_label(r.ratings[area])}" for r in reviews if area in r.ratings]
        lines.append(f"{area_label(area)}: " + ("; ".join(rated) if rated else _("not rated")) + ".")
    return "\n".join(lines)


def ratings_chart(reviews: list[RatedReview], heading: str = "", audience_words: str = "",
                  width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1],
                  lettering: Lettering = PRINT) -> Chart:
    """How things are in each area of life, review by review (the last twelve reviews).

    With a lettering that `grows` (the screen) there are as many columns of panels as fit
    their words, and the chart is as tall as it takes."""
    size = lettering.size
    heading = heading or _("How things are going, in my own words and faces")
    reviews = sorted(reviews, key=lambda r: r.held_on)
    shown = reviews[-MAX_REVIEWS_SHOWN:]
    margin = 24.0
    shapes: list[Shape] = []
    title = _text(margin, margin, width - 2 * margin, heading, TextStyle(size=size(18), bold=True))
    note = _("My own rating of each part of my life at each review. Rating is up to me. Nothing is added up.")
    if len(reviews) > len(shown):
        note += " " + ngettext("Showing the last review.", "Showing the last {n} reviews.", len(shown)).format(
            n=len(shown))
    if audience_words:
        note += " " + audience_words
    subtitle = _text(margin, title.y + title.h + 2, width - 2 * margin, note,
                     TextStyle(size=size(MUTED.size), color=MUTED.color))
    shapes += [title, subtitle]
    top = subtitle.y + subtitle.h + 10
    if not any(r.ratings for r in shown):
        shapes.append(_text(margin, top + 20, width - 2 * margin,
                            _("No ratings yet. You can rate each part of your life at a review, if you want to."),
                            TextStyle(size=size(14), color="#374151")))
        return Chart(width, height, tuple(shapes), title=heading, description=describe(reviews))
    columns, rows, gap = 4, 2, 10.0
    if lettering.grows:
        columns = int(max(1, min(4, (width - 2 * margin + gap) // (lettering.room(170.0) + gap))))
        rows = -(-(len(LifeArea) + 1) // columns)
    cell_w = (width - 2 * margin - gap * (columns - 1)) / columns
    cell_h = (height - margin - top - gap * (rows - 1)) / rows
    if lettering.grows:
        cell_h = max(cell_h, lettering.room(190.0), _key_height(cell_w, lettering))
        height = max(height, top + rows * cell_h + gap * (rows - 1) + margin)
    cells = [(margin + c * (cell_w + gap), top + r * (cell_h + gap)) for r in range(rows) for c in range(columns)]
    for area, (x, y) in zip(LifeArea, cells, strict=False):
        shapes.extend(_panel(area.value, shown, x, y, cell_w, cell_h, lettering))
    x, y = cells[len(LifeArea)]
    shapes.extend(_key(x, y, cell_w, cell_h, lettering))
    return Chart(width, height, tuple(shapes), title=heading, description=describe(reviews))
