"""Small builders shared by tests."""

import io
import json
import zipfile

from planner.plan_file.writer import plan_file_bytes
from planner.services import plan_files


def example_bytes() -> bytes:
    return plan_file_bytes(plan_files.example_document())


def zip_of(entries: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def example_json() -> dict:
    return json.loads(json.dumps(plan_files.example_document().data))


def jpeg_bytes(size=(64, 48), color=(200, 120, 40), **save_options) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", **save_options)
    return out.getvalue()


def first_schema_rows(database_path, tables=("person", "plan", "plan_helper")) -> dict:
    """Each table's columns and rows in an old database, to check an upgrade keeps them."""
    import sqlite3

    source = sqlite3.connect(database_path)
    try:
        out = {}
        for table in tables:
            cursor = source.execute(f"SELECT * FROM {table} ORDER BY id")
            out[table] = ([c[0] for c in cursor.description], cursor.fetchall())
        return out
    finally:
        source.close()


# Columns worked out from others, which a migration may work out again (0015 takes accents off
# each person's search key): kept filled, not kept the same.
DERIVED_COLUMNS = {"person": ("search_key",)}


def assert_rows_kept(connection, before: dict) -> None:
    """Every old column of every old row is still there after an upgrade (new columns may follow);
    a derived column is still filled in."""
    for table, (columns, rows) in before.items():
        derived = [c for c in DERIVED_COLUMNS.get(table, ()) if c in columns]
        kept = [i for i, c in enumerate(columns) if c not in derived]
        names = ", ".join(columns[i] for i in kept)
        now = connection.exec_driver_sql(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
        assert [tuple(r) for r in now] == [tuple(row[i] for i in kept) for row in rows], table
        for column in derived:
            empty = connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE {column} IS NULL OR {column} = ''").scalar()
            assert empty == 0, f"{table}.{column} left empty"
