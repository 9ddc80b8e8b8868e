"""The conformance resources Small Steps publishes, written to resources/fhir/.

    python -m planner.fhir.publish          # rewrites resources/fhir/*.json

StructureDefinitions of every extension (made from the plan-file schema, so they always say
what the export writes), the CodeSystems and ValueSets they bind to, and the About Me and
review Questionnaires. A test checks the shipped files are exactly what this writes.
"""

import json
import re
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from planner.content.about_me import about_me_content
from planner.domain.about_me import AREA_KEYS
from planner.fhir import FHIR_VERSION, url
from planner.fhir import extensions as ext
from planner.fhir.fields import Field, item_fields
from planner.fhir.questionnaire import (
    HEADINGS,
    TAGS,
    VERSION,
    about_me_questionnaire,
    review_questionnaire,
)

PUBLISHER = "Small Steps (open source)"
CONTEXT_NAMES = {"visibility": "audience", "role": "helper-role", "status": "plan-status",
                 "old_status": "plan-status", "reason": "missed-visit-reason", "reasons": "checkin-reason",
                 "happened": "checkin-happened", "topic": "crisis-topic", "stream": "funding-stream",
                 "funding_stream": "need-funding-stream"}
# What a field means, where its name alone does not say (the StructureDefinitions' `short`).
FIELD_WORDS = {
    "hours": "Hours a week in all (planned and reactive)",
    "proactive_hours": "Planned (proactive) hours a week; null: all hours not reactive",
    "flex_hours": "Reactive hours a week, used flexibly when the person chooses",
    "crisis_hours": "Reactive hours a week kept for a crisis",
    "background_hours": "Reactive background hours a week (someone on call or nearby)",
    "rate_pence": "Rate an hour (or a mile), in GBP",
    "bank_holiday_rate_pence": "Rate an hour on a bank holiday, in GBP (null: the usual rate)",
    "amount_pence": "Amount, in GBP",
    "allocation_pence": "The allocation typed in, in GBP",
    "price_per_point_pence": "The price of one point, in GBP",
    "points": "Points from the resource allocation",
    "stream": "The funding stream that pays",
    "phase": "The phase this belongs to (its file-local id), or none for all year",
    "held_as": "How the money is held (direct payment, individual service fund...)",
    "bank_holidays": "Bank holidays in the year",
    "visibility": "Who may see this: just the person, their support team, or the panel",
    "cost_pence": "What the step costs, in GBP",
    "shares": "A funding stream's share: a percentage of what is left after fixed amounts, or a fixed amount",
    "percent": "The stream's share as a percentage (a decimal string: \"50\", \"33.33\")",
    "goals": "A goal this serves (the goal's file-local id)",
    "planned_hours": "Hours planned for the period under review",
    "two_worker_hours": "Hours that needed two workers",
    "banked_hours": "Hours banked to use later",
    "from_bank_hours": "Hours used from the bank",
}


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("_", "-").split("-"))


def _code_fields(field: Field, owner: str, out: list[tuple[str, str, tuple[str, ...]]]) -> None:
    for child in field.children:
        if child.type == "code":
            out.append((owner, child.name, tuple(c for c in child.codes if c)))
        if child.children:
            _code_fields(child, owner, out)


@cache
def value_set_names() -> dict[tuple[str, str], str]:
    """(extension, field) -> the name of the CodeSystem and ValueSet its codes come from."""
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for extension in ext.EXTENSIONS.values():
        _code_fields(extension.field(), extension.name, found)
    by_field: dict[str, set[tuple[str, ...]]] = {}
    for _owner, name, codes in found:
        by_field.setdefault(name, set()).add(codes)
    names = {}
    for owner, name, _codes in found:
        shared = len(by_field[name]) == 1
        base = CONTEXT_NAMES.get(name, name.replace("_", "-"))
        names[(owner, name)] = base if shared else f"{owner}-{name.replace('_', '-')}"
    return names


@cache
def code_systems() -> dict[str, tuple[str, ...]]:
    """Every code system Small Steps defines: name -> its codes."""
    systems: dict[str, tuple[str, ...]] = {}
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for extension in ext.EXTENSIONS.values():
        _code_fields(extension.field(), extension.name, found)
    for owner, name, codes in found:
        systems[value_set_names()[(owner, name)]] = codes
    content = about_me_content("en")
    systems.update({
        "audience": ("private", "team", "panel"),
        "need-domain": item_fields("plan.needs").child("domain").codes,
        "about-me-area": AREA_KEYS,
        "about-me-tag": TAGS,
        "about-me-heading": tuple(code for code, _t, _a in HEADINGS),
        "about-me-prompt": tuple(dict.fromkeys(p.key for a in content.areas for p in a.prompts)),
        "helper-role": item_fields("plan.helpers").child("role").codes,
        "plan-part": ("details", "about_me", "pictures", "life_story", "people_places", "week", "needs",
                      "goals", "staying_well", "support_budget", "how_its_going", "reviews", "authors",
                      "panel", "helpers"),
        "care-plan-kind": ("support-plan", "staying-well", "my-week"),
        "staying-well-list": ("early_signs", "later_signs", "what_helps", "what_doesnt_help", "practical",
                              "wishes", "dont_want", "contacts", "on_my_behalf"),
        "person-or-place-kind": item_fields("plan.people_places").child("kind").codes,
        "basic-kind": ("life-moment",),
        "encounter-kind": ("planning-meeting",),
        "document-kind": ("panel-copy",),
        "review-kind": item_fields("plan.reviews").child("kind").codes,
    })
    return systems


