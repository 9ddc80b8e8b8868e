"""The life-charts in the plan file both ways, the example plan, the audience filter and the
pictures made for an audience, the command line, and the upgrade from the first schema."""

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from planner.charts import life_story as life_story_chart
from planner.charts import people_map
from planner.errors import InvalidInput, NotAPlanFile
from planner.export.life_charts import chart_for, chart_picture, check_dpi
from planner.plan_file.document import content_of
from planner.plan_file.reader import check_data, read_plan_bytes
from planner.plan_file.writer import plan_file_bytes
from planner.services import life_story, people, people_places, plan_files, week
from planner.services import pictures as picture_service
from planner.storage import schema
from planner.storage.database import Database
from tests.helpers import assert_rows_kept, example_json, first_schema_rows

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_example_has_a_life_story_a_map_and_a_full_week(db):
    plan_id = plan_files.add_example_plan(db)
    moments = life_story.list_moments(db, plan_id)
    assert len(moments) >= 10
    assert {m.feeling for m in moments} == {1, 2, 3, 4, 5}
    assert {m.when.kind for m in moments} == {"year", "year_month", "age", "unknown"}
    members = people_places.list_members(db, plan_id)
    assert len(members) >= 12
    assert {m.closeness for m in members} == {"very_close", "close", "around"}
    assert {m.kind for m in members} == {"person", "place", "service", "group", "pet"}
    names = " ".join(m.name for m in members)
    for who in ("Anwen", "Tomos Baptiste", "Priya Shah", "allotment", "library", "peer-support", "Gwen"):
        assert who in names
    entries = week.list_entries(db, plan_id)
    assert {(e.day, e.time_of_day) for e in entries} == {(d, t) for d in week.DAYS for t in week.TIMES}
    for items in (moments, members, entries):
        assert {i.visibility for i in items} == {"private", "team", "panel"}


def test_everything_goes_out_and_comes_back_the_same(db, tmp_path):
    plan_id = people.add_person(db, "Siân").plan_id
    photo = picture_service.add_symbol(db, plan_id, "1F415", "Ci", "team")
    life_story.add_moment(db, plan_id, "Ŵyn bach 🐑", "Stori\nhir", "age", age=6, approximate=True,
                          feeling=5, kind="home", visibility="team", picture_id=photo.picture_id)
    life_story.add_moment(db, plan_id, "Not sure", feeling=2)
    life_story.add_moment(db, plan_id, "April", when_kind="year_month", year=1997, month=4, visibility="panel")
    people_places.add_member(db, plan_id, "Anwen", contact="07700", contact_visibility="team",
                             closeness="very_close", picture_id=photo.picture_id)
    people_places.add_member(db, plan_id, "Library", kind="place", closeness="around")
    week.add_entry(db, plan_id, "sunday", "night", "Sleep", feeling=None)
    week.add_entry(db, plan_id, "monday", "morning", "B", position=0)
    week.add_entry(db, plan_id, "monday", "morning", "A", position=0)
    path = plan_files.export_plan_file(db, plan_id, tmp_path / "p.smallsteps")
    data = json.loads(zipfile.ZipFile(path).read("plan.json"))
    assert data["plan"]["life_story"][0]["when"] == {"age": 6, "around": True}
    assert data["plan"]["life_story"][0]["picture_id"] == "p1"
    assert data["plan"]["people_places"][0]["contact"] == {"details": "07700", "visibility": "team"}
    assert data["plan"]["people_places"][1]["contact"] is None
    assert [e["title"] for e in data["plan"]["week"]] == ["A", "B", "Sleep"]
    other = Database.open(tmp_path / "other")
    new_id = plan_files.import_plan_file(other, path)
    assert content_of(plan_files.plan_document(other, new_id)) == content_of(plan_files.plan_document(db, plan_id))
    other.close()


