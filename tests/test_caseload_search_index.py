"""The search index of the caseload (issue 17, migration 0018): a search finds exactly the people
testing every name finds, whether it goes through the index (few match) or walks the names (many
match, or words too short for the index), for odd, Welsh, hostile and very long input; the index
follows every add, rename, removal and deletion in the same transaction; the migration fills it
for a populated database."""

import pytest
from sqlalchemy import create_engine, event, text

from planner.domain import name_order
from planner.services import caseload_pages, people
from planner.services.caseload_pages import CaseloadWindow
from planner.storage import search_index

NAMES = ["Gŵyn Baptiste", "Dafydd ap Llŷr", "Siân O'Neill", "Al", "Jo", "Ng", "Zoë 100% Evans",
         "Under_score Jones", "Robert'); DROP TABLE person;--", "Eleri Hughes", "Eleri Hughes-Jones",
         "Back\\slash", 'Quote "Q" Price', "Llinos Rhys", "ŷ", "Mererid Ŵyn"]
SEARCHES = ["", "a", "al", "jo", "ng", "ŵ", "w", "y", "ŷ", "gwy", "GŴYN", "llyr", "ap ll", "o'n", "'", "%",
            "100%", "_", "der_", "\\", "back\\", '"q"', '"', "drop table", "'); drop", "--", "eleri hu",
            "hughes-j", "eleri jones", "zzz", "e" * 5000, "eleri " * 300, "1=1", "* OR *", "NEAR(a b)",
            "wyn", "ŵyn merer"]


def _everyone(window):
    rows = []
    while window.has_more():
        page = window.fetch(4)
        if not page:
            break
        rows += page
    return rows


def _by_testing_every_name(db, typed):
    words = name_order.search_words(typed)
    with db.engine.connect() as connection:
        found = connection.execute(text(
            "SELECT id, search_key FROM person WHERE removed_at IS NULL ORDER BY search_key, id")).all()
    return [person_id for person_id, key in found if all(word in key for word in words)]


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    from planner.storage.database import Database

    database = Database.open(tmp_path_factory.mktemp("search-index"))
    for name in NAMES:
        people.add_person(database, name)
    yield database
    database.close()


