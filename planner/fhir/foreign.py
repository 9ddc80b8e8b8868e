"""About Me bundles written by other systems: the seven headings as free text become About me answers.

Such a bundle holds a `Patient` and a `QuestionnaireResponse` whose items are the About Me
headings (by our link ids, or by their words: "Important to me", "Communication and
interaction"...), each with free-text answers, perhaps nested a level or two. Each answer
becomes an About me answer in the area its heading maps to, kept private (just the person) until
they say otherwise; "Communication and interaction" becomes what helps the person take part.
A heading Small Steps does not know keeps its words, in "My story so far", with the heading
written in front, so nothing is lost.
"""

from typing import Any

import planner
from planner.domain.about_me import AREA_KEYS
from planner.errors import NotAPlanFile
from planner.fhir.common import Reading
from planner.fhir.questionnaire import HEADINGS
from planner.i18n import _
from planner.plan_file import FORMAT, VERSION

# Words in a heading, and the About me area they belong to (the first that matches wins).
KEYWORDS: tuple[tuple[str, str], ...] = (
    ("communicat", "communication"), ("history", "background"), ("background", "background"),
    ("story", "background"), ("important", "relationships"), ("people", "relationships"),
    ("relationship", "relationships"), ("mental", "personal_status"), ("emotion", "personal_status"),
    ("wellbeing", "personal_status"), ("home", "home"), ("daily", "places_and_activities"),
    ("routine", "places_and_activities"), ("activit", "places_and_activities"),
    ("dislike", "preferences"), ("like", "preferences"), ("prefer", "preferences"),
    ("future", "desirable_future"), ("hope", "desirable_future"), ("goal", "desirable_future"),
)
AREA_OF_HEADING = {code: (areas[0] if areas else "communication") for code, _t, areas in HEADINGS}
MAX_TEXT = 100_000


def _area_for(item: dict[str, Any]) -> str | None:
    link = str(item.get("linkId") or "")
    if link in AREA_KEYS:
        return link
    if link in AREA_OF_HEADING:
        return AREA_OF_HEADING[link]
    words = " ".join([str(item.get("text") or ""), link]).lower()
    for key, area in KEYWORDS:
        if key in words:
            return area
    return None


def _texts(item: dict[str, Any]) -> list[str]:
    """Every free-text answer at or under an item, in order."""
    out: list[str] = []
    stack = [item]
    while stack:
        current = stack.pop(0)
        for answer in current.get("answer") or []:
            for key in ("valueString", "valueText"):
                if isinstance(answer.get(key), str) and answer[key].strip():
                    out.append(answer[key].strip())
            coding = answer.get("valueCoding") or {}
            if isinstance(coding, dict) and coding.get("display"):
                out.append(str(coding["display"]))
            stack.extend(a for a in answer.get("item") or [] if isinstance(a, dict))
        stack.extend(i for i in current.get("item") or [] if isinstance(i, dict))
    return out


def about_me_plan(r: Reading) -> dict[str, Any]:
    """A new plan holding the About Me of another system's bundle."""
    responses = r.of_type("QuestionnaireResponse")
    if not responses:
        raise NotAPlanFile(_("This FHIR bundle holds no plan and no About Me that Small Steps can read."))
    patients = r.of_type("Patient")
    name = ""
    for patient in patients[:1]:
        for entry in patient.get("name") or []:
            name = entry.get("text") or " ".join([*(entry.get("given") or []), entry.get("family") or ""]).strip()
            if name:
                break
    if not name.strip():
        raise NotAPlanFile(_("This About Me has no name for the person, so Small Steps can't tell whose it is."))
    areas: dict[str, list[dict[str, Any]]] = {key: [] for key in AREA_KEYS}
    communication: list[str] = []
    for response in responses:
        for item in response.get("item") or []:
            area = _area_for(item)
            heading = str(item.get("text") or item.get("linkId") or "")
            for text in _texts(item):
                if area == "communication":
                    communication.append(text)
                    continue
                words = text if area else f"{heading}: {text}"
                areas[area or "background"].append({
                    "prompt": "", "text": words[:MAX_TEXT], "tag": None, "visibility": "private",
                    "picture_id": None})
    if not any(areas.values()) and not communication:
        raise NotAPlanFile(_("This About Me has no answers in words, so there is nothing to import."))
    return {
        "format": FORMAT, "version": VERSION, "app_version": planner.__version__,
        "person": {"name": name.strip()[:200], "preferred_name": "", "photo": None,
                   "details": {"visibility": "private", "pronouns": "", "date_of_birth": None,
                               "preferred_language": "en", "needs_easy_read": False,
                               "needs_large_text": False, "needs_read_aloud": False,
                               "other_communication_needs": "\n\n".join(communication)[:MAX_TEXT]}},
        "plan": {"title": _("About me, from another system"), "status": "draft", "started_on": None,
                 "ends_on": None, "helpers": [], "about_me": areas},
    }
