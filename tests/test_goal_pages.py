"""The goals, needs and how-it's-going pages, used as a person would: typing, keys, dragging,
dialogs; Qt models checked with qtmodeltester; everything survives a restart."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from planner.services import checkins, goals, meetings, needs, plan_files, reviews
from tests.ui_helpers import answer_dialog, type_text
from ui.models import goal_models


def settle():
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents()


def open_part(window, key: str):
    view = window.plan_view
    row = view.row_of(key)
    view.parts.setCurrentRow(row)
    settle()
    return view.stack.currentWidget()


@pytest.fixture
def leri(window):
    window.caseload.example_button.click()
    settle()
    return window.plan_view.plan_id


def goal_titles(session, plan_id):
    return [g.title for g in goals.list_goals(session.db, plan_id)]


# Qt models ------------------------------------------------------------------------------------


def test_every_model_passes_qtmodeltester(qtmodeltester, session):
    plan_id = plan_files.add_example_plan(session.db)
    listed = goals.list_goals(session.db, plan_id)
    big = goals.add_goal(session.db, plan_id, "Many steps", steps=[f"Step {i} ŵ" for i in range(500)])
    filled = {
        goal_models.NeedListModel: needs.list_needs(session.db, plan_id),
        goal_models.GoalListModel: goals.list_goals(session.db, plan_id),
        goal_models.StepListModel: big.steps,
        goal_models.CheckinListModel: checkins.list_checkins(session.db, listed[0].goal_id),
        goal_models.ReviewListModel: reviews.list_reviews(session.db, plan_id),
        goal_models.MeetingListModel: meetings.list_meetings(session.db, plan_id),
    }
    for model_class, records in filled.items():
        empty = model_class()
        qtmodeltester.check(empty)
        model = model_class()
        model.set_records(records)
        qtmodeltester.check(model)
        assert model.rowCount() == len(records)
        assert model.data(model.index(0, 0), goal_models.ID_ROLE) == model.id_of(records[0])
        assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
        model.set_records([])
        qtmodeltester.check(model)


def test_dragging_a_step_asks_for_the_move(qtbot, session):
    plan_id = plan_files.add_example_plan(session.db)
    goal = goals.list_goals(session.db, plan_id)[0]
    model = goal_models.StepListModel()
    model.set_records(goal.steps)
    asked = []
    model.move_requested.connect(lambda step_id, row: asked.append((step_id, row)))
    mime = model.mimeData([model.index(0, 0)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex()) is False
    qtbot.waitUntil(lambda: asked == [(goal.steps[0].step_id, 2)])
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, 3, 0, QModelIndex())


# My goals ------------------------------------------------------------------------------------


def test_add_a_goal_by_typing_and_an_empty_title_is_refused(window, leri):
    page = open_part(window, "goals")
    before = goal_titles(window.session, leri)
    type_text(page.new_goal, "   ")
    page.add.click()
    assert page.message.isVisible() and "few words" in page.message.text()
    assert goal_titles(window.session, leri) == before
    page.new_goal.clear()
    type_text(page.new_goal, "Tyfu ffa yn yr ardd 🌱")
    page.add.click()
    assert goal_titles(window.session, leri)[-1] == "Tyfu ffa yn yr ardd 🌱"
    assert page.editor.title.text() == "Tyfu ffa yn yr ardd 🌱" and not page.message.isVisible()
    window.undo_action.trigger()
    assert goal_titles(window.session, leri) == before


def test_editing_a_goal_saves_as_you_go_and_undoes(window, leri):
    page = open_part(window, "goals")
    editor = page.editor
    editor.title.setText("Back to the allotment")
    editor.title.editingFinished.emit()
    assert goal_titles(window.session, leri)[0] == "Back to the allotment"
    editor.title.setText("")
    editor.title.editingFinished.emit()
    assert "few words" in editor.message.text()
    assert goal_titles(window.session, leri)[0] == "Back to the allotment"
    editor.why.setFocus()
    editor.why.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.why, " And the robins.")
    page.flush()
    assert goals.list_goals(window.session.db, leri)[0].why_it_matters.endswith("And the robins.")
    editor.areas["home"].setChecked(True)
    assert "home" in goals.list_goals(window.session.db, leri)[0].areas
    window.undo_action.trigger()
    assert "home" not in goals.list_goals(window.session.db, leri)[0].areas


def test_a_second_goal_now_is_allowed_and_said_gently(window, leri):
    page = open_part(window, "goals")
    assert not page.note.isVisible()
    page.select_row(1)
    page.editor.working_on_now.setChecked(True)
    settle()
    assert page.note.isVisible() and "one goal at a time feels easier" in page.note.text()
    assert sum(g.working_on_now for g in goals.list_goals(window.session.db, leri)) == 2


def test_changing_my_mind_keeps_the_goal(window, leri):
    page = open_part(window, "goals")
    page.select_row(0)
    page.editor.status.setCurrentIndex(page.editor.status.findData("changed_mind"))
    page.editor.status.activated.emit(page.editor.status.currentIndex())
    kept = goals.list_goals(window.session.db, leri)[0]
    assert kept.status == "changed_mind" and len(kept.steps) == 7


def test_taking_a_goal_off_asks_first(window, leri, monkeypatch):
    page = open_part(window, "goals")
    before = goal_titles(window.session, leri)
    monkeypatch.setattr(page, "ask_remove", lambda title: False)
    page.remove.click()
    assert goal_titles(window.session, leri) == before
    monkeypatch.setattr(page, "ask_remove", lambda title: True)
    page.remove.click()
    assert goal_titles(window.session, leri) == before[1:]
    window.undo_action.trigger()
    assert goal_titles(window.session, leri) == before


def test_barriers_and_ideas_are_typed_in_the_table(window, leri):
    page = open_part(window, "goals")
    editor = page.editor
    rows = editor.barriers.rowCount()
    editor.add_barrier.click()
    editor.barriers.item(rows, 0).setText("Rain")
    editor.barriers.item(rows, 1).setText("A good coat")
    barriers = goals.list_goals(window.session.db, leri)[0].barriers
    assert (barriers[-1].barrier, barriers[-1].ideas) == ("Rain", "A good coat")


def test_ideas_are_offered_and_never_added_without_asking(window, leri, monkeypatch):
    from ui.dialogs.goal_ideas_dialog import GoalIdeasDialog

    page = open_part(window, "goals")
    before = goal_titles(window.session, leri)
    answer_dialog(monkeypatch, GoalIdeasDialog, lambda dialog: dialog.reject())
    page.ideas.click()
    assert goal_titles(window.session, leri) == before

    def take_and_change(dialog):
        dialog.list.setCurrentRow(1)  # manage my money
        dialog.title.setText("Sort out my money my way")
        dialog.steps.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.steps.item(1).setText("Write down my bills, with Anwen")
        dialog.try_accept()

    answer_dialog(monkeypatch, GoalIdeasDialog, take_and_change)
    page.ideas.click()
    added = goals.list_goals(window.session.db, leri)[-1]
    assert added.title == "Sort out my money my way"
    assert added.steps[0].what == "Write down my bills, with Anwen"
    assert "Find out how much money comes in each week." not in [s.what for s in added.steps]
    assert page.tabs.currentIndex() == 1


def test_the_ideas_are_plain_words():
    import textstat
    import textstat.backend.counts._count_syllables as syllables

    from planner.domain.goal_ideas import goal_ideas

    ideas = goal_ideas()
    assert len(ideas) >= 8
    keys = {idea.key for idea in ideas}
    assert {"cook", "money", "move", "day", "friends", "learning_work", "keep_well"} <= keys
    original = syllables.get_cmudict
    syllables.get_cmudict = lambda lang: None  # the pronouncing dictionary is a download: use hyphenation
    try:
        for idea in ideas:
            text = " ".join([idea.title + ".", idea.why, *idea.steps])
            assert textstat.flesch_reading_ease(text) >= 70, idea.key
    finally:
        syllables.get_cmudict = original


# Small steps ---------------------------------------------------------------------------------


def test_steps_are_added_ticked_reordered_by_key_and_drag_and_split(window, leri, monkeypatch, qtbot):
    from ui.dialogs.split_step_dialog import SplitStepDialog

    page = open_part(window, "goals")
    page.tabs.setCurrentIndex(1)
    steps = page.steps
    type_text(steps.new_step, "Buy a flask for the plot")
    steps.add.click()
    goal = goals.list_goals(window.session.db, leri)[0]
    assert goal.steps[-1].what == "Buy a flask for the plot"
    assert steps.step.step_id == goal.steps[-1].step_id

    steps.done.click()
    assert goals.list_goals(window.session.db, leri)[0].steps[-1].status == "done"
    assert goals.list_goals(window.session.db, leri)[0].steps[-1].done_on == dt.date.today()

    window.activateWindow()
    steps.list.setFocus()
    qtbot.keyClick(steps.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    order = [s.what for s in goals.list_goals(window.session.db, leri)[0].steps]
    assert order[-2] == "Buy a flask for the plot"
    steps.move_up.click()
    order = [s.what for s in goals.list_goals(window.session.db, leri)[0].steps]
    assert order[-3] == "Buy a flask for the plot"

    mime = steps.model.mimeData([steps.model.index(0, 0)])
    first = steps.model.record_at(0).what
    steps.model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    qtbot.waitUntil(lambda: [s.what for s in goals.list_goals(window.session.db, leri)[0].steps][1] == first)

    steps.select_row(0)

    def split(dialog):
        dialog.pieces.setPlainText("Find the phone number\nRing the allotment society")
        dialog.try_accept()

    answer_dialog(monkeypatch, SplitStepDialog, split)
    steps.split.click()
    whats = [s.what for s in goals.list_goals(window.session.db, leri)[0].steps]
    assert whats[:2] == ["Find the phone number", "Ring the allotment society"]
    window.undo_action.trigger()
    assert [s.what for s in goals.list_goals(window.session.db, leri)[0].steps][0] != "Find the phone number"


def test_the_ladder_follows_the_steps(window, leri):
    page = open_part(window, "goals")
    page.tabs.setCurrentIndex(1)
    settle()
    chart = page.steps.ladder.chart()
    assert chart is not None and "Ring the allotment society" in chart.all_text()
    type_text(page.steps.new_step, "Sow the broad beans")
    page.steps.add.click()
    assert "Sow the broad beans" in page.steps.ladder.chart().all_text()


@pytest.mark.parametrize("typed,problem", [("-£5", "less than nothing"), ("£12.345", "pounds and pence"),
                                           ("lots", "Write it like £12.50"), ("£20,000,000", "more than any")])
def test_bad_costs_are_refused_at_the_field(window, leri, typed, problem):
    page = open_part(window, "goals")
    page.tabs.setCurrentIndex(1)
    steps = page.steps
    before = steps.step.cost_pence
    steps.cost.setText(typed)
    steps.cost.editingFinished.emit()
    assert problem in steps.message.text()
    assert goals.list_goals(window.session.db, leri)[0].steps[0].cost_pence == before


def test_a_million_pound_step_asks_is_this_right(window, leri, monkeypatch):
    page = open_part(window, "goals")
    page.tabs.setCurrentIndex(1)
    steps = page.steps
    asked = []
    monkeypatch.setattr(steps, "ask_is_this_right", lambda question: asked.append(question) or False)
    steps.cost.setText("£1,000,000")
    steps.cost.editingFinished.emit()
    assert asked and "Is this right?" in asked[0]
    assert goals.list_goals(window.session.db, leri)[0].steps[0].cost_pence == 0
    monkeypatch.setattr(steps, "ask_is_this_right", lambda question: True)
    steps.cost.setText("£1,000,000")
    steps.cost.editingFinished.emit()
    assert goals.list_goals(window.session.db, leri)[0].steps[0].cost_pence == 100_000_000
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert goals.list_goals(window.session.db, leri)[0].steps[0].cost_pence == 100_000_000


def test_a_step_due_before_the_goal_was_made_is_refused_at_the_field(window, leri):
    page = open_part(window, "goals")
    page.tabs.setCurrentIndex(1)
    page.steps.due_on.setText("2020-01-01")
    page.steps.due_on.editingFinished.emit()
    assert "before you made this goal" in page.steps.message.text()
    assert goals.list_goals(window.session.db, leri)[0].steps[0].due_on is None


def test_500_steps_in_the_window(window, leri):
    added = goals.add_goal(window.session.db, leri, "Lots", steps=[f"Step {i}" for i in range(500)])
    window.session.plan_changed.emit(leri)
    page = open_part(window, "goals")
    page.select_row(page.model.row_of(added.goal_id))
    page.tabs.setCurrentIndex(1)
    settle()
    assert page.steps.model.rowCount() == 500
    from planner.charts.geometry import layout_problems

    assert layout_problems(page.steps.ladder.chart()) == []


# What I need ---------------------------------------------------------------------------------


def test_needs_are_added_in_a_dialog_and_changed_in_place(window, leri, monkeypatch):
    from ui.dialogs.need_dialog import NeedDialog

    page = open_part(window, "needs")
    count = len(needs.list_needs(window.session.db, leri))

    def fill(dialog):
        dialog.try_accept()  # nothing written yet: refused, the dialog stays
        assert "own words" in dialog.message.text()
        type_text(dialog.words, "Help to fill in forms ŵ")
        dialog.domain.setCurrentIndex(dialog.domain.findData("daily_living"))
        dialog.try_accept()

    answer_dialog(monkeypatch, NeedDialog, fill)
    page.add.click()
    listed = needs.list_needs(window.session.db, leri)
    assert len(listed) == count + 1 and listed[-1].words == "Help to fill in forms ŵ"
    page.funding.setCurrentIndex(page.funding.findData("joint"))
    page.funding.activated.emit(page.funding.currentIndex())
    assert needs.list_needs(window.session.db, leri)[-1].funding_stream == "joint"


# How it's going ------------------------------------------------------------------------------


def test_a_check_in_with_why_not(window, leri, monkeypatch):
    from ui.dialogs.checkin_dialog import CheckinDialog

    page = open_part(window, "how_its_going")
    goal = goals.list_goals(window.session.db, leri)[0]

    def fill(dialog):
        dialog.happened_on.setText((dt.date.today() + dt.timedelta(days=2)).isoformat())
        dialog.try_accept()
        assert "still to come" in dialog.message.text()
        dialog.happened_on.setText(dt.date.today().isoformat())
        next(b for b in dialog.happened.buttons() if b.property("value") == "no").setChecked(True)
        dialog.reasons["place_closed"].setChecked(True)
        dialog.other_reason.setText("Closed for the winter")
        dialog.step.setCurrentIndex(dialog.step.findData(goal.steps[3].step_id))
        dialog.try_accept()

    answer_dialog(monkeypatch, CheckinDialog, fill)
    page.checkins.add.click()
    latest = checkins.list_checkins(window.session.db, goal.goal_id)[0]
    assert latest.reasons == ("place_closed",) and latest.other_reason == "Closed for the winter"
    assert "The place was closed" in page.checkins.model.data(page.checkins.model.index(0, 0))


def test_a_review_in_the_future_is_refused_and_ratings_reach_the_chart(window, leri, monkeypatch):
    from ui.dialogs.review_dialog import ReviewDialog

    page = open_part(window, "how_its_going")
    page.tabs.setCurrentIndex(1)
    settle()
    today = dt.date.today()

    def fill(dialog):
        dialog.held_on.setText((today + dt.timedelta(days=30)).isoformat())
        dialog.try_accept()
        assert "still to come" in dialog.message.text()
        dialog.held_on.setText(today.isoformat())
        from planner.domain.goal_dates import add_months, plain_date

        assert dialog.next_review.text() == plain_date(add_months(today, 3))  # read back in words
        dialog.ratings["home"].setCurrentIndex(dialog.ratings["home"].findData(5))
        dialog.texts["decisions"].setPlainText("Keep going")
        dialog.try_accept()

    answer_dialog(monkeypatch, ReviewDialog, fill)
    page.reviews.add.click()
    held = reviews.list_reviews(window.session.db, leri)
    assert len(held) == 3 and held[-1].ratings == (("home", 5),) and held[-1].decisions == "Keep going"
    settle()
    chart = page.reviews.chart.chart()
    assert chart is not None and "Really good" in chart.description


def test_review_months_come_from_the_database(window, leri):
    from planner.services import review_settings

    review_settings.set_review_intervals(window.session.db, 2, 12, 18)
    page = open_part(window, "how_its_going")
    dialog = page.reviews._dialog(lambda fields: None, {"held_on": "2026-01-31", "kind": "goals"})
    assert dialog.next_review.text() == "31 March 2026"
    dialog.kind.setCurrentIndex(dialog.kind.findData("plan"))
    assert dialog.next_review.text() == "31 January 2027"
    dialog.next_review.setText("2026-06-01")
    dialog.next_review.textEdited.emit("2026-06-01")
    dialog.held_on.setText("2026-02-01")
    assert dialog.next_review.text() == "1 June 2026"  # what the person typed is kept
    dialog.close()


def test_a_planning_meeting_with_actions(window, leri, monkeypatch):
    from ui.dialogs.meeting_dialog import MeetingDialog

    page = open_part(window, "how_its_going")
    page.tabs.setCurrentIndex(2)

    def fill(dialog):
        dialog.place.setText("The health centre")
        dialog.lists["invited"].setPlainText("Leri\nTomos\nDr Evans")
        dialog.lists["came"].setPlainText("Leri\nTomos")
        dialog.lists["apologies"].setPlainText("Dr Evans")
        row = dialog.add_action_row("Tomos", "Ring the housing officer")
        dialog.actions.item(row, 2).setText("2026-12-31")
        dialog.try_accept()

    answer_dialog(monkeypatch, MeetingDialog, fill)
    page.meetings.add.click()
    held = [m for m in meetings.list_meetings(window.session.db, leri) if m.place == "The health centre"]
    assert held and held[0].apologies == ("Dr Evans",) and held[0].actions[0].by_when == dt.date(2026, 12, 31)
    page.meetings.list.setCurrentIndex(page.meetings.model.index(page.meetings.model.row_of(held[0].meeting_id), 0))
    assert "Ring the housing officer" in page.meetings.details.text()


def test_everything_survives_a_restart(window, leri, data_dir, qt_settings, qtbot):
    from planner.storage.database import Database
    from ui.main_window import MainWindow
    from ui.session import Session

    page = open_part(window, "goals")
    type_text(page.new_goal, "Learn to drive")
    page.add.click()
    before = plan_files.plan_document(window.session.db, leri).data["plan"]
    window.session.db.close()
    db = Database.open(data_dir)
    again = MainWindow(Session(db))
    qtbot.addWidget(again)
    again.show()
    again.open_plan(leri)
    page = open_part(again, "goals")
    assert "Learn to drive" in [page.model.record_at(r).title for r in range(page.model.rowCount())]
    assert plan_files.plan_document(db, leri).data["plan"] == before
    db.close()


def test_every_dialog_names_its_controls(window, leri):
    from tests.test_accessibility import nameless
    from ui.dialogs.checkin_dialog import CheckinDialog
    from ui.dialogs.goal_ideas_dialog import GoalIdeasDialog
    from ui.dialogs.meeting_dialog import MeetingDialog
    from ui.dialogs.need_dialog import NeedDialog
    from ui.dialogs.review_dialog import ReviewDialog
    from ui.dialogs.split_step_dialog import SplitStepDialog

    goal = goals.list_goals(window.session.db, leri)[0]
    meeting = meetings.list_meetings(window.session.db, leri)[0]
    review = reviews.list_reviews(window.session.db, leri)[0]

    def submit(*_args, **_kwargs):
        return None

    for dialog in (
        CheckinDialog(goal, submit, None, window), GoalIdeasDialog(submit, window),
        MeetingDialog(submit, meetings.meeting_fields(meeting), window), NeedDialog(submit, window),
        ReviewDialog(submit, reviews.review_fields(review), window), SplitStepDialog("A step", window),
    ):
        dialog.show()
        settle()
        assert nameless(dialog) == [], type(dialog).__name__
        dialog.close()


def test_settings_keep_the_review_months(window, monkeypatch):
    from planner.services import review_settings
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window, None, None, window.session.db)
    assert (dialog.goal_months.value(), dialog.plan_months.value()) == (3, 6)
    dialog.goal_months.setValue(4)
    dialog.plan_months.setValue(9)
    dialog.accept()
    intervals = review_settings.review_intervals(window.session.db)
    assert (intervals.goal_months, intervals.plan_months, intervals.reassessment_months) == (4, 9, 18)
    without = SettingsDialog(window)  # no plans open: nothing to keep them with
    assert not without.goal_months.isEnabled()
    without.reject()


def test_the_review_dates_here_are_the_caseloads(window, leri):
    from planner.services import caseload, plan_status

    page = open_part(window, "how_its_going")
    row = caseload.plan_row(window.session.db, leri)
    assert "17 February 2027" in page.schedule.text() and row.schedule.goals.isoformat() == "2027-02-17"
    plan_status.set_status(window.session.db, leri, "ended")
    page.show_plan(leri)
    assert "ended" in page.schedule.text() and "2027" not in page.schedule.text()
