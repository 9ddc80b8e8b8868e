"""Panel day's packs made on every core: one process per pack at a time (issue 17).

A broker on panel day makes dozens of packs; each is a long ReportLab build that holds one core.
The packs are made by worker processes (started fresh by a fork server, never forked from a
window with threads), each in the language the plan is being sent in, and come back in the
order asked for, exactly as the same code makes them one by one. One pack is made here, in this
process: starting workers would cost more than it saves.
"""

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

from planner import collector
from planner.errors import PlannerError
from planner.services import frozen_copies

PRELOAD = ["planner.services.frozen_copies", "planner.export.kinds", "planner.export.pdf"]


def _pack(submission: frozen_copies.Submission, language: str) -> tuple[bytes | None, str]:
    """(the pack, "") or (None, a plain message): a worker's answer, always picklable."""
    from planner.i18n import using

    try:
        with using(language):
            return frozen_copies.render(submission), ""
    except PlannerError as error:
        return None, error.message
    except Exception as error:  # noqa: BLE001 (one plan never stops the panel's day: said instead)
        from planner.i18n import _

        return None, _("Small Steps could not make this pack ({why}).").format(why=type(error).__name__)


def workers_for(count: int) -> int:
    return max(1, min(count, os.cpu_count() or 1))


def _context():
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(PRELOAD)  # workers start with the exporters imported
    return context


def make(submissions: Sequence[frozen_copies.Submission], made: Callable[[int], None] | None = None,
         workers: int | None = None) -> list[bytes]:
    """The pack of each submission, in order; `made(index)` is called as each one is done. The
    first pack that cannot be made stops it with its message (panel day uses `make_each`)."""
    return [_checked(answer) for answer in make_each(submissions, made, workers)]


def make_each(submissions: Sequence[frozen_copies.Submission], made: Callable[[int], None] | None = None,
              workers: int | None = None) -> list[tuple[bytes | None, str]]:
    """(the pack, "") or (None, why it could not be made) for each submission, in order: one
    that cannot be made never stops the others."""
    from planner.i18n import current_language

    language = current_language()
    workers = workers_for(len(submissions)) if workers is None else workers
    answers: list[tuple[bytes | None, str]] = [(None, "")] * len(submissions)
    if workers <= 1 or len(submissions) <= 1:
        for index, submission in enumerate(submissions):
            answers[index] = _pack(submission, language)
            if made:
                made(index)
        return answers
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=collector.settle_worker) as pool:
        futures = {pool.submit(_pack, submission, language): index
                   for index, submission in enumerate(submissions)}
        try:
            for future in as_completed(futures):
                index = futures[future]
                answers[index] = future.result()
                if made:
                    made(index)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return answers


def _checked(answer: tuple[bytes | None, str]) -> bytes:
    pack, message = answer
    if pack is None:
        raise PlannerError(message)
    return pack
