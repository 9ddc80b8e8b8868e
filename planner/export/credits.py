"""Credits an export must print for what it shows (e.g. the OpenMoji symbols' licence).

Exporters call `credits_for(document)` on the document they were given (already filtered for
their audience) and print each line, so a plan that shows no symbols carries no symbol credit.
"""

from planner.content.symbols import attribution
from planner.plan_file.document import PlanDocument


def shows_symbols(document: PlanDocument) -> bool:
    pictures = document.data.get("plan", {}).get("pictures") or []
    return any(isinstance(p, dict) and p.get("kind") == "symbol" for p in pictures)


def credits_for(document: PlanDocument) -> list[str]:
    """Lines of credit to print at the end of an export of `document`."""
    return [attribution()] if shows_symbols(document) else []
