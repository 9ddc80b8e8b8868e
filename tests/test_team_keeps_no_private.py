"""Nothing marked "just me" is stored in a team database, whatever writes it (issue 18, item 5):
PostgreSQL itself refuses it (migration 0016), new items there default to the person's support
team, and every page's "just me" goes through one question that takes the item out of the team's
copy (ui.commands.just_me)."""

import pytest
from sqlalchemy import inspect, text

from planner.errors import InvalidInput
from planner.services import goals, items, needs, people, staying_well


def _guarded(connection) -> list[tuple[str, str]]:
    inspector = inspect(connection)
    return [(table, column["name"]) for table in inspector.get_table_names() if table != "audit_event"
            for column in inspector.get_columns(table) if column["name"].endswith("visibility")]


def test_postgresql_refuses_just_me_and_new_items_start_at_the_team(pg_db, db):
    """Plain SQL as the owner: every column saying who may see an item refuses "private"; a
    service asked for it says so plainly and changes nothing; new items start at the team there
    (just me on SQLite, as before)."""
    with pg_db.engine.connect() as connection:
        columns = _guarded(connection)
        checks = {row[0] for row in connection.execute(text(
            "SELECT conname FROM pg_constraint WHERE contype = 'c' AND conname LIKE 'team_keeps_no_private%'"))}
    assert len(columns) > 25  # every kind of item, and the person's details, photo, contacts
    assert {f"team_keeps_no_private_{table}_{column}" for table, column in columns} <= checks
    plan_id = people.add_person(pg_db, "Ceri").plan_id
    need = needs.add_need(pg_db, plan_id, "personal_care", "sleep", "social_care", "team")
    with pg_db.engine.connect() as connection:
        with pytest.raises(Exception, match="team_keeps_no_private"):
            connection.execute(text("UPDATE need SET visibility = 'private' WHERE id = :id"), {"id": need.need_id})
        connection.rollback()

    with pytest.raises(InvalidInput) as refused:
        needs.add_need(pg_db, plan_id, "personal_care", "sleep", "social_care", "private")
    assert refused.value.field == "visibility" and "just me" in refused.value.message
    assert len(needs.list_needs(pg_db, plan_id)) == 1
    item = items.add(pg_db, staying_well.ITEM, plan_id, {"section": "what_helps", "text": "a walk"})
    with pytest.raises(InvalidInput):
        items.update(pg_db, staying_well.ITEM, item.item_id, {"visibility": "private"})
    with pg_db.session() as session:
        assert items._get(session, staying_well.ITEM, item.item_id).visibility == "team"

    for database, expected in ((pg_db, "team"), (db, "private")):
        person = people.add_person(database, "Ceri")
        need = needs.add_need(database, person.plan_id, "personal_care", "sleep", "social_care")
        goal = goals.add_goal(database, person.plan_id, "Sleep better")
        item = items.add(database, staying_well.ITEM, person.plan_id, {"section": "what_helps", "text": "tea"})
        assert (need.visibility, goal.visibility, item.visibility) == (expected,) * 3
        with database.engine.connect() as connection:
            row = connection.execute(text("SELECT details_visibility, photo_visibility FROM person WHERE id = :id"),
                                     {"id": person.person_id}).one()
        assert tuple(row) == (expected, expected)


