"""Workers, teams and roles on a team database, enforced by PostgreSQL itself: the matrix of every
role of every team against every plan, through the services, the command line and plain SQL as
that worker's own login (0 reads outside the rules), and the team commands' refusals."""

import datetime as dt
import json

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import ProgrammingError

from planner import cli
from planner.errors import AccessRefused, ChangedMeanwhile, NotFound, PlannerError
from planner.services import caseload, caseload_pages, plan_files, plans, team
from planner.services.caseload import CaseloadFilter, Column, matches_filter
from tests import team_fixtures
from tests.team_fixtures import PANEL_DAY


@pytest.fixture(scope="module")
def world(postgres_server):
    built = team_fixtures.build(postgres_server)
    yield built
    team_fixtures.drop(built)


@pytest.fixture(scope="module")
def owner_rows(world):
    engine = create_engine(world.url())
    with engine.connect() as connection:
        rows = team_fixtures.rows_by_plan(connection)
    engine.dispose()
    return rows


def _staff(world):
    return [w for w in world.workers if w.role in ("coordinator", "broker", "manager")]


def test_every_worker_reads_exactly_the_plans_the_rules_allow_in_plain_sql(world, owner_rows):
    checked = 0
    for worker in world.workers:
        engine = create_engine(world.url(worker.login))
        with engine.connect() as connection:
            for table, rows in owner_rows.items():
                allowed = {key for key, plan in rows.items()
                           if plan != 0 and world.may_read(worker, plan)} if worker.role in (
                               "coordinator", "broker", "manager") else set()
                pk = owner_rows.keys_of[table]
                try:
                    with connection.begin():
                        seen = {tuple(r) for r in connection.execute(text(f"SELECT {pk} FROM {table}"))}
                except ProgrammingError as error:
                    assert error.orig.sqlstate == "42501", error  # no privilege at all: nothing read
                    assert not allowed, f"{worker.login} could not read {table}"
                    continue
                if table == "audit_event":  # chain 0 (people deleted for good, no names) is everyone's
                    seen = {key for key in seen if rows.get(key) != 0}
                assert seen == allowed, f"{worker.login} ({worker.role}) on {table}"
                checked += len(rows)
        engine.dispose()
    assert checked > 1000


def test_every_worker_changes_only_the_plans_the_rules_allow_in_plain_sql(world):
    for worker in world.workers:
        engine = create_engine(world.url(worker.login))
        with engine.connect() as connection:
            for plan_id in world.plan_team:
                try:
                    with connection.begin() as transaction:
                        changed = connection.execute(
                            text("UPDATE goal SET title = title || '!' WHERE plan_id = :p"), {"p": plan_id}).rowcount
                        transaction.rollback()
                except ProgrammingError as error:
                    assert error.orig.sqlstate == "42501"
                    changed = 0
                assert (changed > 0) == (worker.role in ("coordinator", "broker") and world.may_change(worker, plan_id)), (
                    worker.login, plan_id)
        engine.dispose()


def test_the_services_and_the_command_line_show_each_worker_only_their_plans(world, capsys):
    for worker in world.workers:
        expected = {p for p in world.plan_team if worker.role in ("coordinator", "broker", "manager")
                    and world.may_read(worker, p)}
        if worker.role == "removed":
            with pytest.raises(AccessRefused, match="no role"):
                world.open(worker.login)
        else:
            _check_services(world, worker, expected)
        capsys.readouterr()
        code = cli.main(["--database-url", world.url(worker.login), "list", "--json"])
        captured = capsys.readouterr()
        if worker.role == "removed":
            assert code == 1 and captured.err.count("\n") == 1 and "no role" in captured.err
            continue
        assert code == 0, captured.err
        if worker.role == "admin":
            assert "sees no plans" in captured.out
            continue
        listed = {row["plan_id"] for row in json.loads(captured.out)}
        if worker.role == "panel":
            assert listed == world.packs_for(worker) and listed, worker.login
        else:
            assert listed == expected, worker.login


