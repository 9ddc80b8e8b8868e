"""The team's server killed and restarted at random during edits and imports.

A client keeps editing crisis-plan items (each change based on what it read) and bringing in
plan files, noting each change only once it is committed. The server (a throwaway PostgreSQL on
127.0.0.1, fsync on) is stopped at once, as in a crash, at random moments and started again; after
each restart: `smallsteps check` must find the database healthy, every noted change must be there,
no plan may be half-written (every imported plan has all of its parts), and nothing may be written
twice (a change whose answer was lost is not repeated blindly: the next one is based on what is
really there, so it can't land twice).

    python -m tests.crash.team_faults --kills 50
"""

import argparse
import random
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import create_engine, func, select, text

from planner.errors import ChangedMeanwhile, PlannerError
from planner.services import health, items, people, plan_files, staying_well
from planner.storage.audit import AuditEvent
from planner.storage.database import Database
from planner.storage.goals_models import Goal
from planner.storage.models import Plan
from tests.postgres_server import Server


@dataclass
class Outcome:
    kills: int = 0
    acknowledged: int = 0
    imports: int = 0
    faults_seen: int = 0
    lost: int = 0
    half_plans: int = 0
    unhealthy: list = field(default_factory=list)
    twice: int = 0


def _client(url: str, item_ids: list[int], stop: threading.Event, acked: list, imported: list,
            outcome: Outcome, seed: int, import_share: float) -> None:
    rng = random.Random(seed)
    db = Database.open(url=url)
    db.actor = "client"
    kind = staying_well.ITEM
    document = plan_files.example_document()
    n = 0
    while not stop.is_set():
        n += 1
        try:
            if rng.random() < import_share:
                imported.append(plan_files.add_document(db, document))
            else:
                item_id = rng.choice(item_ids)
                with db.session() as session:
                    seen = items.values_of(kind, items._get(session, kind, item_id))["text"]
                new = f"edit {n}"
                items.update(db, kind, item_id, {"text": new}, expected={"text": seen})
                acked.append((item_id, new))
        except ChangedMeanwhile:
            pass
        except PlannerError:
            outcome.faults_seen += 1
            time.sleep(0.05)
    db.close()


def run(kills: int = 50, seed: int = 1, import_share: float = 0.1) -> Outcome:
    rng = random.Random(seed)
    server = Server()
    base = server.start(fsync=True)
    outcome = Outcome()
    try:
        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE faults"))
        admin.dispose()
        url = f"{base}/faults"
        owner = Database.open(url=url)
        plan_id = people.add_person(owner, "Through the storm").plan_id
        item_ids = [items.add(owner, staying_well.ITEM, plan_id, {"section": "what_helps", "text": "start",
                                                                 "visibility": "team"}).item_id for _ in range(5)]
        example_goals = None
        stop, acked, imported = threading.Event(), [], []
        client = threading.Thread(target=_client, args=(url, item_ids, stop, acked, imported, outcome, seed,
                                                           import_share))
        client.start()
        for _kill in range(kills):
            time.sleep(rng.uniform(0.2, 0.8))
            server.kill()
            time.sleep(rng.uniform(0.0, 0.3))
            server.restart()
            outcome.kills += 1
            done = len(acked)
            waited = time.monotonic()
            while len(acked) == done and time.monotonic() - waited < 20:
                time.sleep(0.05)  # the client carries on by itself once the server is back
            problems = _checked(owner, acked, imported, example_goals)
            example_goals = problems.pop("goals", example_goals)
            outcome.unhealthy += problems["unhealthy"]
            outcome.lost = problems["lost"]
            outcome.half_plans = problems["half"]
            outcome.twice = problems["twice"]
        stop.set()
        client.join()
        outcome.acknowledged, outcome.imports = len(acked), len(imported)
        owner.close()
    finally:
        server.stop()
    return outcome


def _checked(owner: Database, acked: list, imported: list, example_goals: int | None) -> dict:
    # What was acknowledged before the database is read: the client carries on meanwhile, and a
    # change acknowledged after the read is not lost, only not yet seen.
    acked, imported = list(acked), list(imported)
    for _attempt in range(50):
        try:
            unhealthy = health.check_database(owner)
            break
        except PlannerError:
            time.sleep(0.1)
    with owner.session() as session:
        written = session.execute(select(AuditEvent.item_id, AuditEvent.new_value, func.count())
                                  .where(AuditEvent.item_kind == "staying_well_item", AuditEvent.field == "text")
                                  .group_by(AuditEvent.item_id, AuditEvent.new_value)).all()
        goals = dict(session.execute(select(Plan.id, func.count(Goal.id)).join(Goal, Goal.plan_id == Plan.id)
                                     .where(Plan.id.in_(list(imported) or [0])).group_by(Plan.id)).all())
    present = {(item, new): count for item, new, count in written}
    lost = sum(1 for key in list(acked) if key not in present)
    twice = sum(1 for count in present.values() if count > 1)
    counts = set(goals.values())
    if example_goals is None and counts:
        example_goals = max(counts)
    half = sum(1 for plan in list(imported) if goals.get(plan) != example_goals)
    return {"unhealthy": unhealthy, "lost": lost, "half": half, "twice": twice, "goals": example_goals}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    outcome = run(args.kills, args.seed)
    print(f"{outcome.kills} kills in {time.perf_counter() - started:.0f} s: {outcome.acknowledged} acknowledged "
          f"changes and {outcome.imports} imports, {outcome.faults_seen} faults reported to the client, "
          f"{outcome.lost} lost, {outcome.half_plans} half-written plans, {outcome.twice} written twice, "
          f"{len(outcome.unhealthy)} health problems {outcome.unhealthy[:3]}")


if __name__ == "__main__":
    main()
