"""The life-chart pages in the window: add, change, move, remove (and undo), messages at the
field, the map by keyboard and by dragging, the chart for an audience, save as a picture."""


import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from planner.charts.geometry import layout_problems
from planner.services import life_story, people, people_places, plan_files, week
from tests.test_accessibility import clipped, nameless, settle
from tests.ui_helpers import press, type_text
from ui import settings
from ui.models.record_list_model import RecordListModel
from ui.pages.life_story_page import LifeStoryPage
from ui.pages.people_places_page import PeoplePlacesPage
from ui.pages.week_page import WeekPage


def make(page_class, session, qtbot, plan_id):
    page = page_class(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_plan(plan_id)
    settle()
    return page


@pytest.fixture
def example(session):
    return plan_files.add_example_plan(session.db)


@pytest.fixture
def empty(session):
    return people.add_person(session.db, "Nia").plan_id


def finish(widget):
    press(widget, Qt.Key.Key_Return)
    settle()


def test_the_three_pages_are_in_the_plan_view(window):
    from ui.pages.plan_parts import plan_parts

    pages = {p.key: p.page for p in plan_parts()}
    assert pages["life_story"] is LifeStoryPage and pages["people_places"] is PeoplePlacesPage
    assert pages["week"] is WeekPage
    window.caseload.example_button.click()
    for row, expected in ((2, 15), (3, 14), (4, 29)):
        window.plan_view.parts.setCurrentRow(row)
        settle()
        page = window.plan_view.stack.currentWidget()
        assert page.model.rowCount() == expected
        assert page.panel.view.chart() is not None


def test_add_a_moment_by_keyboard_then_undo_and_redo(session, qtbot, empty):
    page = make(LifeStoryPage, session, qtbot, empty)
    assert "no moments" in page.panel.view.chart().all_text()
    assert page.current is None and page.hint.isVisible()
    type_text(page.form.widgets["title"], "Ŵyn bach on the farm")
    finish(page.form.widgets["title"])
    moments = life_story.list_moments(session.db, empty)
    assert [m.title for m in moments] == ["Ŵyn bach on the farm"]
    assert moments[0].visibility == "private"  # just me, unless I say otherwise
    assert moments[0].when.kind == "unknown"
    when = page.form.widgets["when_kind"]
    when.setCurrentIndex(when.findData("year"))
    when.activated.emit(when.currentIndex())  # nothing saved until the year is there
    assert page.message.isHidden() and page.form.rows["year"].isVisible()
    type_text(page.form.widgets["year"], "1985")
    finish(page.form.widgets["year"])
    assert life_story.list_moments(session.db, empty)[0].when.year == 1985
    combo = page.form.widgets["feeling"]
    combo.setCurrentIndex(combo.findData(5))
    combo.activated.emit(combo.currentIndex())
    settle()
    assert life_story.list_moments(session.db, empty)[0].feeling == 5
    assert "Ŵyn bach" in page.panel.view.chart().all_text()
    session.undo_stack.undo()
    settle()
    assert life_story.list_moments(session.db, empty)[0].feeling == 3
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    settle()
    assert life_story.list_moments(session.db, empty) == [] and page.model.rowCount() == 0
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    settle()
    assert page.model.rowCount() == 1 and page.current.feeling == 5


def test_bad_input_shows_a_message_and_keeps_what_was_saved(session, qtbot, example):
    page = make(LifeStoryPage, session, qtbot, example)
    saved = page.current
    title = page.form.widgets["title"]
    title.clear()
    finish(title)
    assert page.message.isVisible() and "what happened" in page.message.text()
    assert life_story.get_moment(session.db, saved.moment_id).title == saved.title
    page.select(life_story.list_moments(session.db, example)[3].moment_id)  # a moment with a year
    settle()
    year = page.form.widgets["year"]
    year.setText(str(2999))
    finish(year)
    assert "hasn't happened yet" in page.message.text()
    kind = page.form.widgets["when_kind"]
    kind.setCurrentIndex(kind.findData("age"))
    kind.activated.emit(kind.currentIndex())
    page.form.widgets["age"].setText("130")
    finish(page.form.widgets["age"])
    assert "over 120" in page.message.text()
    assert session.undo_stack.count() <= 1


def test_move_remove_and_date_order(session, qtbot, example):
    page = make(LifeStoryPage, session, qtbot, example)
    first = page.current
    assert not page.up_button.isEnabled()
    page.down_button.click()
    settle()
    assert [m.moment_id for m in life_story.list_moments(session.db, example)][1] == first.moment_id
    session.undo_stack.undo()
    settle()
    page.list.setCurrentIndex(page.model.index(3))  # April 1997, moved before age 11 (1990)
    page.up_button.click()
    settle()
    page.order_button.click()
    settle()
    assert "already in date order" not in page.message.text()
    page.order_button.click()
    assert "already in date order" in page.message.text()
    count = page.model.rowCount()
    page.remove_button.click()
    settle()
    assert page.model.rowCount() == count - 1 and page.current is not None
    session.undo_stack.undo()
    settle()
    assert page.model.rowCount() == count


def test_a_picture_for_a_moment(session, qtbot, example, monkeypatch):
    from tests.ui_helpers import answer_dialog
    from ui.widgets.picture_picker import PicturePickerDialog

    page = make(LifeStoryPage, session, qtbot, example)

    def pick(dialog):
        dialog.choose_symbol("1F415")
        dialog._try_accept()
        return True

    answer_dialog(monkeypatch, PicturePickerDialog, pick)
    page.picture_row.choose_button.click()
    settle()
    assert page.current.picture is not None and page.picture_row.remove_button.isVisible()
    page.picture_row.remove_button.click()
    settle()
    assert life_story.get_moment(session.db, page.current.moment_id).picture is None


def test_the_map_by_keyboard_and_by_dragging(session, qtbot, example):
    page = make(PeoplePlacesPage, session, qtbot, example)
    anwen = page.current
    assert anwen.name == "Anwen" and not page.closer_button.isEnabled()
    page.further_button.click()
    settle()
    assert people_places.get_member(session.db, anwen.member_id).closeness == "close"
    session.undo_stack.undo()
    settle()
    assert people_places.get_member(session.db, anwen.member_id).closeness == "very_close"
    view = page.panel.view
    node = next(n for n in view.map.nodes if n.index == 0)
    scale, dx, dy = view._scale_and_offset()

    def at(x, y):
        return QPoint(round(x * scale + dx), round(y * scale + dy))

    target = (view.map.cx + view.map.rx * 0.86, view.map.cy)  # in the outside circle
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(node.cx, node.cy))
    qtbot.mouseMove(view, at(*target))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(*target))
    settle()
    assert people_places.get_member(session.db, anwen.member_id).closeness == "around"
    assert page.current.member_id == anwen.member_id


