"""Who may see and change what on a team database, enforced by PostgreSQL itself.

Each worker connects as their own database role. Three group roles carry the table privileges:
`smallsteps_staff` (co-ordinators, brokers, managers), `smallsteps_panel` (panel members: no table
at all, only the panel packs through `smallsteps_panel_packs()`) and `smallsteps_admin`
(workers, teams, settings; no plan content). Row-level security then narrows every table to the
rows of the plans a worker may see (`smallsteps_plans(writing)`); with no team, that is none.
The database's owner (who runs the migrations) is not bound by these rules: keep that login for
upgrades and backups.

`apply(connection)` (re)makes the functions, policies and grants for every table there is, so a
later migration that adds a table calls it again. SQLite (one person's computer) has none of this.
"""

from sqlalchemy import inspect, text

GROUPS = ("smallsteps_staff", "smallsteps_panel", "smallsteps_admin")
STAFF_ROLES = ("coordinator", "broker", "manager")
GROUP_OF_ROLE = {"coordinator": "smallsteps_staff", "broker": "smallsteps_staff",
                 "manager": "smallsteps_staff", "panel": "smallsteps_panel", "admin": "smallsteps_admin"}
# Plans a broker of the team sees: on their way to, with, or back from the panel.
BROKER_STATUSES = ("ready_for_panel", "at_panel", "agreed", "agreed_with_changes", "not_agreed")
BREAK_GLASS_HOURS = 1

# Tables with rules of their own (below); every other table reaches a plan through `plan_id` or
# through a parent that does, and is guarded by that plan.
SPECIAL = {"alembic_version", "team", "team_member", "break_glass", "team_event", "shared_setting",
           "audit_event", "person", "plan", "plan_access"}
DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp"
PLPGSQL = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp"
# PL/pgSQL keeps its queries' plans for the session: the rules cost little on every statement.
CACHED = "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp"

_BROKER = ", ".join(f"'{s}'" for s in BROKER_STATUSES)

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION smallsteps_is_owner() RETURNS boolean {DEFINER} AS $$
  SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
      OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.team'::regclass), 'MEMBER')
$$;
CREATE OR REPLACE FUNCTION smallsteps_is_admin() RETURNS boolean {DEFINER} AS $$
  SELECT smallsteps_is_owner()
      OR EXISTS (SELECT 1 FROM team_member WHERE login = session_user AND role = 'admin')
$$;
CREATE OR REPLACE FUNCTION smallsteps_my_teams(roles text[]) RETURNS SETOF integer {CACHED} ROWS 5 AS $$
BEGIN
  RETURN QUERY SELECT team_id FROM team_member
   WHERE login = session_user AND role = ANY(roles) AND team_id IS NOT NULL;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_plans(writing boolean) RETURNS SETOF integer {CACHED} ROWS 1000 AS $$
-- Each part runs only for a worker with that role, each driven by an index from the worker's teams.
BEGIN
  IF EXISTS (SELECT 1 FROM team_member WHERE login = session_user
              AND (role = 'coordinator' OR (role = 'manager' AND NOT writing))) THEN
    RETURN QUERY SELECT p.id FROM team_member m JOIN person s ON s.team_id = m.team_id
                   JOIN plan p ON p.person_id = s.id
                  WHERE m.login = session_user AND (m.role = 'coordinator' OR (m.role = 'manager' AND NOT writing));
  END IF;
  IF EXISTS (SELECT 1 FROM team_member WHERE login = session_user AND role = 'broker') THEN
    RETURN QUERY SELECT p.id FROM team_member m JOIN person s ON s.team_id = m.team_id
                   JOIN plan p ON p.person_id = s.id
                  WHERE m.login = session_user AND m.role = 'broker' AND p.status IN ({_BROKER});
    RETURN QUERY SELECT p.id FROM plan p WHERE p.broker = session_user;
  END IF;
  IF NOT writing AND EXISTS (SELECT 1 FROM team_member WHERE login = session_user
                              AND role IN ('coordinator', 'broker', 'manager')) THEN
    RETURN QUERY SELECT b.plan_id FROM break_glass b
                  WHERE b.login = session_user AND b.until > (now() AT TIME ZONE 'UTC');
  END IF;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_may_change(asked integer) RETURNS boolean {CACHED} AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM plan p JOIN person s ON s.id = p.person_id JOIN team_member m ON m.login = session_user
     WHERE p.id = asked
       AND ((m.team_id = s.team_id AND (m.role = 'coordinator' OR (m.role = 'broker' AND p.status IN ({_BROKER}))))
            OR (m.role = 'broker' AND p.broker = session_user)));
