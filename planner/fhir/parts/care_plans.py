"""Three CarePlans: the support plan itself, staying well (the contingency and crisis plan) and my week.

The support plan holds the small steps as activities, points at the goals and needs, carries
where the plan is up to, its history, and the costed budget (allocation, funding streams,
phases, support lines with planned and reactive hours, one-off purchases, travel, hours
reviews) as Small Steps' budget extensions. Staying well holds each sign, what helps, what
doesn't, practical things, wishes and who to contact as activities, each coded by its list.
My week holds what the person does each morning, afternoon, evening and night as activities
with a `scheduledTiming` (day of the week and time of day).
"""

from typing import Any

from planner.fhir import extensions as ext
from planner.fhir.common import UK_CORE, Builder, Reading, coding

PLAN_STATUS = {"draft": "draft", "ready_for_panel": "draft", "at_panel": "draft", "agreed": "active",
               "agreed_with_changes": "active", "not_agreed": "revoked", "active": "active",
               "ended": "completed"}
STAYING_WELL_LISTS = ("early_signs", "later_signs", "what_helps", "what_doesnt_help", "practical",
                      "wishes", "dont_want")
CONTACT_LISTS = ("contacts", "on_my_behalf")
BUDGET = (("funding_streams", "funding-stream"), ("phases", "budget-phase"),
          ("support_lines", "support-line"), ("one_off_purchases", "one-off-purchase"),
          ("travel", "travel"), ("reviews", "hours-review"))
DAYS = {"monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
        "saturday": "sat", "sunday": "sun"}
TIMES = {"morning": "MORN", "afternoon": "AFT", "evening": "EVE", "night": "NIGHT"}


def _care_plan(b: Builder, marker: str, title: str) -> dict[str, Any]:
    return {"resourceType": "CarePlan", "meta": {"profile": [UK_CORE + "UKCore-CarePlan"]},
            "status": "active", "intent": "plan",
            "category": [{"coding": [coding("care-plan-kind", marker)], "text": title}],
            "subject": b.patient, "author": b.patient}


def write_support_plan(data: dict[str, Any], b: Builder, activities: list[dict[str, Any]]) -> None:
    plan = data.get("plan") or {}
    budget = plan.get("support_budget") or {}
    extensions = [ext.encode("support-plan", plan)]
    extensions += [ext.encode("status-change", change) for change in plan.get("status_history") or []]
    if budget.get("settings"):
        extensions.append(ext.encode("budget-allocation", budget["settings"]))
    for key, name in BUDGET:
        extensions += [ext.encode(name, item) for item in budget.get(key) or []]
    resource = _care_plan(b, "support-plan", "Support plan")
    resource.update(
        extension=extensions,
        status=PLAN_STATUS.get(plan.get("status"), "draft"),
        title=plan.get("title"),
        period={"start": plan.get("started_on"), "end": plan.get("ends_on")},
        created=plan.get("made_on"),
        goal=[b.ref(f"goal-{i}") for i in range(len(plan.get("goals") or []))],
        addresses=[b.ref(n["id"]) for n in plan.get("needs") or []],
        supportingInfo=[b.ref("about-me")],
        activity=activities,
    )
    b.add(resource, "support-plan", "goals")


def read_support_plan(r: Reading, plan: dict[str, Any]) -> list[dict[str, Any]]:
    found = r.profiled("CarePlan", "support-plan")
    resource = found[0] if found else {}
    plan.update(ext.decode("support-plan", resource))
    plan["title"] = resource.get("title") or ""
    period = resource.get("period") or {}
    plan["started_on"], plan["ends_on"] = period.get("start"), period.get("end")
    plan["made_on"] = resource.get("created")
    plan["status_history"] = ext.all_of("status-change", resource)
    settings = ext.all_of("budget-allocation", resource)
    budget: dict[str, Any] = {"settings": settings[0] if settings else None}
    for key, name in BUDGET:
        budget[key] = ext.all_of(name, resource)
    plan["support_budget"] = budget
    return list(resource.get("activity") or [])


def write_staying_well(data: dict[str, Any], b: Builder) -> None:
    staying = (data.get("plan") or {}).get("staying_well") or {}
    activities = []
    for key in STAYING_WELL_LISTS:
        for item in staying.get(key) or []:
            activities.append({"extension": [ext.encode("staying-well-item", item)], "detail": {
                "code": {"coding": [coding("staying-well-list", key)]},
                "status": "not-started", "description": item.get("text")}})
    for key in CONTACT_LISTS:
        for item in staying.get(key) or []:
            activities.append({"extension": [ext.encode("staying-well-contact", item)], "detail": {
                "kind": "CommunicationRequest",
                "code": {"coding": [coding("staying-well-list", key)]},
                "status": "not-started", "performer": [{"display": item.get("name")}]}})
    if activities:
        resource = _care_plan(b, "staying-well", "Staying well: my contingency and crisis plan")
        resource.update(title="Staying well", activity=activities)
        b.add(resource, "staying-well", "staying_well")


def read_staying_well(r: Reading, plan: dict[str, Any]) -> None:
    staying: dict[str, list[dict[str, Any]]] = {key: [] for key in (*STAYING_WELL_LISTS, *CONTACT_LISTS)}
    for resource in r.profiled("CarePlan", "staying-well"):
        for activity in resource.get("activity") or []:
            detail = activity.get("detail") or {}
            key = next((c.get("code") for c in (detail.get("code") or {}).get("coding") or []), None)
            if key in STAYING_WELL_LISTS:
                item = ext.decode("staying-well-item", activity)
                item["text"] = detail.get("description") or ""
                staying[key].append(item)
            elif key in CONTACT_LISTS:
                item = ext.decode("staying-well-contact", activity)
                item["name"] = ((detail.get("performer") or [{}])[0]).get("display") or ""
                staying[key].append(item)
    plan["staying_well"] = staying


def write_week(data: dict[str, Any], b: Builder) -> None:
    activities = []
    for item in (data.get("plan") or {}).get("week") or []:
        detail: dict[str, Any] = {
            "status": "in-progress",
            "description": item.get("title"),
            "scheduledTiming": {"repeat": {"dayOfWeek": [DAYS[item["day"]]], "when": [TIMES[item["time"]]]}},
        }
        if item.get("place"):
            detail["location"] = {"display": item["place"]}
        if item.get("with_whom"):
            detail["performer"] = [{"display": item["with_whom"]}]
        activities.append({"extension": [ext.encode("week-activity", item)], "detail": detail})
    if activities:
        resource = _care_plan(b, "my-week", "My week")
        resource.update(title="My week", activity=activities)
        b.add(resource, "my-week", "week")


def read_week(r: Reading, plan: dict[str, Any]) -> None:
    week = []
    for resource in r.profiled("CarePlan", "my-week"):
        for activity in resource.get("activity") or []:
            detail = activity.get("detail") or {}
            repeat = (detail.get("scheduledTiming") or {}).get("repeat") or {}
            day = next((k for k, v in DAYS.items() if v in (repeat.get("dayOfWeek") or [])), "monday")
            time = next((k for k, v in TIMES.items() if v in (repeat.get("when") or [])), "morning")
            item = ext.decode("week-activity", activity)
            item.update(day=day, time=time, title=detail.get("description") or "",
                        place=(detail.get("location") or {}).get("display") or "",
                        with_whom=((detail.get("performer") or [{}])[0]).get("display") or "")
            week.append(item)
    plan["week"] = week
