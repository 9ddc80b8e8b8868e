"""The support and budget page: settings that save themselves, dialogs with messages at the
field, totals that follow every change, reviews with their answer, undo."""

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.funding_shares import Share
from planner.services import budget, hours_reviews, support_lines
from tests.ui_helpers import answer_dialog
from ui import settings
from ui.dialogs.form_dialog import FormDialog


def open_page(window):
    window.caseload.example_button.click()
    view = window.plan_view
    keys = [page.objectName() for page in view.all_pages()]
    view.parts.setCurrentRow(keys.index("part_support_budget"))
    return view.stack.currentWidget()


def test_the_example_shows_its_totals(window):
    page = open_page(window)
    assert page.totals.year.text() == "A year: £11,827.81"
    assert "£772.19 is left to spend out of £12,600.00" in page.totals.left.text()
    assert "Section 117 aftercare: £2,208.00 of £2,300.00 (£92.00 left)" in page.totals.streams.text()
    assert "My first 6 weeks home (6 weeks)" in page.totals.periods.text()
    assert page.lines.model.rowCount() == 5 and page.phases.model.rowCount() == 2
    assert "Your allocation: £12,600.00 a year (56 points × £225.00)" in page.allocation.result.text()


def test_points_change_the_allocation_and_going_over_is_said_in_words(window):
    page = open_page(window)
    page.allocation.points.setText("50")
    page.allocation.points.editingFinished.emit()
    assert budget.budget_settings(window.session.db, page.plan_id).allocation == 11_250_00
    assert "£577.81 over the allocation of £11,250.00" in page.totals.left.text()
    assert page.totals.left.text().startswith("⚠")  # a sign as well as words, never colour alone
    window.undo_action.trigger()
    assert "£772.19 is left" in page.totals.left.text()


def test_a_bad_price_gets_a_message_at_the_field_and_is_not_kept(window):
    page = open_page(window)
    page.allocation.price.setText("225.005")
    page.allocation.price.editingFinished.emit()
    message = page.allocation.messages["price_per_point_pence"]
    assert message.isVisibleTo(page) and "two numbers after the point" in message.text()
    assert budget.budget_settings(window.session.db, page.plan_id).price_per_point_pence == 225_00
    page.allocation.price.setText("230")
    page.allocation.price.editingFinished.emit()
    assert not message.isVisibleTo(page)


def test_typed_allocation_shows_its_own_field(window):
    page = open_page(window)
    method = page.allocation.method
    method.setCurrentIndex(method.findData("typed"))
    method.activated.emit(method.currentIndex())
    assert page.allocation.amount.isVisibleTo(page) and not page.allocation.points.isVisibleTo(page)
    page.allocation.amount.setText("£12,000")
    page.allocation.amount.editingFinished.emit()
    assert "over the allocation of £12,000.00" not in page.totals.left.text()
    assert "£172.19 is left" in page.totals.left.text()


def test_add_a_line_with_a_split_that_does_not_add_up_then_fix_it(window, monkeypatch):
    page = open_page(window)
    steps = []

    def fill(dialog):
        w = dialog.widgets
        w["who"].setText("Cymorth Cymunedol")
        w["kind"].setCurrentIndex(w["kind"].findData("peer_support"))
        w["hours"].setText("4")
        w["proactive_hours"].setText("3")
        w["flex_hours"].setText("2")
        w["rate_pence"].setText("15.00")
        how, amount = w["shares"].rows["health"]
        how.setCurrentIndex(how.findData("percent"))
        amount.setText("100")
        dialog.try_accept()
        steps.append(dialog.messages["proactive_hours"].text())
        w["proactive_hours"].setText("")  # the rest: 2 planned hours
        w["bank_holiday_rate_pence"].setText("-1")
        dialog.try_accept()
        steps.append(dialog.messages["bank_holiday_rate_pence"].text())
        w["bank_holiday_rate_pence"].setText("")
        dialog.try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, FormDialog, fill)
    page.lines.add_button.click()
    assert "add up to 5, but the hours a week are 4" in steps[0]
    assert "less than nothing" in steps[1]
    line = support_lines.overview(window.session.db, page.plan_id).lines[-1]
    assert (line.who, line.proactive_hours, line.flex_hours, line.shares) == (
        "Cymorth Cymunedol", D(2), D(2), (Share("health", D(100)),))
    assert page.totals.year.text() == "A year: £14,947.81"  # + 4 h x £15 x 52 = £3,120
    assert "Health: £3,120.00" in page.totals.streams.text()
    window.undo_action.trigger()
    assert page.totals.year.text() == "A year: £11,827.81"


