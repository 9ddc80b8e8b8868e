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
    StepStatus.SKIPPED: Style(stroke="#9ca3af", stroke_width=1.2, dash=(3.0, 2.0)),
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


def _text(x, y, w, text, style: TextStyle, max_lines: int, full: str = "") -> TextBox:
    lines, _shortened = wrap(text, style.size, w, max_lines=max_lines, bold=style.bold)
    lines = lines or ("",)
    return TextBox(x, y, w, len(lines) * style.size * 1.25, lines, style, full or text)


def _ladder(goal: LadderGoal, x: float, y: float, w: float, h: float, title_size: float) -> list[Shape]:
    """One goal's ladder inside the box (x, y, w, h)."""
    shapes: list[Shape] = [Rect(x, y, w, h, Style(fill="#f9fafb", stroke="#d1d5db", stroke_width=0.8), radius=6)]
    inner_w = w - 2 * PAD
    top = y + PAD
    title = _text(x + PAD, top, inner_w, goal.title, TextStyle(size=title_size, bold=True), 2)
    shapes.append(title)
    top += title.h + 2
    status = goal_status_label(goal.status)
    if goal.working_on_now:
        status = "★ " + _("What I'm working on now") + " · " + status
    for words in (status, progress_words(goal)):
        box = _text(x + PAD, top, inner_w, words, MUTED, 2)
        shapes.append(box)
        top += box.h
    top += 6
    bottom = y + h - PAD
    body = bottom - top
    steps = goal.steps
    if not steps or body < MIN_PITCH:
        return shapes
    rows = max(1, int(body // MIN_PITCH))
    start, end = _window(steps, rows)
    before, after = start, len(steps) - end
    layout_rows = (end - start) + (1 if before else 0) + (1 if after else 0)
    pitch = min(MAX_PITCH, body / layout_rows)
    max_lines = max(1, min(3, int((pitch - 2) // LINE)))
    rail_a, rail_b = x + RAIL_LEFT, x + RAIL_LEFT + RAIL_GAP
    label_x = rail_b + LABEL_GAP
    label_w = x + w - PAD - label_x
    ladder_top = bottom - layout_rows * pitch
    shapes.append(Line(rail_a, bottom, rail_a, ladder_top, RAIL))
    shapes.append(Line(rail_b, bottom, rail_b, ladder_top, RAIL))
    row = 0

    def centre(index: int) -> float:
        return bottom - (index + 0.5) * pitch

    if before:
        done = sum(1 for s in steps[:start] if s.status == StepStatus.DONE)
        words = ngettext("… {n} step before this", "… {n} steps before these", before).format(n=before)
        words += " " + ngettext("({done} done)", "({done} done)", done).format(done=done)
        box = _text(label_x, 0, label_w, words, MUTED, max_lines)
        shapes.append(TextBox(box.x, centre(row) - box.h / 2, box.w, box.h, box.lines, box.style, box.full_text))
        row += 1
    for step in steps[start:end]:
        status = StepStatus(step.status) if step.status in StepStatus._value2member_map_ else StepStatus.TODO
        cy = centre(row)
        shapes.append(Line(rail_a, cy, rail_b, cy, RUNG[status]))
        style = TextStyle(size=LABEL_SIZE, color=INK[status], bold=status == StepStatus.DOING)
        box = _text(label_x, 0, label_w, f"{SIGNS[status]} {step.what}", style, max_lines, step_words(step))
        shapes.append(TextBox(box.x, cy - box.h / 2, box.w, box.h, box.lines, box.style, box.full_text))
        row += 1
    if after:
        words = ngettext("… {n} more step to come", "… {n} more steps to come", after).format(n=after)
        box = _text(label_x, 0, label_w, words, MUTED, max_lines)
        shapes.append(TextBox(box.x, centre(row) - box.h / 2, box.w, box.h, box.lines, box.style, box.full_text))
    return shapes


def _describe(goals: list[LadderGoal]) -> str:
    parts = []
    for goal in goals:
        parts.append(f"{goal.title}: {goal_status_label(goal.status)}. {progress_words(goal)}.")
        parts.extend(step_words(s) for s in goal.steps)
    return "\n".join(parts)


def legend_words() -> list[str]:
    return [f"{SIGNS[s]} {step_status_label(s)}" for s in StepStatus]


def _legend(x: float, y: float, width: float, extra: list[str]) -> list[TextBox]:
    """The key to the signs (and any notes), in one row, each part its own box."""
    words = legend_words() + [e for e in extra if e]
    gap = 16.0
    size = LABEL_SIZE
    while size > 6 and sum(text_width(w, size) + 2 for w in words) + gap * (len(words) - 1) > width:
        size -= 0.5
    style = TextStyle(size=size, color="#374151")
    boxes = []
    for word in words:
        w = min(text_width(word, size) + 2, max(1.0, x + width - (boxes[-1].x + boxes[-1].w + gap if boxes else x)))
        left = boxes[-1].x + boxes[-1].w + gap if boxes else x
        if left + w > x + width + 1e-6:
            break
        lines, _cut = wrap(word, size, w, max_lines=1)
        boxes.append(TextBox(left, y, w, size * 1.25, lines or ("",), style, word))
    return boxes


def goal_ladder(goal: LadderGoal, width: float = 360.0, height: float = 480.0) -> Chart:
    """One goal's ladder (for the window)."""
    shapes = _ladder(goal, 0, 0, width, height - 22, title_size=12)
    shapes.extend(_legend(PAD, height - 17, width - 2 * PAD, []))
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
    footer_h = 16.0
    bottom = height - margin - footer_h - 6
    shown = goals[:MAX_GOALS_ON_A_PAGE]
    notes = [audience_words]
    if len(goals) > len(shown):
        hidden = len(goals) - len(shown)
        notes.insert(0, ngettext("There is {n} more goal in the plan.", "There are {n} more goals in the plan.",
                                 hidden).format(n=hidden))
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
                                  cell_w, cell_h, title_size=12 if grid_rows == 1 else 10.5))
    shapes.extend(_legend(margin, height - margin - footer_h + 2, width - 2 * margin, notes))
    return Chart(width, height, tuple(shapes), title=heading, description=_describe(goals))
