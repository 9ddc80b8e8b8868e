"""Symbols' PDF drawings made beforehand (resources/symbols/pdf-forms.zip): what svglib and
ReportLab make of each symbol now, and the same PDFs as drawing them from their SVGs (issue 17)."""

import re
import zipfile
from importlib import resources

import pytest

from planner.export import symbols_render
from planner.maintenance import symbol_forms
from planner.services import exports, plan_files


def test_the_shipped_drawings_are_what_svglib_and_reportlab_make_now():
    shipped = zipfile.ZipFile(resources.files("resources") / "symbols" / "pdf-forms.zip")
    made = symbol_forms.contents()
    assert len(made) > 400  # every symbol (none names anything of the page)
    assert sorted(shipped.namelist()) == sorted(f"{key}.txt" for key in made), \
        "run: python -m planner.maintenance.symbol_forms"
    for key, text in made.items():
        assert shipped.read(f"{key}.txt").decode("ascii") == text, key


def _same_apart_from_date_and_id(pdf: bytes) -> bytes:
    pdf = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", b"", pdf)
    return re.sub(rb"/ID\s*\[<[0-9a-fA-F]+><[0-9a-fA-F]+>\]", b"", pdf)


@pytest.mark.parametrize("kind", ["panel-pdf", "easy-read-pdf", "crisis-card-pdf"])
def test_a_pdf_is_the_same_drawn_from_the_shipped_drawings_or_from_the_svgs(db, monkeypatch, kind):
    plan_id = plan_files.add_example_plan(db)
    before = symbols_render._form.cache_info()
    shipped = exports.export_bytes(db, plan_id, kind, language="cy+en")
    after = symbols_render._form.cache_info()
    if kind != "crisis-card-pdf":  # (the example's card has no symbols)
        assert after.hits + after.misses > before.hits + before.misses  # the shipped ones were used
    monkeypatch.setattr(symbols_render, "_forms", lambda: None)
    drawn = exports.export_bytes(db, plan_id, kind, language="cy+en")
    assert _same_apart_from_date_and_id(shipped) == _same_apart_from_date_and_id(drawn)


@pytest.mark.parametrize("key", ["", "../pdf-forms", "1F0CF/../1F0CF", "NOT-A-SYMBOL", None, 42, "1f0cf"])
def test_odd_keys_find_no_drawing(key):
    assert symbols_render.pdf_form(key) is None


def test_a_symbol_is_drawn_from_its_svg_when_the_drawings_are_missing(monkeypatch):
    monkeypatch.setattr(symbols_render, "_forms", lambda: None)
    assert symbols_render.pdf_form("1F0CF") is None
    assert symbols_render.svg_drawing("1F0CF") is not None
