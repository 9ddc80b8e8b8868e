"""On PostgreSQL, the same guards SQLite has had since 0003 and 0007: the record of changes can't
be altered or deleted (except with its plan, when someone is deleted for good), and a copy sent to
the panel can't be changed or removed while its plan is there. Nothing to do on SQLite.

Revision ID: 0010_postgresql_guards
Revises: 0009_shared_settings
"""

from alembic import op

revision = "0010_postgresql_guards"
down_revision = "0009_shared_settings"
branch_labels = None
depends_on = None

FUNCTIONS = """
CREATE FUNCTION smallsteps_audit_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'The record of changes cannot be altered.'; END $$;

CREATE FUNCTION smallsteps_audit_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.chain = 0 OR EXISTS (SELECT 1 FROM plan WHERE plan.id = OLD.chain) THEN
    RAISE EXCEPTION 'The record of changes cannot be deleted.';
  END IF;
  RETURN OLD;
END $$;

CREATE FUNCTION smallsteps_frozen_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'A copy sent to the panel cannot be changed.'; END $$;

CREATE FUNCTION smallsteps_frozen_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM plan WHERE plan.id = OLD.plan_id) THEN
    RAISE EXCEPTION 'A copy sent to the panel cannot be removed.';
  END IF;
  RETURN OLD;
END $$;
"""

TRIGGERS = (
    ("audit_event_no_update", "UPDATE", "audit_event", "smallsteps_audit_no_update"),
    ("audit_event_no_delete", "DELETE", "audit_event", "smallsteps_audit_no_delete"),
    ("frozen_copy_no_update", "UPDATE", "frozen_copy", "smallsteps_frozen_no_update"),
    ("frozen_copy_no_delete", "DELETE", "frozen_copy", "smallsteps_frozen_no_delete"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTIONS)
    for name, event, table, function in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _event, table, function in TRIGGERS:
        op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
