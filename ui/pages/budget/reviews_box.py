"""At a review: the hours used in each review period, missed visits, the bank of hours, and
the answer to "have I had my hours?" in words."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.domain.amounts import hours_text
from planner.services import hours_reviews
from ui.pages.budget import describe, fields
from ui.pages.item_editing import open_item_dialog, remove_item
from ui.widgets.heading import Heading
from ui.widgets.item_list import ItemListEditor


class ReviewsBox(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.heading = Heading(self.tr("At a review: the hours used"), scale=1.3)
        self.session = session
        self.plan_id: int | None = None
        self.summaries: list = []
        intro = QLabel(self.tr(
            "Support doesn't always happen as planned, and that can be fine. For each review "
            "period, write down the hours used by kind, visits missed and why, and hours "
            "banked for later. Small Steps then answers: have you had your hours?"
        ))
        intro.setWordWrap(True)
        self.reviews = ItemListEditor(
            self.tr("Review periods"), "", describe.review_text, movable=False,
            empty=self.tr("No review periods yet."))
        self.answer_heading = Heading(self.tr("Have you had your hours?"), scale=1.15)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.missed = ItemListEditor(
            self.tr("Missed visits in this period"), "", describe.missed_text, movable=False,
            empty=self.tr("No missed visits written down."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 6)
        for widget in (self.heading, intro, self.reviews, self.answer_heading, self.answer, self.missed):
            layout.addWidget(widget)
        self.reviews.add_requested.connect(lambda: self._open(None))
        self.reviews.edit_requested.connect(self._open)
        self.reviews.remove_requested.connect(
            lambda record: remove_item(self.session, self.plan_id, hours_reviews.REVIEW,
                                       self.reviews, record.review))
        self.reviews.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.missed.add_requested.connect(lambda: self._open_missed(None))
        self.missed.edit_requested.connect(self._open_missed)
        self.missed.remove_requested.connect(
            lambda record: remove_item(self.session, self.plan_id, hours_reviews.MISSED,
                                       self.missed, record))

    def set_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.summaries = hours_reviews.reviews(self.session.db, plan_id)
        chosen = self.reviews.current()
        keep = chosen.item_id if chosen is not None else None
        self.reviews.set_records(self.summaries, keep_id=keep)
        if self.reviews.current() is None and self.summaries:
            self.reviews.choose(len(self.summaries) - 1)  # the latest
        self._show_chosen()

    def _show_chosen(self) -> None:
        summary = self.reviews.current()
        shown = summary is not None
        for widget in (self.answer_heading, self.answer, self.missed):
            widget.setVisible(shown)
        if not shown:
            return
        self.answer_heading.setText(self.tr("Have you had your hours? ({period})").format(
            period=summary.review.label or summary.review.starts_on.isoformat()))
        self.answer.setText(summary.answer.text + "\n" + self.tr(
            "Bank of hours: {before} at the start of this period, {after} at the end.").format(
            before=hours_text(summary.bank_before), after=hours_text(summary.bank_after)))
        self.answer.setAccessibleName(self.answer.text())
        self.missed.set_records(summary.missed)

    def _planned_hint(self, summary) -> str:
        if summary is not None and summary.planned_from_lines:
            return self.tr("Leave it empty and it is worked out from the support lines: "
                           "{hours} hours for this period.").format(hours=hours_text(summary.planned))
        return self.tr("Leave it empty and it is worked out from the support lines and the "
                       "dates of the period.")

    def _open(self, summary) -> None:
        open_item_dialog(self, self.session, self.plan_id, hours_reviews.REVIEW, self.plan_id,
                         fields.review_fields(self._planned_hint(summary)),
                         self.tr("A review period"), summary.review if summary else None)

    def _open_missed(self, record) -> None:
        summary = self.reviews.current()
        if summary is None:
            return
        open_item_dialog(self, self.session, self.plan_id, hours_reviews.MISSED,
                         summary.review.item_id, fields.missed_fields(),
                         self.tr("A missed visit"), record)