END $$;
CREATE OR REPLACE FUNCTION smallsteps_people(writing boolean) RETURNS SETOF integer {CACHED} ROWS 1000 AS $$
BEGIN
  IF NOT writing AND to_regclass('public.plan_access') IS NOT NULL THEN  -- kept by triggers (plan_access.py)
    RETURN QUERY SELECT s.id FROM team_member m JOIN person s ON s.team_id = m.team_id
                  WHERE m.login = session_user AND m.role IN ('coordinator', 'manager')
                 UNION SELECT a.person_id FROM plan_access a WHERE a.login = session_user
                   AND (a.until IS NULL OR a.until > (now() AT TIME ZONE 'UTC'));
    RETURN;
  END IF;
  RETURN QUERY SELECT s.id FROM team_member m JOIN person s ON s.team_id = m.team_id
                WHERE m.login = session_user AND (m.role = 'coordinator' OR (m.role = 'manager' AND NOT writing));
  IF EXISTS (SELECT 1 FROM team_member WHERE login = session_user AND role = 'broker')
     OR (NOT writing AND EXISTS (SELECT 1 FROM break_glass WHERE login = session_user)) THEN
    RETURN QUERY SELECT p.person_id FROM plan p WHERE p.id IN (SELECT smallsteps_plans(writing));
  END IF;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_coordinated_people() RETURNS SETOF integer {CACHED} ROWS 1000 AS $$
BEGIN
  RETURN QUERY SELECT s.id FROM team_member m JOIN person s ON s.team_id = m.team_id
                WHERE m.login = session_user AND m.role = 'coordinator';
END $$;
CREATE OR REPLACE FUNCTION smallsteps_team_of_person(person_id integer) RETURNS integer {DEFINER} AS $$
  SELECT team_id FROM person WHERE id = person_id
$$;
CREATE OR REPLACE FUNCTION smallsteps_default_team() RETURNS integer {DEFINER} AS $$
  SELECT m.team_id FROM team_member m JOIN team t ON t.id = m.team_id
   WHERE m.login = session_user AND m.role = 'coordinator' ORDER BY t.name LIMIT 1
$$;
CREATE OR REPLACE FUNCTION smallsteps_panel_packs()
RETURNS TABLE (copy_id integer, plan_id integer, person_name text, panel_date date,
               submitted_at timestamp, pack_pdf bytea, pack_pdf_sha256 text) {DEFINER} AS $$
  SELECT c.id, c.plan_id, s.name::text, c.panel_date, c.submitted_at, c.pack_pdf, c.pack_pdf_sha256::text
    FROM frozen_copy c JOIN plan p ON p.id = c.plan_id JOIN person s ON s.id = p.person_id
    JOIN team_member m ON m.team_id = s.team_id AND m.login = session_user AND m.role = 'panel'
   WHERE c.panel_date = m.panel_date
   ORDER BY s.search_key, c.id
$$;
CREATE OR REPLACE FUNCTION smallsteps_plan_directory()
RETURNS TABLE (plan_id integer, team text) {DEFINER} AS $$
  SELECT p.id, t.name::text FROM plan p JOIN person s ON s.id = p.person_id
    LEFT JOIN team t ON t.id = s.team_id
   WHERE smallsteps_is_admin() ORDER BY p.id
$$;
CREATE OR REPLACE FUNCTION smallsteps_forget_history(chains integer[]) RETURNS integer {PLPGSQL} AS $$
DECLARE gone integer;
BEGIN
  DELETE FROM audit_event a WHERE a.chain = ANY(chains) AND a.chain <> 0
     AND NOT EXISTS (SELECT 1 FROM plan WHERE plan.id = a.chain);
  GET DIAGNOSTICS gone = ROW_COUNT;
  RETURN gone;
