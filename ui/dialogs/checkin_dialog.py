"""Did it happen? A note on a goal or one of its steps: the date, yes / partly / no, and if not,
why not (quick picks and your own words)."""

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goals import Happened, WhyNot, happened_label, why_not_label
from ui.dialogs.need_dialog import shrinking_combo
from ui.widgets.flow_layout import flow_row
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import SavingTextEdit, date_field
from ui.widgets.visibility import VisibilityCombo


class CheckinDialog(QDialog):
    """`submit(fields)` saves and returns None, or what went wrong (shown here)."""

    def __init__(self, goal, submit, fields: dict | None = None, parent=None):
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("How did it go?"))
        fields = fields or {}
        self.step = shrinking_combo()
        self.step.addItem(self.tr("The goal as a whole"), None)
        for step in goal.steps:
            self.step.addItem(step.what[:120], step.step_id)
        self.step.setCurrentIndex(max(0, self.step.findData(fields.get("step_id"))))
        self.happened_on = date_field()
        self.happened_on.setText(str(fields.get("happened_on") or dt.date.today().isoformat()))
        self.happened = QButtonGroup(self)
        happened_buttons = []
        for value in Happened:
            button = QRadioButton(happened_label(value))
            button.setAccessibleName(happened_label(value))
            button.setProperty("value", value.value)
            self.happened.addButton(button)
            happened_buttons.append(button)
            button.setChecked(value.value == fields.get("happened", Happened.YES.value))
        happened_row = flow_row(*happened_buttons)  # they wrap rather than run off at large text
        self.reasons = {reason.value: QCheckBox(why_not_label(reason)) for reason in WhyNot}
        for key, box in self.reasons.items():
            box.setAccessibleName(self.tr("Why not: {reason}").format(reason=why_not_label(key)))
            box.setChecked(key in (fields.get("reasons") or ()))
        self.other_reason = QLineEdit(fields.get("other_reason", ""))
        self.note = SavingTextEdit(max_height=120)
        self.note.set_text_quietly(fields.get("note", ""))
        self.visibility = VisibilityCombo()
        self.visibility.set_visibility(fields.get("visibility"))
        self.message = FieldMessage()
        for widget, name in ((self.step, self.tr("Which step")), (self.happened_on, self.tr("When")),
                             (self.other_reason, self.tr("Another reason, in my own words")),
                             (self.note, self.tr("A note")), (self.visibility, self.tr("Who can see this"))):
            widget.setAccessibleName(name)

        why_box = QGroupBox(self.tr("If not, why not?"))
        why_layout = QVBoxLayout(why_box)
        why_layout.addWidget(flow_row(*self.reasons.values()))
        why_layout.addWidget(self.other_reason)
        self.why_box = why_box
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Which step"), self.step)
        form.addRow(self.tr("Wh&en"), self.happened_on)
        form.addRow(self.tr("Did it happen?"), happened_row)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(form)
        inner.addWidget(why_box)
        note_form = QFormLayout()
        note_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        note_form.addRow(self.tr("A &note"), self.note)
        note_form.addRow(self.tr("Who can &see this"), self.visibility)
        inner.addLayout(note_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.happened.buttonToggled.connect(self._update_reasons)
        self._update_reasons()
        self.resize(620, 560)

    def happened_value(self) -> str:
        button = self.happened.checkedButton()
        return button.property("value") if button else Happened.YES.value

    def _update_reasons(self, *_args) -> None:
        self.why_box.setEnabled(self.happened_value() != Happened.YES)

    def fields(self) -> dict:
        happened = self.happened_value()
        return {
            "happened_on": self.happened_on.text().strip(),
            "happened": happened,
            "step_id": self.step.currentData(),
            "reasons": tuple(k for k, box in self.reasons.items() if box.isChecked()) if happened != "yes" else (),
            "other_reason": self.other_reason.text() if happened != "yes" else "",
            "note": self.note.toPlainText(),
            "visibility": self.visibility.visibility(),
        }

    def try_accept(self) -> None:
        error = self.submit(self.fields())
        if error:
            self.message.show_message(error)
            return
        self.accept()
