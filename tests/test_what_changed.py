"""What changed between two plan documents: generic, matched by what items are, in plain words."""

import copy

from planner.domain.doc_diff import diff_documents, match_items
from planner.export.audience import for_audience
from planner.plan_file.document import PlanDocument


def _document() -> dict:
    """A plan in the shapes the goals and budget parts use (built here, not by their code)."""
    return {
        "format": "small-steps-plan", "version": 1, "exported_at": "2026-11-01T10:00:00Z",
        "person": {"name": "Eleri Llŷr Hughes", "preferred_name": "Leri"},
        "plan": {
            "title": "Back to the allotment", "status": "ready_for_panel", "started_on": "2026-09-01",
            "helpers": [{"name": "Tomos Baptiste", "role": "care_coordinator", "visibility": "panel"}],
            "about_me": {
                "personal_status": [
                    {"prompt": "feel_about_self", "text": "Some days I feel I'm no good to anyone.",
                     "tag": None, "visibility": "private", "picture_id": None},
                    {"prompt": "good_at", "text": "I'm good at growing things.", "tag": "good_at",
                     "visibility": "panel", "picture_id": None},
                ],
            },
            "goals": [
                {"id": "goal-1", "title": "Get back to my allotment", "working_on_now": True,
                 "visibility": "panel", "steps": [
                     {"id": "step-1", "what": "Ring the allotment society", "who_helps": "Anwen",
                      "cost_pence": 0, "status": "done", "visibility": "panel"},
                     {"id": "step-2", "what": "Buy seeds and a new fork", "who_helps": "Gwen",
                      "cost_pence": 4500, "status": "planned", "visibility": "panel"},
                     {"id": "step-3", "what": "Go on Saturdays with Gwen", "who_helps": "Gwen",
                      "cost_pence": 0, "status": "planned", "visibility": "panel"},
                 ]},
                {"id": "goal-2", "title": "Eat properly", "working_on_now": False, "visibility": "team",
                 "steps": [{"id": "step-4", "what": "Cook one meal with Anwen on Sundays",
                            "who_helps": "Anwen", "cost_pence": 0, "status": "planned",
                            "visibility": "team"}]},
            ],
            "support_budget": {"settings": {"visibility": "panel", "allocation_pence": 1260000},
                               "support_lines": [{"who": "Glanrafon Wellbeing", "hours": "5",
                                                  "rate_pence": 2150, "visibility": "panel"}]},
        },
    }


def _three_changes(before: dict) -> dict:
    after = copy.deepcopy(before)
    after["exported_at"] = "2026-11-20T09:00:00Z"  # not a change of content
    goal = after["plan"]["goals"][0]
    # One new step, put first, so every later step's file id and position shift.
    goal["steps"].insert(0, {"id": "step-1", "what": "Ask my GP about my back", "who_helps": "Tomos",
                             "cost_pence": 0, "status": "planned", "visibility": "panel"})
    for number, step in enumerate(goal["steps"], start=1):
        step["id"] = f"step-{number}"
    after["plan"]["goals"][1]["steps"][0]["id"] = f"step-{len(goal['steps']) + 1}"
    goal["steps"][2]["cost_pence"] = 5200  # one cost (seeds and a fork)
    after["plan"]["about_me"]["personal_status"][0]["text"] = "Most days now I feel I'm worth something."
    return after


def test_two_copies_differing_in_one_step_one_cost_and_one_private_answer_name_exactly_those():
    before = _document()
    after = _three_changes(before)
    changes = diff_documents(before, after)
    words = [c.sentence() for c in changes]
    assert len(changes) == 3, words
    added = [c for c in changes if c.action == "added"]
    assert len(added) == 1 and added[0].part == "goals" and "Ask my GP about my back" in added[0].new
    cost = [c for c in changes if c.field == "the cost"]
    assert len(cost) == 1 and cost[0].old == "£45.00" and cost[0].new == "£52.00"
    assert "Buy seeds and a new fork" in " ".join(cost[0].where)
    answer = [c for c in changes if c.part == "about_me"]
    assert len(answer) == 1 and answer[0].action == "changed" and answer[0].field == "the words"
    assert "worth something" in answer[0].new and "no good" in answer[0].old


def test_the_panel_sees_no_private_change():
    before, after = _document(), _three_changes(_document())
    panel = [for_audience(PlanDocument(d), "panel").data for d in (before, after)]
    changes = diff_documents(*panel)
    assert len(changes) == 2
    assert all(c.part == "goals" for c in changes)
    assert "worth something" not in " ".join(c.sentence() for c in changes)


def test_identical_documents_have_no_changes_and_export_times_are_not_changes():
    before = _document()
    after = copy.deepcopy(before)
    after["exported_at"] = "2030-01-01T00:00:00Z"
    after["app_version"] = "9.9"
    assert diff_documents(before, after) == []
    assert diff_documents({}, {}) == []


def test_items_match_by_what_they_are_not_by_position():
    old = [{"what": "a"}, {"what": "b"}, {"what": "c"}]
    new = [{"what": "c"}, {"what": "a"}, {"what": "b"}]
    pairs, removed, added = match_items(old, new)
    assert sorted(pairs) == [(0, 1), (1, 2), (2, 0)] and removed == [] and added == []


def test_removed_goal_and_changed_title_in_words():
    before = _document()
    after = copy.deepcopy(before)
    del after["plan"]["goals"][1]
    after["plan"]["title"] = "My allotment plan"
    sentences = [c.sentence() for c in diff_documents(before, after)]
    assert any("removed a goal “Eat properly”" in s for s in sentences), sentences
    assert any("the name changed from “Back to the allotment” to “My allotment plan”" in s
               for s in sentences), sentences


def test_hostile_and_odd_documents_do_not_break_it():
    odd = {"plan": {"goals": "not a list", "about_me": None, "x": [1, 2, [3]]}, "person": None}
    assert diff_documents(odd, _document())
    assert diff_documents(_document(), odd)
    huge_old = {"plan": {"goals": [{"title": f"goal {i}", "n": i} for i in range(400)]}}
    huge_new = {"plan": {"goals": [{"title": f"goal {i}", "n": i + (i == 7)} for i in range(400)]}}
    changes = diff_documents(huge_old, huge_new)
    assert len(changes) == 1 and changes[0].field == "n"
