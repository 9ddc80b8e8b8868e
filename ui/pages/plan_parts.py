"""The parts of a plan, in the order the navigation lists them, each with its page class."""

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


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

    def load_code(self) -> None:
        """Import the page's code, and the code of what it makes when first shown (its
        `CONTENT_CODE`), without making anything."""
        for module in getattr(self.page, "CONTENT_CODE", ()):
            importlib.import_module(module)


def plan_parts() -> list[PlanPart]:
    return [
        PlanPart("details", QCoreApplication.translate("PlanParts", "Me and my plan"), "ui.pages.details_page:DetailsPage"),
        PlanPart("about_me", QCoreApplication.translate("PlanParts", "About me"), "ui.pages.about_me_page:AboutMePage"),
        PlanPart("life_story", QCoreApplication.translate("PlanParts", "My life story"), "ui.pages.life_story_page:LifeStoryPage"),
        PlanPart("people_places", QCoreApplication.translate("PlanParts", "My people and places"), "ui.pages.people_places_page:PeoplePlacesPage"),
        PlanPart("week", QCoreApplication.translate("PlanParts", "My week"), "ui.pages.week_page:WeekPage"),
        PlanPart("needs", QCoreApplication.translate("PlanParts", "What I need"), "ui.pages.needs_page:NeedsPage"),
        PlanPart("goals", QCoreApplication.translate("PlanParts", "My goals"), "ui.pages.goals_page:GoalsPage"),
        PlanPart("staying_well", QCoreApplication.translate("PlanParts", "Staying well"), "ui.pages.staying_well_page:StayingWellPage"),
        PlanPart("support_budget", QCoreApplication.translate("PlanParts", "My support and budget"), "ui.pages.support_budget_page:SupportBudgetPage"),
        PlanPart("how_its_going", QCoreApplication.translate("PlanParts", "How it's going"), "ui.pages.how_its_going_page:HowItsGoingPage"),
        PlanPart("panel", QCoreApplication.translate("PlanParts", "Reviews and the panel"), "ui.pages.panel_page:PanelPage"),
        PlanPart("sharing", QCoreApplication.translate("PlanParts", "Sharing and exports"), "ui.pages.sharing_page:SharingPage"),
    ]
