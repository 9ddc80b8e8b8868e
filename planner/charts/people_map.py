"""My people and places as a map: the person in the middle, three circles around them.

Laid out once from the plan document's JSON (already filtered for its audience). Everyone and
everything sits in its circle (very close, close, around me), spread evenly round it. Each kind
has its own shape (person a circle, place a house, service a diamond, group a hexagon, pet a
triangle) and its own word in the label, so neither colour nor shape is the only signal.
Contact details are never drawn. Labels never overlap; with very many, those that cannot fit
are still drawn as shapes, with their words on hover and a note saying how many.
"""

import math
from dataclasses import dataclass

from planner.charts.geometry import (
    Chart,
    Ellipse,
    Hotspot,
    PictureBox,
    Rect,
    Shape,
    Style,
    TextBox,
    TextStyle,
)
from planner.charts.lettering import PRINT, Lettering
from planner.charts.marks import KIND_FILL, kind_mark
from planner.charts.placement import (
    A4_LANDSCAPE,
    INK,
    MARGIN,
    MUTED,
    Box,
    Occupancy,
    clamp,
    text_box,
)
from planner.charts.text import text_width
from planner.content.symbols import attribution
from planner.domain.life_charts import (
    CLOSENESS_ORDER,
    MemberKind,
    closeness_label,
    member_kind_label,
    member_kind_word,
)
from planner.i18n import _, ngettext

KEY_WIDTH = 150.0
RING_EDGES = (0.17, 0.44, 0.72, 1.0)  # the middle, then the outer edge of each circle
RING_FILLS = ("#eef2ff", "#f5f7ff", "#fbfbff")
LABEL_WIDTH = 100.0


@dataclass(frozen=True)
class Member:
    kind: str
    name: str
    relation: str
    helps_with: str
    closeness: str
    picture: str | None = None
    picture_words: str = ""

    def full_text(self, words: dict | None = None) -> str:
        """Everything about them in words (`words`: the kinds', circles' and "Helps with" words,
        looked up once for a whole map)."""
        words = words or _member_words()
        lines = [f"{self.name} ({words[self.kind]})"]
        if self.relation:
            lines.append(self.relation)
        if self.helps_with:
            lines.append(words["helps"].format(what=self.helps_with))
        lines.append(words[self.closeness])
        return "\n".join(lines)


def _member_words() -> dict[str, str]:
    words = {kind.value: member_kind_label(kind).lower() for kind in MemberKind}
    words.update({closeness: closeness_label(closeness) for closeness in CLOSENESS_ORDER})
    words["helps"] = _("Helps with: {what}")
    return words


@dataclass(frozen=True)
class Node:
    """Where one member was drawn (index in the document's list), for pointing and dragging."""

    index: int
    cx: float
    cy: float
    r: float


@dataclass(frozen=True)
class MapLayout:
    chart: Chart
    nodes: tuple[Node, ...]
    cx: float
    cy: float
    rx: float
    ry: float
    missing: int = 0  # how many are drawn without their names
    area_h: float = 0.0
    numbered: int = 0  # how many have a number by them, their words in a list under the map

    def circle_at(self, x: float, y: float) -> str:
        """The circle (closeness) a point is in; the outside one beyond the map."""
        distance = math.hypot((x - self.cx) / self.rx, (y - self.cy) / self.ry)
        for closeness, edge in zip(CLOSENESS_ORDER, RING_EDGES[1:], strict=True):
            if distance <= edge:
                return closeness
        return CLOSENESS_ORDER[-1]

    def node_at(self, x: float, y: float) -> Node | None:
        for node in self.nodes:
            if math.hypot(x - node.cx, y - node.cy) <= max(node.r, 6):
                return node
        return None


_KINDS = frozenset(kind.value for kind in MemberKind)


def _items(data: dict) -> list[dict]:
    """The document's people and places that can be drawn (anything unreadable is left out)."""
    return [item for item in (data.get("plan") or {}).get("people_places") or []
            if isinstance(item, dict) and str(item.get("name") or "").strip()]


def _closeness(item: dict) -> str:
    return item.get("closeness") if item.get("closeness") in CLOSENESS_ORDER else "around"


def _description(closeness: list[str]) -> str:
    counts = [closeness.count(c) for c in CLOSENESS_ORDER]
    return _("A map with me in the middle: {a} very close to me, {b} close to me and {c} around me.").format(
        a=counts[0], b=counts[1], c=counts[2])


def describe(data: dict) -> str:
    """What the map of `data` shows, in words: its `description`, known without laying it out
    (a page shows it before the map is laid out, so the map's room does not change after)."""
    return _description([_closeness(item) for item in _items(data)])


