"""My support and budget in the plan file: `plan.support_budget`.

Money is whole pence (`*_pence`, integers); hours, miles and percentages are decimal strings
with at most two places ("7.5"), so nothing is lost to floating point. Support, purchases and
travel carry their funding `shares` (older files: one `stream`, read as one share of 100 %), and
support and purchases the `goals` they serve, by the goals' file ids ("goal-1"). Phases have a file-local `id`
("phase-1"); support, purchases and travel name their phase by it (`"phase": "phase-1"`, or
null for all year). Reviews are in date order, each with its missed visits. Loading checks
everything with the same rules as typing it in (phases that overlap, hours that don't add up,
more than 168 hours a week...) and refuses the file, whole, if anything is wrong.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

from planner.domain import budget as rules
from planner.domain.amounts import hours_text, hundredths_to_hours
from planner.domain.funding_shares import Share, shares_of_rows
from planner.errors import InvalidInput, NotAPlanFile
from planner.i18n import _
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.parts.disagreements import KEY as DISAGREEMENTS
from planner.plan_file.parts.disagreements import (
    disagreements_by_item,
    load_disagreements,
    with_disagreements,
)
from planner.plan_file.parts.goals import SESSION_KEY_GOALS, goal_file_ids
from planner.plan_file.rows import Reader, day, flag, grouped, one

LINE_KIND = "support_line"  # the kind of item disagreements are written beside
STREAM_FIELDS = ("stream", "amount_pence", "note", "visibility")
PHASE_FIELDS = ("name", "starts_on", "ends_on", "note", "visibility")
LINE_FIELDS = ("kind", "who", "hours", "proactive_hours", "flex_hours", "crisis_hours",
               "background_hours", "rate_pence", "bank_holiday_rate_pence", "shares", "purpose",
               "goal_ids", "visibility")
PURCHASE_FIELDS = ("what", "amount_pence", "shares", "purpose", "goal_ids", "visibility")
TRAVEL_FIELDS = ("what", "miles", "rate_pence", "shares", "visibility")
# A review of the hours used: each field and the column it is kept in (hours in hundredths).
REVIEW_COLUMNS = {"label": "label", "starts_on": "starts_on", "ends_on": "ends_on",
                  "planned_hours": "planned_x100", "proactive_hours": "proactive_x100",
                  "flex_hours": "flex_x100", "crisis_hours": "crisis_x100",
                  "background_hours": "background_x100", "two_worker_hours": "two_workers_x100",
                  "banked_hours": "banked_x100", "from_bank_hours": "from_bank_x100",
                  "less_support_needed": "less_support_needed", "notes": "notes", "visibility": "visibility"}
REVIEW_FIELDS = tuple(REVIEW_COLUMNS)
MISSED_COLUMNS = {"on_date": "on_date", "hours": "hours_x100", "reason": "reason", "note": "note",
                  "visibility": "visibility"}
MISSED_FIELDS = tuple(MISSED_COLUMNS)
HOURS_COLUMNS = {"hours": "hours_x100", "proactive_hours": "proactive_x100", "flex_hours": "flex_x100",
                 "crisis_hours": "crisis_x100", "background_hours": "background_x100", "miles": "miles_x100"}
DATE_FIELDS = {"starts_on", "ends_on", "on_date", "year_starts_on", "year_ends_on"}


def _out(name: str, value: Any) -> Any:
    if name == "shares":
        return [share_out(share) for share in value]
    if isinstance(value, Decimal):
        return hours_text(value)
    if name in DATE_FIELDS:
        value = day(value)
        return value.isoformat() if value else None
    return value


def _value(row, name: str, columns: dict[str, str]) -> Any:
    """A field of a row as its record has it: hours from hundredths, yes/no as True or False."""
    column = columns.get(name, name)
    value = getattr(row, column)
    if column.endswith("_x100"):
        return None if value is None else hundredths_to_hours(value)
    if name == "less_support_needed":
        return flag(value)
    return value


def share_out(share: Share) -> dict[str, Any]:
    if share.percent is not None:
        return {"stream": share.stream, "percent": format(share.percent.normalize(), "f")}
    return {"stream": share.stream, "amount_pence": share.amount_pence}


def shares_in(item: dict[str, Any]) -> list[dict[str, Any]]:
    """An item's shares from a file: its `shares`, or an older file's one `stream` (all of it)."""
    if "shares" in item:
        return list(item["shares"] or [])
    return [{"stream": item["stream"], "percent": "100"}] if item.get("stream") else []


def _dump_list(rows: list, names, columns=None, phase_ids=None, notes=None, goal_ids=None, shares=None,
               links=None) -> list[dict[str, Any]]:
    """Items as the file has them: `shares` and `links` (goals) by the item's id."""
    out = []
    for row in rows:
        item = {}
        for name in names:
            if name == "shares":
                item[name] = _out(name, shares_of_rows(shares.get(row.id, [])))
            elif name != "goal_ids":
                item[name] = _out(name, _value(row, name, columns or HOURS_COLUMNS))
        if "goal_ids" in names:
            item["goals"] = [goal_ids[link.goal_id] for link in links.get(row.id, []) if link.goal_id in goal_ids]
        if phase_ids is not None:
            item["phase"] = phase_ids.get(row.phase_id)
        out.append(with_disagreements(item, notes.get(row.id)) if notes is not None else item)
    return out


