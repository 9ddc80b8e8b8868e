"""Reviews in the plan file: `plan.reviews`, a list, oldest first; ratings are an object of
area key -> 1..5 (areas not rated are left out: a rating is never required)."""

from planner.domain.goals import clean_ratings
from planner.plan_file.document import Part
from planner.plan_file.parts.file_dates import date_in, date_out
from planner.plan_file.rows import Reader, day, grouped

KEY = "reviews"
TEXT_FIELDS = ("who_took_part", "working_for_me", "not_working_for_me", "working_for_others",
               "not_working_for_others", "decisions")


def dump(reader: Reader, plan_id: int, _store) -> list:
    ratings = grouped(reader.all(
        "SELECT review_id, area, rating FROM review_rating WHERE review_id IN "
        "(SELECT id FROM review WHERE plan_id = :plan_id) ORDER BY review_id, area", plan_id=plan_id),
        "review_id")
    reviews = []
    for review in reader.all("SELECT * FROM review WHERE plan_id = :plan_id ORDER BY held_on, id", plan_id=plan_id):
        item = {"held_on": date_out(day(review.held_on)), "kind": review.kind}
        item.update({field: getattr(review, field) for field in TEXT_FIELDS})
        item["ratings"] = clean_ratings([(r.area, r.rating) for r in ratings.get(review.id, [])])
        item["next_review_on"] = date_out(day(review.next_review_on))
        item["visibility"] = review.visibility
        reviews.append(item)
    return reviews


def load(session, plan, data: list, _store) -> None:
    from planner.storage.goals_models import Review, ReviewRating

    for item in data:
        review = Review(plan_id=plan.id, held_on=date_in(item["held_on"]), kind=item.get("kind", "goals"),
                        next_review_on=date_in(item.get("next_review_on")), visibility=item["visibility"],
                        **{field: item.get(field, "") for field in TEXT_FIELDS})
        review.ratings = [ReviewRating(area=area, rating=rating)
                          for area, rating in clean_ratings(item.get("ratings", {})).items()]
        session.add(review)
    session.flush()


PART = Part(KEY, dump, load)
