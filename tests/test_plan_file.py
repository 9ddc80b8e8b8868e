"""The plan file: round trips, and every kind of bad file refused with the database unchanged."""

import io
import json
import stat
import zipfile

import pytest

from planner.errors import NotAPlanFile
from planner.plan_file.document import content_of
from planner.services import people, plan_files, plans
from tests.conftest import database_dump
from tests.helpers import example_bytes, example_json, jpeg_bytes, zip_of


def test_export_then_import_gives_equal_content(db, tmp_path):
    from planner.storage.database import Database

    plan_id = plan_files.add_example_plan(db)
    path = plan_files.export_plan_file(db, plan_id, tmp_path / "leri.smallsteps")
    other = Database.open(tmp_path / "other")
    new_id = plan_files.import_plan_file(other, path)
    assert content_of(plan_files.plan_document(other, new_id)) == content_of(
        plan_files.plan_document(db, plan_id)
    )
    other.close()


def test_a_photo_travels_in_pictures_folder(db, tmp_path):
    from planner.pictures import sanitise_picture
    from planner.storage.database import Database

    added = people.add_person(db, "Photo Person")
    people.set_photo(db, added.person_id, sanitise_picture(jpeg_bytes()), "Me at the beach")
    path = plan_files.export_plan_file(db, added.plan_id, tmp_path / "p.smallsteps")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        data = json.loads(archive.read("plan.json"))
    assert data["person"]["photo"]["picture"] in names
    assert data["person"]["photo"]["visibility"] == "private"
    other = Database.open(tmp_path / "other")
    new_id = plan_files.import_plan_file(other, path)
    new_person = plans.get_plan(other, new_id).person_id
    assert people.get_person(other, new_person).photo_description == "Me at the beach"
    assert people.get_photo(other, new_person)[:2] == b"\xff\xd8"
    other.close()


