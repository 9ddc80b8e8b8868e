"""Who may read which plan, kept as rows (migration 0019; PostgreSQL team databases only).

The rules for reading a plan (`team_access`: co-ordinators and managers of the person's team,
brokers of the team once the plan is on its way to the panel, the broker it is assigned to, an
opening with a reason for its hour) are written once, as the view `plan_access_rules`. The table
`plan_access` holds that view's rows, kept by triggers whenever something the rules read changes:
a worker's roles and teams (`team_member`), a person moved to another team, a plan added or its
status, broker or person changed, a plan opened with a reason (`break_glass`), a plan removed (by
its foreign key). Row-level security then asks one indexed question per row ("is there a row for
me and this plan?") instead of making the set of every plan the worker may see on each statement.

Keeping it exact under concurrent changes: every refresh first takes one lock, so refreshes run
one after another, and each then reads the rules afresh (READ COMMITTED gives each statement a
new snapshot): a refresh never works from a state another refresh has since changed. A change at a
stricter isolation level would keep an old snapshot, so it is refused with a plain message.
A worker reads only their own rows (`login = session_user`). An opening with a reason carries its
end (`until`); past it, the row no longer counts.
"""

from planner.storage.team_access import BROKER_STATUSES, PLPGSQL, STAFF_ROLES

BROKER_IN = ", ".join(f"'{s}'" for s in BROKER_STATUSES)
STAFF_IN = ", ".join(f"'{r}'" for r in STAFF_ROLES)

LIVE = "(ss_a.until IS NULL OR ss_a.until > (now() AT TIME ZONE 'UTC'))"


def readable(plan: str) -> str:
    """A policy's condition: the worker may read the plan `plan` (an expression of the row)."""
    return (f"EXISTS (SELECT 1 FROM plan_access ss_a WHERE ss_a.login = session_user "
            f"AND ss_a.plan_id = {plan} AND {LIVE})")


def readable_person(person: str) -> str:
    """The worker may read some plan of the person `person` (a broker's, an opening's)."""
    return (f"EXISTS (SELECT 1 FROM plan_access ss_a WHERE ss_a.login = session_user "
            f"AND ss_a.person_id = {person} AND {LIVE})")


TABLE = """
CREATE TABLE IF NOT EXISTS plan_access (
  login text COLLATE "C" NOT NULL,  -- session_user's own collation: its index is then used
  plan_id integer NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
  person_id integer NOT NULL,
  until timestamp
);
CREATE INDEX IF NOT EXISTS ix_plan_access_login_plan ON plan_access (login, plan_id);
CREATE INDEX IF NOT EXISTS ix_plan_access_login_person ON plan_access (login, person_id);
CREATE INDEX IF NOT EXISTS ix_plan_access_plan ON plan_access (plan_id);
"""

DROP = """
DROP TRIGGER IF EXISTS ss_access_team_member ON team_member;
DROP TRIGGER IF EXISTS ss_access_person_moved ON person;
DROP TRIGGER IF EXISTS ss_access_plan_added ON plan;
DROP TRIGGER IF EXISTS ss_access_plan_changed ON plan;
DROP TRIGGER IF EXISTS ss_access_break_glass ON break_glass;
DROP TABLE IF EXISTS plan_access;
DROP VIEW IF EXISTS plan_access_rules;
DROP FUNCTION IF EXISTS smallsteps_refresh_access(text[], integer[]);
DROP FUNCTION IF EXISTS smallsteps_access_team_member();
DROP FUNCTION IF EXISTS smallsteps_access_person_moved();
DROP FUNCTION IF EXISTS smallsteps_access_plan_added();
DROP FUNCTION IF EXISTS smallsteps_access_plan_changed();
DROP FUNCTION IF EXISTS smallsteps_access_break_glass();
"""

