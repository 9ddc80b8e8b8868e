"""Progress as a ladder of small steps, laid out as plain geometry.

Each goal is a ladder climbed from the bottom: the first step is the lowest rung. A rung and
its label say where the step is up to in a sign and in words, never by colour alone:
✓ done, ▶ doing now, ○ to do, ↷ skipped. A goal with more steps than fit shows the steps around
where the person is now, with a line below and above saying how many more there are.

`goal_ladder` draws one goal (the window); `plan_ladders` draws a page of goals (the picture).
"""

import datetime as dt
import math
from dataclasses import dataclass

from planner.charts.geometry import Chart, Line, Rect, Shape, Style, TextBox, TextStyle
from planner.charts.lettering import PRINT, Lettering
from planner.charts.placement import moved
from planner.charts.text import text_width, wrap
from planner.domain.goal_dates import plain_date
from planner.domain.goals import GoalStatus, StepStatus, goal_status_label, step_status_label
from planner.i18n import _, ngettext

A4_LANDSCAPE = (842.0, 595.0)  # points
MAX_GOALS_ON_A_PAGE = 8
MAX_CELL_WIDTH = 300.0
PAD = 8.0
LABEL_SIZE = 9.0
LINE = LABEL_SIZE * 1.25
MIN_PITCH = LINE + 3
MAX_PITCH = 46.0
RAIL_LEFT, RAIL_GAP, LABEL_GAP = 12.0, 26.0, 8.0

SIGNS = {StepStatus.DONE: "✓", StepStatus.DOING: "▶", StepStatus.TODO: "○", StepStatus.SKIPPED: "↷"}
INK = {StepStatus.DONE: "#14532d", StepStatus.DOING: "#1e3a8a", StepStatus.TODO: "#111827",
       StepStatus.SKIPPED: "#4b5563"}
RUNG = {
    StepStatus.DONE: Style(stroke="#15803d", stroke_width=3.0),
    StepStatus.DOING: Style(stroke="#2563eb", stroke_width=3.0),
    StepStatus.TODO: Style(stroke="#6b7280", stroke_width=1.5),
    StepStatus.SKIPPED: Style(stroke="#6b7280", stroke_width=1.2, dash=(3.0, 2.0)),
}
RAIL = Style(stroke="#78350f", stroke_width=2.5)
MUTED = TextStyle(size=LABEL_SIZE, color="#4b5563")


@dataclass(frozen=True)
class LadderStep:
    what: str
    status: str = StepStatus.TODO
    done_on: dt.date | None = None


@dataclass(frozen=True)
class LadderGoal:
    title: str
    status: str = GoalStatus.IDEA
    working_on_now: bool = False
    steps: tuple[LadderStep, ...] = ()


def ladder_goal_from_document(item: dict) -> LadderGoal:
    """A goal as the (audience-filtered) plan document holds it."""
    steps = tuple(
        LadderStep(s.get("what", ""), s.get("status", "todo"),
                   dt.date.fromisoformat(s["done_on"]) if s.get("done_on") else None)
        for s in item.get("steps", [])
    )
    return LadderGoal(item.get("title", ""), item.get("status", "idea"), bool(item.get("working_on_now")), steps)


def ladder_goal_from_record(goal) -> LadderGoal:
    """A goal as `planner.services.goals` returns it."""
    steps = tuple(LadderStep(s.what, s.status, s.done_on) for s in goal.steps)
    return LadderGoal(goal.title, goal.status, goal.working_on_now, steps)


def step_words(step: LadderStep) -> str:
    """The step in full, with where it is up to in words (for hovering and reading aloud)."""
    status = step_status_label(step.status)
    if step.status == StepStatus.DONE and step.done_on:
        status = _("Done on {date}").format(date=plain_date(step.done_on))
    return f"{status}: {step.what}"


def progress_words(goal: LadderGoal) -> str:
    from planner.domain.step_counts import count_steps

    return count_steps(s.status for s in goal.steps).words()


