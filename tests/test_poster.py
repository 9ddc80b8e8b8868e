"""The picture plan: laid out as geometry, drawn at 150 or 300 dpi, A4 or A3, either way up."""

import io

import pytest
from PIL import Image

from planner.charts import poster
from planner.charts.geometry import layout_problems
from planner.errors import PlannerError
from planner.export.audience import for_audience
from planner.services import exports, plan_files


@pytest.mark.parametrize("size,landscape", [("a4", False), ("a4", True), ("a3", False), ("a3", True)])
def test_layout_fits_and_repeats(db, size, landscape):
    plan_id = plan_files.add_example_plan(db)
    data = plan_files.plan_document(db, plan_id).data
    chart = poster.layout(data, size, landscape)
    assert layout_problems(chart) == []
    assert poster.layout(data, size, landscape) == chart
    assert (chart.width > chart.height) == landscape
    assert "OpenMoji" in chart.all_text()


def test_pictures_at_both_resolutions(db):
    plan_id = plan_files.add_example_plan(db)
    png = Image.open(io.BytesIO(exports.export_bytes(db, plan_id, "poster-png")))
    assert png.format == "PNG" and png.size == (1240, 1754)
    jpg = Image.open(io.BytesIO(exports.export_bytes(db, plan_id, "poster-jpg", dpi=300)))
    assert jpg.format == "JPEG" and jpg.size == (2480, 3508)
    with pytest.raises(PlannerError):
        exports.export_bytes(db, plan_id, "poster-png", dpi=72)


def test_the_panel_poster_shows_only_what_the_panel_may_see(db):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    mine = poster.layout(for_audience(document, "me").data).all_text()
    panels = poster.layout(for_audience(document, "panel").data).all_text()
    assert "I grew up on a farm" in mine  # shared with the team only
    assert "I grew up on a farm" not in panels


def test_an_empty_plan_still_makes_a_poster(db):
    from planner.services import people

    added = people.add_person(db, "Only A Name")
    chart = poster.layout(plan_files.plan_document(db, added.plan_id).data)
    assert layout_problems(chart) == [] and "Only A Name" in chart.all_text()
