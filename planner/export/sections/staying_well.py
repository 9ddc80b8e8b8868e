"""Staying well (the crisis plan) in the exports: section by section, contacts in order."""

from typing import Any

from planner.domain import staying_well as rules
from planner.domain.staying_well import ContactKind, Section
from planner.export import blocks as b
from planner.i18n import _

# The order of the page: signs, what helps and not, who to contact, then the practical things.
ORDER = [Section.EARLY_SIGNS, Section.LATER_SIGNS, Section.WHAT_HELPS, Section.WHAT_DOESNT_HELP,
         ContactKind.CONTACT, ContactKind.ON_MY_BEHALF, Section.PRACTICAL, Section.WISHES,
         Section.DONT_WANT]


def _key(group) -> str:
    return "contacts" if group == ContactKind.CONTACT else group.value


def _title(group) -> str:
    return rules.section_title(group) if isinstance(group, Section) else rules.contact_kind_title(group)


def _items(part: dict[str, Any], group) -> list[dict[str, Any]]:
    return [item for item in part.get(_key(group)) or [] if isinstance(item, dict)]


def _contact_text(contact: dict[str, Any], number: int) -> tuple[str, str]:
    name = f"{number}. {contact.get('name', '')}"
    if contact.get("relationship"):
        name += f" ({contact['relationship']})"
    details = [contact.get("may_do", "")]
    if contact.get("how"):
        details.append(_("How: {how}").format(how=contact["how"]))
    elif contact.get("name") and not contact.get("may_do"):
        details.append(_("How: no number written yet; ask staff to ring {name}").format(name=contact["name"]))
    if contact.get("when"):
        details.append(_("When: {when}").format(when=contact["when"]))
    return name, "\n".join(d for d in details if d)


def _label(item: dict[str, Any]) -> str:
    parts = [rules.topic_label(item.get("topic") or "")]
    if item.get("on_card"):
        parts.append(_("On my crisis card"))
    return " · ".join(p for p in parts if p)


def blocks(data: dict[str, Any], context) -> list[b.Block]:
    part = (data.get("plan") or {}).get("staying_well") or {}
    out: list[b.Block] = []
    for group in ORDER:
        items = _items(part, group)
        if not items:
            continue
        out.append(b.Heading(_title(group), 2))
        for number, item in enumerate(items, start=1):
            if isinstance(group, Section):
                text = item.get("text", "")
                if item.get("detail"):
                    text += "\n" + item["detail"]
                out.append(b.Answer(text, _label(item), context.who_sees(item)))
            else:
                name, details = _contact_text(item, number)
                label = _("On my crisis card") if item.get("on_card") else ""
                out.append(b.Answer(name + ("\n" + details if details else ""), label,
                                    context.who_sees(item)))
    if out:
        out.insert(0, b.Heading(_("Staying well"), 1))
    return out


def easy_read(data: dict[str, Any], context) -> list[b.Block]:
    """One idea a line: each sign, help, contact and wish on a line of its own."""
    part = (data.get("plan") or {}).get("staying_well") or {}
    out: list[b.Block] = []
    for group in ORDER:
        items = _items(part, group)
        if not items:
            continue
        out.append(b.Heading(_title(group), 2))
        for number, item in enumerate(items, start=1):
            if isinstance(group, Section):
                out.append(b.PictureLine(item.get("text", "")))
            else:
                name, details = _contact_text(item, number)
                out.append(b.PictureLine(name))
                for line in details.split("\n"):
                    if line:
                        out.append(b.PictureLine(line))
    if out:
        out.insert(0, b.Heading(_("Staying well"), 1))
    return out
