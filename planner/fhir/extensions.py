"""The extensions Small Steps defines, and how an item's fields are written into them and read back.

Each extension is a complex extension (FHIR's nested `extension`), one per kind of item, holding
the fields that no standard element carries. Each field is a sub-extension whose `url` is the
field's name in the plan file and whose value type comes from the plan-file schema
(`planner.fhir.fields`): text as `valueString`, a code as `valueCode`, whole pence as
`valueMoney` (GBP), hours as `valueDecimal`, a date as `valueDate`, a list as the sub-extension
repeated, an object as sub-extensions inside it. The StructureDefinitions in resources/fhir/
are made from the same definitions (`planner.fhir.publish`).
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from planner.domain.amounts import hours_text
from planner.fhir import url
from planner.fhir.fields import Field, default_of, item_fields

VALUE_KEY = {"string": "valueString", "code": "valueCode", "date": "valueDate",
             "dateTime": "valueDateTime", "boolean": "valueBoolean", "integer": "valueInteger",
             "decimal": "valueDecimal", "Money": "valueMoney"}


@dataclass(frozen=True)
class Extension:
    """One extension Small Steps publishes."""

    name: str
    title: str
    path: str  # the plan-file schema path of the item it carries ("plan.goals")
    context: tuple[str, ...]  # where it may be used (FHIR element paths)
    standard: tuple[str, ...] = ()  # fields carried by standard elements instead
    description: str = ""
    budget: bool = False

    @property
    def url(self) -> str:
        return url("StructureDefinition", self.name)

    def field(self) -> Field:
        whole = item_fields(self.path)
        children = tuple(c for c in whole.children if c.name not in self.standard)
        return Field(self.name, "complex", whole.many, False, (), children, self.description)


_EXTENSIONS = (
    Extension("person-details", "Person details", "person.details", ("Patient",),
              ("date_of_birth", "preferred_language"),
              "What helps the person read and take part, their pronouns, and who may see these details."),
    Extension("support-plan", "Support plan", "plan", ("CarePlan",),
              ("title", "started_on", "ends_on", "made_on", "helpers", "pictures", "about_me", "needs", "goals",
               "reviews", "meetings", "status_history", "authors", "staying_well", "support_budget",
               "life_story", "people_places", "week", "frozen_copies"),
              "Where the plan is up to (Small Steps' own steps, finer than CarePlan.status), the "
              "panel it is ready for or with, and when the person's needs were last assessed."),
    Extension("status-change", "Change of plan status", "plan.status_history", ("CarePlan",), (),
              "One change of where the plan is up to: when, by whom, the panel date and any note."),
    Extension("need", "Need (Small Steps)", "plan.needs", ("Condition",),
              ("id", "domain", "words", "visibility", "disagreements"),
              "Which budget is expected to pay for meeting this need."),
    Extension("goal", "Goal (Small Steps)", "plan.goals", ("Goal",),
              ("title", "outcome", "status", "made_on", "needs", "areas", "visibility", "steps",
               "disagreements"),
              "Why the goal matters, what will help, what might get in the way and ideas to get "
              "round it, whether it is what the person is working on now, and their own record of "
              "whether it happened (never a score)."),
    Extension("small-step", "Small step", "plan.goals.steps", ("CarePlan.activity",),
              ("what", "who_helps", "due_on", "status", "disagreements"),
              "The step's file-local id, what it costs in pence, when it was done, who may see it."),
    Extension("disagreement", "A different view", "plan.needs.disagreements",
              ("Condition", "Goal", "CarePlan.activity", "QuestionnaireResponse.item"), (),
              "Someone's different view, kept beside the item it is about."),
    Extension("staying-well-item", "Staying well item", "plan.staying_well.early_signs",
              ("CarePlan.activity",), ("text",),
              "One line of a crisis plan: its topic, more detail, whether it goes on the wallet "
              "crisis card, and who may see it."),
    Extension("staying-well-contact", "Who to contact", "plan.staying_well.contacts",
              ("CarePlan.activity",), ("name",),
              "Someone to contact in a crisis (or who may contact services for the person): how, "
              "when, what they may do, and whether they go on the crisis card."),
    Extension("person-or-place", "Person or place in my life", "plan.people_places",
              ("RelatedPerson", "Location", "Organization", "Basic"), ("name", "visibility"),
              "What a person, place, service, group or pet is to the person, what it helps with, "
              "how close it is, and contact details with their own say in who sees them."),
    Extension("week-activity", "My week", "plan.week", ("CarePlan.activity",),
              ("day", "time", "title", "place", "with_whom"),
              "How the person feels about something they do in their week, and who may see it."),
    Extension("life-moment", "A moment in my life story", "plan.life_story", ("Basic",),
              ("visibility",),
              "A moment of the person's life: when (a year, a month, an age, 'around'), what "
              "happened, what kind of moment it was and how good or hard a time it was."),
    Extension("planning-meeting", "Planning meeting", "plan.meetings", ("Encounter",),
              ("held_on", "purpose", "came", "visibility"),
              "Where a planning meeting was, who was asked and who sent apologies, who agreed to "
              "do what by when, and the next meeting."),
    Extension("frozen-copy", "Copy sent to the panel", "plan.frozen_copies", ("DocumentReference",),
              ("submitted_at", "submitted_by", "visibility"),
              "A copy of the plan exactly as sent to the panel: the panel date, and the names and "
              "SHA-256 of the plan file and the panel pack."),
    Extension("budget-allocation", "Personal budget allocation", "plan.support_budget.settings",
              ("CarePlan",), (),
              "The personal budget: typed in or points times the price of a point, how the money "
              "is held, the budget year and bank holidays, and who may see it.", True),
    Extension("funding-stream", "Funding stream", "plan.support_budget.funding_streams",
              ("CarePlan",), (), "One funding stream and the amount it carries.", True),
    Extension("budget-phase", "Budget phase", "plan.support_budget.phases", ("CarePlan",), (),
              "A phase of the budget year (more support in the first weeks home, less later).", True),
    Extension("support-line", "Line of support", "plan.support_budget.support_lines", ("CarePlan",), (),
              "Who gives support, hours a week split into planned (proactive) and reactive (flexible, "
              "crisis, background) hours, hourly and bank-holiday rates, the funding streams that pay "
              "and each one's share, the phase, what it is for and the goals it serves.", True),
    Extension("one-off-purchase", "One-off purchase", "plan.support_budget.one_off_purchases",
              ("CarePlan",), (), "Something bought once, what it costs, the funding streams that pay and their shares, "
              "what it is for and the goals it serves.", True),
    Extension("travel", "Travel", "plan.support_budget.travel", ("CarePlan",), (),
              "Travel paid from the budget: miles, the rate a mile, and the funding streams that pay.", True),
    Extension("hours-review", "Hours review", "plan.support_budget.reviews", ("CarePlan",), (),
              "At a review: the hours used by kind, missed visits and why, hours banked and the "
              "balance, hours with two workers.", True),
)

EXTENSIONS: dict[str, Extension] = {e.name: e for e in _EXTENSIONS}
VISIBILITY = url("StructureDefinition", "visibility")
PLAN_PART = url("StructureDefinition", "plan-part")


def number(value: Decimal) -> int | float:
    """A JSON number that reads back as exactly `value` (at most two decimal places here)."""
    return int(value) if value == value.to_integral_value() else float(value)


# -- writing ------------------------------------------------------------------------------------

def _value(field: Field, value: Any) -> dict[str, Any] | None:
    if value is None or value == "" or (isinstance(value, list) and not value):
        return None
    if field.type == "complex":
        inner = encode_fields(field, value)
        return {"extension": inner} if inner else None
    if field.type == "Money":
        return {"valueMoney": {"value": number(Decimal(int(value)) / 100), "currency": "GBP"}}
    if field.type == "decimal":
        return {"valueDecimal": number(Decimal(str(value)))}
    if field.type == "dateTime":
        text = str(value)
        return {"valueDateTime": text if ("Z" in text or "+" in text[10:]) else text + "Z"}
    return {VALUE_KEY[field.type]: value}


def encode_fields(field: Field, item: dict[str, Any]) -> list[dict[str, Any]]:
    """The sub-extensions for `item`'s fields named in `field.children`."""
    out: list[dict[str, Any]] = []
    for child in field.children:
        if child.name not in item:
            continue
        values = item[child.name] if child.many else [item[child.name]]
        for value in values or []:
            encoded = _value(child, value)
            if encoded is not None:
                out.append({"url": child.name, **encoded})
    return out


