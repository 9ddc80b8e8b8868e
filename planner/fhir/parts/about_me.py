"""About me as a `QuestionnaireResponse` to Small Steps' About Me questionnaire.

Each answer is a group under its area, under its PRSB heading: the person's words, the kind
of answer (the heading's coded value), the picture (a reference to its `Media`) and the
question it answers. Who may see the answer and any different view written beside it are
extensions on the answer's group.
"""

from typing import Any

from planner.domain.about_me import AREA_KEYS
from planner.fhir import extensions as ext
from planner.fhir.common import (
    Builder,
    Reading,
    code_system,
    file_id_of,
    file_identifier,
    visibility_extension,
    visibility_of_element,
)
from planner.fhir.questionnaire import ABOUT_ME, HEADINGS, VERSION


def disagreement_extensions(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [ext.encode("disagreement", d) for d in item.get("disagreements") or []]


def with_disagreements(item: dict[str, Any], element: dict[str, Any]) -> dict[str, Any]:
    found = ext.all_of("disagreement", element)
    if found:
        item["disagreements"] = found
    return item


def _answer_group(area: str, answer: dict[str, Any], b: Builder) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    if answer.get("prompt"):
        items.append({"linkId": f"{area}.answer.prompt", "answer": [{"valueCoding": {
            "system": code_system("about-me-prompt"), "code": answer["prompt"]}}]})
    items.append({"linkId": f"{area}.answer.text", "answer": [{"valueString": answer.get("text") or None}]})
    if answer.get("tag"):
        items.append({"linkId": f"{area}.answer.kind", "answer": [{"valueCoding": {
            "system": code_system("about-me-tag"), "code": answer["tag"]}}]})
    if answer.get("picture_id") and answer["picture_id"] in b.refs:
        items.append({"linkId": f"{area}.answer.picture", "answer": [{"valueReference": b.ref(answer["picture_id"])}]})
    elif answer.get("picture_id"):  # the picture is not for this audience: keep only its id
        items.append({"linkId": f"{area}.answer.picture", "answer": [{"valueReference": {
            "identifier": file_identifier(answer["picture_id"])}}]})
    return {"linkId": f"{area}.answer",
            "extension": [visibility_extension(answer["visibility"]), *disagreement_extensions(answer)],
            "item": items}


def write(data: dict[str, Any], b: Builder) -> None:
    about = (data.get("plan") or {}).get("about_me") or {}
    headings = []
    for code, title, areas in HEADINGS:
        groups = []
        for area in areas:
            answers = [_answer_group(area, a, b) for a in about.get(area) or []]
            if answers:
                groups.append({"linkId": area, "item": answers})
        if groups:
            headings.append({"linkId": code, "text": title, "item": groups})
    b.add({
        "resourceType": "QuestionnaireResponse",
        "meta": {"profile": ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse"]},
        "questionnaire": f"{ABOUT_ME}|{VERSION}",
        "status": "completed",
        "subject": b.patient,
        "authored": data.get("exported_at"),
        "author": b.patient,
        "item": headings,
    }, "about-me", "about_me")


def _first(items: list[dict[str, Any]], link_id: str) -> dict[str, Any]:
    for item in items:
        if item.get("linkId") == link_id:
            answers = item.get("answer") or []
            return answers[0] if answers else {}
    return {}


def read_answer(area: str, group: dict[str, Any], r: Reading) -> dict[str, Any]:
    items = group.get("item") or []
    picture = _first(items, f"{area}.answer.picture").get("valueReference")
    picture_id = None
    if picture:
        target = r.resolve(picture)
        picture_id = file_id_of(target) if target else (picture.get("identifier") or {}).get("value")
    answer = {
        "prompt": (_first(items, f"{area}.answer.prompt").get("valueCoding") or {}).get("code") or "",
        "text": _first(items, f"{area}.answer.text").get("valueString") or "",
        "tag": (_first(items, f"{area}.answer.kind").get("valueCoding") or {}).get("code"),
        "visibility": visibility_of_element(group),
        "picture_id": picture_id,
    }
    return with_disagreements(answer, group)


def ours(response: dict[str, Any]) -> bool:
    return str(response.get("questionnaire") or "").split("|")[0] == ABOUT_ME


def read(r: Reading, plan: dict[str, Any]) -> None:
    areas: dict[str, list[dict[str, Any]]] = {key: [] for key in AREA_KEYS}
    for response in r.of_type("QuestionnaireResponse"):
        if not ours(response):
            continue
        for heading in response.get("item") or []:
            for group in heading.get("item") or []:
                area = group.get("linkId")
                if area not in areas:
                    continue
                for answer in group.get("item") or []:
                    if answer.get("linkId") == f"{area}.answer":
                        areas[area].append(read_answer(area, answer, r))
    plan["about_me"] = areas