def test_just_me_on_any_page_asks_then_takes_it_out(pg_db, db, qt_settings, qtbot):
    """The one mechanism (ui.commands.just_me) for every kind: a need, an About me answer, a week
    entry and a support-plan list item, marked "just me" on a team database; and the choice
    itself says so there."""
    from planner.domain.about_me import AREA_KEYS
    from planner.domain.life_charts import DAYS, TIMES
    from planner.services import about_me, week
    from ui.commands.about_me import EditAnswerCommand
    from ui.commands.goals import EditNeedCommand
    from ui.commands.items import EditItemCommand
    from ui.commands.life_charts import WEEK
    from ui.commands.life_charts import EditItemCommand as EditChartItemCommand
    from ui.session import Session
    from ui.widgets.visibility import VisibilityCombo

    session = Session(pg_db)
    combo = VisibilityCombo()
    qtbot.addWidget(combo)
    assert combo.visibility() == "team" and "team's database" in combo.itemText(0)
    assert "asks first" in combo.toolTip() and combo.accessibleDescription() == combo.toolTip()

    plan_id = people.add_person(pg_db, "Ceri").plan_id
    need = needs.add_need(pg_db, plan_id, "personal_care", "help to wash", "social_care")
    answer_row = about_me.add_answer(pg_db, plan_id, AREA_KEYS[0], text="I like mornings")
    entry = week.add_entry(pg_db, plan_id, DAYS[0], TIMES[0], "Swimming")
    item = items.add(pg_db, staying_well.ITEM, plan_id, {"section": "what_helps", "text": "a walk"})

    def commands():
        return [
            EditNeedCommand(session, plan_id, need.need_id, "visibility", "team", "private"),
            EditAnswerCommand(session, plan_id, answer_row.answer_id, {"visibility": "team"},
                              {"visibility": "private"}),
            EditChartItemCommand(session, WEEK, plan_id, entry.entry_id, {"visibility": "team"},
                                 {"visibility": "private"}),
            EditItemCommand(session, plan_id, staying_well.ITEM, item.item_id, {"visibility": "team"},
                            {"visibility": "private"}),
        ]

    def kept():
        with pg_db.engine.connect() as connection:
            return [connection.execute(text(f"SELECT count(*), min(visibility) FROM {table}")).one()
                    for table in ("need", "about_me_answer", "week_entry", "staying_well_item")]

    for answer in ("no", "yes"):
        asked = []
        session.ask = lambda title, question, answer=answer, asked=asked: asked.append(question) or answer == "yes"
        for command in commands():
            message = session.execute(command)
            assert (message is None) == (answer == "yes")
        assert len(asked) == 4 and all("team's copy" in question for question in asked)
        assert kept() == ([(0, None)] * 4 if answer == "yes" else [(1, "team")] * 4)
    for _command in range(4):  # Undo puts each back as the team saw it
        session.undo_stack.undo()
    assert kept() == [(1, "team")] * 4
    session.undo_stack.clear()

    Session(db)  # the person's own computer: as before
    combo = VisibilityCombo()
    qtbot.addWidget(combo)
    assert combo.visibility() == "private" and combo.itemText(0) == "Just me" and not combo.toolTip()


def test_0016_on_a_populated_team_database_keeps_every_row(pg_url):
    """Upgraded from 0015 with plans in it (an item marked "just me" written before among them):
    every row stays (nothing deleted behind anyone's back), the old private item too, and from
    then on nothing private can be written; back down to 0015 the guards go."""
    from sqlalchemy import create_engine

    from planner.services import plan_files
    from planner.storage import schema
    from planner.storage.database import Database

    engine = create_engine(pg_url)
    schema.upgrade(engine, "0015_caseload_search")
    before_db = Database(engine, None)  # not Database.open, which would bring it up to date at once
    plan_id = plan_files.add_example_plan(before_db)
    with engine.begin() as connection:  # a Small Steps from before 0016 could write "private"
        connection.execute(text("UPDATE need SET visibility = 'private' WHERE id = (SELECT min(id) FROM need)"))
        counts = {table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                  for table in inspect(connection).get_table_names()}
    schema.upgrade(engine)
    with engine.begin() as connection:
        assert {table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                for table in counts} == counts
        assert connection.execute(text("SELECT count(*) FROM need WHERE visibility = 'private'")).scalar() == 1
    with pytest.raises(InvalidInput):
        needs.add_need(before_db, plan_id, "personal_care", "sleep", "social_care", "private")
    from alembic import command

    config = schema.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015_caseload_search")
    with engine.begin() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM pg_constraint WHERE conname LIKE 'team_keeps_no_private%'")).scalar() == 0
    engine.dispose()