# The rules, once. Read by the owner only (the triggers); workers read their rows of the table.
RULES = f"""
CREATE OR REPLACE VIEW plan_access_rules AS
  SELECT m.login::text AS login, p.id AS plan_id, p.person_id, NULL::timestamp AS until
    FROM team_member m JOIN person s ON s.team_id = m.team_id JOIN plan p ON p.person_id = s.id
   WHERE m.role IN ('coordinator', 'manager') OR (m.role = 'broker' AND p.status IN ({BROKER_IN}))
  UNION
  SELECT p.broker::text, p.id, p.person_id, NULL::timestamp FROM plan p
   WHERE EXISTS (SELECT 1 FROM team_member m WHERE m.login = p.broker AND m.role = 'broker')
  UNION
  SELECT b.login::text, p.id, p.person_id, max(b.until) FROM break_glass b JOIN plan p ON p.id = b.plan_id
   WHERE b.until > (now() AT TIME ZONE 'UTC')
     AND EXISTS (SELECT 1 FROM team_member m WHERE m.login = b.login AND m.role IN ({STAFF_IN}))
   GROUP BY b.login, p.id, p.person_id;
REVOKE ALL ON plan_access_rules FROM PUBLIC;
"""

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION smallsteps_refresh_access(logins text[], plans integer[]) RETURNS void {PLPGSQL} AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'Who may see which plan can only be changed at the READ COMMITTED isolation level.'
      USING ERRCODE = '25001';
  END IF;
  LOCK TABLE plan_access IN SHARE ROW EXCLUSIVE MODE;
  IF logins IS NOT NULL AND plans IS NOT NULL THEN
    DELETE FROM plan_access WHERE login = ANY(logins) AND plan_id = ANY(plans);
    INSERT INTO plan_access SELECT * FROM plan_access_rules r WHERE r.login = ANY(logins) AND r.plan_id = ANY(plans);
  ELSIF logins IS NOT NULL THEN
    DELETE FROM plan_access WHERE login = ANY(logins);
    INSERT INTO plan_access SELECT * FROM plan_access_rules r WHERE r.login = ANY(logins);
  ELSIF plans IS NOT NULL THEN
    DELETE FROM plan_access WHERE plan_id = ANY(plans);
    INSERT INTO plan_access SELECT * FROM plan_access_rules r WHERE r.plan_id = ANY(plans);
  ELSE
    DELETE FROM plan_access;
    INSERT INTO plan_access SELECT * FROM plan_access_rules;
  END IF;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_access_team_member() RETURNS trigger {PLPGSQL} AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM smallsteps_refresh_access(ARRAY[NEW.login::text], NULL);
  ELSIF TG_OP = 'DELETE' THEN PERFORM smallsteps_refresh_access(ARRAY[OLD.login::text], NULL);
  ELSE PERFORM smallsteps_refresh_access(ARRAY[OLD.login::text, NEW.login::text], NULL);
  END IF;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_access_person_moved() RETURNS trigger {PLPGSQL} AS $$
BEGIN
  PERFORM smallsteps_refresh_access(NULL, ARRAY(SELECT id FROM plan WHERE person_id = NEW.id));
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_access_plan_added() RETURNS trigger {PLPGSQL} AS $$
BEGIN
  PERFORM smallsteps_refresh_access(NULL, ARRAY(SELECT id FROM added_plans));
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_access_plan_changed() RETURNS trigger {PLPGSQL} AS $$
BEGIN
  PERFORM smallsteps_refresh_access(NULL, ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_access_break_glass() RETURNS trigger {PLPGSQL} AS $$
BEGIN
  PERFORM smallsteps_refresh_access(ARRAY[NEW.login::text], ARRAY[NEW.plan_id]);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER ss_access_team_member AFTER INSERT OR UPDATE OR DELETE ON team_member
  FOR EACH ROW EXECUTE FUNCTION smallsteps_access_team_member();
CREATE OR REPLACE TRIGGER ss_access_person_moved AFTER UPDATE OF team_id ON person
  FOR EACH ROW WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id) EXECUTE FUNCTION smallsteps_access_person_moved();
CREATE OR REPLACE TRIGGER ss_access_plan_added AFTER INSERT ON plan REFERENCING NEW TABLE AS added_plans
  FOR EACH STATEMENT EXECUTE FUNCTION smallsteps_access_plan_added();
CREATE OR REPLACE TRIGGER ss_access_plan_changed AFTER UPDATE OF person_id, status, broker ON plan
  FOR EACH ROW WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.status IS DISTINCT FROM NEW.status
                     OR OLD.broker IS DISTINCT FROM NEW.broker)
  EXECUTE FUNCTION smallsteps_access_plan_changed();
CREATE OR REPLACE TRIGGER ss_access_break_glass AFTER INSERT ON break_glass
  FOR EACH ROW EXECUTE FUNCTION smallsteps_access_break_glass();
"""

FUNCTION_NAMES = ("smallsteps_refresh_access(text[], integer[])", "smallsteps_access_team_member()",
                  "smallsteps_access_person_moved()", "smallsteps_access_plan_added()",
                  "smallsteps_access_plan_changed()", "smallsteps_access_break_glass()")


def statements() -> list[str]:
    """The rules' view, the triggers that keep the table, its own rule, and the table refilled."""
    out = [RULES, FUNCTIONS]
    # Only the triggers call these (as their owner); no worker may refresh anything by hand.
    out += [f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC;" for name in FUNCTION_NAMES]
    out += [
        "ALTER TABLE plan_access ENABLE ROW LEVEL SECURITY;",
        "DROP POLICY IF EXISTS ss_plan_access_read ON plan_access;",
        "CREATE POLICY ss_plan_access_read ON plan_access FOR SELECT USING (login = session_user);",
        "GRANT SELECT ON plan_access TO smallsteps_staff, smallsteps_panel, smallsteps_admin;",
        "SELECT smallsteps_refresh_access(NULL, NULL);",
        "ANALYZE plan_access;",  # so the planner knows its size at once (not at autovacuum's next round)
    ]
    return out
