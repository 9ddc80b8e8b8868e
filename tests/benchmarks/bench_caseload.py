"""Benchmark: the caseload with many people (10,000 by default; the bar is for 100,000), generated.

Run:  python -m tests.benchmarks.bench_caseload [--people N] [--runs N] [--postgresql]

Measures, offscreen, in one process, on SQLite (and with --postgresql on a throwaway server):
- the caseload's first page alone (the page's people, their facts, and how many match);
- opening the caseload: the first page read, the table shown and painted (bar 300 ms);
- a keystroke in the search box to the updated list painted (bar 30 ms), over a run of typing
  and deleting; and to the count under it shown (a big search is counted in another thread);
- scrolling to the bottom (the next page read), changing the filter, and sorting by a column;
- a reference in the same run: a bare QTableView of one page of plain rows, opened, and its rows
  replaced and painted as a keystroke would; each figure's ratio to it; the load average.
Numbers are printed (median and worst); nothing is asserted, so timings never make tests flaky.
"""

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAMES = ("Eleri", "Tomos", "Anwen", "Priya", "Gareth", "Siân", "Dai", "Gwen", "Rhys", "Cerys", "Owain",
         "Ffion", "Aled", "Mair", "Iolo", "Nia", "Emrys", "Lowri", "Huw", "Bethan")
SURNAMES = ("Hughes", "Baptiste", "Shah", "Price", "Jones", "Llŷr", "Parry", "Evans", "Williams", "Morgan",
            "Davies", "ap Rhys", "Thomas", "Roberts", "Lewis", "Pugh", "Owen", "Griffiths")
STATUSES = ("draft", "ready_for_panel", "at_panel", "agreed", "agreed_with_changes", "not_agreed",
            "active", "ended")


def stand_in_tables():
    """Tables shaped like the goals part's, registered so the caseload query uses them."""
    from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table

    from planner.storage.models import Base

    metadata = Base.metadata
    if "goal" in metadata.tables:
        return [metadata.tables[n] for n in ("goal", "review", "meeting", "checkin")]
    goal = Table("goal", metadata, Column("id", Integer, primary_key=True),
                 Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), index=True),
                 Column("position", Integer), Column("title", String(300)),
                 Column("working_on_now", Boolean))
    review = Table("review", metadata, Column("id", Integer, primary_key=True),
                   Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), index=True),
                   Column("held_on", Date), Column("kind", String(16)), Column("next_review_on", Date))
    meeting = Table("meeting", metadata, Column("id", Integer, primary_key=True),
                    Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), index=True),
                    Column("held_on", Date))
    checkin = Table("checkin", metadata, Column("id", Integer, primary_key=True),
                    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), index=True),
                    Column("happened_on", Date))
    return [goal, review, meeting, checkin]


