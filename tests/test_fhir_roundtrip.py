"""Round trip, as a property, with the plan-file generators: plan -> FHIR -> plan gives the same
plan-file content, and FHIR -> plan -> FHIR the same bundle (ids and timestamps aside)."""

import copy
import json
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.fhir import checks
from planner.fhir.reader import read_bundle_bytes
from planner.plan_file.document import PlanDocument, content_of
from planner.plan_file.reader import check_data
from planner.services import exports, plan_files
from planner.storage.database import Database
from tests.test_canary import _get, _set, _walk
from tests.test_roundtrip_property import name, text, visibility

MOMENTS = ("timestamp", "date", "recorded", "authored")
# Free text that may be empty, and words that may not (the plan-file schema says which).
MAY_BE_EMPTY = {"words", "why_it_matters", "outcome", "what_helps", "ideas", "story", "helps_with",
                "detail", "note", "notes", "decisions", "working_for_me", "not_working_for_me",
                "purpose", "place", "with_whom", "relation", "description", "who_helps", "other_reason"}
NOT_EMPTY = {"text", "what", "barrier", "title", "who", "name"}


@cache
def example() -> tuple[dict, dict, tuple, tuple]:
    """The example plan, the paths of its items with a visibility, and of its free text."""
    document = plan_files.example_document()
    data = json.loads(json.dumps(document.data))
    items = tuple(p for p, v in _walk(data) if isinstance(v, dict) and "visibility" in v)
    words = tuple(p for p, v in _walk(data) if isinstance(v, str) and p and p[-1] in MAY_BE_EMPTY | NOT_EMPTY
                  and p[:2] != ("plan", "frozen_copies"))
    return data, dict(document.pictures), items, words


def normalised(bundle: dict) -> dict:
    """The bundle with ids, fullUrls and export times taken out (references become entry numbers)."""
    numbers = {e["fullUrl"]: f"entry-{i}" for i, e in enumerate(bundle["entry"])}

    def clean(value, key=""):
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                if k in ("id", "fullUrl") or (k in MOMENTS and isinstance(v, str) and "T" in v):
                    continue
                if k == "reference" and isinstance(v, str):
                    out[k] = numbers.get(v, v)
                elif k == "identifier" and isinstance(v, dict) and v.get("system") == "urn:ietf:rfc:3986":
                    continue
                else:
                    out[k] = clean(v, k)
            return out
        if isinstance(value, list):
            return [clean(v, key) for v in value]
        return value

    return clean(bundle)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(st.data())
def test_plan_to_fhir_to_plan_and_back(data):
    template, pictures, items, words = example()
    plan = copy.deepcopy(template)
    for item in items:
        _get(plan, item)["visibility"] = data.draw(visibility)
    for path in data.draw(st.lists(st.sampled_from(words), max_size=30, unique=True)):
        _set(plan, path, data.draw(text if path[-1] in MAY_BE_EMPTY else name))
    try:
        check_data(plan)
    except Exception:  # noqa: BLE001 (words too long for a short field, say: not a plan)
        assume(False)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        first = Database.open(folder / "a")
        plan_id = plan_files.add_document(first, PlanDocument(plan, pictures))
        bundle = exports.export_bytes(first, plan_id, "fhir-json", "me")
        assert checks.conformance_problems(json.loads(bundle)) == []
        second = Database.open(folder / "b")
        new_id = plan_files.add_document(second, read_bundle_bytes(bundle))
        assert content_of(plan_files.plan_document(second, new_id)) == content_of(
            plan_files.plan_document(first, plan_id))
        again = exports.export_bytes(second, new_id, "fhir-json", "me")
        assert normalised(json.loads(again)) == normalised(json.loads(bundle))
        first.close()
        second.close()
