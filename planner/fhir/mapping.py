"""The mapping table: every field of the plan file, the PRSB element it fills and its FHIR path.

    python -m planner.fhir.mapping      # prints the table that resources/docs/fhir.md holds

The rows for fields carried by Small Steps' extensions are made from the extensions themselves
(`planner.fhir.extensions`); the rows for standard elements and the PRSB names are written here.
tests/test_fhir_mapping.py walks the plan-file schema and this table, checks the document holds
the table as printed, and counts the coverage.
"""

from typing import Any

from planner.fhir import extensions as ext
from planner.fhir.fields import Field
from planner.plan_file.reader import plan_schema

A = "About Me 2.01"
P = "PCSP 2.0"
X = "(no PRSB element)"
HEADING = f"{A}: the heading of its area › "

# plan-file path -> (PRSB element, FHIR path), for fields carried by standard elements.
STANDARD: dict[str, tuple[str, str]] = {
    "exported_at": (f"{A}: date last updated", "Bundle.timestamp; Composition.date"),
    "person.name": (f"{A} / {P}: person's name", "Patient.name[use=official].text"),
    "person.preferred_name": (f"{A}: what I like to be called", "Patient.name[use=usual].text"),
    "person.details.date_of_birth": (f"{P}: date of birth", "Patient.birthDate"),
    "person.details.preferred_language": (f"{A}: communication and interaction (language)",
                                          "Patient.communication.language (urn:ietf:bcp:47)"),
    "person.photo.picture": (f"{A}: multimedia", "Patient.photo.data (image/jpeg)"),
    "person.photo.description": (f"{A}: multimedia", "Patient.photo.title"),
    "person.photo.visibility": (X, "Patient.photo.extension(visibility).valueCode"),
    "plan.title": (f"{P}: plan title", "CarePlan[support-plan].title; Composition.title"),
    "plan.started_on": (f"{P}: plan start date", "CarePlan[support-plan].period.start"),
    "plan.ends_on": (f"{P}: plan end date", "CarePlan[support-plan].period.end"),
    "plan.made_on": (f"{P}: date the plan was made", "CarePlan[support-plan].created"),
    "plan.helpers[].name": (f"{A}: supported to write this by", "Provenance[helpers].agent.who.display"),
    "plan.helpers[].role": (f"{A}: supported to write this by (role)", "Provenance[helpers].agent.type"),
    "plan.helpers[].visibility": (X, "Provenance[helpers].agent.extension(visibility)"),
    "plan.pictures[].id": (X, "Media.identifier (plan-file-id)"),
    "plan.pictures[].kind": (X, "Media: an OpenMoji identifier for a symbol, content.data for a photo"),
    "plan.pictures[].symbol": (f"{A}: multimedia", "Media.identifier (openmoji)"),
    "plan.pictures[].picture": (f"{A}: multimedia", "Media.content.data (image/jpeg)"),
    "plan.pictures[].description": (f"{A}: multimedia (description)", "Media.content.title"),
    "plan.pictures[].visibility": (X, "Media.meta.security"),
    "plan.about_me.{about_me_answers}[].prompt": (HEADING + "the question answered",
                                                   "QuestionnaireResponse.item.item.item(answer).item(prompt).answer.valueCoding"),
    "plan.about_me.{about_me_answers}[].text": (HEADING + "free text",
                                                 "QuestionnaireResponse.item.item.item(answer).item(text).answer.valueString"),
    "plan.about_me.{about_me_answers}[].tag": (HEADING + "coded value",
                                                "QuestionnaireResponse.item.item.item(answer).item(kind).answer.valueCoding"),
    "plan.about_me.{about_me_answers}[].picture_id": (HEADING + "multimedia",
                                                       "QuestionnaireResponse…item(picture).answer.valueReference (Media)"),
    "plan.about_me.{about_me_answers}[].visibility": (X, "QuestionnaireResponse…item(answer).extension(visibility)"),
    "plan.needs[].id": (X, "Condition.identifier (plan-file-id)"),
    "plan.needs[].domain": (f"{P}: needs › area of need", "Condition.category (need-domain)"),
    "plan.needs[].words": (f"{P}: needs › what I need, in my words", "Condition.code.text"),
    "plan.needs[].visibility": (X, "Condition.meta.security"),
    "plan.goals[].title": (f"{P}: goals and hopes › goal", "Goal.description.text"),
    "plan.goals[].outcome": (f"{P}: goals and hopes › what will be different", "Goal.target.detailString"),
    "plan.goals[].needs[]": (f"{P}: goals and hopes › the need it meets", "Goal.addresses (Condition)"),
    "plan.goals[].areas[]": (X, "Goal.category (about-me-area)"),
    "plan.goals[].status": (f"{P}: goals and hopes › status", "Goal.lifecycleStatus (+ achievementStatus)"),
    "plan.goals[].made_on": (X, "Goal.startDate"),
    "plan.goals[].visibility": (X, "Goal.meta.security"),
    "plan.goals[].steps[].what": (f"{P}: actions › what", "CarePlan[support-plan].activity.detail.description"),
    "plan.goals[].steps[].who_helps": (f"{P}: actions › who", "CarePlan.activity.detail.performer.display"),
    "plan.goals[].steps[].due_on": (f"{P}: actions › when", "CarePlan.activity.detail.scheduledPeriod.end"),
    "plan.goals[].steps[].status": (f"{P}: actions › status", "CarePlan.activity.detail.status"),
    "plan.reviews[].held_on": (f"{P}: review date", "QuestionnaireResponse[review].authored"),
    "plan.reviews[].visibility": (X, "QuestionnaireResponse[review].meta.security"),
    "plan.meetings[].held_on": (X, "Encounter.period.start"),
    "plan.meetings[].purpose": (X, "Encounter.reasonCode.text"),
    "plan.meetings[].came[]": (X, "Encounter.participant.individual.display"),
    "plan.meetings[].visibility": (X, "Encounter.meta.security"),
    "plan.authors.{part}[].role": (f"{A}: supported to write this by (role)", "Provenance[part].agent.type"),
    "plan.authors.{part}[].name": (f"{A}: supported to write this by", "Provenance[part].agent.who.display"),
    "plan.authors.{part}[].visibility": (X, "Provenance[part].agent.extension(visibility)"),
    "plan.staying_well.{crisis_item}[].text": (f"{P}: contingency and crisis plan › trigger factors, what helps",
                                                "CarePlan[staying-well].activity.detail.description (code: the list)"),
    "plan.staying_well.{crisis_contact}[].name": (f"{P}: contingency and crisis plan › who to contact",
                                                   "CarePlan[staying-well].activity.detail.performer.display"),
    "plan.people_places[].name": (X, "RelatedPerson.name.text / Location.name / Organization.name / Basic.code.text"),
    "plan.people_places[].visibility": (X, "meta.security"),
    "plan.week[].day": (X, "CarePlan[my-week].activity.detail.scheduledTiming.repeat.dayOfWeek"),
    "plan.week[].time": (X, "CarePlan[my-week].activity.detail.scheduledTiming.repeat.when"),
    "plan.week[].title": (X, "CarePlan[my-week].activity.detail.description"),
    "plan.week[].place": (X, "CarePlan[my-week].activity.detail.location.display"),
    "plan.week[].with_whom": (X, "CarePlan[my-week].activity.detail.performer.display"),
    "plan.life_story[].visibility": (X, "Basic[life-moment].meta.security"),
    "plan.frozen_copies[].submitted_at": (X, "DocumentReference.date"),
    "plan.frozen_copies[].submitted_by": (X, "DocumentReference.author.display"),
    "plan.frozen_copies[].visibility": (X, "DocumentReference.meta.security"),
}
for _field in ("who_took_part", "working_for_me", "not_working_for_me", "working_for_others",
               "not_working_for_others", "decisions", "kind", "next_review_on"):
    STANDARD[f"plan.reviews[].{_field}"] = (f"{P}: review", f"QuestionnaireResponse[review].item({_field}).answer")
