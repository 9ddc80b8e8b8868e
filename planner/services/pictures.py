"""Use-cases for a plan's pictures: symbols from the library and the person's own photos.

Any part of the plan can use a picture (an answer, a moment in the life story, a goal). A
photo must already be cleaned by `planner.pictures.sanitise_picture` (slow: the window does it
off its main thread); here it is only stored. Every picture has a few words saying what it
shows, used as its text alternative, and a visibility of its own (default: just me).
"""

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import undefer

from planner.content import symbols
from planner.domain import plan as plan_rules
from planner.domain.visibility import Visibility
from planner.errors import InvalidInput, NotFound
from planner.i18n import _
from planner.pictures import MAX_FILE_BYTES
from planner.storage.database import Database
from planner.storage.models import Base, Person, Plan
from planner.storage.pictures_models import Picture

DESCRIPTION_MAX = 1_000


class PictureKind(StrEnum):
    SYMBOL = "symbol"
    PHOTO = "photo"


@dataclass(frozen=True)
class PictureRecord:
    picture_id: int
    plan_id: int
    kind: str
    symbol_key: str
    description: str
    visibility: str


@dataclass(frozen=True)
class RemovedPicture:
    """A removed picture with everything needed to put it back (Undo)."""

    record: PictureRecord
    jpeg: bytes | None


def record_of(picture: Picture) -> PictureRecord:
    return PictureRecord(
        picture.id, picture.plan_id, picture.kind, picture.symbol_key, picture.description,
        picture.visibility,
    )


def records_by_id(reader, plan_id: int) -> dict[int, PictureRecord]:
    """The plan's pictures' records (`reader`: `planner.plan_file.rows`), without their photos."""
    return {row.id: PictureRecord(row.id, row.plan_id, row.kind, row.symbol_key, row.description, row.visibility)
            for row in reader.all("SELECT id, plan_id, kind, symbol_key, description, visibility FROM picture "
                                  "WHERE plan_id = :plan_id", plan_id=plan_id)}


def clean_description(value: object) -> str:
    text = plan_rules.clean_text(value, field="description", limit=DESCRIPTION_MAX)
    if not text:
        raise InvalidInput(
            _("Please write a few words saying what this picture shows."), "description"
        )
    return " ".join(text.split())


def clean_visibility(value: object) -> str | None:
    """Who may see an item; None for a new item is the database's own choice (see
    `planner.domain.visibility.new_item_visibility`)."""
    if value is None:
        return None
    try:
        return Visibility(value).value
    except ValueError:
        raise InvalidInput(_("Please choose who can see this."), "visibility") from None


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.person.removed_at is not None:
        raise NotFound(_("That plan is no longer in Small Steps."))
    return plan


def _picture(session, picture_id: int) -> Picture:
    picture = session.get(Picture, picture_id)
    if picture is None:
        raise NotFound(_("That picture is no longer in the plan."))
    return picture


def picture_of_plan(session, plan_id: int, picture_id: int | None) -> Picture | None:
    """The picture `picture_id` if it belongs to `plan_id` (for other services to link to)."""
    if picture_id is None:
        return None
    picture = session.get(Picture, picture_id)
    if picture is None or picture.plan_id != plan_id:
        raise InvalidInput(_("That picture is no longer in the plan."), "picture")
    return picture


def _add(session, plan_id: int, picture: Picture, picture_id: int | None) -> PictureRecord:
    _plan(session, plan_id)
    if picture_id is not None:
        if session.get(Picture, picture_id) is not None:
            raise InvalidInput(_("That picture is already in the plan."), "picture")
        picture.id = picture_id
    picture.plan_id = plan_id
    session.add(picture)
    session.flush()
    return record_of(picture)


def add_symbol(
    db: Database, plan_id: int, symbol_key: str, description: str,
    visibility: str | None = None, picture_id: int | None = None,
) -> PictureRecord:
    """A symbol from the library. `picture_id` puts back a removed one as it was (Undo)."""
    if not symbols.is_symbol(symbol_key):
        raise InvalidInput(_("That symbol is not in the library."), "picture")
    text, seen_by = clean_description(description), clean_visibility(visibility)
    with db.session() as session:
        picture = Picture(
            kind=PictureKind.SYMBOL.value, symbol_key=symbol_key, description=text,
            visibility=seen_by,
        )
        return _add(session, plan_id, picture, picture_id)


