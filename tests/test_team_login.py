"""A team database that refuses the login says so plainly (issue 18): not "the server is
restarting", which sent a new administrator looking for a fault that was a missing password."""

import pytest
from sqlalchemy.exc import OperationalError

from planner import cli
from planner.errors import AccessRefused
from planner.storage.database import Database, login_refused, team_database_fault


class _Driver(Exception):
    def __init__(self, words: str, sqlstate: str | None):
        super().__init__(words)
        self.sqlstate = sqlstate


def _error(words: str, sqlstate: str | None = None) -> OperationalError:
    return OperationalError("connect", {}, _Driver(words, sqlstate))


@pytest.mark.parametrize(("words", "sqlstate", "refused"), [
    ('FATAL:  password authentication failed for user "alex"', "28P01", True),
    ('FATAL:  role "nobody" does not exist', "28000", True),
    ('connection failed: fe_sendauth: no password supplied', None, True),
    ('connection failed: FATAL: no pg_hba.conf entry for host "10.0.0.9"', None, True),
    ('connection failed: Connection refused. Is the server running on that host?', None, False),
    ('server closed the connection unexpectedly', "08006", False),
    ('terminating connection due to administrator command', "57P01", False),
    ('FATAL:  database "gone" does not exist', "3D000", False),
])
def test_a_refused_login_is_told_from_a_server_away(words, sqlstate, refused):
    error = _error(words, sqlstate)
    assert login_refused(error) is refused
    if not refused and sqlstate != "3D000":
        assert team_database_fault(error) is not None  # (still "cannot be reached": try again)


def test_a_worker_the_server_does_not_know_reads_one_plain_line(postgres_server, capsys):
    url = postgres_server.replace("postgres@", "nobody_here@", 1) + "/postgres"
    with pytest.raises(AccessRefused) as refused:
        Database.open(url=url)
    assert "did not let you in" in refused.value.message and "restarting" not in refused.value.message
    assert cli.main(["--database-url", url, "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did not let you in" in err and "Traceback" not in err
