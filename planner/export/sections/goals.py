"""What I need, my goals and small steps, and how it's going (check-ins, reviews, meetings)."""

from typing import Any

from planner.charts.ratings import ratings_chart, reviews_from_document
from planner.charts.step_ladder import goal_ladder, ladder_goal_from_document
from planner.domain.goals import (
    domain_label,
    funding_label,
    goal_status_label,
    happened_label,
    review_kind_label,
    step_status_label,
    why_not_label,
)
from planner.domain.step_cost import format_pence
from planner.export import blocks as b
from planner.export.sections.panel import disagreement_blocks, views_about
from planner.export.withheld import kept_words
from planner.i18n import _, date_in_words


def _plan(data: dict[str, Any]) -> dict[str, Any]:
    return data.get("plan") or {}


def needs_blocks(data: dict[str, Any], context) -> list[b.Block]:
    needs = [n for n in _plan(data).get("needs") or [] if isinstance(n, dict)]
    if not needs:
        return []
    out: list[b.Block] = [b.Heading(_("What I need"), 1)]
    for need in needs:
        label = domain_label(need["domain"])
        if context.audience != "me" and need.get("funding_stream"):
            label += " · " + _("paid by: {stream}").format(stream=funding_label(need["funding_stream"]))
        out.append(b.Answer(need.get("words", ""), label, context.who_sees(need)))
        out.extend(disagreement_blocks(need, context))
    return out



def _dates_once():
    """`date_in_words`, remembering what it gave for each date (the steps of a plan's goals share a
    few dates: the 633 of the very large plan are 12 different ones)."""
    done: dict[Any, str] = {}

    def words(date) -> str:
        found = done.get(date)
        if found is None:
            found = done[date] = date_in_words(date)
        return found

    return words


def _steps_table(goal: dict[str, Any], date_in_words=date_in_words) -> b.Table | None:
    steps = [s for s in goal.get("steps") or [] if isinstance(s, dict)]
    if not steps:
        return None
    rows = tuple((
        step.get("what", ""), step.get("who_helps", ""), date_in_words(step.get("due_on")),
        format_pence(step.get("cost_pence", 0)) if step.get("cost_pence") else "",
        step_status_label(step.get("status", "todo")) + (f" ({date_in_words(step['done_on'])})" if step.get("done_on") else ""),
    ) for step in steps)
    return b.Table((_("Small step"), _("Who helps"), _("By when"), _("Cost"), _("Where it's up to")),
                   rows, (0.36, 0.16, 0.17, 0.12, 0.19), align_right=(3,))


def goal_blocks(data: dict[str, Any], context) -> list[b.Block]:
    goals = [g for g in _plan(data).get("goals") or [] if isinstance(g, dict)]
    if not goals:
        return []
    out: list[b.Block] = [b.Heading(_("My goals and small steps"), 1)]
    dates = _dates_once()  # (one call, one language)
    for goal in goals:
        status = goal_status_label(goal.get("status", "idea"))
        if goal.get("working_on_now"):
            status += " · " + _("what I'm working on now")
        out.append(b.Heading(goal.get("title", ""), 2))
        rows = [(_("Where it's up to"), status)]
        for key, label in (("why_it_matters", _("Why it matters to me")),
                           ("outcome", _("What will be different")),
                           ("what_helps", _("What will help"))):
            if goal.get(key):
                rows.append((label, goal[key]))
        if context.who_sees(goal):
            rows.append((_("Who can see this"), context.who_sees(goal).split(": ", 1)[-1]))
        out.append(b.KeyValues(tuple(rows)))
        out.extend(disagreement_blocks(goal, context))
        barriers = [x for x in goal.get("barriers") or [] if isinstance(x, dict)]
        if barriers:
            out.append(b.Table((_("What might get in the way"), _("Ideas to get round it")),
                               tuple((x.get("barrier", ""), x.get("ideas", "")) for x in barriers), (0.5, 0.5)))
        if goal.get("steps"):
            out.append(b.ChartBlock(goal_ladder(ladder_goal_from_document(goal)), 110))
        table = _steps_table(goal, dates)
        if table is not None:
            out.append(table)
            out.extend(views_about([s for s in goal["steps"] if isinstance(s, dict)],
                                   lambda step: step.get("what", ""), context))
        checkins = [c for c in goal.get("checkins") or [] if isinstance(c, dict)]
        if checkins:
            out.append(b.Heading(_("How it's going"), 2))
            out.append(b.Table((_("When"), _("Did it happen?"), _("If not, why not"), _("Note")), tuple((
                date_in_words(c.get("happened_on")), happened_label(c.get("happened", "yes")),
                ", ".join([why_not_label(r) for r in c.get("reasons") or []]
                          + ([c["other_reason"]] if c.get("other_reason") else [])),
                c.get("note", ""),
            ) for c in checkins), (0.16, 0.18, 0.33, 0.33)))
    return out