def _uses_index(db, window):
    seen = []

    def listen(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        rows = _everyone(window)
        count = window.count()
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    # (the index's own count, which decides the way, aside)
    return rows, count, any("IN (SELECT rowid FROM person_search" in s for s in seen)


@pytest.mark.parametrize("typed", SEARCHES)
@pytest.mark.parametrize("sparse", [caseload_pages.SPARSE, 0])
def test_the_index_finds_exactly_who_testing_every_name_finds(named, monkeypatch, typed, sparse):
    """Through the index (few match) and walking the names (SPARSE 0: as when many match)."""
    monkeypatch.setattr(caseload_pages, "SPARSE", sparse)
    window = CaseloadWindow(named, search=typed)
    rows, count, used = _uses_index(named, window)
    expected = _by_testing_every_name(named, typed)
    assert [r.person_id for r in rows] == expected, typed
    assert count == len(expected)
    long_word = any(len(w) >= 3 for w in name_order.search_words(typed))
    if sparse and long_word:
        assert used, "a search with a word of three letters or more is looked up in the index"
    if not long_word:
        assert not used


def test_one_and_two_letter_names_are_found(named):
    for typed, name in (("al", "Al"), ("jo", "Jo"), ("ng", "Ng"), ("y", "ŷ"), ("ŷ", "ŷ")):
        assert name in [r.name for r in _everyone(CaseloadWindow(named, search=typed))], typed


def test_welsh_letters_and_accents_are_found_either_way(named):
    assert [r.name for r in _everyone(CaseloadWindow(named, search="llyr"))] == ["Dafydd ap Llŷr"]
    assert [r.name for r in _everyone(CaseloadWindow(named, search="LLŶR"))] == ["Dafydd ap Llŷr"]
    assert {r.name for r in _everyone(CaseloadWindow(named, search="wyn"))} == {"Gŵyn Baptiste", "Mererid Ŵyn"}
    assert [r.name for r in _everyone(CaseloadWindow(named, search="zoe 100%"))] == ["Zoë 100% Evans"]


def test_the_database_is_unchanged_by_hostile_searches(named):
    with named.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM person")).scalar()
    for typed in ("'); DROP TABLE person;--", '" OR "', "person_search MATCH '*'", "\" ) --"):
        _everyone(CaseloadWindow(named, search=typed))
    with named.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM person")).scalar() == before


def test_empty_caseload_and_one_person(db):
    assert _everyone(CaseloadWindow(db, search="eleri")) == [] and CaseloadWindow(db, search="el").count() == 0
    assert CaseloadWindow(db, search="").count() == 0
    person = people.add_person(db, "Eleri Hughes")
    for typed in ("eleri", "hug", "e", "ri h", "ELERI HUGHES"):
        assert [r.person_id for r in _everyone(CaseloadWindow(db, search=typed))] == [person.person_id], typed
    assert _everyone(CaseloadWindow(db, search="eleri x")) == []


def test_the_index_follows_every_change_to_a_person(db):
    gwen = people.add_person(db, "Gwen Thomas")
    other = people.add_person(db, "Rhys Evans")
    assert [r.name for r in _everyone(CaseloadWindow(db, search="thomas"))] == ["Gwen Thomas"]
    people.rename_person(db, gwen.person_id, "Gwenllian Pugh")
    assert _everyone(CaseloadWindow(db, search="thomas")) == []
    assert [r.name for r in _everyone(CaseloadWindow(db, search="pugh"))] == ["Gwenllian Pugh"]
    people.remove_person(db, gwen.person_id)
    assert _everyone(CaseloadWindow(db, search="pugh")) == []
    people.restore_person(db, gwen.person_id)
    assert [r.name for r in _everyone(CaseloadWindow(db, search="pugh"))] == ["Gwenllian Pugh"]
    people.remove_person(db, gwen.person_id)
    assert people.purge_removed(db) == 1
    with db.engine.connect() as connection:
        indexed = connection.execute(text(
            "SELECT rowid FROM person_search WHERE person_search MATCH '\"pugh\"'")).scalars().all()
        assert indexed == []
        # The index agrees with the names (FTS5's own check of an external-content index).
        connection.exec_driver_sql("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")
    assert [r.name for r in _everyone(CaseloadWindow(db, search="evans"))] == ["Rhys Evans"]
    assert other.person_id


def test_a_change_rolled_back_leaves_the_index_as_it_was(db):
    from planner.storage.models import Person

    person = people.add_person(db, "Bethan Owen")
    with pytest.raises(RuntimeError), db.session() as session:
        session.get(Person, person.person_id).name = "Nobody Else"
        session.flush()
        raise RuntimeError("the change goes wrong after the name was written")
    assert [r.name for r in _everyone(CaseloadWindow(db, search="bethan"))] == ["Bethan Owen"]
    assert _everyone(CaseloadWindow(db, search="nobody")) == []


def test_without_its_triggers_the_index_is_not_used(tmp_path):
    """A later migration that rebuilt the person table would drop the triggers: searches then read
    the names (slower, never wrong)."""
    from planner.storage.database import Database

    db = Database.open(tmp_path / "no-triggers")
    people.add_person(db, "Eleri Hughes")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER person_search_added")
    db.close()
    db = Database.open(tmp_path / "no-triggers")
    people.add_person(db, "Eleri Jones")
    rows, _count, used = _uses_index(db, CaseloadWindow(db, search="eleri"))
    assert [r.name for r in rows] == ["Eleri Hughes", "Eleri Jones"] and not used
    db.close()


def test_migration_0018_indexes_a_populated_database(tmp_path):
    from planner.storage import schema
    from planner.storage.database import Database
    from tests.helpers import assert_rows_kept

    folder = tmp_path / "at-0017"
    folder.mkdir()
    engine = create_engine(f"sqlite:///{folder / 'smallsteps.db'}")
    schema.upgrade(engine, "0017_cheaper_team_rules")
    with engine.begin() as connection:
        for n, name in enumerate(["Gŵyn Baptiste", "Al", "Siân O'Neill", "Eleri Hughes"], start=1):
            keys = {"search_key": name_order.english_key(name), "welsh_key": name_order.welsh_key(name)}
            connection.execute(text(
                "INSERT INTO person (id, name, preferred_name, search_key, welsh_key, created_at, updated_at, "
                "removed_at) VALUES (:i, :n, '', :search_key, :welsh_key, '2026-01-01', '2026-01-01', "
                ":removed)"), {"i": n, "n": name, "removed": "2026-02-01" if n == 4 else None, **keys})
            connection.execute(text(
                "INSERT INTO plan (id, person_id, title, status, created_at, updated_at) "
                "VALUES (:i, :i, 'Plan', 'draft', '2026-01-01', '2026-01-01')"), {"i": n})
        before = {table: (list(result.keys()), [tuple(r) for r in result.all()])
                  for table in ("person", "plan")
                  for result in [connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]}
    engine.dispose()
    db = Database.open(folder)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        assert_rows_kept(connection, before)
        indexed = connection.execute(text(
            "SELECT rowid FROM person_search WHERE person_search MATCH '\"gwyn\"'")).scalars().all()
        assert indexed == [1]
        connection.exec_driver_sql("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")
    rows, _count, used = _uses_index(db, CaseloadWindow(db, search="o'n"))
    assert [r.name for r in rows] == ["Siân O'Neill"] and used
    assert _everyone(CaseloadWindow(db, search="eleri")) == []  # removed before the upgrade
    assert [r.name for r in _everyone(CaseloadWindow(db, search="al"))] == ["Al"]
    with db.engine.connect() as connection:
        assert search_index.not_modelled("person_search_data", "table") is False
    db.close()


def _typed_on_the_page(session, texts):
    """The caseload page typed into, one text after another: what the view was told each time, and
    the list, the count under it and the chosen row's name as a screen reader gets them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ui.pages.caseload_page import CaseloadPage

    page = CaseloadPage(session)
    told = []
    for signal, name in ((page.model.modelReset, "reset"), (page.model.layoutChanged, "layout"),
                         (page.model.dataChanged, "data")):
        signal.connect(lambda *_args, name=name: told.append(name))
    seen = []
    for text_typed in texts:
        told.clear()
        page.search.setText(text_typed)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        shown = [page.model.person_at(row).name for row in range(page.model.rowCount())]
        current = page.current_person()
        seen.append((text_typed, list(told), shown, page.count.text(), current.name if current else None))
    return page, seen


def test_the_list_its_count_and_the_chosen_person_agree_as_letters_are_typed(session):
    from planner.domain import counted_words

    for name in ["Eleri Hughes", "Eleri Jones", "Gwen Price", "Gŵyn Evans", "Al", "Siân O'Neill"]:
        people.add_person(session.db, name)
    page, seen = _typed_on_the_page(session, ["e", "el", "eleri", "eleri ", "eleri j", "eleri ",
                                              "gw", "gwe", "zzz", "", "o'n", "a", "al"])
    for typed, _told, shown, count, current in seen:
        expected = [r.name for r in _everyone(CaseloadWindow(session.db, search=typed))]
        assert shown == expected, typed
        assert count == counted_words.people_shown(len(expected), 6), typed  # what the count says
        assert (current in shown) if shown else current is None, typed
        assert page.model.matching() is not None
    told = [(typed, what) for typed, what, *_rest in seen]
    # The same people: the view is told nothing ("eleri" shows both Eleris, as "el" did; a space
    # typed changes no words); fewer or more rows: the list is reset.
    assert told[2] == ("eleri", []) and told[3] == ("eleri ", [])
    assert told[4] == ("eleri j", ["reset"]) and told[5] == ("eleri ", ["reset"])
    assert told[7] == ("gwe", ["reset"]) and told[8] == ("zzz", ["reset"])
    assert seen[8][2] == [] and seen[-1][2] == ["Al"]  # "al": a name of two letters, found


def test_a_new_layout_keeps_the_chosen_person_chosen(session):
    from PySide6.QtCore import QPersistentModelIndex

    for name in ["Anwen Parry", "Bethan Owen", "Dan Owen", "Tomos Hughes"]:
        people.add_person(session.db, name)
    page, seen = _typed_on_the_page(session, ["an"])
    assert seen[0][2] == ["Anwen Parry", "Bethan Owen", "Dan Owen"]
    page.table.setCurrentIndex(page.model.index(2, 0))  # Dan Owen chosen
    held = QPersistentModelIndex(page.model.index(2, 1))
    told = []
    page.model.layoutChanged.connect(lambda *_args: told.append("layout"))
    page.model.modelReset.connect(lambda *_args: told.append("reset"))
    page.search.setText("o")  # as many rows, other people: a new layout, not a reset
    assert [page.model.person_at(r).name for r in range(3)] == ["Bethan Owen", "Dan Owen", "Tomos Hughes"]
    assert told == ["layout"]
    assert page.current_person().name == "Dan Owen" and page.table.currentIndex().row() == 1
    assert (held.row(), held.column()) == (1, 1)  # the view's own references follow the person
    page.search.setText("o ")  # the same words: nothing read, nothing told
    assert told == ["layout"] and page.current_person().name == "Dan Owen"


def test_on_postgresql_the_trigram_index_is_made_and_finds_the_same_people(pg_db):
    for name in NAMES:
        people.add_person(pg_db, name)
    with pg_db.engine.connect() as connection:
        made = connection.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_person_search_trigram'")).scalar()
    assert made and "gin_trgm_ops" in made
    for typed in SEARCHES:
        rows = _everyone(CaseloadWindow(pg_db, search=typed))
        assert [r.person_id for r in rows] == _by_testing_every_name(pg_db, typed), typed


def test_on_postgresql_without_pg_trgm_the_upgrade_still_works(pg_url, monkeypatch):
    """A server where the extension cannot be made: no index, and searches read the names."""
    from sqlalchemy import create_engine

    from planner.storage import schema
    from planner.storage.database import Database

    engine = create_engine(pg_url)
    schema.upgrade(engine, "0017_cheaper_team_rules")
    engine.dispose()
    import sqlalchemy.engine.base as base

    original = base.Connection.exec_driver_sql

    def refuse(self, statement, *args, **kwargs):  # as a server without the extension answers
        if "CREATE EXTENSION" in statement:
            statement = "CREATE EXTENSION IF NOT EXISTS no_such_extension_here"
        return original(self, statement, *args, **kwargs)

    monkeypatch.setattr(base.Connection, "exec_driver_sql", refuse)
    db = Database.open(url=pg_url)
    monkeypatch.undo()
    try:
        with db.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.HEAD
            assert connection.execute(text(
                "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_person_search_trigram'")).scalar() == 0
        for name in NAMES:
            people.add_person(db, name)
        for typed in ("gwy", "o'n", "%", "al"):
            rows = _everyone(CaseloadWindow(db, search=typed))
            assert [r.person_id for r in rows] == _by_testing_every_name(db, typed), typed
    finally:
        db.close()


def test_people_shown_a_moment_ago_are_not_worked_out_again(named, qapp):
    """A search that shows people an earlier search showed reads only their names, not their facts
    again (until the list is read again after a change, when everything is read afresh)."""
    from ui.models.caseload_pages_model import PagedCaseloadModel

    model = PagedCaseloadModel()
    model.open(named)
    model.set_search("eleri")
    seen = []

    def listen(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(named.engine, "before_cursor_execute", listen)
    try:
        model.set_search("leri hughes")  # not more letters of "eleri": read again, the same two people
        names = [model.person_at(r).name for r in range(model.rowCount())]
        assert names == ["Eleri Hughes", "Eleri Hughes-Jones"]
        assert seen and not [s for s in seen if "working_on_now" in s]  # names read, facts not
        seen.clear()
        model.open(named)  # read again (as after any change): the same people's facts read afresh
        assert [s for s in seen if "working_on_now" in s]
    finally:
        event.remove(named.engine, "before_cursor_execute", listen)
