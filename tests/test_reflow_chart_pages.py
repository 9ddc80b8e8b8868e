"""The chart pages (life story, people and places, week) at large text on a small screen: the
chart goes under the form (the page scrolls to it) and comes back beside it when there is room;
"show the chart large" still shows it alone; Tab goes round either way."""

from PySide6.QtTest import QTest

from tests.test_accessibility import settle
from tests.test_tab_order import check
from ui import settings


def test_the_chart_goes_under_the_form_when_there_is_no_room_beside_it(window, qapp):
    settings.apply_text_size(qapp, 200)
    try:
        window.resize(1024, 768)
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        window.caseload.example_button.click()
        settle()
        view = window.plan_view
        for key in ("life_story", "people_places", "week"):
            view.parts.setCurrentRow(view.row_of(key))
            settle()
            page = view.page_for(key)
            assert page.chart_is_under_the_form(), key
            assert page.editor.widget().isAncestorOf(page.panel)  # in the scrolling page, under the form
            check(window, view.parts, key)
            page.panel.large_button.setChecked(True)  # the chart alone, as big as the page
            settle()
            assert not page.chart_is_under_the_form() and page.panel.isVisible() and not page.editor.isVisible()
            page.panel.large_button.setChecked(False)
            settle()
            assert page.chart_is_under_the_form() and page.editor.isVisible()
            window.resize(1600, 1000)
            settle()
            assert not page.chart_is_under_the_form(), key  # room again: beside the list and form
            check(window, view.parts, key)
            window.resize(1024, 768)
            settle()
    finally:
        settings.apply_text_size(qapp, 100)
