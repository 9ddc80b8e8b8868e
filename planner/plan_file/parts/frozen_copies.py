"""Copies sent to the panel, in the plan file (`plan.frozen_copies`), so a plan that moves to
another computer (a co-ordinator's to a broker's) keeps its record of what the panel was sent,
and "what changed" still works there:

    "frozen_copies": [                     # oldest first
      {"submitted_at": "2026-11-20T10:12:00", "submitted_by": "Priya Shah",
       "panel_date": "2026-12-03", "visibility": "panel",
       "plan_file": "frozen/<sha256>.smallsteps", "plan_file_sha256": "<sha256>",
       "pack_pdf": "frozen/<sha256>.pdf", "pack_pdf_sha256": "<sha256>"}
    ]

Each copy's plan file and panel pack travel as they were sent, beside `plan.json`, named by their
SHA-256 (the reader refuses a file whose bytes do not match). A copy's own plan file never holds
copies (see `frozen_copies.prepare`), so files do not nest.
"""

import datetime as dt
import hashlib
from typing import Any

from planner.errors import NotAPlanFile
from planner.i18n import _
from planner.plan_file.document import Part, PictureStore
from planner.plan_file.rows import Reader, blob, day, moment

KEY = "frozen_copies"
FOLDER = "frozen/"


def file_name(sha256: str, suffix: str) -> str:
    return f"{FOLDER}{sha256}{suffix}"


def dump(reader: Reader, plan_id: int, store: PictureStore) -> list[dict[str, Any]]:
    copies = reader.all("SELECT * FROM frozen_copy WHERE plan_id = :plan_id ORDER BY submitted_at, id",
                        plan_id=plan_id)
    out = []
    for copy in copies:
        plan_name = file_name(copy.plan_file_sha256, ".smallsteps")
        pack_name = file_name(copy.pack_pdf_sha256, ".pdf")
        store.add_file(plan_name, blob(copy.plan_file))
        store.add_file(pack_name, blob(copy.pack_pdf))
        panel_date = day(copy.panel_date)
        out.append({
            "submitted_at": moment(copy.submitted_at).replace(microsecond=0).isoformat(),
            "submitted_by": copy.submitted_by,
            "panel_date": panel_date.isoformat() if panel_date else None,
            "visibility": copy.visibility,
            "plan_file": plan_name, "plan_file_sha256": copy.plan_file_sha256,
            "pack_pdf": pack_name, "pack_pdf_sha256": copy.pack_pdf_sha256,
        })
    return out


def _blob(store: PictureStore, name: str, sha256: str) -> bytes:
    try:
        blob = store.get(name)
    except KeyError:
        raise NotAPlanFile(_("This plan file is missing a copy sent to the panel. It may be damaged.")) from None
    if hashlib.sha256(blob).hexdigest() != sha256:
        raise NotAPlanFile(_("A copy sent to the panel in this plan file has been changed since it was sent."))
    return blob


def load(session, plan, data: list[dict[str, Any]], store: PictureStore) -> None:
    from planner.storage.panel_models import FrozenCopy

    for item in data:
        panel_date = item.get("panel_date")
        session.add(FrozenCopy(
            plan_id=plan.id,
            submitted_at=dt.datetime.fromisoformat(item["submitted_at"]),
            submitted_by=item.get("submitted_by", ""),
            panel_date=dt.date.fromisoformat(panel_date) if panel_date else None,
            visibility=item["visibility"],
            plan_file=_blob(store, item["plan_file"], item["plan_file_sha256"]),
            plan_file_sha256=item["plan_file_sha256"],
            pack_pdf=_blob(store, item["pack_pdf"], item["pack_pdf_sha256"]),
            pack_pdf_sha256=item["pack_pdf_sha256"],
        ))
    session.flush()


PART = Part(KEY, dump, load)
