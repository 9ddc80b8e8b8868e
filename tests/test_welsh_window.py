"""The window in Welsh on every part of the example plan shows no English fixed text; and in a
pseudo-language 40 % longer than English (Welsh often is), no text on any page is cut off."""

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget

from tests.test_accessibility import clipped, settle
from tests.translation_tools import release
from tests.welsh_window_tools import (
    english_in,
    english_sources,
    longer,
    planner_pairs,
    visible_texts,
    write_pseudo_catalogue,
)


def every_view(window):
    """Yield a name after showing each page of the example plan, and each tab on it."""
    yield "caseload"
    window.caseload.example_button.click()
    settle()
    view = window.plan_view
    for row in range(view.parts.count()):
        view.parts.setCurrentRow(row)
        settle()
        page = view.stack.currentWidget()
        yield page.objectName()
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisibleTo(window):
                continue
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                yield f"{page.objectName()} tab {index}"
            tabs.setCurrentIndex(0)


def test_the_check_would_see_english(qapp, window):
    """The same check on the English window finds plenty (so it is really looking)."""
    exact, pattern = english_sources(planner_pairs())
    window.caseload.example_button.click()
    settle()
    assert len(english_in(visible_texts(window), exact, pattern)) > 20


def test_the_pseudo_language_is_longer_and_keeps_what_code_needs():
    assert longer("Seen by: {who}").startswith("Seenŵŵ byŵ: {who}")
    assert len(longer("All year")) >= len("All year") * 1.4
    assert "{n}" in longer("{n} of 7") and "*.png" in longer("Pictures (*.png)")
    assert longer("<b>Bold</b>").startswith("<b>Boldŵŵ</b>")


def test_nothing_is_cut_off_when_every_string_is_40_percent_longer(qapp, window, tmp_path):
    pseudo = tmp_path / "pseudo.qm"
    release(write_pseudo_catalogue(tmp_path / "pseudo.ts"), pseudo)
    translator = QTranslator()
    assert translator.load(str(pseudo))
    qapp.installTranslator(translator)
    try:
        session = window.session
        window.detach()
        window.attach(session)
        window.resize(1280, 800)
        assert "ŵ" in window.caseload.example_button.text()
        problems = {}
        for view in every_view(window):
            settle()
            for area in window.findChildren(QScrollArea):
                if area.widget() is not None:
                    area.widget().adjustSize()
            settle()
            cut = clipped(window)
            if cut:
                problems[view] = cut
        assert not problems, "Cut off:\n" + "\n".join(
            f"{view}: {cut}" for view, cut in problems.items())
    finally:
        QApplication.instance().removeTranslator(translator)