END $$;
CREATE OR REPLACE FUNCTION smallsteps_refuse_change() RETURNS trigger {PLPGSQL} AS $$
BEGIN RAISE EXCEPTION 'This record can only be added to, never changed.' USING ERRCODE = '42501'; END $$;
"""

# Changing who may see what: each checks who is asking, inside the database.
MANAGEMENT = f"""
CREATE OR REPLACE FUNCTION smallsteps_refuse(message text) RETURNS void {PLPGSQL} AS $$
BEGIN RAISE EXCEPTION '%', message USING ERRCODE = '42501'; END $$;

CREATE OR REPLACE FUNCTION smallsteps_add_team(team_name text) RETURNS integer {PLPGSQL} AS $$
DECLARE new_id integer;
BEGIN
  IF NOT smallsteps_is_admin() THEN PERFORM smallsteps_refuse('only an administrator may add a team'); END IF;
  INSERT INTO team (name, created_at) VALUES (team_name, now() AT TIME ZONE 'UTC') RETURNING id INTO new_id;
  INSERT INTO team_event (at, actor, action, login, team_id, detail)
       VALUES (now() AT TIME ZONE 'UTC', session_user, 'add-team', '', new_id, team_name);
  RETURN new_id;
END $$;

CREATE OR REPLACE FUNCTION smallsteps_add_worker(worker text, team_name text, worker_role text,
                                                 worker_panel_date date) RETURNS void {PLPGSQL} AS $$
DECLARE found_team integer; grp text;
BEGIN
  IF NOT smallsteps_is_admin() THEN PERFORM smallsteps_refuse('only an administrator may add a worker'); END IF;
  IF worker !~ '^[a-z_][a-z0-9_.-]{{0,62}}$' OR worker LIKE 'pg\\_%' OR worker LIKE 'smallsteps\\_%' THEN
    PERFORM smallsteps_refuse('not a login name');
  END IF;
  grp := CASE worker_role WHEN 'coordinator' THEN 'smallsteps_staff' WHEN 'broker' THEN 'smallsteps_staff'
         WHEN 'manager' THEN 'smallsteps_staff' WHEN 'panel' THEN 'smallsteps_panel'
         WHEN 'admin' THEN 'smallsteps_admin' END;
  IF grp IS NULL THEN PERFORM smallsteps_refuse('not a role'); END IF;
  IF worker_role <> 'admin' THEN
    SELECT id INTO found_team FROM team WHERE name = team_name;
    IF found_team IS NULL THEN PERFORM smallsteps_refuse('no such team'); END IF;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = worker AND (rolsuper OR rolname = session_user)) THEN
    PERFORM smallsteps_refuse('that login cannot be a worker');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = worker) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', worker);
  END IF;
  EXECUTE format('GRANT %I TO %I', grp, worker);
  INSERT INTO team_member (login, team_id, role, panel_date, added_at, added_by)
       VALUES (worker, found_team, worker_role, worker_panel_date, now() AT TIME ZONE 'UTC', session_user)
  ON CONFLICT (login, team_id, role) DO UPDATE SET panel_date = EXCLUDED.panel_date;
  INSERT INTO team_event (at, actor, action, login, team_id, detail)
       VALUES (now() AT TIME ZONE 'UTC', session_user, 'add-worker', worker, found_team,
               worker_role || COALESCE(' ' || worker_panel_date::text, ''));
END $$;

