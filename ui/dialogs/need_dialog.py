"""Adding a need: in your own words, under the part of life it belongs to."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from planner.domain.goals import FundingStream, NeedDomain, domain_label, domain_name, funding_label
from ui.widgets.dialog_frame import room_for_choices
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import SavingTextEdit
from ui.widgets.visibility import VisibilityCombo


def shrinking_combo(characters: int = 18) -> QComboBox:
    """A choice whose long words show in full in its list, without making the page wider."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def domain_combo() -> QComboBox:
    combo = shrinking_combo()
    for domain in NeedDomain:
        combo.addItem(f"{domain_label(domain)} ({domain_name(domain)})", domain.value)
    return combo


def funding_combo() -> QComboBox:
    combo = shrinking_combo()
    for stream in FundingStream:
        combo.addItem(funding_label(stream), stream.value)
    return combo


class NeedDialog(QDialog):
    """`submit(domain, words, funding_stream, visibility)` returns None, or what went wrong."""

    def __init__(self, submit, parent=None):
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Something I need"))
        intro = QLabel(self.tr("What do you need help with? Say it your way."))
        intro.setWordWrap(True)
        self.words = SavingTextEdit(max_height=140)
        self.domain = domain_combo()
        self.funding = funding_combo()
        self.visibility = VisibilityCombo()
        self.message = FieldMessage()
        for widget, name in ((self.words, self.tr("What I need, in my own words")),
                             (self.domain, self.tr("Which part of life it is about")),
                             (self.funding, self.tr("Which budget pays (your broker fills this in)")),
                             (self.visibility, self.tr("Who can see this"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("What I &need, in my own words"), self.words)
        form.addRow(self.tr("Which &part of life it is about"), self.domain)
        form.addRow(self.tr("Which &budget pays (your broker fills this in)"), self.funding)
        form.addRow(self.tr("Who can &see this"), self.visibility)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        room_for_choices(self)

    def try_accept(self) -> None:
        error = self.submit(self.domain.currentData(), self.words.toPlainText(), self.funding.currentData(),
                            self.visibility.visibility())
        if error:
            self.message.show_message(error)
            return
        self.accept()
