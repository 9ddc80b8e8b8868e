"""Splitting a step into smaller ones: one smaller step a line."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ui.widgets.messages import FieldMessage


class SplitStepDialog(QDialog):
    """`submit(pieces)` runs the split and returns None, or what went wrong (shown here)."""

    def __init__(self, step_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split into smaller steps"))
        self.submit = lambda pieces: None
        intro = QLabel(self.tr("Does this step feel too big? Write smaller steps, one on each line. "
                               "The first line takes the place of the step."))
        intro.setWordWrap(True)
        self.pieces = QPlainTextEdit()
        self.pieces.setTabChangesFocus(True)
        self.pieces.setPlainText(step_text + "\n")
        self.pieces.setAccessibleName(self.tr("Smaller steps, one on each line"))
        self.message = FieldMessage()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Split it"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pieces)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def try_accept(self) -> None:
        error = self.submit(self.pieces.toPlainText().splitlines())
        if error:
            self.message.show_message(error)
            return
        self.accept()