def _in_order(reader: Reader, table: str, plan_id: int) -> list:
    return reader.all(f"SELECT * FROM {table} WHERE plan_id = :plan_id ORDER BY position, id", plan_id=plan_id)


def dump(reader: Reader, plan_id: int, store: PictureStore) -> dict[str, Any]:
    row = one(reader, "SELECT * FROM budget WHERE plan_id = :plan_id", plan_id=plan_id)
    settings = rules.BudgetSettingsRecord(plan_id) if row is None else rules.BudgetSettingsRecord(
        plan_id, **{name: day(getattr(row, name)) if name in DATE_FIELDS else getattr(row, name)
                    for name in rules.SETTINGS_FIELDS})
    phases = _in_order(reader, "budget_phase", plan_id)
    phase_ids = {row.id: f"phase-{index + 1}" for index, row in enumerate(phases)}
    goal_ids = goal_file_ids(reader, plan_id)
    phase_list = _dump_list(phases, PHASE_FIELDS)
    for row, item in zip(phases, phase_list, strict=True):
        item["id"] = phase_ids[row.id]
    shares = reader.all("SELECT * FROM funding_share WHERE plan_id = :plan_id ORDER BY position, id",
                        plan_id=plan_id)
    links = reader.all("SELECT * FROM budget_goal_link WHERE plan_id = :plan_id ORDER BY position, id",
                       plan_id=plan_id)
    reviews = []
    missed = grouped(reader.all(
        "SELECT * FROM missed_visit WHERE review_id IN (SELECT id FROM hours_review WHERE plan_id = :plan_id) "
        "ORDER BY review_id, position, id", plan_id=plan_id), "review_id")
    found = reader.all("SELECT * FROM hours_review WHERE plan_id = :plan_id", plan_id=plan_id)
    for row in sorted(found, key=lambda r: (day(r.starts_on), r.id)):
        review = {name: _out(name, _value(row, name, REVIEW_COLUMNS)) for name in REVIEW_FIELDS}
        review["missed_visits"] = _dump_list(missed.get(row.id, []), MISSED_FIELDS, MISSED_COLUMNS)
        reviews.append(review)
    return {
        "settings": {name: _out(name, getattr(settings, name)) for name in rules.SETTINGS_FIELDS},
        "funding_streams": _dump_list(_in_order(reader, "funding_stream", plan_id), STREAM_FIELDS),
        "phases": phase_list,
        "support_lines": _dump_list(
            _in_order(reader, "support_line", plan_id), LINE_FIELDS, phase_ids=phase_ids,
            notes=disagreements_by_item(reader, plan_id, LINE_KIND), goal_ids=goal_ids,
            shares=grouped(shares, "support_line_id"), links=grouped(links, "support_line_id")),
        "one_off_purchases": _dump_list(
            _in_order(reader, "one_off_purchase", plan_id), PURCHASE_FIELDS, phase_ids=phase_ids,
            goal_ids=goal_ids, shares=grouped(shares, "one_off_purchase_id"),
            links=grouped(links, "one_off_purchase_id")),
        "travel": _dump_list(_in_order(reader, "travel_item", plan_id), TRAVEL_FIELDS, phase_ids=phase_ids,
                             shares=grouped(shares, "travel_item_id")),
        "reviews": reviews,
    }


def _with_links(item: dict[str, Any], phase_ids: dict[str, int], goals: dict[str, Any], kind) -> dict[str, Any]:
    """An item from the file with its phase, shares and goals as the services take them."""
    values = {key: value for key, value in item.items() if key not in ("phase", "stream", "goals")}
    phase = item.get("phase")
    if phase is not None and phase not in phase_ids:
        raise InvalidInput(_("something names a phase that is not in the file."), "phase")
    values["phase_id"] = phase_ids.get(phase) if phase is not None else None
    values["shares"] = shares_in(item)
    if "goal_ids" in kind.fields:
        for file_id in item.get("goals") or []:
            if file_id not in goals:
                raise InvalidInput(_("something names a goal that is not in the file."), "goals")
        values["goal_ids"] = [goals[file_id].id for file_id in item.get("goals") or []]
    elif item.get("goals"):
        raise InvalidInput(_("only support and one-off purchases can name goals."), "goals")
    return values


