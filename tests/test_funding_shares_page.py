"""The budget page with shared funding: the example's line paid half by social care and half by
housing-related support shows each stream's half to the penny; shares and goals are chosen by
keyboard in the line's dialog, refused with a message when they don't add up, and undone."""

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from planner.domain.funding_shares import Share
from planner.services import support_lines
from tests.test_support_budget_page import open_page
from tests.ui_helpers import answer_dialog
from ui.dialogs.form_dialog import FormDialog


def _row_text(editor, row: int) -> str:
    return editor.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) or ""


def _choose(editor_widget, stream: str, steps: int, amount: str) -> None:
    """Pick how a stream pays with the arrow keys, then type how much."""
    how, field = editor_widget.rows[stream]
    how.setCurrentIndex(0)
    for _step in range(steps):
        QTest.keyClick(how, Qt.Key.Key_Down)
    field.clear()
    QTest.keyClicks(field, amount)


def test_half_each_is_shown_to_the_penny_and_chosen_by_keyboard(window, monkeypatch):
    page = open_page(window)
    db = window.session.db
    line_row = [r.who for r in support_lines.overview(db, page.plan_id).lines].index("Tŷ Newydd Housing Support")
    text = _row_text(page.lines, line_row)
    assert "Social care: 50 % (£988.00); Housing-related support: 50 % (£988.00)" in text
    assert "Housing-related support: £988.00 of £1,600.00 (£612.00 left)" in page.totals.streams.text()
    assert "Social care: £8,631.81 of £8,700.00 (£68.19 left)" in page.totals.streams.text()
    glanrafon = _row_text(page.lines, 0)
    assert "What this pays for: Get back to my allotment; Cook a hot meal for myself twice a week" in glanrafon

    seen = []

    def fill(dialog):
        shares = dialog.widgets["shares"]
        how, _field = shares.rows["social_care"]
        seen.append((how.accessibleName(), shares.rows["health"][1].accessibleName(),
                     dialog.widgets["goal_ids"].accessibleName()))
        _choose(shares, "social_care", 1, "60")
        _choose(shares, "housing_support", 1, "30")
        dialog.try_accept()
        seen.append(dialog.messages["shares"].text())
        _choose(shares, "housing_support", 2, "10")  # a fixed £10.00 a week, social care 60 % of the rest
        dialog.try_accept()
        seen.append(dialog.messages["shares"].text())
        _choose(shares, "housing_support", 1, "40")
        goals = dialog.widgets["goal_ids"]
        goals.setCurrentRow(0)
        QTest.keyClick(goals, Qt.Key.Key_Space)  # tick "Get back to my allotment"
        dialog.try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, FormDialog, fill)
    page.lines.choose(line_row)
    page.lines.edit_button.click()
    assert seen[0] == ("Social care: how it pays", "Health: how much", "What this pays for: the goals it serves")
    assert "add up to 90 %" in seen[1]
    assert "add up to 60 %" in seen[2]  # with a fixed amount, the percentages must still make 100 %
    line = support_lines.overview(db, page.plan_id).lines[line_row]
    assert line.shares == (Share("social_care", D(60)), Share("housing_support", D(40)))
    assert len(line.goal_ids) == 1
    # £1,976.00: 60 % £1,185.60, 40 % £790.40
    assert "Social care: 60 % (£1,185.60); Housing-related support: 40 % (£790.40)" in _row_text(page.lines, line_row)
    assert "What this pays for: Get back to my allotment" in _row_text(page.lines, line_row)
    window.undo_action.trigger()
    back = support_lines.overview(db, page.plan_id).lines[line_row]
    assert back.shares == (Share("social_care", D(50)), Share("housing_support", D(50))) and back.goal_ids == ()
    assert "Housing-related support: £988.00 of £1,600.00" in page.totals.streams.text()
