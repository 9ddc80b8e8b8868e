"""FHIR R4 export and import: the bars of issue 19, the checks fhir.resources does not make, hostile
bundles, About Me from other systems, and the HL7 validator where it is installed."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from planner import cli
from planner.fhir import checks, publish
from planner.fhir.reader import MAX_BUNDLE_BYTES, read_bundle_bytes
from planner.plan_file.document import content_of
from planner.services import exports, plan_files
from planner.storage.database import Database
from tests.conftest import database_dump
from tests.fuzz import fhir_bundles


def _bundle(db, plan_id, audience="me") -> dict:
    return json.loads(exports.export_bytes(db, plan_id, "fhir-json", audience))


def _types(bundle: dict) -> list[str]:
    return [e["resource"]["resourceType"] for e in bundle["entry"]]


def test_the_example_plan_is_a_valid_r4_document_bundle(db):
    plan_id = plan_files.add_example_plan(db)
    for audience in ("me", "team", "panel"):
        bundle = _bundle(db, plan_id, audience)
        parsed = Bundle.model_validate(bundle)
        assert parsed.type == "document"
        assert parsed.entry[0].resource.__resource_type__ == "Composition"
        types = _types(bundle)
        for needed in ("QuestionnaireResponse", "Goal", "CarePlan", "Patient", "Condition"):
            assert needed in types, (audience, needed)
        assert checks.conformance_problems(bundle) == [], audience
    bundle = _bundle(db, plan_id, "me")
    for needed in ("Provenance", "Media", "RelatedPerson", "Encounter", "Basic", "Location"):
        assert needed in _types(bundle)


def test_importing_the_bundle_gives_the_same_plan_item_for_item(db, data_dir, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    path = tmp_path / "leri.json"
    exports.export(db, plan_id, "fhir-json", path, "me")
    new_id = plan_files.import_plan_file(db, path)
    assert content_of(plan_files.plan_document(db, new_id)) == content_of(plan_files.plan_document(db, plan_id))


def test_a_panel_bundle_imports_with_only_what_the_panel_saw(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    path = tmp_path / "panel.json"
    exports.export(db, plan_id, "fhir-json", path, "panel")
    new_id = plan_files.import_plan_file(db, path)
    data = plan_files.plan_document(db, new_id).data
    assert "The ward was noisy" not in json.dumps(data)  # a private answer of the example plan
    assert data["person"]["details"]["visibility"] == "private"  # details were not shared: defaults
    assert any(data["plan"]["about_me"].values())


def test_shipped_conformance_resources_are_current_and_parse():
    from fhir.resources.R4B import get_fhir_model_class

    shipped = {p.name: json.loads(p.read_text("utf-8")) for p in publish.folder().glob("*.json")}
    assert shipped == publish.all_resources(), "run: python -m planner.fhir.publish"
    for name, resource in shipped.items():
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        assert resource["url"].startswith("https://fhir.smallsteps.example.org/"), name
    for name in ("budget-allocation", "funding-stream", "support-line", "one-off-purchase", "budget-phase"):
        assert f"StructureDefinition-{name}.json" in shipped
    heads = [i["text"] for i in shipped["Questionnaire-about-me.json"]["item"]]
    assert len(heads) == 7


def test_the_checks_catch_what_the_library_lets_through(db):
    plan_id = plan_files.add_example_plan(db)
    good = _bundle(db, plan_id)
    goal = next(e["resource"] for e in good["entry"] if e["resource"]["resourceType"] == "Goal")

    def broken(change) -> dict:
        bundle = json.loads(json.dumps(good))
        change(bundle)
        Bundle.model_validate(bundle)  # fhir.resources is content with it...
        return bundle

    def bad_status(b):
        next(e["resource"] for e in b["entry"] if e["resource"]["id"] == goal["id"])["lifecycleStatus"] = "nonsense"

    def dangling(b):
        next(e["resource"] for e in b["entry"] if e["resource"]["id"] == goal["id"])["subject"] = {
            "reference": "urn:uuid:00000000-0000-0000-0000-000000000000"}

    def bad_code(b):
        resource = next(e["resource"] for e in b["entry"] if e["resource"]["id"] == goal["id"])
        own = next(x for x in resource["extension"] if x["url"].endswith("/goal"))
        own["extension"].append({"url": "checkins", "extension": [{"url": "happened", "valueCode": "maybe"}]})

    def twice(b):
        resource = next(e["resource"] for e in b["entry"] if e["resource"]["id"] == goal["id"])
        own = next(x for x in resource["extension"] if x["url"].endswith("/goal"))
        own["extension"] += [{"url": "working_on_now", "valueBoolean": True}] * 2

    def undefined(b):
        resource = next(e["resource"] for e in b["entry"] if e["resource"]["id"] == goal["id"])
        next(x for x in resource["extension"] if x["url"].endswith("/goal"))["extension"].append(
            {"url": "shoe_size", "valueInteger": 9})

    def not_first(b):
        b["entry"].append(b["entry"].pop(0))

    for change, words in ((bad_status, "lifecycleStatus"), (dangling, "points at something"),
                          (bad_code, "not one of its codes"), (twice, "more than one"),
                          (undefined, "is not defined"), (not_first, "Composition")):
        problems = checks.conformance_problems(broken(change))
        assert any(words in p for p in problems), (change.__name__, problems)


def _refused(db, path: Path, capsys, words: str) -> None:
    before = database_dump(db.path)
    code = cli.main(["--data-dir", str(db.data_dir), "import", str(path)])
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert len(err.splitlines()) == 1 and words in err, err
    assert database_dump(db.path) == before


@pytest.fixture
def example(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    raw = exports.export_bytes(db, plan_id, "fhir-json", "me")
    db.close()
    reopened = Database.open(db.data_dir)
    yield reopened, raw, tmp_path
    reopened.close()


def test_a_truncated_bundle_is_refused_and_nothing_changes(example, capsys):
    db, raw, folder = example
    path = folder / "cut.json"
    path.write_bytes(raw[: len(raw) // 2])
    _refused(db, path, capsys, "cut short")


def test_a_200_mb_bundle_is_refused_without_reading_it(example, capsys, monkeypatch):
    db, _raw, folder = example
    path = folder / "huge.json"
    with open(path, "wb") as handle:
        handle.write(b'{"resourceType": "Bundle", "type": "document", "entry": [')
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on the disk
    assert path.stat().st_size > MAX_BUNDLE_BYTES

    def no_reading(self, *args, **kwargs):
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    _refused(db, path, capsys, "too big")


def test_a_wrong_resource_is_refused_and_nothing_changes(example, capsys):
    db, _raw, folder = example
    path = folder / "patient.json"
    path.write_text(json.dumps({"resourceType": "Patient", "id": "x", "name": [{"text": "Someone"}]}))
    _refused(db, path, capsys, "not a Bundle")


def test_deep_nesting_and_dangling_references_are_refused(example, capsys):
    db, raw, folder = example
    path = folder / "deep.json"
    path.write_text('{"resourceType": "Bundle", "type": "document", "entry": ' + "[" * 5000 + "]" * 5000 + "}")
    _refused(db, path, capsys, "nested too deeply")
    bundle = json.loads(raw)
    bundle["entry"][0]["resource"]["subject"] = {"reference": "urn:uuid:11111111-1111-1111-1111-111111111111"}
    path.write_text(json.dumps(bundle))
    _refused(db, path, capsys, "not in the bundle")
    bundle = json.loads(raw)
    next(e for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal")["resource"]["lifecycleStatus"] = 7
    path.write_text(json.dumps(bundle))
    _refused(db, path, capsys, "FHIR R4")


def test_about_me_from_another_system_becomes_about_me_answers(db):
    headings = [("Important to me", "My cat, Pip, and my grandson."),
                ("Communication and interaction", "Speak slowly; I lip-read."),
                ("Mental health and emotional wellbeing", "I get low in winter."),
                ("About me: my history", "I worked on the buses for thirty years."),
                ("Likes and dislikes", "I like brass bands. I don't like loud wards."),
                ("Hopes for the future", "To walk to the park again."),
                ("Things the hospital should know", "I wear hearing aids.")]
    bundle = {"resourceType": "Bundle", "type": "document", "identifier": {"system": "urn:x", "value": "1"},
              "timestamp": "2026-01-01T10:00:00Z", "entry": [
        {"fullUrl": "urn:uuid:a0000000-0000-0000-0000-000000000001", "resource": {
            "resourceType": "Composition", "status": "final", "type": {"text": "About Me"},
            "subject": {"reference": "urn:uuid:a0000000-0000-0000-0000-000000000002"},
            "date": "2026-01-01", "author": [{"display": "GP practice"}], "title": "About Me"}},
        {"fullUrl": "urn:uuid:a0000000-0000-0000-0000-000000000002", "resource": {
            "resourceType": "Patient", "name": [{"given": ["Dilys"], "family": "Evans"}]}},
        {"fullUrl": "urn:uuid:a0000000-0000-0000-0000-000000000003", "resource": {
            "resourceType": "QuestionnaireResponse", "status": "completed",
            "subject": {"reference": "urn:uuid:a0000000-0000-0000-0000-000000000002"},
            "item": [{"linkId": f"h{i}", "text": h, "answer": [{"valueString": t}]}
                     for i, (h, t) in enumerate(headings)]}}]}
    document = read_bundle_bytes(json.dumps(bundle).encode())
    plan_id = plan_files.add_document(db, document)
    data = plan_files.plan_document(db, plan_id).data
    about = data["plan"]["about_me"]
    assert data["person"]["name"] == "Dilys Evans"
    assert [a["text"] for a in about["relationships"]] == ["My cat, Pip, and my grandson."]
    assert [a["text"] for a in about["personal_status"]] == ["I get low in winter."]
    assert [a["text"] for a in about["desirable_future"]] == ["To walk to the park again."]
    assert "Things the hospital should know: I wear hearing aids." in [a["text"] for a in about["background"]]
    assert all(a["visibility"] == "private" for answers in about.values() for a in answers)
    assert data["person"]["details"]["other_communication_needs"] == "Speak slowly; I lip-read."


def test_the_cli_exports_fhir_json(db, tmp_path, capsys):
    plan_id = plan_files.add_example_plan(db)
    out = tmp_path / "plan.json"
    db.close()
    assert cli.main(["--data-dir", str(db.data_dir), "export", str(plan_id), "--as", "fhir-json",
                     "-o", str(out), "--audience", "team"]) == 0
    bundle = json.loads(out.read_text("utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["meta"]["tag"][0]["code"] == "team"


def test_fuzzed_bundles_are_imported_whole_or_refused_cleanly(tmp_path):
    result = fhir_bundles.run(6, seed=3, folder=tmp_path)
    # (how long each took is for the long run to report: no test here asserts a wall-clock time)
    assert [p for p in result.problems if not p.endswith(" s")] == []
    assert result.refused > 0


def _validator() -> str | None:
    candidates = [os.environ.get("SMALLSTEPS_FHIR_VALIDATOR", ""), "/opt/fhir/validator_cli.jar",
                  "/usr/local/share/fhir/validator_cli.jar"]
    return next((c for c in candidates if c and Path(c).is_file()), None)


@pytest.mark.skipif(_validator() is None or shutil.which("java") is None,
                    reason="the HL7 FHIR validator is not installed (set SMALLSTEPS_FHIR_VALIDATOR to "
                           "validator_cli.jar; it needs Java and downloads the FHIR packages)")
def test_the_hl7_validator_accepts_the_example_bundle(db, tmp_path):
    plan_id = plan_files.add_example_plan(db)
    path = tmp_path / "leri.json"
    exports.export(db, plan_id, "fhir-json", path, "me")
    result = subprocess.run(["java", "-jar", _validator(), str(path), "-version", "4.0.1",
                             "-ig", str(publish.folder())], capture_output=True, text=True, timeout=600)
    assert "*FAILURE*" not in result.stdout and result.returncode == 0, result.stdout[-4000:]
