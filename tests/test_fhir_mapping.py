"""The mapping table in resources/docs/fhir.md: it lists every field of the plan file (walked from
the schema), is exactly what `python -m planner.fhir.mapping` prints, and its coverage is true."""

import re
from importlib import resources

from planner.fhir import mapping

START = "<!-- mapping table: python -m planner.fhir.mapping -->\n"
END = "<!-- end of mapping table -->"


def _document() -> str:
    return (resources.files("resources") / "docs" / "fhir.md").read_text("utf-8")


def test_the_document_holds_the_table_as_printed():
    text = _document()
    assert START in text and END in text
    table = text.split(START, 1)[1].split(END, 1)[0]
    assert table == mapping.markdown(), "run: python -m planner.fhir.mapping, and paste the table"


def test_every_field_of_the_schema_has_a_row_and_nothing_is_unmapped_without_a_reason():
    rows = mapping.table_rows()
    paths = [r[0] for r in rows]
    assert paths == mapping.schema_paths()
    assert len(paths) > 150
    for needed in ("plan.goals[].steps[].what", "plan.support_budget.support_lines[].flex_hours",
                   "plan.about_me.{about_me_answers}[].text", "person.name"):
        assert needed in paths
    for path, _prsb, fhir in rows:
        assert fhir, f"{path} has no FHIR path and no reason"


def test_the_coverage_written_down_is_the_coverage_counted():
    mapped, standard, total = mapping.coverage()
    found = re.search(r"Coverage: (\d+) of (\d+) plan-file fields mapped \(([\d.]+) %\); (\d+) of them",
                      _document())
    assert found, "the coverage line is missing"
    assert (int(found[1]), int(found[2]), int(found[4])) == (mapped, total, standard)
    assert mapped / total > 0.95