def _check_services(world, worker, expected):
    db = world.open(worker.login)
    try:
        if worker.role in ("coordinator", "broker", "manager"):
            assert {row.plan_id for row in caseload.list_caseload(db)} == expected, worker.login
            # The list as the window reads it, page by page, with the worker's people named in the query.
            window = caseload_pages.CaseloadWindow(db)
            paged = []
            while window.has_more() and (page := window.fetch(3)):
                paged += page
            assert {row.plan_id for row in paged} == expected and window.count() == len(paged), worker.login
            assert window.total() == len(paged)
            if expected:  # one whole plan read (the rest are read by the caseload and plain SQL)
                assert plan_files.plan_document(db, max(expected)).data["person"]["name"]
            for plan_id in world.plan_team:
                if plan_id not in expected:
                    with pytest.raises((NotFound, AccessRefused)):
                        plan_files.plan_document(db, plan_id)
    finally:
        db.close()


def test_the_caseload_in_every_order_and_filter_shows_exactly_what_the_rules_allow(world):
    """The caseload reads from the worker's people named in SQL (caseload_pages.worker_people):
    that set is exactly the rule's, and every order and filter, page by page, shows the rows the
    whole list shows (their facts read a page at a time), counted as many as it shows."""
    today = dt.date.today()
    for worker in _staff(world):  # (the panel and administrators may not read people at all)
        db = world.open(worker.login)
        try:
            with db.session() as session:
                readable = set(session.execute(text("SELECT id FROM person")).scalars())
                named = set(session.execute(select(caseload_pages.worker_people().id)).scalars())
                assert caseload_pages.visible_people(session) is True, worker.login
            assert named == readable and readable, worker.login
            everyone = caseload.list_caseload(db)
            for which in CaseloadFilter:
                wanted = {row.person_id: row for row in everyone if matches_filter(row, which, today)}
                for column in Column:
                    for descending in (False, True):
                        window = caseload_pages.CaseloadWindow(db, which=which, column=column,
                                                               descending=descending, today=today)
                        rows = []
                        while window.has_more() and (page := window.fetch(2)):
                            rows += page
                        view = (worker.login, which, column, descending)
                        assert {row.person_id: row for row in rows} == wanted, view
                        assert len(rows) == len(wanted) == window.count(), view
                        if column == Column.NAME:
                            order = sorted(rows, key=lambda r: (r.search_key, r.person_id), reverse=descending)
                            assert rows == order, view
        finally:
            db.close()


def test_a_worker_opens_the_caseload_in_one_transaction_counted_with_its_first_page(world):
    """Opening the list on a team database: one transaction, whose first statement reads the first
    page and counts everyone (no separate count, no list of people sent to the server). That one
    statement is sent on its own (autocommit: no BEGIN and COMMIT round trips around it)."""
    worker = next(w for w in world.workers if w.role == "coordinator")
    db = world.open(worker.login)
    statements, transactions, alone = [], [], []
    event.listen(db.engine, "before_cursor_execute",
                 lambda c, _cur, sql, params, _ctx, _many: (statements.append((sql, params)),
                                                           alone.append(c.connection.driver_connection.autocommit)))
    event.listen(db.engine, "begin", lambda _c: transactions.append(1))
    try:
        window = caseload_pages.CaseloadWindow(db)
        rows = window.fetch(caseload_pages.FIRST_PAGE)
        assert rows and window.counted()
        counted, everyone = window.count(), window.total()
        opening, opened = list(statements), len(transactions)
        assert counted == everyone == len(caseload.list_caseload(db)) > 0
    finally:
        db.close()
    assert opened == 1
    assert alone[:len(opening)] == [True] * len(opening)
    page = [sql for sql, _p in opening if "worker_person" in sql]
    assert len(page) == 1 and "count(*) OVER ()" in page[0]
    assert not any(sql.lstrip().upper().startswith("SELECT COUNT") for sql, _p in opening)
    assert all(len(params or {}) < 20 for _sql, params in opening)  # no one's ids sent back


def test_a_panel_member_reads_only_the_packs_of_their_panel_day(world):
    for worker in world.workers:
        if worker.role != "panel":
            continue
        db = world.open(worker.login)
        packs = team.panel_packs(db)
        assert {p.plan_id for p in packs} == world.packs_for(worker)
        assert all(p.panel_date == PANEL_DAY and bytes(p.pack_pdf).startswith(b"%PDF") for p in packs)
        assert not hasattr(packs[0], "plan_file")  # the whole plan file is never theirs
        with pytest.raises(AccessRefused):
            caseload.list_caseload(db)
        db.close()


