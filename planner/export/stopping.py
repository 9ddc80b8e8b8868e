"""Stopping an export that nobody is waiting for any more.

The window makes a preview of what an audience will see on a worker thread; when the person
moves on (another plan, another page, another audience) that preview is no longer wanted, and
making the rest of a 200-page PDF would only slow down what they turned to. The one making it
says how to tell (`while_wanted`); the exporters ask (`check`) between pieces of work. Nothing
else is affected: a command or a save never says so, and is always made whole.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class NoLongerWanted(Exception):  # noqa: N818 (not an error: nobody is told)
    """The export was stopped because nobody waits for it."""


_still_wanted: ContextVar[Callable[[], bool] | None] = ContextVar("still_wanted", default=None)


@contextmanager
def while_wanted(still_wanted: Callable[[], bool] | None) -> Iterator[None]:
    """Within this block (on this thread), exports stop once `still_wanted()` is false."""
    token = _still_wanted.set(still_wanted)
    try:
        yield
    finally:
        _still_wanted.reset(token)


def check() -> None:
    """Raise `NoLongerWanted` if the export being made is not wanted any more."""
    still_wanted = _still_wanted.get()
    if still_wanted is not None and not still_wanted():
        raise NoLongerWanted
