"""Reviews: what's working and what isn't (for me and for others), my own rating of each area
of life (optional, 1-5 in words and faces, never added up), decisions, and the next review."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.goal_dates import not_in_future, parse_date, plain_date, required_date
from planner.domain.goals import (
    MAX_REVIEWS,
    ReviewKind,
    clean_choice,
    clean_long_text,
    clean_ratings,
    clean_visibility,
)
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.services.goal_common import check_id_free, live_plan, unknown_field
from planner.storage.database import Database
from planner.storage.goals_models import Review, ReviewRating

TEXT_FIELDS = ("who_took_part", "working_for_me", "not_working_for_me", "working_for_others",
               "not_working_for_others", "decisions")
FIELDS = ("held_on", "kind", *TEXT_FIELDS, "ratings", "next_review_on", "visibility")


@dataclass(frozen=True)
class ReviewRecord:
    review_id: int
    plan_id: int
    held_on: dt.date
    kind: str
    who_took_part: str
    working_for_me: str
    not_working_for_me: str
    working_for_others: str
    not_working_for_others: str
    decisions: str
    ratings: tuple[tuple[str, int], ...]  # (area, 1-5), in the checklist's order
    next_review_on: dt.date | None
    visibility: str

    def rating(self, area: str) -> int | None:
        return dict(self.ratings).get(area)


def _record(review: Review) -> ReviewRecord:
    ratings = clean_ratings([(r.area, r.rating) for r in review.ratings])
    return ReviewRecord(
        review.id, review.plan_id, review.held_on, review.kind, review.who_took_part,
        review.working_for_me, review.not_working_for_me, review.working_for_others,
        review.not_working_for_others, review.decisions, tuple(ratings.items()),
        review.next_review_on, review.visibility,
    )


def clean_review_field(field: str, value: object) -> object:
    if field == "held_on":
        return not_in_future(required_date(value, field), field)
    if field == "kind":
        return clean_choice(ReviewKind, value, field)
    if field in TEXT_FIELDS:
        return clean_long_text(value, field)
    if field == "ratings":
        return clean_ratings(value, field)
    if field == "next_review_on":
        return parse_date(value, field)
    if field == "visibility":
        return clean_visibility(value)
    raise unknown_field(field)


def _apply(review: Review, cleaned: dict) -> None:
    for field, value in cleaned.items():
        if field == "ratings":
            review.ratings = [ReviewRating(area=area, rating=rating) for area, rating in value.items()]
        else:
            setattr(review, field, value)
    if review.next_review_on is not None and review.next_review_on <= review.held_on:
        raise InvalidInput(
            _("The next review needs to be after this one ({held}).").format(held=plain_date(review.held_on)),
            "next_review_on",
        )


def _get(session, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise NotFound(_("That review is no longer in the plan."))
    live_plan(session, review.plan_id)
    return review


def list_reviews(db: Database, plan_id: int) -> list[ReviewRecord]:
    """The plan's reviews, oldest first."""
    with db.session() as session:
        live_plan(session, plan_id)
        query = (select(Review).where(Review.plan_id == plan_id).order_by(Review.held_on, Review.id)
                 .options(selectinload(Review.ratings)))
        return [_record(review) for review in session.scalars(query)]


def get_review(db: Database, review_id: int) -> ReviewRecord:
    with db.session() as session:
        return _record(_get(session, review_id))


def add_review(
    db: Database,
    plan_id: int,
    held_on: object,
    *,
    kind: str = ReviewKind.GOALS,
    visibility: str | None = None,
    review_id: int | None = None,
    **fields: object,
) -> ReviewRecord:
    cleaned = {field: clean_review_field(field, value) for field, value in fields.items()}
    cleaned["held_on"] = clean_review_field("held_on", held_on)
    cleaned["kind"] = clean_review_field("kind", kind)
    cleaned["visibility"] = clean_visibility(visibility)
    with db.session() as session:
        live_plan(session, plan_id)
        count = len(session.scalars(select(Review.id).where(Review.plan_id == plan_id)).all())
        if count >= MAX_REVIEWS:
            raise InvalidInput(_("This plan has as many reviews as it can hold."), "held_on")
        check_id_free(session, Review, review_id, _("That review is already in the plan."))
        review = Review(plan_id=plan_id)
        if review_id is not None:
            review.id = review_id
        _apply(review, cleaned)
        session.add(review)
        session.flush()
        return _record(review)


def update_review(db: Database, review_id: int, **changes: object) -> ReviewRecord:
    cleaned = {field: clean_review_field(field, value) for field, value in changes.items()}
    with db.session() as session:
        review = _get(session, review_id)
        _apply(review, cleaned)
        session.flush()
        return _record(review)


def remove_review(db: Database, review_id: int) -> ReviewRecord:
    with db.session() as session:
        review = _get(session, review_id)
        record = _record(review)
        session.delete(review)
        return record


def review_fields(record: ReviewRecord) -> dict:
    """A review's editable fields, as `add_review` and `update_review` take them."""
    values = {field: getattr(record, field) for field in FIELDS}
    values["ratings"] = dict(record.ratings)
    return values


def restore_review(db: Database, record: ReviewRecord) -> ReviewRecord:
    fields = review_fields(record)
    return add_review(db, record.plan_id, fields.pop("held_on"), kind=fields.pop("kind"),
                      visibility=fields.pop("visibility"), review_id=record.review_id, **fields)
