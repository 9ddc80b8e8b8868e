"""`smallsteps team ...`: setting a team up and looking after who may see what (a team database
only). Each worker runs these as themselves (`--database-url postgresql+psycopg://LOGIN@HOST/DB`);
the database decides what each may do, and a refusal is one plain line.

    smallsteps team add-team NAME
    smallsteps team add-worker LOGIN --team NAME --role coordinator|broker|panel|manager|admin
    smallsteps team remove-worker LOGIN
    smallsteps team move PLAN --team NAME
    smallsteps team assign PLAN --broker LOGIN
    smallsteps team who PLAN
    smallsteps team audit PLAN
    smallsteps team open PLAN --reason WORDS      (break-glass: a plan outside your access)
    smallsteps team break-glass                   (the openings you may see)
    smallsteps team teams | me | plans | packs -o DIR
"""

import datetime as dt
from pathlib import Path

from planner.errors import InvalidInput, PlannerError
from planner.i18n import _


def add_parser(commands) -> None:
    team = commands.add_parser("team", help=_("a team database: teams, workers and who may see what"))
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    add_team = actions.add_parser("add-team", help=_("add a team (an administrator)"))
    add_team.add_argument("name", metavar="NAME")
    worker = actions.add_parser("add-worker", help=_("give a worker a role in a team (an administrator)"))
    worker.add_argument("login", metavar="LOGIN")
    worker.add_argument("--team", metavar="NAME")
    worker.add_argument("--role", required=True, choices=["coordinator", "broker", "panel", "manager", "admin"])
    worker.add_argument("--panel-date", metavar="YYYY-MM-DD", help=_("the panel a panel member reads"))
    remove = actions.add_parser("remove-worker", help=_("take every role away from a worker"))
    remove.add_argument("login", metavar="LOGIN")
    move = actions.add_parser("move", help=_("move a person's plan to another team"))
    move.add_argument("plan", metavar="PLAN")
    move.add_argument("--team", required=True, metavar="NAME")
    assign = actions.add_parser("assign", help=_("assign a plan to a broker (or none)"))
    assign.add_argument("plan", metavar="PLAN")
    assign.add_argument("--broker", metavar="LOGIN", default="")
    who = actions.add_parser("who", help=_("who can see a plan, and why"))
    who.add_argument("plan", metavar="PLAN")
    audit = actions.add_parser("audit", help=_("the record of one plan: changes, openings and moves"))
    audit.add_argument("plan", metavar="PLAN")
    opening = actions.add_parser("open", help=_("open a plan outside your access, giving a reason"))
    opening.add_argument("plan", metavar="PLAN")
    opening.add_argument("--reason", required=True, metavar="WORDS")
    actions.add_parser("break-glass", help=_("plans opened outside someone's access, newest first"))
    actions.add_parser("teams", help=_("the teams"))
    actions.add_parser("me", help=_("your own roles"))
    actions.add_parser("plans", help=_("every plan's id and team, nothing else (an administrator)"))
    packs = actions.add_parser("packs", help=_("a panel member's panel packs"))
    packs.add_argument("-o", "--output", metavar="DIR", help=_("save them in this folder"))


def _plan(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise PlannerError(_("'{plan}' is not a plan id. 'smallsteps list' shows the ids.").format(plan=text)) from None


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(_("'{date}' is not a date: write it as YYYY-MM-DD.").format(date=text)) from None


def run(db, args, out) -> int:
    from planner.services import history, team

    command = args.team_command
    if command == "add-team":
        team.add_team(db, args.name)
        print(_("Team '{team}' added.").format(team=" ".join(args.name.split())), file=out)
    elif command == "add-worker":
        team.add_worker(db, args.login, args.team, args.role, _date(args.panel_date))
        print(_("{login} is now {role}{team}.").format(
            login=args.login, role=args.role, team=f" ({args.team})" if args.team and args.role != "admin" else ""),
            file=out)
    elif command == "remove-worker":
        team.remove_worker(db, args.login)
        print(_("{login} has no role here any more.").format(login=args.login), file=out)
    elif command == "move":
        team.move_plan(db, _plan(args.plan), args.team)
        print(_("Plan {plan} is now with {team}.").format(plan=args.plan, team=args.team), file=out)
    elif command == "assign":
        team.assign_broker(db, _plan(args.plan), args.broker or None)
        print(_("Plan {plan}'s broker: {login}.").format(plan=args.plan, login=args.broker or _("none")), file=out)
    elif command == "who":
        for row in team.who_can_see(db, _plan(args.plan)):
            print(f"{row.login}\t{row.role}\t{row.why}", file=out)
    elif command == "audit":
        plan_id = _plan(args.plan)
        entries = team.access_log(db, plan_id)
        for entry in entries:
            print(f"{entry.at:%Y-%m-%d %H:%M}\t{entry.login}\t{entry.action}\t{entry.detail}", file=out)
        # The changes themselves only for whoever may read the plan (an administrator reads who
        # opened and moved it, not what it says: the database shows them no change).
        for change in history.plan_history(db, plan_id, "team"):
            print(f"{change.at:%Y-%m-%d %H:%M}\t{change.actor}\tchanged\t{change.text}", file=out)
    elif command == "open":
        until = team.break_glass(db, _plan(args.plan), args.reason)
        print(_("You may read plan {plan} until {until:%H:%M} UTC. Your reason is in the record, and "
                "your manager sees it.").format(plan=args.plan, until=until), file=out)
    elif command == "break-glass":
        for entry in team.break_glass_list(db):
            print(f"{entry.at:%Y-%m-%d %H:%M}\t{entry.login}\t{entry.plan_id}\t{entry.team}\t{entry.reason}", file=out)
    elif command == "teams":
        for name in team.list_teams(db):
            print(name, file=out)
    elif command == "me":
        for m in team.my_memberships(db):
            print("\t".join([m.role, m.team or "", m.panel_date.isoformat() if m.panel_date else ""]), file=out)
    elif command == "plans":
        for plan_id, name in team.plan_directory(db):
            print(f"{plan_id}\t{name or _('(no team)')}", file=out)
    elif command == "packs":
        _packs(db, args, out)
    return 0


def _packs(db, args, out) -> None:
    from planner.files import write_atomically
    from planner.services import team

    folder = Path(args.output) if args.output else None
    for pack in team.panel_packs(db):
        line = f"{pack.plan_id}\t{pack.person_name}\t{pack.panel_date}"
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            line = str(write_atomically(folder / f"plan-{pack.plan_id}-copy-{pack.copy_id}.pdf", bytes(pack.pack_pdf)))
        print(line, file=out)
