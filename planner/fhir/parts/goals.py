"""Needs as `Condition` (the person's words, never a diagnosis), goals as `Goal` and small steps as
activities of the support plan (`CarePlan.activity`), each pointing at its goal.

A goal is `expressedBy` the person; where it is up to is its `lifecycleStatus`; what will be
different is its `target.detailString`; the needs it answers are `addresses`; the parts of life
it is about are its `category`. Why it matters, what will help, what might get in the way, and
the person's own record of whether it happened are in the `goal` extension.
"""

from typing import Any

from planner.fhir import extensions as ext
from planner.fhir.common import (
    DATA_ABSENT,
    UK_CORE,
    Builder,
    Reading,
    coding,
    file_id_of,
    file_identifier,
    security,
    visibility_of_element,
    visibility_of_resource,
)
from planner.fhir.parts.about_me import disagreement_extensions, with_disagreements

LIFECYCLE = {"idea": "proposed", "working_on": "active", "paused": "on-hold", "done": "completed",
             "changed_mind": "cancelled"}
STEP_STATUS = {"todo": "not-started", "doing": "in-progress", "done": "completed", "skipped": "cancelled"}
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical"


def words(text: str | None) -> dict[str, Any]:
    """A CodeableConcept holding the person's words (or saying there are none yet)."""
    if text:
        return {"text": text}
    return {"extension": [{"url": DATA_ABSENT, "valueCode": "unknown"}]}


def _back(mapping: dict[str, str], value: Any, default: str) -> str:
    return next((k for k, v in mapping.items() if v == value), default)


def write(data: dict[str, Any], b: Builder) -> list[dict[str, Any]]:
    """Write needs and goals; returns the support plan's activities (the small steps)."""
    plan = data.get("plan") or {}
    for need in plan.get("needs") or []:
        b.add({
            "resourceType": "Condition",
            "meta": {"profile": [UK_CORE + "UKCore-Condition"], "security": security(need["visibility"])},
            "extension": [ext.encode("need", need), *disagreement_extensions(need)],
            "identifier": [file_identifier(need["id"])],
            "clinicalStatus": {"coding": [{"system": CLINICAL_STATUS, "code": "active"}]},
            "category": [{"coding": [{"system": CONDITION_CATEGORY, "code": "health-concern"}]},
                         {"coding": [coding("need-domain", need["domain"])]}],
            "code": words(need.get("words")),
            "subject": b.patient,
        }, need["id"], "needs")
    activities = []
    for index, goal in enumerate(plan.get("goals") or []):
        key = f"goal-{index}"
        status = goal.get("status") or "idea"
        resource: dict[str, Any] = {
            "resourceType": "Goal",
            "meta": {"security": security(goal["visibility"])},
            "extension": [ext.encode("goal", goal), *disagreement_extensions(goal)],
            "lifecycleStatus": LIFECYCLE.get(status, "proposed"),
            "category": [{"coding": [coding("about-me-area", area)]} for area in goal.get("areas") or []],
            "description": words(goal.get("title")),
            "subject": b.patient,
            "startDate": goal.get("made_on"),
            "expressedBy": b.patient,
            "addresses": [b.ref(n) for n in goal.get("needs") or [] if n in b.refs],
        }
        if status == "done":
            resource["achievementStatus"] = {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/goal-achievement", "code": "achieved"}]}
        if goal.get("outcome"):
            resource["target"] = [{"detailString": goal["outcome"]}]
        b.add(resource, key, "goals")
        for step in goal.get("steps") or []:
            detail: dict[str, Any] = {
                "kind": "Task",
                "goal": [b.ref(key)],
                "status": STEP_STATUS.get(step.get("status"), "not-started"),
                "description": step.get("what"),
                "performer": [{"display": step["who_helps"]}] if step.get("who_helps") else None,
                "scheduledPeriod": {"end": step["due_on"]} if step.get("due_on") else None,
            }
            activities.append({"extension": [ext.encode("small-step", step),
                                             *disagreement_extensions(step)], "detail": detail})
    return activities


def read(r: Reading, plan: dict[str, Any], activities: list[dict[str, Any]]) -> None:
    needs = []
    need_ids: dict[str, str] = {}
    for condition in r.of_type("Condition"):
        item = ext.decode("need", condition)
        file_id = file_id_of(condition) or f"need-{len(needs) + 1}"
        need_ids[r.url_of(condition) or ""] = file_id
        domain = next((c.get("code") for cat in condition.get("category") or []
                       for c in cat.get("coding") or [] if c.get("system", "").endswith("/need-domain")),
                      "wellbeing")
        item.update(id=file_id, domain=domain, words=(condition.get("code") or {}).get("text") or "",
                    visibility=visibility_of_resource(condition))
        needs.append(with_disagreements(item, condition))
    plan["needs"] = needs
    goals = []
    goal_urls: dict[str, dict[str, Any]] = {}
    for resource in r.of_type("Goal"):
        goal = ext.decode("goal", resource)
        goal.update(
            title=(resource.get("description") or {}).get("text") or "",
            outcome=((resource.get("target") or [{}])[0]).get("detailString") or "",
            status=_back(LIFECYCLE, resource.get("lifecycleStatus"), "idea"),
            made_on=resource.get("startDate"),
            needs=[need_ids[a["reference"]] for a in resource.get("addresses") or []
                   if isinstance(a, dict) and a.get("reference") in need_ids],
            areas=[c.get("code") for cat in resource.get("category") or [] for c in cat.get("coding") or []
                   if c.get("system", "").endswith("/about-me-area")],
            visibility=visibility_of_resource(resource),
            steps=[],
        )
        goals.append(with_disagreements(goal, resource))
        goal_urls[r.url_of(resource) or ""] = goal
    for activity in activities:
        detail = activity.get("detail") or {}
        targets = [g.get("reference") for g in detail.get("goal") or [] if isinstance(g, dict)]
        goal = next((goal_urls[t] for t in targets if t in goal_urls), None)
        if goal is None:
            continue
        step = ext.decode("small-step", activity)
        step.update(
            what=detail.get("description") or "",
            who_helps=((detail.get("performer") or [{}])[0]).get("display") or "",
            due_on=(detail.get("scheduledPeriod") or {}).get("end"),
            status=_back(STEP_STATUS, detail.get("status"), "todo"),
        )
        if "visibility" not in step or not step["visibility"]:
            step["visibility"] = visibility_of_element(activity)
        goal["steps"].append(with_disagreements(step, activity))
    plan["goals"] = goals
