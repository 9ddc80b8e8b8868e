"""The one audience filter: every export receives a document already filtered by this.

The rule is structural: any object in the document with a `"visibility"` the audience may not
see is removed, with everything inside it; pictures nobody refers to any more are dropped. So a
part of the plan is private by default as long as its items carry `visibility`.
"""

import copy
from typing import Any

from planner.domain.visibility import Audience, may_see
from planner.i18n import language_code
from planner.plan_file.document import PlanDocument
from planner.plan_file.reader import _picture_names


def _allowed(item: Any, audience: Audience) -> bool:
    return not (isinstance(item, dict) and "visibility" in item and not may_see(audience, item["visibility"]))


def _filter(value: Any, audience: Audience) -> Any:
    if isinstance(value, dict):
        return {
            key: (_filter(child, audience) if _allowed(child, audience) else None)
            for key, child in value.items()
        }
    if isinstance(value, list):
        return [_filter(child, audience) for child in value if _allowed(child, audience)]
    return value


def for_audience(document: PlanDocument, audience: Audience | str) -> PlanDocument:
    """A copy of `document` holding only what `audience` may see."""
    audience = Audience(audience)
    data = _filter(copy.deepcopy(document.data), audience)
    data["audience"] = audience.value
    # The language the plan is written in leads its exports. It is kept with the person's
    # details, which may be private: only the code of a language with a catalogue passes ("en"
    # or "cy", never the stored words), since an export printed in Welsh says so anyway.
    details = (document.data.get("person") or {}).get("details") or {}
    data["language"] = language_code(details.get("preferred_language"))
    used = _picture_names(data)
    pictures = {name: blob for name, blob in document.pictures.items() if name in used}
    return PlanDocument(data, pictures)
