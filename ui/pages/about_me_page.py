"""About me: the areas of my life, in my own words and pictures.

Two ways in: a walk-through, one question at a time, and an overview of all seven areas. The
"helping someone" switch (remembered between runs) shows tips for whoever is helping.
"""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.content.about_me import about_me_content
from ui import settings
from ui.language import current_language
from ui.pages.about_me_overview import OverviewView
from ui.pages.about_me_walk import WalkThroughView
from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from ui.widgets.heading import Heading


class AboutMePage(QWidget):
    def __init__(self, session, parent=None, language: str = "en"):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        content = about_me_content(language)
        self._languages = (content.language, None)
        self.heading = Heading(content.title)
        # Shown when the person's language is not the window's: a switch kept for each plan.
        self.persons_language = QCheckBox()
        self.persons_language.hide()
        self.helping = QCheckBox(self.tr("&Helping someone (show tips for the helper)"))
        self.helping.setAccessibleName(self.tr("Helping someone: show tips for whoever is helping"))
        self.helping.setChecked(settings.helping_someone())
        self.walk_button = QPushButton(self.tr("&Walk through, one question at a time"))
        self.walk_button.setAccessibleName(self.tr("Walk through, one question at a time"))
        self.overview_button = QPushButton(self.tr("See all se&ven areas"))
        self.overview_button.setAccessibleName(self.tr("See all seven areas"))
        for button in (self.walk_button, self.overview_button):
            button.setCheckable(True)
            button.setAutoExclusive(True)  # two ways to see one page: read as a choice of two
        self.overview = OverviewView(session, content)
        # The walk-through is made when first wanted: the page opens on the overview, and a
        # walk made behind it cost a fifth of the page's first showing for nothing.
        self._walk: WalkThroughView | None = None
        self._walk_content = (content, None, content.language)  # (questions, beside, person's)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)

        top = QWidget()
        flow = FlowLayout(top)
        flow.addWidget(self.walk_button)
        flow.addWidget(self.overview_button)
        flow.addWidget(self.helping)
        flow.addWidget(self.persons_language)
        fixed_height_for_width(top)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        layout.addLayout(header)
        layout.addWidget(top)
        layout.addWidget(self.stack, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.helping.toggled.connect(self._helping_changed)
        self.persons_language.clicked.connect(self._persons_language_switched)
        self.walk_button.clicked.connect(self.show_walk)
        self.overview_button.clicked.connect(self.show_overview)
        self._connect_overview()
        session.plan_changed.connect(self._on_plan_changed)
        self._mark(self.overview)

    @property
    def walk(self) -> WalkThroughView:
        """The walk-through, made (showing the open plan) the first time it is wanted."""
        if self._walk is None:
            content, other, person = self._walk_content
            walk = WalkThroughView(self.session, content)
            walk.set_content(content, other, person)
            walk.set_helping(self.helping.isChecked())
            walk.overview_requested.connect(self.show_overview)
            self.stack.addWidget(walk)
            self._walk = walk
            if self.plan_id is not None:
                walk.show_plan(self.plan_id)
        return self._walk

    def _connect_overview(self) -> None:
        self.overview.walk_requested.connect(self.show_walk)
        self.overview.open_area.connect(self.open_area)

    def show_plan(self, plan_id: int) -> None:
        self.flush()
        self.plan_id = plan_id
        self._show_languages()
        self._mark(self.overview)  # first, so the walk behind it makes no cards yet
        if self._walk is not None:
            self._walk.show_plan(plan_id)
        self.overview.show_plan(plan_id)  # read once (show_overview would read it again)

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self._refresh_timer.start()  # after the change that caused it has finished

    def refresh(self) -> None:
        if self.plan_id is None:
            return
        self._show_languages()  # the person's language may have just changed
        self.overview.refresh()
        if self._walk is not None:
            self._walk.refresh()

    def flush(self) -> None:
        if self._walk is not None:
            self._walk.flush()

    def _mark(self, current: QWidget) -> None:
        self.stack.setCurrentWidget(current)
        self.walk_button.setChecked(current is not None and current is self._walk)
        self.overview_button.setChecked(current is self.overview)

    def show_walk(self) -> None:
        self._mark(self.walk)
        if self.plan_id is not None:
            self.walk.go_to(self.walk.index)
            self.walk.take_keyboard()

    def show_overview(self) -> None:
        self.flush()
        self.overview.refresh()
        self._mark(self.overview)

    def open_area(self, area: str) -> None:
        self._mark(self.walk)
        self.walk.go_to_area(area)
        self.walk.take_keyboard()

    # Languages: the person's leads ----------------------------------------------------------

    def _show_languages(self) -> None:
        """The questions in the person's own language; when that is not the window's, with the
        window's beside them, unless switched off for this plan."""
        from planner.i18n import language_code
        from planner.services import people, plans

        person_id = plans.get_plan(self.session.db, self.plan_id).person_id
        person = language_code(people.get_person(self.session.db, person_id).preferred_language)
        window = current_language()
        differs = about_me_content(person).language != about_me_content(window).language
        on = settings.questions_in_persons_language(self.plan_id)
        self.persons_language.setVisible(differs)
        self.persons_language.setChecked(on)
        self.persons_language.setText(
            self.tr("&Questions in Welsh (Cymraeg), the person's own language") if person == "cy"
            else self.tr("&Questions in English, the person's own language"))
        first = person if differs and on else window
        other = window if differs and on else None
        if (first, other) != self._languages:
            self._use_languages(first, other, person)
        content, other, _person = self._walk_content
        self._walk_content = (content, other, person)
        if self._walk is not None:
            self._walk.person_language = person

    def _use_languages(self, first: str, other: str | None, person: str) -> None:
        self._languages = (first, other)
        content = about_me_content(first)
        others = about_me_content(other) if other else None
        self.heading.setText(content.title if others is None
                             else self.tr("{title} ({other})").format(title=content.title,
                                                                       other=others.title))
        showing_overview = self.stack.currentWidget() is not self._walk
        old = self.overview
        self.overview = OverviewView(self.session, content, other=others)
        self._connect_overview()
        self.stack.insertWidget(0, self.overview)
        self.stack.removeWidget(old)
        old.deleteLater()
        if self.plan_id is not None:
            self.overview.show_plan(self.plan_id)
        self._walk_content = (content, others, person)
        self._mark(self.overview if showing_overview else self._walk)
        if self._walk is not None:
            self._walk.set_content(content, others, person)

    def _persons_language_switched(self, on: bool) -> None:
        if self.plan_id is not None:
            settings.save_questions_in_persons_language(self.plan_id, on)
            self._show_languages()

    def _helping_changed(self, on: bool) -> None:
        settings.save_helping_someone(on)
        if self._walk is not None:
            self._walk.set_helping(on)
