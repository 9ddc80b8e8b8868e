"""My week as a picture: seven days across, morning, afternoon, evening and night down.

Laid out once from the plan document's JSON (already filtered for its audience). Each square
lists what the person does then, with where and with whom, and a face for how they feel about
it (words for the faces in the key). A square with more than fits ends with "and N more",
whose words show on hover.
"""

from dataclasses import dataclass

from planner.charts.geometry import Chart, Ellipse, Line, Rect, Shape, Style, TextBox, TextStyle
from planner.charts.marks import face
from planner.charts.placement import A4_LANDSCAPE, GUIDE, INK, MARGIN, MUTED, text_box
from planner.domain.life_charts import (
    DAYS,
    FEELINGS,
    TIMES,
    day_label,
    time_label,
    week_feeling_label,
)
from planner.i18n import _, ngettext

TIME_FILL = {"morning": "#fffbeb", "afternoon": "#ffffff", "evening": "#eff6ff", "night": "#e0e7ff"}
TIME_COLUMN = 82.0


@dataclass(frozen=True)
class Entry:
    day: str
    time: str
    title: str
    place: str
    with_whom: str
    feeling: int | None

    def details(self) -> str:
        return " · ".join(part for part in (self.place, self.with_whom) if part)

    def full_text(self) -> str:
        lines = [f"{day_label(self.day)} {time_label(self.time).lower()}: {self.title}"]
        if self.place:
            lines.append(_("Where: {place}").format(place=self.place))
        if self.with_whom:
            lines.append(_("Who with: {who}").format(who=self.with_whom))
        if self.feeling:
            lines.append(week_feeling_label(self.feeling))
        return "\n".join(lines)


def entries_of(data: dict) -> list[Entry]:
    entries = []
    for item in (data.get("plan") or {}).get("week") or []:
        if not isinstance(item, dict) or item.get("day") not in DAYS or item.get("time") not in TIMES:
            continue
        if not str(item.get("title") or "").strip():
            continue
        feeling = item.get("feeling") if item.get("feeling") in FEELINGS else None
        entries.append(Entry(item["day"], item["time"], str(item["title"]), str(item.get("place") or ""),
                             str(item.get("with_whom") or ""), feeling))
    return entries


def _time_sign(time: str, cx: float, cy: float, r: float, background: str) -> list[Shape]:
    """A small sign beside each time of day: sunrise, sun, sunset, moon (words say it too)."""
    sun = Style(fill="#fbbf24", stroke=INK, stroke_width=0.6)
    if time == "night":
        return [Ellipse(cx, cy, r, r, Style(fill="#475569", stroke=INK, stroke_width=0.6)),
                Ellipse(cx + r * 0.45, cy - r * 0.3, r * 0.85, r * 0.85, Style(fill=background, stroke=None))]
    if time == "afternoon":
        rays = [Line(cx + dx * r * 1.3, cy + dy * r * 1.3, cx + dx * r * 1.8, cy + dy * r * 1.8,
                     Style(stroke=INK, stroke_width=0.6))
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7))]
        return rays + [Ellipse(cx, cy, r, r, sun)]
    lift = -0.2 * r if time == "morning" else 0.35 * r
    return [Ellipse(cx, cy + lift, r, r, sun),
            Rect(cx - 1.6 * r, cy + 0.5 * r, 3.2 * r, 1.2 * r, Style(fill=background, stroke=None)),
            Line(cx - 1.6 * r, cy + 0.5 * r, cx + 1.6 * r, cy + 0.5 * r, Style(stroke=INK, stroke_width=0.8))]