def encode(name: str, item: dict[str, Any]) -> dict[str, Any] | None:
    """The extension `name` for one item (None when it has nothing to carry)."""
    extension = EXTENSIONS[name]
    inner = encode_fields(extension.field(), item)
    return {"url": extension.url, "extension": inner} if inner else None


# -- reading ------------------------------------------------------------------------------------

def _read(field: Field, ext: dict[str, Any]) -> Any:
    if field.type == "complex":
        return decode_fields(field, ext.get("extension") or [])
    key = VALUE_KEY[field.type]
    if key not in ext:
        raise ValueError(f"{field.name} has no {key}")
    value = ext[key]
    if field.type == "Money":
        amount = Decimal(str(value["value"])) * 100
        if amount != amount.to_integral_value():
            raise ValueError("money is not whole pence")
        return int(amount)
    if field.type == "decimal":
        return hours_text(Decimal(str(value)))
    if field.type == "dateTime":
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment.isoformat()
    return value


def decode_fields(field: Field, extensions: list[dict[str, Any]]) -> dict[str, Any]:
    """An item's fields from sub-extensions; fields left out take their plan-file default."""
    out: dict[str, Any] = {}
    for child in field.children:
        found = [e for e in extensions if isinstance(e, dict) and e.get("url") == child.name]
        if child.many:
            if found or child.name not in ("disagreements",):
                out[child.name] = [_read(child, e) for e in found]
        elif found:
            out[child.name] = _read(child, found[0])
        elif not field.sparse:
            out[child.name] = default_of(child)
    return out


def decode(name: str, resource: dict[str, Any]) -> dict[str, Any]:
    """Fields from the extension `name` on `resource` (a resource or an element)."""
    extension = EXTENSIONS[name]
    inner: list[dict[str, Any]] = []
    for ext in resource.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == extension.url:
            inner = ext.get("extension") or []
            break
    return decode_fields(extension.field(), inner)


def all_of(name: str, resource: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item carried by a repeating extension `name` on `resource`, in order."""
    extension = EXTENSIONS[name]
    return [decode_fields(extension.field(), ext.get("extension") or [])
            for ext in resource.get("extension") or []
            if isinstance(ext, dict) and ext.get("url") == extension.url]


@cache
def extension_names() -> tuple[str, ...]:
    return tuple(EXTENSIONS)
