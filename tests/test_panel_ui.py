"""The caseload, the Reviews and the panel page, what changed and panel day, used as a person would."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from planner.services import frozen_copies, people, plan_status, plans
from tests.ui_helpers import answer_dialog, type_text
from ui.models.caseload_model import URGENCY_ROLE, CaseloadModel


def _people_with_reviews(db):
    today = dt.date.today()
    for name, days in (("Anwen", 120), ("Bethan", 80), ("Ceri", 10)):
        plan_id = people.add_person(db, name).plan_id
        plans.update_plan(db, plan_id, started_on=today - dt.timedelta(days=days))
    plan_status.set_status(db, people.list_people(db)[2].plan_id, "ready_for_panel", "2026-12-03")


def test_caseload_model_passes_the_model_tester(db, qtmodeltester):
    from planner.services import caseload

    _people_with_reviews(db)
    model = CaseloadModel()
    model.set_rows(caseload.list_caseload(db))
    qtmodeltester.check(model)
    model.set_search("an")
    model.sort(4)
    qtmodeltester.check(model)


def test_overdue_and_soon_stand_out_in_words_and_colour(window):
    _people_with_reviews(window.session.db)
    window.caseload.refresh()
    model = window.caseload.model
    texts = {model.person_at(r).name: model.index(r, 1).data() for r in range(model.rowCount())}
    assert texts["Anwen"].startswith("⚠ Overdue by") and "Goals review" in texts["Anwen"]
    assert texts["Bethan"].startswith("◷ Due in")
    assert model.index(0, 1).data(URGENCY_ROLE) in ("overdue", "soon", "later")
    from PySide6.QtCore import Qt

    row = [r for r in range(model.rowCount()) if model.person_at(r).name == "Anwen"][0]
    assert model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_search_filter_and_sort_from_the_page(window, qtbot):
    _people_with_reviews(window.session.db)
    page = window.caseload
    page.refresh()
    names = lambda: [page.model.person_at(r).name for r in range(page.model.rowCount())]  # noqa: E731
    type_text(page.search, "ceri")
    assert names() == ["Ceri"]
    page.search.clear()
    page.filter.setCurrentIndex(page.filter.findData("reviews_due"))
    assert names() == ["Anwen", "Bethan"] and "Showing 2 of 3" in page.count.text()
    page.filter.setCurrentIndex(page.filter.findData("ready_for_panel"))
    assert names() == ["Ceri"]
    page.filter.setCurrentIndex(0)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names() == ["Ceri", "Bethan", "Anwen"]
    type_text(page.search, "nobody")
    assert "No one matches" in page.empty.text() and page.empty.isVisible()


from PySide6.QtCore import Qt  # noqa: E402


def _open_panel_page(window):
    window.caseload.example_button.click()
    parts = window.plan_view.parts
    row = [r for r in range(parts.count()) if parts.item(r).text() == "Reviews and the panel"][0]
    parts.setCurrentRow(row)
    return window.plan_view.stack.currentWidget()


def test_status_changes_with_undo_and_the_history_shows_who(window):
    page = _open_panel_page(window)
    plan_id = window.plan_view.plan_id
    assert "Ready for the panel" in page.current.text() and "3 December 2026" in page.current.text()
    page.status.setCurrentIndex(page.status.findData("not_agreed"))
    page.note.setPlainText("")
    page.change_status()
    assert "reasons" in page.status_message.text()
    page.note.setPlainText("The panel wants a cheaper way to get to the allotment.")
    page.change_status()
    assert plan_status.get_standing(window.session.db, plan_id).status == "not_agreed"
    assert "cheaper way" in page.current.text() and page.history.count() == 2
    window.undo_action.trigger()
    standing = plan_status.get_standing(window.session.db, plan_id)
    assert standing.status == "ready_for_panel" and standing.panel_date.isoformat() == "2026-12-03"
    window.redo_action.trigger()
    assert plan_status.get_standing(window.session.db, plan_id).status == "not_agreed"
    page.assessed_on.setText("2026-09-30")
    page._save_assessed_on()
    assert "Reassessment" not in page.schedule_message.text()
    assert "2028" in page.due["reassessment"].text()
    window.undo_action.trigger()
    assert plan_status.get_standing(window.session.db, plan_id).assessed_on.isoformat() == "2026-08-20"


def test_who_wrote_and_views_with_undo(window, monkeypatch):
    from ui.dialogs.author_dialogs import AuthorDialog, DisagreementDialog

    page = _open_panel_page(window)
    plan_id = window.plan_view.plan_id
    box = page.authors
    before = box.authors.count()

    def add_author(dialog):
        dialog.part.setCurrentIndex(dialog.part.findData("goals"))
        dialog.role.setCurrentIndex(dialog.role.findData("broker"))
        type_text(dialog.name, "Priya Shah")
        dialog._try_accept()
        return dialog.result()

    answer_dialog(monkeypatch, AuthorDialog, add_author)
    box.add_author_button.click()
    assert box.authors.count() == before + 1
    assert any("With a broker (Priya Shah)" in box.authors.item(i).text() for i in range(box.authors.count()))
    window.undo_action.trigger()
    assert box.authors.count() == before
    window.redo_action.trigger()
    assert box.authors.count() == before + 1

    def add_view(dialog):
        type_text(dialog.who, "Tomos Baptiste")
        dialog.text.setPlainText("I think Leri could start on Saturdays, not weekdays.")
        dialog._try_accept()
        return dialog.result()

    from planner.services import authorship

    example_views = len(authorship.disagreements_of(window.session.db, plan_id))  # the example's own
    answer_dialog(monkeypatch, DisagreementDialog, add_view)
    box.add_view_button.click()
    assert len(authorship.disagreements_of(window.session.db, plan_id)) == example_views + 1
    window.undo_action.trigger()
    assert len(authorship.disagreements_of(window.session.db, plan_id)) == example_views
    box.views.setCurrentRow(0)
    box.remove_view()
    assert len(authorship.disagreements_of(window.session.db, plan_id)) == example_views - 1
    window.undo_action.trigger()
    assert len(authorship.disagreements_of(window.session.db, plan_id)) == example_views


def test_send_to_the_panel_then_see_what_changed(window, monkeypatch, qtbot):
    from ui.dialogs.what_changed_dialog import WhatChangedDialog

    page = _open_panel_page(window)
    plan_id = window.plan_view.plan_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.copies.send_button.click()
    qtbot.waitUntil(lambda: page.copies.list.count() == 1, timeout=30_000)
    assert "Checked: exactly as sent" in page.copies.list.item(0).text()
    assert plan_status.get_standing(window.session.db, plan_id).status == "at_panel"
    plans.update_plan(window.session.db, plan_id, title="Leri's plan, second go")
    seen = []

    def look(dialog):
        seen.append([title for title, _lines in dialog.parts])
        seen.append(dialog.summary.text())
        return 0

    answer_dialog(monkeypatch, WhatChangedDialog, look)
    page.copies.changed_button.click()
    assert any(t.startswith("Me and my plan") for t in seen[0]) and "change" in seen[1]
    assert len(frozen_copies.list_copies(window.session.db, plan_id)) == 1


def test_panel_day_from_the_window(window, monkeypatch, qtbot, tmp_path):
    from ui.dialogs.panel_day_dialog import PanelDayDialog

    window.caseload.example_button.click()
    window.show_caseload()
    made, asked = [], []
    monkeypatch.setattr(QMessageBox, "question",  # 3 December 2026 may have passed: it is said, and asked
                        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)

    def run(dialog):
        dialog.date.setText("2026-12-03")
        assert "Eleri" in dialog.found.text()
        dialog.folder.setText(str(tmp_path / "panel"))
        dialog.make()
        qtbot.waitUntil(lambda: dialog.found.text().startswith("Done"), timeout=30_000)
        made.append(sorted(p.name for p in (tmp_path / "panel").iterdir()))
        return 0

    answer_dialog(monkeypatch, PanelDayDialog, run)
    window.caseload.panel_day_button.click()
    assert made == [["00 Index.pdf", "01 Eleri Llŷr Hughes.pdf"]]
    assert window.caseload.model.person_at(0).status == "at_panel"
    import datetime as dt

    passed = dt.date(2026, 12, 3) < dt.date.today()
    assert any("has already passed" in text for text in asked) == passed


def test_before_sending_the_person_is_told_what_the_panel_will_not_see(window, monkeypatch):
    from planner.services import items, support_lines

    page = _open_panel_page(window)
    plan_id = window.plan_view.plan_id
    db = window.session.db
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    page.copies.send_button.click()
    assert "not shared with the panel" not in asked[-1]  # the example shares every cost
    submission = frozen_copies.prepare(db, plan_id)
    assert frozen_copies.not_seen_by_panel(submission) == ""

    with db.session() as session:
        first = items.siblings(session, support_lines.LINE, plan_id, {})[0].id
    items.update(db, support_lines.LINE, first, {"visibility": "private"})
    page.copies.send_button.click()
    words = asked[-1]
    assert "1 thing your support pays for is not shared with the panel" in words
    assert "leave out £" in words and "a year" in words
    assert frozen_copies.list_copies(db, plan_id) == []  # the person said no: nothing was sent


def test_panel_day_asks_first_when_the_panel_will_not_see_some_costs(window, monkeypatch, tmp_path):
    from planner.services import items, support_lines
    from ui.dialogs.panel_day_dialog import PanelDayDialog

    window.caseload.example_button.click()
    plan_id = window.plan_view.plan_id
    db = window.session.db
    with db.session() as session:
        first = items.siblings(session, support_lines.LINE, plan_id, {})[0].id
    items.update(db, support_lines.LINE, first, {"visibility": "team"})
    window.show_caseload()
    asked = []

    def question(_parent, _title, text, *a, **k):  # yes, that date (it may have passed); no, not like this
        asked.append(text)
        return QMessageBox.StandardButton.Yes if "has already passed" in text else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)

    def run(dialog):
        dialog.date.setText("2026-12-03")
        dialog.folder.setText(str(tmp_path / "panel"))
        dialog.make()
        return 0

    answer_dialog(monkeypatch, PanelDayDialog, run)
    window.caseload.panel_day_button.click()
    assert "Eleri Llŷr Hughes: 1 thing your support pays for is not shared" in asked[-1]
    assert not (tmp_path / "panel").exists() or not any((tmp_path / "panel").iterdir())  # "No": nothing made
    assert frozen_copies.list_copies(db, plan_id) == []
