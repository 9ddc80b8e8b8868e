"""Use-cases for "About me": the person's answers about the areas of their life.

Each answer is in the person's own words (or a picture, or both), in one area, written for one
of its prompts, with an optional tag and who can see it (default: just me). Answers keep their
order within an area. The walk-through remembers where the person got to.
"""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from planner.content.about_me import prompt_keys
from planner.domain import plan as plan_rules
from planner.domain.about_me import AREA_KEYS, clean_area, clean_tag
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.services.pictures import (
    PictureRecord,
    clean_visibility,
    picture_of_plan,
    record_of,
)
from planner.storage.about_me_models import AboutMeAnswer, AboutMePlace
from planner.storage.database import Database
from planner.storage.models import Plan

ANSWER_FIELDS = {"text", "tag", "visibility", "picture_id", "prompt"}


@dataclass(frozen=True)
class AnswerRecord:
    answer_id: int
    plan_id: int
    area: str
    prompt: str
    position: int
    text: str
    tag: str
    visibility: str
    picture: PictureRecord | None


@dataclass(frozen=True)
class Place:
    """Where the walk-through got to."""

    area: str
    prompt: str


def _record(answer: AboutMeAnswer) -> AnswerRecord:
    return AnswerRecord(
        answer.id, answer.plan_id, answer.area, answer.prompt, answer.position, answer.text,
        answer.tag, answer.visibility, record_of(answer.picture) if answer.picture else None,
    )


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def _answer(session, answer_id: int) -> AboutMeAnswer:
    answer = session.get(AboutMeAnswer, answer_id)
    if answer is None:
        raise NotFound(_("That answer is no longer in your plan."))
    return answer


def clean_prompt(area: str, value: object) -> str:
    """A prompt key of `area`, or "" for an answer about the area as a whole."""
    if value in (None, ""):
        return ""
    if value not in prompt_keys(area):
        raise InvalidInput(_("That question is not part of this area."), "prompt")
    return str(value)


def clean_answer_text(value: object) -> str:
    return plan_rules.clean_text(value, field="text")


def _area_answers(session, plan_id: int, area: str) -> list[AboutMeAnswer]:
    return list(
        session.scalars(
            select(AboutMeAnswer)
            .where(AboutMeAnswer.plan_id == plan_id, AboutMeAnswer.area == area)
            .order_by(AboutMeAnswer.position, AboutMeAnswer.id)
        )
    )


def _renumber(answers: list[AboutMeAnswer]) -> None:
    for index, answer in enumerate(answers):
        answer.position = index


def list_answers(db: Database, plan_id: int, area: str | None = None) -> list[AnswerRecord]:
    """The plan's answers, area by area (in the checklist's order), each area in its order."""
    with db.session() as session:
        _plan(session, plan_id)
        query = (select(AboutMeAnswer).where(AboutMeAnswer.plan_id == plan_id)
                 .options(selectinload(AboutMeAnswer.picture)))  # one query for every picture
        if area is not None:
            query = query.where(AboutMeAnswer.area == clean_area(area))
        rows = session.scalars(query).all()
        order = {key: index for index, key in enumerate(AREA_KEYS)}
        rows = sorted(rows, key=lambda a: (order.get(a.area, 99), a.position, a.id))
        return [_record(a) for a in rows]


def area_overview(db: Database, plan_id: int, shown: int) -> dict[str, tuple[int, list[AnswerRecord]]]:
    """For each area (in the checklist's order): how many answers it has, and its first `shown`
    in their order, as `list_answers` gives them. An overview of a plan with thousands of
    answers reads a few of each, not all of them."""
    with db.session() as session:
        _plan(session, plan_id)
        counts = dict(session.execute(
            select(AboutMeAnswer.area, func.count()).where(AboutMeAnswer.plan_id == plan_id)
            .group_by(AboutMeAnswer.area)).all())
        # Each area's first `shown`, in one query (numbered within each area) and one for
        # their pictures, not two queries an area.
        place = func.row_number().over(partition_by=AboutMeAnswer.area,
                                       order_by=(AboutMeAnswer.position, AboutMeAnswer.id)).label("place")
        numbered = (select(AboutMeAnswer.id, place).where(AboutMeAnswer.plan_id == plan_id)
                    .subquery())
        first = session.scalars(
            select(AboutMeAnswer).join(numbered, numbered.c.id == AboutMeAnswer.id)
            .where(numbered.c.place <= max(0, shown))
            .options(selectinload(AboutMeAnswer.picture))
            .order_by(AboutMeAnswer.position, AboutMeAnswer.id)
        ).all() if shown > 0 else []
        out = {key: (int(counts.get(key, 0)), []) for key in AREA_KEYS}
        for answer in first:
            if answer.area in out:
                out[answer.area][1].append(_record(answer))
        return out


def get_answer(db: Database, answer_id: int) -> AnswerRecord:
    with db.session() as session:
        return _record(_answer(session, answer_id))


def area_counts(db: Database, plan_id: int) -> dict[str, int]:
    """How many answers each area has (every area listed, 0 where there are none)."""
    counts = dict.fromkeys(AREA_KEYS, 0)
    for answer in list_answers(db, plan_id):
        counts[answer.area] += 1
    return counts