def test_break_glass_needs_a_reason_is_recorded_and_managers_see_it(world, capsys):
    north = next(w for w in world.workers if w.login.startswith("coord_north"))
    south_plan = next(p for p, t in world.plan_team.items() if t == "South" and world.plan_status[p] == "active")
    db = world.open(north.login)
    with pytest.raises(NotFound):
        plan_files.plan_document(db, south_plan)
    with pytest.raises(PlannerError, match="why"):
        team.break_glass(db, south_plan, "  ")
    code = cli.main(["--database-url", world.url(north.login), "team", "open", str(south_plan),
                     "--reason", "short"])
    assert code == 1 and "why" in capsys.readouterr().err
    team.break_glass(db, south_plan, "Crisis call at 2am, the person asked for their co-ordinator")
    assert plan_files.plan_document(db, south_plan).data["person"]["name"]  # read-only, for an hour
    with pytest.raises((AccessRefused, ChangedMeanwhile)):
        plans.update_plan(db, south_plan, title="mine now")
    db.close()
    manager = world.open(next(w.login for w in world.workers if w.login.startswith("manager_south")))
    openings = team.break_glass_list(manager)
    assert [(o.login, o.plan_id) for o in openings] == [(north.login, south_plan)]
    assert "Crisis call" in openings[0].reason and "read-only" in openings[0].what
    log = team.access_log(manager, south_plan)
    assert any(entry.action == "break-glass" and entry.login == north.login for entry in log)
    manager.close()
    other_manager = world.open(next(w.login for w in world.workers if w.login.startswith("manager_north")))
    assert team.break_glass_list(other_manager) == []
    other_manager.close()
    owner = create_engine(world.url())
    with owner.connect() as connection, pytest.raises(ProgrammingError, match="only be added to"):
        connection.execute(text("DELETE FROM break_glass"))
    owner.dispose()


def test_team_commands_are_refused_with_one_plain_line(world, capsys):
    coordinator = next(w for w in world.workers if w.role == "coordinator")
    url = world.url(coordinator.login)
    for argv in (["team", "add-team", "East"], ["team", "add-worker", "newbie", "--team", "North", "--role", "admin"],
                 ["team", "remove-worker", "someone"], ["team", "plans"],
                 ["team", "move", str(next(iter(world.plan_team))), "--team", "South"]):
        assert cli.main(["--database-url", url, *argv]) == 1, argv
        error = capsys.readouterr().err
        assert error.startswith("smallsteps: ") and error.count("\n") == 1, error
    assert cli.main(["--database-url", url, "team", "add-worker", "Bad Name!", "--role", "broker"]) == 1
    assert "can't be a login" in capsys.readouterr().err


