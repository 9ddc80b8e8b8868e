"""No lost updates: a change based on an old version is refused, says what changed and who, and
the window lets the person keep theirs or take the other. Two clients at random: 0 lost."""

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from planner.errors import ChangedMeanwhile
from planner.services import items, people, staying_well
from planner.storage.database import Database
from tests.benchmarks import bench_lost_updates
from ui.commands.items import EditItemCommand


def _item(db):
    plan_id = people.add_person(db, "Ceri").plan_id
    return plan_id, items.add(db, staying_well.ITEM, plan_id, {"section": "what_helps", "text": "a walk",
                                                               "visibility": "team"})


def test_a_change_based_on_an_old_value_is_refused_saying_what_and_who(db, data_dir):
    plan_id, item = _item(db)
    other = Database.open(url=f"sqlite:///{data_dir / 'smallsteps.db'}")
    other.actor = "Sam on the other computer"
    items.update(other, staying_well.ITEM, item.item_id, {"text": "a long walk"}, expected={"text": "a walk"})
    with pytest.raises(ChangedMeanwhile) as refused:
        items.update(db, staying_well.ITEM, item.item_id, {"text": "a swim"}, expected={"text": "a walk"})
    assert refused.value.theirs == {"text": "a long walk"} and refused.value.who == "Sam on the other computer"
    with db.session() as session:
        assert items._get(session, staying_well.ITEM, item.item_id).text == "a long walk"
    other.close()


def test_an_undo_over_someone_elses_change_is_refused(session):
    plan_id, item = _item(session.db)
    command = EditItemCommand(session, plan_id, staying_well.ITEM, item.item_id, {"text": "a walk"},
                              {"text": "a swim"})
    assert session.execute(command) is None
    items.update(session.db, staying_well.ITEM, item.item_id, {"text": "the sea"})  # someone else
    messages = []
    session.failed.connect(messages.append)
    session.undo_stack.undo()
    assert messages and "not saved" in messages[0]
    with session.db.session() as s:
        assert items._get(s, staying_well.ITEM, item.item_id).text == "the sea"


@pytest.mark.parametrize("choice", ["keep", "take"])
def test_the_window_shows_both_and_keeps_the_one_chosen(window, monkeypatch, choice):
    from ui.dialogs.conflict_dialog import ConflictDialog

    session = window.session
    plan_id, item = _item(session.db)
    items.update(session.db, staying_well.ITEM, item.item_id, {"text": "theirs"})  # meanwhile, elsewhere
    shown = {}

    def exec_(dialog):
        shown["boxes"] = [box.toPlainText() for box in dialog.findChildren(QPlainTextEdit)]
        assert all(box.isReadOnly() and box.accessibleName() for box in dialog.findChildren(QPlainTextEdit))
        return ConflictDialog.KEEP_MINE if choice == "keep" else ConflictDialog.TAKE_THEIRS

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    command = EditItemCommand(session, plan_id, staying_well.ITEM, item.item_id, {"text": "a walk"},
                              {"text": "mine, typed with care"})
    session.execute(command)
    assert shown["boxes"] == ["theirs", "mine, typed with care"]
    with session.db.session() as s:
        now = items._get(s, staying_well.ITEM, item.item_id).text
    assert now == ("mine, typed with care" if choice == "keep" else "theirs")


def test_two_clients_editing_one_item_at_random_lose_nothing(pg_url):
    result = bench_lost_updates.run(pg_url, edits=60, seed=3)
    assert result.lost == 0 and result.missing == 0
    assert len(result.saved) + result.refused == 60 and result.saved


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_marking_an_item_just_me_on_a_team_database_asks_then_takes_it_out(pg_db, qt_settings, qtbot,
                                                                          monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.pages.item_editing import save_item
    from ui.session import Session

    session = Session(pg_db)
    parent = QWidget()
    qtbot.addWidget(parent)
    plan_id, item = _item(pg_db)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or (
        QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No))
    result = save_item(parent, session, plan_id, staying_well.ITEM, plan_id, item,
                       {"text": "a walk", "visibility": "private"}, "what helps")
    assert asked and "team's copy" in asked[0]
    with pg_db.session() as s:
        rows = [r.text for r in items.siblings(s, staying_well.ITEM, plan_id, {"section": "what_helps"})]
    assert rows == ([] if answer == "yes" else ["a walk"])
    assert (result is None) == (answer == "yes")
    new = save_item(parent, session, plan_id, staying_well.ITEM, plan_id, None,
                    {"section": "what_helps", "text": "mine only", "visibility": "private"}, "what helps")
    assert new is not None and new[1] == "visibility"  # a new "just me" item is not kept there at all
    session.undo_stack.clear()


def test_a_list_of_choices_is_shown_in_the_persons_words(qtbot):
    from ui.dialogs.conflict_dialog import ConflictDialog

    dialog = ConflictDialog("Anwen", {"areas": ["places_and_activities", "home"]},
                            {"areas": ["money_worry_not_a_key"]})
    qtbot.addWidget(dialog)
    boxes = [box.toPlainText() for box in dialog.findChildren(QPlainTextEdit)]
    assert boxes == ["Places and things I do\nMy home", "money worry not a key"]