CREATE OR REPLACE FUNCTION smallsteps_remove_worker(worker text) RETURNS integer {PLPGSQL} AS $$
DECLARE gone integer; grp text;
BEGIN
  IF NOT smallsteps_is_admin() THEN PERFORM smallsteps_refuse('only an administrator may remove a worker'); END IF;
  IF EXISTS (SELECT 1 FROM team_member WHERE login = worker AND role = 'admin')
     AND NOT EXISTS (SELECT 1 FROM team_member WHERE login <> worker AND role = 'admin') THEN
    PERFORM smallsteps_refuse('the last administrator cannot be removed');
  END IF;
  DELETE FROM team_member WHERE login = worker;
  GET DIAGNOSTICS gone = ROW_COUNT;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = worker) THEN
    FOREACH grp IN ARRAY ARRAY['smallsteps_staff', 'smallsteps_panel', 'smallsteps_admin'] LOOP
      EXECUTE format('REVOKE %I FROM %I', grp, worker);
    END LOOP;
  END IF;
  IF gone > 0 THEN
    INSERT INTO team_event (at, actor, action, login, detail)
         VALUES (now() AT TIME ZONE 'UTC', session_user, 'remove-worker', worker, '');
  END IF;
  RETURN gone;
END $$;

CREATE OR REPLACE FUNCTION smallsteps_move_plan(moved_plan integer, team_name text) RETURNS integer {PLPGSQL} AS $$
DECLARE from_team integer; to_team integer; who integer;
BEGIN
  SELECT s.id, s.team_id INTO who, from_team FROM plan p JOIN person s ON s.id = p.person_id WHERE p.id = moved_plan;
  IF who IS NULL THEN PERFORM smallsteps_refuse('no such plan'); END IF;
  IF NOT (smallsteps_is_admin() OR from_team IN (SELECT smallsteps_my_teams('{{manager}}'))) THEN
    PERFORM smallsteps_refuse('only an administrator or the team''s manager may move a plan');
  END IF;
  SELECT id INTO to_team FROM team WHERE name = team_name;
  IF to_team IS NULL THEN PERFORM smallsteps_refuse('no such team'); END IF;
  UPDATE person SET team_id = to_team WHERE id = who;
  INSERT INTO team_event (at, actor, action, team_id, plan_id, detail)
       VALUES (now() AT TIME ZONE 'UTC', session_user, 'move', to_team, moved_plan,
               COALESCE((SELECT name FROM team WHERE id = from_team), '') || ' -> ' || team_name);
  RETURN to_team;
END $$;

CREATE OR REPLACE FUNCTION smallsteps_break_glass(opened_plan integer, why text) RETURNS timestamp {PLPGSQL} AS $$
DECLARE its_team integer; ends timestamp;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM team_member WHERE login = session_user AND role IN ('coordinator', 'broker', 'manager')) THEN
    PERFORM smallsteps_refuse('only a worker in a team may open a plan this way');
  END IF;
  IF length(btrim(COALESCE(why, ''))) < 10 THEN PERFORM smallsteps_refuse('a reason is needed'); END IF;
  SELECT s.team_id INTO its_team FROM plan p JOIN person s ON s.id = p.person_id WHERE p.id = opened_plan;
  IF NOT FOUND THEN PERFORM smallsteps_refuse('no such plan'); END IF;
  ends := (now() AT TIME ZONE 'UTC') + interval '{BREAK_GLASS_HOURS} hour';
  INSERT INTO break_glass (at, login, plan_id, team_id, reason, what, until)
       VALUES (now() AT TIME ZONE 'UTC', session_user, opened_plan, its_team, btrim(why),
               'the whole plan as the team sees it, read-only, until ' || to_char(ends, 'YYYY-MM-DD HH24:MI') || ' UTC', ends);
  RETURN ends;
END $$;

