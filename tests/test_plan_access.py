"""Migration 0019: who may read which plan is kept as rows (`plan_access`) by triggers. After every
kind of change the rules read, each worker's rows are exactly the plans the rules' own function
(`smallsteps_plans(false)`, unchanged) gives them; a change made meanwhile by another connection
is never missed; an opening's row stops counting when its hour is over; and the upgrade of a
populated team database keeps every plan where it was."""

import datetime as dt
import threading

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from planner.services import people, plan_files, team
from tests import team_fixtures

NORTH_PLAN = ("SELECT min(p.id) FROM plan p JOIN person s ON s.id = p.person_id JOIN team t ON t.id = s.team_id "
              "WHERE t.name = 'North' AND p.broker IS NULL")


@pytest.fixture(scope="module")
def world(postgres_server):
    built = team_fixtures.build(postgres_server)
    yield built
    team_fixtures.drop(built)


def _logins(world) -> list[str]:
    engine = create_engine(world.url())
    with engine.connect() as connection:
        found = set(connection.execute(text("SELECT DISTINCT login FROM team_member")).scalars())
    engine.dispose()
    return sorted(found | {w.login for w in world.workers})


def assert_rows_follow_the_rules(world) -> int:
    """Every worker: the plans their rows allow == the plans the rules' function gives them."""
    compared = 0
    for login in _logins(world):
        engine = create_engine(world.url(login))
        with engine.connect() as connection:
            by_rules, rules_only, by_rows, read = (_ids(connection, sql) for sql in (
                "SELECT id FROM plan WHERE id IN (SELECT smallsteps_plans(false)) "
                "OR person_id IN (SELECT smallsteps_coordinated_people())",
                "SELECT smallsteps_plans(false)",
                "SELECT plan_id FROM plan_access WHERE until IS NULL OR until > (now() AT TIME ZONE 'UTC')",
                "SELECT id FROM plan"))
        engine.dispose()
        assert by_rows == rules_only & by_rules, login  # (an opening of a plan since removed: no row)
        assert read == by_rules == by_rows, login
        compared += len(by_rows)
    return compared


def _ids(connection, sql: str) -> set[int]:
    """The ids a query gives; none for a worker with no right to ask at all (panel, administrator)."""
    try:
        with connection.begin():
            return set(connection.execute(text(sql)).scalars())
    except ProgrammingError as error:
        assert error.orig.sqlstate == "42501", error
        return set()


def _owner(world):
    return create_engine(world.url())


def test_the_rows_follow_every_change_the_rules_read(world):
    tag = world.name[-6:]
    assert assert_rows_follow_the_rules(world) > 0
    admin = world.open(f"admin_{tag}")
    north = [p for p, t in world.plan_team.items() if t == "North"]
    south = [p for p, t in world.plan_team.items() if t == "South"]
    owner = _owner(world)

    team.move_plan(admin, north[0], "South")  # a person moved to another team
    assert_rows_follow_the_rules(world)
    with owner.begin() as c:  # a status into and out of the broker's, a broker assigned and taken off
        c.execute(text("UPDATE plan SET status = 'ready_for_panel' WHERE id = :p"), {"p": south[0]})
        c.execute(text("UPDATE plan SET status = 'draft' WHERE id = :p"), {"p": north[1]})
        c.execute(text("UPDATE plan SET broker = :b WHERE id = :p"), {"b": f"broker_south_{tag}", "p": north[2]})
        c.execute(text("UPDATE plan SET broker = NULL WHERE broker = :b"), {"b": f"broker_north_{tag}"})
    assert_rows_follow_the_rules(world)
    team.add_worker(admin, f"coord_south_{tag}", "North", "manager")  # a second team, another role
    team.add_worker(admin, f"extra_{tag}", "North", "broker")
    assert_rows_follow_the_rules(world)
    team.remove_worker(admin, f"extra_{tag}")
    assert_rows_follow_the_rules(world)

    coordinator = world.open(f"coord_north_{tag}")  # a plan brought in, one opened with a reason
    plan_files.add_document(coordinator, plan_files.example_document())
    team.break_glass(coordinator, south[1], "Covering for a colleague who is off sick today")
    assert_rows_follow_the_rules(world)
    with owner.begin() as c:  # many plans in one statement (as a bulk load by the owner)
        c.execute(text("INSERT INTO plan (person_id, title, status, created_at, updated_at) "
                       "SELECT person_id, 'another', 'agreed', now(), now() FROM plan WHERE id = ANY(:p)"),
                  {"p": north[:3] + south[:3]})
    assert_rows_follow_the_rules(world)
    with owner.connect() as c:  # a person removed
        gone = c.execute(text("SELECT person_id FROM plan WHERE id = :p"), {"p": north[3]}).scalar()
    people.remove_person(coordinator, gone)
    with owner.begin() as c:  # a plan removed takes its rows with it
        c.execute(text("DELETE FROM plan WHERE id = :p"), {"p": south[4]})
        left = c.execute(text("SELECT count(*) FROM plan_access WHERE plan_id = :p"), {"p": south[4]}).scalar()
    assert left == 0
    assert_rows_follow_the_rules(world)
    team.remove_worker(admin, f"coord_north_{tag}")  # a removed worker keeps no row, opening or not
    with owner.connect() as c:
        assert c.execute(text("SELECT count(*) FROM plan_access WHERE login = :l"),
                         {"l": f"coord_north_{tag}"}).scalar() == 0
    assert_rows_follow_the_rules(world)
    for database in (coordinator, admin):
        database.close()
    owner.dispose()


