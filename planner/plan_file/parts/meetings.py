"""Planning meetings in the plan file: `plan.meetings`, a list, oldest first; each with the
names invited, who came and who sent apologies, and the actions agreed."""

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.plan_file.document import Part
from planner.plan_file.parts.file_dates import date_in, date_out
from planner.storage.goals_models import Meeting, MeetingAction, MeetingPerson

KEY = "meetings"
LISTS = ("invited", "came", "apologies")


def dump(session, plan, _store) -> list:
    query = (select(Meeting).where(Meeting.plan_id == plan.id).order_by(Meeting.held_on, Meeting.id)
             .options(selectinload(Meeting.people), selectinload(Meeting.actions)))
    meetings = []
    for meeting in session.scalars(query):
        item = {"held_on": date_out(meeting.held_on), "place": meeting.place, "purpose": meeting.purpose}
        for name in LISTS:
            item[name] = [p.name for p in meeting.people if p.list_name == name]
        item["actions"] = [
            {"who": a.who, "what": a.what, "by_when": date_out(a.by_when), "done": a.done}
            for a in meeting.actions
        ]
        item["next_meeting_on"] = date_out(meeting.next_meeting_on)
        item["visibility"] = meeting.visibility
        meetings.append(item)
    return meetings


def load(session, plan, data: list, _store) -> None:
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