def populate(db, people: int, seed: int = 8) -> None:
    """`people` people, each with a plan, a panel date for some, goals, reviews and meetings."""
    from sqlalchemy import insert

    from planner.storage.models import Base, Person, Plan, person_name_columns
    from planner.storage.panel_models import PlanStanding

    tables = stand_in_tables()
    Base.metadata.create_all(db.engine, tables=tables)
    goal, review, meeting, checkin = tables
    rng = random.Random(seed)
    today = dt.date.today()
    person_rows, plan_rows, standing, goals, reviews, meetings, checkins = [], [], [], [], [], [], []
    now = dt.datetime.now()
    for i in range(1, people + 1):
        name = f"{rng.choice(NAMES)} {rng.choice(SURNAMES)} {i}"
        person_rows.append({"id": i, "name": name, "preferred_name": "", **person_name_columns(name, ""),
                            "created_at": now, "updated_at": now})
        started = today - dt.timedelta(days=rng.randint(0, 900))
        plan_rows.append({"id": i, "person_id": i, "title": f"Plan {i}", "status": rng.choice(STATUSES),
                          "started_on": started, "created_at": now, "updated_at": now})
        standing.append({"plan_id": i, "panel_date": today + dt.timedelta(days=14 * rng.randint(-3, 3)),
                         "assessed_on": started})
        for g in range(3):
            goals.append({"id": i * 3 + g, "plan_id": i, "position": g, "title": f"Goal {g} of {i}",
                          "working_on_now": g == 1})
            checkins.append({"goal_id": i * 3 + g, "happened_on": today - dt.timedelta(days=rng.randint(0, 200)),
                             "happened": "yes"})
        for r in range(2):
            held = started + dt.timedelta(days=90 * (r + 1))
            reviews.append({"plan_id": i, "held_on": held, "kind": "plan" if r else "goals",
                            "next_review_on": held + dt.timedelta(days=91)})
        meetings.append({"plan_id": i, "held_on": today - dt.timedelta(days=rng.randint(0, 300))})
    with db.session() as session:
        session.info["audit"] = False
        connection = session.connection()
        connection.execute(insert(Person.__table__), person_rows)
        connection.execute(insert(Plan.__table__), plan_rows)
        connection.execute(insert(PlanStanding.__table__), standing)
        for table, rows in ((goal, goals), (review, reviews), (meeting, meetings), (checkin, checkins)):
            connection.execute(insert(table), rows)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


TYPED = "eleri hu" + "\b" * 8 + "gwen 12" + "\b" * 7


def _wait_for_count(page) -> None:
    """Until the count under the list is shown (a big search is counted in another thread).
    Waits on the thread itself: no nested Qt event loop (PySide6 6.x drops a reference to
    True or None in a few calls, QEventLoop.exec and disconnect among them, and thousands of
    them abort the process)."""
    page.model.finish_counting()


