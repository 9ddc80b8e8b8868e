"""What changed between two frozen copies of a plan, or a frozen copy and the plan today, as the
chosen audience may see it (both sides go through the one audience filter first)."""

from planner.domain.doc_diff import Change, diff_documents
from planner.domain.visibility import Audience
from planner.errors import InvalidInput
from planner.export.audience import for_audience
from planner.i18n import _
from planner.services import frozen_copies
from planner.services.plan_files import plan_document
from planner.storage.database import Database

TODAY = None  # as a copy id: the plan as it is now


def _document(db: Database, plan_id: int, copy_id: int | None):
    if copy_id is TODAY:
        return plan_document(db, plan_id)
    if frozen_copies.get_copy(db, copy_id).plan_id != plan_id:
        raise InvalidInput(_("That copy belongs to another plan."), "copy")
    return frozen_copies.copy_document(db, copy_id)


def what_changed(db: Database, plan_id: int, old_copy: int | None, new_copy: int | None = TODAY,
                 audience: Audience | str = Audience.ME) -> list[Change]:
    """Changes from `old_copy` to `new_copy` (a frozen copy's id, or None for today's plan)."""
    old = for_audience(_document(db, plan_id, old_copy), audience)
    new = for_audience(_document(db, plan_id, new_copy), audience)
    return diff_documents(old.data, new.data)