def review_blocks(data: dict[str, Any], context) -> list[b.Block]:
    reviews = [r for r in _plan(data).get("reviews") or [] if isinstance(r, dict)]
    if not reviews:
        return []
    out: list[b.Block] = [b.Heading(_("Reviews"), 1)]
    if any(r.get("ratings") for r in reviews):
        out.append(b.ChartBlock(ratings_chart(reviews_from_document(reviews)), 170))
    for review in reviews:
        out.append(b.Heading(f"{review_kind_label(review.get('kind', 'plan'))}: {date_in_words(review.get('held_on'))}", 2))
        rows = [(label, review[key]) for key, label in (
            ("who_took_part", _("Who took part")),
            ("working_for_me", _("What's working for me")), ("not_working_for_me", _("What's not working for me")),
            ("working_for_others", _("What's working for others")),
            ("not_working_for_others", _("What's not working for others")),
            ("decisions", _("What we decided")), ("next_review_on", _("Next review")),
        ) if review.get(key)]
        rows = [(label, date_in_words(value) if label == _("Next review") else value) for label, value in rows]
        out.append(b.KeyValues(tuple(rows)))
    return out


def meeting_blocks(data: dict[str, Any], context) -> list[b.Block]:
    meetings = [m for m in _plan(data).get("meetings") or [] if isinstance(m, dict)]
    if not meetings:
        return []
    out: list[b.Block] = [b.Heading(_("Planning meetings"), 1)]
    for meeting in meetings:
        out.extend(one_meeting(meeting))
    return out


def one_meeting(meeting: dict[str, Any]) -> list[b.Block]:
    out: list[b.Block] = [b.Heading(_("Meeting on {date}").format(date=date_in_words(meeting.get("held_on"))), 2)]
    rows = [(label, value) for label, value in (
        (_("Where"), meeting.get("place", "")), (_("What for"), meeting.get("purpose", "")),
        (_("Who was invited"), ", ".join(meeting.get("invited") or [])),
        (_("Who came"), ", ".join(meeting.get("came") or [])),
        (_("Who sent apologies"), ", ".join(meeting.get("apologies") or [])),
        (_("Next meeting"), date_in_words(meeting.get("next_meeting_on"))),
    ) if value]
    out.append(b.KeyValues(tuple(rows)))
    actions = [a for a in meeting.get("actions") or [] if isinstance(a, dict)]
    if actions:
        out.append(b.Table((_("Who"), _("Agreed to do"), _("By when"), _("Done?")), tuple((
            a.get("who", ""), a.get("what", ""), date_in_words(a.get("by_when")), _("Yes") if a.get("done") else _("Not yet"),
        ) for a in actions), (0.2, 0.45, 0.2, 0.15)))
    return out


def budget_for_outcomes(data: dict[str, Any], goals: list[dict[str, Any]]) -> list[str]:
    """Each goal with the support and purchases that say they serve it (Care Act: how the budget
    meets the outcomes). Only what this document holds: items and goals the reader may see."""
    from planner.export.sections.support_budget import line_name

    part = _plan(data).get("support_budget") or {}
    items = [(line_name(i), i) for i in part.get("support_lines") or [] if isinstance(i, dict)]
    items += [(i.get("what", ""), i) for i in part.get("one_off_purchases") or [] if isinstance(i, dict)]
    out = []
    for goal in goals:
        names = [name for name, item in items if goal.get("id") and goal["id"] in (item.get("goals") or [])]
        if names:
            out.append(_("“{goal}”: paid for by {items}.").format(goal=goal.get("title", ""),
                                                                   items="; ".join(names)))
    return out


def panel_outcomes(data: dict[str, Any]) -> list[b.Block]:
    """For the panel: each outcome the person wants, the steps that get there, who, what cost."""
    goals = [g for g in _plan(data).get("goals") or [] if isinstance(g, dict)]
    needs = {n.get("id"): n for n in _plan(data).get("needs") or [] if isinstance(n, dict)}
    out: list[b.Block] = [b.Heading(_("The outcomes wanted, and the support that gets there"), 2)]
    if not goals:
        kept = kept_words(data, "goals")
        words = _("Goals: {kept}.").format(kept=kept) if kept else _("No goals written yet.")
        return out + [b.Paragraph(words, "note")]
    rows = []
    for goal in goals:
        steps = [s for s in goal.get("steps") or [] if isinstance(s, dict)]
        cost = sum(s.get("cost_pence") or 0 for s in steps)
        helpers = sorted({s.get("who_helps") for s in steps if s.get("who_helps")})
        answered = [domain_label(needs[n]["domain"]) for n in goal.get("needs") or [] if n in needs]
        rows.append((
            goal.get("outcome") or goal.get("title", ""),
            "; ".join(s.get("what", "") for s in steps[:6]) + (" …" if len(steps) > 6 else ""),
            ", ".join(helpers),
            format_pence(cost) if cost else "",
            ", ".join(answered),
        ))
    out.append(b.Table((_("Outcome (in the person's words)"), _("Small steps"), _("Who helps"),
                        _("One-off costs"), _("Needs it meets")), tuple(rows), (0.25, 0.29, 0.14, 0.13, 0.19),
                       align_right=(3,)))
    served = budget_for_outcomes(data, goals)
    if served:
        out.append(b.Paragraph(_("What the budget pays for, outcome by outcome"), "small"))
        out.append(b.Bullets(tuple(served)))
    needs_rows = tuple((domain_label(n["domain"]), n.get("words", ""),
                        funding_label(n["funding_stream"]) if n.get("funding_stream") else "")
                       for n in needs.values())
    if needs_rows:
        out.append(b.Heading(_("The needs (Care Act 2014, section 25)"), 2))
        out.append(b.Table((_("Area"), _("In the person's words"), _("Funding stream")), needs_rows, (0.22, 0.58, 0.2)))
    return out
