"""How it's going: did each step happen (and if not, why not), reviews with my own ratings
drawn over time, and planning meetings; with when the next reviews are due."""

import datetime as dt

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from planner.domain.goal_dates import due_in_words, plain_date, review_schedule
from planner.services import goals, meetings, plans, review_settings, reviews
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
        self._show_schedule(held, plans.get_plan(db, self.plan_id).started_on)

    def _show_schedule(self, held, started_on) -> None:
        intervals = review_settings.review_intervals(self.session.db)
        goal_months, plan_months = intervals.goal_months, intervals.plan_months
        goals_due, plan_due = review_schedule(
            [(r.held_on, r.kind, r.next_review_on) for r in held], started_on, goal_months, plan_months)
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
        self.schedule.setText("\n".join(lines) or self.tr("Give your plan a start date to see when reviews are due."))
