"""A form for one item of a list (a moment, a person or place, a time of the week).

Saved as it is made: a line is saved when the person leaves it (or presses Enter), longer words
a moment after they stop typing, a choice as soon as it is made. The form only says which field
changed (`field_changed`); the page decides what to save.

The saving rule: a field is reported only when its value really differs from what it last showed
or reported (spaces at the ends do not count), so Tabbing through a field, or choosing the same
choice again, never writes anything and never adds a step to Undo.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.visibility import VisibilityCombo

SAVE_AFTER_MS = 700


class ItemForm(QWidget):
    field_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.widgets: dict[str, QWidget] = {}
        self.rows: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._loading = False
        self._timers: dict[str, QTimer] = {}
        self._shown: dict[str, object] = {}  # the value each field last showed or reported

    # Building --------------------------------------------------------------------------------

    def _row(self, field: str, label: str, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        if isinstance(widget, QComboBox):  # may be narrower than its longest choice
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(8)
        self.widgets[field] = widget
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if label:
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setBuddy(widget)
            self.labels[field] = caption
            column.addWidget(caption)
        column.addWidget(widget)
        self.rows[field] = row
        self.layout_.addWidget(row)

    def add_line(self, field: str, label: str, name: str, placeholder: str = "", limit: int = 0) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if limit:
            edit.setMaxLength(limit)
        edit.editingFinished.connect(lambda: self._emit(field))
        self._row(field, label, edit, name)
        return edit

    def add_text(self, field: str, label: str, name: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 7 + 12)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(SAVE_AFTER_MS)
        timer.timeout.connect(lambda: self._emit(field))
        self._timers[field] = timer
        edit.textChanged.connect(lambda: None if self._loading else timer.start())
        self._row(field, label, edit, name)
        return edit

    def add_combo(self, field: str, label: str, name: str, choices: list[tuple]) -> QComboBox:
        combo = QComboBox()
        for choice in choices:
            if len(choice) == 3:
                combo.addItem(choice[2], choice[0], choice[1])
            else:
                combo.addItem(choice[0], choice[1])
        combo.activated.connect(lambda _i: self._emit(field))
        self._row(field, label, combo, name)
        return combo

    def add_check(self, field: str, text: str, name: str) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda _on: self._emit(field))
        self._row(field, "", box, name)
        return box

    def add_visibility(self, field: str, label: str, name: str) -> VisibilityCombo:
        combo = VisibilityCombo()
        combo.visibility_chosen.connect(lambda _v: self._emit(field))
        self._row(field, label, combo, name)
        return combo

    def set_row_visible(self, field: str, visible: bool) -> None:
        self.rows[field].setVisible(visible)

    # Values ----------------------------------------------------------------------------------

    def value(self, field: str):
        widget = self.widgets[field]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        raise KeyError(field)

    def values(self) -> dict:
        return {field: self.value(field) for field in self.widgets}

    def show_values(self, values: dict) -> None:
        """Show saved values (without saving them again); text being typed is kept."""
        self._loading = True
        try:
            for field, value in values.items():
                if field not in self.widgets or (field in self._timers and self._timers[field].isActive()):
                    continue
                widget = self.widgets[field]
                if isinstance(widget, QLineEdit):
                    text = "" if value is None else str(value)
                    if widget.text() != text:
                        widget.setText(text)
                elif isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != (value or ""):
                        widget.setPlainText(value or "")
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
        finally:
            self._loading = False
        for field in values:
            if field in self.widgets:
                self._shown[field] = _normal(self.value(field))

    def typing(self) -> bool:
        return any(timer.isActive() for timer in self._timers.values())

    def flush(self) -> None:
        """Save words still being typed (before moving on or closing)."""
        for field, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._emit(field)

    def _emit(self, field: str) -> None:
        if self._loading:
            return
        value = _normal(self.value(field))
        if field in self._shown and self._shown[field] == value:
            return  # nothing really changed
        self._shown[field] = value
        self.field_changed.emit(field)

    def forget_shown(self, field: str) -> None:
        """The page could not keep this field's value: the next report must go through."""
        self._shown.pop(field, None)

    def focus(self, field: str) -> None:
        self.widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)


def _normal(value):
    return value.strip() if isinstance(value, str) else value