def test_who_and_move_follow_the_plan_to_its_new_team(world, capsys):
    admin = next(w for w in world.workers if w.role == "admin")
    plan_id = next(p for p, t in world.plan_team.items() if t == "North" and world.plan_status[p] == "active")
    assert cli.main(["--database-url", world.url(admin.login), "team", "who", str(plan_id)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("coord_north") for line in lines)
    assert not any(line.startswith("coord_south") for line in lines)
    assert cli.main(["--database-url", world.url(admin.login), "team", "move", str(plan_id), "--team", "South"]) == 0
    capsys.readouterr()
    south = world.open(next(w.login for w in world.workers if w.login.startswith("coord_south")))
    north = world.open(next(w.login for w in world.workers if w.login.startswith("coord_north")))
    try:
        assert plan_id in {r.plan_id for r in caseload.list_caseload(south)}
        assert plan_id not in {r.plan_id for r in caseload.list_caseload(north)}
        assert cli.main(["--database-url", world.url(admin.login), "team", "audit", str(plan_id)]) == 0
        assert "North -> South" in capsys.readouterr().out
    finally:
        assert cli.main(["--database-url", world.url(admin.login), "team", "move", str(plan_id), "--team", "North"]) == 0
        south.close()
        north.close()


def test_a_sqlite_file_has_no_teams(db, capsys, tmp_path):
    with pytest.raises(PlannerError, match="one person's file"):
        team.list_teams(db)
    assert cli.main(["--data-dir", str(tmp_path), "team", "teams"]) == 1
    assert "one person's file" in capsys.readouterr().err


def test_upgrading_a_populated_team_database_keeps_every_plan_reachable_by_an_administrator(pg_url):
    from planner.storage import schema
    from planner.storage.database import Database

    engine = create_engine(pg_url)
    schema.upgrade(engine, "0010_postgresql_guards")
    with engine.begin() as connection:
        for n in range(3):
            person = connection.execute(text(
                "INSERT INTO person (name, preferred_name, pronouns, details_visibility, photo_description, "
                "photo_visibility, needs_easy_read, needs_large_text, needs_read_aloud, preferred_language, "
                "other_communication_needs, created_at, updated_at, search_key) VALUES (:n, '', '', 'team', '', "
                "'team', false, false, false, 'en', '', now(), now(), :n) RETURNING id"), {"n": f"person {n}"}).scalar()
            plan = connection.execute(text("INSERT INTO plan (person_id, title, status, created_at, updated_at) "
                                           "VALUES (:p, 'a plan', 'draft', now(), now()) RETURNING id"),
                                      {"p": person}).scalar()
            connection.execute(text("INSERT INTO goal (plan_id, title, made_on, visibility, created_at) "
                                    "VALUES (:p, 'a goal', now(), 'team', now())"), {"p": plan})
        before = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("person", "plan", "goal")}
    engine.dispose()
    owner = Database.open(url=pg_url)  # the owner upgrades
    with owner.engine.connect() as connection:
        assert {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in before} == before
    tag = pg_url.rsplit("_", 1)[1][:8]
    team.add_worker(owner, f"adm_{tag}", None, "admin")
    host = pg_url.split("@", 1)[1]
    admin = Database.open(url=f"postgresql+psycopg://adm_{tag}@{host}")
    team.add_team(admin, "Central")
    team.add_worker(admin, f"co_{tag}", "Central", "coordinator")
    directory = team.plan_directory(admin)
    assert len(directory) == 3 and all(name == "" for _plan, name in directory)
    coordinator = Database.open(url=f"postgresql+psycopg://co_{tag}@{host}")
    assert caseload.list_caseload(coordinator) == []  # no team yet: only the owner and an administrator reach them
    for plan_id, _team in directory:
        team.move_plan(admin, plan_id, "Central")
    assert sorted(r.plan_id for r in caseload.list_caseload(coordinator)) == sorted(p for p, _t in directory)
    for database in (coordinator, admin, owner):
        database.close()


def test_a_tiny_load_run_reads_nothing_across_teams_and_loses_nothing(pg_url):
    from tests.benchmarks import bench_team_load

    world = bench_team_load.populate(pg_url, teams=2, workers=8, plans=60)
    result = bench_team_load.run(world, clients=2, seconds=2)
    assert result["caseloads"] > 0 and result["caseload_rows_median"] > 0
    assert result["cross_team_reads"] == 0 and result["lost_updates"] == 0 and result["errors"] == []
    assert "SubPlan" in bench_team_load.explain_caseload(world, next(iter(world.workers)))  # the rules ran
    # The clients as processes of their own (each worker on their own computer): the same counts.
    apart = bench_team_load.run(world, clients=2, seconds=2, processes=True)
    assert apart["clients_as"] == "processes" and apart["caseloads"] > 0 and apart["caseload_client_cpu_p50_ms"] > 0
    assert apart["cross_team_reads"] == 0 and apart["lost_updates"] == 0 and apart["errors"] == []
    # Each client pausing between actions, as a person does (the bench's --think).
    paused = bench_team_load.run(world, clients=2, seconds=2, think=0.05)
    assert paused["think_seconds"] == 0.05 and paused["caseloads"] > 0
    assert paused["cross_team_reads"] == 0 and paused["lost_updates"] == 0 and paused["errors"] == []


def test_the_server_killed_and_restarted_during_edits_and_imports_loses_nothing():
    from tests.crash import team_faults

    outcome = team_faults.run(kills=1, seed=5, import_share=0.05)  # 50 kills: see the README
    assert outcome.kills == 1 and outcome.acknowledged > 0
    assert outcome.lost == 0 and outcome.half_plans == 0 and outcome.twice == 0 and outcome.unhealthy == []


