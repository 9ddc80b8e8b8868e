"""Two clients editing the same item at random: no lost update.

Each client has its own connection (its own `Database`), reads the item, waits a random moment,
then saves a change based on what it read (`items.update(..., expected=...)`). Every change is
either refused (`ChangedMeanwhile`, reported) or saved; afterwards the record of changes must show
every saved change, each replacing exactly the value its client had read (a lost update would
replace a value its writer never saw).

    python -m tests.benchmarks.bench_lost_updates --url postgresql+psycopg://... [--edits 1000]

With no --url, a throwaway PostgreSQL server is started on 127.0.0.1 (tests/postgres_server.py).
"""

import argparse
import random
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import select

from planner.errors import ChangedMeanwhile
from planner.services import items, people, staying_well
from planner.storage.audit import AuditEvent
from planner.storage.database import Database


@dataclass
class Result:
    edits: int = 0
    saved: list = field(default_factory=list)  # (new text, the text it was based on)
    refused: int = 0
    lost: int = 0
    missing: int = 0
    seconds: float = 0.0


def _client(url: str, item_id: int, name: str, edits: int, seed: int, result: Result, lock) -> None:
    db = Database.open(url=url)
    db.actor = name
    rng = random.Random(seed)
    kind = staying_well.ITEM
    try:
        for n in range(edits):
            with db.session() as session:
                seen = items.values_of(kind, items._get(session, kind, item_id))
            time.sleep(rng.random() * 0.002)
            text = f"{name} {n}"
            try:
                items.update(db, kind, item_id, {"text": text}, expected={"text": seen["text"]})
            except ChangedMeanwhile:
                with lock:
                    result.refused += 1
            else:
                with lock:
                    result.saved.append((text, seen["text"]))
    finally:
        db.close()


def run(url: str, edits: int = 1000, seed: int = 1) -> Result:
    """`edits` changes in all, half by each client; checked against the record of changes."""
    db = Database.open(url=url)
    plan_id = people.add_person(db, "Two clients").plan_id
    item = items.add(db, staying_well.ITEM, plan_id, {"section": "what_helps", "text": "start",
                                                      "visibility": "team"})
    result, lock = Result(edits=edits), threading.Lock()
    started = time.perf_counter()
    threads = [threading.Thread(target=_client, args=(url, item.item_id, name, edits // 2, seed + i, result, lock))
               for i, name in enumerate(("client A", "client B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    with db.session() as session:
        changes = session.execute(
            select(AuditEvent.old_value, AuditEvent.new_value)
            .where(AuditEvent.item_kind == "staying_well_item", AuditEvent.item_id == item.item_id,
                   AuditEvent.field == "text").order_by(AuditEvent.id)).all()
        final = items.values_of(staying_well.ITEM, items._get(session, staying_well.ITEM, item.item_id))["text"]
    db.close()
    replaced = {new: old for old, new in changes}
    for text, seen in result.saved:
        if text not in replaced:
            result.missing += 1  # acknowledged, but not in the database
        elif replaced[text] != seen:
            result.lost += 1  # it wrote over a value its client never saw
    chain_ok = all(changes[i][0] == changes[i - 1][1] for i in range(1, len(changes)))
    if not chain_ok or (changes and final != changes[-1][1]):
        result.lost += 1
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url")
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    server = None
    url = args.url
    if url is None:
        import uuid

        from sqlalchemy import create_engine, text

        from tests.postgres_server import Server

        server = Server()
        base = server.start()
        engine = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        name = f"bench_{uuid.uuid4().hex[:8]}"
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        url = f"{base}/{name}"
    try:
        result = run(url, args.edits, args.seed)
    finally:
        if server is not None:
            server.stop()
    print(f"{result.edits} edits by two clients in {result.seconds:.1f} s: {len(result.saved)} saved, "
          f"{result.refused} refused (each reported), {result.lost} lost, {result.missing} missing")


if __name__ == "__main__":
    main()
