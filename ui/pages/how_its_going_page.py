"""How it's going: did each step happen (and if not, why not), reviews with my own ratings
drawn over time, and planning meetings; with when the next reviews are due."""

import datetime as dt

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from planner.domain.goal_dates import due_in_words, plain_date
from planner.services import caseload, goals, meetings, reviews
from ui.pages.plan_part_page import PlanPartPage, scrolling
from ui.widgets.heading import Heading
from ui.widgets.how_its_going_panels import CheckinsPanel, MeetingsPanel, ReviewsPanel


class HowItsGoingPage(PlanPartPage):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.heading = Heading(self.tr("How it's going"))
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        self.checkins = CheckinsPanel(self)
        self.reviews = ReviewsPanel(self)
        self.meetings = MeetingsPanel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(self.checkins), self.tr("Did it happen?"))
        self.tabs.addTab(scrolling(self.reviews), self.tr("Reviews"))
        self.tabs.addTab(scrolling(self.meetings), self.tr("Planning meetings"))
        self.tabs.setAccessibleName(self.tr("How it's going"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.schedule)
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        if self.plan_id is None:
            return
        db = self.session.db
        held = reviews.list_reviews(db, self.plan_id)
        self.checkins.show_goals(goals.list_goals(db, self.plan_id))
        self.reviews.show_reviews(held)
        self.meetings.set_records(list(reversed(meetings.list_meetings(db, self.plan_id))))
        self._show_schedule()

    def _show_schedule(self) -> None:
        # The same rule as the caseload and the panel page (planner.domain.review_schedule).
        row = caseload.plan_row(self.session.db, self.plan_id)
        goals_due, plan_due = (row.schedule.goals, row.schedule.plan) if row else (None, None)
        lines = []
        for due, words in ((goals_due, self.tr("Next look at my goals")),
                           (plan_due, self.tr("Next look at my whole plan"))):
            if due is None:
                continue
            if due < dt.date.today():
                lines.append(self.tr("{what}: it was due on {date} ({when}).").format(
                    what=words, date=plain_date(due), when=due_in_words(due)))
            else:
                lines.append(self.tr("{what}: {date} ({when}).").format(
                    what=words, date=plain_date(due), when=due_in_words(due)))
        if not lines and row is not None and row.status == "ended":
            lines.append(self.tr("This plan has ended, so no reviews are due."))
        self.schedule.setText("\n".join(lines) or self.tr("Give your plan a start date to see when reviews are due."))
