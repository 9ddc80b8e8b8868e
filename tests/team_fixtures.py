"""A populated team database for the access tests: two teams, every role in each, plans at every
stage, a frozen panel copy, an assigned broker and a worker who was removed. Built once a module
on the session's throwaway PostgreSQL server (tests/postgres_server.py)."""

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import create_engine, inspect, text

from planner.services import goals, people, plan_files, team
from planner.storage.database import Database

PANEL_DAY = dt.date(2026, 12, 3)
TEAMS = ("North", "South")
STATUSES = ("draft", "ready_for_panel", "at_panel", "agreed", "active")
BROKER_STATUSES = {"ready_for_panel", "at_panel", "agreed", "agreed_with_changes", "not_agreed"}


@dataclass
class Worker:
    login: str
    role: str
    team: str | None
    panel_date: dt.date | None = None


@dataclass
class TeamWorld:
    server: str  # the server's URL without a database
    name: str  # the database
    workers: list[Worker]
    plan_team: dict[int, str] = field(default_factory=dict)
    plan_status: dict[int, str] = field(default_factory=dict)
    plan_broker: dict[int, str] = field(default_factory=dict)
    copy_dates: dict[int, dt.date] = field(default_factory=dict)  # plans with a frozen copy

    def url(self, login: str = "postgres") -> str:
        host = self.server.split("@", 1)[1]
        return f"postgresql+psycopg://{login}@{host}/{self.name}"

    def open(self, login: str = "postgres") -> Database:
        return Database.open(url=self.url(login))

    def may_read(self, worker: Worker, plan_id: int) -> bool:
        """The rules, written out independently of the database's."""
        roles = {(w.role, w.team) for w in self.workers if w.login == worker.login}
        plan_team, status = self.plan_team[plan_id], self.plan_status[plan_id]
        if ("coordinator", plan_team) in roles or ("manager", plan_team) in roles:
            return True
        if ("broker", plan_team) in roles and status in BROKER_STATUSES:
            return True
        return self.plan_broker.get(plan_id) == worker.login and any(r == "broker" for r, _t in roles)

    def may_change(self, worker: Worker, plan_id: int) -> bool:
        roles = {(w.role, w.team) for w in self.workers if w.login == worker.login}
        plan_team, status = self.plan_team[plan_id], self.plan_status[plan_id]
        if ("coordinator", plan_team) in roles:
            return True
        if ("broker", plan_team) in roles and status in BROKER_STATUSES:
            return True
        return self.plan_broker.get(plan_id) == worker.login and any(r == "broker" for r, _t in roles)

    def packs_for(self, worker: Worker) -> set[int]:
        return {plan for plan, day in self.copy_dates.items()
                if worker.role == "panel" and self.plan_team[plan] == worker.team and day == worker.panel_date}


def build(server: str, plans_per_status: int = 1) -> TeamWorld:
    name = f"team_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    tag = name[-6:]  # roles belong to the whole server: each module's workers are its own
    workers = [Worker(f"admin_{tag}", "admin", None)]
    for team_name in TEAMS:
        low = team_name.lower()
        workers += [Worker(f"coord_{low}_{tag}", "coordinator", team_name),
                    Worker(f"broker_{low}_{tag}", "broker", team_name),
                    Worker(f"manager_{low}_{tag}", "manager", team_name),
                    Worker(f"panel_{low}_{tag}", "panel", team_name, PANEL_DAY)]
    world = TeamWorld(server, name, workers)
    owner = world.open()
    team.add_worker(owner, workers[0].login, None, "admin")
    boss = world.open(workers[0].login)
    for team_name in TEAMS:
        team.add_team(boss, team_name)
    for worker in workers[1:]:
        team.add_worker(boss, worker.login, worker.team, worker.role, worker.panel_date)
    # Someone who worked here once: their login is left, their roles are gone.
    team.add_worker(boss, f"gone_{tag}", "North", "coordinator")
    team.remove_worker(boss, f"gone_{tag}")
    world.workers.append(Worker(f"gone_{tag}", "removed", None))
    document = plan_files.example_document()
    for team_name in TEAMS:
        coordinator = world.open(f"coord_{team_name.lower()}_{tag}")
        for status in STATUSES:
            for _n in range(plans_per_status):
                if status == "at_panel" and team_name == TEAMS[0]:  # one whole plan (every part); the rest smaller
                    plan_id = plan_files.add_document(coordinator, document)
                else:
                    plan_id = people.add_person(coordinator, f"{team_name} {status} {_n}").plan_id
                    goals.add_goal(coordinator, plan_id, f"A goal of {team_name}", steps=["a first step"],
                                   visibility="team")
                world.plan_team[plan_id], world.plan_status[plan_id] = team_name, status
        coordinator.close()
    with owner.engine.begin() as connection:
        for plan_id, status in world.plan_status.items():
            connection.execute(text("UPDATE plan SET status = :s WHERE id = :p"), {"s": status, "p": plan_id})
            if status == "at_panel":
                connection.execute(text(
                    "INSERT INTO frozen_copy (plan_id, submitted_at, submitted_by, panel_date, plan_file, "
                    "plan_file_sha256, pack_pdf, pack_pdf_sha256, visibility) VALUES (:p, now(), 'test', :d, "
                    "'plan file', repeat('a', 64), '%PDF pack', repeat('b', 64), 'panel')"),
                    {"p": plan_id, "d": PANEL_DAY})
                world.copy_dates[plan_id] = PANEL_DAY
        # A North broker is assigned one of South's plans still being written.
        south_draft = next(p for p, t in world.plan_team.items() if t == "South" and world.plan_status[p] == "draft")
        connection.execute(text("UPDATE plan SET broker = :b WHERE id = :p"),
                           {"b": f"broker_north_{tag}", "p": south_draft})
        world.plan_broker[south_draft] = f"broker_north_{tag}"
    owner.close()
    boss.close()
    return world


