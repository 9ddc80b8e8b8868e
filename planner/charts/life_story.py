"""My life story as a picture: a line of ups and downs across the moments of a whole life.

Laid out once from the plan document's JSON (already filtered for its audience), so a copy for
the panel draws only the moments the person shared with the panel. Moments are drawn in the
person's order, evenly spaced; the higher a moment, the better a time it was, with a face and
the words on the left. Good times are labelled above the line and hard times below, each label
joined to its moment by a thin line. Labels never overlap; a moment whose label cannot fit
(with very many moments) is still drawn, with its words on hover and a note saying so.
"""

from dataclasses import dataclass

from planner.charts.geometry import (
    Chart,
    Hotspot,
    Line,
    Polyline,
    Rect,
    Shape,
    Style,
    TextBox,
    TextStyle,
)
from planner.charts.lettering import PRINT, Lettering
from planner.charts.marks import dot, face
from planner.charts.placement import (
    A4_LANDSCAPE,
    GUIDE,
    INK,
    MARGIN,
    MUTED,
    Box,
    Occupancy,
    clamp,
    text_box,
)
from planner.charts.text import text_width, wrap
from planner.domain.life_charts import (
    FEELINGS,
    MomentKind,
    When,
    WhenKind,
    feeling_label,
    moment_kind_label,
    when_from_file,
)
from planner.i18n import _, ngettext

LEVEL_WORDS_WIDTH = 70.0
PRINT_KEYS = 4  # labels too long to draw that a page writes out in its key (the rest: on the line)
LABEL_GAP = 4.0


@dataclass(frozen=True)
class Moment:
    title: str
    story: str
    when: When
    kind: str
    feeling: int

    def full_text(self, words: dict | None = None) -> str:
        """Everything about the moment in words (`words`: the feelings' and kinds' words, looked
        up once for a whole chart)."""
        feeling = words[self.feeling] if words else feeling_label(self.feeling)
        kind = words[self.kind] if words else moment_kind_label(self.kind)
        when = words.get(self.when) if words else None
        if when is None:
            when = self.when.words()
            if words is not None:
                words[self.when] = when  # moments often share a year: said once
        parts = [f"{when}: {self.title}"]
        if self.story:
            parts.append(self.story)
        parts.append(f"{feeling}. {kind}.")
        return "\n".join(parts)


def person_name(data: dict) -> str:
    person = data.get("person") or {}
    return (person.get("preferred_name") or person.get("name") or "").strip()


_KINDS = frozenset(kind.value for kind in MomentKind)


def _items(data: dict) -> list[dict]:
    """The document's moments that can be drawn (anything unreadable is left out)."""
    return [item for item in (data.get("plan") or {}).get("life_story") or []
            if isinstance(item, dict) and str(item.get("title") or "").strip()]


def _feeling(item: dict) -> int:
    return item.get("feeling") if item.get("feeling") in FEELINGS else 3


def moments_of(data: dict) -> list[Moment]:
    """The moments in the document, in order (anything unreadable is left out, never a crash)."""
    moments = []
    for item in _items(data):
        kind, year, month, age, around = when_from_file(item.get("when"))
        feeling = _feeling(item)
        moment_kind = item.get("kind") if item.get("kind") in _KINDS else "other"
        moments.append(Moment(str(item["title"]), str(item.get("story") or ""),
                              When(kind, year, month, age, around), moment_kind, feeling))
    return moments


def _description(feelings: list[int]) -> str:
    if not feelings:
        return _("An empty life story: no moments to show yet.")
    good = sum(1 for feeling in feelings if feeling > 3)
    hard = sum(1 for feeling in feelings if feeling < 3)
    return _("A line of ups and downs through {n} moments: {good} good times and {hard} hard "
             "times.").format(n=len(feelings), good=good, hard=hard)


def describe(data: dict) -> str:
    """What the chart of `data` shows, in words: its `description`, known without laying it out
    (a page shows it before the chart is laid out, so the chart's room does not change after)."""
    return _description([_feeling(item) for item in _items(data)])


def _sizes(n: int) -> tuple[float, int, float, int]:
    """(label width, most lines of a title, title size, rows in each band) for n moments, as
    designed for a page (the screen's lettering grows the width and the sizes)."""
    if n <= 8:
        return 118.0, 3, 8.5, 2
    if n <= 20:
        return 104.0, 3, 8.0, 3
    if n <= 40:
        return 92.0, 3, 7.5, 3
    return 84.0, 3, 7.0, 3


