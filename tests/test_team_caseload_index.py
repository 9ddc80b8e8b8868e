"""A team's caseload at 50,000 plans (issue 18, the caseload's p95).

Migration 0020: each team's people in name order in one index. On a populated team database the
upgrade keeps every row and every worker's caseload as it was, the caseload's people are then read
from the index alone (the rules still run on every row), and down again the index is gone with
nothing else changed.

A page of the caseload brings each plan's facts and the review intervals in its own statement: the
rows are exactly those of the facts' own queries (`caseload.list_caseload`), for every worker.
"""

import pytest
from sqlalchemy import create_engine, text

from planner.services import caseload, caseload_pages, review_settings
from tests import team_fixtures


@pytest.fixture(scope="module")
def world(postgres_server):
    built = team_fixtures.build(postgres_server)
    yield built
    team_fixtures.drop(built)


def test_a_page_brings_the_same_facts_as_their_own_queries_for_every_worker(world):
    admin = world.open(next(w.login for w in world.workers if w.role == "admin"))
    review_settings.set_review_intervals(admin, 2, 5, 11)  # not the defaults: read with the page
    admin.close()
    compared = contacts = 0
    for login in ["postgres"] + [w.login for w in world.workers if w.role in ("coordinator", "broker", "manager")]:
        db = world.open(login)
        expected = caseload.list_caseload(db)
        for how_many in (caseload_pages.FIRST_PAGE, 1):  # a page at a time, and a row at a time
            window = caseload_pages.CaseloadWindow(db)
            rows = window.fetch(how_many)
            while window.has_more():
                rows += window.fetch(how_many)
            assert rows == expected, login
            assert window.intervals == review_settings.review_intervals(db)
        db.close()
        compared += len(expected)
        # (the whole plan, North's: goals, reviews of both kinds, a meeting and check-ins)
        contacts += sum(1 for row in expected if row.last_contact and row.working_on_now and row.next_review)
    assert compared > 20 and contacts >= 3  # the owner, North's co-ordinator and manager at least


def _caseload(url: str) -> list[tuple]:
    from planner.storage.database import Database

    db = Database.open(url=url, migrate=False)
    try:
        window = caseload_pages.CaseloadWindow(db)
        rows = window.fetch(caseload_pages.FIRST_PAGE)
        while window.has_more():
            rows += window.fetch(caseload_pages.PAGE)
        return [(r.person_id, r.name, r.plan_id, r.status, r.working_on_now, r.last_contact, r.next_review)
                for r in rows] + [("count", window.count(), window.total())]
    finally:
        db.close()


def test_0020_on_a_populated_team_database_reads_a_team_from_the_index(pg_url):
    from alembic import command

    from planner.storage import schema

    tag = pg_url.rsplit("_", 1)[1][:8]
    engine, host = team_fixtures.populated_at(pg_url, "0019_plan_access_rows", [
        (f"co20_{tag}", "East", "coordinator"), (f"br20_{tag}", "West", "broker")])
    with engine.connect() as c:
        counts = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("person", "plan", "goal")}
    workers = [f"co20_{tag}", f"br20_{tag}"]
    before = {w: _caseload(f"postgresql+psycopg://{w}@{host}") for w in workers}
    assert all(len(rows) > 1 for rows in before.values()), before

    schema.upgrade(engine, "0020_team_caseload_index")
    with engine.connect() as c:
        assert schema.current_revision(c) == "0020_team_caseload_index"
        assert {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in counts} == counts
        assert c.execute(text("SELECT to_regclass('ix_person_team_caseload')")).scalar() is not None
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE person"))
    assert {w: _caseload(f"postgresql+psycopg://{w}@{host}") for w in workers} == before

    worker = create_engine(f"postgresql+psycopg://co20_{tag}@{host}")
    with worker.connect() as c:
        c.execute(text("SET enable_seqscan = off"))  # (a table this small is otherwise read whole)
        plan = "\n".join(c.execute(text(
            "EXPLAIN SELECT id, name, preferred_name, search_key FROM person WHERE team_id IN "
            "(SELECT smallsteps_my_teams('{coordinator,manager}')) ORDER BY search_key, id")).scalars())
    worker.dispose()
    assert "Index Only Scan using ix_person_team_caseload" in plan, plan
    assert "smallsteps_my_teams" in plan and "SubPlan" in plan  # the rule for reading a person still runs

    config = schema.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0019_plan_access_rows")
    with engine.connect() as c:
        assert c.execute(text("SELECT to_regclass('ix_person_team_caseload')")).scalar() is None
        assert {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in counts} == counts
    engine.dispose()