CREATE OR REPLACE FUNCTION smallsteps_who(asked_plan integer)
RETURNS TABLE (login text, role text, why text) {PLPGSQL} AS $$
DECLARE its_team integer; its_status text; its_broker text;
BEGIN
  SELECT s.team_id, p.status, p.broker INTO its_team, its_status, its_broker
    FROM plan p JOIN person s ON s.id = p.person_id WHERE p.id = asked_plan;
  IF NOT FOUND OR NOT (smallsteps_is_admin() OR asked_plan IN (SELECT smallsteps_plans(false))) THEN
    PERFORM smallsteps_refuse('you may not see who can see this plan');
  END IF;
  RETURN QUERY
    SELECT m.login::text, m.role::text, 'coordinator of ' || t.name FROM team_member m JOIN team t ON t.id = m.team_id
     WHERE m.team_id = its_team AND m.role = 'coordinator'
    UNION ALL
    SELECT m.login::text, m.role::text, 'manager of ' || t.name FROM team_member m JOIN team t ON t.id = m.team_id
     WHERE m.team_id = its_team AND m.role = 'manager'
    UNION ALL
    SELECT m.login::text, m.role::text, 'broker of ' || t.name || ' (the plan is with the panel or on its way)'
      FROM team_member m JOIN team t ON t.id = m.team_id
     WHERE m.team_id = its_team AND m.role = 'broker' AND its_status IN ({_BROKER})
    UNION ALL
    SELECT DISTINCT m.login::text, 'broker'::text, 'the plan is assigned to them' FROM team_member m
     WHERE m.login = its_broker AND m.role = 'broker'
    UNION ALL
    SELECT m.login::text, m.role::text, 'panel of ' || m.panel_date::text || ': the panel pack only'
      FROM team_member m WHERE m.team_id = its_team AND m.role = 'panel'
       AND EXISTS (SELECT 1 FROM frozen_copy c WHERE c.plan_id = asked_plan AND c.panel_date = m.panel_date)
    UNION ALL
    SELECT b.login::text, 'break-glass'::text, 'opened with a reason, until ' || to_char(b.until, 'YYYY-MM-DD HH24:MI')
      FROM break_glass b WHERE b.plan_id = asked_plan AND b.until > (now() AT TIME ZONE 'UTC')
    UNION ALL
    SELECT m.login::text, m.role::text, 'administrator: who works where, not what the plan says'
      FROM team_member m WHERE m.role = 'admin'
    ORDER BY 1, 2;
END $$;

CREATE OR REPLACE FUNCTION smallsteps_plan_access_log(asked_plan integer)
RETURNS TABLE (at timestamp, login text, action text, detail text) {PLPGSQL} AS $$
DECLARE its_team integer;
BEGIN
  SELECT s.team_id INTO its_team FROM plan p JOIN person s ON s.id = p.person_id WHERE p.id = asked_plan;
  IF NOT (smallsteps_is_admin() OR its_team IN (SELECT smallsteps_my_teams('{{manager}}'))) THEN
    PERFORM smallsteps_refuse('only the team''s manager or an administrator may read the audit of a plan');
  END IF;
  RETURN QUERY
    SELECT b.at, b.login::text, 'break-glass'::text, b.reason || ' (' || b.what || ')' FROM break_glass b
     WHERE b.plan_id = asked_plan
    UNION ALL
    SELECT e.at, e.actor::text, e.action::text, e.detail FROM team_event e WHERE e.plan_id = asked_plan
    ORDER BY 1;
