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


def assert_rows_kept(connection, before: dict) -> None:
    """Every old column of every old row is still there after an upgrade (new columns may follow)."""
    for table, (columns, rows) in before.items():
        names = ", ".join(columns)
        assert connection.exec_driver_sql(f"SELECT {names} FROM {table} ORDER BY id").fetchall() == rows, table