def test_more_than_168_hours_is_refused(window, monkeypatch):
    page = open_page(window)
    messages = []

    def fill(dialog):
        dialog.widgets["hours"].setText("200")
        dialog.try_accept()
        messages.append(dialog.messages["hours"].text())
        return 0

    answer_dialog(monkeypatch, FormDialog, fill)
    page.lines.choose(0)
    page.lines.edit_button.click()
    assert "168" in messages[0]
    assert support_lines.overview(window.session.db, page.plan_id).lines[0].hours == D(10)


def test_an_overlapping_phase_is_refused_at_the_field(window, monkeypatch):
    page = open_page(window)
    messages = []

    def fill(dialog):
        dialog.widgets["name"].setText("Christmas")
        dialog.widgets["starts_on"].setText("2026-12-20")
        dialog.widgets["ends_on"].setText("2026-12-31")
        dialog.try_accept()
        messages.append(dialog.messages["starts_on"].text())
        return dialog.result()

    answer_dialog(monkeypatch, FormDialog, fill)
    page.phases.add_button.click()
    assert "overlaps “After the first 6 weeks”" in messages[0]
    assert len(support_lines.overview(window.session.db, page.plan_id).phases) == 2


def test_a_phase_with_support_in_it_cannot_be_taken_off(window):
    page = open_page(window)
    page.phases.choose(0)
    page.phases.remove_button.click()
    assert page.phases.message.isVisibleTo(page) and "Move them" in page.phases.message.text()


def test_reviews_show_the_answer_and_take_a_missed_visit(window, monkeypatch):
    page = open_page(window)
    box = page.reviews
    assert box.reviews.model.rowCount() == 2
    assert box.answer.text().startswith("No: 42.29 hours")  # the latest is chosen
    box.reviews.choose(0)
    assert box.answer.text().startswith("Yes: you had your 186 hours.")
    assert "(First three months)" in box.answer_heading.text()
    assert box.missed.model.rowCount() == 3

    def fill(dialog):
        dialog.widgets["on_date"].setText("2026-11-20")
        dialog.widgets["hours"].setText("1.5")
        reason = dialog.widgets["reason"]
        reason.setCurrentIndex(reason.findData("in_hospital"))
        dialog.try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, FormDialog, fill)
    box.missed.add_button.click()
    first = hours_reviews.reviews(window.session.db, page.plan_id)[0]
    assert len(first.missed) == 4 and first.missed[-1].reason == "in_hospital"
    assert box.missed.model.rowCount() == 4
    window.undo_action.trigger()
    assert len(hours_reviews.reviews(window.session.db, page.plan_id)[0].missed) == 3


def test_totals_move_below_the_budget_at_large_text(window, qapp):
    page = open_page(window)
    window.resize(1280, 800)
    QApplication.processEvents()
    assert page.splitter.orientation() == Qt.Orientation.Horizontal
    settings.apply_text_size(qapp, 200)
    try:
        page.resize(page.width() - 1, page.height())
        QApplication.processEvents()
        assert page.splitter.orientation() == Qt.Orientation.Vertical
    finally:
        settings.apply_text_size(qapp, 100)


def test_the_dialogs_have_names_for_every_control(window, monkeypatch):
    from tests.test_accessibility import nameless

    page = open_page(window)
    missing = []

    def check(dialog):
        dialog.show()
        missing.extend(nameless(dialog))
        return 0

    answer_dialog(monkeypatch, FormDialog, check)
    for editor in (page.streams, page.phases, page.lines, page.purchases, page.travel,
                   page.reviews.reviews, page.reviews.missed):
        editor.add_button.click()
    assert missing == []
