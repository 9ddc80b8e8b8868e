"""Writing a plan as one FHIR R4 `Bundle` of type `document`.

The input is the plan document already filtered for its audience (`planner.export.audience`):
nothing the audience may not see is ever handed to this module. The `Composition` comes first,
with a section for each part of the plan; then the person and everything else. Every bundle is
checked with `fhir.resources` before it is written (and by `planner.fhir.checks` in the tests,
for what that library does not check).
"""

import datetime as dt
import json
from typing import Any

from planner.fhir.common import AUDIENCE, Builder, code_system, security
from planner.fhir.narrative import section_text
from planner.fhir.parts import about_me, care_plans, goals, life, panel, person, reviews
from planner.plan_file.document import PlanDocument

SECTIONS = (
    ("details", "About the person"), ("about_me", "About me"), ("pictures", "Pictures"),
    ("life_story", "My life story"), ("people_places", "My people and places"), ("week", "My week"),
    ("needs", "What I need"), ("goals", "My goals and small steps"),
    ("staying_well", "Staying well"), ("reviews", "How it's going: reviews and meetings"),
    ("authors", "Who wrote this"), ("panel", "Copies sent to the panel"),
)
DOCUMENT_TYPE = {"system": "http://snomed.info/sct", "code": "734163000", "display": "Care plan"}


def _display_name(data: dict[str, Any]) -> str:
    person = data.get("person") or {}
    return person.get("preferred_name") or person.get("name") or ""


def build_bundle(document: PlanDocument) -> dict[str, Any]:
    data = dict(document.data)
    if not data.get("exported_at"):
        data["exported_at"] = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    plan = data.get("plan") or {}
    audience = data.get("audience", "me")
    seed = json.dumps([(data.get("person") or {}).get("name"), plan.get("title"), data.get("exported_at"),
                       audience], ensure_ascii=False)
    b = Builder(seed)
    composition_id = b.new_id("composition")
    b.refs["composition-target"] = f"urn:uuid:{composition_id}"
    person.write(data, document.pictures, b)
    about_me.write(data, b)
    life.write(data, b)
    care_plans.write_week(data, b)
    activities = goals.write(data, b)
    care_plans.write_support_plan(data, b, activities)
    care_plans.write_staying_well(data, b)
    reviews.write(data, b)
    panel.write(data, b)
    title = plan.get("title") or f"{_display_name(data)}'s plan"
    composition = {
        "resourceType": "Composition", "id": composition_id,
        "meta": {"security": security({"me": "private", "team": "team", "panel": "panel"}[audience])},
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{b.new_id('document')}"},
        "status": "final", "type": {"coding": [DOCUMENT_TYPE], "text": "Personalised care and support plan"},
        "category": [{"coding": [{"system": code_system("audience"), "code": audience_code(audience)}],
                      "text": f"Written for: {audience}"}],
        "subject": b.patient, "date": data.get("exported_at"), "author": [b.patient], "title": title,
        "section": [
            {"title": words, "code": {"coding": [{"system": code_system("plan-part"), "code": key}]},
             **({"text": text} if (text := section_text(data, key)) else {}),
             "entry": [{"reference": u} for u in b.sections[key]]}
            for key, words in SECTIONS if b.sections.get(key)
        ],
    }
    entries = [{"fullUrl": f"urn:uuid:{composition_id}", "resource": composition}, *b.entries]
    return {
        "resourceType": "Bundle", "id": b.new_id("bundle"),
        "meta": {"tag": [{"system": AUDIENCE, "code": audience_code(audience)}]},
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{b.new_id('bundle-identifier')}"},
        "type": "document", "timestamp": data.get("exported_at"), "entry": entries,
    }


def audience_code(audience: str) -> str:
    """The bundle's own audience tag: who it was written for (me, my team, the panel)."""
    return {"me": "private", "team": "team", "panel": "panel"}.get(audience, "private")


def validate(bundle: dict[str, Any]) -> Any:
    """Parse and validate with fhir.resources (R4B models: see resources/docs/fhir.md)."""
    from fhir.resources.R4B.bundle import Bundle

    return Bundle.model_validate(bundle)


def bundle_json(document: PlanDocument, options: dict | None = None) -> bytes:
    """The export: the bundle as UTF-8 JSON, validated before it leaves."""
    bundle = build_bundle(document)
    validate(bundle)
    return (json.dumps(bundle, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
