"""Plans to measure exports with: the example plan grown 10x and 100x, and the issue's very large
plan (see bench_exports.large_document). Every grown item is a copy with its own ids; the
originals keep theirs, so every link in the plan still points at something."""

import copy

from planner.plan_file.document import PlanDocument

GROWN = ("needs", "goals", "life_story", "people_places")


def _renamed(item, suffix: str):
    from tests.benchmarks.bench_exports import _renamed as renamed

    return renamed(item, suffix)


def _grown(items: list, factor: int, mark: str) -> list:
    out = list(items)
    for index in range(len(items) * (factor - 1)):
        item = _renamed(copy.deepcopy(items[index % len(items)]), f"-{mark}{index}")
        for key in ("text", "what", "title", "name"):
            if isinstance(item.get(key), str) and item[key]:
                item[key] = f"{item[key]} ({index + 2})"
        out.append(item)
    return out


def share_everything(value) -> None:
    if isinstance(value, dict):
        if "visibility" in value:
            value["visibility"] = "panel"
        for child in value.values():
            share_everything(child)
    elif isinstance(value, list):
        for child in value:
            share_everything(child)


def scaled_document(factor: int) -> PlanDocument:
    """The example plan with its needs, goals, life moments, people and About me answers
    `factor` times over, everything shared with the panel (so the panel pack holds it all)."""
    from planner.services import plan_files

    document = plan_files.example_document()
    data = copy.deepcopy(document.data)
    plan = data["plan"]
    if factor > 1:
        for key in GROWN:
            if isinstance(plan.get(key), list) and plan[key]:
                plan[key] = _grown(plan[key], factor, key)
        for area, answers in (plan.get("about_me") or {}).items():
            if isinstance(answers, list) and answers:
                plan["about_me"][area] = _grown(answers, factor, area)
    share_everything(plan)
    return PlanDocument(data, dict(document.pictures))
