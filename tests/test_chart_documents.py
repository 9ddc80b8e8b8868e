"""A page showing one chart reads only that chart's part of the plan (issue 17: a huge plan's
chart pages must not read every goal and step), and draws exactly what the whole plan draws."""

from planner.export.audience import for_audience
from planner.export.life_charts import CHART_PARTS, CHARTS
from planner.services import plan_files


def test_a_charts_document_holds_its_part_the_person_and_the_pictures_only(db):
    plan_id = plan_files.add_example_plan(db)
    whole = plan_files.plan_document(db, plan_id)
    for chart, parts in CHART_PARTS.items():
        partial = plan_files.plan_document(db, plan_id, parts)
        plan = partial.data["plan"]
        assert set(parts) <= set(plan) and "pictures" in plan
        assert "goals" not in plan and "support_budget" not in plan  # not read at all
        assert partial.data["person"] == whole.data["person"]
        for part in parts:
            assert plan[part] == whole.data["plan"][part] and plan[part]  # the example has each
        # of the pictures, the ones its part links to, as the whole plan has them (the same ids)
        linked = {item.get("picture_id") for part in parts for item in plan[part]} - {None}
        assert plan["pictures"] == [p for p in whole.data["plan"]["pictures"] if p["id"] in linked]
        assert partial.pictures == {name: whole.pictures[name] for name in
                                    [p["picture"] for p in plan["pictures"] if "picture" in p]
                                    + ([partial.data["person"]["photo"]["picture"]]
                                       if partial.data["person"]["photo"] else [])}
        for audience in ("me", "team", "panel"):
            drawn = CHARTS[chart](for_audience(partial, audience).data)
            assert drawn == CHARTS[chart](for_audience(whole, audience).data)


def test_the_whole_document_is_unchanged_without_a_choice_of_parts(db):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    assert {"goals", "support_budget", "life_story", "week", "about_me"} <= set(document.data["plan"])


def _without_time(document):
    return {key: value for key, value in document.data.items() if key != "exported_at"}, document.pictures


def test_a_list_and_its_charts_document_read_together_are_what_each_reads_alone(db):
    from planner.services import life_story, people_places
    from tests.benchmarks.bench_exports import large_document

    for plan_id in (plan_files.add_example_plan(db), plan_files.add_document(db, large_document())):
        for together, alone, part in (
                (life_story.moments_with_document, life_story.list_moments, "life-story"),
                (people_places.members_with_document, people_places.list_members, "people-map")):
            records, document = together(db, plan_id)
            assert records == alone(db, plan_id)
            assert _without_time(document) == _without_time(plan_files.plan_document(db, plan_id, CHART_PARTS[part]))
            assert document.pictures or part == "life-story"  # (the very large plan's map has photos)
