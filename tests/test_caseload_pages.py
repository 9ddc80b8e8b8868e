"""The caseload a page at a time (issue 17): the database searches, filters, counts and sorts,
and reading page after page gives exactly what reading everyone at once and sorting it gives, in
every order, both languages, with odd and hostile searches; migration 0015 on a populated
database; the list fetches more as it scrolls."""

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from planner.domain import name_order
from planner.services import caseload, people, plan_status
from planner.services.caseload import COLUMNS, CaseloadFilter, Column
from planner.services.caseload_pages import CaseloadWindow

TODAY = dt.date(2026, 12, 7)
NAMES = ["Llinos Hughes", "Lowri Parry", "Chris Shah", "Cerys ap Rhys", "Ddwynwen Jones", "Deio Price",
         "Rhys Evans", "Robert Owen", "Thomas Pugh", "Tegan Lewis", "Ngaio Morgan", "Nia Davies",
         "Gwen Thomas", "Ffion Roberts", "Fiona Llŷr", "Phil Griffiths", "Pedr Williams", "Gŵyn Baptiste",
         "Siân Evans", "Ann Jones", "ann jones", "Zoë Ng", "Bangor Bob", "Éamon", "O'Neill", "10 Downing"]


def _add_everyone(db):
    made = [people.add_person(db, name) for name in NAMES * 2]
    statuses = ["draft", "ready_for_panel", "at_panel", "agreed", "agreed_with_changes", "active"]
    with db.engine.begin() as connection:  # where each plan is up to (the rules of moving aside)
        for n, person in enumerate(made):
            connection.execute(text("UPDATE plan SET status = :s WHERE id = :p"),
                               {"s": statuses[n % len(statuses)], "p": person.plan_id})
    for n, person in enumerate(made[::3]):
        plan_status.set_panel_date(db, person.plan_id, dt.date(2026, 12, 1) + dt.timedelta(days=7 * (n % 4)))
    return made


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One database of everyone for the tests that only read (made once: quicker)."""
    from planner.storage.database import Database

    database = Database.open(tmp_path_factory.mktemp("caseload-pages"))
    _add_everyone(database)
    yield database
    database.close()


def _read_in_pages(window, size):
    rows = []
    while window.has_more():
        page = window.fetch(size)
        if not page:  # only before the first page is it not yet known whether there is any
            assert not rows and not window.has_more()
            break
        rows += page
    assert window.fetch(size) == []
    return rows


def _reference(db, search, which, column, descending):
    """Everyone read at once and sorted in memory (the caseload as it was before pages)."""
    rows = caseload.list_caseload(db)
    indexes = caseload.visible_rows(rows, search, which, TODAY)
    order = {i: n for n, i in enumerate(caseload.sorted_indexes(rows, column, descending))}
    return sorted((rows[i] for i in indexes), key=lambda r: order[rows.index(r)])


@pytest.mark.parametrize("column", COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_the_same_people_as_everyone_at_once(shared, column, descending):
    for search, which in (("", "all"), ("an", "all"), ("", "at_panel"), ("jones", "agreed"),
                          ("", "reviews_due"), ("zzz", "all")):
        window = CaseloadWindow(shared, search=search, which=which, column=column, descending=descending,
                                today=TODAY)
        paged = _read_in_pages(window, 7)
        expected = _reference(shared, search, which, column, descending)
        assert window.count() == len(expected) == len(paged), (search, which)
        assert {r.person_id for r in paged} == {r.person_id for r in expected}
        if column == Column.NAME:  # the database's order of names is the planner's own
            assert [r.person_id for r in paged] == [r.person_id for r in expected], (search, which)
        else:  # the column's values in the same order (names among equals may differ in ties)
            key = caseload.sort_key(column)
            assert [key(r)[:-1] for r in paged] == [key(r)[:-1] for r in expected], (search, which)
        full = {r.person_id: r for r in expected}
        assert all(r == full[r.person_id] for r in paged)  # the same facts and review dates


def test_welsh_pages_follow_the_welsh_alphabet(shared):
    window = CaseloadWindow(shared, language="cy_GB")
    names = [r.name for r in _read_in_pages(window, 5)]
    first = [n.split()[0] for n in dict.fromkeys(names)]
    assert first.index("Cerys") < first.index("Chris") < first.index("Deio") < first.index("Ddwynwen")
    assert first.index("Fiona") < first.index("Ffion") < first.index("Gwen") < first.index("Ngaio")
    assert first.index("Ngaio") < first.index("Lowri") < first.index("Llinos") < first.index("Nia")
    assert first.index("Pedr") < first.index("Phil") < first.index("Robert") < first.index("Rhys")
    assert first.index("Tegan") < first.index("Thomas")
    assert abs(first.index("Gwen") - first.index("Gŵyn")) == 1  # accents do not move a name away


def test_welsh_keys_sort_as_qcollator_does(qapp):
    """The key kept in the database puts names in the order ICU's Welsh collation (the window's
    QCollator) does, for names as people write them."""
    from PySide6.QtCore import QCollator, QLocale, Qt

    collator = QCollator(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    names = sorted(set(NAMES + ["Angharad", "Anghared", "Llŷr", "Lloyd", "Lyn", "Thrush", "Tudur",
                                "Rhodri", "Rob", "Ffransis", "Fflur", "Dafydd", "Dd", "Ceri", "Chwyth",
                                "Phoebe", "Pat", "Ng", "Nn", "Gareth", "Gŵen", "gwen", "GWEN"]))
    by_key = sorted(names, key=lambda n: name_order.welsh_key(n))
    by_icu = sorted(names, key=collator.sortKey)
    fold = lambda n: name_order.english_key(n)  # noqa: E731 (ties between spellings of one name aside)
    assert [fold(n) for n in by_key] == [fold(n) for n in by_icu]


@pytest.mark.parametrize("typed", ["Gwyn", "GŴYN", "gŵyn", " gwyn  ", "BAPTISTE gwyn"])
def test_search_in_the_database_ignores_accents_case_and_spaces(shared, typed):
    window = CaseloadWindow(shared, search=typed)
    assert {r.name for r in _read_in_pages(window, 10)} == {"Gŵyn Baptiste"}


@pytest.mark.parametrize("hostile", ["%", "_", "\\", "'", "\"", "%' OR 1=1 --", "*", "🙂", "a" * 5000,
                                     "\u0301", "\x00"])
def test_odd_and_hostile_searches_find_only_what_they_say(shared, hostile):
    window = CaseloadWindow(shared, search=hostile)
    rows = _read_in_pages(window, 10)
    words = name_order.search_words(hostile)
    assert all(all(w in r.search_key for w in words) for r in rows)
    assert window.count() == len(rows)
    if hostile == "'":
        assert {r.name for r in rows} == {"O'Neill"}


def test_counts_position_and_nothing_at_all(shared):
    window = CaseloadWindow(shared, search="jones")
    assert window.total() == len(NAMES) * 2
    assert window.count() == 6  # Ann Jones, ann jones, Ddwynwen Jones: twice each
    first = window.fetch(2)
    assert len(first) == 2 and window.has_more()
    last = _read_in_pages(window, 2)[-1]
    assert CaseloadWindow(shared, search="jones").position_of(last.person_id) == 5
    assert CaseloadWindow(shared, search="zzz").position_of(last.person_id) is None
    empty = CaseloadWindow(shared, search="nobody at all")
    assert empty.fetch(50) == [] and empty.count() == 0 and not empty.has_more()


def test_a_removed_person_is_not_read_or_counted(db):
    everyone = [people.add_person(db, name) for name in NAMES[:5]]
    people.remove_person(db, everyone[0].person_id)
    window = CaseloadWindow(db)
    ids = {r.person_id for r in _read_in_pages(window, 9)}
    assert everyone[0].person_id not in ids and window.count() == len(ids) == len(everyone) - 1


def test_typing_more_letters_narrows_what_was_read_without_a_query(shared):
    from sqlalchemy import event

    before = CaseloadWindow(shared, search="jo")
    _read_in_pages(before, 100)
    seen = []

    def listen(*args):
        seen.append(args[2])

    event.listen(shared.engine, "before_cursor_execute", listen)
    narrower = CaseloadWindow(shared, search="jon", narrowing=before, intervals=before.intervals)
    rows = _read_in_pages(narrower, 100)
    event.remove(shared.engine, "before_cursor_execute", listen)
    assert [q for q in seen if "person" in q] == []
    assert [r.person_id for r in rows] == [r.person_id for r in _read_in_pages(CaseloadWindow(shared, search="jon"), 100)]


def test_migration_0015_fills_the_keys_of_a_populated_database(tmp_path):
    from planner.storage import schema
    from planner.storage.database import Database

    folder = tmp_path / "at-0014"
    folder.mkdir()
    engine = create_engine(f"sqlite:///{folder / 'smallsteps.db'}")
    schema.upgrade(engine, "0014_funding_shares")
    with engine.begin() as connection:
        for n, name in enumerate(["Gŵyn", "Llinos", "Lowri", "Siân Evans"], start=1):
            connection.execute(text(
                "INSERT INTO person (id, name, preferred_name, search_key, created_at, updated_at) "
                "VALUES (:i, :n, '', :k, '2026-01-01', '2026-01-01')"), {"i": n, "n": name, "k": name.casefold()})
            connection.execute(text(
                "INSERT INTO plan (id, person_id, title, status, created_at, updated_at) "
                "VALUES (:i, :i, 'Plan', 'draft', '2026-01-01', '2026-01-01')"), {"i": n})
    engine.dispose()
    db = Database.open(folder)
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD  # 0015 and every one after it
        assert connection.execute(text("SELECT count(*) FROM person")).scalar() == 4
        keys = dict(connection.execute(text("SELECT name, search_key FROM person")).all())
        assert keys["Gŵyn"] == "gwyn" and keys["Siân Evans"] == "sian evans"
        assert all(connection.execute(text("SELECT welsh_key <> '' FROM person")).scalars())
        plan = " ".join(str(r) for r in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM person WHERE removed_at IS NULL ORDER BY welsh_key, id LIMIT 5")))
        assert "ix_person_caseload_cy" in plan and "TEMP B-TREE" not in plan
    assert [r.name for r in _read_in_pages(CaseloadWindow(db, search="gwyn"), 5)] == ["Gŵyn"]
    assert [r.name for r in _read_in_pages(CaseloadWindow(db, language="cy"), 5)] == [
        "Gŵyn", "Lowri", "Llinos", "Siân Evans"]
    people.rename_person(db, 1, "Ŵyn Llwyd")  # kept up to date from then on
    assert [r.name for r in _read_in_pages(CaseloadWindow(db, search="wyn llwyd"), 5)] == ["Ŵyn Llwyd"]
    assert [r.name for r in _read_in_pages(CaseloadWindow(db, language="cy"), 5)][-1] == "Ŵyn Llwyd"
    db.close()


def test_the_list_fetches_more_as_it_scrolls_and_counts_big_searches_meanwhile(db, qapp, qtbot):
    from PySide6.QtCore import Qt

    from ui.models import caseload_pages_model
    from ui.models.caseload_pages_model import PagedCaseloadModel

    for n in range(caseload_pages_model.FIRST_PAGE * 2 + 5):
        people.add_person(db, f"Anwen {n:03d}")
    model = PagedCaseloadModel(today=TODAY)
    model.open(db)
    assert model.rowCount() == caseload_pages_model.FIRST_PAGE and model.canFetchMore()
    qtbot.waitUntil(lambda: model.matching() is not None, timeout=10_000)
    assert model.matching() == model.total() == caseload_pages_model.FIRST_PAGE * 2 + 5
    model.fetchMore()
    assert model.rowCount() == model.matching()  # the rest fitted in one more page
    assert not model.canFetchMore()
    model.set_search("anwen 11")  # both words, anywhere in the name
    wanted = [f"Anwen {n:03d}" for n in range(125) if "11" in f"{n:03d}"]
    assert [model.person_at(r).name for r in range(model.rowCount())] == wanted
    assert model.matching() == len(wanted) == 11  # a first page not filled is its own count
    model.set_search("")
    row = model.reach(model.person_at(0).person_id)
    assert row == 0
    far = [p for p in caseload.list_caseload(db) if p.name == "Anwen 124"][0]
    assert model.reach(far.person_id) == 124 and model.rowCount() >= 125
    model.sort(COLUMNS.index(Column.NAME), Qt.SortOrder.DescendingOrder)
    assert model.person_at(0).name == "Anwen 124"


def test_no_one_at_all(db, qapp):
    from ui.models.caseload_pages_model import PagedCaseloadModel

    model = PagedCaseloadModel(today=TODAY)
    assert model.rowCount() == 0 and model.matching() == 0 and not model.canFetchMore()
    model.open(db)
    assert model.rowCount() == 0 and model.matching() == 0 and model.total() == 0
    for which in CaseloadFilter:
        model.set_filter(which)
        assert model.rowCount() == 0


def test_a_database_that_cannot_be_read_while_typing_is_said_plainly(db, qapp, monkeypatch):
    """A team server gone while someone types: the list says why, nothing is raised, and the
    next keystroke that can be read shows the list again."""
    from planner.errors import StorageError
    from planner.services import caseload_pages
    from ui.pages.caseload_page import CaseloadPage
    from ui.session import Session

    for name in NAMES[:4]:
        people.add_person(db, name)
    page = CaseloadPage(Session(db))
    real = caseload_pages.CaseloadWindow.fetch

    def gone(self, how_many):
        raise StorageError("The team database cannot be reached just now.")

    monkeypatch.setattr(caseload_pages.CaseloadWindow, "fetch", gone)
    page.search.setText("l")
    assert page.model.problem and page.empty.text() == "The team database cannot be reached just now."
    assert page.model.rowCount() == 0 and not page.empty.isHidden()
    monkeypatch.setattr(caseload_pages.CaseloadWindow, "fetch", real)
    page.search.setText("ll")
    assert page.model.problem is None and [page.model.person_at(0).name] == ["Llinos Hughes"]
    assert page.empty.isHidden()


def test_control_characters_in_a_search_are_dropped():
    assert name_order.search_words("an\x00n\x1b  JO\tnes") == ["ann", "jo", "nes"]


@pytest.mark.parametrize(("language", "descending"), [("en", False), ("en", True), ("cy", False), ("cy", True)])
def test_typing_more_letters_reads_on_from_the_first_row_found_before(shared, language, descending):
    """Whoever matches "gw" matched "g": by name, the page is read from the first row "g" found
    (not from the start of everyone), and gives exactly what a search from scratch gives."""
    before, floors = None, 0
    for typed in ("", "e", "e ", "e j", "e jo", "e jon", "e jone", "e jonesx", "r", "rh", "rhy", "rhys e"):
        window = CaseloadWindow(shared, search=typed, language=language, descending=descending,
                                narrowing=before, intervals=shared_intervals(shared))
        floors += window._floor is not None
        first = window.fetch(2)  # a short first page: more to read, so the next is not narrowed in memory
        rest = _read_in_pages(window, 3)
        fresh = _read_in_pages(CaseloadWindow(shared, search=typed, language=language, descending=descending), 50)
        assert [r.person_id for r in first + rest] == [r.person_id for r in fresh], typed
        assert window.count() == len(fresh)
        before = CaseloadWindow(shared, search=typed, language=language, descending=descending,
                                narrowing=before, intervals=shared_intervals(shared))
        before.fetch(2)
    assert floors >= 6


def shared_intervals(db):
    from planner.services import review_settings

    return review_settings.review_intervals(db)


def test_deleting_a_letter_shows_what_was_read_a_moment_ago_without_a_query(db, qapp):
    from sqlalchemy import event

    from ui.models.caseload_pages_model import PagedCaseloadModel

    _add_everyone(db)
    model = PagedCaseloadModel(today=TODAY)
    model.open(db)
    shown = {}
    typed = ""
    for key in "rh":
        typed += key
        model.set_search(typed)
        model.finish_counting()
        shown[typed] = [model.person_at(r).person_id for r in range(model.rowCount())]
    seen = []

    def listen(*args):
        seen.append(args[2])

    event.listen(db.engine, "before_cursor_execute", listen)
    model.set_search("r")
    event.remove(db.engine, "before_cursor_execute", listen)
    assert [q for q in seen if "person" in q] == []
    assert [model.person_at(r).person_id for r in range(model.rowCount())] == shown["r"]
    assert model.matching() == CaseloadWindow(db, search="r").count()
    people.add_person(db, "Rhian Newydd")
    model.open(db)  # read again after a change: nothing typed earlier is shown from before
    model.set_search("rh")
    model.set_search("r")
    assert "Rhian Newydd" in [model.person_at(r).name for r in range(model.rowCount())]


def test_worked_out_columns_are_worked_out_once_until_the_list_is_read_again(db, qapp):
    """Sorting by next review, then last contact, then "reviews due" reads everyone's facts once;
    after a change (the list read again) they are read afresh and the change shows."""
    from sqlalchemy import event

    from ui.models.caseload_pages_model import PagedCaseloadModel

    _add_everyone(db)
    model = PagedCaseloadModel(today=TODAY)
    model.open(db)
    reads = []

    def listen(_conn, _cursor, statement, *_args):
        if "first_plan.title" in statement:  # the rows of people with their plans
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        for column in (COLUMNS.index(Column.NEXT_REVIEW), COLUMNS.index(Column.LAST_CONTACT),
                       COLUMNS.index(Column.WORKING_ON_NOW)):
            model.sort(column)
            expected = _reference(db, "", "all", COLUMNS[column], False)
            key = caseload.sort_key(COLUMNS[column])
            shown = [model.person_at(r) for r in range(model.rowCount())]
            assert [key(r)[:-1] for r in shown] == [key(r)[:-1] for r in expected[:len(shown)]]
        model.set_filter("reviews_due")
        due = [model.person_at(r).person_id for r in range(model.rowCount())]
        assert sorted(due) == sorted(r.person_id for r in _reference(db, "", "reviews_due", Column.NAME, False))
        assert len(reads) == 1
        model.set_filter("all")
        people.rename_person(db, model.person_at(0).person_id, "Aaron Changed")
        model.open(db)  # as the page does after any change
        assert len(reads) == 2
        assert "Aaron Changed" in [model.person_at(r).name for r in range(model.rowCount())]
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)


@pytest.mark.parametrize("descending", [False, True])
def test_reviews_due_sorted_by_any_column(shared, descending):
    """With "reviews due" chosen (worked out here, not in the database), sorting by where the plan
    is up to or the panel date sorts too (it once left these in name order)."""
    later = dt.date(2027, 3, 1)  # when many reviews have fallen due
    rows = caseload.list_caseload(shared)
    due = caseload.visible_rows(rows, "", "reviews_due", later)
    assert len(due) > 10
    for column in COLUMNS:
        window = CaseloadWindow(shared, which="reviews_due", column=column, descending=descending, today=later)
        paged = _read_in_pages(window, 9)
        order = {i: n for n, i in enumerate(caseload.sorted_indexes(rows, column, descending))}
        expected = sorted((rows[i] for i in due), key=lambda r: order[rows.index(r)])
        key = caseload.sort_key(column)
        assert [key(r)[:-1] for r in paged] == [key(r)[:-1] for r in expected], column
        assert {r.person_id for r in paged} == {r.person_id for r in expected}