def test_contact_details_are_just_me_by_default(session, qtbot, empty):
    page = make(PeoplePlacesPage, session, qtbot, empty)
    type_text(page.form.widgets["name"], "Gwen")
    finish(page.form.widgets["name"])
    page.form.widgets["contact"].setPlainText("Flat 1")
    page.form.flush()
    settle()
    member = people_places.list_members(session.db, empty)[0]
    assert member.contact == "Flat 1" and member.contact_visibility == "private"


def test_the_week_keeps_the_day_for_the_next_entry(session, qtbot, example):
    page = make(WeekPage, session, qtbot, example)
    sunday = next(i for i, r in enumerate(page.model.records()) if r.day == "sunday")
    page.list.setCurrentIndex(page.model.index(sunday))
    page.add_button.click()
    assert page.form.value("day") == "sunday"
    type_text(page.form.widgets["title"], "Chapel")
    finish(page.form.widgets["title"])
    assert any(e.title == "Chapel" and e.day == "sunday" for e in week.list_entries(session.db, example))


def test_the_chart_is_drawn_for_the_audience_chosen_and_saved(session, qtbot, example, tmp_path):
    page = make(LifeStoryPage, session, qtbot, example)
    assert "Dad died" in page.panel.view.chart().all_text()
    page.panel.audience.setCurrentIndex(page.panel.audience.findData("panel"))
    page.panel.audience.activated.emit(page.panel.audience.currentIndex())
    assert "Dad died" not in page.panel.view.chart().all_text()
    assert "My first job" in page.panel.view.chart().all_text()
    page.panel.ask_path = lambda: (str(tmp_path / "story"), "JPEG picture (*.jpg *.jpeg)")
    path = page.panel.save_picture()
    assert path.endswith(".jpg")
    from PIL import Image

    assert Image.open(path).size == (1754, 1240)
    page.panel.ask_path = lambda: (str(tmp_path / "missing" / "x.png"), "")
    assert page.panel.save_picture() is None and page.panel.message.isVisible()