def test_an_opening_past_its_hour_reads_nothing(world):
    tag = world.name[-6:]
    login = f"manager_south_{tag}"
    owner = _owner(world)
    with owner.begin() as c:
        north_plan = c.execute(text(NORTH_PLAN)).scalar()
        person = c.execute(text("SELECT person_id FROM plan WHERE id = :p"), {"p": north_plan}).scalar()
        c.execute(text("INSERT INTO plan_access (login, plan_id, person_id, until) VALUES (:l, :p, :s, :u)"),
                  {"l": login, "p": north_plan, "s": person,
                   "u": dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)})
    worker = create_engine(world.url(login))
    with worker.connect() as c:
        assert c.execute(text("SELECT count(*) FROM plan WHERE id = :p"), {"p": north_plan}).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM goal WHERE plan_id = :p"), {"p": north_plan}).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM person WHERE id = :s"), {"s": person}).scalar() == 0
        # and a worker reads only their own rows
        assert set(c.execute(text("SELECT DISTINCT login FROM plan_access")).scalars()) <= {login}
        with pytest.raises(DBAPIError):
            c.execute(text("INSERT INTO plan_access VALUES (:l, :p, :s, NULL)"), {"l": login, "p": north_plan, "s": person})
    worker.dispose()
    with owner.begin() as c:
        c.execute(text("DELETE FROM plan_access WHERE until IS NOT NULL AND login = :l"), {"l": login})
    owner.dispose()


@pytest.mark.parametrize("first", ["remove", "move"])
def test_a_worker_removed_while_a_plan_moves_into_their_team_never_reads_it(world, first):
    """Two connections at once, either first: the refreshes run one after the other, each reading
    what the other committed, so the removed worker gets no row for the moved plan."""
    tag = world.name[-6:]
    admin = world.open(f"admin_{tag}")
    login = f"late_{first}_{tag}"
    team.add_worker(admin, login, "South", "coordinator")
    with _owner(world).connect() as c:
        moving = c.execute(text(NORTH_PLAN)).scalar()
    a, b = _owner(world), _owner(world)
    remove = "SELECT smallsteps_remove_worker(:l)"
    move = "SELECT smallsteps_move_plan(:p, 'South')"
    with a.connect() as one, b.connect() as two:
        one.begin()
        one.execute(text(remove if first == "remove" else move), {"l": login, "p": moving})
        two.begin()
        done = threading.Event()

        def second():
            two.execute(text(move if first == "remove" else remove), {"l": login, "p": moving})
            two.commit()
            done.set()

        thread = threading.Thread(target=second)
        thread.start()
        assert not done.wait(0.5)  # waits for the first to finish
        one.commit()
        thread.join(10)
        assert done.is_set()
    with a.connect() as c:
        assert c.execute(text("SELECT count(*) FROM plan_access WHERE login = :l"), {"l": login}).scalar() == 0
    team.move_plan(admin, moving, "North")
    assert_rows_follow_the_rules(world)
    for engine in (a, b):
        engine.dispose()
    admin.close()


