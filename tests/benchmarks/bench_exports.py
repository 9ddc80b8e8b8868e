"""Benchmark: exports of the example plan and of a very large plan.

Run:  python -m tests.benchmarks.bench_exports
Targets (issue 7): panel pack of the example plan under 1 s; of a very large plan (50 goals of
20 steps, 200 life moments, 100 people, 50 photos) under 5 s; picture plan at 300 dpi under
0.5 s. Times are inside a running program (the database open, the modules imported), as a
person waits for them after pressing Save.
"""

import copy
import io
import statistics
import tempfile
import time
from pathlib import Path

from planner.plan_file.document import PlanDocument
from planner.services import exports, plan_files
from planner.storage.database import Database


def _photo(index: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 900), (40 + index * 3 % 200, 120, 90))
    draw = ImageDraw.Draw(image)
    for step in range(0, 1200, 60):
        draw.line((step, 0, 1200 - step, 900), fill=(200, 200 - index % 100, 100), width=9)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _grow(items: list, count: int, mark: str) -> list:
    """`items` repeated (with a number added to their words) until there are `count`."""
    if not items:
        return items
    grown = []
    for index in range(count):
        item = _renamed(copy.deepcopy(items[index % len(items)]), f"-{mark}{index}")
        for key in ("text", "what", "title", "name", "description"):
            if isinstance(item.get(key), str) and item[key]:
                item[key] = f"{item[key]} ({mark} {index + 1})"
        grown.append(item)
    return grown


def _renamed(item, suffix: str):
    """A copy's file-local ids made unique (and links inside the copy kept pointing at them)."""
    ids = set()

    def collect(value):
        if isinstance(value, dict):
            if isinstance(value.get("id"), str):
                ids.add(value["id"])
            for child in value.values():
                collect(child)
        elif isinstance(value, list):
            for child in value:
                collect(child)

    def rename(value):
        if isinstance(value, dict):
            return {k: rename(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v) for v in value]
        return value + suffix if isinstance(value, str) and value in ids else value

    collect(item)
    return rename(item)


def large_document() -> PlanDocument:
    """The example plan grown to the issue's 'very large plan', every item shared with the panel."""
    document = plan_files.example_document()
    data = copy.deepcopy(document.data)
    plan = data["plan"]
    pictures = dict(document.pictures)
    goals = plan.get("goals")
    if isinstance(goals, list) and goals:
        plan["goals"] = _grow(goals, 50, "goal")
        for goal in plan["goals"]:
            if isinstance(goal.get("steps"), list):
                goal["steps"] = _grow(goal["steps"], 20, "step")
                goal["checkins"] = []  # they name the original steps
    for key, count in (("life_story", 200), ("people_places", 100)):
        part = plan.get(key)
        if isinstance(part, list):
            plan[key] = _grow(part, count, key)
        elif isinstance(part, dict):
            for list_key, value in part.items():
                if isinstance(value, list) and value and isinstance(value[0], dict):
                    part[list_key] = _grow(value, count, key)
    photos = plan.setdefault("pictures", [])
    for index in range(50):
        name = f"pictures/big{index:02d}.jpg"
        pictures[name] = _photo(index)
        photos.append({"id": f"big{index}", "kind": "photo", "picture": name,
                       "description": f"Photo {index + 1}", "visibility": "panel"})
    answers = plan.get("about_me", {}).get("background")
    if isinstance(answers, list):
        for index in range(50):
            answers.append({"prompt": "", "text": f"A photo I took ({index + 1})", "tag": None,
                            "visibility": "panel", "picture_id": f"big{index}"})

    def share_everything(value):
        if isinstance(value, dict):
            if "visibility" in value:
                value["visibility"] = "panel"
            for child in value.values():
                share_everything(child)
        elif isinstance(value, list):
            for child in value:
                share_everything(child)

    share_everything(plan)
    return PlanDocument(data, pictures)


def timed(function, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder))
        example = plan_files.add_example_plan(db)
        large = plan_files.add_document(db, large_document())
        exports.export_bytes(db, example, "panel-pdf")  # imports and fonts, once
        result = {
            "panel_pack_example_s": timed(lambda: exports.export_bytes(db, example, "panel-pdf")),
            "panel_pack_large_s": timed(lambda: exports.export_bytes(db, large, "panel-pdf"), 2),
            "poster_300dpi_s": timed(lambda: exports.export_bytes(db, example, "poster-png", dpi=300)),
        }
        pages = exports.export_bytes(db, large, "panel-pdf").count(b"/Type /Page\n")
        db.close()
    print(f"panel pack, example plan: {result['panel_pack_example_s']:.2f} s (target < 1 s)")
    print(f"panel pack, very large plan: {result['panel_pack_large_s']:.2f} s (target < 5 s), "
          f"{pages} pages")
    print(f"picture plan at 300 dpi: {result['poster_300dpi_s']:.2f} s (target < 0.5 s)")
    return result


if __name__ == "__main__":
    main()
