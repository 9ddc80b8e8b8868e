"""The parts of a plan, in the order the navigation lists them, each with its page class."""

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanParts", text)


@dataclass(frozen=True)
class PlanPart:
    key: str
    title: str
    page_path: str  # "module:Class": a QWidget class taking (session), with show_plan(plan_id)

    @property
    def page(self) -> type:
        """The page class, imported when first wanted (start-up imports none of them)."""
        module, name = self.page_path.split(":")
        return getattr(importlib.import_module(module), name)


def plan_parts() -> list[PlanPart]:
    return [
        PlanPart("details", _tr("Me and my plan"), "ui.pages.details_page:DetailsPage"),
        PlanPart("about_me", _tr("About me"), "ui.pages.about_me_page:AboutMePage"),
        PlanPart("life_story", _tr("My life story"), "ui.pages.life_story_page:LifeStoryPage"),
        PlanPart("people_places", _tr("My people and places"), "ui.pages.people_places_page:PeoplePlacesPage"),
        PlanPart("week", _tr("My week"), "ui.pages.week_page:WeekPage"),
        PlanPart("needs", _tr("What I need"), "ui.pages.needs_page:NeedsPage"),
        PlanPart("goals", _tr("My goals"), "ui.pages.goals_page:GoalsPage"),
        PlanPart("staying_well", _tr("Staying well"), "ui.pages.staying_well_page:StayingWellPage"),
        PlanPart("support_budget", _tr("My support and budget"), "ui.pages.support_budget_page:SupportBudgetPage"),
        PlanPart("how_its_going", _tr("How it's going"), "ui.pages.how_its_going_page:HowItsGoingPage"),
        PlanPart("panel", _tr("Reviews and the panel"), "ui.pages.panel_page:PanelPage"),
        PlanPart("sharing", _tr("Sharing and exports"), "ui.pages.sharing_page:SharingPage"),
    ]
