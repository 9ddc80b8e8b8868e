"""The parts of a plan, in the order the navigation lists them.

A part that is built names its page class; one that is not yet built says, in plain words,
what it will hold (shown on a "coming" page, never as pretend content).
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanParts", text)


@dataclass(frozen=True)
class PlanPart:
    key: str
    title: str
    page: type | None  # a QWidget class taking (session), with show_plan(plan_id)
    coming: str = ""


def plan_parts() -> list[PlanPart]:
    from ui.pages.about_me_page import AboutMePage
    from ui.pages.details_page import DetailsPage
    from ui.pages.goals_page import GoalsPage
    from ui.pages.how_its_going_page import HowItsGoingPage
    from ui.pages.life_story_page import LifeStoryPage
    from ui.pages.needs_page import NeedsPage
    from ui.pages.panel_page import PanelPage
    from ui.pages.people_places_page import PeoplePlacesPage
    from ui.pages.sharing_page import SharingPage
    from ui.pages.staying_well_page import StayingWellPage
    from ui.pages.support_budget_page import SupportBudgetPage
    from ui.pages.week_page import WeekPage

    return [
        PlanPart("details", _tr("Me and my plan"), DetailsPage),
        PlanPart("about_me", _tr("About me"), AboutMePage),
        PlanPart("life_story", _tr("My life story"), LifeStoryPage),
        PlanPart("people_places", _tr("My people and places"), PeoplePlacesPage),
        PlanPart("week", _tr("My week"), WeekPage),
        PlanPart("needs", _tr("What I need"), NeedsPage),
        PlanPart("goals", _tr("My goals"), GoalsPage),
        PlanPart("staying_well", _tr("Staying well"), StayingWellPage),
        PlanPart("support_budget", _tr("My support and budget"), SupportBudgetPage),
        PlanPart("how_its_going", _tr("How it's going"), HowItsGoingPage),
        PlanPart("panel", _tr("Reviews and the panel"), PanelPage),
        PlanPart("sharing", _tr("Sharing and exports"), SharingPage),
    ]
