"""The totals, always in view beside the budget: a year, a week, against the allocation, per
phase and per funding stream, with what is left or over said in words."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.domain.amounts import hours_text, money_text
from planner.domain.budget import left_words, weeks_words
from planner.domain.support import stream_label
from ui.widgets.heading import Heading


class TotalsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = Heading(self.tr("Totals"), scale=1.3)
        self.year = Heading("", scale=1.15)
        self.left = QLabel()
        self.week = QLabel()
        self.buys = QLabel()
        self.periods_heading = Heading(self.tr("By phase"), scale=1.1)
        self.periods = QLabel()
        self.streams_heading = Heading(self.tr("By funding stream"), scale=1.1)
        self.streams = QLabel()
        self.rules = QLabel(self.tr(
            "How this is worked out: a year is 52 weeks unless the budget gives its dates. "
            "A phase is as many weeks as its days (both ends counted) ÷ 7. Bank holidays: "
            "the number a year is shared out by weeks, and each carries a seventh of a "
            "line's weekly hours at the bank-holiday rate. Amounts are exact until shown, then "
            "rounded once to the penny, so a total can differ by a penny from adding up the lines."
        ))
        self.share_rules = QLabel(self.tr(
            "Support paid by several funding streams is shared out by its shares: fixed amounts "
            "first, then percentages of the rest. Each stream's part is rounded down to the penny "
            "and the pennies left go to the parts that lost the most (on a tie, to the stream "
            "first in the list), so the streams always add up to the total, to the penny."
        ))
        layout = QVBoxLayout(self)
        for label in (self.left, self.week, self.buys, self.periods, self.streams, self.rules,
                      self.share_rules):
            label.setWordWrap(True)
        for widget in (self.heading, self.year, self.left, self.week, self.buys,
                       self.periods_heading, self.periods, self.streams_heading, self.streams,
                       self.rules, self.share_rules):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_totals(self, overview) -> None:
        t = overview.totals
        self.year.setText(self.tr("A year: {amount}").format(amount=money_text(t.year)))
        sign = "✓ " if t.left is not None and t.left >= 0 else ("⚠ " if t.left is not None else "")
        self.left.setText(sign + left_words(t.allocation, t.year))
        self.left.setAccessibleName(self.left.text())
        self.week.setText(self.tr("An average week: {amount} (the year ÷ {weeks}).").format(
            amount=money_text(t.average_week), weeks=weeks_words(t.year_weeks)))
        self.buys.setText("\n".join([
            self.tr("Support: {amount}").format(amount=money_text(t.support)),
            self.tr("Travel: {amount}").format(amount=money_text(t.travel)),
            self.tr("One-off purchases: {amount}").format(amount=money_text(t.purchases)),
        ]))
        periods = []
        for period in t.periods:
            name = period.name or (self.tr("The rest of the year") if overview.phases
                                   else self.tr("All year"))
            words = {"proactive": self.tr("planned"), "flex": self.tr("flexible"),
                     "crisis": self.tr("crisis"), "background": self.tr("background")}
            kinds = ", ".join(
                f"{hours_text(hours)} {words.get(kind, kind)}"
                for kind, hours in period.hours_by_kind.items() if hours)
            text = self.tr("{name} ({weeks}): {week} in a usual week; {total} in all. "
                           "{hours} hours a week").format(
                name=name, weeks=weeks_words(period.weeks), week=money_text(period.usual_week),
                hours=hours_text(period.hours_week), total=money_text(period.total))
            if kinds:
                text += f" ({kinds})"
            if period.purchases:
                text += self.tr(", and {amount} of one-off purchases").format(
                    amount=money_text(period.purchases))
            periods.append(text + ".")
        if t.unphased_purchases and overview.phases:
            periods.append(self.tr("One-off purchases not in a phase: {amount}.").format(
                amount=money_text(t.unphased_purchases)))
        self.periods.setText("\n\n".join(periods))
        streams = []
        for stream in t.streams:
            name = stream_label(stream.stream) if stream.stream else self.tr("Not given a stream yet")
            text = self.tr("{name}: {spent}").format(name=name, spent=money_text(stream.spent))
            if stream.carries is not None:
                text += " " + self.tr("of {carries}").format(carries=money_text(stream.carries))
                if stream.left is not None and stream.left < 0:
                    text += " " + self.tr("(⚠ {over} over)").format(over=money_text(-stream.left))
                else:
                    text += " " + self.tr("({left} left)").format(left=money_text(stream.left))
            streams.append(text)
        self.streams.setText("\n".join(streams) if streams else self.tr("Nothing yet."))