def _bad_files() -> dict[str, bytes]:
    good = example_json()
    newer = dict(good, version=99)
    wrong_format = dict(good, format="something-else")
    bad_type = json.loads(json.dumps(good))
    bad_type["person"]["name"] = ["not", "a", "name"]
    bad_visibility = json.loads(json.dumps(good))
    bad_visibility["plan"]["helpers"][0]["visibility"] = "everyone"
    extra_field = json.loads(json.dumps(good))
    extra_field["plan"]["sql"] = "DROP TABLE person"
    missing_picture = json.loads(json.dumps(good))
    missing_picture["person"]["photo"] = {"visibility": "private", "picture": "pictures/nothere.jpg"}
    broken_picture = json.loads(json.dumps(missing_picture))
    deep = "[" * 100_000 + "]" * 100_000
    deep_in_plan = json.dumps(good)[:-1] + ', "deep": ' + "[" * 60 + "]" * 60 + "}"
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("plan.json", json.dumps(good))
        archive.writestr("pictures/a.jpg", b"\0" * (50 * 1024 * 1024))
    link = io.BytesIO()
    with zipfile.ZipFile(link, "w") as archive:
        archive.writestr("plan.json", json.dumps(good))
        info = zipfile.ZipInfo("pictures/link.jpg")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    duplicate = io.BytesIO()
    with zipfile.ZipFile(duplicate, "w") as archive:
        archive.writestr("plan.json", json.dumps(good))
        with pytest.warns(UserWarning):
            archive.writestr("plan.json", json.dumps(good))
    return {
        "empty": b"",
        "random bytes": bytes(range(256)) * 40,
        "text": b"hello, I am not a plan",
        "zip without plan.json": zip_of({"notes.txt": "hi"}),
        "malformed json": zip_of({"plan.json": "{\"format\": \"small-steps-plan\", "}),
        "json not an object": zip_of({"plan.json": "[1, 2, 3]"}),
        "not utf-8": zip_of({"plan.json": b"\xff\xfe\x00bad"}),
        "wrong version": zip_of({"plan.json": json.dumps(newer)}),
        "version zero": zip_of({"plan.json": json.dumps(dict(good, version=0))}),
        "version as text": zip_of({"plan.json": json.dumps(dict(good, version="1"))}),
        "wrong format": zip_of({"plan.json": json.dumps(wrong_format)}),
        "wrong type": zip_of({"plan.json": json.dumps(bad_type)}),
        "bad visibility": zip_of({"plan.json": json.dumps(bad_visibility)}),
        "unknown field": zip_of({"plan.json": json.dumps(extra_field)}),
        "deep nesting": zip_of({"plan.json": deep}),
        "deep nesting in a plan": zip_of({"plan.json": deep_in_plan}),
        "missing picture": zip_of({"plan.json": json.dumps(missing_picture)}),
        "broken picture": zip_of({"plan.json": json.dumps(broken_picture),
                                  "pictures/nothere.jpg": b"\xff\xd8\xff not really"}),
        "path traversal": zip_of({"plan.json": json.dumps(good), "../../evil.jpg": b"x"}),
        "absolute path": zip_of({"plan.json": json.dumps(good), "/etc/evil": b"x"}),
        "backslash path": zip_of({"plan.json": json.dumps(good), "pictures\\..\\evil": b"x"}),
        "unexpected file": zip_of({"plan.json": json.dumps(good), "run.sh": b"rm -rf /"}),
        "zip bomb": bomb.getvalue(),
        "symlink": link.getvalue(),
        "duplicate names": duplicate.getvalue(),
        "truncated": example_bytes()[: len(example_bytes()) // 2],
    }


BAD_FILES = _bad_files()


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_files_are_refused_with_one_clear_line_and_nothing_changes(db, tmp_path, kind):
    plan_files.add_example_plan(db)
    before = database_dump(db.path)
    path = tmp_path / "bad.smallsteps"
    path.write_bytes(BAD_FILES[kind])
    with pytest.raises(NotAPlanFile) as raised:
        plan_files.import_plan_file(db, path)
    message = raised.value.message
    assert message and "\n" not in message and "Traceback" not in message
    assert database_dump(db.path) == before


def test_a_newer_plan_file_says_what_to_do(db, tmp_path):
    path = tmp_path / "new.smallsteps"
    path.write_bytes(zip_of({"plan.json": json.dumps(dict(example_json(), version=7))}))
    with pytest.raises(NotAPlanFile) as raised:
        plan_files.import_plan_file(db, path)
    assert "newer version of Small Steps" in raised.value.message and "7" in raised.value.message


def test_a_missing_file_is_a_clear_message(db, tmp_path):
    with pytest.raises(NotAPlanFile) as raised:
        plan_files.import_plan_file(db, tmp_path / "nowhere.smallsteps")
    assert "can't open" in raised.value.message


def test_a_failed_import_leaves_no_half_plan(db, tmp_path, monkeypatch):
    """The import is one transaction: a failure part way through adds nothing."""
    from planner.errors import StorageError
    from planner.storage import models

    path = tmp_path / "ok.smallsteps"
    path.write_bytes(example_bytes())
    real = models.PlanHelper

    def explode(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(models, "PlanHelper", explode)  # (the plan's loader takes it from there)
    with pytest.raises(StorageError):
        plan_files.import_plan_file(db, path)
    monkeypatch.setattr(models, "PlanHelper", real)
    assert people.list_people(db) == []


def test_writing_to_an_unwritable_place_is_a_clear_message(db, tmp_path):
    from planner.errors import PlannerError

    plan_id = plan_files.add_example_plan(db)
    with pytest.raises(PlannerError) as raised:
        plan_files.export_plan_file(db, plan_id, tmp_path / "no-such-folder" / "p.smallsteps")
    assert "can't save" in raised.value.message
    assert not list(tmp_path.glob("**/*.partial"))


def test_the_schema_is_published_and_valid():
    import jsonschema

    from planner.plan_file.reader import plan_schema

    jsonschema.Draft202012Validator.check_schema(plan_schema())