def _head(moment: Moment, kinds: dict[str, str]) -> str:
    return f"{moment.when.short_words()} · {kinds[moment.kind]}"


@dataclass
class _Label:
    index: int
    head: tuple[str, ...]
    title: tuple[str, ...]
    key: str = ""  # a number for the key under the chart, when the words are too long for a label


def _wrapped(text: str, style: TextStyle, width: float) -> tuple[str, ...]:
    return wrap(text, style.size, width, bold=style.bold)[0] or ("",)


def layout(data: dict, width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1],
           lettering: Lettering = PRINT) -> Chart:
    """The life story of the document `data` on a canvas of `width` x `height` points.

    With a lettering that `grows` (the screen) the chart is as tall as its words need."""
    moments = moments_of(data)
    n = len(moments)
    name = person_name(data)
    size = lettering.size
    kinds = {kind.value: moment_kind_label(kind) for kind in MomentKind}
    words = {**kinds, **{feeling: feeling_label(feeling) for feeling in FEELINGS}}  # looked up once
    designed_w, title_lines, title_size, rows = _sizes(n)
    head_style = TextStyle(size=size(6.5), color=MUTED)
    title_style = TextStyle(size=size(title_size), color=INK)
    level_style = TextStyle(size=size(7.5), color=INK)
    note_style = TextStyle(size=size(7.5), color=MUTED)
    axis_h = size(6.5) * 1.25 + 6
    gap = LABEL_GAP * lettering.factor
    face_r = min(7.0 * lettering.factor, level_style.size * 0.9)
    level_w = lettering.room(LEVEL_WORDS_WIDTH)
    if lettering.grows:
        # On a narrow screen the words of the scale take no more than a third of the width (they
        # wrap), and the chart is never narrower than its words need (the window scrolls).
        scale_words = [word for f in FEELINGS for word in feeling_label(f).split()]
        longest = max(text_width(word, level_style.size) for word in scale_words) + 2 * face_r + 12
        level_w = max(longest - 20 * lettering.factor, min(level_w, (width - 2 * MARGIN) * 0.3))
        ends = text_width(_("← earlier"), head_style.size) + text_width(_("later →"), head_style.size)
        least = 2 * MARGIN + level_w + 20 * lettering.factor + max(ends + 3 * head_style.size,
                                                                   lettering.room(designed_w))
        width = max(width, least)
    shapes: list[Shape] = []
    taken = Occupancy(cell=24.0 * lettering.factor)  # buckets the size of the words
    inner = width - 2 * MARGIN
    title = text_box(MARGIN, MARGIN, inner,
                     _("{name}'s life story").format(name=name) if name else _("My life story"),
                     TextStyle(size=size(15), bold=True, color=INK), None)
    subtitle = text_box(MARGIN, title.y + title.h + 2, inner,
                        _("The ups and downs of my whole life, in order. The higher a moment, the better a time it was."),
                        TextStyle(size=size(8.5), color=MUTED), None)
    shapes += [title, subtitle]
    top = subtitle.y + subtitle.h + 8

    label_w = min(lettering.room(designed_w), inner)
    level_words = {f: _wrapped(feeling_label(f), level_style, level_w + 20 * lettering.factor - 10 - 2 * face_r)
                   for f in FEELINGS}
    level_h = max(len(lines) for lines in level_words.values()) * level_style.size * 1.25

    # Which moments are offered a label: with very many, only every so many (evenly through the
    # life), as there is room for a few dozen at most.
    per_row = max(1, int(inner / label_w))
    most_rows = (10 if n <= 40 else 6) if lettering.grows else rows
    capacity = 2 * most_rows * per_row
    step = max(1, -(-n // (capacity if lettering.grows else 2 * capacity)))
    offered = list(range(0, n, step))
    # Each label's words in full; one too long for a label is numbered and written in a key.
    head_cap = 2 if not lettering.grows else 3
    labels: dict[int, _Label] = {}
    for i in offered:
        moment = moments[i]
        head = _wrapped(_head(moment, kinds), head_style, label_w - 6)
        body = _wrapped(moment.title, title_style, label_w - 6)
        labels[i] = _Label(i, head, body)
    cap_lines = title_lines + (2 if lettering.grows else 0)
    keyed = [label for label in labels.values() if len(label.head) > head_cap or len(label.title) > cap_lines]
    if not lettering.grows and len(keyed) > PRINT_KEYS:  # a page has room for a few in its key
        for label in keyed[PRINT_KEYS:]:
            del labels[label.index]
        offered = [i for i in offered if i in labels]
        keyed = keyed[:PRINT_KEYS]
    for number, label in enumerate(keyed, 1):
        label.key = f"({number})"
        label.title = (label.key,)
        if len(label.head) > head_cap:
            label.head = ()
    head_lines = max((len(label.head) for label in labels.values()), default=1)
    body_lines = max((len(label.title) for label in labels.values()), default=1)
    label_h = head_lines * head_style.size * 1.25 + body_lines * title_style.size * 1.25 + 4
    row_h = label_h + gap

    # The footer: the notes (the count of unlabelled moments is worked out afterwards, so room
    # is kept for it) and the key of long labels.
    key_lines = [f"{label.key} {moments[label.index].when.short_words()} · {kinds[moments[label.index].kind]}: "
                 f"{moments[label.index].title.strip()}" for label in keyed]
    # (room is kept for the longest the count can say: every moment without its words)
    footer = _footer_boxes(_notes(_missing_words(n)), key_lines, note_style, inner, 0.0) if n else []
    footer_h = sum(box.h for box in footer) + 2
    plot_least = 5 * level_h + 4 * 4 + 24
    available = height - MARGIN - footer_h - top
    if lettering.grows:
        rows = min(most_rows, max(1, -(-max(1, len(offered)) // (2 * per_row)) + 1))
        plot_h = max(plot_least, available - 2 * rows * row_h - axis_h, 190.0 * lettering.factor)
    else:
        while rows > 1 and available - 2 * rows * row_h - axis_h < 190:
            rows -= 1
        plot_h = available - 2 * rows * row_h - axis_h
    band_h = rows * row_h
    plot_top = top + band_h
    plot_bottom = plot_top + plot_h
    height = max(height, plot_bottom + axis_h + band_h + footer_h + MARGIN) if lettering.grows else height
    plot_left = MARGIN + level_w + 20 * lettering.factor
    plot_right = width - MARGIN
    axis_top, axis_bottom = plot_bottom, plot_bottom + axis_h
    pad = 12.0

    def level_y(feeling: int) -> float:
        return plot_top + pad + (5 - feeling) * (plot_bottom - plot_top - 2 * pad) / 4

    # The scale: a face and words for each of the five steps.
    shapes.append(Rect(plot_left, plot_top, plot_right - plot_left, plot_bottom - plot_top,
                       Style(fill="#f9fafb", stroke=GUIDE, stroke_width=0.6), radius=4))
    face_r = min(face_r, (plot_bottom - plot_top - 2 * pad) / 10)
    for feeling in FEELINGS:
        y = level_y(feeling)
        shapes.append(Line(plot_left, y, plot_right, y, Style(stroke=GUIDE, stroke_width=0.6, dash=(3, 3))))
        shapes += face(MARGIN + face_r, y, face_r, feeling)
        words_x = MARGIN + 2 * face_r + 4
        lines = level_words[feeling]
        words_h = len(lines) * level_style.size * 1.25
        shapes.append(TextBox(words_x, clamp(y - words_h / 2, plot_top, plot_bottom - words_h),
                              plot_left - 6 - words_x, words_h, lines, level_style, feeling_label(feeling)))

    if n == 0:
        shapes.append(text_box(plot_left + 20, (plot_top + plot_bottom) / 2 - 10, plot_right - plot_left - 40,
                               _("There are no moments to show yet."),
                               TextStyle(size=size(11), color=MUTED, align="center"), None))
        return Chart(width, height, tuple(shapes), title.lines[0], _description([]))

    slot = (plot_right - plot_left) / n
    xs = [plot_left + slot * (i + 0.5) for i in range(n)]
    ys = [level_y(m.feeling) for m in moments]
    r = clamp(slot * 0.42, 1.6, 9.0 * lettering.factor)
    if n > 1:
        shapes.append(Polyline(tuple(zip(xs, ys, strict=True)), Style(stroke=INK, stroke_width=1.6 if n < 60 else 1.0)))

    # Labels: good times above the line, hard times below, each band filled from the left.
    bands = {
        "above": [Box(MARGIN, plot_top - (k + 1) * row_h, inner, label_h) for k in range(rows)],
        "below": [Box(MARGIN, axis_bottom + gap + k * row_h, inner, label_h) for k in range(rows)],
    }
    edges = {"above": (plot_top, plot_top), "below": (axis_bottom, axis_top)}
    placer = _Placer(taken, label_w, width, many=n > 40 and not lettering.grows, gap=gap, plot_left=plot_left,
                     coarse=n > 40)
    wanted = {"above": [], "below": []}
    for i in offered:
        up = moments[i].feeling > 3 or (moments[i].feeling == 3 and i % 2 == 0)
        wanted["above" if up else "below"].append(i)
    placed: dict[int, tuple[str, Box, float]] = {}
    for band in ("above", "below"):
        for i in wanted[band]:
            found = placer.place(bands[band], band, edges[band], xs[i], in_order=True)
            if found:
                placed[i] = (band, *found)
    above = set(wanted["above"])
    for i in offered:  # what did not fit goes to the other band, if there is room
        if i not in placed:
            band = "below" if i in above else "above"
            found = placer.place(bands[band], band, edges[band], xs[i], in_order=False)
            if found:
                placed[i] = (band, *found)
    drawn: list[Shape] = []
    for i, (band, spot, anchor) in sorted(placed.items()):
        moment, x, y = moments[i], xs[i], ys[i]
        label = labels[i]
        if band == "above":
            points = ((x, y - r), (anchor, plot_top), (anchor, spot.bottom))
        else:
            points = ((x, y + r), (anchor, axis_top), (anchor, axis_bottom), (anchor, spot.y))
        drawn.append(Polyline(points, Style(stroke="#6b7280", stroke_width=0.6, dash=(2, 2))))
        drawn.append(Rect(spot.x, spot.y, spot.w, spot.h, Style(fill="#ffffff", stroke=GUIDE, stroke_width=0.6),
                          radius=3))
        full = moment.full_text(words)
        at = spot.y + 2
        if label.head:
            head_h = len(label.head) * head_style.size * 1.25
            drawn.append(TextBox(spot.x + 3, at, spot.w - 6, head_h, label.head, head_style, full))
            at += head_h
        drawn.append(TextBox(spot.x + 3, at, spot.w - 6, len(label.title) * title_style.size * 1.25, label.title,
                             title_style, full))
    markers: list[Shape] = []
    for i, moment in enumerate(moments):
        markers += face(xs[i], ys[i], r, moment.feeling) if r >= 4 else [dot(xs[i], ys[i], r, moment.feeling)]
        hover = max(r, 4.0)
        markers.append(Hotspot(xs[i] - hover, ys[i] - hover, 2 * hover, 2 * hover, moment.full_text(words)))
    shapes += drawn + markers
    shapes += _axis(moments, xs, axis_top, plot_left, plot_right, taken, TextStyle(size=size(6.5), color=MUTED))

    shown_keys = [line for label, line in zip(keyed, key_lines, strict=True) if label.index in placed]
    missing = n - len(placed)
    shapes += _footer_boxes(_notes(_missing_words(missing)), shown_keys, note_style, inner,
                            height - MARGIN - footer_h)
    return Chart(width, height, tuple(shapes), title.lines[0], _description([m.feeling for m in moments]))


def _missing_words(missing: int) -> str:
    if not missing:
        return ""
    return ngettext(
        "{count} moment is drawn on the line without its words, to keep the words readable.",
        "{count} moments are drawn on the line without their words, to keep the words readable.",
        missing).format(count=missing)


def _notes(missing_words: str) -> str:
    return " ".join(part for part in (missing_words, _(
        "Moments go from earlier (left) to later (right), in the order you put them in.")) if part)


def _footer_boxes(notes: str, key_lines: list[str], style: TextStyle, width: float, y: float) -> list[TextBox]:
    """The notes under the chart, then the key of long labels, each wrapped in full."""
    boxes = []
    for words in ([notes] if notes else []) + key_lines:
        box = text_box(MARGIN, y, width, words, style, None)
        boxes.append(box)
        y += box.h
    return boxes


class _Placer:
    """Finds free places for labels in the rows of a band, nearest the moment first.

    A label in a row further out is joined to the line through the nearer rows; that joining
    line must not cross a label there, and later labels keep clear of it.
    """

    def __init__(self, taken: Occupancy, w: float, width: float, many: bool, gap: float = LABEL_GAP,
                 plot_left: float = 0.0, coarse: bool = False):
        self.taken, self.w, self.width, self.many, self.gap = taken, w, width, many, gap
        self.plot_left, self.coarse = plot_left, coarse  # a joining line meets its label right of this (clear of the scale's words)
        self.last_left: dict[tuple[str, int], float] = {}
        self.spans: dict[tuple[str, int], list[tuple[float, float]]] = {}  # each row's labels
        # Where a label may sit, in tenths of its width left of its moment (5: centred).
        # (coarse: every other place, for very many moments on screen, where it is quicker)
        self.shifts = tuple(range(-5, 16, 2 if coarse else 1))

    def place(self, rows: list[Box], band: str, edges: tuple[float, float], x: float,
              in_order: bool) -> tuple[Box, float] | None:
        """A free place (and where its joining line meets it) in the nearest row that has one.

        `edges` are the band's edge by the line and, below the line, the top of the years.
        """
        w = self.w
        near = [x - w * f / 10 for f in (5, 3, 7)]
        # First straight above or below the moment in any row; then (with not too many moments)
        # shifted sideways.
        phases: tuple = ((near, True),)
        if not self.many and (in_order or not self.coarse):
            every = sorted({round(x - w * f / 10, 2) for f in self.shifts}, key=lambda left: abs(left + w / 2 - x))
            phases += ((every, False),)
        for lefts, straight in phases:
            for k, row in enumerate(rows):
                found = self._try_row(row, band, k, edges, x, lefts, straight, in_order)
                if found:
                    return found
        return None

    def _try_row(self, row: Box, band: str, k: int, edges: tuple[float, float], x: float,
                 lefts: list[float], straight: bool, in_order: bool) -> tuple[Box, float] | None:
        w = self.w
        edge, far_edge = edges
        # In order, a row fills from the left: a new label starts past the last one (and its gap).
        floor = self.last_left.get((band, k), -1e9) + w + 2 if in_order else -1e9
        for left in lefts:
            left = clamp(left, MARGIN, self.width - MARGIN - w)
            if left < floor:
                continue
            spans = self.spans.setdefault((band, k), [])
            if any(left < right + 2 and start < left + w + 2 for start, right in spans):
                continue  # a label already in this row (a quick look before the whole canvas)
            box = Box(left, row.y, w, row.h)
            if not self.taken.free(box, gap=2):
                continue
            least = max(left + 4, self.plot_left + 2)
            if least > left + w - 4:
                continue
            anchors = {clamp(x, least, left + w - 4)}
            if not straight:
                anchors |= {a for a in (left + 4, left + w - 4, left + w / 2) if a >= least}
            for anchor in sorted(anchors, key=lambda a: abs(a - x)):
                if straight and abs(anchor - x) > 0.01:
                    continue
                lead = (Box(anchor - 1.5, box.bottom, 3, edge - box.bottom) if band == "above"
                        else Box(anchor - 1.5, far_edge, 3, box.y - far_edge))
                if lead.h > self.gap + 15 and not self.taken.free(lead):
                    continue
                self.taken.add(box)
                if lead.h > 0:
                    self.taken.add(lead)
                self.last_left[(band, k)] = left
                spans.append((left, left + w))
                return box, anchor
        return None


def _axis(moments: list[Moment], xs: list[float], top: float, left: float, right: float,
          taken: Occupancy, words_style: TextStyle) -> list[Shape]:
    """Under the line: "earlier" and "later", and the years of moments, where they fit."""
    style = TextStyle(size=words_style.size, color=MUTED, align="center")
    shapes: list[Shape] = []
    ends = [(left, _("← earlier"), "left"), (right, _("later →"), "right")]
    for x, words, align in ends:
        w = text_width(words, style.size) + 2
        box = TextBox(x if align == "left" else x - w, top + 2, w, style.size * 1.25, (words,),
                      TextStyle(size=style.size, color=MUTED, align=align), words)
        shapes.append(box)
        taken.add(Box(box.x, box.y, box.w, box.h))
    last_right = -1e9  # the years go left to right: one that starts before the last ends is skipped
    for moment, x in zip(moments, xs, strict=True):
        if moment.when.kind == WhenKind.UNKNOWN or x < last_right:
            continue
        words = str(moment.when.year) if moment.when.kind != WhenKind.AGE else moment.when.short_words()
        w = text_width(words, style.size) + 2
        spot = Box(clamp(x - w / 2, left, right - w), top + 2, w, style.size * 1.25)
        if spot.x < last_right + 3 or not taken.free(spot, gap=3):
            continue
        taken.add(spot)
        last_right = spot.right
        shapes.append(TextBox(spot.x, spot.y, spot.w, spot.h, (words,), style, moment.when.words()))
    return shapes
