"""What every part of the FHIR mapping shares: ids, references, who may see what, codes.

Who may see an item travels two ways at once: as `meta.security` on a resource (Small Steps'
own audience code, and the nearest HL7 confidentiality code for systems that know only that),
and, for an element inside a resource (an About me answer, a small step), as the
`visibility` extension. Items link to each other by FHIR references inside the bundle; the
plan file's own ids ("need-1", "p1") travel as identifiers so they come back the same.
"""

import uuid
from dataclasses import dataclass, field
from typing import Any

from planner.fhir import BASE, url

AUDIENCE = url("CodeSystem", "audience")
CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
# private: very restricted; my support team: restricted; the panel: normal (for health data).
CONFIDENTIALITY_OF = {"private": "V", "team": "R", "panel": "N"}
FILE_ID = url("NamingSystem", "plan-file-id")
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/"
PLAN_PART_URL = url("StructureDefinition", "plan-part")
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE)


def code_system(name: str) -> str:
    return url("CodeSystem", name)


def coding(system_name: str, code: str) -> dict[str, Any]:
    return {"system": code_system(system_name), "code": code}


def security(visibility: str) -> list[dict[str, Any]]:
    return [
        {"system": AUDIENCE, "code": visibility},
        {"system": CONFIDENTIALITY, "code": CONFIDENTIALITY_OF[visibility]},
    ]


def visibility_of_resource(resource: dict[str, Any], default: str = "private") -> str:
    for label in (resource.get("meta") or {}).get("security") or []:
        if isinstance(label, dict) and label.get("system") == AUDIENCE:
            return label.get("code") or default
    return default


def visibility_extension(visibility: str) -> dict[str, Any]:
    return {"url": url("StructureDefinition", "visibility"), "valueCode": visibility}


def visibility_of_element(element: dict[str, Any], default: str = "private") -> str:
    for ext in element.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == url("StructureDefinition", "visibility"):
            return ext.get("valueCode") or default
    return default


def file_identifier(file_id: str) -> dict[str, Any]:
    return {"system": FILE_ID, "value": file_id}


def file_id_of(resource: dict[str, Any]) -> str | None:
    for identifier in resource.get("identifier") or []:
        if isinstance(identifier, dict) and identifier.get("system") == FILE_ID:
            return identifier.get("value")
    return None


def text_or_none(value: str | None) -> str | None:
    """FHIR strings may not be empty: empty text is left out."""
    return value if value else None


def prune(value: Any) -> Any:
    """Drop empty strings, empty lists, empty objects and None, all the way down."""
    if isinstance(value, dict):
        out = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        out = [prune(v) for v in value]
        return [v for v in out if v not in (None, "", [], {})]
    return value


@dataclass
class Builder:
    """Collects the bundle's entries while a plan is written out."""

    seed: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    refs: dict[str, str] = field(default_factory=dict)  # "need-1", "p1", "goal-0" -> fullUrl
    sections: dict[str, list[str]] = field(default_factory=dict)  # part -> fullUrls
    counter: int = 0

    def new_id(self, key: str) -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{self.seed}/{key}"))

    def add(self, resource: dict[str, Any], key: str, part: str | None = None) -> str:
        """Add a resource (its id made from `key`); returns its fullUrl."""
        resource_id = self.new_id(key)
        full_url = f"urn:uuid:{resource_id}"
        resource = {"resourceType": resource["resourceType"], "id": resource_id,
                    **{k: v for k, v in resource.items() if k != "resourceType"}}
        self.entries.append({"fullUrl": full_url, "resource": prune(resource)})
        self.refs[key] = full_url
        if part:
            self.sections.setdefault(part, []).append(full_url)
        return full_url

    def ref(self, key: str, display: str | None = None) -> dict[str, Any]:
        reference = {"reference": self.refs[key]}
        if display:
            reference["display"] = display
        return reference

    @property
    def patient(self) -> dict[str, Any]:
        return {"reference": self.refs["patient"]}


@dataclass
class Reading:
    """A bundle being read back: its resources by fullUrl and by type, in bundle order."""

    by_url: dict[str, dict[str, Any]]
    order: list[tuple[str, dict[str, Any]]]

    def of_type(self, *types: str) -> list[dict[str, Any]]:
        return [r for _u, r in self.order if r.get("resourceType") in types]

    def resolve(self, reference: Any) -> dict[str, Any] | None:
        if isinstance(reference, dict):
            return self.by_url.get(reference.get("reference") or "")
        return None

    def url_of(self, resource: dict[str, Any]) -> str | None:
        return next((u for u, r in self.order if r is resource), None)

    def profiled(self, resource_type: str, marker: str) -> list[dict[str, Any]]:
        """Resources of a type that carry our category/code `marker` (e.g. the contingency plan)."""
        out = []
        for resource in self.of_type(resource_type):
            codes = [c.get("code") for cat in resource.get("category") or []
                     for c in (cat.get("coding") or []) if isinstance(c, dict)]
            if marker in codes:
                out.append(resource)
        return out
