"""The fields of the budget's dialogs: what each asks, in plain words, with staff words
explained beside them."""

from PySide6.QtCore import QCoreApplication

from planner.domain.support import (
    FundingStream,
    HoursKind,
    MissedReason,
    SupportKind,
    hours_kind_explained,
    missed_reason_label,
    stream_explained,
    stream_label,
    support_kind_label,
)
from ui.dialogs.form_dialog import FormField

SEEN = "visibility"


def _seen() -> FormField:
    return FormField(SEEN, QCoreApplication.translate("BudgetFields", "Who can &see this"), "visibility")


def stream_choices(none_label: str) -> tuple:
    return (("", none_label), *((s.value, stream_label(s)) for s in FundingStream))


def phase_choices(phases) -> tuple:
    return (("", QCoreApplication.translate("BudgetFields", "All year")), *((p.item_id, p.name) for p in phases))


def _paid_by(weekly: bool = True) -> FormField:
    return FormField(
        "shares", QCoreApplication.translate("BudgetFields", "&Paid by: each funding stream's share"), "shares" if weekly else "shares_once",
        help=(QCoreApplication.translate("BudgetFields", "Choose the streams that pay. One stream can pay it all (100 %), or several can "
                 "share it: percentages that add up to 100 %, or a fixed amount a week from one "
                 "stream and percentages of the rest.") if weekly else
              QCoreApplication.translate("BudgetFields", "Choose the streams that pay. One stream can pay it all (100 %), or several can "
                 "share it: percentages that add up to 100 %, or a fixed amount from one stream "
                 "and percentages of the rest.")) + " " + QCoreApplication.translate("BudgetFields",
            "Leave every stream at “Does not pay” if it is not decided yet."))


def _goals(goals) -> FormField:
    return FormField("goal_ids", QCoreApplication.translate("BudgetFields", "What this pays for: the &goals it serves"), "goals",
                     tuple(goals.items()),
                     help=QCoreApplication.translate("BudgetFields", "Tick each goal this helps with (Space ticks the one chosen). The "
                             "panel is told only about goals it may see."))


def _when(phases) -> FormField:
    return FormField("phase_id", QCoreApplication.translate("BudgetFields", "Wh&en"), "choice", phase_choices(phases),
                     help=QCoreApplication.translate("BudgetFields", "All year, or only in one phase (for example the first weeks home)."))


def stream_fields() -> list[FormField]:
    explained = " ".join(f"{stream_label(s)}: {stream_explained(s)}" for s in FundingStream)
    return [
        FormField("stream", QCoreApplication.translate("BudgetFields", "&Funding stream"), "choice",
                  tuple((s.value, stream_label(s)) for s in FundingStream), help=explained),
        FormField("amount_pence", QCoreApplication.translate("BudgetFields", "How much it &carries a year (£)"),
                  placeholder=QCoreApplication.translate("BudgetFields", "For example: 7700.00")),
        FormField("note", QCoreApplication.translate("BudgetFields", "&Note"), "text"),
        _seen(),
    ]


