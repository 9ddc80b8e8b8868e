"""My week as a picture: seven days across, morning, afternoon, evening and night down.

Laid out once from the plan document's JSON (already filtered for its audience). Each square
lists what the person does then, with where and with whom, and a face for how they feel about
it (words for the faces in the key). A square with more than fits ends with "and N more",
whose words show on hover.
"""

from dataclasses import dataclass

from planner.charts.geometry import Chart, Ellipse, Line, Rect, Shape, Style, TextBox, TextStyle
from planner.charts.lettering import PRINT, Lettering
from planner.charts.marks import face
from planner.charts.placement import A4_LANDSCAPE, GUIDE, INK, MARGIN, MUTED, moved, text_box
from planner.charts.text import text_width
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
SCREEN_MOST = 12  # entries shown whole in one square on screen; the rest are "and N more"


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


def _items(data: dict) -> list[dict]:
    """The document's week entries that can be drawn (anything unreadable is left out)."""
    return [item for item in (data.get("plan") or {}).get("week") or []
            if isinstance(item, dict) and item.get("day") in DAYS and item.get("time") in TIMES
            and str(item.get("title") or "").strip()]


def _description(times: list[tuple[str, str]]) -> str:
    filled = len(set(times))
    things = ngettext("1 thing to do", "{count} things to do", len(times)).format(count=len(times))
    where = (_("in all 28 times") if filled == 28
             else ngettext("in 1 of the 28 times", "in {filled} of the 28 times", filled).format(filled=filled))
    return _("A week of seven days, each with a morning, afternoon, evening and night: "
             "{things}, {where}.").format(things=things, where=where)


def describe(data: dict) -> str:
    """What the week of `data` shows, in words: its `description`, known without laying it out
    (a page shows it before the week is laid out, so the week's room does not change after)."""
    return _description([(item["day"], item["time"]) for item in _items(data)])


def entries_of(data: dict) -> list[Entry]:
    entries = []
    for item in _items(data):
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


