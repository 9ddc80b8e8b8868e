"""My support and budget: the broker's page. The allocation, funding streams, phases, the
support bought, one-off purchases and travel on the left; the totals always in view on the
right; reviews of the hours used below."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from planner.services import budget, support_lines
from ui.pages.budget import describe, fields
from ui.pages.budget.allocation_box import AllocationBox
from ui.pages.budget.reviews_box import ReviewsBox
from ui.pages.budget.totals_panel import TotalsPanel
from ui.pages.item_editing import move_item, open_item_dialog, remove_item
from ui.widgets.heading import Heading
from ui.widgets.item_list import ItemListEditor


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class SupportBudgetContent(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.overview = None
        self._stale = False
        self.heading = Heading(self.tr("My support and budget"))
        intro = QLabel(self.tr(
            "What support you will have, who gives it, and what it costs, against the money "
            "agreed. Your broker usually fills this in with you. Each thing says who can see it."
        ))
        intro.setWordWrap(True)
        self.allocation = AllocationBox(session)
        self.streams = ItemListEditor(
            self.tr("Funding streams: where the money comes from"),
            self.tr("How much of the allocation each funder carries."),
            lambda r: describe.stream_text(r, self.overview), movable=False)
        self.phases = ItemListEditor(
            self.tr("Phases"),
            self.tr("Stretches of the year with support of their own: for example more "
                    "support in the first weeks home from hospital, less later."),
            describe.phase_text, movable=False)
        self.lines = ItemListEditor(
            self.tr("Support"),
            self.tr("Who gives support, how many hours a week, and what it costs. Hours "
                    "are split the way support really happens: planned (proactive) work, and "
                    "flexible, crisis and background hours."),
            lambda r: describe.line_text(r, self.overview))
        self.purchases = ItemListEditor(
            self.tr("One-off purchases"), self.tr("Things bought once, like tools or a greenhouse."),
            lambda r: describe.purchase_text(r, self.overview))
        self.travel = ItemListEditor(
            self.tr("Travel"), self.tr("Travel paid by the mile: miles a week × a rate a mile."),
            lambda r: describe.travel_text(r, self.overview))
        self.reviews = ReviewsBox(session)
        self.totals = TotalsPanel()
        self.totals.setObjectName("budget_totals")

        content = QWidget()
        inner = QVBoxLayout(content)
        for widget in (self.heading, intro, self.allocation, self.streams, self.phases,
                       self.lines, self.purchases, self.travel, self.reviews):
            inner.addWidget(widget)
        inner.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(_scroll(content))
        self.splitter.addWidget(_scroll(self.totals))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        for editor, kind, make_fields, title in (
            (self.streams, budget.STREAM, lambda: fields.stream_fields(), self.tr("A funding stream")),
            (self.phases, budget.PHASE, lambda: fields.phase_fields(), self.tr("A phase")),
            (self.lines, support_lines.LINE,
             lambda: fields.line_fields(self.overview.phases, self.overview.goal_titles),
             self.tr("Support")),
            (self.purchases, support_lines.PURCHASE,
             lambda: fields.purchase_fields(self.overview.phases, self.overview.goal_titles),
             self.tr("A one-off purchase")),
            (self.travel, support_lines.TRAVEL, lambda: fields.travel_fields(self.overview.phases),
             self.tr("Travel")),
        ):
            editor.add_requested.connect(
                lambda k=kind, f=make_fields, t=title: self._open(k, f(), t, None))
            editor.edit_requested.connect(
                lambda record, k=kind, f=make_fields, t=title: self._open(k, f(), t, record))
            editor.remove_requested.connect(
                lambda record, k=kind, e=editor: remove_item(self.session, self.plan_id, k, e, record))
            editor.move_requested.connect(
                lambda record, row, k=kind, e=editor: move_item(self.session, self.plan_id, k, e, record, row))
        session.plan_changed.connect(self._on_plan_changed)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Totals beside the budget when there is room, below it when the text is large."""
        wide = self.width() >= self.fontMetrics().averageCharWidth() * 120
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            whole = self.width() if wide else self.height()
            self.splitter.setSizes([whole * 3 // 5, whole * 2 // 5] if wide
                                   else [whole * 2 // 3, whole // 3])

    def _open(self, kind, form_fields, title: str, record) -> None:
        open_item_dialog(self, self.session, self.plan_id, kind, self.plan_id, form_fields, title, record)

    # Loading ---------------------------------------------------------------------------------

    def show_plan(self, plan_id: int) -> None:
        self.flush()
        self.plan_id = plan_id
        self.reload()

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id and self.isVisible():
            self.reload()
        elif plan_id == self.plan_id:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale and self.plan_id is not None:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self.plan_id is None:
            return
        self.overview = support_lines.overview(self.session.db, self.plan_id)
        self.allocation.set_settings(self.plan_id, self.overview.settings)
        self.streams.set_records(self.overview.streams)
        self.phases.set_records(self.overview.phases)
        self.lines.set_records(self.overview.lines)
        self.purchases.set_records(self.overview.purchases)
        self.travel.set_records(self.overview.travel)
        self.totals.show_totals(self.overview)
        self.reviews.set_plan(self.plan_id)

    def flush(self) -> None:
        self.allocation.flush()
