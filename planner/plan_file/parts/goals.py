"""My goals in the plan file: `plan.goals`, a list; each goal holds its barriers, its steps
(each with a file-local `id`, "step-1", ...) and its check-ins (which name a step by that id).
A goal names the needs it answers by the needs' file ids (see `needs.py`)."""

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.goals import clean_areas, clean_reasons
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
from planner.services.goal_common import join_keys, split_keys
from planner.storage.goals_models import Checkin, Goal, GoalBarrier, GoalNeed, Step

KEY = "goals"
SESSION_KEY_GOALS = "plan_file_goals"  # file id -> Goal, for support and purchases to link to


def goal_file_ids(session, plan) -> dict[int, str]:
    """Database id -> file id ("goal-1"), in the plan's order."""
    goals = session.scalars(select(Goal.id).where(Goal.plan_id == plan.id).order_by(Goal.position, Goal.id))
    return {goal_id: f"goal-{index}" for index, goal_id in enumerate(goals, start=1)}


def dump(session, plan, _store) -> list:
    needs = need_file_ids(session, plan)
    query = (
        select(Goal).where(Goal.plan_id == plan.id).order_by(Goal.position, Goal.id)
        .options(selectinload(Goal.steps), selectinload(Goal.barriers), selectinload(Goal.need_links),
                 selectinload(Goal.checkins))
    )
    goals, counter = [], 0
    goal_notes = disagreements_by_item(session, plan, "goal")
    step_notes = disagreements_by_item(session, plan, "step")
    for goal in session.scalars(query):
        step_ids = {}
        for step in goal.steps:
            counter += 1
            step_ids[step.id] = f"step-{counter}"
        goals.append(with_disagreements({
            "id": f"goal-{len(goals) + 1}",
            "title": goal.title,
            "why_it_matters": goal.why_it_matters,
            "outcome": goal.outcome,
            "what_helps": goal.what_helps,
            "barriers": [{"barrier": b.barrier, "ideas": b.ideas} for b in goal.barriers],
            "needs": sorted((needs[link.need_id] for link in goal.need_links if link.need_id in needs),
                            key=lambda file_id: int(file_id.split("-")[1])),
            "areas": list(split_keys(goal.areas)),
            "status": goal.status,
            "working_on_now": goal.working_on_now,
            "made_on": date_out(goal.made_on),
            "visibility": goal.visibility,
            "steps": [
                with_disagreements(
                    {"id": step_ids[s.id], "what": s.what, "who_helps": s.who_helps, "due_on": date_out(s.due_on),
                     "cost_pence": s.cost_pence, "status": s.status, "done_on": date_out(s.done_on),
                     "visibility": s.visibility},
                    step_notes.get(s.id))
                for s in goal.steps
            ],
            "checkins": [
                {"happened_on": date_out(c.happened_on), "step": step_ids.get(c.step_id),
                 "happened": c.happened, "reasons": list(split_keys(c.reasons)),
                 "other_reason": c.other_reason, "note": c.note, "visibility": c.visibility}
                for c in sorted(goal.checkins, key=lambda c: (c.happened_on, c.id))
            ],
        }, goal_notes.get(goal.id)))
    return goals


def load(session, plan, data: list, _store) -> None:
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
