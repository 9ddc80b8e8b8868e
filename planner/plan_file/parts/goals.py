"""My goals in the plan file: `plan.goals`, a list; each goal holds its barriers, its steps
(each with a file-local `id`, "step-1", ...) and its check-ins (which name a step by that id).
A goal names the needs it answers by the needs' file ids (see `needs.py`)."""

from planner.domain.goals import clean_areas, clean_reasons, join_keys, split_keys
from planner.errors import NotAPlanFile
from planner.i18n import _
from planner.plan_file.document import Part
from planner.plan_file.parts.disagreements import (
    disagreements_by_item,
    load_disagreements,
    with_disagreements,
)
from planner.plan_file.parts.file_dates import date_in, date_out, link_error
from planner.plan_file.parts.needs import SESSION_KEY, need_file_ids
from planner.plan_file.rows import Reader, day, flag, grouped

KEY = "goals"
SESSION_KEY_GOALS = "plan_file_goals"  # file id -> Goal, for support and purchases to link to


def goal_file_ids(reader: Reader, plan_id: int) -> dict[int, str]:
    """Database id -> file id ("goal-1"), in the plan's order."""
    goals = reader.all("SELECT id FROM goal WHERE plan_id = :plan_id ORDER BY position, id", plan_id=plan_id)
    return {goal.id: f"goal-{index}" for index, goal in enumerate(goals, start=1)}


_OF_GOALS = "WHERE goal_id IN (SELECT id FROM goal WHERE plan_id = :plan_id)"


def dump(reader: Reader, plan_id: int, _store) -> list:
    needs = need_file_ids(reader, plan_id)
    rows = reader.all("SELECT * FROM goal WHERE plan_id = :plan_id ORDER BY position, id", plan_id=plan_id)
    steps = grouped(reader.all(f"SELECT * FROM step {_OF_GOALS} ORDER BY goal_id, position, id",
                               plan_id=plan_id), "goal_id")
    barriers = grouped(reader.all(f"SELECT goal_id, barrier, ideas FROM goal_barrier {_OF_GOALS} "
                                  "ORDER BY goal_id, position, id", plan_id=plan_id), "goal_id")
    need_links = grouped(reader.all(f"SELECT goal_id, need_id FROM goal_need {_OF_GOALS}", plan_id=plan_id),
                         "goal_id")
    checkins = grouped(reader.all(f"SELECT * FROM checkin {_OF_GOALS} ORDER BY goal_id, happened_on, id",
                                  plan_id=plan_id), "goal_id")
    goals, counter = [], 0
    goal_notes = disagreements_by_item(reader, plan_id, "goal")
    step_notes = disagreements_by_item(reader, plan_id, "step")
    for goal in rows:
        goal_steps = steps.get(goal.id, [])
        step_ids = {}
        for step in goal_steps:
            counter += 1
            step_ids[step.id] = f"step-{counter}"
        goals.append(with_disagreements({
            "id": f"goal-{len(goals) + 1}",
            "title": goal.title,
            "why_it_matters": goal.why_it_matters,
            "outcome": goal.outcome,
            "what_helps": goal.what_helps,
            "barriers": [{"barrier": b.barrier, "ideas": b.ideas} for b in barriers.get(goal.id, [])],
            "needs": sorted((needs[link.need_id] for link in need_links.get(goal.id, []) if link.need_id in needs),
                            key=lambda file_id: int(file_id.split("-")[1])),
            "areas": list(split_keys(goal.areas)),
            "status": goal.status,
            "working_on_now": flag(goal.working_on_now),
            "made_on": date_out(day(goal.made_on)),
            "visibility": goal.visibility,
            "steps": [
                with_disagreements(
                    {"id": step_ids[s.id], "what": s.what, "who_helps": s.who_helps, "due_on": date_out(day(s.due_on)),
                     "cost_pence": s.cost_pence, "status": s.status, "done_on": date_out(day(s.done_on)),
                     "visibility": s.visibility},
                    step_notes.get(s.id))
                for s in goal_steps
            ],
            "checkins": [
                {"happened_on": date_out(day(c.happened_on)), "step": step_ids.get(c.step_id),
                 "happened": c.happened, "reasons": list(split_keys(c.reasons)),
                 "other_reason": c.other_reason, "note": c.note, "visibility": c.visibility}
                for c in checkins.get(goal.id, [])
            ],
        }, goal_notes.get(goal.id)))
    return goals


def load(session, plan, data: list, _store) -> None:
    from planner.storage.goals_models import Checkin, Goal, GoalBarrier, GoalNeed, Step

    needs = session.info.get(SESSION_KEY, {})
    seen_steps: set[str] = set()
    by_file_id: dict[str, Goal] = {}
    session.info[SESSION_KEY_GOALS] = by_file_id
    for position, item in enumerate(data):
        goal = Goal(
            plan_id=plan.id, position=position, title=item["title"],
            why_it_matters=item.get("why_it_matters", ""), outcome=item.get("outcome", ""),
            what_helps=item.get("what_helps", ""), areas=join_keys(clean_areas(item.get("areas", []))),
            status=item.get("status", "idea"), working_on_now=item.get("working_on_now", False),
            visibility=item["visibility"],
        )
        made_on = date_in(item.get("made_on"))
        if made_on is not None:
            goal.made_on = made_on
        goal.barriers = [GoalBarrier(position=i, barrier=b.get("barrier", ""), ideas=b.get("ideas", ""))
                         for i, b in enumerate(item.get("barriers", []))]
        for file_id in item.get("needs", []):
            if file_id not in needs:
                raise link_error(_("a need"))
        steps: dict[str, Step] = {}
        goal.steps = []
        for i, s in enumerate(item.get("steps", [])):
            if s["id"] in seen_steps:
                raise NotAPlanFile(_("This plan file has two steps with the same id. It may be damaged."))
            seen_steps.add(s["id"])
            step = Step(position=i, what=s["what"], who_helps=s.get("who_helps", ""),
                        due_on=date_in(s.get("due_on")), cost_pence=s.get("cost_pence", 0),
                        status=s.get("status", "todo"), done_on=date_in(s.get("done_on")),
                        visibility=s["visibility"])
            goal.steps.append(step)
            steps[s["id"]] = step
        session.add(goal)
        session.flush()
        if "id" in item:
            if item["id"] in by_file_id:
                raise NotAPlanFile(_("This plan file has two goals with the same id. It may be damaged."))
            by_file_id[item["id"]] = goal
        load_disagreements(session, plan, "goal", goal.id, item)
        for s in item.get("steps", []):
            load_disagreements(session, plan, "step", steps[s["id"]].id, s)
        goal.need_links = [GoalNeed(need_id=needs[file_id].id) for file_id in dict.fromkeys(item.get("needs", []))]
        for c in item.get("checkins", []):
            step_file_id = c.get("step")
            if step_file_id is not None and step_file_id not in steps:
                raise link_error(_("a step"))
            session.add(Checkin(
                goal_id=goal.id, step_id=steps[step_file_id].id if step_file_id else None,
                happened_on=date_in(c["happened_on"]), happened=c["happened"],
                reasons=join_keys(clean_reasons(c.get("reasons", []))), other_reason=c.get("other_reason", ""),
                note=c.get("note", ""), visibility=c["visibility"],
            ))
    session.flush()


PART = Part(KEY, dump, load)