def _value_elements(prefix: str, field: Field, owner: str) -> list[dict[str, Any]]:
    elements: list[dict[str, Any]] = []
    if field.type == "complex":
        elements.append({"id": f"{prefix}.extension",
                         "slicing": {"discriminator": [{"type": "value", "path": "url"}], "rules": "closed"}})
        for child in field.children:
            elements.extend(_slice(prefix, child, owner))
        elements.append({"id": f"{prefix}.value[x]", "path": "Extension.value[x]", "max": "0"})
        return elements
    element: dict[str, Any] = {"id": f"{prefix}.value[x]", "path": "Extension.value[x]", "min": 1,
                               "type": [{"code": field.type}]}
    if field.type == "code":
        element["binding"] = {"strength": "required",
                              "valueSet": url("ValueSet", value_set_names()[(owner, field.name)])}
    elements.append(element)
    return elements


def _slice(prefix: str, field: Field, owner: str) -> list[dict[str, Any]]:
    slice_id = f"{prefix}.extension:{field.name}"
    elements = [
        {"id": slice_id, "path": "Extension.extension", "sliceName": field.name,
         "short": FIELD_WORDS.get(field.name) or field.description or field.name.replace("_", " ").capitalize(),
         "min": 0, "max": "*" if field.many else "1"},
        {"id": f"{slice_id}.url", "path": "Extension.extension.url", "fixedUri": field.name},
    ]
    return elements + _value_elements(slice_id, field, owner)


def structure_definition(extension: ext.Extension) -> dict[str, Any]:
    field = extension.field()
    elements = [{"id": "Extension", "path": "Extension", "short": extension.title,
                 "definition": extension.description, "min": 0, "max": "*" if field.many else "1"}]
    elements += _value_elements("Extension", field, extension.name)
    for element in elements:  # an element's path is its id without the slice names
        element["path"] = re.sub(r":[^.]+", "", element["id"])
    elements.append({"id": "Extension.url", "path": "Extension.url", "fixedUri": extension.url})
    return {
        "resourceType": "StructureDefinition", "id": extension.name, "url": extension.url, "version": VERSION,
        "name": _pascal(extension.name), "title": extension.title, "status": "active",
        "publisher": PUBLISHER, "description": extension.description, "fhirVersion": FHIR_VERSION,
        "kind": "complex-type", "abstract": False,
        "context": [{"type": "element", "expression": c} for c in extension.context],
        "type": "Extension", "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Extension",
        "derivation": "constraint", "differential": {"element": elements},
    }


def simple_extension(name: str, title: str, description: str, system: str, context: list[str]) -> dict[str, Any]:
    return {
        "resourceType": "StructureDefinition", "id": name, "url": url("StructureDefinition", name),
        "version": VERSION, "name": _pascal(name), "title": title, "status": "active", "publisher": PUBLISHER,
        "description": description, "fhirVersion": FHIR_VERSION, "kind": "complex-type", "abstract": False,
        "context": [{"type": "element", "expression": c} for c in context], "type": "Extension",
        "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Extension", "derivation": "constraint",
        "differential": {"element": [
            {"id": "Extension", "path": "Extension", "short": title, "definition": description, "max": "1"},
            {"id": "Extension.extension", "path": "Extension.extension", "max": "0"},
            {"id": "Extension.url", "path": "Extension.url", "fixedUri": url("StructureDefinition", name)},
            {"id": "Extension.value[x]", "path": "Extension.value[x]", "min": 1, "type": [{"code": "code"}],
             "binding": {"strength": "required", "valueSet": url("ValueSet", system)}},
        ]},
    }


def all_resources() -> dict[str, dict[str, Any]]:
    """File name -> resource, for everything in resources/fhir/."""
    out: dict[str, dict[str, Any]] = {}
    for extension in ext.EXTENSIONS.values():
        out[f"StructureDefinition-{extension.name}.json"] = structure_definition(extension)
    out["StructureDefinition-visibility.json"] = simple_extension(
        "visibility", "Who may see this", "Who may see an element inside a resource (for a whole "
        "resource, the same code is in meta.security): just the person, their support team, or the panel.",
        "audience", ["Element"])
    out["StructureDefinition-plan-part.json"] = simple_extension(
        "plan-part", "Part of the plan", "Which part of the plan a Provenance is about.", "plan-part",
        ["Provenance"])
    for name, codes in sorted(code_systems().items()):
        out[f"CodeSystem-{name}.json"] = {
            "resourceType": "CodeSystem", "id": name, "url": url("CodeSystem", name), "version": VERSION,
            "name": _pascal(name), "title": name.replace("-", " ").capitalize(), "status": "active",
            "publisher": PUBLISHER, "caseSensitive": True, "content": "complete",
            "concept": [{"code": code, "display": code.replace("_", " ").replace("-", " ")} for code in codes]}
        out[f"ValueSet-{name}.json"] = {
            "resourceType": "ValueSet", "id": name, "url": url("ValueSet", name), "version": VERSION,
            "name": _pascal(name), "title": name.replace("-", " ").capitalize(), "status": "active",
            "publisher": PUBLISHER, "compose": {"include": [{"system": url("CodeSystem", name)}]}}
    out["Questionnaire-about-me.json"] = about_me_questionnaire()
    out["Questionnaire-review.json"] = review_questionnaire()
    return out


def folder() -> Path:
    return Path(str(resources.files("resources") / "fhir"))


def write_all(target: Path | None = None) -> list[Path]:
    target = target or folder()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, resource in all_resources().items():
        path = target / name
        path.write_text(json.dumps(resource, ensure_ascii=False, indent=2) + "\n", "utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(path)
