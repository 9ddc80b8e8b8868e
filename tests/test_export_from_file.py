"""An export command reads the plan straight from the plans file (issue 17): the same document
as the database's own reading, and the usual way whenever the file needs more than reading."""

import sqlite3

import pytest

from planner.errors import NotFound
from planner.plan_file.document import read_plan
from planner.plan_file.reader import read_plan_file
from planner.plan_file.rows import SqliteReader
from planner.services import exports, frozen_copies, people, plan_files
from planner.storage import paths
from planner.storage.file_state import file_state


def _from_file(data_dir, plan_id):
    connection = sqlite3.connect(data_dir / paths.DATABASE_FILE)
    try:
        return read_plan(SqliteReader(connection), plan_id)
    finally:
        connection.close()


def _content(document):
    data = dict(document.data)
    data.pop("exported_at")
    return data, document.pictures


def test_the_file_read_with_sqlite3_gives_the_databases_own_document(db, data_dir):
    from tests.benchmarks.bench_exports import large_document

    example = plan_files.add_example_plan(db)
    frozen_copies.submit(db, example, "2027-01-14")  # a copy sent to the panel, the plan's history
    large = plan_files.add_document(db, large_document())
    for plan_id in (example, large):
        ours = _content(_from_file(data_dir, plan_id))
        assert ours == _content(plan_files.plan_document(db, plan_id))
        assert ours[0]["plan"]["frozen_copies"] or plan_id == large
        assert ours[0]["plan"]["support_budget"]["support_lines"]


def test_an_empty_plan_and_odd_words_read_the_same(db, data_dir):
    plan_id = people.add_person(db, "Siân 'O\u2019Brien' -- ; DROP TABLE plan; \U0001F600").plan_id
    ours = _content(_from_file(data_dir, plan_id))
    assert ours == _content(plan_files.plan_document(db, plan_id))
    assert ours[0]["plan"]["goals"] == [] and ours[1] == {}


def test_a_rows_columns_read_by_name_as_sqlalchemys_do():
    connection = sqlite3.connect(":memory:")
    reader = SqliteReader(connection)
    row, = reader.all("SELECT 1 AS plan_id, 'Siân' AS name, NULL AS count, 2 AS plan_id")
    assert (row.plan_id, row.name, row.count) == (1, "Siân", None)  # a name twice: its first
    assert row == (1, "Siân", None, 2) and row[3] == 2 and len(row) == 4
    assert repr(row) == "Row(plan_id=1, name='Siân', count=None, plan_id=2)"
    with pytest.raises(AttributeError):
        row.plan_id = 3  # read-only, as a row is
    with pytest.raises(AttributeError):
        row.title  # noqa: B018
    again, = reader.all("SELECT 5 AS plan_id, 'Leri' AS name, 0 AS count, 6 AS plan_id")
    assert type(again) is type(row) and again.name == "Leri"  # one class for the same columns
    assert reader.all("SELECT 1 AS x WHERE 0") == []


def test_an_export_from_the_file_is_written_and_the_check_noted(db, data_dir, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    note = data_dir / paths.CHECKED_FILE
    note.unlink(missing_ok=True)  # changed since its last check: the quick check runs first
    written = exports.export_from_file(data_dir, plan_id, "panel-pdf", tmp_path / "pack.pdf")
    assert written == tmp_path / "pack.pdf" and written.read_bytes().startswith(b"%PDF")
    assert note.read_text("utf-8") == file_state(data_dir / paths.DATABASE_FILE)
    plan = exports.export_from_file(data_dir, plan_id, "plan-file", tmp_path / "plan.smallsteps")
    assert read_plan_file(plan).data["person"]["name"] == "Eleri Llŷr Hughes"


def test_no_plan_or_a_removed_person_is_said_as_the_usual_way_says_it(db, data_dir, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    with pytest.raises(NotFound) as usual:
        exports.export(db, 999, "panel-pdf", tmp_path / "x.pdf")
    with pytest.raises(NotFound) as ours:
        exports.export_from_file(data_dir, 999, "panel-pdf", tmp_path / "x.pdf")
    assert ours.value.message == usual.value.message
    person_id = people.list_people(db)[0].person_id
    people.remove_person(db, person_id)
    with pytest.raises(NotFound):
        exports.export_from_file(data_dir, plan_id, "panel-pdf", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_usual_way_is_left_to_a_file_that_needs_more_than_reading(db, data_dir, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    out = tmp_path / "pack.pdf"
    assert exports.export_from_file(tmp_path / "nowhere", plan_id, "panel-pdf", out) is None
    db_file = data_dir / paths.DATABASE_FILE
    db.engine.dispose()
    with sqlite3.connect(db_file) as connection:  # an older schema: the usual way updates it
        connection.execute("UPDATE alembic_version SET version_num = '0019_plan_access_rows'")
    assert exports.export_from_file(data_dir, plan_id, "panel-pdf", out) is None
    assert not out.exists()


def test_a_damaged_file_is_left_to_the_usual_way_which_says_so(db, data_dir, tmp_path):
    plan_files.add_example_plan(db)
    db.engine.dispose()
    db_file = data_dir / paths.DATABASE_FILE
    (data_dir / paths.CHECKED_FILE).unlink(missing_ok=True)
    with sqlite3.connect(db_file) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db_file.read_bytes())
    for at in range(4096 * 3, min(len(raw), 4096 * 12)):  # pages of rows scribbled over
        raw[at] = 0x5A
    db_file.write_bytes(bytes(raw))
    assert exports.export_from_file(data_dir, 1, "panel-pdf", tmp_path / "pack.pdf") is None
    assert not (data_dir / paths.CHECKED_FILE).exists() and not (tmp_path / "pack.pdf").exists()
    from planner import cli

    assert cli.main(["--data-dir", str(data_dir), "export", "1", "--as", "panel-pdf",
                     "-o", str(tmp_path / "pack.pdf")]) == 1
    assert not (tmp_path / "pack.pdf").exists()


def test_a_file_that_is_not_a_database_is_left_to_the_usual_way(data_dir, tmp_path):
    data_dir.mkdir(parents=True, exist_ok=True)
    db_file = data_dir / paths.DATABASE_FILE
    db_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"not really" * 500)
    assert exports.export_from_file(data_dir, 1, "panel-pdf", tmp_path / "pack.pdf") is None
