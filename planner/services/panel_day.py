"""Panel day: every plan ready for a panel date, into one folder: a panel pack each, plus an index
listing them (person, total cost, allocation).

Sending a plan to the panel freezes a copy of it (see `frozen_copies`): what is written to the
folder is exactly what was frozen. A plan already with the panel on that date is written again
from its frozen copy, byte for byte, so running panel day twice gives the same folder.

In three steps, so a window can make the PDFs off its own thread: `prepare` (reads the
database), `render` (no database; writes the folder), `record` (freezes the new copies).
"""

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from planner.domain import panel as rules
from planner.domain.doc_diff import show
from planner.domain.plan import PlanStatus
from planner.domain.review_schedule import plain_date
from planner.domain.visibility import Audience
from planner.errors import InvalidInput, PlannerError
from planner.export.audience import for_audience
from planner.files import write_atomically
from planner.i18n import _, ngettext
from planner.services import frozen_copies, plan_facts
from planner.storage.database import Database
from planner.storage.models import Person, Plan
from planner.storage.panel_models import FrozenCopy, PlanStanding

INDEX_NAME = "00 Index.pdf"
Progress = Callable[[int, int, str], None]  # (done, of, what is being made now)


@dataclass
class Entry:
    plan_id: int
    person_name: str
    total_cost_pence: int | None
    allocation_pence: int | None
    submission: frozen_copies.Submission | None = None  # a plan to send now
    not_seen: str = ""  # costed support the panel won't see, in plain words (see not_seen_by_panel)
    frozen_pdf: bytes | None = None  # a plan already sent for this date: its frozen pack
    streams: tuple[tuple[str | None, int], ...] = ()  # what each funding stream pays a year
    pack_pdf: bytes | None = None  # filled in by `render`
    path: Path | None = None
    problem: str = ""  # why this plan's pack could not be made (it is not sent; the others are)


@dataclass
class PanelDay:
    panel_date: dt.date
    entries: list[Entry] = field(default_factory=list)
    index_path: Path | None = None

    @property
    def sent(self) -> list[Entry]:
        return [entry for entry in self.entries if not entry.problem]

    @property
    def not_sent(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.problem]


def date_passed_words(panel_date: dt.date, today: dt.date | None = None) -> str:
    """Plain words when the panel's date is already past ("" when it is today or later)."""
    if panel_date >= (today or dt.date.today()):
        return ""
    return _("The panel date, {date}, has already passed.").format(date=plain_date(panel_date))


def plans_for(db: Database, panel_date: dt.date) -> list[tuple[int, str, str]]:
    """(plan id, name, status) of plans ready for, or already with, the panel on that date."""
    with db.session() as session:
        rows = session.execute(
            select(Plan.id, Person.name, Plan.status).join(Person, Person.id == Plan.person_id)
            .join(PlanStanding, PlanStanding.plan_id == Plan.id)
            .where(Person.removed_at.is_(None), PlanStanding.panel_date == panel_date,
                   Plan.status.in_([PlanStatus.READY_FOR_PANEL.value, PlanStatus.AT_PANEL.value]))
            .order_by(Person.search_key, Plan.id)).all()
    return [tuple(row) for row in rows]


def prepare(db: Database, panel_date: object) -> PanelDay:
    date = rules.clean_date(panel_date, "panel_date")
    if date is None:
        raise InvalidInput(_("Please choose the date of the panel."), "panel_date")
    day = PanelDay(date)
    for plan_id, name, status in plans_for(db, date):
        if status == PlanStatus.READY_FOR_PANEL:
            try:
                submission = frozen_copies.prepare(db, plan_id, date)
            except PlannerError as error:  # one plan never stops the panel's day
                day.entries.append(Entry(plan_id, name, None, None, problem=error.message))
                continue
            data = submission.for_panel.data  # the index is the panel's: only what it may see
            day.entries.append(Entry(plan_id, name, plan_facts.total_cost_pence(data),
                                     plan_facts.allocation_pence(data), submission=submission,
                                     not_seen=frozen_copies.not_seen_by_panel(submission),
                                     streams=plan_facts.stream_totals(data)))
            continue
        with db.session() as session:
            copy_id = session.scalar(select(FrozenCopy.id).where(
                FrozenCopy.plan_id == plan_id, FrozenCopy.panel_date == date)
                .order_by(FrozenCopy.id.desc()).limit(1))
        if copy_id is None:
            continue  # with the panel on that date, but never sent from here: nothing to write
        plan_file, pdf = frozen_copies.copy_bytes(db, copy_id)
        data = for_audience(frozen_copies.document_from_plan_file(plan_file), Audience.PANEL).data
        day.entries.append(Entry(plan_id, name, plan_facts.total_cost_pence(data),
                                 plan_facts.allocation_pence(data), frozen_pdf=pdf,
                                 streams=plan_facts.stream_totals(data)))
    return day