END $$;
"""

FUNCTION_NAMES = (
    "smallsteps_is_owner()", "smallsteps_is_admin()", "smallsteps_my_teams(text[])",
    "smallsteps_plans(boolean)", "smallsteps_may_change(integer)", "smallsteps_people(boolean)", "smallsteps_coordinated_people()", "smallsteps_team_of_person(integer)",
    "smallsteps_default_team()", "smallsteps_panel_packs()", "smallsteps_plan_directory()",
    "smallsteps_forget_history(integer[])", "smallsteps_refuse(text)", "smallsteps_add_team(text)",
    "smallsteps_add_worker(text, text, text, date)", "smallsteps_remove_worker(text)",
    "smallsteps_move_plan(integer, text)", "smallsteps_break_glass(integer, text)",
    "smallsteps_who(integer)", "smallsteps_plan_access_log(integer)",
)


def _groups_sql() -> str:
    made = "\n".join(
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
        f"CREATE ROLE {group} NOLOGIN; END IF;" for group in GROUPS)
    return f"DO $$ BEGIN\n{made}\nEND $$;"


def _plan_of(table: str, tables: dict, depth: int = 0) -> str | None:
    """An expression for the plan a row of `table` belongs to (None: it has no way to one)."""
    columns, foreign_keys = tables[table]
    if "plan_id" in columns:
        return f"{table}.plan_id"
    if depth > 4:
        return None
    for key in foreign_keys:
        parent, column = key["referred_table"], key["constrained_columns"][0]
        if len(key["constrained_columns"]) != 1 or columns.get(column, True) or parent in SPECIAL - {"plan"}:
            continue  # only a required link guards a row
        if parent == "plan":
            return f"{table}.{column}"
        inner = _plan_of(parent, tables, depth + 1)
        if inner:
            return f"(SELECT {inner} FROM {parent} WHERE {parent}.{key['referred_columns'][0]} = {table}.{column})"
    return None


def _read_condition(table: str, tables: dict, correlated: bool = True, access: bool = False) -> str | None:
    """Rows of the plans the worker may read: by `plan_id`, or through the parent's own rule.

    Through a parent, the row's own parent is looked up (by its key, under the parent's rule):
    the same rows as "the parent is among every parent row the worker may see", without making
    that whole set on every statement (migration 0017; `correlated=False` is the form before it).
    With `access` (migration 0019) a plan's row is found in `plan_access` by its key, too."""
    columns, foreign_keys = tables[table]
    if "plan_id" in columns:
        return plan_access.readable(f"{table}.plan_id") if access else "plan_id IN (SELECT smallsteps_plans(false))"
    for key in foreign_keys:
        parent, column = key["referred_table"], key["constrained_columns"][0]
        usable = len(key["constrained_columns"]) == 1 and not columns.get(column, True)
        if usable and parent not in SPECIAL - {"plan"} and (parent == "plan" or _plan_of(parent, tables)):
            if not correlated:
                return f"{column} IN (SELECT {key['referred_columns'][0]} FROM {parent})"
            return (f"EXISTS (SELECT 1 FROM {parent} AS ss_parent "
                    f"WHERE ss_parent.{key['referred_columns'][0]} = {table}.{column})")
    return None


def _policy(table: str, name: str, command: str, using: str | None = None, check: str | None = None) -> str:
    sql = f"DROP POLICY IF EXISTS {name} ON {table};\nCREATE POLICY {name} ON {table} FOR {command}"
    if using:
        sql += f" USING ({using})"
    if check:
        sql += f" WITH CHECK ({check})"
    return sql + ";"


def _content_policies(table: str, read: str, write: str) -> list[str]:
    return [
        _policy(table, f"ss_{table}_read", "SELECT", using=read),
        _policy(table, f"ss_{table}_add", "INSERT", check=write),
        _policy(table, f"ss_{table}_change", "UPDATE", using=write, check=write),
        _policy(table, f"ss_{table}_remove", "DELETE", using=write),
    ]


