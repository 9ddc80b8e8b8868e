"""A dialog built from a list of fields, for adding or changing one item of a list.

It shows what is wrong at the field that is wrong (words and a sign) and stays open until the
item is saved or the person cancels. Saving is the caller's `submit`, which runs a command.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.amounts import hours_text, money_field_text
from ui.widgets.messages import FieldMessage
from ui.widgets.visibility import VisibilityCombo


@dataclass(frozen=True)
class FormField:
    key: str
    label: str  # with an & before the letter of its keyboard shortcut
    kind: str = "line"  # line | text | choice | check | visibility | shares | shares_once | goals
    choices: tuple[tuple[object, str], ...] = ()
    help: str = ""
    placeholder: str = ""
    max_length: int = 0


def shown_value(key: str, value: object) -> object:
    """A kept value as a field shows it: hours 7.5, pounds 12.50, dates 2026-09-01."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if key.endswith("_pence") and isinstance(value, int):
        return money_field_text(value)
    if isinstance(value, Decimal):
        return hours_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


Submit = Callable[[dict], tuple[str, str | None] | None]


class FormDialog(QDialog):
    def __init__(self, title: str, fields: Sequence[FormField], values: dict, submit: Submit,
                 intro: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.message = FieldMessage()  # for a problem with no single field
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above fields
        for spec in fields:
            widget = self._widget(spec, shown_value(spec.key, values.get(spec.key)))
            widget.setAccessibleName(spec.label.replace("&", ""))
            self.widgets[spec.key] = widget
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            if spec.help:
                help_label = QLabel(spec.help)
                help_label.setWordWrap(True)
                column.addWidget(help_label)
                widget.setAccessibleDescription(spec.help)
            message = FieldMessage()
            column.addWidget(message)
            self.messages[spec.key] = message
            if spec.kind == "check":
                form.addRow("", holder)
            else:
                label = QLabel(spec.label)
                label.setBuddy(widget)
                form.addRow(label, holder)
        content = QWidget()
        inner = QVBoxLayout(content)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            inner.addWidget(intro_label)
        inner.addLayout(form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 80
        self.resize(QSize(width, content.sizeHint().height() + 120).boundedTo(
            self.screen().availableSize() * 0.9))

    def _widget(self, spec: FormField, value: object) -> QWidget:
        if spec.kind in ("shares", "shares_once", "goals"):
            from ui.widgets.funding_fields import GoalChooser, SharesEditor

            widget = GoalChooser(spec.choices) if spec.kind == "goals" \
                else SharesEditor(weekly=spec.kind == "shares")
            widget.set_field_value(value or ())
            return widget
        if spec.kind == "text":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setPlainText(str(value or ""))
            widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 4)
            return widget
        if spec.kind == "choice":
            widget = QComboBox()
            for data, label in spec.choices:
                widget.addItem(label, data)
            widget.setCurrentIndex(max(0, widget.findData(value)))  # "" is "none chosen"
            return widget
        if spec.kind == "check":
            widget = QCheckBox(spec.label)
            widget.setChecked(bool(value))
            return widget
        if spec.kind == "visibility":
            widget = VisibilityCombo()
            widget.set_visibility(value or None)
            return widget
        if isinstance(value, str) and spec.key.endswith(("_on", "_date")) or spec.key in ("starts_on", "ends_on"):
            from ui.widgets.text_fields import date_field

            widget = date_field()  # any usual way of writing a date, or a calendar; read back in words
            widget.setText(str(value))
            return widget
        widget = QLineEdit(str(value))
        widget.setPlaceholderText(spec.placeholder)
        if spec.max_length:
            widget.setMaxLength(spec.max_length)
        return widget

    def values(self) -> dict:
        out = {}
        for key, widget in self.widgets.items():
            if hasattr(widget, "field_value"):
                out[key] = widget.field_value()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            else:
                out[key] = widget.text()
        return out

    def try_accept(self) -> None:
        for message in (*self.messages.values(), self.message):
            message.show_message(None)
        problem = self.submit(self.values())
        if problem is None:
            self.accept()
            return
        text, field = problem
        if field in self.messages:
            self.messages[field].show_message(text)
            self.widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.show_message(text)
