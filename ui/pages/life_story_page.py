"""My life story: the important moments of a whole life, good and hard, drawn as ups and downs."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from planner.domain.life_charts import (
    FEELINGS,
    MONTHS,
    MomentKind,
    When,
    WhenKind,
    feeling_label,
    moment_kind_label,
    month_name,
    when_kind_label,
)
from planner.domain.visibility import visibility_label
from planner.services import life_story
from ui.commands.life_charts import LIFE_STORY, DateOrderCommand
from ui.pages.chart_part_page import ChartPartPage
from ui.widgets.feeling_icons import feeling_icon
from ui.widgets.item_form import ItemForm
from ui.widgets.visibility import new_visibility

WHEN_FIELDS = ("when_kind", "year", "month", "age", "approximate")



class LifeStoryPage(ChartPartPage):
    services = LIFE_STORY
    chart_key = "life-story"
    required = "title"
    has_picture = True

    def __init__(self, session, parent=None):
        super().__init__(
            session, QCoreApplication.translate("LifeStoryPage", "My life story"),
            QCoreApplication.translate("LifeStoryPage", "The important moments of your whole life, the good times and the hard ones: "
                "home, family, work, things you are proud of, not only times in hospital. "
                "Add them in any order. A moment with a date goes in date order; you can move "
                "any moment up or down."),
            QCoreApplication.translate("LifeStoryPage", "moment"), parent)
        self.add_button.setText(self.tr("&Add a moment"))
        self.add_button.setAccessibleName(self.tr("Add a moment"))
        self.list.setAccessibleName(self.tr("Moments of my life, in order"))
        self.order_button = QPushButton(self.tr("Put in date &order"))
        self.order_button.setAccessibleName(self.tr("Put the moments in date order"))
        self.button_flow.addWidget(self.order_button)
        self.order_button.clicked.connect(self.date_order)

    def build_form(self) -> ItemForm:
        form = ItemForm()
        form.add_line("title", self.tr("What &happened, in a few words"), self.tr("What happened"),
                      self.tr("For example: My first job, at the garden centre"), 300)
        form.add_combo("when_kind", self.tr("&When"), self.tr("How you want to say when it happened"),
                       [(when_kind_label(k), k.value) for k in WhenKind])
        form.add_line("year", self.tr("&Year"), self.tr("Year"), self.tr("For example: 1998"), 6)
        form.add_combo("month", self.tr("&Month"), self.tr("Month"),
                       [(month_name(m), m) for m in range(1, len(MONTHS) + 1)])
        form.add_line("age", self.tr("How &old you were"), self.tr("How old you were"),
                      self.tr("For example: 12"), 4)
        form.add_check("approximate", self.tr("&Not sure exactly"),
                       self.tr("Not sure exactly: around then"))
        form.add_combo("feeling", self.tr("A &good or a hard time?"), self.tr("A good or a hard time"),
                       [(feeling_label(f), f, feeling_icon(f)) for f in sorted(FEELINGS, reverse=True)])
        form.add_combo("kind", self.tr("&Kind of moment"), self.tr("Kind of moment"),
                       [(moment_kind_label(k), k.value) for k in MomentKind])
        form.add_text("story", self.tr("More about it, if you like"), self.tr("More about this moment"),
                      self.tr("Your own words"))
        form.add_visibility("visibility", self.tr("Who can s&ee this"), self.tr("Who can see this moment"))
        return form

    def list_records(self) -> list:
        return life_story.list_moments(self.session.db, self.plan_id)

    def read_plan(self) -> tuple[list, object]:
        return life_story.moments_with_document(self.session.db, self.plan_id)  # (read once for both)

    def describe(self, record) -> str:
        return self.tr("{when}: {title}. {feeling}. Seen by: {who}").format(
            when=self.words_for(When.words, record.when), title=record.title,
            feeling=self.words_for(feeling_label, record.feeling),
            who=self.words_for(visibility_label, record.visibility))

    def new_values(self) -> dict:
        return {"title": "", "when_kind": WhenKind.UNKNOWN.value, "year": "", "month": 1, "age": "",
                "approximate": False, "feeling": 3, "kind": MomentKind.OTHER.value, "story": "",
                "visibility": new_visibility()}

    def change_for(self, field: str) -> dict:
        if field in WHEN_FIELDS:
            values = {f: self.form.value(f) for f in WHEN_FIELDS}
            values = {f: (None if str(values[f]).strip() == "" else values[f]) for f in WHEN_FIELDS}
            kind = values["when_kind"]
            if (kind in (WhenKind.YEAR, WhenKind.MONTH) and values["year"] is None) or (
                    kind == WhenKind.AGE and values["age"] is None):
                return {}  # wait for the year or the age before saving
            return values
        return super().change_for(field)

    def prepare_new(self, values: dict) -> dict:
        when = self.change_for("when_kind")
        if not when:  # a year or an age still to come: keep the moment, not sure when yet
            when = {"when_kind": WhenKind.UNKNOWN.value, "year": None, "month": None, "age": None,
                    "approximate": False}
        return {**values, **when}

    def update_form(self) -> None:
        kind = self.form.value("when_kind")
        self.form.set_row_visible("year", kind in (WhenKind.YEAR, WhenKind.MONTH))
        self.form.set_row_visible("month", kind == WhenKind.MONTH)
        self.form.set_row_visible("age", kind == WhenKind.AGE)
        self.form.set_row_visible("approximate", kind != WhenKind.UNKNOWN)

    def date_order(self) -> None:
        if self.plan_id is None:
            return
        self.flush()
        self.message.show_message(self.session.execute(DateOrderCommand(self.session, self.plan_id)))

    def new_title(self) -> str:
        return self.tr("A new moment")

    def edit_title(self) -> str:
        return self.tr("The chosen moment")

    def new_hint(self) -> str:
        return self.tr("Write what happened, and the moment is kept. Then say when, and whether it "
                       "was a good or a hard time.")

    def required_message(self) -> str:
        return self.tr("Please write a few words saying what happened.")

    def add_text(self) -> str:
        return self.tr("Add a moment")

    def edit_text(self) -> str:
        return self.tr("Change a moment")

    def move_text(self) -> str:
        return self.tr("Move a moment")

    def remove_text(self) -> str:
        return self.tr("Remove a moment")