STANDARD["plan.reviews[].ratings.{area}"] = (X, "QuestionnaireResponse[review].item(ratings).item(area).answer.valueInteger")
for _dis in ("who", "role", "text", "visibility"):
    STANDARD[f"*.disagreements[].{_dis}"] = (X, f"extension(disagreement).extension({_dis}) on the item")

# Fields with no place in a bundle, and why.
NOT_CARRIED: dict[str, str] = {
    "format": "says the file is a plan file; a bundle says what it is by Bundle.type",
    "version": "the plan file's version; the bundle's is FHIR R4 and the extensions' versions",
    "app_version": "the program that wrote a plan file; not part of the plan",
}
PRSB_OF_EXTENSION = {
    "support-plan": f"{P}: plan status", "status-change": X, "need": X, "goal": f"{P}: goals and hopes",
    "small-step": f"{P}: actions", "staying-well-item": f"{P}: contingency and crisis plan",
    "staying-well-contact": f"{P}: contingency and crisis plan › who to contact",
    "person-details": f"{A}: communication and interaction", "person-or-place": f"{A}: important to me",
    "week-activity": X, "life-moment": f"{A}: my history",
    "planning-meeting": f"{P}: actions (who agreed to do what by when)", "frozen-copy": X,
}


def _resolve(node: dict[str, Any]) -> tuple[dict[str, Any], str]:
    name = ""
    while "$ref" in node:
        name = node["$ref"].split("/")[-1]
        node = plan_schema()["$defs"][name]
    return node, name


