"""Copies sent to the panel travel in the plan file, byte for byte, so a plan that moves to
another computer keeps its record of what the panel was sent (and "what changed" works there).
A copy never holds the copies before it; a changed or misnamed copy in a file is refused."""

import io
import json
import zipfile

import pytest

from planner.errors import NotAPlanFile
from planner.export.audience import for_audience
from planner.plan_file.document import content_of
from planner.plan_file.reader import read_plan_bytes
from planner.plan_file.writer import plan_file_bytes, write_plan_file
from planner.services import frozen_copies, health, plan_files, plans, what_changed
from planner.storage.database import Database


@pytest.fixture
def sent_twice(db):
    db.actor = "Priya Shah"
    plan_id = plan_files.add_example_plan(db)
    first = frozen_copies.submit(db, plan_id, invariant=True)
    plans.update_plan(db, plan_id, title="Leri's plan, as sent again")
    second = frozen_copies.submit(db, plan_id, invariant=True)
    return plan_id, first, second


def test_copies_travel_in_the_plan_file_exactly(db, sent_twice, tmp_path):
    plan_id, first, second = sent_twice
    document = plan_files.plan_document(db, plan_id)
    listed = document.data["plan"]["frozen_copies"]
    assert [c["plan_file_sha256"] for c in listed] == [first.plan_file_sha256, second.plan_file_sha256]
    assert listed[0]["submitted_by"] == "Priya Shah" and listed[0]["panel_date"] == "2026-12-03"
    path = write_plan_file(document, tmp_path / "leri.smallsteps")

    elsewhere = Database.open(tmp_path / "broker")
    try:
        moved = plan_files.import_plan_file(elsewhere, path)
        copies = frozen_copies.list_copies(elsewhere, moved)
        assert [c.plan_file_sha256 for c in copies] == [first.plan_file_sha256, second.plan_file_sha256]
        for here, there in zip((first, second), copies, strict=True):
            assert frozen_copies.copy_bytes(elsewhere, there.copy_id) == frozen_copies.copy_bytes(db, here.copy_id)
            assert frozen_copies.verify(elsewhere, there.copy_id)
        changes = what_changed.what_changed(elsewhere, moved, copies[0].copy_id, copies[1].copy_id)
        assert any("as sent again" in change.sentence() for change in changes)
        assert content_of(plan_files.plan_document(elsewhere, moved)) == content_of(document)
        assert health.check_database(elsewhere) == []
    finally:
        elsewhere.close()


def test_a_copy_never_holds_the_copies_before_it(db, sent_twice):
    _plan_id, _first, second = sent_twice
    plan_file, _pack = frozen_copies.copy_bytes(db, second.copy_id)
    with zipfile.ZipFile(io.BytesIO(plan_file)) as archive:
        assert not [n for n in archive.namelist() if n.startswith("frozen/")]
        assert "frozen_copies" not in json.loads(archive.read("plan.json"))["plan"]


def test_no_export_receives_the_copies(db, sent_twice):
    plan_id, _first, _second = sent_twice
    document = plan_files.plan_document(db, plan_id)
    for audience in ("me", "team", "panel"):
        assert not [n for n in for_audience(document, audience).pictures if n.startswith("frozen/")]


def test_what_changed_against_today_ignores_the_record_of_copies(db, sent_twice):
    plan_id, first, second = sent_twice
    changes = what_changed.what_changed(db, plan_id, second.copy_id)
    assert [c for c in changes if "copy" in c.sentence().lower() or "frozen" in c.sentence().lower()] == []


@pytest.mark.parametrize("how", ["bytes changed", "named wrongly", "missing", "pack not a pdf", "sha too short"])
def test_a_changed_or_odd_copy_in_a_file_is_refused(db, sent_twice, how):
    plan_id, _first, _second = sent_twice
    document = plan_files.plan_document(db, plan_id)
    copy = document.data["plan"]["frozen_copies"][0]
    if how == "bytes changed":
        name = copy["pack_pdf"]
        document.pictures[name] = document.pictures[name] + b"\n% a line added later"
    elif how == "named wrongly":
        old = copy["plan_file"]
        copy["plan_file"] = "frozen/" + "0" * 64 + ".smallsteps"
        document.pictures[copy["plan_file"]] = document.pictures.pop(old)
    elif how == "missing":
        del document.pictures[copy["plan_file"]]
    elif how == "pack not a pdf":
        fake = b"not a pdf at all"
        import hashlib

        sha = hashlib.sha256(fake).hexdigest()
        del document.pictures[copy["pack_pdf"]]
        copy["pack_pdf"], copy["pack_pdf_sha256"] = f"frozen/{sha}.pdf", sha
        document.pictures[copy["pack_pdf"]] = fake
    else:
        copy["plan_file_sha256"] = "abc"
    before = len(frozen_copies.list_copies(db, plan_id))
    with pytest.raises(NotAPlanFile):
        read_plan_bytes(plan_file_bytes(document))
    assert len(frozen_copies.list_copies(db, plan_id)) == before