def test_the_example_round_trips(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    other = Database.open(tmp_path / "other")
    new_id = plan_files.add_document(other, read_plan_bytes(plan_file_bytes(document)))
    assert content_of(plan_files.plan_document(other, new_id)) == content_of(document)
    other.close()


def _with(change) -> dict:
    data = example_json()
    change(data)
    return data


@pytest.mark.parametrize("name,change", [
    ("no title", lambda d: d["plan"]["life_story"][0].update(title=" ")),
    ("feeling", lambda d: d["plan"]["life_story"][0].update(feeling=6)),
    ("kind", lambda d: d["plan"]["life_story"][0].update(kind="party")),
    ("age too big", lambda d: d["plan"]["life_story"][0].update(when={"age": 121})),
    ("year and age", lambda d: d["plan"]["life_story"][0].update(when={"year": 1990, "age": 3})),
    ("month alone", lambda d: d["plan"]["life_story"][0].update(when={"month": 3})),
    ("extra field", lambda d: d["plan"]["life_story"][0].update(secret="x")),
    ("visibility", lambda d: d["plan"]["people_places"][0].pop("visibility")),
    ("contact visibility", lambda d: d["plan"]["people_places"][0].update(contact={"details": "1"})),
    ("closeness", lambda d: d["plan"]["people_places"][0].update(closeness="far")),
    ("member kind", lambda d: d["plan"]["people_places"][0].update(kind="robot")),
    ("day", lambda d: d["plan"]["week"][0].update(day="funday")),
    ("time", lambda d: d["plan"]["week"][0].update(time="noon")),
    ("week title", lambda d: d["plan"]["week"][0].update(title="")),
    ("too many", lambda d: d["plan"].update(week=d["plan"]["week"] * 40)),
])
def test_bad_life_chart_data_is_refused(name, change):
    with pytest.raises(NotAPlanFile):
        check_data(_with(change))


def test_a_date_in_the_future_in_a_file_is_refused_with_its_reason(db):
    data = _with(lambda d: d["plan"]["life_story"][0].update(when={"year": 9999}))
    check_data(data)  # the schema allows it; the plan's own rules do not
    raw = plan_file_bytes(type(plan_files.example_document())(data, plan_files.example_document().pictures))
    with pytest.raises(NotAPlanFile, match="hasn't happened yet"):
        plan_files.add_document(db, read_plan_bytes(raw))


def test_the_panel_sees_only_what_was_shared_with_it(db):
    plan_id = plan_files.add_example_plan(db)
    private = life_story.add_moment(db, plan_id, "A private moment no one else sees", feeling=1)
    people_places.add_member(db, plan_id, "Secret Friend Sioned", closeness="very_close")
    people_places.add_member(db, plan_id, "Dr Panel-Visible", kind="service", visibility="panel",
                             contact="01632 960000 private number")
    document = plan_files.plan_document(db, plan_id)
    for chart in ("life-story", "people-map", "week"):
        text = chart_for(document, chart, "panel").all_text()
        assert private.title not in text and "Secret Friend" not in text and "private number" not in text
        assert "Dad died" not in text  # shared with the team only
        assert "Lambs in the spring" not in text
    panel_map = chart_for(document, "people-map", "panel").all_text()
    assert "Dr Panel-Visible" in panel_map and "Tomos Baptiste" in panel_map
    assert "My first job" in chart_for(document, "life-story", "panel").all_text()
    assert "Awake a lot, worrying" not in chart_for(document, "week", "panel").all_text()
    mine = chart_for(document, "life-story", "me").all_text()
    assert private.title in mine and "Dad died" in mine
    team = chart_for(document, "people-map", "team").all_text()
    assert "Anwen" in team and "Secret Friend" not in team


def test_a_picture_for_the_panel_leaves_out_private_photos(db):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    chart = chart_for(document, "people-map", "panel")
    from planner.charts.geometry import PictureBox

    assert not any(isinstance(s, PictureBox) and s.picture.startswith("pictures/") for s in chart.shapes)
    mine = chart_for(document, "people-map", "me")
    assert any(isinstance(s, PictureBox) and s.picture.startswith("pictures/") for s in mine.shapes)


@pytest.mark.parametrize("chart", ["life-story", "people-map", "week"])
@pytest.mark.parametrize("kind", ["png", "jpg"])
def test_pictures_are_a4_landscape_at_150_dpi(db, chart, kind):
    document = plan_files.plan_document(db, plan_files.add_example_plan(db))
    data = chart_picture(document, chart, "team", kind)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == ("PNG" if kind == "png" else "JPEG")
        assert image.size == (1754, 1240)
        assert "exif" not in image.info
    small = chart_picture(document, chart, "me", kind, dpi=72)
    assert Image.open(io.BytesIO(small)).size == (842, 595)


@pytest.mark.parametrize("dpi", [0, 49, 601, 100_000, -5, True, "150"])
def test_a_silly_resolution_is_refused(dpi):
    with pytest.raises(InvalidInput, match="dots per inch"):
        check_dpi(dpi)


def test_unknown_chart_or_audience():
    document = plan_files.example_document()
    with pytest.raises(InvalidInput):
        chart_for(document, "pie", "me")
    with pytest.raises(InvalidInput):
        chart_for(document, "week", "everyone")


def test_the_command_line_exports_each_picture(data_dir, tmp_path, capsys):
    from planner.cli import main

    assert main(["--data-dir", str(data_dir), "example"]) == 0
    plan = capsys.readouterr().out.strip()
    for kind in ("life-story-png", "life-story-jpg", "people-map-png", "people-map-jpg", "week-png", "week-jpg"):
        out = tmp_path / f"{kind}.{kind[-3:]}"
        assert main(["--data-dir", str(data_dir), "export", plan, "--as", kind, "-o", str(out),
                     "--audience", "panel"]) == 0
        assert Image.open(out).size == (1754, 1240)
    out = tmp_path / "small.png"
    assert main(["--data-dir", str(data_dir), "export", plan, "--as", "week-png", "-o", str(out), "--dpi", "72"]) == 0
    assert Image.open(out).size == (842, 595)
    assert main(["--data-dir", str(data_dir), "export", plan, "--as", "week-png", "-o", str(out), "--dpi", "9000"]) == 1
    assert "dots per inch" in capsys.readouterr().err


def test_first_schema_with_data_upgrades_and_the_life_charts_work(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-0001.db", data_dir / "smallsteps.db")
    before = first_schema_rows(data_dir / "smallsteps.db")
    db = Database.open(data_dir)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        assert_rows_kept(connection, before)
    plan_id = before["plan"][1][0][0]
    life_story.add_moment(db, plan_id, "Moved in", when_kind="year", year=2020)
    people_places.add_member(db, plan_id, "Anwen")
    week.add_entry(db, plan_id, "monday", "morning", "Walk")
    document = plan_files.plan_document(db, plan_id)
    assert len(document.data["plan"]["life_story"]) == 1
    assert life_story_chart.layout(document.data).all_text()
    assert people_map.layout(document.data).all_text()
    db.close()
