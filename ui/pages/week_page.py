"""My week: what I do each morning, afternoon, evening and night, drawn as a week picture."""

from PySide6.QtCore import QCoreApplication

from planner.domain.life_charts import (
    DAYS,
    FEELINGS,
    TIMES,
    day_label,
    time_label,
    week_feeling_label,
)
from planner.domain.visibility import visibility_label
from planner.services import week
from ui.commands.life_charts import WEEK
from ui.pages.chart_part_page import ChartPartPage
from ui.widgets.feeling_icons import feeling_icon
from ui.widgets.item_form import ItemForm
from ui.widgets.visibility import new_visibility


class WeekPage(ChartPartPage):
    services = WEEK
    chart_key = "week"
    required = "title"

    def __init__(self, session, parent=None):
        super().__init__(
            session, QCoreApplication.translate("WeekPage", "My week"),
            QCoreApplication.translate("WeekPage", "What you do in a usual week, morning, afternoon, evening and night: where, who "
                "with, and how you feel about it. Weekends too."),
            QCoreApplication.translate("WeekPage", "thing in my week"), parent)
        self.add_button.setText(self.tr("&Add something I do"))
        self.add_button.setAccessibleName(self.tr("Add something I do in my week"))
        self.list.setAccessibleName(self.tr("My week, from Monday morning"))

    def build_form(self) -> ItemForm:
        form = ItemForm()
        form.add_combo("day", self.tr("&Day"), self.tr("Day"), [(day_label(d), d) for d in DAYS])
        form.add_combo("time_of_day", self.tr("&Time of day"), self.tr("Time of day"),
                       [(time_label(t), t) for t in TIMES])
        form.add_line("title", self.tr("What you &do"), self.tr("What you do"),
                      self.tr("For example: Walk Mot"), 300)
        form.add_line("place", self.tr("W&here"), self.tr("Where"), self.tr("For example: The park"), 300)
        form.add_line("with_whom", self.tr("Who &with"), self.tr("Who with"),
                      self.tr("For example: On my own, or with Anwen"), 300)
        form.add_combo("feeling", self.tr("How you &feel about it"), self.tr("How you feel about it"),
                       [(self.tr("(Not said)"), None)]
                       + [(week_feeling_label(f), f, feeling_icon(f)) for f in sorted(FEELINGS, reverse=True)])
        form.add_visibility("visibility", self.tr("Who can s&ee this"), self.tr("Who can see this"))
        return form

    def list_records(self) -> list:
        return week.list_entries(self.session.db, self.plan_id)

    def describe(self, record) -> str:
        where = ", ".join(part for part in (record.place, record.with_whom) if part)
        feeling = f" {self.words_for(week_feeling_label, record.feeling)}." if record.feeling else ""
        return self.tr("{day} {time}: {title}{where}.{feeling} Seen by: {who}").format(
            day=self.words_for(day_label, record.day), time=self.words_for(time_label, record.time_of_day).lower(),
            title=record.title, where=f" ({where})" if where else "", feeling=feeling,
            who=self.words_for(visibility_label, record.visibility))

    def new_values(self) -> dict:
        day, time = ((self.current.day, self.current.time_of_day) if self.current is not None
                     else (DAYS[0], TIMES[0]))
        return {"day": day, "time_of_day": time, "title": "", "place": "", "with_whom": "",
                "feeling": None, "visibility": new_visibility()}

    def new_title(self) -> str:
        return self.tr("Something new in my week")

    def edit_title(self) -> str:
        return self.tr("The chosen time")

    def new_hint(self) -> str:
        return self.tr("Choose the day and time, then write what you do, and it is kept.")

    def required_message(self) -> str:
        return self.tr("Please write a few words saying what you do, like walk Mot.")

    def add_text(self) -> str:
        return self.tr("Add to my week")

    def edit_text(self) -> str:
        return self.tr("Change my week")

    def move_text(self) -> str:
        return self.tr("Move in my week")

    def remove_text(self) -> str:
        return self.tr("Take out of my week")