def members_of(data: dict) -> list[Member]:
    plan = data.get("plan") or {}
    pictures = {p.get("id"): p for p in plan.get("pictures") or [] if isinstance(p, dict)}
    members = []
    for item in _items(data):
        picture = pictures.get(item.get("picture_id"))
        key = None
        if picture:
            key = picture.get("picture") or (f"symbol:{picture['symbol']}" if picture.get("symbol") else None)
        members.append(Member(
            item.get("kind") if item.get("kind") in _KINDS else "person",
            str(item["name"]), str(item.get("relation") or ""), str(item.get("helps_with") or ""),
            _closeness(item),
            key, str((picture or {}).get("description") or ""),
        ))
    return members


def _person_name(data: dict) -> str:
    person = data.get("person") or {}
    return (person.get("preferred_name") or person.get("name") or "").strip()


def layout(data: dict, width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1],
           lettering: Lettering = PRINT) -> Chart:
    return map_layout(data, width, height, lettering).chart


def map_layout(data: dict, width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1],
               lettering: Lettering = PRINT) -> MapLayout:
    """The map on a canvas of `width` x `height`; with a lettering that `grows` (the screen) the
    map is made taller until every name has room (the key goes under the map when narrow)."""
    everyone = members_of(data)
    if not lettering.grows:
        return _map_layout(data, everyone, width, height, lettering, 0.0)
    members = len(everyone)
    tallest = 0.0
    for attempt in range(4):
        # A try that is not the last is given up as soon as it is known to be too crowded: more
        # numbered than a quarter of them, or one without even a number. Only its height was
        # wanted from it (the next try is taller), so the map drawn is the same.
        at_most = None if attempt == 3 or members > 150 else members // 4
        drawn = _map_layout(data, everyone, width, height, lettering, tallest, at_most)
        if isinstance(drawn, MapLayout):
            return drawn
        tallest = max(tallest, drawn) * 1.4
    raise AssertionError("the last try is never given up")


