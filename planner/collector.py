"""How Python's cycle collector is run where its defaults cost more than they free.

The defaults (a look at the newest objects every 700 made, and at all of them now and then) suit
the window, which runs for hours. A command runs once and ends, a panel day worker starts with
the exporters already made, and the caseload makes ten thousand rows with no cycle among them:
each says here how it uses the collector instead, and why, with what was measured.
"""

import atexit
import contextlib
import gc
from collections.abc import Callable, Iterator

COMMAND_THRESHOLD = 50_000  # new objects between looks, in a command or a panel day worker


@contextlib.contextmanager
def paused(*, hand_on: bool = False) -> Iterator[None]:
    """The collector off inside, on again after (as it was: off stays off).

    With `hand_on`, what was made inside goes straight to the oldest generation as it comes back
    on, not walked at the next new object (`hand_on_after`); only for a process that froze
    nothing of its own (a command), since it gives back everything frozen."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if hand_on:
                hand_on_after(gc.enable)
            else:
                gc.enable()


def hand_on_after(restore: Callable[[], None]) -> None:
    """Give the collector its settings back without it walking, at the next new object,
    everything made since its last run (thousands to millions of objects that live to the end):
    they go to the oldest generation at once (freeze, then unfreeze), where it looks only when
    its own, rarer turn comes."""
    gc.freeze()
    try:
        restore()
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """A command runs once and ends: the collector, run every 700 new objects by default, spent
    about a tenth of an export command's processor time walking the objects that importing and
    setting up SQLAlchemy and ReportLab make, which all live to the end. Run every 50,000 new
    objects instead, it still frees every cycle (the packs' peak memory is the same: README
    "Measured"); the window keeps Python's defaults."""
    before = gc.get_threshold()
    gc.set_threshold(COMMAND_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        hand_on_after(lambda: gc.set_threshold(*before))


def none_at_exit() -> None:
    """When the process ends, Python runs the collector over every object still alive
    (SQLAlchemy's, ReportLab's, the plan's: a million or so) before it frees them, which took
    0.3-0.4 s of an export command's processor time under load, nearly a quarter of the whole
    command, to free nothing that matters: the command has written and closed its file and its
    database. Frozen objects are left out of it (`gc.freeze`). Done when the process ends, after
    the command and its `finally` blocks, so the same process (a test) goes on collecting
    normally until then; atexit's later handlers (logging's flush) still run."""
    if not _EXIT_FREEZE:
        atexit.register(gc.freeze)
        _EXIT_FREEZE.append(True)


_EXIT_FREEZE: list[bool] = []  # registered once per process


def settle_worker() -> None:
    """A panel day worker starts with the exporters imported (tens of thousands of objects that
    live as long as it does): they are set aside from the collector (`gc.freeze`, as Python's
    documents advise for a process that forks workers), and it runs every 50,000 new objects,
    as a command does. Each pack still has its cycles collected; nothing walks the exporters
    again (one worker's six packs spent 91-121 ms in the collector, then 7-8 ms)."""
    gc.freeze()
    gc.set_threshold(COMMAND_THRESHOLD, *gc.get_threshold()[1:])
