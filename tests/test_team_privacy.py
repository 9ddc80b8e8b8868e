"""What a team database may keep of a plan file: nothing marked "just me", links to such items
taken off, and copies sent to the panel kept only when their plan file holds nothing private."""

from planner.services import frozen_copies, plan_files
from planner.services.team_privacy import count_private, for_team


def test_copies_holding_private_items_stay_behind_and_clean_ones_travel(db):
    plan_id = plan_files.add_example_plan(db)
    frozen_copies.submit(db, plan_id, "2026-12-03")  # the whole plan, private items and all
    whole = plan_files.plan_document(db, plan_id)
    private_items = count_private(whole.data)
    result = for_team(whole)
    assert result.document.data["plan"]["frozen_copies"] == []
    assert not any(name.startswith("frozen/") for name in result.document.pictures)
    assert result.kept_private == private_items + 1 - count_private(whole.data["plan"]["frozen_copies"])
    assert count_private(result.document.data) == 0

    clean_id = plan_files.add_document(db, result.document)
    frozen_copies.submit(db, clean_id, "2026-12-03")
    clean = for_team(plan_files.plan_document(db, clean_id))
    assert clean.kept_private == 0 and len(clean.document.data["plan"]["frozen_copies"]) == 1
    assert sum(name.startswith("frozen/") for name in clean.document.pictures) == 2


def test_no_kind_of_item_can_be_marked_just_me_in_a_team_database_even_in_plain_sql(pg_db):
    """Every kind of item the example plan holds, brought into a team database: PostgreSQL itself
    refuses to mark any of them "just me" (migration 0016), whoever asks and however."""
    from sqlalchemy import inspect, text

    plan_files.add_example_plan(pg_db)
    refused = []
    with pg_db.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for column in [c["name"] for c in inspect(connection).get_columns(table) if c["name"].endswith("visibility")]:
                if table == "audit_event" or not connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar():
                    continue
                try:
                    with connection.begin_nested():
                        connection.execute(text(f'UPDATE "{table}" SET "{column}" = \'private\''))
                except Exception as error:  # noqa: BLE001 (the database's own refusal)
                    assert "team_keeps_no_private" in str(error)
                    refused.append((table, column))
                    continue
                raise AssertionError(f"{table}.{column} took 'private'")
        assert connection.execute(text("SELECT count(*) FROM need WHERE visibility = 'private'")).scalar() == 0
    assert len(refused) >= 20  # the example fills (nearly) every kind
