"""A planning meeting: when and where, what for, who was asked, who came, who sent apologies,
who agreed to do what by when (and whether it is done), and when to meet next."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal_dates import plain_date
from planner.domain.goals import MeetingList, meeting_list_label
from ui.widgets.dialog_frame import scrolling_frame
from ui.widgets.flow_layout import flow_row
from ui.widgets.item_table import date_column, make_item_table
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import SavingTextEdit, date_field
from ui.widgets.visibility import VisibilityCombo


class MeetingDialog(QDialog):
    """`submit(fields)` saves and returns None, or what went wrong (shown here)."""

    def __init__(self, submit, fields: dict | None = None, parent=None):
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("A planning meeting"))
        fields = fields or {}
        self.held_on = date_field()
        self.held_on.setText(str(fields.get("held_on") or dt.date.today().isoformat()))
        self.place = QLineEdit(fields.get("place", ""))
        self.place.setPlaceholderText(self.tr("Somewhere safe and familiar, for example: the health centre"))
        self.purpose = SavingTextEdit(max_height=80)
        self.purpose.set_text_quietly(fields.get("purpose", ""))
        self.lists = {}
        for which in MeetingList:
            edit = SavingTextEdit(max_height=90)
            edit.set_text_quietly("\n".join(fields.get(which.value, ())))
            edit.setAccessibleName(meeting_list_label(which) + " " + self.tr("(one name on each line)"))
            self.lists[which.value] = edit
        self.actions = QTableWidget(0, 4)
        self.actions.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Agreed to do what"),
                                                self.tr("By when"), self.tr("Done?")])
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.actions.verticalHeader().setVisible(False)
        self.actions.setWordWrap(True)
        self.actions.setMinimumHeight(140)
        self.actions_hint = make_item_table(self.actions)
        date_column(self.actions, 2)  # typed any usual way, or Ctrl+D for a calendar; shown in words
        for action in fields.get("actions", ()):
            self.add_action_row(action.who, action.what, action.by_when, action.done)
        self.add_action = QPushButton(self.tr("Add something someone agreed to do"))
        self.remove_action = QPushButton(self.tr("Take the row off"))
        self.next_meeting = date_field()
        if fields.get("next_meeting_on"):
            self.next_meeting.setText(str(fields["next_meeting_on"]))
        self.visibility = VisibilityCombo()
        self.visibility.set_visibility(fields.get("visibility"))
        self.message = FieldMessage()
        for widget, name in ((self.held_on, self.tr("Date of the meeting")), (self.place, self.tr("Where")),
                             (self.purpose, self.tr("What the meeting is for")),
                             (self.actions, self.tr("Who agreed to do what, by when")),
                             (self.add_action, self.tr("Add something someone agreed to do")),
                             (self.remove_action, self.tr("Take the chosen row off")),
                             (self.next_meeting, self.tr("Next meeting")),
                             (self.visibility, self.tr("Who can see this"))):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Date"), self.held_on)
        form.addRow(self.tr("W&here"), self.place)
        form.addRow(self.tr("What it is &for"), self.purpose)
        people = QGroupBox(self.tr("People (one name on each line)"))
        people_form = QFormLayout(people)
        people_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for which in MeetingList:
            people_form.addRow(meeting_list_label(which), self.lists[which.value])
        actions = QGroupBox(self.tr("Who agreed to do what"))
        actions_layout = QVBoxLayout(actions)
        hint = QLabel(self.tr("Write each thing down, so everyone can have a copy."))
        hint.setWordWrap(True)
        actions_layout.addWidget(hint)
        actions_layout.addWidget(self.actions)
        actions_layout.addWidget(self.actions_hint)
        actions_layout.addWidget(flow_row(self.add_action, self.remove_action))
        end = QFormLayout()
        end.addRow(self.tr("&Next meeting"), self.next_meeting)
        end.addRow(self.tr("Who can &see this"), self.visibility)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(form)
        inner.addWidget(people)
        inner.addWidget(actions)
        inner.addLayout(end)
        scrolling_frame(self, content, self.message, self.try_accept)
        self.add_action.clicked.connect(lambda: self.add_action_row())
        self.remove_action.clicked.connect(self._remove_action_row)
        self.resize(720, 720)

    def add_action_row(self, who: str = "", what: str = "", by_when=None, done: bool = False) -> int:
        row = self.actions.rowCount()
        self.actions.insertRow(row)
        self.actions.setItem(row, 0, QTableWidgetItem(who))
        self.actions.setItem(row, 1, QTableWidgetItem(what))
        self.actions.setItem(row, 2, QTableWidgetItem(plain_date(by_when) if by_when else ""))
        tick = QTableWidgetItem(self.tr("Done"))
        tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        tick.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.actions.setItem(row, 3, tick)
        self.actions.resizeRowsToContents()
        return row

    def _remove_action_row(self) -> None:
        if self.actions.currentRow() >= 0:
            self.actions.removeRow(self.actions.currentRow())

    def action_rows(self) -> list[dict]:
        rows = []
        for row in range(self.actions.rowCount()):
            text = [(self.actions.item(row, c).text().strip() if self.actions.item(row, c) else "") for c in (0, 1, 2)]
            tick = self.actions.item(row, 3)
            rows.append({"who": text[0], "what": text[1], "by_when": text[2] or None,
                         "done": bool(tick and tick.checkState() == Qt.CheckState.Checked)})
        return rows

    def fields(self) -> dict:
        values = {
            "held_on": self.held_on.text().strip(),
            "place": self.place.text(),
            "purpose": self.purpose.toPlainText(),
            "actions": self.action_rows(),
            "next_meeting_on": self.next_meeting.text().strip() or None,
            "visibility": self.visibility.visibility(),
        }
        values.update({which: edit.toPlainText() for which, edit in self.lists.items()})
        return values

    def try_accept(self) -> None:
        error = self.submit(self.fields())
        if error:
            self.message.show_message(error)
            return
        self.accept()
