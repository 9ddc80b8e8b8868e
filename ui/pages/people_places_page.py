"""My people and places: who and what is in my life, drawn as a map with me in the middle."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from planner.domain.life_charts import (
    CLOSENESS_ORDER,
    MemberKind,
    closeness_label,
    member_kind_label,
)
from planner.domain.visibility import may_see, visibility_label
from planner.services import people_places
from ui.commands.life_charts import PEOPLE_PLACES, ClosenessCommand
from ui.pages.chart_part_page import ChartPartPage
from ui.widgets.feeling_icons import kind_icon
from ui.widgets.item_form import ItemForm
from ui.widgets.map_chart_view import MapChartView
from ui.widgets.visibility import new_visibility


class PeoplePlacesPage(ChartPartPage):
    services = PEOPLE_PLACES
    chart_key = "people-map"
    required = "name"
    has_picture = True

    def __init__(self, session, parent=None):
        super().__init__(
            session, QCoreApplication.translate("PeoplePlacesPage", "My people and places"),
            QCoreApplication.translate("PeoplePlacesPage", "The people, places, services, groups and pets in your life, and how close they "
                "are to you: very close, close, or around you. Change how close by dragging a "
                "shape on the map to another circle, or with Move closer and Move further out."),
            QCoreApplication.translate("PeoplePlacesPage", "person or place"), parent)
        self.add_button.setText(self.tr("&Add someone or somewhere"))
        self.add_button.setAccessibleName(self.tr("Add a person, place, service, group or pet"))
        self.list.setAccessibleName(self.tr("My people and places"))
        self.closer_button = QPushButton(self.tr("Move c&loser"))
        self.closer_button.setAccessibleName(self.tr("Move the chosen one a circle closer to me"))
        self.further_button = QPushButton(self.tr("Move &further out"))
        self.further_button.setAccessibleName(self.tr("Move the chosen one a circle further out"))
        for button in (self.closer_button, self.further_button):
            self.button_flow.addWidget(button)
        self.closer_button.clicked.connect(lambda: self.change_closeness(-1))
        self.further_button.clicked.connect(lambda: self.change_closeness(1))
        self.panel.view.member_dropped.connect(self.dropped)

    def make_view(self):
        view = MapChartView()
        view.setAccessibleName(self.tr("Map of my people and places"))
        return view

    def build_form(self) -> ItemForm:
        form = ItemForm()
        form.add_line("name", self.tr("&Name"), self.tr("Name"),
                      self.tr("For example: Anwen, or the library"), 200)
        form.add_combo("kind", self.tr("&What it is"), self.tr("What it is"),
                       [(member_kind_label(k), k.value, kind_icon(k.value)) for k in MemberKind])
        form.add_line("relation", self.tr("What they are &to you"), self.tr("What they are to you"),
                      self.tr("For example: My sister"), 300)
        form.add_combo("closeness", self.tr("How c&lose"), self.tr("How close they are to you"),
                       [(closeness_label(c), c) for c in CLOSENESS_ORDER])
        form.add_text("helps_with", self.tr("What they &help with"), self.tr("What they help with"))
        form.add_visibility("visibility", self.tr("Who can s&ee this"), self.tr("Who can see this"))
        form.add_text("contact", self.tr("C&ontact details, if you like"), self.tr("Contact details"),
                      self.tr("A phone number or an address"))
        form.add_visibility("contact_visibility", self.tr("Who can see the contact &details"),
                            self.tr("Who can see the contact details"))
        return form

    def list_records(self) -> list:
        return people_places.list_members(self.session.db, self.plan_id)

    def read_plan(self) -> tuple[list, object]:
        return people_places.members_with_document(self.session.db, self.plan_id)  # (read once for both)

    def describe(self, record) -> str:
        what = f": {record.relation}" if record.relation else ""
        return self.tr("{name} ({kind}){what}. {closeness}. Seen by: {who}").format(
            name=record.name, kind=self.words_for(member_kind_label, record.kind).lower(), what=what,
            closeness=self.words_for(closeness_label, record.closeness),
            who=self.words_for(visibility_label, record.visibility))

    def new_values(self) -> dict:
        return {"name": "", "kind": MemberKind.PERSON.value, "relation": "", "closeness": "close",
                "helps_with": "", "visibility": new_visibility(), "contact": "", "contact_visibility": new_visibility()}

    def _show_current(self) -> None:
        super()._show_current()
        record = self.current
        self.closer_button.setEnabled(record is not None and record.closeness != CLOSENESS_ORDER[0])
        self.further_button.setEnabled(record is not None and record.closeness != CLOSENESS_ORDER[-1])

    def change_closeness(self, step: int) -> None:
        if self.current is None:
            return
        self.flush()
        self.message.show_message(self.session.execute(
            ClosenessCommand(self.session, self.plan_id, self.current.member_id, step=step,
                             seen=self.current.closeness)))

    def dropped(self, index: int, closeness: str) -> None:
        """A shape on the map was let go in a circle: `index` counts the members drawn."""
        audience = self.panel.current_audience()
        shown = [r for r in self.model.records() if may_see(audience, r.visibility)]
        if not 0 <= index < len(shown) or shown[index].closeness == closeness:
            return
        self.flush()
        member = shown[index]
        self.select(member.member_id)
        self.message.show_message(self.session.execute(
            ClosenessCommand(self.session, self.plan_id, member.member_id, to=closeness, seen=member.closeness)))

    def new_title(self) -> str:
        return self.tr("Someone or somewhere new")

    def edit_title(self) -> str:
        return self.tr("The chosen one")

    def new_hint(self) -> str:
        return self.tr("Write a name, and it is kept. Contact details are for you only, unless you "
                       "choose otherwise, whoever can see the rest.")

    def required_message(self) -> str:
        return self.tr("Please write a name, like Anwen or the library.")

    def add_text(self) -> str:
        return self.tr("Add to my map")

    def edit_text(self) -> str:
        return self.tr("Change someone or somewhere")

    def move_text(self) -> str:
        return self.tr("Move in the list")

    def remove_text(self) -> str:
        return self.tr("Take off my map")
