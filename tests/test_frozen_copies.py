"""Copies sent to the panel are frozen: nothing can change them, and their hashes verify."""

import contextlib
import hashlib
import inspect
import pkgutil
import zipfile
from io import BytesIO

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

import planner.services
from planner.errors import PlannerError
from planner.services import (
    about_me,
    frozen_copies,
    people,
    plan_files,
    plan_status,
    plans,
    what_changed,
)
from planner.storage.panel_models import FrozenCopy


@pytest.fixture
def sent(db):
    db.actor = "Priya Shah"
    plan_id = plan_files.add_example_plan(db)
    copy = frozen_copies.submit(db, plan_id, invariant=True)
    return plan_id, copy


def _snapshot(db, copy_id):
    with db.engine.connect() as connection:
        return tuple(connection.execute(text("SELECT * FROM frozen_copy WHERE id = :id"), {"id": copy_id}).one())


def test_submitting_freezes_the_plan_file_and_the_pack_with_hashes_date_and_who(db, sent):
    plan_id, copy = sent
    plan_file, pdf = frozen_copies.copy_bytes(db, copy.copy_id)
    assert hashlib.sha256(plan_file).hexdigest() == copy.plan_file_sha256
    assert hashlib.sha256(pdf).hexdigest() == copy.pack_pdf_sha256
    assert pdf.startswith(b"%PDF") and frozen_copies.verify(db, copy.copy_id)
    assert copy.submitted_by == "Priya Shah" and copy.panel_date.isoformat() == "2026-12-03"
    with zipfile.ZipFile(BytesIO(plan_file)) as archive:
        assert "plan.json" in archive.namelist()
    frozen = frozen_copies.copy_document(db, copy.copy_id).data
    assert frozen["person"]["name"] == "Eleri Llŷr Hughes" and frozen["plan"]["panel_date"] == "2026-12-03"
    standing = plan_status.get_standing(db, plan_id)
    assert standing.status == "at_panel" and standing.history[-1].actor == "Priya Shah"
    assert [c.copy_id for c in frozen_copies.list_copies(db, plan_id)] == [copy.copy_id]


def _arguments(function, db, number, tmp_path):
    values = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind in (parameter.VAR_KEYWORD, parameter.VAR_POSITIONAL):
            continue
        if parameter.default is not parameter.empty:
            break
        if parameter.name == "db":
            values.append(db)
        elif parameter.name.endswith("_id") or parameter.name in ("old_copy", "new_copy"):
            values.append(number)
        elif "path" in parameter.name or "dir" in parameter.name or parameter.name in ("out", "folder"):
            values.append(tmp_path / f"out-{function.__name__}")
        else:
            values.append("changed")
    return values


SKIPPED_MODULES = {"encryption", "backups"}  # they swap whole database files, never rows


def test_no_service_function_can_change_a_frozen_copy(db, sent, tmp_path):
    """Every public service function is called with the copy's id and the plan's id (and the usual
    edits are made for real); the frozen copy stays byte for byte what it was."""
    plan_id, copy = sent
    before = _snapshot(db, copy.copy_id)
    called = 0
    for info in pkgutil.iter_modules(planner.services.__path__):
        if info.name in SKIPPED_MODULES:
            continue
        module = __import__(f"planner.services.{info.name}", fromlist=["_"])
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            for number in {copy.copy_id, plan_id}:
                with contextlib.suppress(Exception):  # odd arguments may fail; the copy must not change
                    function(*_arguments(function, db, number, tmp_path))
                called += 1
    assert called > 100
    # The ordinary edits, for real.
    plans.update_plan(db, plan_id, title="A new title")
    plan_status.set_status(db, plan_id, "agreed_with_changes", note="Fewer hours at first.")
    answer = about_me.add_answer(db, plan_id, "home", "", "I've painted the kitchen.")
    about_me.remove_answer(db, answer.answer_id)
    people.remove_person(db, people.list_people(db)[0].person_id)
    people.restore_person(db, people.list_people(db)[0].person_id if people.list_people(db) else 1)
    assert _snapshot(db, copy.copy_id) == before
    assert frozen_copies.verify(db, copy.copy_id)


