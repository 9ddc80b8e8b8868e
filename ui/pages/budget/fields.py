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


def tr(text: str) -> str:
    return QCoreApplication.translate("BudgetFields", text)


SEEN = "visibility"


def _seen() -> FormField:
    return FormField(SEEN, tr("Who can &see this"), "visibility")


def stream_choices(none_label: str) -> tuple:
    return (("", none_label), *((s.value, stream_label(s)) for s in FundingStream))


def phase_choices(phases) -> tuple:
    return (("", tr("All year")), *((p.item_id, p.name) for p in phases))


def _paid_by(weekly: bool = True) -> FormField:
    return FormField(
        "shares", tr("&Paid by: each funding stream's share"), "shares" if weekly else "shares_once",
        help=(tr("Choose the streams that pay. One stream can pay it all (100 %), or several can "
                 "share it: percentages that add up to 100 %, or a fixed amount a week from one "
                 "stream and percentages of the rest.") if weekly else
              tr("Choose the streams that pay. One stream can pay it all (100 %), or several can "
                 "share it: percentages that add up to 100 %, or a fixed amount from one stream "
                 "and percentages of the rest.")) + " " + tr(
            "Leave every stream at “Does not pay” if it is not decided yet."))


def _goals(goals) -> FormField:
    return FormField("goal_ids", tr("What this pays for: the &goals it serves"), "goals",
                     tuple(goals.items()),
                     help=tr("Tick each goal this helps with (Space ticks the one chosen). The "
                             "panel is told only about goals it may see."))


def _when(phases) -> FormField:
    return FormField("phase_id", tr("Wh&en"), "choice", phase_choices(phases),
                     help=tr("All year, or only in one phase (for example the first weeks home)."))


def stream_fields() -> list[FormField]:
    explained = " ".join(f"{stream_label(s)}: {stream_explained(s)}" for s in FundingStream)
    return [
        FormField("stream", tr("&Funding stream"), "choice",
                  tuple((s.value, stream_label(s)) for s in FundingStream), help=explained),
        FormField("amount_pence", tr("How much it &carries a year (£)"),
                  placeholder=tr("For example: 7700.00")),
        FormField("note", tr("&Note"), "text"),
        _seen(),
    ]


def phase_fields() -> list[FormField]:
    return [
        FormField("name", tr("&Name of the phase"), max_length=200,
                  placeholder=tr("For example: My first 6 weeks home")),
        FormField("starts_on", tr("&First day"), placeholder=tr("For example: 2026-09-01")),
        FormField("ends_on", tr("&Last day"), placeholder=tr("For example: 2026-10-12"),
                  help=tr("Both days count: 1 September to 12 October is 42 days, 6 weeks.")),
        FormField("note", tr("&Why this phase"), "text"),
        _seen(),
    ]


def line_fields(phases, goals) -> list[FormField]:
    hours_help = {kind: hours_kind_explained(kind) for kind in HoursKind}
    return [
        FormField("who", tr("&Who gives the support"), max_length=200,
                  placeholder=tr("A provider's or a person's name")),
        FormField("kind", tr("&Kind of support"), "choice",
                  tuple((k.value, support_kind_label(k)) for k in SupportKind)),
        FormField("hours", tr("&Hours a week"), placeholder=tr("For example: 7.5"),
                  help=tr("At most 168 (the hours in a week), with up to two numbers after the point.")),
        FormField("proactive_hours", tr("Of these, pla&nned (proactive) hours"),
                  placeholder=tr("Leave empty for the rest"),
                  help=hours_help[HoursKind.PROACTIVE] + " " + tr(
                      "Leave it empty and it is whatever is left of the hours a week.")),
        FormField("flex_hours", tr("Of these, &flexible hours"), placeholder="0",
                  help=hours_help[HoursKind.FLEX]),
        FormField("crisis_hours", tr("Of these, &crisis hours"), placeholder="0",
                  help=hours_help[HoursKind.CRISIS]),
        FormField("background_hours", tr("Of these, &background hours"), placeholder="0",
                  help=hours_help[HoursKind.BACKGROUND]),
        FormField("rate_pence", tr("Hourly &rate (£)"), placeholder=tr("For example: 21.50")),
        FormField("bank_holiday_rate_pence", tr("Rate on bank holi&days (£), if different"),
                  placeholder=tr("Leave empty if the same")),
        _paid_by(),
        _when(phases),
        _goals(goals),
        FormField("purpose", tr("What it is f&or, in words"), "text"),
        _seen(),
    ]


def purchase_fields(phases, goals) -> list[FormField]:
    return [
        FormField("what", tr("&What it is"), max_length=200,
                  placeholder=tr("For example: a greenhouse for the allotment")),
        FormField("amount_pence", tr("&Cost (£)"), placeholder=tr("For example: 349.99")),
        _paid_by(weekly=False),
        _when(phases),
        _goals(goals),
        FormField("purpose", tr("What it is f&or, in words"), "text"),
        _seen(),
    ]


def travel_fields(phases) -> list[FormField]:
    return [
        FormField("what", tr("&What travel"), max_length=200,
                  placeholder=tr("For example: the worker's car to the allotment")),
        FormField("miles", tr("&Miles a week"), placeholder=tr("For example: 12")),
        FormField("rate_pence", tr("&Rate a mile (£)"), placeholder=tr("For example: 0.45")),
        _paid_by(),
        _when(phases),
        _seen(),
    ]


def review_fields(planned_hint: str) -> list[FormField]:
    def hours(key, label, help_text=""):
        return FormField(key, label, placeholder="0", help=help_text)

    return [
        FormField("label", tr("&Name of this review"), max_length=200,
                  placeholder=tr("For example: First three months")),
        FormField("starts_on", tr("&First day"), placeholder=tr("For example: 2026-09-01")),
        FormField("ends_on", tr("&Last day"), placeholder=tr("For example: 2026-11-30")),
        FormField("planned_hours", tr("Hours &due in this time"),
                  placeholder=tr("Leave empty to work it out"), help=planned_hint),
        hours("proactive_hours", tr("Hours used: &planned (proactive)")),
        hours("flex_hours", tr("Hours used: fle&xible")),
        hours("crisis_hours", tr("Hours used: &crisis")),
        hours("background_hours", tr("Hours used: backgro&und"),
              tr("Work done for you when you weren't there.")),
        hours("two_worker_hours", tr("Of the hours used, given by &two workers together")),
        hours("banked_hours", tr("Hours &banked (saved for later)"),
              tr("For example while you were in hospital or away, or to save up for an event.")),
        hours("from_bank_hours", tr("Of the hours used, taken from the ban&k")),
        FormField("less_support_needed", tr("I need less support no&w"), "check",
                  help=tr("If this is so, the package should be looked at again.")),
        FormField("notes", tr("N&otes"), "text"),
        _seen(),
    ]


def missed_fields() -> list[FormField]:
    return [
        FormField("on_date", tr("&Date"), placeholder=tr("For example: 2026-10-02")),
        FormField("hours", tr("&Hours missed"), placeholder=tr("For example: 2")),
        FormField("reason", tr("&Why"), "choice",
                  tuple((r.value, missed_reason_label(r)) for r in MissedReason)),
        FormField("note", tr("&Note"), max_length=500),
        _seen(),
    ]
