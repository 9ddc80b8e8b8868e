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

    def full_text(self) -> str:
        lines = [f"{self.name} ({member_kind_label(self.kind).lower()})"]
        if self.relation:
            lines.append(self.relation)
        if self.helps_with:
            lines.append(_("Helps with: {what}").format(what=self.helps_with))
        lines.append(closeness_label(self.closeness))
        return "\n".join(lines)


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


def members_of(data: dict) -> list[Member]:
    plan = data.get("plan") or {}
    pictures = {p.get("id"): p for p in plan.get("pictures") or [] if isinstance(p, dict)}
    members = []
    for item in plan.get("people_places") or []:
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            continue
        picture = pictures.get(item.get("picture_id"))
        key = None
        if picture:
            key = picture.get("picture") or (f"symbol:{picture['symbol']}" if picture.get("symbol") else None)
        members.append(Member(
            item.get("kind") if item.get("kind") in set(MemberKind) else "person",
            str(item["name"]), str(item.get("relation") or ""), str(item.get("helps_with") or ""),
            item.get("closeness") if item.get("closeness") in CLOSENESS_ORDER else "around",
            key, str((picture or {}).get("description") or ""),
        ))
    return members


def _person_name(data: dict) -> str:
    person = data.get("person") or {}
    return (person.get("preferred_name") or person.get("name") or "").strip()


def layout(data: dict, width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1]) -> Chart:
    return map_layout(data, width, height).chart


def map_layout(data: dict, width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1]) -> MapLayout:
    members = members_of(data)
    name = _person_name(data)
    taken = Occupancy()
    shapes: list[Shape] = []
    title = text_box(MARGIN, MARGIN, width - 2 * MARGIN,
                     _("{name}'s people and places").format(name=name) if name else _("My people and places"),
                     TextStyle(size=15, bold=True, color=INK), 1)
    subtitle = text_box(MARGIN, title.y + title.h + 2, width - 2 * MARGIN,
                        _("The people, places, services, groups and pets in my life. "
                          "The nearer the middle, the closer they are to me."),
                        TextStyle(size=8.5, color=MUTED), 2)
    shapes += [title, subtitle]
    top = subtitle.y + subtitle.h + 6
    footer_h = 2 * 7.5 * 1.25
    key_x = width - MARGIN - KEY_WIDTH
    shapes += _key(key_x, top + 4, taken)
    area = Box(MARGIN, top, key_x - 12 - MARGIN, height - MARGIN - footer_h - top)
    cx, cy = area.x + area.w / 2, area.y + area.h / 2
    rx, ry = area.w / 2 - LABEL_WIDTH * 0.55, area.h / 2 - 14
    for edge, fill in zip(reversed(RING_EDGES[1:]), reversed(RING_FILLS), strict=True):
        shapes.append(Ellipse(cx, cy, rx * edge, ry * edge, Style(fill=fill, stroke="#6b7280", stroke_width=0.8,
                                                                  dash=(4, 3))))
    me_r = ry * RING_EDGES[0]
    shapes.append(Ellipse(cx, cy, me_r, me_r, Style(fill="#fff7ed", stroke=INK, stroke_width=1.4)))
    me = text_box(cx - me_r * 0.9, cy - 8, me_r * 1.8, _("Me"), TextStyle(size=11, bold=True, align="center"), 1,
                  name or _("Me"))
    shapes.append(me)
    taken.add(Box(cx - me_r, cy - me_r, 2 * me_r, 2 * me_r))
    if name:
        who = text_box(cx - me_r * 0.9, me.y + me.h, me_r * 1.8, name, TextStyle(size=7.5, align="center", color=INK), 2)
        shapes.append(who)
    for k, closeness in enumerate(CLOSENESS_ORDER):
        words = closeness_label(closeness)
        y = cy - ry * RING_EDGES[k + 1] + 3
        box = text_box(cx - 60, y, 120, words, TextStyle(size=7, color=MUTED, align="center"), 1)
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
        r = clamp(min(perimeter / len(indices) / 2.6, (RING_EDGES[k + 1] - RING_EDGES[k]) * ry / 2.4), 2.5, 13.0)
        start = -math.pi / 2 + math.pi / len(indices) + 0.4 * k
        band = RING_EDGES[k + 1] - RING_EDGES[k]
        lanes = int(clamp(math.ceil(len(indices) * 2.4 * r / perimeter), 1, 3))
        for j, i in enumerate(indices):
            angle = start + 2 * math.pi * j / len(indices)
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
            marks.append(Hotspot(x - max(r, 5), y - max(r, 5), 2 * max(r, 5), 2 * max(r, 5), member.full_text()))
            taken.add(Box(x - r, y - r, 2 * r, 2 * r))
    shapes += marks
    def fill_at(x: float, y: float) -> str:
        """The colour under a point: its circle's, or the page's outside them."""
        reach = math.hypot((x - cx) / max(rx, 1.0), (y - cy) / max(ry, 1.0))
        for edge, fill in zip(RING_EDGES[1:], RING_FILLS, strict=True):
            if reach <= edge:
                return fill
        return "#ffffff"

    labels, missing = _labels(members, nodes, cx, cy, area, taken, fill_at)
    shapes += labels

    notes = []
    if not members:
        shapes.append(text_box(area.x + 20, cy + me_r + 30, area.w - 40, _("There is no one on this map yet."),
                               TextStyle(size=11, color=MUTED, align="center"), 2))
    if missing:
        notes.append(ngettext(
            "{count} is drawn without its name, to keep the words readable.",
            "{count} are drawn without their names, to keep the words readable.", missing,
        ).format(count=missing))
    notes.append(_("The shape and the word under each name say what it is: a person, a place, a service, "
                   "a group or a pet."))
    if any(isinstance(s, PictureBox) and s.picture.startswith("symbol:") for s in marks):
        notes.append(attribution())
    shapes.append(text_box(MARGIN, height - MARGIN - footer_h, width - 2 * MARGIN, " ".join(notes),
                           TextStyle(size=7.5, color=MUTED), 2))
    counts = [len(ring) for ring in rings]
    description = _("A map with me in the middle: {a} very close to me, {b} close to me and {c} around me.").format(
        a=counts[0], b=counts[1], c=counts[2])
    chart = Chart(width, height, tuple(shapes), title.lines[0], description)
    return MapLayout(chart, tuple(nodes), cx, cy, rx, ry)


