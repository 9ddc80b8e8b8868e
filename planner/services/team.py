"""A team database's workers, teams and access: the use-cases behind `smallsteps team ...`.

Every rule is the database's own (roles and row-level security, `planner.storage.team_access`);
what is checked here first only turns a refusal into one plain line before the database is asked.
A SQLite file is one person's plans and has no teams: each of these says so.
"""

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from planner.errors import AccessRefused, InvalidInput, NotFound, PlannerError
from planner.i18n import _
from planner.storage.database import Database
from planner.storage.models import Plan
from planner.storage.team_models import ROLES, BreakGlass, Team, TeamMember

LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")
REASON_MIN = 10


@dataclass(frozen=True)
class Membership:
    team: str | None
    role: str
    panel_date: dt.date | None


@dataclass(frozen=True)
class Access:
    login: str
    role: str
    why: str


@dataclass(frozen=True)
class AccessEntry:
    at: dt.datetime
    login: str
    action: str
    detail: str


@dataclass(frozen=True)
class BreakGlassEntry:
    at: dt.datetime
    login: str
    plan_id: int
    team: str
    reason: str
    what: str


@dataclass(frozen=True)
class PanelPack:
    copy_id: int
    plan_id: int
    person_name: str
    panel_date: dt.date | None
    submitted_at: dt.datetime
    pack_pdf: bytes
    pack_pdf_sha256: str


def require_team_database(db: Database) -> None:
    if db.is_sqlite:
        raise PlannerError(_("Teams belong to a team database (PostgreSQL). These plans are kept in "
                             "one person's file, which has no teams."))


def _call(db: Database, sql: str, **params) -> list:
    """Run one of the database's own functions; its refusal becomes one plain line."""
    try:
        with db.session() as session:
            return session.execute(text(sql), params).all()
    except AccessRefused:
        raise
    except PlannerError as error:
        cause = error.__cause__
        if isinstance(cause, DBAPIError) and "unique" in str(cause.orig).lower():
            raise InvalidInput(_("That is there already.")) from None
        raise


def my_memberships(db: Database) -> list[Membership]:
    require_team_database(db)
    with db.session() as session:
        rows = session.execute(
            select(Team.name, TeamMember.role, TeamMember.panel_date)
            .select_from(TeamMember).outerjoin(Team, Team.id == TeamMember.team_id)
            .where(TeamMember.login == text("session_user")).order_by(Team.name, TeamMember.role)
        ).all()
    return [Membership(*row) for row in rows]


def is_admin(db: Database) -> bool:
    return bool(_call(db, "SELECT smallsteps_is_admin()")[0][0])


def _team_id(db: Database, name: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Team.id).where(Team.name == name))
    if found is None:
        raise NotFound(_("There is no team called '{team}'. 'smallsteps team teams' lists them.").format(team=name))
    return found


def clean_team_name(name: object) -> str:
    words = " ".join(str(name or "").split())
    if not words or len(words) > 100:
        raise InvalidInput(_("A team's name is 1 to 100 letters."))
    return words


def add_team(db: Database, name: str) -> int:
    require_team_database(db)
    words = clean_team_name(name)
    if not is_admin(db):
        raise AccessRefused(_("Only an administrator may add a team."))
    return int(_call(db, "SELECT smallsteps_add_team(:name)", name=words)[0][0])


def list_teams(db: Database) -> list[str]:
    require_team_database(db)
    with db.session() as session:
        return list(session.scalars(select(Team.name).order_by(Team.name)))


def add_worker(db: Database, login: str, team: str | None, role: str,
               panel_date: dt.date | None = None) -> None:
    """Give a worker a role in a team (an administrator needs no team); the database makes their
    login role if it is missing (with no password: see the README)."""
    require_team_database(db)
    if not LOGIN.match(login or "") or login.startswith(("pg_", "smallsteps_")):
        raise InvalidInput(_("'{login}' can't be a login: use small letters, digits, _ . or -, "
                             "starting with a letter.").format(login=login))
    if role not in ROLES:
        raise InvalidInput(_("Choose a role: {roles}.").format(roles=", ".join(ROLES)))
    if role != "admin" and not team:
        raise InvalidInput(_("Say which team: --team NAME."))
    if role == "panel" and panel_date is None:
        raise InvalidInput(_("A panel member reads the packs of one panel: add --panel-date YYYY-MM-DD."))
    if not is_admin(db):
        raise AccessRefused(_("Only an administrator may add a worker."))
    if role != "admin":
        _team_id(db, team or "")
    _call(db, "SELECT smallsteps_add_worker(:login, :team, :role, :panel_date)",
          login=login, team=team if role != "admin" else None, role=role, panel_date=panel_date)