def _map_layout(data: dict, members: list[Member], width: float, height: float, lettering: Lettering,
                least_area: float, numbered_at_most: int | None = None) -> MapLayout | float:
    """The map (`map_layout`); with `numbered_at_most`, only if every member has its words or a
    number beside it and no more than that many are numbered: otherwise just the height its
    circles were given (the try is given up as soon as that is known)."""
    member_words = _member_words()
    name = _person_name(data)
    size = lettering.size
    taken = Occupancy(cell=24.0 * lettering.factor)  # buckets the size of the words
    shapes: list[Shape] = []
    title = text_box(MARGIN, MARGIN, width - 2 * MARGIN,
                     _("{name}'s people and places").format(name=name) if name else _("My people and places"),
                     TextStyle(size=size(15), bold=True, color=INK), None)
    subtitle = text_box(MARGIN, title.y + title.h + 2, width - 2 * MARGIN,
                        _("The people, places, services, groups and pets in my life. "
                          "The nearer the middle, the closer they are to me."),
                        TextStyle(size=size(8.5), color=MUTED), None)
    shapes += [title, subtitle]
    top = subtitle.y + subtitle.h + 6
    note_style = TextStyle(size=size(7.5), color=MUTED)
    notes_probe = _notes(len(members), True, True)
    footer_h = text_box(MARGIN, 0, width - 2 * MARGIN, notes_probe, note_style, None).h + 2
    key_w = min(lettering.room(KEY_WIDTH), width - 2 * MARGIN)
    beside = not lettering.grows or width - 2 * MARGIN >= 3.2 * key_w
    if beside:
        key_x = width - MARGIN - key_w
        key_shapes, key_h = _key(key_x, top + 4, taken, key_w, lettering)
        area_w = key_x - 12 - MARGIN
        area_h = height - MARGIN - footer_h - top
        if lettering.grows:
            area_h = max(area_h, key_h + 8, 0.75 * area_w, least_area)
    else:
        area_w = width - 2 * MARGIN
        area_h = max(height - MARGIN - footer_h - top, 0.9 * area_w, least_area)
        key_shapes, key_h = _key(MARGIN + 6, top + area_h + 10, taken, width - 2 * MARGIN - 12, lettering)
    shapes += key_shapes
    area = Box(MARGIN, top, area_w, area_h)
    if lettering.grows:
        below = area.bottom if beside else area.bottom + 10 + key_h + 6
        height = max(height, max(below, top + key_h + 8) + footer_h + MARGIN)
    label_w = lettering.room(80.0 if len(members) > 40 else LABEL_WIDTH)
    cx, cy = area.x + area.w / 2, area.y + area.h / 2
    rx, ry = max(area.w / 2 - label_w * 0.55, area.w / 4), area.h / 2 - 14
    for edge, fill in zip(reversed(RING_EDGES[1:]), reversed(RING_FILLS), strict=True):
        shapes.append(Ellipse(cx, cy, rx * edge, ry * edge, Style(fill=fill, stroke="#6b7280", stroke_width=0.8,
                                                                  dash=(4, 3))))
    me_r = ry * RING_EDGES[0]
    shapes.append(Ellipse(cx, cy, me_r, me_r, Style(fill="#fff7ed", stroke=INK, stroke_width=1.4)))
    me_w = max(me_r * 1.8, lettering.room(60.0))
    me = text_box(cx - me_w / 2, cy - size(8), me_w, _("Me"), TextStyle(size=size(11), bold=True, align="center"),
                  None, name or _("Me"))
    shapes.append(me)
    taken.add(Box(cx - me_r, cy - me_r, 2 * me_r, 2 * me_r))
    if name:
        who = text_box(cx - me_w / 2, me.y + me.h, me_w, name, TextStyle(size=size(7.5), align="center", color=INK),
                       None)
        shapes.append(who)
        taken.add(Box(who.x, who.y, who.w, who.h))
    ring_w = lettering.room(120.0)
    for k, closeness in enumerate(CLOSENESS_ORDER):
        words = closeness_label(closeness)
        y = cy - ry * RING_EDGES[k + 1] + 3
        box = text_box(cx - ring_w / 2, y, ring_w, words, TextStyle(size=size(7), color=MUTED, align="center"), None)
        shapes.append(box)
        taken.add(Box(box.x, box.y, box.w, box.h))

    nodes: list[Node] = []
    marks: list[Shape] = []
    rings = [[i for i, m in enumerate(members) if m.closeness == c] for c in CLOSENESS_ORDER]
    for k, indices in enumerate(rings):
        if not indices:
            continue
        middle = (RING_EDGES[k + 1] + RING_EDGES[k]) / 2
        perimeter = math.pi * (rx + ry) * middle
        r = clamp(min(perimeter / len(indices) / 2.6, (RING_EDGES[k + 1] - RING_EDGES[k]) * ry / 2.4), 2.5, 13.0 * lettering.factor)
        start = -math.pi / 2 + math.pi / len(indices) + 0.4 * k
        band = RING_EDGES[k + 1] - RING_EDGES[k]
        lanes = int(clamp(math.ceil(len(indices) * 2.4 * r / perimeter), 1, 3))
        angles = _even_angles(rx, ry, start, len(indices))
        for j, i in enumerate(indices):
            angle = angles[j]
            lane = middle + (j % lanes - (lanes - 1) / 2) * band / (lanes + 1)
            x, y = cx + rx * lane * math.cos(angle), cy + ry * lane * math.sin(angle)
            member = members[i]
            nodes.append(Node(i, x, y, r))
            has_picture = member.picture is not None and r >= 9
            marks.append(kind_mark(member.kind, x, y, r, "#ffffff" if has_picture else None))
            if has_picture:
                side = r * 1.15
                marks.append(PictureBox(x - side / 2, y - side / 2 + (r * 0.1 if member.kind == "place" else 0),
                                        side, side, member.picture, member.picture_words))
            marks.append(Hotspot(x - max(r, 5), y - max(r, 5), 2 * max(r, 5), 2 * max(r, 5), member.full_text(member_words)))
            taken.add(Box(x - r, y - r, 2 * r, 2 * r))
    shapes += marks
    def fill_at(x: float, y: float) -> str:
        """The colour under a point: its circle's, or the page's outside them."""
        reach = math.hypot((x - cx) / max(rx, 1.0), (y - cy) / max(ry, 1.0))
        for edge, fill in zip(RING_EDGES[1:], RING_FILLS, strict=True):
            if reach <= edge:
                return fill
        return "#ffffff"

    placed = _labels(members, nodes, cx, cy, area, taken, fill_at, lettering, label_w, member_words,
                     numbered_at_most)
    if placed is None:  # too crowded: this try is given up
        return area.h
    labels, missing, keyed = placed
    shapes += labels
    if keyed:  # the words of the numbered ones, in a list under the map
        y = (area.bottom if beside else area.bottom + 10 + key_h + 6) + 6
        for words in keyed:
            box = text_box(MARGIN, y, width - 2 * MARGIN, words, TextStyle(size=size(8), color=INK), None)
            shapes.append(box)
            y += box.h + 2
        height = max(height, y + 4 + footer_h + MARGIN)

    if not members:
        shapes.append(text_box(area.x + 20, cy + me_r + 30, area.w - 40, _("There is no one on this map yet."),
                               TextStyle(size=size(11), color=MUTED, align="center"), None))
    symbols = any(isinstance(s, PictureBox) and s.picture.startswith("symbol:") for s in marks)
    shapes.append(text_box(MARGIN, height - MARGIN - footer_h, width - 2 * MARGIN,
                           _notes(missing, symbols, False), note_style, None))
    chart = Chart(width, height, tuple(shapes), title.lines[0], _description([m.closeness for m in members]))
    return MapLayout(chart, tuple(nodes), cx, cy, rx, ry, missing, area.h, len(keyed))


