"""A team's load on one PostgreSQL server (127.0.0.1 only): 300 workers in 40 teams, 50,000 plans,
many clients at once for a fixed time, each connected as its own worker: opening their caseload,
editing crisis-plan items (each based on what it read) and bringing in plan files.

Reports the caseload's p95, edits a second, lost updates (from the record of changes) and
cross-team reads (any row of a plan the worker may not see). The row-level security is the
database's; this only counts.

The clients are threads of this one Python process by default (as measured before issue 18: their
Python then takes turns, and competes with the server for the processors); with --processes each
client is its own process, as each worker has their own computer (the server still shares this
machine with them all). Each opening's own processor time in the client is reported too
(caseload_client_cpu_p50_ms: the thread's time, whichever way the clients run).

By default each client starts its next action as soon as the last one is done (as measured before
issue 18): 8 clients then keep the server as busy as it can be, more than 8 people ever would.
With --think S each client pauses between actions, for S seconds on average (drawn at random, so
they do not move in step), as a person reads what they opened before the next click; with
--processes too, that is a team of 8 people each at their own computer.

    python -m tests.benchmarks.bench_team_load [--plans 50000 --teams 40 --workers 300 --clients 8 --seconds 30]
                                               [--processes] [--think 2] [--explain]

With no --url a throwaway server is started (tests/postgres_server.py) and removed afterwards.
"""

import argparse
import multiprocessing
import random
import statistics
import threading
import time
import uuid
from dataclasses import dataclass, field

from sqlalchemy import create_engine, select, text

from planner.errors import ChangedMeanwhile, PlannerError
from planner.services import caseload_pages, items, plan_files, staying_well
from planner.storage.audit import AuditEvent
from planner.storage.database import Database

STATUSES = ("draft", "ready_for_panel", "at_panel", "agreed", "active")
BROKER = {"ready_for_panel", "at_panel", "agreed"}


@dataclass
class World:
    url: str
    tag: str
    teams: int
    plan_team: dict[int, int]  # plan -> team number
    plan_status: dict[int, str]
    plan_item: dict[int, int]  # plan -> its crisis-plan item
    workers: dict[str, tuple[str, int]]  # login -> (role, team number)

    def login_url(self, login: str) -> str:
        host = self.url.split("@", 1)[1]
        return f"postgresql+psycopg://{login}@{host}"

    def may_read(self, login: str, plan_id: int) -> bool:
        role, team = self.workers[login]
        if self.plan_team.get(plan_id) != team:
            return False
        return role in ("coordinator", "manager") or (role == "broker" and self.plan_status[plan_id] in BROKER)


@dataclass
class Stats:
    caseload_ms: list = field(default_factory=list)
    caseload_cpu_ms: list = field(default_factory=list)  # the client's own processor time an opening
    caseload_rows: list = field(default_factory=list)
    saved: list = field(default_factory=list)  # (item, text, seen)
    refused: int = 0
    imports: int = 0
    suspect_reads: list = field(default_factory=list)  # (login, plan) the world did not expect
    imported: dict = field(default_factory=dict)  # plan -> (team, status), made during the run
    errors: list = field(default_factory=list)
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:8])