def add_photo(
    db: Database, plan_id: int, jpeg: bytes, description: str,
    visibility: str | None = None, picture_id: int | None = None,
) -> PictureRecord:
    """A photo already cleaned by `planner.pictures.sanitise_picture`."""
    if not isinstance(jpeg, bytes) or not jpeg.startswith(b"\xff\xd8") or len(jpeg) > MAX_FILE_BYTES:
        raise InvalidInput(_("Small Steps can't keep this photo. Please try another."), "picture")
    text, seen_by = clean_description(description), clean_visibility(visibility)
    with db.session() as session:
        picture = Picture(
            kind=PictureKind.PHOTO.value, jpeg=jpeg, description=text, visibility=seen_by
        )
        return _add(session, plan_id, picture, picture_id)


def get_picture(db: Database, picture_id: int) -> PictureRecord:
    with db.session() as session:
        return record_of(_picture(session, picture_id))


def photo_jpeg(db: Database, picture_id: int) -> bytes | None:
    """The JPEG of a photo (None for a symbol)."""
    with db.session() as session:  # one query: the photo's bytes are deferred otherwise
        picture = session.get(Picture, picture_id, options=[undefer(Picture.jpeg)])
        if picture is None:
            raise NotFound(_("That picture is no longer in the plan."))
        return picture.jpeg


def list_pictures(db: Database, plan_id: int) -> list[PictureRecord]:
    """Every picture of the plan, oldest first."""
    with db.session() as session:
        _plan(session, plan_id)
        rows = session.scalars(
            select(Picture).where(Picture.plan_id == plan_id).order_by(Picture.id)
        ).all()
        return [record_of(p) for p in rows]


def update_picture(db: Database, picture_id: int, **changes: object) -> PictureRecord:
    """Change what a picture is said to show, or who can see it."""
    cleaned: dict[str, str] = {}
    for field, value in changes.items():
        if field == "description":
            cleaned[field] = clean_description(value)
        elif field == "visibility":
            cleaned[field] = clean_visibility(value)
        else:
            raise InvalidInput(_("Small Steps does not keep that detail."), field)
    with db.session() as session:
        picture = _picture(session, picture_id)
        for field, value in cleaned.items():
            setattr(picture, field, value)
        session.flush()
        return record_of(picture)


def _uses(session, picture_id: int) -> int:
    """How many items anywhere in the database show this picture (any table linking to it)."""
    count = 0
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == "picture" for fk in column.foreign_keys):
                count += session.scalar(
                    select(func.count()).select_from(table).where(column == picture_id)
                )
    return count


def uses_of_picture(db: Database, picture_id: int) -> int:
    with db.session() as session:
        return _uses(session, picture_id)


def remove_picture(db: Database, picture_id: int) -> RemovedPicture:
    """Take a picture out of the plan; refused while something still shows it."""
    with db.session() as session:
        picture = _picture(session, picture_id)
        if _uses(session, picture_id):
            raise InvalidInput(
                _("This picture is still used in your plan. Take it off there first."), "picture"
            )
        removed = RemovedPicture(record_of(picture), picture.jpeg)
        session.delete(picture)
        return removed


def restore_picture(db: Database, removed: RemovedPicture) -> PictureRecord:
    """Put back a removed picture with the same id (Undo)."""
    r = removed.record
    if r.kind == PictureKind.PHOTO:
        return add_photo(db, r.plan_id, removed.jpeg or b"", r.description, r.visibility, r.picture_id)
    return add_symbol(db, r.plan_id, r.symbol_key, r.description, r.visibility, r.picture_id)


@dataclass(frozen=True)
class ProfilePhoto:
    jpeg: bytes | None
    description: str


def profile_photo(db: Database, plan_id: int) -> ProfilePhoto:
    """The photo of the person whose plan this is (for Undo of a change)."""
    with db.session() as session:
        person: Person = _plan(session, plan_id).person
        return ProfilePhoto(person.photo_jpeg, person.photo_description)


def set_profile_photo(db: Database, plan_id: int, jpeg: bytes | None, description: str) -> None:
    """Make `jpeg` (a cleaned JPEG, or None for no photo) the person's own photo."""
    if jpeg is not None and (not isinstance(jpeg, bytes) or not jpeg.startswith(b"\xff\xd8")):
        raise InvalidInput(_("Small Steps can't keep this photo. Please try another."), "picture")
    text = plan_rules.clean_text(description, field="description", limit=DESCRIPTION_MAX)
    with db.session() as session:
        person: Person = _plan(session, plan_id).person
        person.photo_jpeg = jpeg
        person.photo_description = text if jpeg is not None else ""