def _even_angles(rx: float, ry: float, start: float, count: int, samples: int = 360) -> list[float]:
    """Angles for `count` marks spread evenly along an ellipse's line (not evenly by angle, which
    crowds them where the ellipse is narrow), starting at `start`."""
    step = 2 * math.pi / samples
    lengths = [0.0]
    x0, y0 = rx * math.cos(start), ry * math.sin(start)
    for s in range(1, samples + 1):
        x1, y1 = rx * math.cos(start + s * step), ry * math.sin(start + s * step)
        lengths.append(lengths[-1] + math.hypot(x1 - x0, y1 - y0))
        x0, y0 = x1, y1
    total = lengths[-1] or 1.0
    angles, s = [], 0
    for j in range(count):
        want = total * j / count
        while s < samples and lengths[s + 1] < want:
            s += 1
        span = lengths[s + 1] - lengths[s] or 1.0
        angles.append(start + (s + (want - lengths[s]) / span) * step)
    return angles


def _notes(missing: int, symbols: bool, probe: bool) -> str:
    """The words under the map (`probe`: the longest they could be, to keep room for them)."""
    notes = []
    if missing:
        notes.append(ngettext(
            "{count} is drawn without its name, to keep the words readable.",
            "{count} are drawn without their names, to keep the words readable.", missing,
        ).format(count=missing))
    notes.append(_("The shape and the word under each name say what it is: a person, a place, a service, "
                   "a group or a pet."))
    if symbols or probe:
        notes.append(attribution())
    return " ".join(notes)


def _labels(members: list[Member], nodes: list[Node], cx: float, cy: float, area: Box,
            taken: Occupancy, fill_at, lettering: Lettering, w: float,
            words: dict, numbered_at_most: int | None = None) -> tuple[list[Shape], int, list[str]] | None:
    """A name and what it is beside each shape, on the side away from the middle if it fits; each
    on a quiet patch of the colour beneath it, so a circle's line never runs through the words.
    The words are never shortened: one that finds no room is drawn without them (words on hover).
    With `numbered_at_most`: None as soon as one is drawn without its words or a number, or more
    than that many have a number."""
    many = len(members) > 40
    name_style = TextStyle(size=lettering.size(7.5 if many else 8.5), bold=True, color=INK)
    kind_style = TextStyle(size=lettering.size(6.5 if many else 7), color=MUTED)
    kinds = {kind.value: member_kind_word(kind.value) for kind in MemberKind}
    shapes: list[Shape] = []
    keyed: list[str] = []
    # Very many: offer every so many a label (there is room for a hundred or so at most).
    step = 1 if len(nodes) <= 300 else len(nodes) // 100
    missing = len(nodes) - len(nodes[::step])
    if numbered_at_most is not None and missing:
        return None
    for node in nodes[::step]:
        member = members[node.index]
        full = member.full_text(words)
        name = text_box(0, 0, w, member.name, name_style, None, full)
        # (with very many, only what it is: what they are to me is on hover and in the list)
        kind_words = kinds[member.kind] + (f" · {member.relation}" if member.relation and not many else "")
        kind = text_box(0, 0, w, kind_words, kind_style, None, full)
        parts = ((name.lines, name_style, name.h), (kind.lines, kind_style, kind.h))
        spot = _free_spot(node, cx, cy, area, w, name.h + kind.h, taken)
        if spot is not None:
            x, y, align = spot
            shapes.append(_halo(x, y, w, align, parts, fill_at))
            shapes.append(TextBox(x, y, w, name.h, name.lines, _aligned(name_style, align), name.full_text))
            shapes.append(TextBox(x, y + name.h, w, kind.h, kind.lines, _aligned(kind_style, align),
                                  kind.full_text))
            continue
        if lettering.grows:  # no room for the words beside it: a number, and the words in a list
            number = str(len(keyed) + 1)
            number_w = text_width(number, name_style.size, True) + 4
            number_h = name_style.size * 1.25
            spot = _free_spot(node, cx, cy, area, number_w, number_h, taken)
            if spot is not None:
                x, y, align = spot
                shapes.append(_halo(x, y, number_w, align, (((number,), name_style, number_h),), fill_at))
                shapes.append(TextBox(x, y, number_w, number_h, (number,), _aligned(name_style, align), full))
                keyed.append(f"{number}: {member.name} ({kind_words})")
                if numbered_at_most is not None and len(keyed) > numbered_at_most:
                    return None
                continue
        missing += 1
        if numbered_at_most is not None:
            return None
    return shapes, missing, keyed