def layout(data: dict, width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1]) -> Chart:
    entries = entries_of(data)
    person = data.get("person") or {}
    name = (person.get("preferred_name") or person.get("name") or "").strip()
    shapes: list[Shape] = []
    title = text_box(MARGIN, MARGIN, width - 2 * MARGIN, _("{name}'s week").format(name=name) if name else _("My week"),
                     TextStyle(size=15, bold=True, color=INK), 1)
    subtitle = text_box(MARGIN, title.y + title.h + 2, width - 2 * MARGIN,
                        _("What I do in a usual week: where, who with, and how I feel about it."),
                        TextStyle(size=8.5, color=MUTED), 2)
    shapes += [title, subtitle]
    key_h = 16.0
    top = subtitle.y + subtitle.h + 8
    head_h = 16.0
    grid_left = MARGIN + TIME_COLUMN
    cell_w = (width - MARGIN - grid_left) / len(DAYS)
    cell_h = (height - MARGIN - key_h - 8 - top - head_h) / len(TIMES)
    day_style = TextStyle(size=9, bold=True, color=INK, align="center")
    for d, day in enumerate(DAYS):
        shapes.append(text_box(grid_left + d * cell_w + 1, top + 2, cell_w - 2, day_label(day), day_style, 1))
    slots: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries:
        slots.setdefault((entry.day, entry.time), []).append(entry)
    sizes = _sizes(slots)
    for t, time in enumerate(TIMES):
        y = top + head_h + t * cell_h
        fill = TIME_FILL[time]
        shapes.append(Rect(MARGIN, y, width - 2 * MARGIN, cell_h, Style(fill=fill, stroke=None)))
        shapes += _time_sign(time, MARGIN + 10, y + 14, 5, fill)
        shapes.append(text_box(MARGIN + 22, y + 8, TIME_COLUMN - 24, time_label(time),
                               TextStyle(size=8.5, bold=True, color=INK), 2))
        for d, day in enumerate(DAYS):
            x = grid_left + d * cell_w
            shapes += _cell(slots.get((day, time), []), x, y, cell_w, cell_h, sizes)
    grid_bottom = top + head_h + len(TIMES) * cell_h
    for t in range(len(TIMES) + 1):
        y = top + head_h + t * cell_h
        shapes.append(Line(MARGIN, y, width - MARGIN, y, Style(stroke=GUIDE, stroke_width=0.7)))
    for d in range(len(DAYS) + 1):
        x = grid_left + d * cell_w
        shapes.append(Line(x, top, x, grid_bottom, Style(stroke=GUIDE, stroke_width=0.7)))
    shapes += _key(MARGIN, grid_bottom + 6, width - 2 * MARGIN)
    if not entries:
        shapes.append(text_box(grid_left, top + head_h + cell_h * 1.6, width - MARGIN - grid_left,
                               _("Nothing in this week yet."), TextStyle(size=11, color=MUTED, align="center"), 1))
    filled = len(slots)
    things = ngettext("1 thing to do", "{count} things to do", len(entries)).format(count=len(entries))
    where = (_("in all 28 times") if filled == 28
             else ngettext("in 1 of the 28 times", "in {filled} of the 28 times", filled).format(filled=filled))
    description = _("A week of seven days, each with a morning, afternoon, evening and night: "
                    "{things}, {where}.").format(things=things, where=where)
    return Chart(width, height, tuple(shapes), title.lines[0], description)


def _sizes(slots: dict) -> tuple[float, float]:
    """Bigger words when every time of day has room for them."""
    most = max((len(entries) for entries in slots.values()), default=0)
    if most <= 2:
        return 9.0, 7.5
    if most <= 3:
        return 8.0, 7.0
    return 7.5, 6.5


def _cell(entries: list[Entry], x: float, y: float, w: float, h: float,
          sizes: tuple[float, float] = (7.5, 6.5)) -> list[Shape]:
    """The entries of one time of one day, as many as fit; then "and N more"."""
    shapes: list[Shape] = []
    pad = 3.0
    bottom = y + h - pad
    at = y + pad
    more_h = 6.5 * 1.25
    title_style = TextStyle(size=sizes[0], bold=True, color=INK)
    detail_style = TextStyle(size=sizes[1], color=MUTED)
    r = sizes[0] * 0.55
    for index, entry in enumerate(entries):
        last = index == len(entries) - 1
        room = bottom - at - (0 if last else more_h)
        text_x = x + pad + 2 * r + 3
        text_w = w - 2 * pad - 2 * r - 3
        lines = 4 if len(entries) <= 2 else 2
        heading = text_box(text_x, at, text_w, entry.title, title_style, lines, entry.full_text())
        details = entry.details()
        extra = text_box(text_x, at + heading.h, text_w, details, detail_style, lines, entry.full_text()) if details else None
        needed = heading.h + (extra.h if extra else 0)
        if needed > room:
            if heading.h <= room and room - heading.h < (extra.h if extra else 0):
                extra = None
                needed = heading.h
            else:
                return shapes + _more(entries[index:], x + pad, at, w - 2 * pad, bottom)
        if entry.feeling:
            shapes += face(x + pad + r, at + sizes[0] * 0.62, r, entry.feeling)
        shapes.append(heading)
        if extra is not None:
            shapes.append(extra)
        at += needed + 3
    return shapes


def _more(rest: list[Entry], x: float, y: float, w: float, bottom: float) -> list[Shape]:
    style = TextStyle(size=6.5, bold=True, color=MUTED)
    if y + style.size * 1.25 > bottom:
        return []
    words = ngettext("and {count} more", "and {count} more", len(rest)).format(count=len(rest))
    return [TextBox(x, y, w, style.size * 1.25, (words,), style, "\n\n".join(e.full_text() for e in rest))]


def _key(x: float, y: float, w: float) -> list[Shape]:
    """The faces and their words, in a row."""
    shapes: list[Shape] = []
    style = TextStyle(size=7.5, color=INK)
    step = w / (len(FEELINGS) + 1)
    label = text_box(x, y + 1, step - 6, _("How I feel about it:"), TextStyle(size=7.5, bold=True, color=INK), 1)
    shapes.append(label)
    for i, feeling in enumerate(sorted(FEELINGS, reverse=True)):
        left = x + step * (i + 1)
        shapes += face(left + 5, y + 6, 5, feeling)
        shapes.append(text_box(left + 13, y + 1, step - 16, week_feeling_label(feeling), style, 1))
    return shapes