def add_answer(
    db: Database,
    plan_id: int,
    area: str,
    prompt: str = "",
    text: str = "",
    tag: str = "",
    visibility: str | None = None,
    picture_id: int | None = None,
    position: int | None = None,
    answer_id: int | None = None,
) -> AnswerRecord:
    """A new answer at the end of its area (or at `position`).

    `position` and `answer_id` put a removed answer back where and as it was (Undo).
    """
    area = clean_area(area)
    prompt = clean_prompt(area, prompt)
    words = clean_answer_text(text)
    tag = clean_tag(tag)
    seen_by = clean_visibility(visibility)
    with db.session() as session:
        _plan(session, plan_id)
        picture = picture_of_plan(session, plan_id, picture_id)
        if not words and picture is None:
            raise InvalidInput(_("Please write something here first, or add a picture."), "text")
        answer = AboutMeAnswer(
            plan_id=plan_id, area=area, prompt=prompt, text=words, tag=tag, visibility=seen_by,
            picture=picture,
        )
        if answer_id is not None:
            if session.get(AboutMeAnswer, answer_id) is not None:
                raise InvalidInput(_("That answer is already in your plan."), "text")
            answer.id = answer_id
        answers = _area_answers(session, plan_id, area)
        at = len(answers) if position is None else max(0, min(position, len(answers)))
        answers.insert(at, answer)
        session.add(answer)
        _renumber(answers)
        session.flush()
        return _record(answer)


def update_answer(db: Database, answer_id: int, **changes: object) -> AnswerRecord:
    """Change an answer's words, tag, who can see it, its picture or its question."""
    unknown = set(changes) - ANSWER_FIELDS
    if unknown:
        raise InvalidInput(_("Small Steps does not keep that detail."), sorted(unknown)[0])
    with db.session() as session:
        answer = _answer(session, answer_id)
        cleaned: dict[str, object] = {}
        if "text" in changes:
            cleaned["text"] = clean_answer_text(changes["text"])
        if "tag" in changes:
            cleaned["tag"] = clean_tag(changes["tag"])
        if "visibility" in changes:
            cleaned["visibility"] = clean_visibility(changes["visibility"])
        if "prompt" in changes:
            cleaned["prompt"] = clean_prompt(answer.area, changes["prompt"])
        picture = answer.picture
        if "picture_id" in changes:
            picture = picture_of_plan(session, answer.plan_id, changes["picture_id"])
        if not cleaned.get("text", answer.text) and picture is None:
            raise InvalidInput(_("Please write something here first, or add a picture."), "text")
        for field, value in cleaned.items():
            setattr(answer, field, value)
        answer.picture = picture
        session.flush()
        return _record(answer)


def remove_answer(db: Database, answer_id: int) -> AnswerRecord:
    """Take an answer out; returns it as it was so Undo can put it back."""
    with db.session() as session:
        answer = _answer(session, answer_id)
        record = _record(answer)
        answers = _area_answers(session, answer.plan_id, answer.area)
        answers.remove(answer)
        session.delete(answer)
        _renumber(answers)
        return record


def restore_answer(db: Database, record: AnswerRecord) -> AnswerRecord:
    """Put back a removed answer with the same id, in the same place (Undo)."""
    return add_answer(
        db, record.plan_id, record.area, record.prompt, record.text, record.tag,
        record.visibility, record.picture.picture_id if record.picture else None,
        position=record.position, answer_id=record.answer_id,
    )


def answer_order(db: Database, plan_id: int, area: str) -> list[int]:
    with db.session() as session:
        return [a.id for a in _area_answers(session, plan_id, clean_area(area))]


def move_answer(db: Database, answer_id: int, step: int) -> list[int]:
    """Move an answer up (-1) or down (+1) among the answers to the same question.

    Returns the area's order before the move (for Undo with `set_answer_order`).
    """
    if step not in (-1, 1):
        raise InvalidInput(_("An answer moves one place at a time."), "position")
    with db.session() as session:
        answer = _answer(session, answer_id)
        answers = _area_answers(session, answer.plan_id, answer.area)
        before = [a.id for a in answers]
        siblings = [a for a in answers if a.prompt == answer.prompt]
        index = siblings.index(answer)
        if not 0 <= index + step < len(siblings):
            raise InvalidInput(
                _("This answer is already at the top.") if step < 0
                else _("This answer is already at the bottom."),
                "position",
            )
        other = siblings[index + step]
        i, j = answers.index(answer), answers.index(other)
        answers[i], answers[j] = answers[j], answers[i]
        _renumber(answers)
        return before


def set_answer_order(db: Database, plan_id: int, area: str, order: list[int]) -> None:
    """Put an area's answers in the order given (all of them, by id)."""
    with db.session() as session:
        answers = _area_answers(session, plan_id, clean_area(area))
        by_id = {a.id: a for a in answers}
        if sorted(order) != sorted(by_id):
            raise InvalidInput(_("The answers have changed. Please try again."), "position")
        _renumber([by_id[i] for i in order])


def get_place(db: Database, plan_id: int) -> Place | None:
    """Where the walk-through got to, if the person has started it."""
    with db.session() as session:
        row = session.get(AboutMePlace, plan_id)
        if row is None or row.area not in AREA_KEYS:
            return None
        prompt = row.prompt if row.prompt in prompt_keys(row.area) else ""
        return Place(row.area, prompt)


def set_place(db: Database, plan_id: int, area: str, prompt: str = "") -> Place:
    """Remember where the walk-through got to (not an edit: it is not undone)."""
    area = clean_area(area)
    prompt = clean_prompt(area, prompt)
    with db.session() as session:
        # Where the walk-through got to is not a change to the plan: keep it out of the record
        # of who changed what (main's planner.storage.audit honours this flag).
        session.info["audit"] = False
        _plan(session, plan_id)
        row = session.get(AboutMePlace, plan_id)
        if row is None:
            session.add(AboutMePlace(plan_id=plan_id, area=area, prompt=prompt))
        else:
            row.area, row.prompt = area, prompt
        return Place(area, prompt)
