"""The panel page names the items disagreements are written beside by reading only those items
(issue 17: not every step of a huge plan), in exactly the words the full list uses."""

import pytest

from planner.errors import NotFound
from planner.services import authorship, people, plan_files


def test_labels_of_some_items_are_the_full_lists_words(db):
    plan_id = plan_files.add_example_plan(db)
    every = authorship.items_of(db, plan_id)
    kinds = {ref.item_kind for ref in every}
    assert {"step", "goal", "need"} <= kinds
    chosen = [ref for ref in every if ref.item_kind == "step"][:3] + \
        [next(ref for ref in every if ref.item_kind == kind) for kind in sorted(kinds)]
    labels = authorship.item_labels(db, plan_id, [(r.item_kind, r.item_id) for r in chosen])
    assert labels == {(r.item_kind, r.item_id): r.label for r in chosen}


def test_other_plans_items_and_odd_refs_are_left_out(db):
    plan_id = plan_files.add_example_plan(db)
    other = people.add_person(db, "Nia").plan_id
    step = next(ref for ref in authorship.items_of(db, plan_id) if ref.item_kind == "step")
    assert authorship.item_labels(db, other, [("step", step.item_id)]) == {}
    assert authorship.item_labels(db, plan_id, [("no such kind", 1), ("goal", 10**9)]) == {}
    assert authorship.item_labels(db, plan_id, []) == {}
    with pytest.raises(NotFound):
        authorship.item_labels(db, 10**9, [])
