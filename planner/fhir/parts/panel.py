"""Who wrote the plan (`Provenance`: who helped write it, and who helped with each part) and the
copies sent to the panel (`DocumentReference`, each naming the plan file and the panel pack by
their SHA-256).

A copy sent to the panel is listed, not carried: its bytes stay in the system that sent it,
where they can be checked against the SHA-256. So an imported bundle brings back the list of
who wrote what, but no copies sent to the panel (a copy can't be made from a description).
"""

from typing import Any

from planner.fhir import extensions as ext
from planner.fhir.common import (
    DATA_ABSENT,
    PLAN_PART_URL,
    Builder,
    Reading,
    coding,
    security,
    visibility_extension,
    visibility_of_element,
)

SHA256 = "urn:ietf:rfc:6920"  # named information: the hash of the bytes


def _agent(person: dict[str, Any], b: Builder) -> dict[str, Any]:
    if person.get("name"):
        who: dict[str, Any] = {"display": person["name"]}
    elif person.get("role") == "me":
        who = b.patient
    else:
        who = {"extension": [{"url": DATA_ABSENT, "valueCode": "unknown"}]}
    return {"extension": [visibility_extension(person["visibility"])],
            "type": {"coding": [coding("helper-role", person["role"])]}, "who": who}


def write(data: dict[str, Any], b: Builder) -> None:
    plan = data.get("plan") or {}
    recorded = data.get("exported_at")
    groups = [("helpers", plan.get("helpers") or [])]
    groups += list((plan.get("authors") or {}).items())
    for part, people in groups:
        if not people:
            continue
        b.add({"resourceType": "Provenance",
               "extension": [{"url": PLAN_PART_URL, "valueCode": part}],
               "target": [b.ref("composition-target")], "recorded": recorded,
               "activity": {"text": "Helped write the plan" if part == "helpers" else "Helped write this part"},
               "agent": [_agent(p, b) for p in people]}, f"provenance-{part}", "authors")
    for index, copy in enumerate(plan.get("frozen_copies") or []):
        b.add({"resourceType": "DocumentReference",
               "meta": {"security": security(copy["visibility"])},
               "extension": [ext.encode("frozen-copy", copy)],
               "identifier": [{"system": SHA256, "value": f"ni:///sha-256;{copy['pack_pdf_sha256']}"},
                              {"system": SHA256, "value": f"ni:///sha-256;{copy['plan_file_sha256']}"}],
               "status": "current",
               "type": {"coding": [coding("document-kind", "panel-copy")], "text": "Copy sent to the panel"},
               "subject": b.patient, "date": _instant(copy.get("submitted_at")),
               "author": [{"display": copy["submitted_by"]}] if copy.get("submitted_by") else None,
               "content": [{"attachment": {"contentType": "application/pdf", "url": copy["pack_pdf"],
                                           "title": "Panel pack"}},
                           {"attachment": {"contentType": "application/zip", "url": copy["plan_file"],
                                           "title": "Plan file"}}]},
              f"frozen-{index}", "panel")


def _instant(value: str | None) -> str | None:
    if not value:
        return None
    return value if ("Z" in value or "+" in value[10:]) else value + "Z"


def _person(agent: dict[str, Any], r: Reading) -> dict[str, Any]:
    who = agent.get("who") or {}
    role = next((c.get("code") for c in (agent.get("type") or {}).get("coding") or []), "other")
    return {"role": role, "name": who.get("display") or "", "visibility": visibility_of_element(agent)}


def read(r: Reading, plan: dict[str, Any], people: dict[str, list[dict[str, Any]]]) -> None:
    for provenance in r.of_type("Provenance"):
        part = next((e.get("valueCode") for e in provenance.get("extension") or []
                     if e.get("url") == PLAN_PART_URL), None)
        if part:
            people[part] = [_person(a, r) for a in provenance.get("agent") or []]
    plan["helpers"] = people.pop("helpers", [])
    plan["authors"] = people
    plan["frozen_copies"] = []  # listed in the bundle, never carried: see the module's note
