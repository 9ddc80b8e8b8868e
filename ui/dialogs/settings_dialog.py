"""Settings: text size for now (100-200 %); the whole program follows at once."""

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
        form = QFormLayout()
        form.addRow(self.tr("&Text size"), self.text_size)
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

    def _preview(self, value: int) -> None:
        settings.apply_text_size(QApplication.instance(), value)

    def accept(self) -> None:
        settings.save_text_size(self.text_size.value())
        super().accept()

    def reject(self) -> None:
        settings.apply_text_size(QApplication.instance(), self._original)
        super().reject()
