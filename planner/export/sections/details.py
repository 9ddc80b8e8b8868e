"""Me and my plan: who the plan is for and who helped write it."""

from typing import Any

from planner.domain.plan import role_label
from planner.export import blocks as b
from planner.i18n import _, date_in_words


def language_name(code: str) -> str:
    """ "Welsh" / "Cymraeg" for "cy", in the language the export is written in (Babel's names)."""
    from babel import Locale, UnknownLocaleError

    from planner.i18n import babel_locale

    try:
        return Locale.parse(code.replace("-", "_")).get_display_name(babel_locale()) or code
    except (UnknownLocaleError, ValueError, TypeError):
        return code


def display_name(data: dict[str, Any]) -> str:
    person = data.get("person") or {}
    return person.get("preferred_name") or person.get("name") or ""


def blocks(data: dict[str, Any], context) -> list[b.Block]:
    person = data.get("person") or {}
    plan = data.get("plan") or {}
    out: list[b.Block] = [b.Heading(_("Me and my plan"), 1)]
    rows = [(_("Name"), person.get("name", ""))]
    if person.get("preferred_name") and person.get("preferred_name") != person.get("name"):
        rows.append((_("I like to be called"), person["preferred_name"]))
    details = person.get("details")
    if details:
        if details.get("pronouns"):
            rows.append((_("Pronouns"), details["pronouns"]))
        if details.get("preferred_language"):
            rows.append((_("My language"), language_name(details["preferred_language"])))
        if details.get("date_of_birth"):
            rows.append((_("Date of birth"), date_in_words(details["date_of_birth"])))
        needs = [label for key, label in (
            ("needs_easy_read", _("easy read")), ("needs_large_text", _("large text")),
            ("needs_read_aloud", _("reading aloud"))) if details.get(key)]
        if needs:
            rows.append((_("What helps me read and take part"), ", ".join(needs)))
        if details.get("other_communication_needs"):
            rows.append((_("Anything else that helps"), details["other_communication_needs"]))
    if plan.get("started_on"):
        rows.append((_("Plan started"), date_in_words(plan["started_on"])))
    out.append(b.KeyValues(tuple(rows)))
    photo = person.get("photo")
    if photo:
        out.append(b.Picture(photo.get("description", ""), ref=photo.get("picture"), width_mm=35))
    helpers = plan.get("helpers") or []
    if helpers:
        out.append(b.Heading(_("Who helped write this plan"), 2))
        out.append(b.Bullets(tuple(f"{h['name']}: {role_label(h['role'])}" for h in helpers)))
    return out
