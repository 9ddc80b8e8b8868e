"""Round trip, as a property: any plan the program can hold exports and re-imports equal."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.plan_file.document import content_of
from planner.services import people, plan_files, plans
from planner.storage.database import Database

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80
).map(str.strip)
name = text.filter(lambda t: t.strip() != "")
visibility = st.sampled_from(["private", "team", "panel"])
role = st.sampled_from(["me", "care_coordinator", "support_worker", "family", "friend", "broker",
                        "advocate", "other"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    person_name=name,
    details=st.fixed_dictionaries({
        "preferred_name": text, "pronouns": text.map(lambda t: t[:100]),
        "details_visibility": visibility, "needs_easy_read": st.booleans(),
        "needs_large_text": st.booleans(), "other_communication_needs": text,
        "date_of_birth": st.one_of(st.none(), st.dates(min_value=__import__("datetime").date(1930, 1, 1),
                                                       max_value=__import__("datetime").date(2020, 1, 1))),
    }),
    title=text,
    helpers=st.lists(st.tuples(name, role, visibility), max_size=6),
)
def test_any_plan_round_trips(person_name, details, title, helpers):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = Database.open(folder / "a")
        added = people.add_person(db, person_name)
        people.update_person(db, added.person_id, **details)
        plans.update_plan(db, added.plan_id, title=title)
        for helper in helpers:
            plans.add_helper(db, added.plan_id, *helper)
        path = plan_files.export_plan_file(db, added.plan_id, folder / "p.smallsteps")
        other = Database.open(folder / "b")
        new_id = plan_files.import_plan_file(other, path)
        assert content_of(plan_files.plan_document(other, new_id)) == content_of(
            plan_files.plan_document(db, added.plan_id))
        db.close()
        other.close()