def statements(connection, correlated: bool = True, access: bool | None = None) -> list[str]:
    """Every statement that makes the rules, for the tables in the database now. `access`: read
    through the table `plan_access` (migration 0019; by default, when the database has it)."""

    inspector = inspect(connection)
    tables = {}
    for name in inspector.get_table_names():
        columns = {c["name"]: c["nullable"] for c in inspector.get_columns(name)}
        tables[name] = (columns, inspector.get_foreign_keys(name))
    access = "plan_access" in tables if access is None else access
    out = [_groups_sql(), FUNCTIONS, MANAGEMENT]
    for function in FUNCTION_NAMES:
        out.append(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC;")
        out.append(f"GRANT EXECUTE ON FUNCTION {function} TO {', '.join(GROUPS)};")
    out += [
        "ALTER FUNCTION smallsteps_audit_no_delete() SECURITY DEFINER SET search_path = public, pg_temp;",
        "ALTER FUNCTION smallsteps_frozen_no_delete() SECURITY DEFINER SET search_path = public, pg_temp;",
        "ALTER TABLE person ALTER COLUMN team_id SET DEFAULT smallsteps_default_team();",
        "GRANT SELECT ON alembic_version, team, team_member, shared_setting TO " + ", ".join(GROUPS) + ";",
        "GRANT INSERT, UPDATE, DELETE ON shared_setting TO smallsteps_admin;",
        "GRANT SELECT, INSERT ON audit_event TO smallsteps_staff, smallsteps_admin;",
        "GRANT SELECT ON break_glass, team_event TO smallsteps_staff, smallsteps_admin;",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO smallsteps_staff, smallsteps_admin;",
    ]
    for table in ("break_glass", "team_event"):
        out.append(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};")
        out.append(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION smallsteps_refuse_change();")
    for table in tables:
        if table != "alembic_version":
            out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;")
    # Teams and their members: everyone may read who works where; changes only by the functions.
    out.append(_policy("team", "ss_team_read", "SELECT", using="true"))
    out.append(_policy("team_member", "ss_team_member_read", "SELECT", using="true"))
    out.append(_policy("shared_setting", "ss_shared_setting_read", "SELECT", using="true"))
    out.append(_policy("shared_setting", "ss_shared_setting_admin", "ALL",
                       using="smallsteps_is_admin()", check="smallsteps_is_admin()"))
    managed = "team_id IN (SELECT smallsteps_my_teams('{manager}')) OR smallsteps_is_admin()"
    out.append(_policy("break_glass", "ss_break_glass_read", "SELECT",
                       using=f"login = session_user OR {managed}"))
    out.append(_policy("team_event", "ss_team_event_read", "SELECT",
                       using=f"login = session_user OR {managed}"))
    out.append(_policy("audit_event", "ss_audit_event_read", "SELECT",
                       using="chain = 0 OR " + (plan_access.readable("audit_event.chain") if access
                                                 else "chain IN (SELECT smallsteps_plans(false))")))
    out.append(_policy("audit_event", "ss_audit_event_add", "INSERT",
                       check="chain = 0 OR smallsteps_may_change(chain)"))
    coordinated = "team_id IN (SELECT smallsteps_my_teams('{coordinator}'))"
    people = (f"team_id IN (SELECT smallsteps_my_teams('{{coordinator,manager}}')) OR {plan_access.readable_person('person.id')}"
              if access else f"id IN (SELECT smallsteps_people(false)) OR {coordinated}")
    out += [
        _policy("person", "ss_person_read", "SELECT", using=people),
        _policy("person", "ss_person_add", "INSERT", check=coordinated),
        _policy("person", "ss_person_change", "UPDATE", using="id IN (SELECT smallsteps_people(true))",
                check=f"team_id IS NOT DISTINCT FROM smallsteps_team_of_person(id) OR {coordinated}"),
        _policy("person", "ss_person_remove", "DELETE", using=coordinated),
    ]
    coordinated_person = "person_id IN (SELECT smallsteps_people(true))"
    out += [
        _policy("plan", "ss_plan_read", "SELECT",
                using=(plan_access.readable("plan.id") if access else "id IN (SELECT smallsteps_plans(false))")
                + " OR person_id IN (SELECT smallsteps_coordinated_people())"),
        _policy("plan", "ss_plan_add", "INSERT", check=coordinated_person),
        _policy("plan", "ss_plan_change", "UPDATE", using="smallsteps_may_change(id)",
                check=f"smallsteps_may_change(id) AND {coordinated_person}"),
        _policy("plan", "ss_plan_remove", "DELETE", using="smallsteps_may_change(id)"),
    ]
    content = [t for t in tables if t not in SPECIAL]
    for table in content:
        read, plan = _read_condition(table, tables, correlated, access), _plan_of(table, tables)
        if read and plan:
            out += _content_policies(table, read, f"smallsteps_may_change({plan})")
        # A table with no way to its plan keeps row security on and no policy: no one sees a row.
    out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(content + ['person', 'plan'])} "
               "TO smallsteps_staff;")
    return out + (plan_access.statements() if access else [])


def apply(connection, correlated: bool = True, access: bool | None = None) -> None:
    """Make (or remake) the roles, functions, policies and grants (PostgreSQL only)."""
    if connection.dialect.name != "postgresql":
        return
    for statement in statements(connection, correlated, access):
        connection.execute(text(statement))


# Last: plan_access reads this module's constants (the rules' statuses and roles).
from planner.storage import plan_access  # noqa: E402
