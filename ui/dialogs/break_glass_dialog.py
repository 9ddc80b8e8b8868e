"""A team database's break-glass: opening a plan outside your access with a reason, and the list
of such openings (a manager sees their teams', an administrator all, everyone else their own).
The database decides and records; this window only asks and shows."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from planner.errors import PlannerError
from planner.services import team


class BreakGlassDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.opened_plan: int | None = None
        self.setWindowTitle(self.tr("Plans opened outside someone's access"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each time someone opened a plan that is not theirs, with their reason. "
                               "Nothing here can be changed or removed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("Plan"),
                                              self.tr("Team"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Plans opened outside someone's access"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.plan = QSpinBox()
        self.plan.setRange(1, 2_000_000_000)
        self.plan.setAccessibleName(self.tr("Plan number to open"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Why you need to open it"))
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)  # Tab moves on (it typed a tab for ever: a keyboard trap)
        form.addRow(self.tr("Plan &number:"), self.plan)
        form.addRow(self.tr("&Why you need it:"), self.reason)
        explain = QLabel(self.tr("Open a plan that is not yours (read-only, for an hour). Your "
                                 "reason is kept for good, and your manager sees it."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open with this reason"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_plan)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self.refresh()

    def refresh(self) -> None:
        try:
            entries = team.break_glass_list(self.db)
        except PlannerError as error:
            self.message.setText(error.message)
            return
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate((f"{entry.at:%Y-%m-%d %H:%M}", entry.login, str(entry.plan_id),
                                            entry.team, entry.reason)):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def open_plan(self) -> None:
        try:
            team.break_glass(self.db, self.plan.value(), self.reason.toPlainText())
        except PlannerError as error:
            self.message.setText(error.message)  # what is typed stays in the box
            return
        self.opened_plan = self.plan.value()
        self.accept()