def layout(data: dict, width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1],
           lettering: Lettering = PRINT) -> Chart:
    """The week on a canvas of `width` x `height`. With a lettering that `grows` (the screen)
    every square is as tall as its words need, and the week as wide as its longest word."""
    entries = entries_of(data)
    person = data.get("person") or {}
    name = (person.get("preferred_name") or person.get("name") or "").strip()
    size = lettering.size
    grows = lettering.grows
    slots: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries:
        slots.setdefault((entry.day, entry.time), []).append(entry)
    # (the screen: the squares' words as big as the program's text, however many there are)
    sizes = (size(7.5), size(6.5)) if grows else _sizes(slots)
    day_style = TextStyle(size=size(9), bold=True, color=INK, align="center")
    time_style = TextStyle(size=size(8.5), bold=True, color=INK)
    time_column = lettering.room(TIME_COLUMN)
    if grows:  # wide enough for every day's name and the longest word in a square
        longest = max([text_width(day_label(day), day_style.size, True) + 4 for day in DAYS]
                      + [text_width(word, sizes[0], True) + 2 * 3 + sizes[0] * 1.1 + 3
                         for entry in entries for word in entry.title.split()[:40]], default=0)
        width = max(width, MARGIN + time_column + len(DAYS) * min(longest, 30 * sizes[0]) + MARGIN)
    shapes: list[Shape] = []
    title = text_box(MARGIN, MARGIN, width - 2 * MARGIN, _("{name}'s week").format(name=name) if name else _("My week"),
                     TextStyle(size=size(15), bold=True, color=INK), None)
    subtitle = text_box(MARGIN, title.y + title.h + 2, width - 2 * MARGIN,
                        _("What I do in a usual week: where, who with, and how I feel about it."),
                        TextStyle(size=size(8.5), color=MUTED), None)
    shapes += [title, subtitle]
    top = subtitle.y + subtitle.h + 8
    grid_left = MARGIN + time_column
    cell_w = (width - MARGIN - grid_left) / len(DAYS)
    day_boxes = [text_box(grid_left + d * cell_w + 1, top + 2, cell_w - 2, day_label(day), day_style, None)
                 for d, day in enumerate(DAYS)]
    head_h = max(16.0, max(box.h for box in day_boxes) + 4)
    shapes += day_boxes
    key_style = TextStyle(size=size(7.5), color=INK)
    key, key_h = _key(MARGIN, 0, width - 2 * MARGIN, key_style)
    time_boxes = {time: text_box(MARGIN + lettering.room(22), 0, time_column - lettering.room(24), time_label(time),
                                 time_style, None) for time in TIMES}
    if grows:  # (at most SCREEN_MOST whole entries in a square; then "and N more")
        heights = {time: max([_cell_height(slots.get((day, time), [])[:SCREEN_MOST], cell_w, sizes)
                              + (0 if len(slots.get((day, time), [])) <= SCREEN_MOST else sizes[1] * 1.25 + 3)
                              for day in DAYS]
                             + [time_boxes[time].h + 16, 5 * sizes[0]]) for time in TIMES}
    else:
        even = (height - MARGIN - key_h - 8 - top - head_h) / len(TIMES)
        heights = dict.fromkeys(TIMES, even)
    y = top + head_h
    rows: dict[str, float] = {}
    for time in TIMES:
        rows[time] = y
        y += heights[time]
    grid_bottom = y
    if grows:
        height = max(height, grid_bottom + 6 + key_h + MARGIN)
    sign = 5 * lettering.factor
    for time in TIMES:
        y, cell_h = rows[time], heights[time]
        fill = TIME_FILL[time]
        shapes.append(Rect(MARGIN, y, width - 2 * MARGIN, cell_h, Style(fill=fill, stroke=None)))
        shapes += _time_sign(time, MARGIN + 2 * sign, y + 14 * lettering.factor, sign, fill)
        words = time_boxes[time]
        shapes.append(TextBox(words.x, y + 8, words.w, words.h, words.lines, words.style, words.full_text))
        for d, day in enumerate(DAYS):
            x = grid_left + d * cell_w
            shapes += _cell(slots.get((day, time), []), x, y, cell_w, cell_h, sizes)
    for y in [*rows.values(), grid_bottom]:
        shapes.append(Line(MARGIN, y, width - MARGIN, y, Style(stroke=GUIDE, stroke_width=0.7)))
    for d in range(len(DAYS) + 1):
        x = grid_left + d * cell_w
        shapes.append(Line(x, top, x, grid_bottom, Style(stroke=GUIDE, stroke_width=0.7)))
    shapes += moved(key, grid_bottom + 6)
    if not entries:
        shapes.append(text_box(grid_left, rows["afternoon"] + heights["afternoon"] * 0.6, width - MARGIN - grid_left,
                               _("Nothing in this week yet."), TextStyle(size=size(11), color=MUTED, align="center"),
                               None))
    return Chart(width, height, tuple(shapes), title.lines[0], _description([(e.day, e.time) for e in entries]))


def _sizes(slots: dict) -> tuple[float, float]:
    """Bigger words when every time of day has room for them."""
    most = max((len(entries) for entries in slots.values()), default=0)
    if most <= 2:
        return 9.0, 7.5
    if most <= 3:
        return 8.0, 7.0
    return 7.5, 6.5


def _entry_boxes(entry: Entry, x: float, y: float, w: float, sizes) -> tuple[TextBox, TextBox | None, float]:
    """The words of one entry, in full (title, then where and who with), and the face's radius."""
    title_style = TextStyle(size=sizes[0], bold=True, color=INK)
    detail_style = TextStyle(size=sizes[1], color=MUTED)
    r = sizes[0] * 0.55
    text_x = x + 3.0 + 2 * r + 3
    text_w = x + w - 3.0 - text_x
    heading = text_box(text_x, y, text_w, entry.title, title_style, None, entry.full_text())
    details = entry.details()
    extra = text_box(text_x, y + heading.h, text_w, details, detail_style, None, entry.full_text()) if details else None
    return heading, extra, r