def test_the_command_line_says_in_one_line_when_the_team_database_cannot_be_reached(capsys):
    from tests.postgres_server import _free_port

    url = f"postgresql+psycopg://nobody@127.0.0.1:{_free_port()}/smallsteps"
    assert cli.main(["--database-url", url, "list"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "cannot be reached" in error


def test_the_window_opens_a_plan_with_a_reason_and_managers_see_the_list(world, qapp, tmp_path):
    from ui.dialogs.break_glass_dialog import BreakGlassDialog

    south = next(w for w in world.workers if w.login.startswith("coord_south"))
    north_plan = next(p for p, t in world.plan_team.items() if t == "North" and world.plan_status[p] == "draft")
    db = world.open(south.login)
    dialog = BreakGlassDialog(db)
    dialog.plan.setValue(north_plan)
    dialog.reason.setPlainText("short")
    dialog.open_button.click()
    assert dialog.opened_plan is None and "why" in dialog.message.text()
    assert dialog.reason.toPlainText() == "short"  # nothing typed is lost
    dialog.reason.setPlainText("Covering for a colleague off sick; the person rang in distress")
    dialog.open_button.click()
    assert dialog.opened_plan == north_plan
    assert plan_files.plan_document(db, north_plan).data["person"]["name"]
    db.close()
    manager = world.open(next(w.login for w in world.workers if w.login.startswith("manager_north")))
    listing = BreakGlassDialog(manager)
    rows = [[listing.table.item(r, c).text() for c in range(5)] for r in range(listing.table.rowCount())]
    assert [south.login, str(north_plan), "North"] in [row[1:4] for row in rows]
    listing.show()
    listing.grab().save(str(tmp_path / "break-glass.png"))
    manager.close()


def test_a_statement_that_takes_too_long_is_one_plain_sentence_and_changes_nothing(pg_db):
    from planner.errors import StorageError

    with pytest.raises(StorageError, match="took too long"), pg_db.session() as session:
        session.execute(text("SET LOCAL statement_timeout = 50"))
        session.execute(text("SELECT pg_sleep(2)"))
    assert caseload.list_caseload(pg_db) == []  # and the next action simply works


def test_rows_reached_through_a_parent_are_looked_up_by_their_own_parent(world):
    """Migration 0017: a check-in is read when its own goal may be read (found by its key), not by
    making every goal the worker may see on each statement; the matrix above shows the same rows."""
    engine = create_engine(world.url())
    with engine.connect() as connection:
        rules = dict(connection.execute(text(
            "SELECT tablename, qual FROM pg_policies WHERE policyname = 'ss_' || tablename || '_read'")).all())
    engine.dispose()
    assert "EXISTS" in rules["checkin"] and "ss_parent.id = checkin.goal_id" in rules["checkin"]
    assert "plan_access" in rules["goal"] and "ss_a.plan_id = goal.plan_id" in rules["goal"]  # 0019
    assert not [t for t, rule in rules.items() if "IN ( SELECT" in rule and "smallsteps_" not in rule]


def test_0017_on_a_populated_team_database_changes_only_how_the_rules_look_up(pg_url):
    """Upgraded from 0016 with a plan in it: every row stays; down again, the rules are as before."""
    from alembic import command

    from planner.services import plan_files
    from planner.storage import schema, team_access
    from planner.storage.database import Database

    engine = create_engine(pg_url)
    schema.upgrade(engine, "0016_team_keeps_no_private")
    plan_files.add_example_plan(Database(engine, None))
    with engine.begin() as connection:  # the rules as the code before 0017 made them
        team_access.apply(connection, correlated=False)

    def state():
        with engine.begin() as connection:
            rule = connection.execute(text("SELECT qual FROM pg_policies WHERE policyname = 'ss_checkin_read'")).scalar()
            rows = connection.execute(text("SELECT count(*) FROM checkin")).scalar()
        return rule, rows

    old_rule, rows = state()
    assert "IN ( SELECT goal.id" in old_rule and rows > 0
    schema.upgrade(engine)
    new_rule, after = state()
    assert "EXISTS" in new_rule and after == rows
    config = schema.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0016_team_keeps_no_private")
    assert state() == (old_rule, rows)
    engine.dispose()