def _plans(world) -> set[int]:
    engine = _owner(world)
    with engine.connect() as c:
        found = set(c.execute(text("SELECT id FROM plan")).scalars())
    engine.dispose()
    return found


def test_a_change_of_access_at_a_stricter_isolation_level_is_refused(world):
    engine = create_engine(world.url(), isolation_level="REPEATABLE READ")
    plan_id = next(iter(_plans(world)))
    with pytest.raises(DBAPIError, match="READ COMMITTED"), engine.begin() as c:
        c.execute(text("UPDATE plan SET status = CASE status WHEN 'draft' THEN 'agreed' ELSE 'draft' END "
                       "WHERE id = :p"), {"p": plan_id})
    with engine.begin() as c:  # an edit the rules do not read goes through
        c.execute(text("UPDATE plan SET title = title WHERE id = :p"), {"p": plan_id})
    engine.dispose()


def test_the_rules_look_up_one_row_by_its_key(world):
    tag = world.name[-6:]
    worker = create_engine(world.url(f"coord_south_{tag}"))
    with worker.connect() as c:
        plan = c.execute(text("SELECT min(id) FROM plan")).scalar()
        lines = c.execute(text(f"EXPLAIN SELECT * FROM goal WHERE plan_id = {int(plan)}")).scalars().all()
    worker.dispose()
    assert any("plan_access" in line for line in lines), lines  # (by its index on a big table: README)
    assert not any("smallsteps_plans" in line for line in lines)


def test_0019_on_a_populated_team_database_keeps_every_plan_reachable(pg_url):
    """Upgraded from 0018 with teams, workers and plans in it: the rows are made at once, every plan
    stays where it was (each worker's and an administrator's), and down again the rules are as
    before with nothing lost."""
    from alembic import command

    from planner.storage import schema
    from planner.storage.database import Database

    engine = create_engine(pg_url)
    schema.upgrade(engine, "0018_caseload_search_index")
    owner = Database(engine, None)
    tag = pg_url.rsplit("_", 1)[1][:8]
    team.add_worker(owner, f"adm18_{tag}", None, "admin")
    host = pg_url.split("@", 1)[1]
    with engine.begin() as c:
        c.execute(text("SELECT smallsteps_add_team('East')"))
        c.execute(text("SELECT smallsteps_add_worker(:l, 'East', 'coordinator', NULL)"), {"l": f"co18_{tag}"})
    for _n in range(3):
        plan_files.add_example_plan(owner)
    with engine.begin() as c:
        c.execute(text("UPDATE person SET team_id = (SELECT id FROM team WHERE name = 'East') "
                       "WHERE id IN (SELECT min(id) FROM person)"))
        plans = set(c.execute(text("SELECT id FROM plan")).scalars())
        goals = c.execute(text("SELECT count(*) FROM goal")).scalar()

    def seen(login):
        worker = create_engine(f"postgresql+psycopg://{login}@{host}")
        with worker.connect() as c:
            found = set(c.execute(text("SELECT id FROM plan")).scalars())
        worker.dispose()
        return found

    coordinator_before = seen(f"co18_{tag}")
    assert 0 < len(coordinator_before) < len(plans)
    schema.upgrade(engine)
    with engine.connect() as c:
        assert set(c.execute(text("SELECT id FROM plan")).scalars()) == plans
        assert c.execute(text("SELECT count(*) FROM goal")).scalar() == goals
        assert c.execute(text("SELECT count(*) FROM plan_access")).scalar() == len(coordinator_before)
    assert seen(f"co18_{tag}") == coordinator_before
    directory = Database.open(url=f"postgresql+psycopg://adm18_{tag}@{host}")
    assert {p for p, _t in team.plan_directory(directory)} == plans
    directory.close()
    config = schema.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0018_caseload_search_index")
    with engine.connect() as c:
        assert c.execute(text("SELECT to_regclass('plan_access')")).scalar() is None
        rule = c.execute(text("SELECT qual FROM pg_policies WHERE policyname = 'ss_goal_read'")).scalar()
    assert "smallsteps_plans(false)" in rule
    assert seen(f"co18_{tag}") == coordinator_before
    engine.dispose()