def populate(url: str, teams: int = 40, workers: int = 300, plans: int = 50_000) -> World:
    """Teams, workers (as database roles) and plans, made quickly with SQL by the owner."""
    owner = Database.open(url=url)
    owner.close()
    tag = uuid.uuid4().hex[:6]
    engine = create_engine(url)
    roster: dict[str, tuple[str, int]] = {}
    per_team = max(-(-workers // teams), 4)  # rounded up; the last teams stop at `workers`
    with engine.begin() as c:
        c.execute(text("INSERT INTO team (name, created_at) SELECT 'Team ' || g, now() "
                       "FROM generate_series(1, :t) g"), {"t": teams})
        c.execute(text(
            "INSERT INTO person (name, preferred_name, pronouns, details_visibility, photo_description, "
            "photo_visibility, needs_easy_read, needs_large_text, needs_read_aloud, preferred_language, "
            "other_communication_needs, created_at, updated_at, search_key, team_id) "
            "SELECT 'Person ' || g, '', '', 'team', '', 'team', false, false, false, 'en', '', now(), now(), "
            "'person ' || g, (SELECT id FROM team WHERE name = 'Team ' || (1 + g % :t)) "
            "FROM generate_series(1, :n) g"), {"t": teams, "n": plans})
        c.execute(text(
            "INSERT INTO plan (person_id, title, status, started_on, created_at, updated_at) "
            "SELECT id, 'Plan', (ARRAY['draft','ready_for_panel','at_panel','agreed','active'])[1 + id % 5], "
            "current_date - (id % 400), now(), now() FROM person"))
        c.execute(text(
            "INSERT INTO goal (plan_id, position, title, status, working_on_now, made_on, visibility, created_at) "
            "SELECT id, 0, 'Back to the allotment', 'working', true, current_date, 'team', now() FROM plan"))
        # Three check-ins a goal (the caseload's last contact reads them through their goal's rule).
        c.execute(text(
            "INSERT INTO checkin (goal_id, happened_on, happened, reasons, other_reason, note, visibility, created_at) "
            "SELECT g.id, current_date - (g.id % 90) - 7 * k, 'yes', '', '', '', 'team', now() "
            "FROM goal g, generate_series(0, 2) k"))
        c.execute(text(
            "INSERT INTO staying_well_item (plan_id, section, position, topic, text, detail, on_card, visibility) "
            "SELECT id, 'what_helps', 0, '', 'A walk', '', false, 'team' FROM plan"))
        rows = c.execute(text("SELECT p.id, p.status, s.team_id, i.id FROM plan p JOIN person s ON s.id = p.person_id "
                              "JOIN staying_well_item i ON i.plan_id = p.id")).all()
        team_ids = dict(c.execute(text("SELECT id, name FROM team")).all())
        for t in range(1, teams + 1):
            for n in range(per_team):
                role = "coordinator" if n < per_team - 2 else ("broker" if n == per_team - 2 else "manager")
                login = f"w{tag}_{t}_{n}"
                roster[login] = (role, t)
                c.execute(text("SELECT smallsteps_add_worker(:l, :team, :r, NULL)"),
                          {"l": login, "team": f"Team {t}", "r": role})
                if len(roster) >= workers:
                    break
            if len(roster) >= workers:
                break
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        # As the server's autovacuum soon would (about a minute after the rows came, often in the
        # middle of a run): the planner knows the sizes, and the pages of rows no one is changing
        # are marked visible to all, so an index holding every column asked for is read alone.
        c.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    number = {team_id: int(name.split()[1]) for team_id, name in team_ids.items()}
    return World(url, tag, teams, {p: number[t] for p, _s, t, _i in rows}, {p: s for p, s, _t, _i in rows},
                 {p: i for p, _s, _t, i in rows}, roster)


def _client(world: World, login: str, seconds: float, seed: int, stats: Stats, lock, import_once: bool,
            think: float = 0.0) -> None:
    rng = random.Random(seed)
    db = Database.open(url=world.login_url(login))
    db.actor = login
    kind = staying_well.ITEM
    mine: list[int] = []
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            if think > 0:  # a person reading what they opened before the next click
                time.sleep(max(0.0, min(rng.expovariate(1 / think), deadline - time.monotonic())))
                if time.monotonic() >= deadline:
                    break
            roll = rng.random()
            try:
                if roll < 0.6 or not mine:
                    # Opening the caseload as the window does: its first page, how many match and
                    # everyone's count (caseload_pages; the rest is read as the list scrolls).
                    started, cpu = time.perf_counter(), time.thread_time()
                    window = caseload_pages.CaseloadWindow(db)
                    rows = window.fetch(caseload_pages.FIRST_PAGE)
                    shown, _everyone = window.count(), window.total()
                    took = (time.perf_counter() - started) * 1000
                    cpu = (time.thread_time() - cpu) * 1000
                    if rng.random() < 0.2:  # now and then the worker scrolls to the end (not timed)
                        while window.has_more():
                            rows += window.fetch(caseload_pages.PAGE)
                    # Judged after the run: a plan imported meanwhile is known to the world only then.
                    wrong = [(login, r.plan_id) for r in rows if not world.may_read(login, r.plan_id)]
                    mine = [r.plan_id for r in rows if r.plan_id in world.plan_item]
                    with lock:
                        stats.caseload_ms.append(took)
                        stats.caseload_cpu_ms.append(cpu)
                        stats.caseload_rows.append(shown)
                        stats.suspect_reads.extend(wrong)
                elif import_once and roll > 0.99:
                    document = plan_files.example_document()
                    plan_id = plan_files.add_document(db, document)  # into the worker's own team
                    import_once = False
                    with lock:
                        stats.imports += 1
                        stats.imported[plan_id] = (world.workers[login][1], document.data["plan"]["status"])
                else:
                    item_id = world.plan_item[rng.choice(mine)]
                    with db.session() as session:
                        seen = items.values_of(kind, items._get(session, kind, item_id))["text"]
                    # The run's own tag: two runs on one server never write the same text (the
                    # lost-update count matches each saved text to its record of changes).
                    new = f"{login} {stats.tag} {rng.random():.9f}"[:200]
                    try:
                        items.update(db, kind, item_id, {"text": new}, expected={"text": seen})
                    except ChangedMeanwhile:
                        with lock:
                            stats.refused += 1
                    else:
                        with lock:
                            stats.saved.append((item_id, new, seen))
            except PlannerError as error:
                with lock:
                    stats.errors.append(f"{login}: {error.message}")
    finally:
        db.close()


def _client_process(world: World, login: str, seconds: float, seed: int, tag: str, import_once: bool,
                    ready, results, think: float = 0.0) -> None:
    """One client as its own process: it starts with the others and sends back what it counted."""
    stats = Stats(tag=tag)
    ready.wait()
    try:
        _client(world, login, seconds, seed, stats, threading.Lock(), import_once, think)
    except Exception as error:  # noqa: BLE001 (said with the results, never lost in a child process)
        stats.errors.append(f"{login}: {error!r}")
    results.put(stats)


def _imports(world: World, login: str, index: int) -> bool:
    """Whether this client brings in a plan file once: the first two, if they are co-ordinators
    (a broker or a manager may not add a team's plans: the database rightly refuses them, which
    the run would count as an error)."""
    return index < 2 and world.workers[login][0] == "coordinator"


def _in_processes(world: World, chosen: list[str], seconds: float, seed: int, stats: Stats,
                  think: float = 0.0) -> None:
    context = multiprocessing.get_context("spawn")  # nothing of this process's connections is shared
    ready, results = context.Barrier(len(chosen) + 1), context.Queue()
    workers = [context.Process(target=_client_process,
                               args=(world, login, seconds, seed + i, stats.tag, _imports(world, login, i),
                                     ready, results, think))
               for i, login in enumerate(chosen)]
    for process in workers:
        process.start()
    ready.wait(timeout=120)  # every process has started Python and imported the program
    for _ in workers:
        part = results.get(timeout=seconds + 120)
        for name in ("caseload_ms", "caseload_cpu_ms", "caseload_rows", "saved", "suspect_reads", "errors"):
            getattr(stats, name).extend(getattr(part, name))
        stats.refused += part.refused
        stats.imports += part.imports
        stats.imported.update(part.imported)
    for process in workers:
        process.join(timeout=60)


def run(world: World, clients: int = 8, seconds: float = 30.0, seed: int = 1, processes: bool = False,
        think: float = 0.0) -> dict:
    rng = random.Random(seed)
    staff = [login for login, (role, _t) in world.workers.items() if role in ("coordinator", "broker", "manager")]
    chosen = rng.sample(staff, min(clients, len(staff)))
    # Two clients share a team, so that some edits meet (and are refused, never lost).
    if len(chosen) > 1:
        team_of_first = world.workers[chosen[0]][1]
        partner = [w for w, (r, t) in world.workers.items() if t == team_of_first and r == "coordinator"
                   and w != chosen[0]]
        if partner and world.workers[chosen[0]][0] == "coordinator":
            chosen[1] = partner[0]
    stats, lock = Stats(), threading.Lock()
    started = time.perf_counter()
    if processes:
        _in_processes(world, chosen, seconds, seed, stats, think)
        elapsed = seconds  # each process kept to its own time (starting Python is not counted)
    else:
        threads = [threading.Thread(target=_client, args=(world, login, seconds, seed + i, stats, lock,
                                                          _imports(world, login, i), think))
                   for i, login in enumerate(chosen)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    lost = _lost_updates(world, stats)
    for plan_id, (team, status) in stats.imported.items():
        world.plan_team[plan_id], world.plan_status[plan_id] = team, status
    cross_team = sum(1 for login, plan_id in stats.suspect_reads if not world.may_read(login, plan_id))
    ms = sorted(stats.caseload_ms)
    return {
        "clients": len(chosen), "clients_as": "processes" if processes else "threads of one process",
        "think_seconds": think,
        "seconds": round(elapsed, 1), "caseloads": len(ms),
        "caseload_rows_median": statistics.median(stats.caseload_rows) if stats.caseload_rows else 0,
        "caseload_p50_ms": round(ms[len(ms) // 2], 1) if ms else None,
        "caseload_p95_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.95))], 1) if ms else None,
        "caseload_client_cpu_p50_ms": round(statistics.median(stats.caseload_cpu_ms), 1) if ms else None,
        "edits_saved": len(stats.saved), "edits_refused": stats.refused,
        "edits_per_second": round(len(stats.saved) / elapsed, 1), "imports": stats.imports,
        "lost_updates": lost, "cross_team_reads": cross_team, "errors": stats.errors[:5],
        # (login, plan) of the first few, to look into (a person shown with no plan has None)
        "cross_team_examples": sorted({(login, plan_id) for login, plan_id in stats.suspect_reads
                                       if not world.may_read(login, plan_id)}, key=str)[:5],
    }


def _lost_updates(world: World, stats: Stats) -> int:
    engine = create_engine(world.url)
    edited = {item for item, _t, _s in stats.saved}
    with engine.connect() as c:
        changes = c.execute(select(AuditEvent.item_id, AuditEvent.old_value, AuditEvent.new_value)
                            .where(AuditEvent.item_kind == "staying_well_item", AuditEvent.field == "text",
                                   AuditEvent.item_id.in_(edited or {0}))).all()
    engine.dispose()
    replaced = {(item, new): old for item, old, new in changes}
    return sum(1 for item, new, seen in stats.saved if replaced.get((item, new)) != seen)


def explain_caseload(world: World, login: str) -> str:
    """The plan PostgreSQL chooses for the caseload's first page (the list opening), as that worker."""
    db = Database.open(url=world.login_url(login))
    try:
        window = caseload_pages.CaseloadWindow(db)
        with db.session() as session:
            sql = window.first_page_sql(session, caseload_pages.FIRST_PAGE)
            lines = session.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")).scalars().all()
    finally:
        db.close()
    return "\n".join(lines)


REFERENCE_QUERIES = (
    "SELECT person.id, person.name, plan.id, plan.status, plan_standing.panel_date FROM person "
    "LEFT JOIN plan ON plan.person_id = person.id LEFT JOIN plan_standing ON plan_standing.plan_id = plan.id "
    "WHERE person.removed_at IS NULL {extra} ORDER BY person.search_key, person.id, plan.id",
    "SELECT goal.plan_id, min(goal.title) FROM goal {join} WHERE goal.working_on_now {extra} GROUP BY goal.plan_id",
)


def rls_cost(world: World, login: str, repeats: int = 9) -> tuple[float, float]:
    """The caseload's two biggest queries as the worker (the rules choose the rows) and as the owner
    with the same team written into the query (no rules): median milliseconds of each, summed."""
    team_number = world.workers[login][1]
    timings = []
    for who, extra, join in ((login, "", ""), ("postgres", "AND person.team_id = :team",
                                                "JOIN plan ON plan.id = goal.plan_id JOIN person ON person.id = plan.person_id")):
        engine = create_engine(world.login_url(who), connect_args={"options": "-c jit=off"})  # as the program connects
        total = 0.0
        with engine.connect() as c:
            team_id = c.execute(text("SELECT id FROM team WHERE name = :n"), {"n": f"Team {team_number}"}).scalar()
            for query in REFERENCE_QUERIES:
                sql = text(query.format(extra=extra, join=join))
                runs = []
                for _ in range(repeats):
                    started = time.perf_counter()
                    c.execute(sql, {"team": team_id} if extra else {}).all()
                    runs.append((time.perf_counter() - started) * 1000)
                total += statistics.median(runs)
        engine.dispose()
        timings.append(round(total, 1))
    return timings[0], timings[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url")
    parser.add_argument("--plans", type=int, default=50_000)
    parser.add_argument("--teams", type=int, default=40)
    parser.add_argument("--workers", type=int, default=300)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--processes", action="store_true", help="each client its own process (default: threads)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="each client's pause between actions, seconds on average (default: none)")
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    server, url = None, args.url
    if url is None:
        from tests.postgres_server import Server

        server = Server()
        base = server.start()
        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text("CREATE DATABASE bench_load"))
        admin.dispose()
        url = f"{base}/bench_load"
    try:
        started = time.perf_counter()
        world = populate(url, args.teams, args.workers, args.plans)
        print(f"populated {len(world.plan_team)} plans, {len(world.workers)} workers in {args.teams} teams "
              f"in {time.perf_counter() - started:.0f} s")
        coordinator = next(w for w, (r, _t) in world.workers.items() if r == "coordinator")
        if args.explain:
            print(explain_caseload(world, coordinator))
        worker_ms, owner_ms = rls_cost(world, coordinator)
        print(f"caseload queries alone, one client: as the worker (rules) {worker_ms} ms, "
              f"as the owner with the team in the query {owner_ms} ms")
        for key, value in run(world, args.clients, args.seconds, processes=args.processes, think=args.think).items():
            print(f"{key}: {value}")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
