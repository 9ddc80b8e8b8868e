"""A CI-sized fuzz run over hostile plan files (the long run is in tests/fuzz/plan_files.py)."""

import warnings

from tests.fuzz import plan_files as fuzz


def test_mutated_plan_files_are_refused_cleanly_or_imported_whole(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we make
        result = fuzz.run(count=400, seed=20261122, folder=tmp_path)
    assert result.problems == []
    assert result.count == 400 and result.refused > 300
    assert len(result.kinds) == 15  # every kind of mutation was tried
    # Speed is the long run's business; here only a hang (a file that never finishes) would fail.
    assert result.slowest < 60


def test_an_impossible_date_is_refused(db, tmp_path):
    import pytest

    from planner.errors import NotAPlanFile
    from planner.plan_file.document import PlanDocument
    from planner.plan_file.writer import plan_file_bytes
    from planner.services import plan_files
    from tests.helpers import example_json

    data = example_json()
    pictures = plan_files.example_document().pictures
    data["person"]["details"]["date_of_birth"] = "1990-02-31"
    path = tmp_path / "bad.smallsteps"
    path.write_bytes(plan_file_bytes(PlanDocument(data, pictures)))
    with pytest.raises(NotAPlanFile):
        plan_files.import_plan_file(db, path)
    data["person"]["details"]["date_of_birth"] = "2999-01-01"
    path.write_bytes(plan_file_bytes(PlanDocument(data, pictures)))
    with pytest.raises(NotAPlanFile) as raised:
        plan_files.import_plan_file(db, path)
    assert "future" in raised.value.message


def test_a_zip_claiming_a_newer_zip_version_is_refused(db, tmp_path):
    """Found by the long fuzz run: zipfile raises NotImplementedError while opening."""
    import pytest

    from planner.errors import NotAPlanFile
    from planner.services import plan_files
    from tests.helpers import example_bytes

    blob = bytearray(example_bytes())
    central = blob.rfind(b"PK\x01\x02")
    blob[central + 6] = 200  # "version needed to extract": 20.0
    path = tmp_path / "new-zip.smallsteps"
    path.write_bytes(bytes(blob))
    with pytest.raises(NotAPlanFile):
        plan_files.import_plan_file(db, path)
