"""The schema's revisions, oldest first (without SQLAlchemy: a command that only reads asks)."""

# Every revision this version knows, oldest first. A test checks it against the scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_foundation", "0003_audit", "0002_about_me", "0004_goals", "0007_panel",
    "0005_staying_well_budget", "0006_life_charts", "0008_caseload_indexes", "0009_shared_settings",
    "0010_postgresql_guards", "0012_team_access",
    "0013_row_versions", "0014_funding_shares", "0015_caseload_search", "0016_team_keeps_no_private",
    "0017_cheaper_team_rules", "0018_caseload_search_index", "0019_plan_access_rows",
    "0020_team_caseload_index", "0021_plan_access_live_index",
)
HEAD = KNOWN_REVISIONS[-1]