def safe_file_name(text: str) -> str:
    """A file name any computer accepts, from a person's name (Welsh letters kept)."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]', " ", text)
    text = " ".join(text.split()).strip(" .")
    return text[:80] or _("Plan")


def render(day: PanelDay, folder: Path | str, progress: Progress | None = None) -> PanelDay:
    """Make every pack and the index and write them into `folder` (no database used)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PlannerError(_("Small Steps can't make the folder {folder}: {why}").format(
            folder=folder, why=error.strerror or error)) from None
    total = len(day.entries) + 1
    _make_packs(day.entries, total, progress)
    number = 0
    for entry in day.entries:
        if entry.problem:
            continue
        number += 1
        entry.path = write_atomically(folder / f"{number:02d} {safe_file_name(entry.person_name)}.pdf",
                                      entry.pack_pdf)
    day.index_path = write_atomically(folder / INDEX_NAME, index_pdf(day))
    if progress:
        progress(total, total, "")
    return day


def _make_packs(entries: list[Entry], total: int, progress: Progress | None) -> None:
    """Every pack not already frozen, made on every core (see panel_packs), with progress."""
    from planner.services import panel_packs

    for entry in entries:
        entry.pack_pdf = entry.frozen_pdf
    waiting = [entry for entry in entries if entry.pack_pdf is None and not entry.problem]
    finished: set[int] = set()

    def made(index: int) -> None:
        finished.add(index)
        if progress:
            still = next((e.person_name for i, e in enumerate(waiting) if i not in finished), "")
            progress(len(entries) - len(waiting) + len(finished), total, still or _("The index"))

    if progress:
        progress(len(entries) - len(waiting), total, waiting[0].person_name if waiting else _("The index"))
    answers = panel_packs.make_each([entry.submission for entry in waiting], made)
    for entry, (pack, problem) in zip(waiting, answers, strict=True):
        entry.pack_pdf, entry.problem = pack, problem  # one plan never stops the panel's day


def record(db: Database, day: PanelDay) -> list[frozen_copies.FrozenCopyRecord]:
    """Freeze a copy of every plan sent now, with exactly the pack written to the folder."""
    return [frozen_copies.freeze(db, entry.submission, entry.pack_pdf)
            for entry in day.sent if entry.submission is not None and entry.pack_pdf is not None]


def run(db: Database, panel_date: object, folder: Path | str, progress: Progress | None = None) -> PanelDay:
    day = render(prepare(db, panel_date), folder, progress)
    record(db, day)
    return day


def _money(pence: int | None) -> str:
    return show(pence, "_pence") if pence is not None else _("not worked out yet")


def _stream_name(stream: str | None) -> str:
    from planner.domain.support import stream_label

    return stream_label(stream) if stream else _("No funding stream chosen yet")


def _stream_blocks(day: PanelDay) -> list:
    """Who pays, plan by plan and for the whole panel: each funding stream's share a year."""
    from planner.export import blocks as b

    rows = [(f"{n:02d}", e.person_name, _stream_name(stream), _money(pence))
            for n, e in enumerate(day.sent, start=1) for stream, pence in e.streams]
    if not rows:
        return []
    whole: dict[str | None, int] = {}
    for entry in day.sent:
        for stream, pence in entry.streams:
            whole[stream] = whole.get(stream, 0) + pence
    return [
        b.Heading(_("Who pays"), 2),
        b.Paragraph(_("What each funding stream pays a year, plan by plan. Support paid by "
                      "more than one stream is counted in each by its share.")),
        b.Table((_("Pack"), _("Person"), _("Funding stream"), _("A year")), tuple(rows),
                widths=(0.1, 0.35, 0.35, 0.2), align_right=(3,)),
        b.Paragraph(_("For the whole panel, each funding stream pays:")),
        b.KeyValues(tuple((_stream_name(stream), _money(pence)) for stream, pence in whole.items())),
    ]


def index_pdf(day: PanelDay) -> bytes:
    from planner.export import blocks as b
    from planner.export.pdf import render as render_pdf

    title = _("Panel on {date}").format(date=plain_date(day.panel_date))
    export = b.ExportDocument(title=title, person_name="", subject=_("Panel index"), running_head=title)
    export.blocks.append(b.Heading(title, 0))
    sent = day.sent
    if not day.entries:
        export.blocks.append(b.Paragraph(_("No plans are ready for this panel."), "note"))
    elif sent:
        count = len(sent)
        export.blocks.append(b.Paragraph(
            ngettext("1 plan for this panel.", "{n} plans for this panel.", count).format(n=count)))
        rows = tuple((f"{n:02d}", e.person_name, _money(e.total_cost_pence), _money(e.allocation_pence))
                     for n, e in enumerate(sent, start=1))
        export.blocks.append(b.Table((_("Pack"), _("Person"), _("Total cost a year"), _("Allocation")),
                                     rows, widths=(0.1, 0.4, 0.25, 0.25), align_right=(2, 3)))
        known = [e.total_cost_pence for e in sent if e.total_cost_pence is not None]
        if known:
            export.blocks.append(b.Paragraph(_("Total of the costs worked out: {total}").format(
                total=_money(sum(known)))))
        export.blocks.extend(_stream_blocks(day))
    if day.not_sent:
        export.blocks.append(b.Heading(_("Plans not sent"), 2))
        export.blocks.append(b.Paragraph(_(
            "These plans are ready for this panel but their packs could not be made, so they were "
            "not sent. Whoever sends them has been told why."), "note"))
        export.blocks.append(b.Table((_("Person"), _("Why")), tuple(
            (e.person_name, e.problem) for e in day.not_sent), widths=(0.3, 0.7)))
    return render_pdf(export, {})