def _labels(members: list[Member], nodes: list[Node], cx: float, cy: float, area: Box,
            taken: Occupancy, fill_at) -> tuple[list[Shape], int]:
    """A name and what it is beside each shape, on the side away from the middle if it fits; each
    on a quiet patch of the colour beneath it, so a circle's line never runs through the words."""
    many = len(members) > 40
    name_style = TextStyle(size=7.5 if many else 8.5, bold=True, color=INK)
    kind_style = TextStyle(size=6.5 if many else 7, color=MUTED)
    w = 80.0 if many else LABEL_WIDTH
    shapes: list[Shape] = []
    step = max(1, len(nodes) // 150)  # very many: offer every so many a label (quicker)
    missing = len(nodes) - len(nodes[::step])
    for node in nodes[::step]:
        member = members[node.index]
        name = text_box(0, 0, w, member.name, name_style, 1 if many else 2, member.full_text())
        kind_words = member_kind_word(member.kind) + (f" · {member.relation}" if member.relation else "")
        kind = text_box(0, 0, w, kind_words, kind_style, 1 if many else 2, member.full_text())
        h = name.h + kind.h
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
                shapes.append(_halo(x, y, w, align, ((name.lines, name_style, name.h), (kind.lines, kind_style, kind.h)),
                                    fill_at))
                shapes.append(TextBox(x, y, w, name.h, name.lines, _aligned(name_style, align), name.full_text))
                shapes.append(TextBox(x, y + name.h, w, kind.h, kind.lines, _aligned(kind_style, align),
                                      kind.full_text))
                break
        else:
            missing += 1
    return shapes, missing


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


def _key(x: float, y: float, taken: Occupancy) -> list[Shape]:
    """The key: each kind's shape and word, and what the circles mean."""
    shapes: list[Shape] = []
    heading = TextStyle(size=9, bold=True, color=INK)
    words = TextStyle(size=8, color=INK)
    start = y
    shapes.append(text_box(x, y, KEY_WIDTH, _("What the shapes mean"), heading, 2))
    y += shapes[-1].h + 6
    for kind in MemberKind:
        shapes.append(kind_mark(kind.value, x + 8, y + 7, 7, KIND_FILL[kind.value]))
        shapes.append(text_box(x + 22, y + 1, KEY_WIDTH - 22, member_kind_label(kind), words, 1))
        y += 19
    y += 8
    shapes.append(text_box(x, y, KEY_WIDTH, _("The circles"), heading, 1))
    y += shapes[-1].h + 4
    for k, closeness in enumerate(CLOSENESS_ORDER):
        place = (_("Middle circle"), _("Next circle"), _("Outside circle"))[k]
        box = text_box(x, y, KEY_WIDTH, f"{place}: {closeness_label(closeness).lower()}", words, 2)
        shapes.append(box)
        y += box.h + 4
    taken.add(Box(x - 4, start - 4, KEY_WIDTH + 8, y - start + 8))
    return [Rect(x - 6, start - 6, KEY_WIDTH + 10, y - start + 10,
                 Style(fill="#ffffff", stroke="#858b94", stroke_width=0.6), radius=4)] + shapes