def remove_worker(db: Database, login: str) -> int:
    require_team_database(db)
    if not is_admin(db):
        raise AccessRefused(_("Only an administrator may remove a worker."))
    with db.session() as session:
        admins = set(session.scalars(select(TeamMember.login).where(TeamMember.role == "admin")))
        known = session.scalar(select(TeamMember.id).where(TeamMember.login == login).limit(1))
    if known is None:
        raise NotFound(_("'{login}' is not a worker here.").format(login=login))
    if admins == {login}:
        raise AccessRefused(_("'{login}' is the last administrator: add another first.").format(login=login))
    return int(_call(db, "SELECT smallsteps_remove_worker(:login)", login=login)[0][0])


def move_plan(db: Database, plan_id: int, team: str) -> None:
    require_team_database(db)
    _team_id(db, team)
    _call(db, "SELECT smallsteps_move_plan(:plan, :team)", plan=plan_id, team=team)


def who_can_see(db: Database, plan_id: int) -> list[Access]:
    require_team_database(db)
    return [Access(*row) for row in _call(db, "SELECT * FROM smallsteps_who(:plan)", plan=plan_id)]


def access_log(db: Database, plan_id: int) -> list[AccessEntry]:
    """Break-glass openings and moves of one plan (managers of its team and administrators)."""
    require_team_database(db)
    return [AccessEntry(*row) for row in
            _call(db, "SELECT * FROM smallsteps_plan_access_log(:plan)", plan=plan_id)]


def clean_reason(reason: object) -> str:
    words = " ".join(str(reason or "").split())
    if len(words) < REASON_MIN:
        raise InvalidInput(_("Please say why you need to open this plan (a sentence, at least {n} "
                             "letters): it is kept in the record, and your manager sees it.").format(n=REASON_MIN))
    if len(words) > 2000:
        raise InvalidInput(_("Please keep the reason under 2,000 letters."))
    return words


def break_glass(db: Database, plan_id: int, reason: str) -> dt.datetime:
    """Open a plan outside your access for an hour, read-only, giving a reason (recorded)."""
    require_team_database(db)
    words = clean_reason(reason)
    if not {m.role for m in my_memberships(db)} & {"coordinator", "broker", "manager"}:
        raise AccessRefused(_("Only a worker in a team may open a plan this way."))
    return _call(db, "SELECT smallsteps_break_glass(:plan, :reason)", plan=plan_id, reason=words)[0][0]


def break_glass_list(db: Database) -> list[BreakGlassEntry]:
    """The break-glass openings you may see: your own, your teams' as a manager, all as an admin."""
    require_team_database(db)
    with db.session() as session:
        rows = session.execute(
            select(BreakGlass.at, BreakGlass.login, BreakGlass.plan_id, Team.name, BreakGlass.reason,
                   BreakGlass.what)
            .outerjoin(Team, Team.id == BreakGlass.team_id).order_by(BreakGlass.at.desc(), BreakGlass.id.desc())
        ).all()
    return [BreakGlassEntry(at, login, plan, team or "", reason, what)
            for at, login, plan, team, reason, what in rows]


def panel_packs(db: Database) -> list[PanelPack]:
    require_team_database(db)
    return [PanelPack(*row) for row in _call(db, "SELECT * FROM smallsteps_panel_packs()")]


def plan_directory(db: Database) -> list[tuple[int, str]]:
    """Every plan's id and team, nothing else (an administrator's view, to move plans)."""
    require_team_database(db)
    if not is_admin(db):
        raise AccessRefused(_("Only an administrator may list every plan's team."))
    return [(plan, team or "") for plan, team in _call(db, "SELECT * FROM smallsteps_plan_directory()")]


def assign_broker(db: Database, plan_id: int, login: str | None) -> None:
    require_team_database(db)
    with db.session() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise NotFound(_("There is no plan {plan} that you may see.").format(plan=plan_id))
        plan.broker = login or None
