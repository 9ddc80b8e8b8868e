"""The Questionnaires Small Steps publishes: About Me (the seven PRSB headings, with our About me
areas inside them) and a review (what is working and what is not, and the person's own ratings).

About Me 2.01 gives each heading a coded value, free text and multimedia: here each answer is a
repeating group with the person's words (`text`), the kind of answer (`kind`, the coded value:
something I'm good at, I like, I don't like...), a picture (`picture`, a reference to a `Media`)
and the question it answers (`prompt`).
"""

from functools import cache
from typing import Any

from planner.content.about_me import about_me_content
from planner.fhir import FHIR_VERSION, url
from planner.fhir.common import code_system
from planner.fhir.fields import item_fields

ABOUT_ME = url("Questionnaire", "about-me")
REVIEW = url("Questionnaire", "review")
VERSION = "1.0.0"

# The seven About Me headings, in order, and the About me areas Small Steps maps into each.
HEADINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("my-history", "About me: my history", ("background",)),
    ("important-to-me", "Important to me", ("relationships",)),
    ("communication", "Communication and interaction", ()),
    ("emotional-wellbeing", "Mental health and emotional wellbeing", ("personal_status",)),
    ("daily-life", "My home and daily life", ("home", "places_and_activities")),
    ("likes-and-dislikes", "Likes and dislikes", ("preferences",)),
    ("hopes-for-the-future", "Hopes for the future", ("desirable_future",)),
)
HEADING_OF_AREA = {area: code for code, _title, areas in HEADINGS for area in areas}
TAGS = ("good_at", "like", "dont_like", "change", "important_to_me", "important_for_me")


def _answer_items(area_key: str) -> list[dict[str, Any]]:
    area = about_me_content("en").area(area_key)
    return [{
        "linkId": f"{area_key}.answer",
        "text": area.summary,
        "type": "group",
        "repeats": True,
        "item": [
            {"linkId": f"{area_key}.answer.prompt", "text": "The question this answers", "type": "choice",
             "answerOption": [{"valueCoding": {"system": code_system("about-me-prompt"), "code": p.key,
                                               "display": p.text}} for p in area.prompts]},
            {"linkId": f"{area_key}.answer.text", "text": "In my own words", "type": "text",
             "required": True},
            {"linkId": f"{area_key}.answer.kind", "text": "What kind of answer this is", "type": "choice",
             "answerValueSet": url("ValueSet", "about-me-tag")},
            {"linkId": f"{area_key}.answer.picture", "text": "A picture", "type": "reference"},
        ],
    }]


@cache
def about_me_questionnaire() -> dict[str, Any]:
    content = about_me_content("en")
    items = []
    for code, title, areas in HEADINGS:
        items.append({
            "linkId": code,
            "code": [{"system": code_system("about-me-heading"), "code": code, "display": title}],
            "text": title,
            "type": "group",
            "item": [{"linkId": a, "text": content.area(a).title, "type": "group",
                      "required": False, "item": _answer_items(a)} for a in areas]
            or [{"linkId": f"{code}.text", "text": title, "type": "text", "repeats": True}],
        })
    return {
        "resourceType": "Questionnaire", "id": "about-me", "url": ABOUT_ME, "version": VERSION,
        "name": "SmallStepsAboutMe", "title": "About me (Small Steps)", "status": "active",
        "subjectType": ["Patient"],
        "description": "The person's own About me, in their words and pictures, under the seven "
                       "About Me headings of the Professional Record Standards Body (PRSB About Me "
                       "2.01), with Small Steps' seven areas of a person's life mapped into them.",
        "item": items,
    }


@cache
def review_questionnaire() -> dict[str, Any]:
    fields = item_fields("plan.reviews")
    items = []
    for field in fields.children:
        if field.name in ("held_on", "visibility"):
            continue
        if field.name == "ratings":
            items.append({"linkId": "ratings", "text": "My own rating of each part of my life (1 to 5, "
                          "never added up)", "type": "group",
                          "item": [{"linkId": f"ratings.{c.name}", "text": about_me_content("en").area(c.name).title,
                                    "type": "integer"} for c in field.children]})
            continue
        kind = {"date": "date", "code": "choice"}.get(field.type, "text")
        item: dict[str, Any] = {"linkId": field.name, "text": field.name.replace("_", " ").capitalize(),
                                "type": kind}
        if kind == "choice":
            item["answerOption"] = [{"valueCoding": {"system": code_system("review-kind"), "code": c}}
                                    for c in field.codes]
        items.append(item)
    return {
        "resourceType": "Questionnaire", "id": "review", "url": REVIEW, "version": VERSION,
        "name": "SmallStepsReview", "title": "A review of my plan (Small Steps)", "status": "active",
        "subjectType": ["Patient"],
        "description": "What is working and not working, for the person and for others, what was "
                       "decided, and the person's own rating of each part of their life.",
        "item": items,
    }


def fhir_version() -> str:
    return FHIR_VERSION
