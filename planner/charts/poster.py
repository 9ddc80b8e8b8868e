"""The picture plan: a one-page poster of the person, what matters to them, their people and
their goals, laid out as chart geometry (so the screen, the PDF and pictures could all paint it).

Sections are added by parts in `POSTER_SECTIONS`: each returns a title and a list of
(text, picture) cards from the (filtered) plan document.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.charts.geometry import Chart, PictureBox, Rect, Style, TextBox, TextStyle
from planner.charts.text import wrap
from planner.domain.step_counts import count_document_steps
from planner.i18n import _

MM = 72 / 25.4
SIZES = {"a4": (210 * MM, 297 * MM), "a3": (297 * MM, 420 * MM)}
INK, MUTED, CARD, ACCENT = "#111827", "#374151", "#f3f4f6", "#1d4ed8"


@dataclass(frozen=True)
class Card:
    text: str
    picture: str | None = None  # "pictures/x.jpg" or "symbol:KEY"


PosterSection = Callable[[dict[str, Any]], tuple[str, list[Card]]]


def _picture_of(data: dict[str, Any], picture_id: str | None) -> str | None:
    for item in (data.get("plan") or {}).get("pictures") or []:
        if isinstance(item, dict) and item.get("id") == picture_id:
            return f"symbol:{item['symbol']}" if item.get("kind") == "symbol" else item.get("picture")
    return None


def what_matters(data: dict[str, Any]) -> tuple[str, list[Card]]:
    areas = (data.get("plan") or {}).get("about_me") or {}
    cards = []
    for answers in areas.values():
        for answer in answers or []:
            if isinstance(answer, dict) and answer.get("tag") in ("important_to_me", "like", "good_at"):
                cards.append(Card(answer.get("text", ""), _picture_of(data, answer.get("picture_id"))))
    return _("What matters to me"), cards


def my_people(data: dict[str, Any]) -> tuple[str, list[Card]]:
    """The people, places and pets closest to me (the inner circles of my map)."""
    members = [m for m in (data.get("plan") or {}).get("people_places") or [] if isinstance(m, dict)]
    order = {"very_close": 0, "close": 1, "around_me": 2}
    members.sort(key=lambda m: order.get(m.get("closeness"), 3))
    cards = []
    for member in members:
        if member.get("closeness") == "around_me":
            continue
        words = member.get("name", "")
        if member.get("relation"):
            words += f": {member['relation']}"
        if member.get("helps_with"):
            words += f". {member['helps_with']}"
        cards.append(Card(words, _picture_of(data, member.get("picture_id"))))
    return _("My people and places"), cards


def my_goals(data: dict[str, Any]) -> tuple[str, list[Card]]:
    """My goals, with how far up the ladder of small steps I am."""
    cards = []
    for goal in (data.get("plan") or {}).get("goals") or []:
        if not isinstance(goal, dict) or goal.get("status") == "changed_mind":
            continue
        steps = [s for s in goal.get("steps") or [] if isinstance(s, dict)]
        words = goal.get("title", "")
        if steps:
            words += " (" + count_document_steps(goal).words() + ")"
        cards.append(Card(words, "symbol:1FA9C" if steps else "symbol:1F3AF"))
    return _("My goals"), cards


POSTER_SECTIONS: list[PosterSection] = [what_matters, my_goals, my_people]


def layout(data: dict[str, Any], size: str = "a4", landscape: bool = False) -> Chart:
    width, height = SIZES.get(size, SIZES["a4"])
    if landscape:
        width, height = height, width
    scale = min(width, height) / SIZES["a4"][0]  # type and spacing grow with the paper
    mm = MM * scale
    margin = 12 * mm
    shapes = []
    person = data.get("person") or {}
    name = person.get("preferred_name") or person.get("name") or ""
    photo = person.get("photo") or None
    header_h = 36 * mm
    picture = photo.get("picture") if photo else "symbol:1F9D1"
    shapes.append(Rect(margin, margin, width - 2 * margin, header_h, Style(fill="#e0e7ff", stroke=None), 3 * mm))
    shapes.append(PictureBox(margin + 4 * mm, margin + 4 * mm, header_h - 8 * mm, header_h - 8 * mm,
                             picture, (photo or {}).get("description", "") or name))
    title_x = margin + header_h + 2 * mm
    title_w = width - title_x - margin - 4 * mm
    title_style = TextStyle(size=26 * scale, bold=True, color=INK)
    lines, _cut = wrap(_("{name}'s plan").format(name=name), title_style.size, title_w, 2, True)
    title_h = len(lines) * title_style.size * 1.25
    shapes.append(TextBox(title_x, margin + (header_h - title_h) / 2, title_w, title_h, lines, title_style, name))
    sections = [(title, cards) for title, cards in (section(data) for section in POSTER_SECTIONS) if cards]
    top = margin + header_h + 8 * mm
    columns = 2 if len(sections) > 1 or landscape else 1
    gap = 6 * mm
    column_w = (width - 2 * margin - (columns - 1) * gap) / columns
    column_y = [top] * columns
    body = TextStyle(size=11 * scale, color=INK)
    heading = TextStyle(size=15 * scale, bold=True, color=ACCENT)
    bottom = height - margin - 4 * mm  # room for the symbols' credit
    pic = 14 * mm
    for title, cards in sections:
        col = min(range(columns), key=lambda c: column_y[c])
        x, y = margin + col * (column_w + gap), column_y[col]
        if y + heading.size * 3 > bottom:
            continue
        shapes.append(TextBox(x, y, column_w, heading.size * 1.3, (title,), heading, title))
        y += heading.size * 1.7
        text_w = column_w - pic - 6 * mm
        for card in cards:
            lines, _cut = wrap(card.text, body.size, text_w, 3)
            card_h = max(pic + 4 * mm, len(lines) * body.size * 1.25 + 4 * mm)
            if y + card_h + body.size * 1.6 > bottom:
                shapes.append(TextBox(x, y, column_w, body.size * 1.3, (_("…and more in my plan"),),
                                      TextStyle(size=body.size, color=MUTED), ""))
                y += body.size * 1.6
                break
            shapes.append(Rect(x, y, column_w, card_h, Style(fill=CARD, stroke=None), 2 * mm))
            if card.picture:
                shapes.append(PictureBox(x + 2 * mm, y + 2 * mm, pic, pic, card.picture, card.text[:80]))
            shapes.append(TextBox(x + pic + 4 * mm, y + 2 * mm, text_w, card_h - 4 * mm, lines, body, card.text))
            y += card_h + 3 * mm
        column_y[col] = y + 5 * mm
    if any(isinstance(shape, PictureBox) and shape.picture.startswith("symbol:") for shape in shapes):
        from planner.content.symbols import attribution

        credit = TextStyle(size=7 * scale, color=MUTED)
        lines, _cut = wrap(attribution(), credit.size, width - 2 * margin, 2)
        shapes.append(TextBox(margin, height - margin - 2 * mm, width - 2 * margin,
                              len(lines) * credit.size * 1.25, lines, credit, attribution()))
    return Chart(width, height, tuple(shapes), title=_("{name}'s plan").format(name=name),
                 description=_("A picture of {name}'s plan").format(name=name))