def schema_paths() -> list[str]:
    """Every leaf field of the plan file, with lists of the same kind written once ({kind})."""
    out: list[str] = []

    def walk(node: dict[str, Any], path: str) -> None:
        node, _name = _resolve(node)
        options = [node] if "properties" in node else (node.get("oneOf") or node.get("anyOf") or [node])
        shapes = [_resolve(o)[0] for o in options]
        objects = [s for s in shapes if s.get("type") == "object"]
        arrays = [s for s in shapes if s.get("type") == "array"]
        if arrays:
            walk(arrays[0].get("items") or {}, path + "[]")
            return
        if not objects:
            out.append(path)
            return
        for shape in objects:
            groups: dict[str, list[str]] = {}
            for key, child in (shape.get("properties") or {}).items():
                target = child.get("$ref") or (child.get("items") or {}).get("$ref") or ""
                groups.setdefault(target or key, []).append(key)
            for target, keys in groups.items():
                child = shape["properties"][keys[0]]
                resolved = _resolve(child)[0]
                if resolved.get("type") == "array":
                    resolved = _resolve(resolved.get("items") or {})[0]
                if len(keys) > 1 and target.startswith("#") and resolved.get("type") == "object":
                    walk(child, f"{path}.{{{target.split('/')[-1]}}}".lstrip("."))
                else:
                    for key in keys:
                        walk(shape["properties"][key], f"{path}.{key}".lstrip("."))
            if shape.get("propertyNames"):
                walk(next(iter(shape["patternProperties"].values())), f"{path}.{{area}}".lstrip("."))
            elif shape.get("patternProperties"):
                walk(next(iter(shape["patternProperties"].values())), f"{path}.{{part}}".lstrip("."))
        if not objects[0].get("properties") and not objects[0].get("patternProperties"):
            out.append(path)

    walk(plan_schema(), "")
    return list(dict.fromkeys(out))


def _schema_path(dotted: str) -> str:
    """"plan.goals.steps" -> "plan.goals[].steps[]" (a list's items are written "[]")."""
    from planner.fhir.fields import item_fields

    parts = dotted.split(".")
    out = []
    for index in range(len(parts)):
        field = item_fields(".".join(parts[:index + 1])) if index else None
        out.append(parts[index] + ("[]" if field is not None and field.many else ""))
    return ".".join(out)


def _extension_rows(rows: dict[str, tuple[str, str]]) -> None:
    def add(field: Field, path: str, fhir: str, prsb: str) -> None:
        for child in field.children:
            child_path = f"{path}.{child.name}" + ("[]" if child.many else "")
            child_fhir = f"{fhir}.extension({child.name})"
            if child.type == "complex":
                add(child, child_path, child_fhir, prsb)
            else:
                rows.setdefault(child_path, (prsb, f"{child_fhir}.{ext.VALUE_KEY[child.type]}"))

    for extension in ext.EXTENSIONS.values():
        if extension.name == "disagreement":
            continue
        field = extension.field()
        path = _schema_path(extension.path)
        path = path.replace("plan.staying_well.early_signs", "plan.staying_well.{crisis_item}")
        path = path.replace("plan.staying_well.contacts", "plan.staying_well.{crisis_contact}")
        prsb = PRSB_OF_EXTENSION.get(extension.name, f"{P}: personal budget" if extension.budget else X)
        add(field, path, f"{extension.context[0].split('.')[0]}.extension({extension.name})", prsb)


def table_rows() -> list[tuple[str, str, str]]:
    """(plan-file field, PRSB element, FHIR path), one row for every field of the schema."""
    rows = dict(STANDARD)
    _extension_rows(rows)
    out = []
    for path in schema_paths():
        key = path
        if ".disagreements[]." in path:
            key = "*.disagreements[]." + path.rsplit(".", 1)[-1]
        if key in NOT_CARRIED:
            out.append((path, X, "not carried: " + NOT_CARRIED[key]))
        elif key in rows:
            out.append((path, *rows[key]))
        else:
            out.append((path, X, ""))
    return out


def coverage() -> tuple[int, int, int]:
    """(fields with a FHIR path, fields carried by a standard element, all fields)."""
    rows = table_rows()
    mapped = [r for r in rows if r[2] and not r[2].startswith("not carried")]
    standard = [r for r in mapped if ".extension(" not in r[2] or "extension(visibility)" in r[2]]
    return len(mapped), len(standard), len(rows)


def markdown() -> str:
    lines = ["| plan-file field | PRSB element | FHIR path |", "| --- | --- | --- |"]
    for path, prsb, fhir in table_rows():
        lines.append(f"| `{path}` | {prsb} | {fhir or '**not mapped**'} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
    mapped, standard, total = coverage()
    print(f"\n{mapped} of {total} fields mapped; {standard} by a standard element.")
