"""The crisis card: wallet size (85 x 55 mm), two sides, laid out as chart geometry.

Only items the person marked "on my card" are used, in their order; what does not fit is
shortened with "…" (the whole text stays in the plan), never squeezed below a readable size.
"""

from typing import Any

from planner.charts.geometry import Chart, Line, Rect, Style, TextBox, TextStyle
from planner.charts.text import wrap
from planner.i18n import _

MM = 72 / 25.4
WIDTH, HEIGHT = 85 * MM, 55 * MM
PAD = 3 * MM
INK, ACCENT, BAND = "#111827", "#9b1c1c", "#fee2e2"
TEXT = TextStyle(size=6.6, color=INK)
HEAD = TextStyle(size=7.2, bold=True, color=ACCENT)


def _on_card(items) -> list[dict[str, Any]]:
    return [i for i in items or [] if isinstance(i, dict) and i.get("on_card")]


def _side(title: str, sections: list[tuple[str, list[str]]], name: str) -> Chart:
    shapes = [Rect(0.5, 0.5, WIDTH - 1, HEIGHT - 1, Style(fill="#ffffff", stroke=INK, stroke_width=0.8), 2 * MM),
              Rect(0.5, 0.5, WIDTH - 1, 8 * MM, Style(fill=BAND, stroke=None), 2 * MM)]
    heading = TextStyle(size=8.5, bold=True, color=ACCENT)
    lines, _cut = wrap(title, heading.size, WIDTH - 2 * PAD, 1, True)
    shapes.append(TextBox(PAD, 1.8 * MM, WIDTH - 2 * PAD, heading.size * 1.25, lines, heading, title))
    y = 9.5 * MM
    bottom = HEIGHT - PAD - TEXT.size * 1.3
    for label, entries in sections:
        if not entries or y + HEAD.size * 2.5 > bottom:
            continue
        shapes.append(TextBox(PAD, y, WIDTH - 2 * PAD, HEAD.size * 1.25, (label,), HEAD, label))
        y += HEAD.size * 1.3
        for entry in entries:
            room = int((bottom - y) // (TEXT.size * 1.25))
            if room < 1:
                break
            lines, _cut = wrap("• " + entry, TEXT.size, WIDTH - 2 * PAD, min(2, room))
            shapes.append(TextBox(PAD, y, WIDTH - 2 * PAD, len(lines) * TEXT.size * 1.25, lines, TEXT, entry))
            y += len(lines) * TEXT.size * 1.25
        y += 1 * MM
    shapes.append(Line(PAD, HEIGHT - PAD - TEXT.size * 1.2, WIDTH - PAD, HEIGHT - PAD - TEXT.size * 1.2,
                       Style(stroke="#d1d5db", stroke_width=0.4)))
    shapes.append(TextBox(PAD, HEIGHT - PAD - TEXT.size * 1.05, WIDTH - 2 * PAD, TEXT.size * 1.25,
                          (name,), TextStyle(size=6, color="#374151"), name))
    return Chart(WIDTH, HEIGHT, tuple(shapes), title=title, description=title)


def contact_words(contact: dict[str, Any]) -> str:
    """ "Anwen (my sister): 07700 900123"; with no way to reach them, said in words instead of an
    empty "Anwen:" ("Sam (my brother): ask staff to ring Sam")."""
    name = (contact.get("name") or "").strip()
    relationship = (contact.get("relationship") or "").strip()
    who = f"{name} ({relationship})" if relationship else name
    how = (contact.get("how") or "").strip()
    if how:
        return f"{who}: {how}" if who else how
    return _("{who}: ask staff to ring {name}").format(who=who, name=name) if name else ""


def card_sections(data: dict[str, Any]) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """What goes on the front and the back of the card (each a list of (heading, entries))."""
    well = (data.get("plan") or {}).get("staying_well") or {}

    def texts(key):
        return [i.get("text", "") for i in _on_card(well.get(key)) if i.get("text")]

    front = [
        (_("Signs I'm becoming unwell"), texts("early_signs") + texts("later_signs")),
        (_("What helps me"), texts("what_helps")),
        (_("What doesn't help"), texts("what_doesnt_help")),
    ]
    contacts = [words for words in (contact_words(c) for c in _on_card(well.get("contacts"))) if words]
    behalf = [f"{c.get('name', '')}: {c.get('may_do', '')}".strip().rstrip(":").strip()
              for c in _on_card(well.get("on_my_behalf"))]
    back = [
        (_("Who to contact, in this order"), contacts),
        (_("Who may contact services for me"), [words for words in behalf if words]),
        (_("My wishes"), texts("wishes") + texts("dont_want")),
        (_("Practical things"), texts("practical")),
    ]
    return front, back


def _has_entries(sections: list[tuple[str, list[str]]]) -> bool:
    return any(entries for _label, entries in sections)


def card_is_empty(data: dict[str, Any]) -> bool:
    """Whether nothing the audience may see is marked for the card."""
    front, back = card_sections(data)
    return not _has_entries(front) and not _has_entries(back)


def empty_card_message() -> str:
    return _("There is nothing for the crisis card yet. On the Staying well page, tick “Put this on my "
             "crisis card” beside the signs, what helps and the people to contact that you want on it.")


def card_sides(data: dict[str, Any]) -> tuple[Chart, ...]:
    """The sides of the card for the (filtered) plan document: the front and the back, or only the
    one that has something on it. None when nothing is marked for the card (see `card_is_empty`)."""
    person = data.get("person") or {}
    name = person.get("name", "")
    front, back = card_sections(data)
    sides = []
    if _has_entries(front):
        sides.append(_side(_("If I become unwell: {name}").format(name=person.get("preferred_name") or name),
                           front, name))
    if _has_entries(back):
        sides.append(_side(_("Please contact") if back[0][1] else _("If I become unwell: {name}").format(
            name=person.get("preferred_name") or name), back, name))
    return tuple(sides)