def reference(app, runs: int) -> dict:
    """A bare QTableView of one page of rows (60 x 6, plain strings, no database): opened and
    shown, and its rows replaced and painted as a keystroke replaces them. The floor any list of
    this size stands on, measured in the same process."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    def rows(seed: int) -> list[list[str]]:
        return [[f"{NAMES[(r + seed) % len(NAMES)]} {SURNAMES[r % len(SURNAMES)]} {r}", "in 3 weeks · plan review",
                 "Agreed by the panel", "Back to the allotment", "3 December 2026", "—"] for r in range(60)]

    opening, keys = [], []
    for _ in range(runs):
        t = time.perf_counter()
        model = QStandardItemModel(0, 6)
        for row in rows(0):
            model.appendRow([QStandardItem(text) for text in row])
        view = QTableView()
        view.setModel(model)
        view.resize(1100, 600)
        view.show()
        view.repaint()
        app.processEvents()
        opening.append(time.perf_counter() - t)
        for seed in range(1, len(TYPED) + 1):
            t = time.perf_counter()
            model.removeRows(0, model.rowCount())
            for row in rows(seed):
                model.appendRow([QStandardItem(text) for text in row])
            view.viewport().repaint()
            app.processEvents()
            keys.append(time.perf_counter() - t)
        view.close()
        view.deleteLater()
    return {"open_ms": _ms(statistics.median(opening)), "keystroke_ms": _ms(statistics.median(keys))}


def measure(app, db, runs: int) -> dict:
    """The caseload query, the list opened, typing, filters and sorting, on one database."""
    from planner.services import caseload_pages
    from ui.pages.caseload_page import CaseloadPage
    from ui.session import Session

    query = []
    for _ in range(runs):
        t = time.perf_counter()
        window = caseload_pages.CaseloadWindow(db)
        rows = window.fetch(caseload_pages.FIRST_PAGE)
        window.count()
        query.append(time.perf_counter() - t)
    assert rows and rows[0].working_on_now and rows[0].last_contact

    session = Session(db)
    opening, pages = [], []
    for _ in range(runs):
        t = time.perf_counter()
        page = CaseloadPage(session)
        page.resize(1100, 700)
        page.show()
        page.repaint()
        app.processEvents()
        opening.append(time.perf_counter() - t)
        pages.append(page)
    page = pages[-1]
    for other in pages[:-1]:
        other.close()
        other.deleteLater()
    app.processEvents()

    keystrokes, counted = [], []
    text = ""
    for key in TYPED:
        text = text[:-1] if key == "\b" else text + key
        t = time.perf_counter()
        page.search.setText(text)
        page.table.viewport().repaint()
        app.processEvents()
        keystrokes.append(time.perf_counter() - t)
        _wait_for_count(page)
        counted.append(time.perf_counter() - t)
    scrolled = []
    for _ in range(3):  # to the bottom of what is read: the next page is fetched
        t = time.perf_counter()
        page.table.scrollToBottom()
        page.table.viewport().repaint()
        app.processEvents()
        scrolled.append(time.perf_counter() - t)
    filters = []
    for index in (1, 2, 3, 4, 0):
        t = time.perf_counter()
        page.filter.setCurrentIndex(index)
        page.table.viewport().repaint()
        app.processEvents()
        _wait_for_count(page)
        filters.append(time.perf_counter() - t)
    sorts = []
    for column in (4, 3, 1, 2, 5, 0):
        t = time.perf_counter()
        page.table.sortByColumn(column, page.table.horizontalHeader().sortIndicatorOrder())
        page.table.viewport().repaint()
        app.processEvents()
        sorts.append(time.perf_counter() - t)
    page.close()
    return {
        "query_ms_median": _ms(statistics.median(query)),
        "open_ms_median": _ms(statistics.median(opening)), "open_ms_worst": _ms(max(opening)),
        "open_ms_first": _ms(opening[0]),  # the first in the process (as at start-up)
        "keystroke_ms_median": _ms(statistics.median(keystrokes)), "keystroke_ms_worst": _ms(max(keystrokes)),
        "keystroke_counted_ms_median": _ms(statistics.median(counted)),
        "scroll_page_ms_median": _ms(statistics.median(scrolled)),
        "filter_ms_median": _ms(statistics.median(filters)), "filter_ms_worst": _ms(max(filters)),
        "sort_ms_median": _ms(statistics.median(sorts)), "sort_ms_worst": _ms(max(sorts)),
    }


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgresql", action="store_true",
                        help="the same on a throwaway PostgreSQL server (127.0.0.1), as its owner")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.storage.database import Database

    folder = Path(tempfile.mkdtemp(prefix="bench-caseload-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = QApplication.instance() or QApplication([])
    result = {"people": args.people, "load_average": round(os.getloadavg()[0], 2)}
    result["reference"] = reference(app, args.runs)
    db = Database.open(folder / "data")
    started = time.perf_counter()
    populate(db, args.people)
    result["generate_s"] = round(time.perf_counter() - started, 2)
    result["sqlite"] = measure(app, db, args.runs)
    db.close()
    if args.postgresql:
        result["postgresql"] = _on_postgresql(app, args)
    for backend in ("sqlite", "postgresql"):
        if backend in result:
            figures = result[backend]
            figures["open_ratio"] = round(figures["open_ms_median"] / result["reference"]["open_ms"], 1)
            figures["keystroke_ratio"] = round(figures["keystroke_ms_median"] / result["reference"]["keystroke_ms"], 1)
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    for key, value in result.items():
        print(f"{key}: {value}")
    return result


def _on_postgresql(app, args) -> dict:
    from sqlalchemy import create_engine, text

    from planner.storage.database import Database
    from tests.postgres_server import Server

    server = Server()
    base = server.start()
    try:
        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE bench_caseload"))
        admin.dispose()
        db = Database.open(url=f"{base}/bench_caseload")
        populate(db, args.people)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("ANALYZE"))
        figures = measure(app, db, args.runs)
        db.close()
        return figures
    finally:
        server.stop()


if __name__ == "__main__":
    main()
