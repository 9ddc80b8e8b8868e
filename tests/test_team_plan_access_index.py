"""Migration 0021 (issue 18, the caseload's p95): the rules' question of `plan_access` ("a live row
for me and this plan / this person?") answered from the index alone.

On a populated team database the upgrade keeps every row, every row of `plan_access` and what
every worker sees (their caseload, and every plan they can open), the rules' lookups then read
the new indexes alone (the policies themselves are unchanged), and down again the old indexes are
back with nothing else changed.
"""

from sqlalchemy import create_engine, text

from tests import team_fixtures
from tests.test_team_caseload_index import _caseload

NEW = ("ix_plan_access_login_plan_live", "ix_plan_access_login_person_live")
OLD = ("ix_plan_access_login_plan", "ix_plan_access_login_person")
TABLES = ("person", "plan", "goal", "plan_access", "audit_event")


def _indexes(c) -> set[str]:
    return set(c.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'plan_access'")).scalars())


def _readable(url: str) -> list[tuple]:
    """Every plan the worker can read, with its person, through plain SQL as that worker."""
    engine = create_engine(url)
    with engine.connect() as c:
        rows = c.execute(text("SELECT plan.id, person.name FROM plan JOIN person ON person.id = plan.person_id "
                              "ORDER BY plan.id")).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_0021_on_a_populated_team_database_answers_the_rules_from_the_index(pg_url):
    from alembic import command

    from planner.storage import schema

    tag = pg_url.rsplit("_", 1)[1][:8]
    engine, host = team_fixtures.populated_at(pg_url, "0020_team_caseload_index", [
        (f"co21_{tag}", "East", "coordinator"), (f"br21_{tag}", "West", "broker"),
        (f"ma21_{tag}", "West", "manager")])
    with engine.connect() as c:
        counts = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
        access = c.execute(text("SELECT login, plan_id, person_id, until FROM plan_access "
                                "ORDER BY login, plan_id")).all()
        assert _indexes(c) >= set(OLD)
    workers = [f"co21_{tag}", f"br21_{tag}", f"ma21_{tag}"]
    urls = {w: f"postgresql+psycopg://{w}@{host}" for w in workers}
    before = {w: (_caseload(urls[w]), _readable(urls[w])) for w in workers}
    assert all(len(seen[0]) > 1 and seen[1] for seen in before.values()), before
    assert len({tuple(seen[1]) for seen in before.values()}) == 3  # each sees their own plans

    schema.upgrade(engine)
    with engine.connect() as c:
        assert schema.current_revision(c) == "0021_plan_access_live_index"
        assert {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES} == counts
        assert c.execute(text("SELECT login, plan_id, person_id, until FROM plan_access "
                              "ORDER BY login, plan_id")).all() == access
        found = _indexes(c)
        assert found >= set(NEW) and not found & set(OLD)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE plan_access"))
    assert {w: (_caseload(urls[w]), _readable(urls[w])) for w in workers} == before

    worker = create_engine(urls[workers[0]])
    with worker.connect() as c:
        c.execute(text("SET enable_seqscan = off"))  # (tables this small are otherwise read whole)
        plan = "\n".join(c.execute(text("EXPLAIN SELECT id FROM plan WHERE id = 1")).scalars())
    worker.dispose()
    assert "Index Only Scan using ix_plan_access_login_plan_live" in plan, plan  # the rule still runs

    config = schema.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0020_team_caseload_index")
    with engine.connect() as c:
        found = _indexes(c)
        assert found >= set(OLD) and not found & set(NEW)
        assert {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES} == counts
    assert {w: (_caseload(urls[w]), _readable(urls[w])) for w in workers} == before
    engine.dispose()