def _cell_height(entries: list[Entry], w: float, sizes) -> float:
    """How tall a square must be to hold all its entries' words."""
    total = 2 * 3.0
    for entry in entries:
        heading, extra, _r = _entry_boxes(entry, 0, 0, w, sizes)
        total += heading.h + (extra.h if extra else 0) + 3
    return total


def _cell(entries: list[Entry], x: float, y: float, w: float, h: float,
          sizes: tuple[float, float] = (7.5, 6.5)) -> list[Shape]:
    """The entries of one time of one day, as many as fit whole; then "and N more"."""
    shapes: list[Shape] = []
    pad = 3.0
    bottom = y + h - pad
    at = y + pad
    more_h = sizes[1] * 1.25
    for index, entry in enumerate(entries):
        last = index == len(entries) - 1
        room = bottom - at - (0 if last else more_h)
        heading, extra, r = _entry_boxes(entry, x, at, w, sizes)
        needed = heading.h + (extra.h if extra else 0)
        if needed > room:
            if heading.h <= room and room - heading.h < (extra.h if extra else 0):
                extra = None
                needed = heading.h
            else:
                return shapes + _more(entries[index:], x + pad, at, w - 2 * pad, bottom, sizes[1])
        if entry.feeling:
            shapes += face(x + pad + r, at + sizes[0] * 0.62, r, entry.feeling)
        shapes.append(heading)
        if extra is not None:
            shapes.append(extra)
        at += needed + 3
    return shapes


def _more(rest: list[Entry], x: float, y: float, w: float, bottom: float, size: float = 6.5) -> list[Shape]:
    style = TextStyle(size=size, bold=True, color=MUTED)
    if y + style.size * 1.25 > bottom:
        return []
    words = ngettext("and {count} more", "and {count} more", len(rest)).format(count=len(rest))
    return [TextBox(x, y, w, style.size * 1.25, (words,), style, "\n\n".join(e.full_text() for e in rest))]


def _key(x: float, y: float, w: float, style: TextStyle) -> tuple[list[Shape], float]:
    """The faces and their words, in a row (in more rows when the words are big), and its height."""
    shapes: list[Shape] = []
    r = style.size * 0.65
    parts = [text_box(0, 0, w, _("How I feel about it:"), TextStyle(size=style.size, bold=True, color=INK), None)]
    parts += [text_box(0, 0, w - 2 * r - 4, week_feeling_label(f), style, None) for f in sorted(FEELINGS, reverse=True)]
    step = w / (len(FEELINGS) + 1)
    fits = all(max(text_width(line, p.style.size, p.style.bold) for line in p.lines) <= step - 2 * r - 10
               for p in parts)
    if fits:  # all in one row, each in its share of the width
        slots = [(x + step * i, y) for i in range(len(parts))]
        row_h = max(p.h for p in parts)
    else:  # each part as wide as its words, in as many rows as it takes
        slots, at, row_y = [], x, y
        row_h = max(p.h for p in parts)
        for p in parts:
            need = max(text_width(line, p.style.size, p.style.bold) for line in p.lines) + 2 * r + 14
            if at > x and at + need > x + w:
                at, row_y = x, row_y + row_h + 4
            slots.append((at, row_y))
            at += need
        row_h = slots[-1][1] - y + row_h
    for index, (part, (left, top)) in enumerate(zip(parts, slots, strict=True)):
        if index == 0:
            own = max(text_width(line, part.style.size, True) for line in part.lines) + 2
            shapes.append(TextBox(left, top + 1, step - 6 if fits else own, part.h, part.lines, part.style,
                                  part.full_text))
            continue
        feeling = sorted(FEELINGS, reverse=True)[index - 1]
        shapes += face(left + r, top + style.size * 0.65, r, feeling)
        inner = (step - 2 * r - 6) if fits else max(text_width(line, style.size) for line in part.lines) + 2
        shapes.append(TextBox(left + 2 * r + 4, top + 1, inner, part.h, part.lines, style, part.full_text))
    return shapes, row_h + 2
