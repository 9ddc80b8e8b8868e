"""Qt item models checked with qtmodeltester; settings and about dialogs."""

from planner.services import people
from ui.models.people_model import PERSON_ID_ROLE, PeopleModel


def test_people_model(qtmodeltester, db):
    for name in ("Ann", "Ŵyn 🌱", "x" * 200):
        people.add_person(db, name)
    model = PeopleModel()
    model.set_people(people.list_people(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.index(0, 0).data(PERSON_ID_ROLE) is not None
    model.set_people([])
    qtmodeltester.check(model)


def test_settings_dialog_changes_and_cancel_restores(window, qapp):
    from ui import settings
    from ui.dialogs.settings_dialog import SettingsDialog

    base = qapp.font().pointSizeF()
    dialog = SettingsDialog(window)
    dialog.text_size.setValue(150)
    assert abs(qapp.font().pointSizeF() - 1.5 * base) < 0.01
    dialog.reject()
    assert abs(qapp.font().pointSizeF() - base) < 0.01
    dialog = SettingsDialog(window)
    dialog.text_size.setValue(200)
    dialog.accept()
    assert settings.text_size_percent() == 200
    settings.apply_text_size(qapp, 100)


def test_about_lists_licences(window):
    from PySide6.QtWidgets import QTextBrowser

    from ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "GPL" in text and "LGPL" in text and "Pillow" in text
