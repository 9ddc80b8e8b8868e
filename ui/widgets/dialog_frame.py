"""The frame many dialogs share: their fields in a scroll area (so 200 % text still fits), a
message line, and OK / Cancel."""

from PySide6.QtWidgets import QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget


def scrolling_frame(dialog, content: QWidget, message: QWidget, accept) -> QDialogButtonBox:
    """Lay `content` out in `dialog` to scroll, with `message` and OK (calls `accept`) / Cancel."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return buttons