def _free_spot(node: Node, cx: float, cy: float, area: Box, w: float, h: float,
               taken: Occupancy) -> tuple[float, float, str] | None:
    """Where a label of w x h beside the shape is free (and how its words align), or None."""
    right = node.cx >= cx
    gap = node.r + 3
    side = "left" if right else "right"
    out_x = node.cx + gap if right else node.cx - gap - w
    in_x = node.cx - gap - w if right else node.cx + gap
    out_y, in_y = (node.cy + gap, node.cy - gap - h) if node.cy >= cy else (node.cy - gap - h, node.cy + gap)
    other = "right" if right else "left"
    options = [
        (out_x, node.cy - h / 2, side), (node.cx - w / 2, out_y, "center"),
        (out_x, node.cy - h + 4, side), (out_x, node.cy - 4, side),
        (in_x, node.cy - h / 2, other), (node.cx - w / 2, in_y, "center"),
        (in_x, node.cy - h + 4, other), (in_x, node.cy - 4, other),
        (node.cx - 12, out_y, "left"), (node.cx - w + 12, out_y, "right"),
        (node.cx - 12, in_y, "left"), (node.cx - w + 12, in_y, "right"),
    ]
    for x, y, align in options:
        x = clamp(x, area.x, area.x + area.w - w)
        y = clamp(y, area.y, area.y + area.h - h)
        box = Box(x, y, w, h)
        if taken.free(box, gap=1.5):
            taken.add(box)
            return x, y, align
    return None


def _halo(x: float, y: float, w: float, align: str, parts, fill_at) -> Rect:
    """A patch just the size of a label's words (as aligned), in the colour beneath them."""
    widest = max((text_width(line, style.size, style.bold) for lines, style, _h in parts for line in lines),
                 default=0.0)
    widest = min(w, widest) + 4
    left = x - 2 if align == "left" else x + w - widest + 2 if align == "right" else x + (w - widest) / 2
    h = sum(h for _lines, _style, h in parts)
    return Rect(left, y, widest, h, Style(fill=fill_at(left + widest / 2, y + h / 2), stroke=None), radius=2)


def _aligned(style: TextStyle, align: str) -> TextStyle:
    return TextStyle(size=style.size, bold=style.bold, color=style.color, align=align)


def _key(x: float, y: float, taken: Occupancy, width: float = KEY_WIDTH,
         lettering: Lettering = PRINT) -> tuple[list[Shape], float]:
    """The key: each kind's shape and word, and what the circles mean (and its height)."""
    shapes: list[Shape] = []
    heading = TextStyle(size=lettering.size(9), bold=True, color=INK)
    words = TextStyle(size=lettering.size(8), color=INK)
    mark = 7 * lettering.factor
    start = y
    shapes.append(text_box(x, y, width, _("What the shapes mean"), heading, None))
    y += shapes[-1].h + 6
    for kind in MemberKind:
        label = text_box(x + 2 * mark + 8, y + 1, width - 2 * mark - 8, member_kind_label(kind), words, None)
        shapes.append(kind_mark(kind.value, x + mark + 1, y + mark, mark, KIND_FILL[kind.value]))
        shapes.append(label)
        y += max(2 * mark + 5, label.h + 4)
    y += 8
    shapes.append(text_box(x, y, width, _("The circles"), heading, None))
    y += shapes[-1].h + 4
    for k, closeness in enumerate(CLOSENESS_ORDER):
        place = (_("Middle circle"), _("Next circle"), _("Outside circle"))[k]
        box = text_box(x, y, width, f"{place}: {closeness_label(closeness).lower()}", words, None)
        shapes.append(box)
        y += box.h + 4
    taken.add(Box(x - 4, start - 4, width + 8, y - start + 8))
    return [Rect(x - 6, start - 6, width + 10, y - start + 10,
                 Style(fill="#ffffff", stroke="#858b94", stroke_width=0.6), radius=4)] + shapes, y - start
