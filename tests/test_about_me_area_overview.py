"""The overview of About me reads each area's count and first few answers (issue 17: a plan with
thousands of answers), the same answers, in the same order, as the whole list gives."""

from planner.domain.about_me import AREA_KEYS
from planner.services import about_me, people, plan_files


def test_each_areas_count_and_first_answers_match_the_whole_list(db):
    plan_id = plan_files.add_example_plan(db)
    for number in range(7):  # one area with more than are shown
        about_me.add_answer(db, plan_id, "home", "", f"More words {number}")
    every = about_me.list_answers(db, plan_id)
    for shown in (0, 1, 3, 50):
        overview = about_me.area_overview(db, plan_id, shown)
        assert list(overview) == list(AREA_KEYS)
        for area, (total, first) in overview.items():
            mine = [a for a in every if a.area == area]
            assert total == len(mine) and first == mine[:shown]


def test_an_empty_plan_has_nothing_in_any_area(db):
    plan_id = people.add_person(db, "Nia").plan_id
    assert about_me.area_overview(db, plan_id, 3) == {area: (0, []) for area in AREA_KEYS}
