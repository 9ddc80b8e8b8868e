"""Submitting a plan to the panel freezes a copy: the plan file exactly as it was, the panel pack's
exact PDF bytes, a SHA-256 of each, the date and who submitted it. Frozen copies are read-only
(nothing here or anywhere changes them; the database and the ORM refuse it too).

Submitting is in three steps so a window can make the PDF off its own thread:
`prepare` (reads the plan), `render` (no database), `freeze` (one transaction).
"""

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from sqlalchemy import select

from planner.domain import panel as rules
from planner.domain.amounts import money_text
from planner.domain.plan import PlanStatus
from planner.domain.visibility import Audience, Visibility
from planner.errors import InvalidInput, NotFound, PlannerError
from planner.export.audience import for_audience
from planner.files import write_atomically
from planner.i18n import _, ngettext
from planner.plan_file.document import PlanDocument
from planner.plan_file.parts import frozen_copies as copies_part
from planner.plan_file.writer import plan_file_bytes
from planner.services.plan_files import plan_document
from planner.storage.database import Database
from planner.storage.models import Plan, utcnow
from planner.storage.panel_models import FrozenCopy, PlanStanding, StatusChange

PACK_KIND = "panel-pdf"


def sha256(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


@dataclass(frozen=True)
class Submission:
    """A plan read for submitting: the whole document (frozen as the plan file) and the copy the
    panel may see (made into the pack)."""

    plan_id: int
    person_name: str
    panel_date: dt.date | None
    document: PlanDocument
    for_panel: PlanDocument


@dataclass(frozen=True)
class FrozenCopyRecord:
    copy_id: int
    plan_id: int
    submitted_at: dt.datetime
    submitted_by: str
    panel_date: dt.date | None
    plan_file_sha256: str
    pack_pdf_sha256: str
    plan_file_size: int
    pack_pdf_size: int


def _record(copy: FrozenCopy) -> FrozenCopyRecord:
    return FrozenCopyRecord(copy.id, copy.plan_id, copy.submitted_at, copy.submitted_by, copy.panel_date,
                            copy.plan_file_sha256, copy.pack_pdf_sha256, len(copy.plan_file),
                            len(copy.pack_pdf))


def without_copies(document: PlanDocument) -> PlanDocument:
    """The plan without its earlier copies sent to the panel: a copy holds the plan as it was,
    never the copies before it (so copies never nest inside copies)."""
    data = dict(document.data, plan={key: value for key, value in document.data["plan"].items()
                                     if key != copies_part.KEY})
    return PlanDocument(data, {name: blob for name, blob in document.pictures.items()
                               if not name.startswith(copies_part.FOLDER)})


def prepare(db: Database, plan_id: int, panel_date: object = None) -> Submission:
    """Read the plan for submitting (on the caller's thread). The panel date given, or the plan's."""
    date = rules.clean_date(panel_date, "panel_date")
    document = without_copies(plan_document(db, plan_id))
    with db.session() as session:
        standing = session.get(PlanStanding, plan_id)
        date = date or (standing.panel_date if standing else None)
    if date is None:
        raise InvalidInput(_("Please choose the date of the panel first."), "panel_date")
    document.data["plan"]["panel_date"] = date.isoformat()
    name = document.data["person"]["name"]
    return Submission(plan_id, name, date, document, for_audience(document, Audience.PANEL))


COSTED = ("support_lines", "one_off_purchases", "travel")


def not_seen_by_panel(submission: Submission) -> str:
    """Plain words for whoever sends the plan: the costed support the panel will not see (kept
    private, or for the team), and what the panel's totals leave out because of it. "" when the
    panel sees every cost. Said before sending, never in the pack itself."""
    from planner.export.withheld import withheld_count
    from planner.services.plan_facts import total_cost_pence

    hidden = withheld_count(submission.for_panel.data, *(f"support_budget.{key}" for key in COSTED))
    if hidden <= 0:
        return ""
    everything, seen = total_cost_pence(submission.document.data), total_cost_pence(submission.for_panel.data)
    left_out = everything - seen if everything is not None and seen is not None else None
    words = ngettext("1 thing your support pays for is not shared with the panel",
                     "{count} things your support pays for are not shared with the panel", hidden).format(count=hidden)
    if left_out:
        words += _(", so the panel's totals leave out {amount} a year").format(amount=money_text(left_out))
    return words + ". " + ngettext("If it should be paid for, share it with the panel before you send the plan.",
                                   "If they should be paid for, share them with the panel before you send the plan.",
                                   hidden)


def render(submission: Submission, **options) -> bytes:
    """The panel pack's PDF (no database: safe on a worker thread)."""
    from planner.services.exports import make

    return make(PACK_KIND, submission.for_panel, **options)


def freeze(db: Database, submission: Submission, pack_pdf: bytes) -> FrozenCopyRecord:
    """Keep the copy, and mark the plan as with the panel on its date (one transaction)."""
    if not isinstance(pack_pdf, bytes | bytearray) or not bytes(pack_pdf).startswith(b"%PDF"):
        raise PlannerError(_("The panel pack was not made, so nothing was sent."))
    plan_file = plan_file_bytes(submission.document)
    pdf = bytes(pack_pdf)
    with db.session() as session:
        plan = session.get(Plan, submission.plan_id)
        if plan is None or plan.person.removed_at is not None:
            raise NotFound(_("That plan is no longer in Small Steps."))
        actor = session.info.get("actor", "")
        now = utcnow()
        copy = FrozenCopy(plan_id=plan.id, submitted_at=now, submitted_by=actor,
                          panel_date=submission.panel_date, plan_file=plan_file,
                          plan_file_sha256=sha256(plan_file), pack_pdf=pdf, pack_pdf_sha256=sha256(pdf))
        session.add(copy)
        standing = session.get(PlanStanding, plan.id) or PlanStanding(plan_id=plan.id)
        standing.panel_date = submission.panel_date
        session.add(standing)
        if plan.status != PlanStatus.AT_PANEL:
            session.add(StatusChange(plan_id=plan.id, at=now, actor=actor, old_status=plan.status,
                                     status=PlanStatus.AT_PANEL.value, panel_date=submission.panel_date,
                                     note=_("Sent to the panel."), visibility=Visibility.PANEL.value))
            plan.status = PlanStatus.AT_PANEL.value
        session.flush()
        return _record(copy)


def submit(db: Database, plan_id: int, panel_date: object = None, **options) -> FrozenCopyRecord:
    """Prepare, render and freeze in one go (the command line, tests)."""
    submission = prepare(db, plan_id, panel_date)
    return freeze(db, submission, render(submission, **options))


# Reading frozen copies (never changing them) --------------------------------------------


def list_copies(db: Database, plan_id: int) -> list[FrozenCopyRecord]:
    """The plan's frozen copies, oldest first."""
    with db.session() as session:
        copies = session.scalars(select(FrozenCopy).where(FrozenCopy.plan_id == plan_id)
                                 .order_by(FrozenCopy.submitted_at, FrozenCopy.id)).all()
        return [_record(c) for c in copies]


def _get(session, copy_id: int) -> FrozenCopy:
    copy = session.get(FrozenCopy, copy_id)
    if copy is None:
        raise NotFound(_("That copy sent to the panel is not in Small Steps."))
    return copy


def get_copy(db: Database, copy_id: int) -> FrozenCopyRecord:
    with db.session() as session:
        return _record(_get(session, copy_id))


def copy_bytes(db: Database, copy_id: int) -> tuple[bytes, bytes]:
    """The frozen plan file and panel pack, exactly as they were sent."""
    with db.session() as session:
        copy = _get(session, copy_id)
        return bytes(copy.plan_file), bytes(copy.pack_pdf)


def verify(db: Database, copy_id: int) -> bool:
    """True when both the plan file and the pack still match the hashes taken when they were sent."""
    with db.session() as session:
        copy = _get(session, copy_id)
        return (sha256(copy.plan_file) == copy.plan_file_sha256
                and sha256(copy.pack_pdf) == copy.pack_pdf_sha256)


def verify_all(db: Database) -> list[str]:
    """Every frozen copy whose content no longer matches its hashes, in plain words."""
    with db.session() as session:
        copies = session.execute(select(FrozenCopy.id, FrozenCopy.plan_id, FrozenCopy.plan_file,
                                        FrozenCopy.plan_file_sha256, FrozenCopy.pack_pdf,
                                        FrozenCopy.pack_pdf_sha256)).all()
    return [_("The copy sent to the panel (number {id}, plan {plan}) no longer matches what was sent.")
            .format(id=row[0], plan=row[1])
            for row in copies if sha256(row[2]) != row[3] or sha256(row[4]) != row[5]]


def document_from_plan_file(blob: bytes) -> PlanDocument:
    """A frozen plan file as a document (it was checked when it was made; read it as it is)."""
    with zipfile.ZipFile(BytesIO(blob)) as archive:
        data = json.loads(archive.read("plan.json").decode("utf-8"))
        pictures = {name: archive.read(name) for name in archive.namelist() if name.startswith("pictures/")}
    return PlanDocument(data, pictures)


def copy_document(db: Database, copy_id: int) -> PlanDocument:
    plan_file, _pdf = copy_bytes(db, copy_id)
    return document_from_plan_file(plan_file)


def export_copy(db: Database, copy_id: int, kind: str, out: Path | str,
                audience: str | None = None) -> Path:
    """Save a frozen copy as it was: the plan file and the pack byte for byte; any other export
    made from the frozen plan (filtered for its audience like every export)."""
    from planner.services.exports import kinds, make

    out = Path(out)
    if out.is_dir():
        raise PlannerError(_("{path} is a folder. Please give a file name.").format(path=out))
    plan_file, pdf = copy_bytes(db, copy_id)
    if kind == "plan-file":
        return write_atomically(out, plan_file)
    if kind == PACK_KIND and audience in (None, Audience.PANEL):
        return write_atomically(out, pdf)
    exports = kinds()
    if kind not in exports:
        raise PlannerError(_("Small Steps can't export as '{kind}'.").format(kind=kind))
    document = document_from_plan_file(plan_file)
    return write_atomically(out, make(kind, for_audience(document, audience or exports[kind].audience)))
