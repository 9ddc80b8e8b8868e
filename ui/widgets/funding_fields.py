"""Two fields of the budget's dialogs: who pays (each funding stream's share) and the goals a
line of support or a purchase serves. Both work by keyboard alone and name every control."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from planner.domain.amounts import money_field_text
from planner.domain.funding_shares import Share
from planner.domain.support import FundingStream, stream_label

NOT_PAYING, PERCENT, FIXED = "", "percent", "fixed"


class SharesEditor(QWidget):
    """A row for each funding stream: whether it pays, and how much (a percentage of what is
    left after fixed amounts, or a fixed amount a week / in all)."""

    def __init__(self, weekly: bool = True, parent=None):
        super().__init__(parent)
        self.rows: dict[str, tuple[QComboBox, QLineEdit]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fixed_words = self.tr("A fixed amount a week (£)") if weekly else self.tr("A fixed amount (£)")
        for row, stream in enumerate(FundingStream):
            name = stream_label(stream)
            label = QLabel(name)
            how = QComboBox()
            how.addItem(self.tr("Does not pay"), NOT_PAYING)
            how.addItem(self.tr("A percentage (%)"), PERCENT)
            how.addItem(fixed_words, FIXED)
            how.setAccessibleName(self.tr("{stream}: how it pays").format(stream=name))
            amount = QLineEdit()
            amount.setAccessibleName(self.tr("{stream}: how much").format(stream=name))
            amount.setEnabled(False)
            how.currentIndexChanged.connect(lambda _i, h=how, a=amount: self._changed(h, a))
            label.setBuddy(how)
            # The stream's name above its choice and amount: three abreast run off at large text.
            grid.addWidget(label, 2 * row, 0, 1, 2)
            grid.addWidget(how, 2 * row + 1, 0)
            grid.addWidget(amount, 2 * row + 1, 1)
            self.rows[stream.value] = (how, amount)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.rows[FundingStream.SOCIAL_CARE.value][0])

    def _changed(self, how: QComboBox, amount: QLineEdit) -> None:
        mode = how.currentData()
        amount.setEnabled(mode != NOT_PAYING)
        amount.setPlaceholderText({PERCENT: self.tr("For example: 50"),
                                   FIXED: self.tr("For example: 40.00")}.get(mode, ""))
        if mode == NOT_PAYING:
            amount.clear()

    def set_field_value(self, shares) -> None:
        for how, _amount in self.rows.values():
            how.setCurrentIndex(0)
        for share in shares or ():
            if isinstance(share, dict):
                share = Share(share["stream"], share.get("percent"), share.get("amount_pence"))
            if share.stream not in self.rows:
                continue
            how, amount = self.rows[share.stream]
            if share.percent is not None:
                how.setCurrentIndex(how.findData(PERCENT))
                amount.setText(format(share.percent.normalize(), "f"))
            else:
                how.setCurrentIndex(how.findData(FIXED))
                amount.setText(money_field_text(share.amount_pence))

    def field_value(self) -> list[dict]:
        """The shares as typed, in the streams' usual order; the service checks them."""
        out = []
        for stream, (how, amount) in self.rows.items():
            mode = how.currentData()
            if mode == PERCENT:
                out.append({"stream": stream, "percent": amount.text()})
            elif mode == FIXED:
                out.append({"stream": stream, "amount_pence": amount.text()})
        return out


class GoalChooser(QListWidget):
    """The plan's goals, each with a tick box (Space ticks the one chosen)."""

    def __init__(self, goals: tuple[tuple[int, str], ...], parent=None):
        super().__init__(parent)
        for goal_id, title in goals:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, goal_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(self.sizeHintForRow(0) * min(max(len(goals), 2), 6) + 8)
        if goals:
            self.setCurrentRow(0)

    def set_field_value(self, goal_ids) -> None:
        chosen = set(goal_ids or ())
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)

    def field_value(self) -> list[int]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]
