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
                       Style(stroke="#858b94", stroke_width=0.4)))
    shapes.append(TextBox(PAD, HEIGHT - PAD - TEXT.size * 1.05, WIDTH - 2 * PAD, TEXT.size * 1.25,
                          (name,), TextStyle(size=6, color="#374151"), name))
    return Chart(WIDTH, HEIGHT, tuple(shapes), title=title, description=title)


def card_sides(data: dict[str, Any]) -> tuple[Chart, Chart]:
    """(front, back) of the card for the (filtered) plan document."""
    person = data.get("person") or {}
    name = person.get("name", "")
    well = (data.get("plan") or {}).get("staying_well") or {}

    def texts(key):
        return [i.get("text", "") for i in _on_card(well.get(key))]

    front = _side(_("If I become unwell: {name}").format(name=person.get("preferred_name") or name), [
        (_("Signs I'm becoming unwell"), texts("early_signs") + texts("later_signs")),
        (_("What helps me"), texts("what_helps")),
        (_("What doesn't help"), texts("what_doesnt_help")),
    ], name)
    contacts = [f"{c.get('name', '')} ({c.get('relationship', '')}): {c.get('how', '')}".replace(" ()", "")
                for c in _on_card(well.get("contacts"))]
    behalf = [f"{c.get('name', '')}: {c.get('may_do', '')}".rstrip(": ") for c in _on_card(well.get("on_my_behalf"))]
    back = _side(_("Please contact"), [
        (_("Who to contact, in this order"), contacts),
        (_("Who may contact services for me"), behalf),
        (_("My wishes"), texts("wishes") + texts("dont_want")),
        (_("Practical things"), texts("practical")),
    ], name)
    return front, back
