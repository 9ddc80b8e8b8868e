"""Words with a count in them that the window shows, in CLDR's plural forms.

Qt's own plural rules for Welsh (tr() with %n) have five forms and disagree with CLDR's six
(zero, one, two, few, many, other: 0, 1, 2, 3, 6, the rest) for 2 to 5, so the window takes its
counted words from here: gettext's `ngettext`, whose Welsh `Plural-Forms` is CLDR's. The
number is filled in afterwards, as a word in the window's language way of writing numbers.
"""

from planner.i18n import ngettext, number


def answers_heading(n: int) -> str:
    """Above an area's answers: "1 answer:", "3 answers:"."""
    return ngettext("{n} answer:", "{n} answers:", n).format(n=number(n))


def more_answers(n: int) -> str:
    return ngettext("…and {n} more answer. Open the area to see it.",
                    "…and {n} more answers. Open the area to see them all.", n).format(n=number(n))


def areas_filled(n: int, of: int) -> str:
    return ngettext("{n} of {of} areas has something in it.",
                    "{n} of {of} areas have something in them.", n).format(n=number(n), of=number(of))


def steps_done(done: int, of: int) -> str:
    return ngettext("{done} of {n} step done", "{done} of {n} steps done", of).format(
        done=number(done), n=number(of))


def actions_done(done: int, of: int) -> str:
    return ngettext("{done} of {n} thing agreed is done", "{done} of {n} things agreed are done",
                    of).format(done=number(done), n=number(of))


def people_shown(shown: int, total: int) -> str:
    """Under the list of people: how many there are, and how many the search shows."""
    if shown != total:
        return ngettext("Showing {shown} of {total} person.", "Showing {shown} of {total} people.",
                        total).format(shown=number(shown), total=number(total))
    return ngettext("{total} person.", "{total} people.", total).format(total=number(total))


def changes_summary(n: int) -> str:
    return ngettext("{n} change (+ added, − removed, ✎ changed).",
                    "{n} changes, part by part (+ added, − removed, ✎ changed).", n).format(n=number(n))


def packs_done(n: int, folder) -> str:
    return ngettext("Done: {n} pack and the index are in {folder}.",
                    "Done: {n} packs and the index are in {folder}.", n).format(
                        n=number(n), folder=folder)


def preview_pages(n: int) -> str:
    return ngettext("This is what they will see ({n} page).",
                    "This is what they will see ({n} pages).", n).format(n=number(n))


def kept_behind(n: int) -> str:
    """After bringing a plan into a team database: how many "just me" items stayed in the file."""
    return ngettext("The plan is in. {n} item marked \"just me\" stayed behind: a team database "
                    "never keeps them.",
                    "The plan is in. {n} items marked \"just me\" stayed behind: a team database "
                    "never keeps them.", n).format(n=number(n))


def become_visible(n: int, who: str) -> str:
    """Asked before a whole part is shared more widely."""
    return ngettext("{n} thing will become visible to {who}:", "{n} things will become visible to {who}:",
                    n).format(n=number(n), who=who)


def kept_just_me(n: int) -> str:
    """Said after a whole part is shared more widely: what was kept "just me" stays so."""
    return ngettext("{n} thing kept “just me” stayed as it is. To share it, change it on its own page.",
                    "{n} things kept “just me” stayed as they are. To share one, change it on its own page.",
                    n).format(n=number(n))
