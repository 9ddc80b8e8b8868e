"""A plan as FHIR R4, both ways: PRSB About Me and the Personalised Care and Support Plan.

Export builds one FHIR `Bundle` of type `document` from the plan document the other exports
use, already filtered for its audience (`planner.export.audience`); import turns a bundle back
into a plan document and hands it to the plan-file import (`planner.services.plan_files`), so
every check, the one-transaction import and the backup before it are the same.

Everything Small Steps defines (extensions, code systems, the About Me questionnaire) has a
canonical URL under `BASE`. See resources/docs/fhir.md for the mapping, field by field.
"""

BASE = "https://fhir.smallsteps.example.org"
FHIR_VERSION = "4.0.1"


def url(kind: str, name: str) -> str:
    """The canonical URL of something Small Steps publishes: `url("StructureDefinition", "goal")`."""
    return f"{BASE}/{kind}/{name}"