def _window(steps: tuple[LadderStep, ...], rows: int) -> tuple[int, int]:
    """Which steps to show (start, end) when not all fit: those around where the person is now."""
    n = len(steps)
    if n <= rows:
        return 0, n
    shown = max(1, rows - 2)  # a row below and a row above say what is not shown
    current = next((i for i, s in enumerate(steps) if s.status == StepStatus.DOING), None)
    if current is None:
        current = next((i for i, s in enumerate(steps) if s.status == StepStatus.TODO), n - 1)
    start = max(0, min(current - shown // 3, n - shown))
    return start, start + shown


def _text(x, y, w, text, style: TextStyle, max_lines: int | None = None, full: str = "") -> TextBox:
    lines, _shortened = wrap(text, style.size, w, max_lines=max_lines, bold=style.bold)
    lines = lines or ("",)
    return TextBox(x, y, w, len(lines) * style.size * 1.25, lines, style, full or text)


def _ladder(goal: LadderGoal, x: float, y: float, w: float, h: float, title_size: float,
            lettering: Lettering = PRINT) -> tuple[list[Shape], float]:
    """One goal's ladder inside the box (x, y, w, h), and how tall it is. Every step's words are
    shown whole: when they do not all fit, fewer steps are shown (the lines below and above say
    how many more). With a lettering that `grows` the box is as tall as every step needs."""
    size = lettering.size
    label_size = size(LABEL_SIZE)
    line = label_size * 1.25
    muted = TextStyle(size=size(MUTED.size), color=MUTED.color)
    inner_w = w - 2 * PAD
    top = y + PAD
    # On a page the title may take up to a third of its box (at least two lines); only a title
    # longer than that (hostile input, or a tiny page) ends in "…" (its words are in the plan and
    # the description). On screen every word shows.
    most = None if lettering.grows else max(2, int(h / 3 // (size(title_size) * 1.25)))
    title = _text(x + PAD, top, inner_w, goal.title, TextStyle(size=size(title_size), bold=True), most)
    heading: list[Shape] = [title]
    top += title.h + 2
    status = goal_status_label(goal.status)
    if goal.working_on_now:
        status = "★ " + _("What I'm working on now") + " · " + status
    for words in (status, progress_words(goal)):
        box = _text(x + PAD, top, inner_w, words, muted, most)
        heading.append(box)
        top += box.h
    top += 6
    rail_gap = lettering.room(RAIL_GAP) if lettering.grows else RAIL_GAP
    rail_a, rail_b = x + RAIL_LEFT, x + RAIL_LEFT + rail_gap
    label_x = rail_b + LABEL_GAP
    label_w = x + w - PAD - label_x
    steps = goal.steps

    def words_of(step: LadderStep) -> tuple[StepStatus, TextBox]:
        status = StepStatus(step.status) if step.status in StepStatus._value2member_map_ else StepStatus.TODO
        style = TextStyle(size=label_size, color=INK[status], bold=status == StepStatus.DOING)
        return status, _text(label_x, 0, label_w, f"{SIGNS[status]} {step.what}", style, None, step_words(step))

    def more_words(start: int, end: int) -> tuple[TextBox | None, TextBox | None]:
        before, after = start, len(steps) - end
        low = high = None
        if before:
            done = sum(1 for s in steps[:start] if s.status == StepStatus.DONE)
            words = ngettext("… {n} step before this", "… {n} steps before these", before).format(n=before)
            words += " " + ngettext("({done} done)", "({done} done)", done).format(done=done)
            low = _text(label_x, 0, label_w, words, muted, None)
        if after:
            words = ngettext("… {n} more step to come", "… {n} more steps to come", after).format(n=after)
            high = _text(label_x, 0, label_w, words, muted, None)
        return low, high

    least_pitch = line + 3
    if lettering.grows:
        labelled = [words_of(step) for step in steps]
        start, end = 0, len(steps)
        rows: list[tuple[StepStatus | None, TextBox]] = labelled
        h = max(h, top + sum(max(least_pitch, box.h + 4) for _status, box in rows) + PAD - y)
        bottom = y + h - PAD  # the ladder stands on the bottom of its box, as on a page
    else:
        bottom = y + h - PAD
        body = bottom - top
        if not steps or body < least_pitch:
            return [Rect(x, y, w, h, BOX)] + heading, h
        shown = max(1, int(body // least_pitch))
        while True:  # fewer steps until every shown step's words fit whole
            start, end = _window(steps, shown)
            low, high = more_words(start, end)
            rows = ([(None, low)] if low else []) + [words_of(s) for s in steps[start:end]] + (
                [(None, high)] if high else [])
            if sum(max(least_pitch, box.h + 3) for _status, box in rows) <= body:
                break
            if shown == 1:  # one step longer than the whole ladder (hostile input): as much as fits
                spare = body - sum(max(least_pitch, box.h + 3) for status, box in rows if status is None)
                rows = [(status, box if status is None else _text(
                    box.x, 0, box.w, f"{SIGNS[status]} {box.full_text.split(': ', 1)[-1]}", box.style, max(1, int((spare - 3) // line)),
                    box.full_text)) for status, box in rows]
                break
            shown -= 1
    shapes: list[Shape] = [Rect(x, y, w, h, BOX)] + heading
    if not steps:
        return shapes, h
    needed = [max(least_pitch, box.h + 3) for _status, box in rows]
    spare = max(0.0, (bottom - top - sum(needed)) / len(rows))
    pitches = [min(max(pitch, pitch + spare), max(pitch, MAX_PITCH * lettering.factor)) for pitch in needed]
    ladder_top = bottom - sum(pitches)
    shapes.append(Line(rail_a, bottom, rail_a, ladder_top, RAIL))
    shapes.append(Line(rail_b, bottom, rail_b, ladder_top, RAIL))
    at = bottom
    for (status, box), pitch in zip(rows, pitches, strict=True):
        cy = at - pitch / 2
        if status is not None:
            shapes.append(Line(rail_a, cy, rail_b, cy, RUNG[status]))
        shapes.append(TextBox(box.x, cy - box.h / 2, box.w, box.h, box.lines, box.style, box.full_text))
        at -= pitch
    return shapes, h


BOX = Style(fill="#f9fafb", stroke="#858b94", stroke_width=0.8)


def _describe(goals: list[LadderGoal]) -> str:
    parts = []
    for goal in goals:
        parts.append(f"{goal.title}: {goal_status_label(goal.status)}. {progress_words(goal)}.")
        parts.extend(step_words(s) for s in goal.steps)
    return "\n".join(parts)


def legend_words() -> list[str]:
    return [f"{SIGNS[s]} {step_status_label(s)}" for s in StepStatus]


def _legend(x: float, y: float, width: float, extra: list[str], size: float = LABEL_SIZE) -> tuple[list[TextBox], float]:
    """The key to the signs (and any notes), each part its own box, in as many rows as it takes
    (never smaller words, never cut); and its height."""
    words = legend_words() + [e for e in extra if e]
    gap = 16.0
    style = TextStyle(size=size, color="#374151")
    boxes: list[TextBox] = []
    left, top, row_h = x, y, size * 1.25
    for word in words:
        lines, _cut = wrap(word, size, width)
        w = min(width, max(text_width(line, size) for line in lines) + 2)
        if left > x and left + w > x + width + 1e-6:
            left, top = x, top + row_h + 2
        h = len(lines) * size * 1.25
        boxes.append(TextBox(left, top, w, h, lines, style, word))
        row_h = max(row_h, h) if left > x else h
        left += w + gap
    return boxes, (top + row_h - y) if boxes else 0.0


def goal_ladder(goal: LadderGoal, width: float = 360.0, height: float = 480.0,
                lettering: Lettering = PRINT) -> Chart:
    """One goal's ladder (for the window). With a lettering that `grows` it is as tall as its
    words need."""
    legend, legend_h = _legend(PAD, 0, width - 2 * PAD, [], lettering.size(LABEL_SIZE))
    shapes, ladder_h = _ladder(goal, 0, 0, width, height - legend_h - 8, 12, lettering)
    height = max(height, ladder_h + legend_h + 8) if lettering.grows else height
    shapes.extend(moved(legend, height - legend_h - 3))
    return Chart(width, height, tuple(shapes), title=_("Steps for: {goal}").format(goal=goal.title),
                 description=_describe([goal]))
def plan_ladders(goals: list[LadderGoal], heading: str = "", audience_words: str = "",
                 width: float = A4_LANDSCAPE[0], height: float = A4_LANDSCAPE[1]) -> Chart:
    """A page of ladders, one for each goal (the first eight; the page says if there are more)."""
    heading = heading or _("My goals, step by step")
    shapes: list[Shape] = []
    margin = 24.0
    title = _text(margin, margin, width - 2 * margin, heading, TextStyle(size=18, bold=True), 1)
    shapes.append(title)
    top = title.y + title.h + 10
    notes = [audience_words]
    if len(goals) > MAX_GOALS_ON_A_PAGE:
        hidden = len(goals) - MAX_GOALS_ON_A_PAGE
        notes.insert(0, ngettext("There is {n} more goal in the plan.", "There are {n} more goals in the plan.",
                                 hidden).format(n=hidden))
    legend, footer_h = _legend(margin, 0, width - 2 * margin, notes)
    legend = moved(legend, height - margin - footer_h)
    bottom = height - margin - footer_h - 6
    shown = goals[:MAX_GOALS_ON_A_PAGE]
    if not shown:
        shapes.append(_text(margin, top + 20, width - 2 * margin, _("No goals to show yet."),
                            TextStyle(size=14, color="#374151"), 2))
    else:
        columns = min(len(shown), 4)
        grid_rows = math.ceil(len(shown) / columns)
        gap = 10.0
        cell_w = min(MAX_CELL_WIDTH, (width - 2 * margin - gap * (columns - 1)) / columns)
        cell_h = (bottom - top - gap * (grid_rows - 1)) / grid_rows
        left = (width - columns * cell_w - gap * (columns - 1)) / 2  # centred when there are few
        for index, goal in enumerate(shown):
            column, row = index % columns, index // columns
            shapes.extend(_ladder(goal, left + column * (cell_w + gap), top + row * (cell_h + gap),
                                  cell_w, cell_h, title_size=12 if grid_rows == 1 else 10.5)[0])
    shapes.extend(legend)
    return Chart(width, height, tuple(shapes), title=heading, description=_describe(goals))
