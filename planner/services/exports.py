"""Making an export: the plan, filtered for its audience, handed to the exporter, written safely.

This is the one way out of the computer for a plan. The exporter is handed only what the
audience may see (`for_audience`), never the database nor the whole plan.
"""

from pathlib import Path

from planner.domain.visibility import Audience
from planner.errors import PlannerError
from planner.export.audience import for_audience
from planner.files import write_atomically
from planner.i18n import _, export_languages, using
from planner.services.plan_files import plan_document
from planner.storage.database import Database


def kinds() -> dict:
    from planner.export.kinds import EXPORTS

    return EXPORTS


def filtered_document(db: Database, plan_id: int, kind: str, audience: str | None = None):
    """The plan as `kind`'s audience may see it (read on the caller's thread)."""
    exports = kinds()
    if kind not in exports:
        raise PlannerError(_("Small Steps can't export as '{kind}'.").format(kind=kind))
    chosen = Audience(audience or exports[kind].audience)
    return for_audience(plan_document(db, plan_id), chosen)


LANGUAGE_CHOICES = ("en", "cy", "cy+en")  # English, Welsh, or both (Welsh first)


def languages_for(filtered, language: str | None = None) -> tuple[str, ...]:
    """The languages an export is made in: `language` if asked, else the plan's own."""
    if language is not None and language not in LANGUAGE_CHOICES:
        raise PlannerError(_("Please choose English (en), Welsh (cy) or both (cy+en)."))
    return export_languages(language, filtered.data.get("language"))


def make(kind: str, filtered, language: str | None = None, still_wanted=None, **options) -> bytes:
    """Turn an already filtered document into the export's bytes (safe on a worker thread).

    Made in the plan's own language unless `language` says otherwise ("en", "cy", "cy+en").
    `still_wanted` (a preview's): once it answers False the making stops, raising
    `planner.export.stopping.NoLongerWanted`."""
    from planner.export import stopping

    spec = kinds()[kind]
    languages = languages_for(filtered, language)
    with stopping.while_wanted(still_wanted):
        stopping.check()
        if len(languages) == 1:
            with using(languages[0]):
                return spec.make(filtered, options)
        from planner.export.bilingual import make as make_bilingual

        return make_bilingual(spec, filtered, options, languages)


def export_bytes(db: Database, plan_id: int, kind: str, audience: str | None = None,
                 language: str | None = None, **options) -> bytes:
    return make(kind, filtered_document(db, plan_id, kind, audience), language, **options)


def export(db: Database, plan_id: int, kind: str, out: Path | str, audience: str | None = None,
           language: str | None = None, **options) -> Path:
    """Write the export to `out` (a temporary name first, then renamed: never half a file)."""
    out = Path(out)
    if out.is_dir():
        raise PlannerError(_("{path} is a folder. Please give a file name.").format(path=out))
    return write_atomically(out, export_bytes(db, plan_id, kind, audience, language, **options))
