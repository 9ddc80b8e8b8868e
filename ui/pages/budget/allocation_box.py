"""The allocation, how the money is held, and the budget year: fields that save themselves."""

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.amounts import money_field_text, money_text
from planner.domain.budget import MAX_BANK_HOLIDAYS
from planner.domain.support import (
    AllocationMethod,
    HeldAs,
    allocation_method_label,
    held_as_explained,
    held_as_label,
)
from ui.commands.items import EditBudgetSettingsCommand
from ui.saving import unchanged
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import date_field
from ui.widgets.visibility import VisibilityCombo


class AllocationBox(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.heading = Heading(self.tr("My allocation: the money for my support"), scale=1.2)
        self.session = session
        self.plan_id: int | None = None
        self.settings = None
        self._loading = False
        intro = QLabel(self.tr(
            "The allocation is the money the council expects your support to cost in a year "
            "(an indicative allocation, or personal budget). It can be worked out from points: "
            "your assessment gives points, and each point has a price. This is the council's "
            "resource allocation system (RAS)."
        ))
        intro.setWordWrap(True)
        self.method = QComboBox()
        for method in AllocationMethod:
            self.method.addItem(allocation_method_label(method), method.value)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("For example: 12600.00"))
        self.points = QLineEdit()
        self.points.setPlaceholderText(self.tr("For example: 56"))
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("For example: 225.00"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.held = QComboBox()
        for held in HeldAs:
            self.held.addItem(held_as_label(held), held.value)
        self.held_help = QLabel()
        self.held_help.setWordWrap(True)
        self.year_first = date_field()
        self.year_last = date_field()
        year_help = QLabel(self.tr(
            "Leave both empty for a year of 52 weeks. With dates, the year is as many weeks as "
            "the days in it: 1 September to 31 August is 365 days, 52 weeks and 1 day."))
        year_help.setWordWrap(True)
        self.bank_holidays = QComboBox()
        places = {8: self.tr("England and Wales"), 9: self.tr("Scotland"),
                  10: self.tr("Northern Ireland")}
        for count in range(MAX_BANK_HOLIDAYS + 1):
            label = f"{count} ({places[count]})" if count in places else str(count)
            self.bank_holidays.addItem(label, count)
        bank_help = QLabel(self.tr(
            "Support on a bank holiday is paid at the bank-holiday rate, if a line has one."))
        bank_help.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.visibility = VisibilityCombo()
        self.message = FieldMessage()
        names = {
            self.method: self.tr("How the allocation was worked out"),
            self.amount: self.tr("Allocation a year, in pounds"),
            self.points: self.tr("Points"), self.price: self.tr("Price of a point, in pounds"),
            self.held: self.tr("How the money is held"),
            self.year_first: self.tr("First day of the budget year"),
            self.year_last: self.tr("Last day of the budget year"),
            self.bank_holidays: self.tr("Bank holidays a year"),
            self.notes: self.tr("Notes about the budget"),
            self.visibility: self.tr("Who can see the allocation"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        self.messages: dict[str, FieldMessage] = {}
        self.holders: dict[QWidget, QWidget] = {}

        def row(label: str, widget: QWidget, field: str = "", *notes: QLabel) -> None:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            for note in notes:
                column.addWidget(note)
            if field:
                self.messages[field] = FieldMessage()
                column.addWidget(self.messages[field])
            name = QLabel(label)
            name.setBuddy(widget)
            form.addRow(name, holder)
            self.holders[widget] = holder

        row(self.tr("&Worked out by"), self.method)
        row(self.tr("&Allocation a year (£)"), self.amount, "allocation_pence")
        row(self.tr("&Points"), self.points, "points")
        row(self.tr("P&rice of a point (£)"), self.price, "price_per_point_pence")
        form.addRow("", self.result)
        row(self.tr("How the money is &held"), self.held, "", self.held_help)
        row(self.tr("&First day of the year"), self.year_first, "year_starts_on")
        row(self.tr("&Last day of the year"), self.year_last, "year_ends_on", year_help)
        row(self.tr("&Bank holidays a year"), self.bank_holidays, "", bank_help)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("Who can &see this"), self.visibility)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)

        self.method.activated.connect(lambda _i: self._save("allocation_method", self.method.currentData()))
        self.held.activated.connect(lambda _i: self._save("held_as", self.held.currentData()))
        for field, edit in (("allocation_pence", self.amount), ("points", self.points),
                            ("price_per_point_pence", self.price), ("year_starts_on", self.year_first),
                            ("year_ends_on", self.year_last)):
            edit.editingFinished.connect(lambda f=field, e=edit: self._save(f, e.text()))
        self.bank_holidays.activated.connect(
            lambda _i: self._save("bank_holidays", self.bank_holidays.currentData()))
        self.visibility.visibility_chosen.connect(lambda value: self._save("visibility", value))
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(700)
        self._notes_timer.timeout.connect(self._save_notes)
        self.notes.textChanged.connect(lambda: None if self._loading else self._notes_timer.start())

    def set_settings(self, plan_id: int, settings) -> None:
        self.plan_id, self.settings = plan_id, settings
        self._loading = True
        try:
            self.method.setCurrentIndex(max(0, self.method.findData(settings.allocation_method)))
            self.amount.setText(money_field_text(settings.allocation_pence))
            self.points.setText("" if settings.points is None else str(settings.points))
            self.price.setText(money_field_text(settings.price_per_point_pence))
            self.held.setCurrentIndex(max(0, self.held.findData(settings.held_as)))
            self.held_help.setText(held_as_explained(settings.held_as))
            self.year_first.setText(settings.year_starts_on.isoformat() if settings.year_starts_on else "")
            self.year_last.setText(settings.year_ends_on.isoformat() if settings.year_ends_on else "")
            self.bank_holidays.setCurrentIndex(max(0, self.bank_holidays.findData(settings.bank_holidays)))
            if self.notes.toPlainText() != settings.notes:
                self.notes.setPlainText(settings.notes)
            self.visibility.set_visibility(settings.visibility)
        finally:
            self._loading = False
        by_points = settings.allocation_method == AllocationMethod.POINTS
        for widget, shown in ((self.amount, not by_points), (self.points, by_points), (self.price, by_points)):
            self.form.setRowVisible(self.holders[widget], shown)
        self.result.setText(self._result_text(settings))

    def _result_text(self, settings) -> str:
        allocation = settings.allocation
        if allocation is None:
            return self.tr("No allocation written down yet.")
        if settings.allocation_method == AllocationMethod.POINTS:
            return self.tr("Your allocation: {amount} a year ({points} points × {price}).").format(
                amount=money_text(allocation), points=settings.points,
                price=money_text(settings.price_per_point_pence))
        return self.tr("Your allocation: {amount} a year.").format(amount=money_text(allocation))

    def _save(self, field: str, value) -> None:
        if self._loading or self.plan_id is None or self.settings is None:
            return
        old = getattr(self.settings, field)
        shown = old.isoformat() if isinstance(old, dt.date) else old
        if field in ("allocation_pence", "price_per_point_pence"):
            shown = money_field_text(old)
        elif field == "points":
            shown = "" if old is None else str(old)
        if unchanged(old if isinstance(old, dt.date) else shown, value):
            return
        error = self.session.execute(
            EditBudgetSettingsCommand(self.session, self.plan_id, field, old, value))
        for message in self.messages.values():
            message.show_message(None)
        self.messages.get(field, self.message).show_message(error)

    def _save_notes(self) -> None:
        self._save("notes", self.notes.toPlainText())

    def flush(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()
