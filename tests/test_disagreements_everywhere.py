"""Disagreements beside needs, goals, small steps and support lines (not only About me answers):
written down, listed, in the plan file both ways, in the exports of the audiences that may see
them, and gone with their item."""

import json

import pytest

from planner.errors import NotAPlanFile, NotFound
from planner.export.audience import for_audience
from planner.plan_file.document import content_of
from planner.plan_file.reader import check_data
from planner.plan_file.writer import write_plan_file
from planner.services import authorship, exports, goals, people, plan_files
from tests.pdf_tools import text as pdf_text


def _words(blob: bytes) -> str:
    return " ".join(pdf_text(blob).split())


@pytest.fixture
def example(db):
    return plan_files.add_example_plan(db)


def _first(db, plan_id, kind):
    return next(ref for ref in authorship.items_of(db, plan_id) if ref.item_kind == kind)


def test_every_kind_of_item_can_carry_a_view(db, example):
    kinds = {ref.item_kind for ref in authorship.items_of(db, example)}
    assert {"about_me_answer", "need", "goal", "step", "support_line"} <= kinds
    before = len(authorship.disagreements_of(db, example))  # the example's own
    step = _first(db, example, "step")
    assert step.label.startswith("Small step: ") and step.part == "goals"
    for kind in ("need", "goal", "step", "support_line"):
        ref = _first(db, example, kind)
        authorship.add_disagreement(db, example, kind, ref.item_id, "Mair Evans", "family",
                                    f"I see the {kind} differently.", "team")
    assert len(authorship.disagreements_of(db, example)) == before + 4


def test_a_step_of_another_plan_is_not_found(db, example):
    other = people.add_person(db, "Someone else").plan_id
    step = _first(db, example, "step")
    with pytest.raises(NotFound):
        authorship.add_disagreement(db, other, "step", step.item_id, "Mair", "family", "No.")


def test_views_travel_in_the_plan_file_and_reach_only_who_may_see_them(db, example, tmp_path):
    step, line, need = (_first(db, example, kind) for kind in ("step", "support_line", "need"))
    authorship.add_disagreement(db, example, "step", step.item_id, "Mair Evans", "family",
                                "Three buses is too many at first.", "panel")
    authorship.add_disagreement(db, example, "support_line", line.item_id, "Tomos", "broker",
                                "Ten hours would be enough after the first month.", "team")
    authorship.add_disagreement(db, example, "need", need.item_id, "Gwen", "support_worker",
                                "Mornings are the hard part, not evenings.", "private")
    document = plan_files.plan_document(db, example)
    check_data(document.data)
    plan = document.data["plan"]
    steps = [s for g in plan["goals"] for s in g["steps"] if s.get("disagreements")]
    assert [s["disagreements"][0]["who"] for s in steps] == ["Mair Evans"]
    assert plan["support_budget"]["support_lines"][0]["disagreements"][0]["role"] == "broker"
    assert plan["needs"][0]["disagreements"][0]["visibility"] == "private"

    again = plan_files.plan_document(db, plan_files.import_plan_file(db, write_plan_file(
        document, tmp_path / "views.smallsteps")))
    assert content_of(again) == content_of(document)

    panel = for_audience(document, "panel").data["plan"]
    assert "disagreements" not in panel["support_budget"]["support_lines"][0] or \
        panel["support_budget"]["support_lines"][0]["disagreements"] == []
    panel_words = _words(exports.export_bytes(db, example, "panel-pdf"))
    team_words = _words(exports.export_bytes(db, example, "team-pdf"))
    mine = _words(exports.export_bytes(db, example, "my-plan-pdf"))
    assert "Three buses is too many" in panel_words and "Ten hours would be enough" not in panel_words
    assert "Three buses is too many" in team_words and "Ten hours would be enough" in team_words
    assert "Mornings are the hard part" in mine  # the person sees everything in their own plan
    assert "Mornings are the hard part" not in team_words


def test_removing_a_goal_takes_its_steps_views_with_it(db, example):
    step = _first(db, example, "step")
    goal_id = next(g.goal_id for g in goals.list_goals(db, example)
                   if any(s.step_id == step.item_id for s in g.steps))
    authorship.add_disagreement(db, example, "step", step.item_id, "Mair", "family", "Not yet.", "team")
    authorship.add_disagreement(db, example, "goal", goal_id, "Mair", "family", "Not this one.", "team")
    goals.remove_goal(db, goal_id)
    assert {v.item_kind for v in authorship.disagreements_of(db, example)} == {"about_me_answer", "support_line"}


@pytest.mark.parametrize("where", ["step", "goal", "need", "support_line"])
@pytest.mark.parametrize("bad", [
    [{"who": "", "text": "x", "visibility": "team"}],
    [{"who": "A", "text": "x" * 20001, "visibility": "team"}],
    [{"who": "A", "text": "x", "visibility": "everyone"}],
    [{"who": "A", "text": "x", "visibility": "team", "secret": 1}],
    [{"who": "A", "text": "x", "visibility": "team"}] * 51,
    "not a list",
])
def test_hostile_views_in_a_plan_file_are_refused(where, bad):
    data = json.loads(json.dumps(plan_files.example_document().data))
    plan = data["plan"]
    item = {"step": plan["goals"][0]["steps"][0], "goal": plan["goals"][0], "need": plan["needs"][0],
            "support_line": plan["support_budget"]["support_lines"][0]}[where]
    item["disagreements"] = bad
    with pytest.raises(NotAPlanFile):
        check_data(data)


def _views(db, plan_id):
    return sorted((v.item_kind, v.item_id, v.text) for v in authorship.disagreements_of(db, plan_id))


def test_undo_brings_the_views_back_with_their_item(session):
    """Removing an item takes the views beside it (and beside its steps); Undo brings them back,
    so undoing the views themselves afterwards still works."""
    from planner.services import support_lines
    from ui.commands.about_me import RemoveAnswerCommand
    from ui.commands.goals import RemoveGoalCommand
    from ui.commands.items import RemoveItemCommand
    from ui.commands.panel import AddDisagreementCommand

    db = session.db
    plan_id = plan_files.add_example_plan(db)
    step, line, answer = (_first(db, plan_id, kind) for kind in ("step", "support_line", "about_me_answer"))
    goal_id = next(g.goal_id for g in goals.list_goals(db, plan_id)
                   if any(s.step_id == step.item_id for s in g.steps))
    untouched = [v for v in _views(db, plan_id) if v[1] != answer.item_id]  # the example's own
    for kind, item_id in (("step", step.item_id), ("goal", goal_id), ("support_line", line.item_id),
                          ("about_me_answer", answer.item_id)):
        session.execute(AddDisagreementCommand(session, plan_id, kind, item_id, "Mair", "family",
                                               f"Not so sure about this {kind}.", "team"))
    everything = _views(db, plan_id)
    for remove in (RemoveGoalCommand(session, plan_id, goal_id),
                   RemoveItemCommand(session, plan_id, support_lines.LINE, line.item_id),
                   RemoveAnswerCommand(session, plan_id, answer.item_id)):
        session.execute(remove)
    assert _views(db, plan_id) == untouched
    for _ in range(3):
        session.undo_stack.undo()
    assert _views(db, plan_id) == everything
    for _ in range(4):  # the views themselves, one by one
        session.undo_stack.undo()
    assert len(_views(db, plan_id)) == len(everything) - 4
    for _ in range(7):
        session.undo_stack.redo()
    assert _views(db, plan_id) == untouched
