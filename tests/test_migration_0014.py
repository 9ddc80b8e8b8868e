"""Migration 0014 (shared funding, goals served) on a populated 0010 database: nothing lost,
each item's one stream becomes one share of 100 %, and the budget reads the same."""

import sqlite3

from sqlalchemy import create_engine

from planner.domain.funding_shares import Share
from planner.services import support_lines
from planner.storage import schema
from planner.storage.database import Database

WHEN = "'2026-01-01'"
ROWS = [
    "INSERT INTO person (id, name, created_at, updated_at) VALUES (1, 'Siân', {w}, {w})",
    "INSERT INTO person (id, name, created_at, updated_at) VALUES (2, 'Dai', {w}, {w})",
    "INSERT INTO plan (id, person_id, created_at, updated_at) VALUES (1, 1, {w}, {w})",
    "INSERT INTO plan (id, person_id, created_at, updated_at) VALUES (2, 2, {w}, {w})",
    "INSERT INTO goal (id, plan_id, title, made_on, created_at) VALUES (1, 1, 'Allotment', {w}, {w})",
    "INSERT INTO step (goal_id, what, created_at) VALUES (1, 'Ring the council', {w})",
    "INSERT INTO budget_phase (id, plan_id, name, starts_on, ends_on) "
    "VALUES (1, 1, 'First weeks', '2026-09-01', '2026-10-12')",
    "INSERT INTO funding_stream (plan_id, stream, amount_pence) VALUES (1, 'social_care', 1000000)",
    "INSERT INTO support_line (id, plan_id, who, hours_x100, proactive_x100, rate_pence, stream, phase_id, "
    "purpose, visibility) VALUES (1, 1, 'Glanrafon', 1000, 1000, 2150, 'social_care', 1, 'Home', 'panel')",
    "INSERT INTO support_line (id, plan_id, who, hours_x100, proactive_x100, rate_pence, stream) "
    "VALUES (2, 1, 'Tŷ Newydd', 200, 200, 1900, 'joint')",
    "INSERT INTO support_line (id, plan_id, who, hours_x100, proactive_x100, rate_pence, stream) "
    "VALUES (3, 1, 'Gwen', 300, 300, 1400, '')",
    "INSERT INTO support_line (id, plan_id, who, hours_x100, proactive_x100, rate_pence, stream) "
    "VALUES (4, 2, 'Peer group', 200, 200, 600, 'health')",
    "INSERT INTO one_off_purchase (id, plan_id, what, amount_pence, stream, phase_id) "
    "VALUES (1, 1, 'Greenhouse', 34999, 'housing_support', 1)",
    "INSERT INTO one_off_purchase (id, plan_id, what, amount_pence, stream) VALUES (2, 2, 'Tools', 8550, '')",
    "INSERT INTO travel_item (id, plan_id, what, miles_x100, rate_pence, stream) "
    "VALUES (1, 1, 'Car', 1200, 45, 'section_117')",
    "INSERT INTO disagreement (plan_id, item_kind, item_id, created_at, text) "
    "VALUES (1, 'support_line', 1, {w}, 'Not enough hours')",
    "INSERT INTO hours_review (id, plan_id, starts_on, ends_on) VALUES (1, 1, '2026-09-01', '2026-11-30')",
    "INSERT INTO missed_visit (review_id, hours_x100, reason) VALUES (1, 200, 'away')",
]


def _counts(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    connection.close()
    return counts


def _populated_0010(folder):
    folder.mkdir()
    engine = create_engine(f"sqlite:///{folder / 'smallsteps.db'}")
    schema.upgrade(engine, "0010_postgresql_guards")
    with engine.begin() as connection:
        for row in ROWS:
            connection.exec_driver_sql(row.format(w=WHEN))
    engine.dispose()
    return folder / "smallsteps.db"


def test_0014_on_a_populated_0010_database_keeps_every_row(tmp_path):
    path = _populated_0010(tmp_path / "data")
    before = _counts(path)
    assert before["support_line"] == 4 and before["disagreement"] == 1 and before["missed_visit"] == 1

    db = Database.open(tmp_path / "data")
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        shares = connection.exec_driver_sql(
            "SELECT support_line_id, one_off_purchase_id, travel_item_id, stream, percent_x100, "
            "amount_pence, plan_id FROM funding_share ORDER BY id").fetchall()
        names = connection.exec_driver_sql("SELECT who FROM support_line ORDER BY id").fetchall()
    after = _counts(path)
    for table, count in before.items():
        if table not in ("alembic_version", "audit_event"):
            assert after[table] == count, table
    assert after["budget_goal_link"] == 0
    # one share of 100 % for each item that had a stream; none for "not chosen yet"
    assert shares == [
        (1, None, None, "social_care", 10000, None, 1), (2, None, None, "joint", 10000, None, 1),
        (4, None, None, "health", 10000, None, 2), (None, 1, None, "housing_support", 10000, None, 1),
        (None, None, 1, "section_117", 10000, None, 1),
    ]
    assert [n[0] for n in names] == ["Glanrafon", "Tŷ Newydd", "Gwen", "Peer group"]

    overview = support_lines.overview(db, 1)
    assert [line.shares for line in overview.lines] == [
        (Share("social_care", 100),), (Share("joint", 100),), ()]
    assert overview.lines[0].phase_id == 1 and overview.lines[0].purpose == "Home"
    # social care 10 h x £21.50 x 6 weeks = £1,290 (the line's phase); joint £1,976;
    # not chosen £2,184; housing £349.99; section 117 12 x £0.45 x 52 = £280.80
    assert {s.stream: s.spent for s in overview.totals.streams} == {
        "social_care": 1_290_00, "housing_support": 349_99, "section_117": 280_80, "joint": 1_976_00,
        None: 2_184_00}
    db.close()


def test_0014_goes_back_to_one_stream_an_item(tmp_path):
    from alembic import command

    path = _populated_0010(tmp_path / "data")
    Database.open(tmp_path / "data").close()
    engine = create_engine(f"sqlite:///{path}")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO funding_share (plan_id, support_line_id, position, stream, amount_pence) "
                       "VALUES (1, 1, 1, 'health', 1000)")
    connection.commit()
    connection.close()
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            config = schema.alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0013_row_versions")
        streams = conn.exec_driver_sql("SELECT stream FROM support_line ORDER BY id").fetchall()
    engine.dispose()
    assert [s[0] for s in streams] == ["joint", "joint", "", "health"]
