"""The command line, run as a person would run it: a separate process, exit codes, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def smallsteps(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "ui.launcher"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(command + list(args), cwd=ROOT, capture_output=True, text=True, timeout=60)


def assert_one_clear_line(result: subprocess.CompletedProcess) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("smallsteps: ")


def test_example_list_export_import(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    made = smallsteps("example", data_dir=first)
    assert made.returncode == 0, made.stderr
    plan_id = int(made.stdout.strip())
    listed = json.loads(smallsteps("list", "--json", data_dir=first).stdout)
    assert listed == [listed[0]] and listed[0]["plan_id"] == plan_id
    assert listed[0]["name"] == "Eleri Llŷr Hughes" and listed[0]["status"] == "ready_for_panel"

    out = tmp_path / "leri.smallsteps"
    exported = smallsteps("export", str(plan_id), "--as", "plan-file", "-o", str(out), data_dir=first)
    assert exported.returncode == 0, exported.stderr and out.exists()
    imported = smallsteps("import", str(out), data_dir=second)
    assert imported.returncode == 0, imported.stderr
    new_id = int(imported.stdout.strip())

    again = tmp_path / "again.smallsteps"
    smallsteps("export", str(new_id), "--as", "plan-file", "-o", str(again), data_dir=second)
    import zipfile

    from tests.helpers import zip_of  # noqa: F401 (same helpers as the other tests)

    def content(path):
        with zipfile.ZipFile(path) as archive:
            data = json.loads(archive.read("plan.json"))
        data.pop("exported_at")
        return data

    assert content(out) == content(again)


def test_plain_list_and_empty_database(tmp_path):
    empty = smallsteps("list", data_dir=tmp_path)
    assert empty.returncode == 0 and "No plans yet" in empty.stdout
    assert json.loads(smallsteps("list", "--json", data_dir=tmp_path).stdout) == []


def test_data_dir_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SMALLSTEPS_DATA_DIR", str(tmp_path / "env"))
    assert smallsteps("example").returncode == 0
    assert (tmp_path / "env" / "smallsteps.db").exists()


def test_version_and_help():
    version = smallsteps("--version")
    assert version.returncode == 0 and version.stdout.startswith("Small Steps ")
    helped = smallsteps("--help")
    assert helped.returncode == 0
    for word in ("list", "example", "export", "import", "check", "--data-dir"):
        assert word in helped.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("export", "999", "--as", "plan-file", "-o", "x.smallsteps"),
        ("export", "one", "--as", "plan-file", "-o", "x.smallsteps"),
        ("export", "1", "--as", "word-doc", "-o", "x.doc"),
        ("import", "/no/such/file.smallsteps"),
        ("frobnicate",),
        ("export", "1"),
    ],
)
def test_mistakes_are_one_clear_line(tmp_path, args):
    assert_one_clear_line(smallsteps(*args, data_dir=tmp_path))


def test_import_of_a_bad_file_changes_nothing(tmp_path):
    from tests.conftest import database_dump

    smallsteps("example", data_dir=tmp_path)
    before = database_dump(tmp_path / "smallsteps.db")
    bad = tmp_path / "bad.smallsteps"
    bad.write_bytes(b"PK\x03\x04 definitely not a zip")
    assert_one_clear_line(smallsteps("import", str(bad), data_dir=tmp_path))
    assert database_dump(tmp_path / "smallsteps.db") == before


def test_check_reports_health(tmp_path):
    smallsteps("example", data_dir=tmp_path)
    checked = smallsteps("check", data_dir=tmp_path)
    assert checked.returncode == 0 and "healthy" in checked.stdout


def test_a_newer_database_is_one_clear_line(tmp_path):
    import sqlite3

    smallsteps("example", data_dir=tmp_path)
    connection = sqlite3.connect(tmp_path / "smallsteps.db")
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    result = smallsteps("list", data_dir=tmp_path)
    assert_one_clear_line(result)
    assert "newer version" in result.stderr


def test_export_to_an_unwritable_folder_is_one_clear_line(tmp_path):
    smallsteps("example", data_dir=tmp_path)
    result = smallsteps("export", "1", "--as", "plan-file", "-o", str(tmp_path / "no" / "x.smallsteps"),
                        data_dir=tmp_path)
    assert_one_clear_line(result)
