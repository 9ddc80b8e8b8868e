"""Pictures of goals and ratings (PNG): the ladders of the plan's goals, and the ratings chart.

Like every export, a picture is made from the plan document already filtered for its audience,
so a goal, step or review the audience may not see is never drawn.
"""

from planner.charts.geometry import Chart
from planner.charts.ratings import ratings_chart, reviews_from_document
from planner.charts.step_ladder import ladder_goal_from_document, plan_ladders
from planner.domain.visibility import Audience
from planner.errors import PlannerError
from planner.export.audience import for_audience
from planner.i18n import _
from planner.plan_file.document import PlanDocument

DEFAULT_DPI = 150
MIN_DPI, MAX_DPI = 36, 600


def audience_words(audience: Audience | str) -> str:
    return {
        Audience.ME: _("This copy is for me."),
        Audience.TEAM: _("This copy is for my support team."),
        Audience.PANEL: _("This copy is for the panel."),
    }[Audience(audience)]


def _who(document: PlanDocument) -> str:
    person = document.data.get("person") or {}
    return person.get("preferred_name") or person.get("name") or ""


def steps_chart(document: PlanDocument, audience: Audience | str) -> Chart:
    """The ladders of every goal `audience` may see (the document is filtered here)."""
    shared = for_audience(document, audience)
    goals = [ladder_goal_from_document(goal) for goal in (shared.data.get("plan") or {}).get("goals") or []]
    who = _who(shared)
    heading = _("{name}'s goals, step by step").format(name=who) if who else ""
    return plan_ladders(goals, heading=heading, audience_words=audience_words(audience))


def ratings_chart_for(document: PlanDocument, audience: Audience | str) -> Chart:
    """The ratings of every review `audience` may see (the document is filtered here)."""
    shared = for_audience(document, audience)
    reviews = reviews_from_document((shared.data.get("plan") or {}).get("reviews") or [])
    who = _who(shared)
    heading = _("How things are going for {name}").format(name=who) if who else ""
    return ratings_chart(reviews, heading=heading, audience_words=audience_words(audience))


def check_dpi(dpi: int | None) -> int:
    dpi = DEFAULT_DPI if dpi is None else dpi
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise PlannerError(
            _("Please choose a resolution between {low} and {high} dots per inch.").format(low=MIN_DPI, high=MAX_DPI)
        )
    return dpi


def picture(chart: Chart, dpi: int | None = None, kind: str = "png") -> bytes:
    from planner.charts.render_pillow import picture_bytes

    return picture_bytes(chart, kind, check_dpi(dpi))


def steps_png(document: PlanDocument, options: dict) -> bytes:
    """An export kind's maker: `document` is already filtered; its "audience" says for whom."""
    return picture(steps_chart(document, document.data.get("audience", "me")), options.get("dpi"))


def ratings_png(document: PlanDocument, options: dict) -> bytes:
    """An export kind's maker: `document` is already filtered; its "audience" says for whom."""
    return picture(ratings_chart_for(document, document.data.get("audience", "me")), options.get("dpi"))
