"""Every colour pair the program paints, computed against WCAG 2.2 AA and listed: text at least
4.5:1, borders, focus rings, check boxes and chart lines at least 3:1, in every theme, normal,
selected and disabled; the charts (screen, PDF and pictures draw the same layout) too.

Run with -s to see the list (`python -m pytest -q -s tests/test_contrast.py`)."""

import pytest

from planner.charts.geometry import Ellipse, Line, Polyline, Rect, TextBox
from planner.export.goal_pictures import ratings_chart_for, steps_chart
from planner.export.life_charts import CHARTS, chart_for
from planner.services.plan_files import example_document
from ui.models.caseload_model import URGENCY_COLOURS
from ui.theme import THEMES
from ui.widgets.colours import TEXT_ON_BACKGROUND, contrast_ratio

TEXT, NON_TEXT = 4.5, 3.0


def theme_pairs(theme):
    """(what, foreground, background, bar) for one theme."""
    pairs = []
    backgrounds = theme.backgrounds()
    for name, background in backgrounds.items():
        pairs.append((f"text on {name}", theme.text, background, TEXT))
        pairs.append((f"disabled text on {name}", theme.disabled_text, background, TEXT))
        pairs.append((f"warning on {name}", theme.warning, background, TEXT))
        pairs.append((f"border on {name}", theme.border, background, NON_TEXT))
        pairs.append((f"focus ring on {name}", theme.focus, background, NON_TEXT))
    for name in ("base", "alternate", "window"):
        pairs.append((f"example words on {name}", theme.placeholder, backgrounds[name], TEXT))
        pairs.append((f"link on {name}", theme.link, backgrounds[name], TEXT))
        pairs.append((f"chosen item against {name}", theme.highlight, backgrounds[name], NON_TEXT))
    pairs.append(("chosen item's words", theme.highlighted_text, theme.highlight, TEXT))
    # The ring round the chosen item of a list with the keyboard is drawn in its words' colour.
    pairs.append(("focus ring on the chosen item", theme.highlighted_text, theme.highlight, NON_TEXT))
    # A field, list or text box with the keyboard: its ring replaces the border by 3:1 or more
    # (tests/test_focus_visible.py measures the change itself on every control).
    return pairs


def chart_pairs(chart, name):
    pairs = []
    fills = {chart.background}
    for shape in chart.shapes:
        style = getattr(shape, "style", None)
        big = isinstance(shape, Rect) and shape.w * shape.h > 600  # a panel words sit on, not a small mark
        if big and style is not None and style.fill and len(style.fill) == 7:
            fills.add(style.fill)
    for shape in chart.shapes:
        if isinstance(shape, TextBox):
            for fill in fills:
                pairs.append((f"{name}: words {shape.lines[:1]} on {fill}", shape.style.color, fill, TEXT))
        elif isinstance(shape, (Line, Polyline, Ellipse, Rect)) and shape.style.stroke:
            pairs.append((f"{name}: line or mark", shape.style.stroke, chart.background, NON_TEXT))
    return pairs


def all_pairs():
    pairs = []
    for key, theme in THEMES.items():
        pairs += [(f"{key}: {what}", fg, bg, bar) for what, fg, bg, bar in theme_pairs(theme)]
    pairs += [(f"panel words {fg} on {bg}", fg, bg, TEXT) for fg, bg in TEXT_ON_BACKGROUND]
    pairs += [(f"caseload: {urgency.value}", fg, bg, TEXT) for urgency, (fg, bg) in URGENCY_COLOURS.items()]
    document = example_document()
    for chart in CHARTS:
        pairs += chart_pairs(chart_for(document, chart, "me"), chart)
    pairs += chart_pairs(ratings_chart_for(document, "me"), "ratings")
    pairs += chart_pairs(steps_chart(document, "me"), "steps")
    seen, unique = set(), []
    for what, fg, bg, bar in pairs:
        if (fg.lower(), bg.lower(), bar) not in seen:
            seen.add((fg.lower(), bg.lower(), bar))
            unique.append((what, fg, bg, bar))
    return unique


def test_contrast_ratio_is_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)


def test_every_painted_pair_meets_wcag_aa():
    pairs = all_pairs()
    assert len(pairs) > 60
    failing = []
    for what, fg, bg, bar in pairs:
        ratio = contrast_ratio(fg, bg)
        print(f"{ratio:5.2f}:1 (needs {bar}) {what}: {fg} on {bg}")
        if ratio < bar:
            failing.append(f"{what}: {fg} on {bg} is {ratio:.2f}:1, needs {bar}:1")
    assert failing == []
