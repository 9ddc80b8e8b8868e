"""One person's plan: a list of its parts on the left, the chosen part on the right."""

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services import plans
from ui.pages.coming_soon_page import ComingSoonPage
from ui.pages.plan_parts import plan_parts
from ui.widgets.heading import Heading


class PartsList(QListWidget):
    """The list of parts: always wide enough to show every part's name, at any text size."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        scrollbar = self.verticalScrollBar().sizeHint().width()
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + scrollbar
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())


class PlanView(QWidget):
    back_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.back_button = QPushButton(self.tr("← Back to people"))
        self.back_button.setAccessibleName(self.tr("Back to the list of people"))
        self.heading = Heading("", scale=1.7)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setAccessibleName(self.tr("History of this plan"))
        self.parts = PartsList()
        self.parts.setAccessibleName(self.tr("Parts of the plan"))
        self.stack = QStackedWidget()
        self.pages = []
        for part in plan_parts():
            self.parts.addItem(part.title)
            page = part.page(session) if part.page else ComingSoonPage(part.title, part.coming)
            page.setObjectName(f"part_{part.key}")
            self.pages.append(page)
            self.stack.addWidget(page)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.history_button)
        splitter = QSplitter()
        splitter.addWidget(self.parts)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.parts.currentRowChanged.connect(self._show_part)
        self.back_button.clicked.connect(self.back_requested)
        self.history_button.clicked.connect(self.show_history)
        session.plan_changed.connect(self._on_plan_changed)

    def show_plan(self, plan_id: int) -> None:
        self.flush()
        self.plan_id = plan_id
        self._update_heading()
        for page in self.pages:
            page.show_plan(plan_id)
        if self.parts.currentRow() < 0:
            self.parts.setCurrentRow(0)
        self.parts.setFocus()

    def show_history(self) -> None:
        from ui.dialogs.history_dialog import HistoryDialog

        parts = [(part.key, part.title) for part in plan_parts()]
        HistoryDialog(self.session, self.plan_id, parts, self).exec()

    def _update_heading(self) -> None:
        plan = plans.get_plan(self.session.db, self.plan_id)
        self.heading.setText(plan.title or self.tr("{name}'s plan").format(name=plan.person_name))

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self._update_heading()

    def _show_part(self, row: int) -> None:
        self.flush()
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def flush(self) -> None:
        for page in self.pages:
            flush = getattr(page, "flush", None)
            if flush:
                flush()
