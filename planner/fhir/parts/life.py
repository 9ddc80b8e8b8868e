"""People and places (`RelatedPerson`, `Location`, `Organization`; a pet as `Basic`) and the
moments of the person's life story (`Basic`: no standard resource holds a remembered moment).
"""

from typing import Any

from planner.fhir import extensions as ext
from planner.fhir.common import Builder, Reading, coding, security, visibility_of_resource

RESOURCE_OF_KIND = {"person": "RelatedPerson", "place": "Location", "service": "Organization",
                    "group": "Organization", "pet": "Basic"}


def write(data: dict[str, Any], b: Builder) -> None:
    plan = data.get("plan") or {}
    for index, item in enumerate(plan.get("people_places") or []):
        kind = item.get("kind") or "person"
        resource: dict[str, Any] = {"resourceType": RESOURCE_OF_KIND.get(kind, "Basic"),
                                    "meta": {"security": security(item["visibility"])},
                                    "extension": [ext.encode("person-or-place", item)]}
        if kind == "person":
            resource.update(patient=b.patient, name=[{"text": item.get("name")}],
                            relationship=[{"text": item["relation"]}] if item.get("relation") else None)
        elif kind == "place":
            resource.update(name=item.get("name"), description=item.get("relation"))
        elif kind in ("service", "group"):
            resource.update(name=item.get("name"), type=[{"coding": [coding("person-or-place-kind", kind)]}])
        else:
            resource.update(code={"coding": [coding("person-or-place-kind", kind)], "text": item.get("name")},
                            subject=b.patient)
        b.add(resource, f"people-places-{index}", "people_places")
    for index, moment in enumerate(plan.get("life_story") or []):
        b.add({"resourceType": "Basic", "meta": {"security": security(moment["visibility"])},
               "extension": [ext.encode("life-moment", moment)],
               "code": {"coding": [coding("basic-kind", "life-moment")], "text": "A moment in my life story"},
               "subject": b.patient}, f"life-story-{index}", "life_story")


def _name(resource: dict[str, Any]) -> str:
    name = resource.get("name")
    if isinstance(name, list):
        return (name[0] if name else {}).get("text") or ""
    if isinstance(name, str):
        return name
    return (resource.get("code") or {}).get("text") or ""


def _is(resource: dict[str, Any], code: str) -> bool:
    return any(c.get("code") == code for c in (resource.get("code") or {}).get("coding") or [])


def read(r: Reading, plan: dict[str, Any]) -> None:
    url = ext.EXTENSIONS["person-or-place"].url
    people = []
    for resource in r.of_type("RelatedPerson", "Location", "Organization", "Basic"):
        if not any(e.get("url") == url for e in resource.get("extension") or []):
            continue
        item = ext.decode("person-or-place", resource)
        item.update(name=_name(resource), visibility=visibility_of_resource(resource))
        people.append(item)
    plan["people_places"] = people
    story = []
    for resource in r.of_type("Basic"):
        if _is(resource, "life-moment"):
            moment = ext.decode("life-moment", resource)
            moment["visibility"] = visibility_of_resource(resource)
            story.append(moment)
    plan["life_story"] = story
