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


def room_for_choices(dialog) -> None:
    """Open `dialog` wide enough for every choice of its shrinking combo boxes to show in full (as
    far as the screen allows): they stay narrow on a page, but a dialog has room to give."""
    from PySide6.QtWidgets import QComboBox

    extra = 0
    for combo in dialog.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
            continue
        metrics = combo.fontMetrics()
        longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
        room = metrics.horizontalAdvance("x") * combo.minimumContentsLength()  # what its size hint allows
        extra = max(extra, longest - room)
    hint = dialog.sizeHint()
    screen = screen_room(dialog)
    dialog.resize(min(hint.width() + max(extra, 0), screen.width()), min(hint.height(), screen.height()))


def screen_room(widget):
    """The room on the screen a window may take (its available geometry's size)."""
    from PySide6.QtGui import QGuiApplication

    return (widget.screen() or QGuiApplication.primaryScreen()).availableGeometry().size()
