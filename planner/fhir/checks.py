"""Checks on a bundle that `fhir.resources` does not make.

`fhir.resources` (pydantic models of R4B) checks the shape of every resource: element names,
data types, required elements (1..1), and primitive formats. It does NOT check:

1. codes against their bindings (a Goal's `lifecycleStatus` of "nonsense" passes it), neither
   FHIR's required value sets nor Small Steps' own code systems;
2. that references point at something: inside a document every reference must resolve to an
   entry of the same bundle;
3. the rules of a document bundle: a Composition first, an identifier and a timestamp;
4. the cardinalities and value types that our StructureDefinitions set for their
   sub-extensions (a field that may appear once appearing twice, text where a date belongs);
5. invariants (FHIRPath constraints) at all.

`reference_problems` runs on every import; `conformance_problems` runs in the tests on every
exported bundle (tests/test_fhir_validation.py).
"""

from typing import Any

from planner.errors import NotAPlanFile
from planner.fhir import extensions as ext
from planner.fhir.common import AUDIENCE
from planner.fhir.fields import Field
from planner.i18n import _

REQUIRED_CODES = {  # FHIR R4 required bindings used here
    ("Goal", "lifecycleStatus"): {"proposed", "planned", "accepted", "active", "on-hold", "completed",
                                  "cancelled", "entered-in-error", "rejected"},
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
    ("QuestionnaireResponse", "status"): {"in-progress", "completed", "amended", "entered-in-error", "stopped"},
    ("Composition", "status"): {"preliminary", "final", "amended", "entered-in-error"},
    ("Encounter", "status"): {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
                              "entered-in-error", "unknown"},
    ("DocumentReference", "status"): {"current", "superseded", "entered-in-error"},
    ("Media", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                          "entered-in-error", "unknown"},
}
ACTIVITY_STATUS = {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped",
                   "unknown", "entered-in-error"}


def validate_with_library(bundle: dict[str, Any]) -> None:
    """Parse with fhir.resources; a failure becomes one plain line."""
    from fhir.resources.R4B.bundle import Bundle

    try:
        Bundle.model_validate(bundle)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        where = ""
        errors = getattr(error, "errors", None)
        if callable(errors):
            try:
                first = errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ()))[:120]
            except (IndexError, TypeError, ValueError):
                where = ""
        raise NotAPlanFile(_("This FHIR bundle does not follow FHIR R4 (at {where}). It may be damaged.")
                           .format(where=where or _("the top"))) from None


def _references(value: Any, path: str = ""):
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                if key == "reference" and isinstance(child, str):
                    yield where, child
                elif isinstance(child, (dict, list)):
                    stack.append((child, f"{where}.{key}" if where else key))
        elif isinstance(item, list):
            stack.extend((child, where) for child in item)


def reference_problems(bundle: dict[str, Any]) -> str | None:
    """The first reference inside the bundle that points nowhere (None when all resolve)."""
    known: set[str] = set()
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        if entry.get("fullUrl"):
            known.add(entry["fullUrl"])
        if resource.get("id"):
            known.add(f"{resource.get('resourceType')}/{resource['id']}")
    for entry in bundle.get("entry") or []:
        for where, reference in _references(entry.get("resource") or {}, entry.get("resource", {}).get("resourceType", "")):
            if reference.startswith("#"):
                continue
            if reference not in known:
                return _("a reference ({where}) points at something that is not in the bundle.").format(where=where)
    if bundle.get("type") == "document":
        first = ((bundle.get("entry") or [{}])[0] or {}).get("resource") or {}
        if first.get("resourceType") != "Composition":
            return _("a FHIR document must start with its Composition.")
    return None


def _check_extension(field: Field, extension: dict[str, Any], where: str, problems: list[str]) -> None:
    children = extension.get("extension") or []
    for child in field.children:
        found = [e for e in children if e.get("url") == child.name]
        if len(found) > 1 and not child.many:
            problems.append(f"{where}.{child.name}: more than one")
        for item in found:
            if child.type == "complex":
                _check_extension(child, item, f"{where}.{child.name}", problems)
                continue
            key = ext.VALUE_KEY[child.type]
            if key not in item:
                problems.append(f"{where}.{child.name}: no {key}")
            elif child.type == "code" and child.codes and item[key] not in child.codes:
                problems.append(f"{where}.{child.name}: {item[key]!r} is not one of its codes")
    names = {c.name for c in field.children}
    for item in children:
        if item.get("url") not in names:
            problems.append(f"{where}: {item.get('url')!r} is not defined")


def _walk_extensions(value: Any, where: str, problems: list[str]) -> None:
    by_url = {e.url: e for e in ext.EXTENSIONS.values()}
    stack = [(value, where)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            for extension in item.get("extension") or []:
                if isinstance(extension, dict) and extension.get("url") in by_url:
                    _check_extension(by_url[extension["url"]].field(), extension,
                                     f"{path}.{by_url[extension['url']].name}", problems)
            for key, child in item.items():
                if key != "extension" and isinstance(child, (dict, list)):
                    stack.append((child, f"{path}.{key}"))
        elif isinstance(item, list):
            stack.extend((child, path) for child in item)


def conformance_problems(bundle: dict[str, Any]) -> list[str]:
    """Everything `fhir.resources` lets through that Small Steps' profiles forbid."""
    problems: list[str] = []
    problem = reference_problems(bundle)
    if problem:
        problems.append(problem)
    if not (bundle.get("identifier") or {}).get("system") or not bundle.get("timestamp"):
        problems.append("a document bundle needs an identifier with a system and a timestamp")
    for index, entry in enumerate(bundle.get("entry") or []):
        resource = entry.get("resource") or {}
        kind = resource.get("resourceType")
        where = f"entry[{index}]({kind})"
        for (resource_type, element), codes in REQUIRED_CODES.items():
            if kind == resource_type and resource.get(element) not in codes:
                problems.append(f"{where}.{element}: {resource.get(element)!r} is not a {resource_type} code")
        for activity in (resource.get("activity") or []) if kind == "CarePlan" else []:
            status = (activity.get("detail") or {}).get("status")
            if status not in ACTIVITY_STATUS:
                problems.append(f"{where}.activity.detail.status: {status!r}")
        labels = [s for s in (resource.get("meta") or {}).get("security") or [] if s.get("system") == AUDIENCE]
        if len(labels) > 1:
            problems.append(f"{where}.meta.security: more than one audience")
        if labels and labels[0].get("code") not in ("private", "team", "panel"):
            problems.append(f"{where}.meta.security: unknown audience {labels[0].get('code')!r}")
        _walk_extensions(resource, where, problems)
    return problems
