"""Settings: text size (100-200 %; the whole program follows at once) and how often reviews come."""

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ui import settings


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings.text_size_percent()
        self.text_size = QSpinBox()
        self.text_size.setRange(settings.TEXT_SIZE_MIN, settings.TEXT_SIZE_MAX)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(self._original)
        self.text_size.setAccessibleName(self.tr("Text size"))
        hint = QLabel(self.tr("Make the words bigger or smaller. You will see the change straight away."))
        hint.setWordWrap(True)
        goal_months, plan_months = settings.review_months()
        self.goal_months = self._months_box(goal_months, self.tr("Look at my goals again every"))
        self.plan_months = self._months_box(plan_months, self.tr("Look at my whole plan again every"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Text size"), self.text_size)
        form.addRow(self.tr("Look at my &goals again every"), self.goal_months)
        form.addRow(self.tr("Look at my whole &plan again every"), self.plan_months)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text_size.valueChanged.connect(self._preview)

    def _months_box(self, value: int, name: str) -> QSpinBox:
        from planner.domain.goal_dates import REVIEW_MONTHS_MAX, REVIEW_MONTHS_MIN

        box = QSpinBox()
        box.setRange(REVIEW_MONTHS_MIN, REVIEW_MONTHS_MAX)
        box.setSuffix(self.tr(" months"))
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def _preview(self, value: int) -> None:
        settings.apply_text_size(QApplication.instance(), value)

    def accept(self) -> None:
        settings.save_text_size(self.text_size.value())
        settings.save_review_months(self.goal_months.value(), self.plan_months.value())
        super().accept()

    def reject(self) -> None:
        settings.apply_text_size(QApplication.instance(), self._original)
        super().reject()
