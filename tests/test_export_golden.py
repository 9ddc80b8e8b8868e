"""Speed work changes how a PDF is drawn, never what it says (issue 17).

The panel pack of the example plan and of the very large plan must have exactly the words
(pdftotext) and the number of pages recorded in tests/fixtures/golden/. If you changed what an
export SAYS on purpose, record it again: `python -m tests.golden_exports --write`.
"""

import difflib

from tests import golden_exports


def test_panel_packs_say_what_was_recorded():
    for name, pdf in golden_exports.panel_packs().items():
        text, pages = golden_exports.words_and_pages(pdf)
        want_text, want_pages = golden_exports.recorded(name)
        assert pages == want_pages, f"{name}: {pages} pages, recorded {want_pages}"
        if text != want_text:
            diff = "".join(list(difflib.unified_diff(want_text.splitlines(True), text.splitlines(True),
                                                     "recorded", "now", n=1))[:60])
            raise AssertionError(
                f"The {name} panel pack's words changed. If that was meant (a content change), "
                f"record them again: python -m tests.golden_exports --write\n{diff}")


def test_the_check_can_fail():
    """A single letter or page different is caught (the comparison is not vacuous)."""
    text, pages = golden_exports.recorded("example")
    assert len(text) > 1000 and pages > 1
    assert (text.replace("Leri", "Lori", 1), pages) != golden_exports.recorded("example")
