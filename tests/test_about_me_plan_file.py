"""About me and pictures in the plan file, both ways; the example; the audience filter;
and the upgrade from the first schema."""

import json
import shutil
from pathlib import Path

import pytest

from planner.domain.about_me import AREA_KEYS
from planner.errors import NotAPlanFile
from planner.export.audience import for_audience
from planner.plan_file.document import content_of
from planner.plan_file.reader import check_data, read_plan_bytes
from planner.plan_file.writer import plan_file_bytes
from planner.services import about_me, people, plan_files
from planner.services import pictures as picture_service
from planner.storage import schema
from planner.storage.database import Database
from tests.helpers import assert_rows_kept, example_json, first_schema_rows, zip_of

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_example_fills_all_seven_areas_with_answers_symbols_and_a_photo(db):
    plan_id = plan_files.add_example_plan(db)
    counts = about_me.area_counts(db, plan_id)
    assert all(counts[area] >= 3 for area in AREA_KEYS), counts
    kinds = [p.kind for p in picture_service.list_pictures(db, plan_id)]
    assert kinds.count("photo") == 1 and kinds.count("symbol") >= 5
    answers = about_me.list_answers(db, plan_id)
    assert sum(1 for a in answers if a.picture and a.picture.kind == "photo") == 1
    assert {a.visibility for a in answers} == {"private", "team", "panel"}
    assert {a.tag for a in answers} >= {"good_at", "like", "dont_like", "change", "important_to_me"}
    photo = next(p for p in picture_service.list_pictures(db, plan_id) if p.kind == "photo")
    assert picture_service.photo_jpeg(db, photo.picture_id)[:2] == b"\xff\xd8"


def test_everything_goes_out_and_comes_back_the_same(db, tmp_path):
    plan_id = people.add_person(db, "Siân ŵ").plan_id
    symbol = picture_service.add_symbol(db, plan_id, "1F955", "Moron 🥕", "team")
    from planner.pictures import sanitise_picture
    from tests.helpers import jpeg_bytes

    photo = picture_service.add_photo(db, plan_id, sanitise_picture(jpeg_bytes()), "Y môr", "panel")
    picture_service.add_symbol(db, plan_id, "2615", "Tea, unused")
    about_me.add_answer(db, plan_id, "home", "space", "Fy nhŷ", "like", "team", symbol.picture_id)
    about_me.add_answer(db, plan_id, "home", "", "x" * 50_000, "", "private")
    about_me.add_answer(db, plan_id, "desirable_future", "hopes", "", "change", "panel", photo.picture_id)
    path = plan_files.export_plan_file(db, plan_id, tmp_path / "p.smallsteps")
    data = json.loads(__import__("zipfile").ZipFile(path).read("plan.json"))
    home = data["plan"]["about_me"]["home"]
    assert home[0] == {"prompt": "space", "text": "Fy nhŷ", "tag": "like", "visibility": "team",
                       "picture_id": "p1"}
    assert data["plan"]["pictures"][1]["picture"].startswith("pictures/")
    other = Database.open(tmp_path / "other")
    new_id = plan_files.import_plan_file(other, path)
    assert content_of(plan_files.plan_document(other, new_id)) == content_of(
        plan_files.plan_document(db, plan_id)
    )
    other.close()


