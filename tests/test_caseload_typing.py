"""Typing in the caseload's search narrows from the people shown now (issue 17): after every
keystroke, typed or deleted, the list is exactly what a search from scratch gives, in order."""

import datetime as dt

from planner.services import caseload, people
from ui.models.caseload_model import CaseloadModel

NAMES = ["Anwen Parry", "Ann Jones", "Annie Llŷr", "Dai Jones", "Joanna Anwyl", "Siân Evans",
         "Tomos Baptiste", "Jo Ann", "Nia", "Priya Shah"]


def _shown(model):
    return [model.person_at(row).name for row in range(model.rowCount())]


def test_each_keystroke_shows_what_a_search_from_scratch_shows(db, qapp):
    for name in NAMES * 3:
        people.add_person(db, name)
    rows = caseload.list_caseload(db)
    model = CaseloadModel(today=dt.date(2026, 12, 7))
    model.set_rows(rows)
    fresh = CaseloadModel(today=dt.date(2026, 12, 7))
    fresh.set_rows(rows)
    typed = ""
    for key in "ann jo\b\b\b\bw\b\bn  j" + "\b" * 8 + "SIÂN" + "\b" * 4 + "jo":
        typed = typed[:-1] if key == "\b" else typed + key
        model.set_search(typed)
        fresh.set_search("")
        fresh.set_search(typed)  # from everyone again
        assert _shown(model) == _shown(fresh), typed
    model.set_search("an")
    model.set_filter("reviews_due")
    model.set_search("ann")
    assert _shown(model) == [r.name for r in rows if "ann" in r.search_key and
                             caseload.matches_filter(r, "reviews_due", dt.date(2026, 12, 7))]
    model.set_filter("all")
    model.set_search("ann j")
    assert sorted(set(_shown(model))) == ["Ann Jones", "Jo Ann", "Joanna Anwyl"]  # joANNa, too


def test_cell_words_are_made_once_and_again_when_the_day_or_language_changes(db, qapp):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication

    people.add_person(db, "Anwen Parry")
    model = CaseloadModel(today=dt.date(2026, 12, 7))
    model.set_rows(caseload.list_caseload(db))
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Anwen Parry"
    model._texts[(model.person_at(0).person_id, 0)] = "stale words"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "stale words"  # made once
    model.today = dt.date(2026, 12, 8)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Anwen Parry"
    model._texts[(model.person_at(0).person_id, 0)] = "stale words"
    from ui.pages.caseload_page import CaseloadPage
    from ui.session import Session

    page = CaseloadPage(Session(db))
    page.model._texts = {key: "stale words" for key in page.model._texts}
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Anwen Parry"
