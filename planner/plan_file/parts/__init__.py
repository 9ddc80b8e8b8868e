"""The parts of a plan in the plan document, each in a module of its own.

A part module defines `PART = Part(key, dump, load)` (see `planner.plan_file.document`); add it
to `all_parts()` below. Its items carry `"visibility"`, so the audience filter needs nothing new.
"""


def all_parts() -> list:
    """Every part, in the order they appear in `plan.json` (pictures first: others link to them)."""
    from planner.plan_file.parts import (
        about_me,
        frozen_copies,
        goals,
        life_story,
        meetings,
        needs,
        panel,
        people_places,
        pictures,
        reviews,
        staying_well,
        support_budget,
        week,
    )

    return [pictures.PART, about_me.PART, life_story.PART, people_places.PART, week.PART, needs.PART,
            goals.PART, reviews.PART, meetings.PART, staying_well.PART, support_budget.PART, *panel.PARTS,
            frozen_copies.PART]
