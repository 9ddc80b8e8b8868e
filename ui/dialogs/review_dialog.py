"""A review: who took part, what's working and what isn't (for me and for others), my own rating
of each part of my life (if I want to), what was decided, and when to look again."""

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal_dates import (
    DEFAULT_GOAL_REVIEW_MONTHS,
    DEFAULT_PLAN_REVIEW_MONTHS,
    next_review_on,
    parse_date,
)
from planner.domain.goals import (
    RATINGS,
    LifeArea,
    ReviewKind,
    area_label,
    rating_label,
    review_kind_label,
)
from planner.errors import InvalidInput
from ui.widgets.dialog_frame import scrolling_frame
from ui.widgets.face_icons import face_icon
from ui.widgets.messages import FieldMessage
from ui.widgets.text_fields import SavingTextEdit, date_field
from ui.widgets.visibility import VisibilityCombo

TEXTS = ("working_for_me", "not_working_for_me", "working_for_others", "not_working_for_others", "decisions")


class ReviewDialog(QDialog):
    """`submit(fields)` saves and returns None, or what went wrong (shown here)."""

    def __init__(self, submit, fields: dict | None = None, parent=None, months: tuple[int, int] = (DEFAULT_GOAL_REVIEW_MONTHS, DEFAULT_PLAN_REVIEW_MONTHS)):
        super().__init__(parent)
        self.submit = submit
        self.months = months  # between goal reviews and plan reviews (kept in the database)
        self.setWindowTitle(self.tr("A review"))
        fields = fields or {}
        self.held_on = date_field()
        self.held_on.setText(str(fields.get("held_on") or dt.date.today().isoformat()))
        self.kind = QComboBox()
        for kind in ReviewKind:
            self.kind.addItem(review_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.get("kind", "goals"))))
        self.who = QLineEdit(fields.get("who_took_part", ""))
        labels = {
            "working_for_me": self.tr("What's working for me"),
            "not_working_for_me": self.tr("What's not working for me"),
            "working_for_others": self.tr("What's working, for others (family, workers)"),
            "not_working_for_others": self.tr("What's not working, for others"),
            "decisions": self.tr("What we decided"),
        }
        self.texts = {}
        for key in TEXTS:
            edit = SavingTextEdit(max_height=90)
            edit.set_text_quietly(fields.get(key, ""))
            edit.setAccessibleName(labels[key])
            self.texts[key] = edit
        self.ratings = {}
        ratings = dict(fields.get("ratings") or {})
        for area in LifeArea:
            combo = QComboBox()
            combo.setIconSize(QSize(22, 22))
            combo.addItem(self.tr("No rating (that's fine)"), None)
            for rating in reversed(RATINGS):
                combo.addItem(face_icon(rating), rating_label(rating), rating)
            combo.setCurrentIndex(max(0, combo.findData(ratings.get(area.value))))
            combo.setAccessibleName(self.tr("How things are: {area}").format(area=area_label(area)))
            self.ratings[area.value] = combo
        self.next_review = date_field()
        self.visibility = VisibilityCombo()
        self.visibility.set_visibility(fields.get("visibility"))
        self.message = FieldMessage()
        for widget, name in ((self.held_on, self.tr("Date of the review")), (self.kind, self.tr("What we looked at")),
                             (self.who, self.tr("Who took part")), (self.next_review, self.tr("Next review")),
                             (self.visibility, self.tr("Who can see this"))):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Date"), self.held_on)
        form.addRow(self.tr("What we &looked at"), self.kind)
        form.addRow(self.tr("Who took &part"), self.who)
        words = QFormLayout()
        words.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in TEXTS[:4]:
            words.addRow(labels[key], self.texts[key])
        rating_box = QGroupBox(self.tr("How are things? (only if you want to say)"))
        rating_form = QFormLayout(rating_box)
        rating_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        hint = QLabel(self.tr("Choose a face for each part of your life. There is no score, and you can "
                              "leave any of them out."))
        hint.setWordWrap(True)
        rating_form.addRow(hint)
        for area in LifeArea:
            rating_form.addRow(area_label(area), self.ratings[area.value])
        end = QFormLayout()
        end.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        end.addRow(labels["decisions"], self.texts["decisions"])
        end.addRow(self.tr("&Next review"), self.next_review)
        end.addRow(self.tr("Who can &see this"), self.visibility)
        content = QWidget()
        inner = QVBoxLayout(content)
        for part in (form, words):
            inner.addLayout(part)
        inner.addWidget(rating_box)
        inner.addLayout(end)
        scrolling_frame(self, content, self.message, self.try_accept)
        self._next_typed = bool(fields.get("next_review_on"))
        if fields.get("next_review_on"):
            self.next_review.setText(str(fields["next_review_on"]))
        else:
            self._suggest_next()
        self.next_review.textEdited.connect(self._typed_next)
        self.held_on.textChanged.connect(self._suggest_next)
        self.kind.currentIndexChanged.connect(self._suggest_next)
        self.resize(680, 720)

    def _typed_next(self, *_args) -> None:
        self._next_typed = True

    def _suggest_next(self, *_args) -> None:
        """The next review, from the settings (3 months for goals, 6 for the whole plan)."""
        if self._next_typed:
            return
        try:
            held = parse_date(self.held_on.text(), "held_on")
        except InvalidInput:
            return
        if held is not None:
            goal_months, plan_months = self.months
            self.next_review.setText(next_review_on(held, self.kind.currentData(), goal_months, plan_months).isoformat())

    def fields(self) -> dict:
        values = {
            "held_on": self.held_on.text().strip(),
            "kind": self.kind.currentData(),
            "who_took_part": self.who.text(),
            "ratings": {area: combo.currentData() for area, combo in self.ratings.items()
                        if combo.currentData() is not None},
            "next_review_on": self.next_review.text().strip() or None,
            "visibility": self.visibility.visibility(),
        }
        values.update({key: edit.toPlainText() for key, edit in self.texts.items()})
        return values

    def try_accept(self) -> None:
        error = self.submit(self.fields())
        if error:
            self.message.show_message(error)
            return
        self.accept()
