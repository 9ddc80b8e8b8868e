"""Lists of people sort and search by the window's language: Welsh letters (ch, dd, ff, ng,
ll, ph, rh, th) in Welsh order through QCollator (ICU), accents ignored where the language
ignores them (Gwyn finds Gŵyn)."""

import pytest

from planner.domain.search_text import fold
from planner.storage.models import person_search_key
from ui import language
from ui.models.caseload_model import CaseloadModel

NAMES = ["Llinos", "Lowri", "Chris", "Cerys", "Ddwynwen", "Deio", "Rhys", "Robert", "Thomas",
         "Tegan", "Ngaio", "Nia", "Gwen", "Ffion", "Fiona", "Phil", "Pedr", "Gŵyn", "Siân"]


def _rows(names):
    from planner.services.caseload import CaseloadRow

    return [CaseloadRow(i, name, "", person_search_key(name, ""), i, "", "", None, None, None,
                        None, None, None) for i, name in enumerate(names)]


@pytest.fixture
def model(qapp):
    yield CaseloadModel()
    language.apply_language(qapp, "en")


def _shown(model):
    return [model.person_at(row).name for row in range(model.rowCount())]


def test_welsh_order_in_a_welsh_window(model, qapp):
    language.apply_language(qapp, "cy")
    model.set_rows(_rows(NAMES))
    assert _shown(model) == ["Cerys", "Chris", "Deio", "Ddwynwen", "Fiona", "Ffion", "Gwen",
                             "Gŵyn", "Ngaio", "Lowri", "Llinos", "Nia", "Pedr", "Phil",
                             "Robert", "Rhys", "Siân", "Tegan", "Thomas"]


def test_english_order_in_an_english_window(model, qapp):
    language.apply_language(qapp, "en")
    model.set_rows(_rows(NAMES))
    shown = _shown(model)
    assert shown.index("Llinos") < shown.index("Lowri")
    assert shown.index("Ngaio") > shown.index("Lowri")


@pytest.mark.parametrize("code", ["en", "cy"])
def test_search_ignores_accents_in_english_and_welsh(model, qapp, code):
    language.apply_language(qapp, code)
    model.set_rows(_rows(NAMES))
    for typed, found in (("gwyn", ["Gŵyn"]), ("GŴYN", ["Gŵyn"]), ("sian", ["Siân"]),
                         ("ll", ["Llinos"])):
        model.set_search(typed)
        assert _shown(model) == found, typed


def test_folding_keeps_accents_where_a_language_has_them_as_letters():
    assert fold("Gŵyn Siân Zoë", "cy") == "gwyn sian zoe"
    assert fold("Åsa", "sv") == "åsa"
    assert fold("", "cy") == ""
    assert fold("ﬃ", "en") == "ffi"  # casefold first


def test_a_huge_odd_list_still_sorts(model, qapp):
    language.apply_language(qapp, "cy")
    odd = ["", " ", "🙂", "a" * 5000, "Ŵ" * 3, "\u0301", "Ll"] * 300
    model.set_rows(_rows(odd))
    assert model.rowCount() == len(odd)
