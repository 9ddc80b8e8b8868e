"""Planning meetings in the plan file: `plan.meetings`, a list, oldest first; each with the
names invited, who came and who sent apologies, and the actions agreed."""

from planner.plan_file.document import Part
from planner.plan_file.parts.file_dates import date_in, date_out
from planner.plan_file.rows import Reader, day, flag, grouped

KEY = "meetings"
LISTS = ("invited", "came", "apologies")


_OF_MEETINGS = "WHERE meeting_id IN (SELECT id FROM meeting WHERE plan_id = :plan_id)"


def dump(reader: Reader, plan_id: int, _store) -> list:
    people = grouped(reader.all(f"SELECT meeting_id, list_name, name FROM meeting_person {_OF_MEETINGS} "
                                "ORDER BY meeting_id, position, id", plan_id=plan_id), "meeting_id")
    actions = grouped(reader.all(f"SELECT * FROM meeting_action {_OF_MEETINGS} ORDER BY meeting_id, position, id",
                                 plan_id=plan_id), "meeting_id")
    meetings = []
    for meeting in reader.all("SELECT * FROM meeting WHERE plan_id = :plan_id ORDER BY held_on, id", plan_id=plan_id):
        item = {"held_on": date_out(day(meeting.held_on)), "place": meeting.place, "purpose": meeting.purpose}
        for name in LISTS:
            item[name] = [p.name for p in people.get(meeting.id, []) if p.list_name == name]
        item["actions"] = [
            {"who": a.who, "what": a.what, "by_when": date_out(day(a.by_when)), "done": flag(a.done)}
            for a in actions.get(meeting.id, [])
        ]
        item["next_meeting_on"] = date_out(day(meeting.next_meeting_on))
        item["visibility"] = meeting.visibility
        meetings.append(item)
    return meetings


def load(session, plan, data: list, _store) -> None:
    from planner.storage.goals_models import Meeting, MeetingAction, MeetingPerson

    for item in data:
        meeting = Meeting(plan_id=plan.id, held_on=date_in(item["held_on"]), place=item.get("place", ""),
                          purpose=item.get("purpose", ""), next_meeting_on=date_in(item.get("next_meeting_on")),
                          visibility=item["visibility"])
        meeting.people = [
            MeetingPerson(list_name=name, position=i, name=person)
            for name in LISTS for i, person in enumerate(dict.fromkeys(item.get(name, [])))
        ]
        meeting.actions = [
            MeetingAction(position=i, who=a.get("who", ""), what=a["what"], by_when=date_in(a.get("by_when")),
                          done=a.get("done", False))
            for i, a in enumerate(item.get("actions", []))
        ]
        session.add(meeting)
    session.flush()


PART = Part(KEY, dump, load)