def test_the_example_round_trips(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    again = read_plan_bytes(plan_file_bytes(document))
    other = Database.open(tmp_path / "other")
    new_id = plan_files.add_document(other, again)
    assert content_of(plan_files.plan_document(other, new_id)) == content_of(document)
    other.close()


def test_the_panel_sees_only_what_was_shared_with_it(db):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    panel = for_audience(document, "panel")
    for area, answers in panel.data["plan"]["about_me"].items():
        for answer in answers:
            assert answer["visibility"] == "panel", area
    assert all(p["visibility"] == "panel" for p in panel.data["plan"]["pictures"])
    assert panel.pictures == {}  # the photo is for the team only
    team = for_audience(document, "team")
    assert len(team.pictures) == 1
    texts = json.dumps(panel.data)
    assert "felt lost there" not in texts  # a private answer


def test_a_filtered_plan_with_links_to_missing_pictures_still_imports(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    panel = for_audience(document, "panel")
    for key in ("about_me", "pictures"):  # only this part filtered: the rest stays whole
        document.data["plan"][key] = panel.data["plan"][key]
    document.pictures = panel.pictures
    new_id = plan_files.add_document(db, read_plan_bytes(plan_file_bytes(document)))
    answers = about_me.list_answers(db, new_id)
    assert answers and all(a.visibility == "panel" for a in answers)
    assert all(a.picture is None or a.picture.visibility == "panel" for a in answers)


def _with(change) -> dict:
    data = example_json()
    change(data)
    return data


@pytest.mark.parametrize("name,change", [
    ("unknown area", lambda d: d["plan"]["about_me"].update(hobbies=[])),
    ("bad tag", lambda d: d["plan"]["about_me"]["home"][0].update(tag="loves")),
    ("no visibility", lambda d: d["plan"]["about_me"]["home"][0].pop("visibility")),
    ("bad visibility", lambda d: d["plan"]["about_me"]["home"][0].update(visibility="all")),
    ("extra field", lambda d: d["plan"]["about_me"]["home"][0].update(sql="DROP TABLE")),
    ("text too long", lambda d: d["plan"]["about_me"]["home"][0].update(text="x" * 100_001)),
    ("odd picture id", lambda d: d["plan"]["about_me"]["home"][0].update(picture_id="../x")),
    ("photo without file", lambda d: d["plan"]["pictures"][0].pop("picture")),
    ("symbol and photo", lambda d: d["plan"]["pictures"][1].update(picture="pictures/a.jpg")),
    ("bad symbol key", lambda d: d["plan"]["pictures"][1].update(symbol="../../etc")),
    ("picture no words field", lambda d: d["plan"]["pictures"][1].pop("description")),
    ("picture visibility", lambda d: d["plan"]["pictures"][1].update(visibility=None)),
])
def test_bad_about_me_data_is_refused(name, change):
    with pytest.raises(NotAPlanFile):
        check_data(_with(change))


def test_an_unknown_symbol_or_prompt_from_a_newer_version_is_let_go_gently(db):
    data = _with(lambda d: (d["plan"]["pictures"][1].update(symbol="1F999"),
                            d["plan"]["about_me"]["home"][0].update(prompt="newer_prompt")))
    pictures = {"pictures/allotment.jpg": plan_files.example_document().pictures["pictures/allotment.jpg"]}
    raw = zip_of({"plan.json": json.dumps(data)} | pictures)
    plan_id = plan_files.add_document(db, read_plan_bytes(raw))
    home = about_me.list_answers(db, plan_id, "home")
    assert home[0].prompt == ""
    assert len(picture_service.list_pictures(db, plan_id)) == 9


def test_first_schema_with_data_upgrades_and_about_me_works(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-0001.db", data_dir / "smallsteps.db")
    before = first_schema_rows(data_dir / "smallsteps.db")
    db = Database.open(data_dir)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        assert_rows_kept(connection, before)
    plan_id = before["plan"][1][0][0]
    picture = picture_service.add_symbol(db, plan_id, "1F955", "Carrots")
    about_me.add_answer(db, plan_id, "home", "space", "Mine", picture_id=picture.picture_id)
    about_me.set_place(db, plan_id, "home", "space")
    assert about_me.area_counts(db, plan_id)["home"] == 1
    assert (db.data_dir / "backups").is_dir()
    db.close()


def test_exports_that_show_symbols_credit_openmoji(db):
    from planner.export.credits import credits_for

    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    assert any("OpenMoji" in line and "CC BY-SA 4.0" in line for line in credits_for(document))
    bare = plan_files.plan_document(db, people.add_person(db, "No pictures").plan_id)
    assert credits_for(bare) == []
    only_private = for_audience(document, "panel")
    only_private.data["plan"]["pictures"] = [p for p in only_private.data["plan"]["pictures"]
                                             if p["kind"] != "symbol"]
    assert credits_for(only_private) == []
