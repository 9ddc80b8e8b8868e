"""Fuzzing the plan-file import with mutated valid files.

Run a long session:  python -m tests.fuzz.plan_files --count 10000 [--seed 1]
The test suite runs a CI-sized count (tests/test_fuzz_plan_files.py).

Every mutated file must end in one of two ways: imported whole (the mutation left a valid
plan), or refused with one plain line and the database byte-for-byte unchanged (compared by a
full SQL dump). No other exception, and no file may take more than 5 s.
"""

import argparse
import io
import json
import random
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from planner.errors import PlannerError
from planner.plan_file.writer import plan_file_bytes
from planner.services import plan_files
from planner.storage.database import Database

SLOW_SECONDS = 5.0


def _dump(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def base_file() -> tuple[dict, dict[str, bytes]]:
    """The example plan with a photo, as plan.json data and picture files."""
    from PIL import Image

    document = plan_files.example_document()
    data = json.loads(json.dumps(document.data))
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (30, 140, 60)).save(out, "JPEG")
    data["person"]["photo"] = {"visibility": "team", "picture": "pictures/photo.jpg", "description": "Me"}
    pictures = dict(document.pictures)
    pictures["pictures/photo.jpg"] = out.getvalue()
    return data, pictures


def _zip(entries: list[tuple[str, bytes]], *, link: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            archive.writestr(name, content)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (0o120777) << 16
            archive.writestr(info, "../../etc/passwd")
    return buffer.getvalue()


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _set(data, path, value):
    if not path:
        return value
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


WEIRD_VALUES = [None, True, 0, -1, 2**63, 1e308, "", "x" * 300_000, "../../etc/passwd", [], {},
                [[[[[[]]]]]], "pictures/../../x.jpg", "\x00", "😀" * 1000, "2026-02-31", {"visibility": "public"}]


def mutate(rng: random.Random, data: dict, pictures: dict[str, bytes]) -> tuple[str, bytes]:
    """One hostile file made from the valid one; returns (kind, bytes)."""
    kind = rng.choice([
        "truncate", "bit-flips", "wrong-type", "drop-key", "huge-string", "deep-nesting",
        "traversal-name", "zip-bomb", "broken-picture", "duplicate-name", "version", "not-utf8",
        "link", "extra-key", "garbage-json",
    ])
    data = json.loads(json.dumps(data))
    valid_bytes = plan_file_bytes_from(data, pictures)
    if kind == "truncate":
        return kind, valid_bytes[: rng.randrange(0, len(valid_bytes))]
    if kind == "bit-flips":
        blob = bytearray(valid_bytes)
        for _ in range(rng.randint(1, 20)):
            blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
        return kind, bytes(blob)
    if kind in ("wrong-type", "huge-string", "extra-key", "drop-key"):
        paths = [p for p in _paths(data) if p]
        path = rng.choice(paths)
        if kind == "wrong-type":
            data = _set(data, path, rng.choice(WEIRD_VALUES))
        elif kind == "huge-string":
            data = _set(data, path, "ŵ" * rng.choice([1_000, 200_000, 2_000_000]))
        elif kind == "extra-key":
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            if isinstance(parent, dict):
                parent["__proto__"] = {"admin": True}
        else:
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            if isinstance(parent, dict):
                parent.pop(path[-1], None)
            elif isinstance(parent, list) and parent:
                parent.pop(path[-1])
    elif kind == "deep-nesting":
        depth = rng.choice([50, 1_000, 100_000])
        text = json.dumps(data)[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}"
        return kind, _zip([("plan.json", text.encode())] + sorted(pictures.items()))
    elif kind == "traversal-name":
        name = rng.choice(["../evil.jpg", "/abs.jpg", "pictures/../../x", "C:/win.jpg", "pictures\\x.jpg", ""])
        return kind, _zip([("plan.json", json.dumps(data).encode()), (name or "pictures/", b"x")])
    elif kind == "zip-bomb":
        return kind, _zip([("plan.json", json.dumps(data).encode()),
                           ("pictures/photo.jpg", b"\0" * rng.choice([5, 40, 120]) * 1024 * 1024)])
    elif kind == "broken-picture":
        broken = dict(pictures)
        blob = broken["pictures/photo.jpg"]
        broken["pictures/photo.jpg"] = rng.choice([blob[: len(blob) // 3], b"", rng.randbytes(500),
                                                  b"GIF89a" + rng.randbytes(50)])
        return kind, plan_file_bytes_from(data, broken)
    elif kind == "duplicate-name":
        text = json.dumps(data).encode()
        return kind, _zip([("plan.json", text), ("plan.json", text)] + sorted(pictures.items()))
    elif kind == "version":
        data["version"] = rng.choice([0, 2, 99, -1, "1", 1.5, None])
    elif kind == "not-utf8":
        return kind, _zip([("plan.json", json.dumps(data).encode("utf-16"))] + sorted(pictures.items()))
    elif kind == "link":
        return kind, _zip([("plan.json", json.dumps(data).encode())], link="pictures/photo.jpg")
    elif kind == "garbage-json":
        text = json.dumps(data)
        cut = rng.randrange(len(text))
        broken = text[:cut] + rng.choice(["}", "]", ",", "\\", '"']) + text[cut:]
        return kind, _zip([("plan.json", broken.encode())] + sorted(pictures.items()))
    return kind, plan_file_bytes_from(data, pictures)


def plan_file_bytes_from(data: dict, pictures: dict[str, bytes]) -> bytes:
    from planner.plan_file.document import PlanDocument

    return plan_file_bytes(PlanDocument(data, pictures))


@dataclass
class FuzzResult:
    count: int = 0
    refused: int = 0
    imported: int = 0
    slowest: float = 0.0
    problems: list[str] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)


def import_each(db: Database, path: Path, mutations, result: FuzzResult) -> None:
    """Import each (kind, bytes) from `mutations` through `path`: imported whole, or refused with one
    plain line and the database byte-for-byte as it was; anything else, or a slow one, is a problem."""
    before = _dump(db.path)
    for index, (kind, blob) in enumerate(mutations):
        result.kinds[kind] = result.kinds.get(kind, 0) + 1
        path.write_bytes(blob)
        started = time.perf_counter()
        try:
            plan_files.import_plan_file(db, path)
        except PlannerError as error:
            result.refused += 1
            if "\n" in error.message or not error.message.strip():
                result.problems.append(f"#{index} {kind}: unclear message {error.message!r}")
            if _dump(db.path) != before:
                result.problems.append(f"#{index} {kind}: database changed after a refusal")
                before = _dump(db.path)
        except Exception as error:  # noqa: BLE001 (the point is to catch anything)
            result.problems.append(f"#{index} {kind}: uncaught {type(error).__name__}: {error}")
        else:
            result.imported += 1
            before = _dump(db.path)
        elapsed = time.perf_counter() - started
        result.slowest = max(result.slowest, elapsed)
        if elapsed > SLOW_SECONDS:
            result.problems.append(f"#{index} {kind}: took {elapsed:.1f} s")
        result.count += 1


def run(count: int, seed: int = 1, folder: Path | None = None) -> FuzzResult:
    rng = random.Random(seed)
    data, pictures = base_file()
    result = FuzzResult()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(folder or scratch)
        db = Database.open(root / "data")
        plan_files.add_example_plan(db)
        mutations = (mutate(rng, data, pictures) for _ in range(count))
        import_each(db, root / "fuzz.smallsteps", mutations, result)
        db.close()
    return result


def main(argv=None, *, run=run, count: int = 10_000, noun: str = "files") -> int:
    """The command line of a fuzzer: run `count` mutations (or --count), print what happened."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=count)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = run(args.count, args.seed)
    print(f"{result.count} {noun} in {time.perf_counter() - started:.0f} s: {result.refused} refused, "
          f"{result.imported} imported whole, slowest {result.slowest:.2f} s, "
          f"{len(result.problems)} problems")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(result.kinds.items())))
    for problem in result.problems[:50]:
        print(problem)
    return 1 if result.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
