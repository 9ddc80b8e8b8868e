"""Reading a FHIR bundle that came from anywhere: every byte is checked before anything is kept.

Checks, in order: the file's size (from the file system, before a byte is read); UTF-8 JSON;
how deeply it nests; a `Bundle` (of type document or collection); FHIR R4 as `fhir.resources`
reads it; every reference inside the bundle points at something in it (`planner.fhir.checks`);
then it becomes a plan document that must pass every plan-file check (the schema, the pictures)
before the plan-file import adds it, all of it or none of it. Any failure raises
`NotAPlanFile` with one plain sentence.
"""

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import planner
from planner.errors import InvalidInput, NotAPlanFile
from planner.fhir import checks, foreign
from planner.fhir.common import Reading
from planner.fhir.parts import about_me, care_plans, goals, life, panel, person, reviews
from planner.i18n import _
from planner.pictures import sanitise_picture
from planner.plan_file import FORMAT, VERSION
from planner.plan_file.document import PlanDocument
from planner.plan_file.reader import _depth, check_data

MAX_BUNDLE_BYTES = 100 * 1024 * 1024
MAX_JSON_DEPTH = 64


def looks_like_bundle(path: Path | str) -> bool:
    """Whether a file is JSON (a FHIR bundle, we hope) rather than a plan file (a zip), by its
    first bytes, never by its name."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(64)
    except OSError:
        return False
    return start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"["))


def read_bundle_file(path: Path | str) -> PlanDocument:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise NotAPlanFile(_("Small Steps can't open {name}: {why}").format(
            name=path.name, why=error.strerror or error)) from None
    if size == 0:
        raise NotAPlanFile(_("This file is empty, so it is not a FHIR bundle."))
    if size > MAX_BUNDLE_BYTES:
        raise NotAPlanFile(_("This FHIR bundle is too big to be one person's plan (over 100 MB)."))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise NotAPlanFile(_("Small Steps can't open {name}: {why}").format(
            name=path.name, why=error.strerror or error)) from None
    return read_bundle_bytes(raw)


def parse(raw: bytes) -> dict[str, Any]:
    """The bundle's JSON, checked for size, depth and shape, and validated as FHIR R4."""
    if len(raw) > MAX_BUNDLE_BYTES:
        raise NotAPlanFile(_("This FHIR bundle is too big to be one person's plan (over 100 MB)."))
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text, parse_float=Decimal)
    except RecursionError:
        raise NotAPlanFile(_("This FHIR bundle is nested too deeply to be a real plan. It may be harmful.")) from None
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError):
        raise NotAPlanFile(_("This file is not a whole FHIR bundle: its JSON is damaged or cut short.")) from None
    if _depth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise NotAPlanFile(_("This FHIR bundle is nested too deeply to be a real plan. It may be harmful."))
    if not isinstance(data, dict) or not isinstance(data.get("resourceType"), str):
        raise NotAPlanFile(_("This file is JSON but not FHIR: it has no resourceType."))
    if data["resourceType"] != "Bundle":
        raise NotAPlanFile(_("This file is a FHIR {kind}, not a Bundle, so it holds no plan to import.")
                           .format(kind=data["resourceType"][:40]))
    if data.get("type") not in ("document", "collection"):
        raise NotAPlanFile(_("This FHIR bundle is not a document, so Small Steps can't read a plan from it."))
    checks.validate_with_library(data)
    problem = checks.reference_problems(data)
    if problem:
        raise NotAPlanFile(_("This FHIR bundle is broken: {problem}").format(problem=problem))
    return data


def reading_of(bundle: dict[str, Any]) -> Reading:
    order = []
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource")
        if isinstance(resource, dict):
            order.append((entry.get("fullUrl") or "", resource))
    return Reading({u: r for u, r in order if u}, order)


def is_small_steps(r: Reading) -> bool:
    return bool(r.profiled("CarePlan", "support-plan"))


def plan_data(bundle: dict[str, Any], pictures: dict[str, bytes]) -> dict[str, Any]:
    """A bundle Small Steps wrote, back into the plan file's `plan.json`."""
    r = reading_of(bundle)
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "app_version": planner.__version__,
                           "exported_at": bundle.get("timestamp"), "plan": {}}
    person.read(r, out, pictures)
    plan = out["plan"]
    about_me.read(r, plan)
    activities = care_plans.read_support_plan(r, plan)
    goals.read(r, plan, activities)
    care_plans.read_staying_well(r, plan)
    care_plans.read_week(r, plan)
    life.read(r, plan)
    reviews.read(r, plan)
    panel.read(r, plan, {})
    _drop_unseen_links(plan)
    return out


def _drop_unseen_links(plan: dict[str, Any]) -> None:
    """A bundle written for the team or the panel leaves out what they may not see; a link to
    something left out (a private goal a line of support serves, a private phase, a private
    step a check-in is about) goes too, as it would in their copy of the plan."""
    goals = {g.get("id") for g in plan.get("goals") or [] if g.get("id")}
    steps = {s.get("id") for g in plan.get("goals") or [] for s in g.get("steps") or []}
    budget = plan.get("support_budget") or {}
    phases = {p.get("id") for p in budget.get("phases") or []}
    for key in ("support_lines", "one_off_purchases", "travel"):
        for item in budget.get(key) or []:
            if isinstance(item.get("goals"), list):
                item["goals"] = [g for g in item["goals"] if g in goals]
            if item.get("phase") is not None and item["phase"] not in phases:
                item["phase"] = None
    for goal in plan.get("goals") or []:
        for checkin in goal.get("checkins") or []:
            if checkin.get("step") is not None and checkin["step"] not in steps:
                checkin["step"] = None


def read_bundle_bytes(raw: bytes) -> PlanDocument:
    bundle = parse(raw)
    pictures: dict[str, bytes] = {}
    r = reading_of(bundle)
    try:
        data = plan_data(bundle, pictures) if is_small_steps(r) else foreign.about_me_plan(r)
    except NotAPlanFile:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError):
        raise NotAPlanFile(_("This FHIR bundle holds a plan Small Steps can't make sense of.")) from None
    try:
        check_data(data)
    except NotAPlanFile as error:
        raise NotAPlanFile(_("This FHIR bundle holds something Small Steps can't keep. {why}")
                           .format(why=error.message)) from None
    cleaned: dict[str, bytes] = {}
    for name, blob in pictures.items():
        try:
            cleaned[name] = sanitise_picture(blob)
        except InvalidInput:
            raise NotAPlanFile(_("A picture in this FHIR bundle is damaged and can't be opened.")) from None
    return PlanDocument(data, cleaned)
