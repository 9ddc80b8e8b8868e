"""The list of people read a page at a time (issue 17): the database searches and sorts, so each
person's `search_key` becomes what a search is compared with (case-folded and, new, accents taken
away: Gwyn finds Gŵyn in SQL too) and each person gains the Welsh order's key (`welsh_key`, see
`planner.domain.name_order`); both are filled in here for everyone already there and kept by the
ORM from then on.

Indexes walk the people not removed in each language's order, with the search key in them, so a
page and the count of a search are read from an index alone; a person's first plan and its status
likewise (for sorting and filtering by where plans are up to). On PostgreSQL the Welsh key compares
byte by byte ("C" collation); keys are cut short enough that an index entry never gets too big.

Revision ID: 0015_caseload_search
Revises: 0014_funding_shares
"""

import sqlalchemy as sa
from alembic import op

from planner.domain import name_order
from planner.storage import team_access

revision = "0015_caseload_search"
down_revision = "0014_funding_shares"
branch_labels = None
depends_on = None

WELSH_KEY_LENGTH = 300  # as planner.storage.models.WELSH_KEY_LENGTH when this was written
BATCH = 2000
HERE = "removed_at IS NULL"


def upgrade() -> None:
    bind = op.get_bind()
    postgresql = bind.dialect.name == "postgresql"
    welsh_type = sa.String(WELSH_KEY_LENGTH, collation="C") if postgresql else sa.String(WELSH_KEY_LENGTH)
    op.add_column("person", sa.Column("welsh_key", welsh_type, nullable=False, server_default=""))
    people = bind.execute(sa.text("SELECT id, name, preferred_name FROM person")).all()
    change = sa.text("UPDATE person SET search_key = :search_key, welsh_key = :welsh_key WHERE id = :id")
    for start in range(0, len(people), BATCH):
        bind.execute(change, [
            {"id": person_id, "search_key": name_order.english_key(name or "", preferred or ""),
             "welsh_key": name_order.welsh_key(name or "", preferred or "")[:WELSH_KEY_LENGTH]}
            for person_id, name, preferred in people[start:start + BATCH]])
    where = {"sqlite_where": sa.text(HERE), "postgresql_where": sa.text(HERE)}
    op.create_index("ix_person_caseload_en", "person", ["search_key", "id"], **where)
    op.create_index("ix_person_caseload_cy", "person", ["welsh_key", "id", "search_key"], **where)
    op.create_index("ix_plan_person_first", "plan", ["person_id", "id", "status"])
    team_access.apply(bind)


def downgrade() -> None:
    op.drop_index("ix_plan_person_first", table_name="plan")
    op.drop_index("ix_person_caseload_cy", table_name="person")
    op.drop_index("ix_person_caseload_en", table_name="person")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("welsh_key")