def phase_fields() -> list[FormField]:
    return [
        FormField("name", QCoreApplication.translate("BudgetFields", "&Name of the phase"), max_length=200,
                  placeholder=QCoreApplication.translate("BudgetFields", "For example: My first 6 weeks home")),
        FormField("starts_on", QCoreApplication.translate("BudgetFields", "&First day"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 2026-09-01")),
        FormField("ends_on", QCoreApplication.translate("BudgetFields", "&Last day"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 2026-10-12"),
                  help=QCoreApplication.translate("BudgetFields", "Both days count: 1 September to 12 October is 42 days, 6 weeks.")),
        FormField("note", QCoreApplication.translate("BudgetFields", "&Why this phase"), "text"),
        _seen(),
    ]


def line_fields(phases, goals) -> list[FormField]:
    hours_help = {kind: hours_kind_explained(kind) for kind in HoursKind}
    return [
        FormField("who", QCoreApplication.translate("BudgetFields", "&Who gives the support"), max_length=200,
                  placeholder=QCoreApplication.translate("BudgetFields", "A provider's or a person's name")),
        FormField("kind", QCoreApplication.translate("BudgetFields", "&Kind of support"), "choice",
                  tuple((k.value, support_kind_label(k)) for k in SupportKind)),
        FormField("hours", QCoreApplication.translate("BudgetFields", "&Hours a week"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 7.5"),
                  help=QCoreApplication.translate("BudgetFields", "At most 168 (the hours in a week), with up to two numbers after the point.")),
        FormField("proactive_hours", QCoreApplication.translate("BudgetFields", "Of these, pla&nned (proactive) hours"),
                  placeholder=QCoreApplication.translate("BudgetFields", "Leave empty for the rest"),
                  help=hours_help[HoursKind.PROACTIVE] + " " + QCoreApplication.translate("BudgetFields",
                      "Leave it empty and it is whatever is left of the hours a week.")),
        FormField("flex_hours", QCoreApplication.translate("BudgetFields", "Of these, &flexible hours"), placeholder="0",
                  help=hours_help[HoursKind.FLEX]),
        FormField("crisis_hours", QCoreApplication.translate("BudgetFields", "Of these, &crisis hours"), placeholder="0",
                  help=hours_help[HoursKind.CRISIS]),
        FormField("background_hours", QCoreApplication.translate("BudgetFields", "Of these, &background hours"), placeholder="0",
                  help=hours_help[HoursKind.BACKGROUND]),
        FormField("rate_pence", QCoreApplication.translate("BudgetFields", "Hourly &rate (£)"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 21.50")),
        FormField("bank_holiday_rate_pence", QCoreApplication.translate("BudgetFields", "Rate on bank holi&days (£), if different"),
                  placeholder=QCoreApplication.translate("BudgetFields", "Leave empty if the same")),
        _paid_by(),
        _when(phases),
        _goals(goals),
        FormField("purpose", QCoreApplication.translate("BudgetFields", "What it is f&or, in words"), "text"),
        _seen(),
    ]


def purchase_fields(phases, goals) -> list[FormField]:
    return [
        FormField("what", QCoreApplication.translate("BudgetFields", "&What it is"), max_length=200,
                  placeholder=QCoreApplication.translate("BudgetFields", "For example: a greenhouse for the allotment")),
        FormField("amount_pence", QCoreApplication.translate("BudgetFields", "&Cost (£)"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 349.99")),
        _paid_by(weekly=False),
        _when(phases),
        _goals(goals),
        FormField("purpose", QCoreApplication.translate("BudgetFields", "What it is f&or, in words"), "text"),
        _seen(),
    ]


def travel_fields(phases) -> list[FormField]:
    return [
        FormField("what", QCoreApplication.translate("BudgetFields", "&What travel"), max_length=200,
                  placeholder=QCoreApplication.translate("BudgetFields", "For example: the worker's car to the allotment")),
        FormField("miles", QCoreApplication.translate("BudgetFields", "&Miles a week"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 12")),
        FormField("rate_pence", QCoreApplication.translate("BudgetFields", "&Rate a mile (£)"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 0.45")),
        _paid_by(),
        _when(phases),
        _seen(),
    ]


def review_fields(planned_hint: str) -> list[FormField]:
    def hours(key, label, help_text=""):
        return FormField(key, label, placeholder="0", help=help_text)

    return [
        FormField("label", QCoreApplication.translate("BudgetFields", "&Name of this review"), max_length=200,
                  placeholder=QCoreApplication.translate("BudgetFields", "For example: First three months")),
        FormField("starts_on", QCoreApplication.translate("BudgetFields", "&First day"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 2026-09-01")),
        FormField("ends_on", QCoreApplication.translate("BudgetFields", "&Last day"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 2026-11-30")),
        FormField("planned_hours", QCoreApplication.translate("BudgetFields", "Hours &due in this time"),
                  placeholder=QCoreApplication.translate("BudgetFields", "Leave empty to work it out"), help=planned_hint),
        hours("proactive_hours", QCoreApplication.translate("BudgetFields", "Hours used: &planned (proactive)")),
        hours("flex_hours", QCoreApplication.translate("BudgetFields", "Hours used: fle&xible")),
        hours("crisis_hours", QCoreApplication.translate("BudgetFields", "Hours used: &crisis")),
        hours("background_hours", QCoreApplication.translate("BudgetFields", "Hours used: backgro&und"),
              QCoreApplication.translate("BudgetFields", "Work done for you when you weren't there.")),
        hours("two_worker_hours", QCoreApplication.translate("BudgetFields", "Of the hours used, given by &two workers together")),
        hours("banked_hours", QCoreApplication.translate("BudgetFields", "Hours &banked (saved for later)"),
              QCoreApplication.translate("BudgetFields", "For example while you were in hospital or away, or to save up for an event.")),
        hours("from_bank_hours", QCoreApplication.translate("BudgetFields", "Of the hours used, taken from the ban&k")),
        FormField("less_support_needed", QCoreApplication.translate("BudgetFields", "I need less support no&w"), "check",
                  help=QCoreApplication.translate("BudgetFields", "If this is so, the package should be looked at again.")),
        FormField("notes", QCoreApplication.translate("BudgetFields", "N&otes"), "text"),
        _seen(),
    ]


def missed_fields() -> list[FormField]:
    return [
        FormField("on_date", QCoreApplication.translate("BudgetFields", "&Date"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 2026-10-02")),
        FormField("hours", QCoreApplication.translate("BudgetFields", "&Hours missed"), placeholder=QCoreApplication.translate("BudgetFields", "For example: 2")),
        FormField("reason", QCoreApplication.translate("BudgetFields", "&Why"), "choice",
                  tuple((r.value, missed_reason_label(r)) for r in MissedReason)),
        FormField("note", QCoreApplication.translate("BudgetFields", "&Note"), max_length=500),
        _seen(),
    ]
