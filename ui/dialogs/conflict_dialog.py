"""Someone else changed what you were changing: see what they saved and who, beside what you
typed, and keep yours or take theirs. Nothing typed is lost either way (yours can be copied)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from planner.domain.goal_dates import plain_date
from planner.domain.goals import area_label, why_not_label


def _choice(key) -> str:
    """A choice in the person's words (a goal's area, a reason a step did not happen), not its key."""
    for label in (area_label, why_not_label):
        try:
            return label(key)
        except (KeyError, ValueError):
            continue
    return str(key).replace("_", " ")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):  # a review's ratings: each area with its rating, one a line
        return "\n".join(QCoreApplication.translate("ConflictDialog", "{area}: {rating} out of 5").format(
            area=_choice(area), rating=rating) for area, rating in value.items())
    if isinstance(value, list | tuple):  # choices (a goal's areas...), names or actions: one a line
        return "\n".join(_action(item) if hasattr(item, "what") else _choice(item) for item in value)
    return str(value)


def _action(action) -> str:
    """A meeting's action as the meeting's table shows it: who, what, by when, done."""
    words = QCoreApplication.translate("ConflictDialog", "{who}: {what}").format(who=action.who, what=action.what)
    if action.by_when:
        words += " " + QCoreApplication.translate("ConflictDialog", "(by {date})").format(
            date=plain_date(action.by_when))
    if action.done:
        words += " " + QCoreApplication.translate("ConflictDialog", "(done)")
    return words


class ConflictDialog(QDialog):
    KEEP_MINE, TAKE_THEIRS = 1, 2

    def __init__(self, who: str, theirs: dict, mine: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed meanwhile"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{who} changed this while you were working on it. Here is what they "
                               "saved, and what you typed. Which do you want to keep?").format(
            who=who or self.tr("Someone else")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>What they saved</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>What you typed</b>")), 0, 2)
        for row, field in enumerate(sorted(theirs), start=1):
            if len(theirs) > 1:  # one field needs no name: it is the one being changed
                grid.addWidget(QLabel(field.replace("_", " ")), row, 0)
            for column, value in ((1, theirs[field]), (2, mine.get(field))):
                box = QPlainTextEdit(_text(value))
                box.setReadOnly(True)  # read-only, but every word can be selected and copied
                box.setAccessibleName(self.tr("{field}: theirs").format(field=field) if column == 1
                                      else self.tr("{field}: yours").format(field=field))
                box.setMaximumHeight(90)
                grid.addWidget(box, row, column)
        layout.addLayout(grid)
        buttons = QDialogButtonBox()
        self.keep = QPushButton(self.tr("Keep mine"))
        self.take = QPushButton(self.tr("Take theirs"))
        self.keep.setAccessibleName(self.tr("Keep mine: save what I typed over theirs"))
        self.take.setAccessibleName(self.tr("Take theirs: leave what they saved"))
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep.clicked.connect(lambda: self.done(self.KEEP_MINE))
        self.take.clicked.connect(lambda: self.done(self.TAKE_THEIRS))
        layout.addWidget(buttons)
        self.keep.setDefault(True)