def drop(world: TeamWorld) -> None:
    admin = create_engine(f"{world.server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{world.name}" WITH (FORCE)'))
    admin.dispose()


def rows_by_plan(connection) -> dict[str, dict[tuple, int]]:
    """Every row of every plan table (by primary key), with the plan it belongs to, as the owner
    sees them: found by following each table's required links up to a plan."""
    inspector = inspect(connection)
    names = inspector.get_table_names()
    info = {n: ({c["name"]: c["nullable"] for c in inspector.get_columns(n)}, inspector.get_foreign_keys(n),
                inspector.get_pk_constraint(n)["constrained_columns"]) for n in names}

    def plan_expr(table: str, alias: str, joins: list[str], depth: int = 0) -> str | None:
        columns, keys, _pk = info[table]
        if table == "plan":
            return f"{alias}.id"
        if "plan_id" in columns:
            return f"{alias}.plan_id"
        if table == "audit_event":
            return f"{alias}.chain"
        for key in keys:
            column = key["constrained_columns"][0]
            if columns.get(column, True) or depth > 4:
                continue
            parent = key["referred_table"]
            parent_alias = f"{alias}_{depth}"
            joins.append(f"JOIN {parent} {parent_alias} ON {parent_alias}.{key['referred_columns'][0]} = {alias}.{column}")
            found = plan_expr(parent, parent_alias, joins, depth + 1)
            if found:
                return found
            joins.pop()
        return None

    out = PlanRows()
    for table in names:
        if table in ("alembic_version", "team", "team_member", "shared_setting", "break_glass", "team_event",
                     "plan_access"):  # plan_access: who may read what (tests/test_plan_access.py)
            continue
        pk = info[table][2]
        joins: list[str] = []
        if table == "person":
            expr, joins = "p.id", ["JOIN plan p ON p.person_id = t.id"]
        else:
            expr = plan_expr(table, "t", joins)
        assert expr, f"{table} has no way to its plan"
        keys = ", ".join(f"t.{c}" for c in pk)
        rows = connection.execute(text(f"SELECT {keys}, {expr} FROM {table} t {' '.join(joins)}")).all()
        out[table] = {tuple(row[:-1]): row[-1] for row in rows}
        out.keys_of[table] = ", ".join(pk)
    return out


class PlanRows(dict):
    def __init__(self):
        super().__init__()
        self.keys_of: dict[str, str] = {}


def populated_at(pg_url: str, revision: str, workers: list[tuple[str, str, str]]):
    """A team database at an older `revision` with plans in it, for testing the next migration
    on: an administrator, the teams East and West, `workers` ((login, team, role), made as the
    owner), four example plans and four people with none, shared between the teams, and two of
    the West's plans with the panel (so its broker sees them). Returns the engine and the
    server's host part of the URL (`user@` goes before it)."""
    from planner.storage import schema

    engine = create_engine(pg_url)
    schema.upgrade(engine, revision)
    owner = Database(engine, None)
    tag = pg_url.rsplit("_", 1)[1][:8]
    team.add_worker(owner, f"adm{revision[2:4]}_{tag}", None, "admin")
    with engine.begin() as c:
        for name in ("East", "West"):
            c.execute(text("SELECT smallsteps_add_team(:n)"), {"n": name})
        for login, team_name, role in workers:
            c.execute(text("SELECT smallsteps_add_worker(:l, :t, :r, NULL)"), {"l": login, "t": team_name, "r": role})
    for _n in range(4):
        plan_files.add_example_plan(owner)
    for name in ("Aled Ŵyn", "Bethan Jones", "Ceri Ann", "Dai Llŷr"):
        people.add_person(owner, name)
    with engine.begin() as c:
        c.execute(text("UPDATE person SET team_id = (SELECT id FROM team WHERE name = "
                       "CASE WHEN person.id % 2 = 0 THEN 'East' ELSE 'West' END)"))
        c.execute(text("UPDATE plan SET status = 'at_panel' WHERE person_id IN "  # two the West's broker sees
                       "(SELECT id FROM person WHERE id % 2 = 1 ORDER BY id LIMIT 2)"))
    return engine, pg_url.split("@", 1)[1]
