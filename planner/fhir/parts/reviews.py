"""Reviews as `QuestionnaireResponse`s to Small Steps' review questionnaire (the person's own
ratings of each part of life stay one answer each: never added up into a score), and planning
meetings as `Encounter`s with who came, and who agreed to do what by when.
"""

from typing import Any

from planner.fhir import extensions as ext
from planner.fhir.common import Builder, Reading, code_system, security, visibility_of_resource
from planner.fhir.fields import Field, default_of, item_fields
from planner.fhir.questionnaire import REVIEW, VERSION

ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"


def _answer(field: Field, value: Any) -> dict[str, Any] | None:
    if value in (None, ""):
        return None
    if field.type == "date":
        return {"valueDate": value}
    if field.type == "code":
        return {"valueCoding": {"system": code_system("review-kind"), "code": value}}
    if field.type == "integer":
        return {"valueInteger": value}
    return {"valueString": value}


def _value(field: Field, answer: dict[str, Any]) -> Any:
    if field.type == "date":
        return answer.get("valueDate")
    if field.type == "code":
        return (answer.get("valueCoding") or {}).get("code")
    if field.type == "integer":
        return answer.get("valueInteger")
    return answer.get("valueString")


def write(data: dict[str, Any], b: Builder) -> None:
    plan = data.get("plan") or {}
    fields = item_fields("plan.reviews")
    for index, review in enumerate(plan.get("reviews") or []):
        items = []
        for field in fields.children:
            if field.name in ("held_on", "visibility"):
                continue
            if field.name == "ratings":
                ratings = review.get("ratings") or {}
                items.append({"linkId": "ratings", "item": [
                    {"linkId": f"ratings.{c.name}", "answer": [{"valueInteger": ratings[c.name]}]}
                    for c in field.children if ratings.get(c.name) is not None]})
                continue
            answer = _answer(field, review.get(field.name))
            if answer:
                items.append({"linkId": field.name, "answer": [answer]})
        b.add({"resourceType": "QuestionnaireResponse",
               "meta": {"security": security(review["visibility"])},
               "questionnaire": f"{REVIEW}|{VERSION}", "status": "completed", "subject": b.patient,
               "authored": review.get("held_on"), "item": items}, f"review-{index}", "reviews")
    for index, meeting in enumerate(plan.get("meetings") or []):
        b.add({"resourceType": "Encounter", "meta": {"security": security(meeting["visibility"])},
               "extension": [ext.encode("planning-meeting", meeting)],
               "status": "finished",
               "class": {"system": ACT_CODE, "code": "AMB", "display": "ambulatory"},
               "type": [{"coding": [{"system": code_system("encounter-kind"), "code": "planning-meeting"}],
                         "text": "Planning meeting"}],
               "subject": b.patient,
               "participant": [{"type": [{"coding": [{"system": PARTICIPATION, "code": "PART"}]}],
                                "individual": {"display": name}} for name in meeting.get("came") or []],
               "period": {"start": meeting.get("held_on")},
               "reasonCode": [{"text": meeting["purpose"]}] if meeting.get("purpose") else None,
               }, f"meeting-{index}", "reviews")


def read(r: Reading, plan: dict[str, Any]) -> None:
    fields = item_fields("plan.reviews")
    reviews = []
    for response in r.of_type("QuestionnaireResponse"):
        if str(response.get("questionnaire") or "").split("|")[0] != REVIEW:
            continue
        items = {i.get("linkId"): i for i in response.get("item") or [] if isinstance(i, dict)}
        review: dict[str, Any] = {"held_on": response.get("authored"),
                                  "visibility": visibility_of_resource(response)}
        for field in fields.children:
            if field.name in review:
                continue
            if field.name == "ratings":
                review["ratings"] = {
                    str(i.get("linkId"))[len("ratings."):]: (i.get("answer") or [{}])[0].get("valueInteger")
                    for i in (items.get("ratings") or {}).get("item") or []}
                continue
            answers = (items.get(field.name) or {}).get("answer") or []
            review[field.name] = _value(field, answers[0]) if answers else default_of(field)
        reviews.append(review)
    plan["reviews"] = reviews
    meetings = []
    for encounter in r.of_type("Encounter"):
        meeting = ext.decode("planning-meeting", encounter)
        meeting.update(held_on=(encounter.get("period") or {}).get("start"),
                       purpose=((encounter.get("reasonCode") or [{}])[0]).get("text") or "",
                       came=[(p.get("individual") or {}).get("display") or ""
                             for p in encounter.get("participant") or []],
                       visibility=visibility_of_resource(encounter))
        meetings.append(meeting)
    plan["meetings"] = meetings