def test_the_database_and_the_orm_refuse_changes(db, sent):
    _plan_id, copy = sent
    with db.engine.begin() as connection, pytest.raises((IntegrityError, OperationalError)):
        connection.execute(text("UPDATE frozen_copy SET pack_pdf = x'00' WHERE id = :id"), {"id": copy.copy_id})
    with db.engine.begin() as connection, pytest.raises((IntegrityError, OperationalError)):
        connection.execute(text("DELETE FROM frozen_copy WHERE id = :id"), {"id": copy.copy_id})
    with pytest.raises(PlannerError), db.session() as session:
        session.get(FrozenCopy, copy.copy_id).submitted_by = "Someone else"
    with pytest.raises(PlannerError), db.session() as session:
        session.delete(session.get(FrozenCopy, copy.copy_id))
    assert frozen_copies.verify(db, copy.copy_id)


def test_a_copy_changed_behind_our_back_is_found(db, sent):
    _plan_id, copy = sent
    with db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER frozen_copy_no_update"))
        connection.execute(text("UPDATE frozen_copy SET pack_pdf = x'25504446' WHERE id = :id"), {"id": copy.copy_id})
    assert not frozen_copies.verify(db, copy.copy_id)
    from planner.services.health import check_database

    problems = " ".join(check_database(db))
    assert "no longer matches what was sent" in problems and "guard" in problems


def test_copies_export_as_they_were(db, sent, tmp_path):
    plan_id, copy = sent
    plan_file, pdf = frozen_copies.copy_bytes(db, copy.copy_id)
    plans.update_plan(db, plan_id, title="Changed since")
    assert frozen_copies.export_copy(db, copy.copy_id, "panel-pdf", tmp_path / "p.pdf").read_bytes() == pdf
    assert frozen_copies.export_copy(db, copy.copy_id, "plan-file", tmp_path / "p.smallsteps").read_bytes() == plan_file
    made = frozen_copies.export_copy(db, copy.copy_id, "team-pdf", tmp_path / "t.pdf").read_bytes()
    assert made.startswith(b"%PDF")
    imported = plan_files.import_plan_file(db, tmp_path / "p.smallsteps")
    assert plans.get_plan(db, imported).title != "Changed since"
    with pytest.raises(PlannerError):
        frozen_copies.export_copy(db, copy.copy_id, "no-such-kind", tmp_path / "x")


def test_what_changed_since_a_copy_and_between_copies(db, sent):
    plan_id, first = sent
    plans.update_plan(db, plan_id, title="Back to the allotment, again")
    changes = what_changed.what_changed(db, plan_id, first.copy_id)
    assert any(c.field == "the name" and "again" in c.new for c in changes)
    plan_status.set_status(db, plan_id, "ready_for_panel", "2026-12-17")
    second = frozen_copies.submit(db, plan_id)
    between = what_changed.what_changed(db, plan_id, first.copy_id, second.copy_id, "panel")
    assert any("again" in c.new for c in between)
    assert any(c.field == "the panel date" for c in between)
    other = plan_files.add_example_plan(db)
    with pytest.raises(PlannerError):
        what_changed.what_changed(db, other, first.copy_id)


def test_deleting_someone_for_good_takes_their_copies_with_them(db, sent):
    plan_id, copy = sent
    person_id = plans.get_plan(db, plan_id).person_id
    people.remove_person(db, person_id)
    people.purge_removed(db)
    assert frozen_copies.list_copies(db, plan_id) == []


def test_a_plan_needs_a_panel_date_and_a_pack_to_be_sent(db):
    plan_id = people.add_person(db, "Dai").plan_id
    with pytest.raises(PlannerError, match="date of the panel"):
        frozen_copies.submit(db, plan_id)
    submission = frozen_copies.prepare(db, plan_id, "2027-01-14")
    with pytest.raises(PlannerError):
        frozen_copies.freeze(db, submission, b"not a pdf")
    assert frozen_copies.list_copies(db, plan_id) == []
