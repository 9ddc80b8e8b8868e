"""Fuzzing the FHIR bundle import with mutated valid bundles (as tests/fuzz/plan_files.py does
for plan files).

Run a long session:  python -m tests.fuzz.fhir_bundles --count 2000 [--seed 1]
The test suite runs a small count (tests/test_fhir.py).

Every mutated bundle must end in one of two ways: imported whole, or refused with one plain line
and the database byte-for-byte unchanged (compared by a full SQL dump). No other exception, and
no bundle may take more than 5 s.
"""

import json
import random
import tempfile
from pathlib import Path

from planner.services import exports, plan_files
from planner.storage.database import Database
from tests.fuzz.plan_files import WEIRD_VALUES, FuzzResult, _paths, _set, import_each
from tests.fuzz.plan_files import main as fuzz_command

REFERENCE_KEYS = ("reference", "fullUrl", "resourceType", "url", "linkId", "system", "code")


def base_bundle(db: Database, plan_id: int) -> dict:
    return json.loads(exports.export_bytes(db, plan_id, "fhir-json", "me"))


def mutate(rng: random.Random, bundle: dict) -> tuple[str, bytes]:
    """One hostile bundle made from the valid one; returns (kind, bytes)."""
    kind = rng.choice(["truncate", "bit-flips", "wrong-type", "drop-key", "huge-string", "deep-nesting",
                       "dangling-reference", "wrong-resource", "shuffle-entries", "swap-key",
                       "garbage-json", "not-utf8", "duplicate-entry"])
    data = json.loads(json.dumps(bundle))
    valid = json.dumps(data).encode()
    if kind == "truncate":
        return kind, valid[: rng.randrange(0, len(valid))]
    if kind == "bit-flips":
        blob = bytearray(valid)
        for _ in range(rng.randint(1, 20)):
            blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
        return kind, bytes(blob)
    if kind == "deep-nesting":
        depth = rng.choice([70, 1_000, 100_000])
        return kind, (json.dumps(data)[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}").encode()
    if kind == "not-utf8":
        return kind, json.dumps(data).encode("utf-16")
    if kind == "garbage-json":
        text = json.dumps(data)
        cut = rng.randrange(len(text))
        return kind, (text[:cut] + rng.choice(["}", "]", ",", "\\", '"']) + text[cut:]).encode()
    entries = data["entry"]
    if kind == "dangling-reference":
        paths = [p for p in _paths(data) if p and p[-1] == "reference"]
        data = _set(data, rng.choice(paths), f"urn:uuid:{rng.randbytes(16).hex()}")
    elif kind == "wrong-resource":
        data = rng.choice([{"resourceType": "Patient", "id": "x"}, {"resourceType": "Bundle", "type": "searchset"},
                           {"resourceType": "Nonsense"}, [data], "Bundle"])
    elif kind == "shuffle-entries":
        rng.shuffle(entries)
    elif kind == "duplicate-entry":
        entries.append(json.loads(json.dumps(rng.choice(entries))))
    elif kind in ("wrong-type", "huge-string", "drop-key", "swap-key"):
        paths = [p for p in _paths(data) if p]
        if kind == "swap-key":
            paths = [p for p in paths if isinstance(p[-1], str) and p[-1] in REFERENCE_KEYS] or paths
        path = rng.choice(paths)
        if kind == "wrong-type":
            data = _set(data, path, rng.choice(WEIRD_VALUES))
        elif kind == "huge-string":
            data = _set(data, path, "ŵ" * rng.choice([1_000, 200_000, 2_000_000]))
        elif kind == "swap-key":
            data = _set(data, path, rng.choice(["", "urn:uuid:x", "Goal", "#", "not a url", "plan.goals"]))
        else:
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            if isinstance(parent, dict):
                parent.pop(path[-1], None)
            elif isinstance(parent, list) and parent:
                parent.pop(path[-1])
    return kind, json.dumps(data, ensure_ascii=False).encode()


def run(count: int, seed: int = 1, folder: Path | None = None) -> FuzzResult:
    rng = random.Random(seed)
    result = FuzzResult()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(folder or scratch)
        db = Database.open(root / "data")
        bundle = base_bundle(db, plan_files.add_example_plan(db))
        import_each(db, root / "fuzz.json", (mutate(rng, bundle) for _ in range(count)), result)
        db.close()
    return result


def main(argv=None) -> int:
    return fuzz_command(argv, run=run, count=2_000, noun="bundles")


if __name__ == "__main__":
    raise SystemExit(main())