def load(session, plan, data: dict[str, Any], store: PictureStore) -> None:
    from planner.services import budget, hours_reviews, items, support_lines

    try:
        settings = data.get("settings")
        if settings:
            budget.update_settings_in_session(session, plan.id, dict(settings))
        for item in data.get("funding_streams", []):
            items.add_in_session(session, budget.STREAM, plan.id, item)
        phase_ids: dict[str, int] = {}
        for item in data.get("phases", []):
            values = {key: value for key, value in item.items() if key != "id"}
            if item["id"] in phase_ids:
                raise InvalidInput(_("two phases have the same id."), "phases")
            phase_ids[item["id"]] = items.add_in_session(session, budget.PHASE, plan.id, values).id
        goals = session.info.get(SESSION_KEY_GOALS, {})
        for key, kind in (("support_lines", support_lines.LINE),
                          ("one_off_purchases", support_lines.PURCHASE),
                          ("travel", support_lines.TRAVEL)):
            for item in data.get(key, []):
                values = {name: value for name, value in item.items() if name != DISAGREEMENTS}
                row = items.add_in_session(session, kind, plan.id, _with_links(values, phase_ids, goals, kind))
                load_disagreements(session, plan, LINE_KIND, row.id, item)
        for review in sorted(data.get("reviews", []), key=lambda r: r["starts_on"]):
            values = {key: value for key, value in review.items() if key != "missed_visits"}
            row = items.add_in_session(session, hours_reviews.REVIEW, plan.id, values)
            for missed in review.get("missed_visits", []):
                items.add_in_session(session, hours_reviews.MISSED, row.id, missed)
    except InvalidInput as error:
        raise NotAPlanFile(
            _("The budget in this file has something Small Steps can't keep: {why}").format(
                why=error.message
            )
        ) from None


def totals_of(data: dict[str, Any]) -> rules.Totals:
    """The totals of a `plan.support_budget` as it is in a document (for exports).

    Work them out from the whole document, before it is filtered for an audience: a filtered
    document may have lost a phase that visible support still names.
    """
    settings = data.get("settings") or {}
    phases = {p["id"]: p for p in data.get("phases", [])}

    def date(value):
        return dt.date.fromisoformat(value) if value else None

    allocation = settings.get("allocation_pence")
    if settings.get("allocation_method") == "points":
        points, price = settings.get("points"), settings.get("price_per_point_pence")
        allocation = None if points is None or price is None else points * price
    return rules.totals(rules.Budget(
        lines=tuple(
            rules.Line(i, Decimal(line["hours"]), line["rate_pence"],
                       line.get("bank_holiday_rate_pence"), line.get("phase"), None,
                       {k: Decimal(line[f"{k}_hours"]) for k in
                        ("proactive", "flex", "crisis", "background")}, item_shares(line))
            for i, line in enumerate(data.get("support_lines", []))
        ),
        travel=tuple(
            rules.Travel(i, Decimal(t["miles"]), t["rate_pence"], t.get("phase"), None, item_shares(t))
            for i, t in enumerate(data.get("travel", []))
        ),
        purchases=tuple(
            rules.Purchase(i, p["amount_pence"], p.get("phase"), None, item_shares(p))
            for i, p in enumerate(data.get("one_off_purchases", []))
        ),
        phases=tuple(
            rules.Phase(key, p["name"], date(p["starts_on"]), date(p["ends_on"]))
            for key, p in phases.items()
        ),
        year_first=date(settings.get("year_starts_on")),
        year_last=date(settings.get("year_ends_on")),
        bank_holidays=settings.get("bank_holidays", rules.DEFAULT_BANK_HOLIDAYS),
        allocation_pence=allocation,
        stream_amounts={s["stream"]: s.get("amount_pence") for s in data.get("funding_streams", [])},
    ))


def item_shares(item: dict[str, Any]) -> tuple[Share, ...]:
    """An item's shares as the arithmetic takes them (from a document, any audience)."""
    return tuple(
        Share(s["stream"], Decimal(s["percent"]) if s.get("percent") is not None else None,
              s.get("amount_pence") if s.get("percent") is None else None)
        for s in shares_in(item))


PART = Part("support_budget", dump, load)