def test_hovering_a_dot_shows_its_words(session, qtbot, example):
    page = make(LifeStoryPage, session, qtbot, example)
    from planner.charts.geometry import Hotspot

    spot = next(s for s in page.panel.view.chart().shapes if isinstance(s, Hotspot))
    assert "Growing up on the farm" in page.panel.view.text_at(spot.x + spot.w / 2, spot.y + spot.h / 2)


def test_the_list_model(qtmodeltester, db, example):
    model = RecordListModel(lambda r: r.title, lambda r: r.moment_id)
    model.set_records(life_story.list_moments(db, example))
    qtmodeltester.check(model)
    model.set_records([])
    qtmodeltester.check(model)


def test_two_thousand_moments_do_not_freeze_the_window(session, qtbot, empty):
    from planner.storage.life_charts_models import LifeMoment

    with session.db.session() as db_session:
        db_session.info["audit"] = False
        db_session.add_all(LifeMoment(plan_id=empty, position=i, title=f"Moment {i}", feeling=1 + i % 5)
                           for i in range(2000))
    page = make(LifeStoryPage, session, qtbot, empty)
    assert page.model.rowCount() == 2000
    assert layout_problems(page.panel.view.chart()) == []
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.down_button.click()
    settle()
    first, second = (page.model.data(page.model.index(i, 0)) for i in (0, 1))
    assert "Moment 1." in first and "Moment 0." in second


@pytest.mark.parametrize("page_class", [LifeStoryPage, PeoplePlacesPage, WeekPage])
def test_names_and_nothing_clipped_at_200(session, qtbot, example, page_class):
    app = QApplication.instance()
    settings.apply_text_size(app, 200)
    try:
        page = make(page_class, session, qtbot, example)
        page.resize(900, 700)
        page.editor.widget().adjustSize()
        settle()
        assert nameless(page) == []
        assert clipped(page) == []
    finally:
        settings.apply_text_size(app, 100)


def test_what_was_added_is_there_after_a_restart(data_dir, qt_settings, qtbot):
    from planner.storage.database import Database
    from ui.session import Session

    db = Database.open(data_dir)
    plan_id = people.add_person(db, "Nia").plan_id
    page = make(WeekPage, Session(db), qtbot, plan_id)
    type_text(page.form.widgets["title"], "Swim")
    finish(page.form.widgets["title"])
    db.close()
    again = Database.open(data_dir)
    assert [e.title for e in week.list_entries(again, plan_id)] == ["Swim"]
    again.close()


def test_typing_then_choosing_another_item_saves_to_the_right_one(session, qtbot, example):
    page = make(PeoplePlacesPage, session, qtbot, example)
    anwen = page.current
    page.form.widgets["relation"].setText("My big sister")  # not left yet
    page.list.setCurrentIndex(page.model.index(1))
    settle()
    assert people_places.get_member(session.db, anwen.member_id).relation == "My big sister"
    assert people_places.list_members(session.db, example)[1].relation == "My dog"
    QPointF()  # keep the import used


def test_not_sure_exactly_is_kept_where_a_moment_allows_it(session, qtbot, empty):
    """A moment's when may be approximate (a year, a month or an age: "around then"); with "I'm
    not sure when" there is nothing to be approximate about, so the choice is not offered."""
    page = make(LifeStoryPage, session, qtbot, empty)
    type_text(page.form.widgets["title"], "Moved to the coast")
    finish(page.form.widgets["title"])
    assert not page.form.rows["approximate"].isVisible()  # "I'm not sure when": nothing to be about
    when = page.form.widgets["when_kind"]
    when.setCurrentIndex(when.findData("age"))
    when.activated.emit(when.currentIndex())
    type_text(page.form.widgets["age"], "12")
    finish(page.form.widgets["age"])
    about = page.form.widgets["approximate"]
    assert page.form.rows["approximate"].isVisible() and not about.isChecked()
    about.setFocus()
    press(about, Qt.Key.Key_Space)  # by keyboard, as a person would
    settle()
    moment = life_story.list_moments(session.db, empty)[0]
    assert moment.when.age == 12 and moment.when.approximate
    assert "When I was about 12" in page.model.index(0, 0).data()  # said in words in the list
    session.undo_stack.undo()
    settle()
    assert not life_story.list_moments(session.db, empty)[0].when.approximate
