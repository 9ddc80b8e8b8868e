"""The window opened in Welsh, on every part of the example plan (a Welsh speaker's plan) and
in its dialogs, shows no English fixed text: every text a person can read or hear (labels,
buttons, names, tips, lists, menus) is compared with the English of both catalogues."""

from tests.test_accessibility import settle
from tests.test_welsh_window import every_view
from tests.welsh_window_tools import english_in, english_sources, planner_pairs, visible_texts
from ui import language


def _dialogs(window):
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.author_dialogs import AuthorDialog, DisagreementDialog
    from ui.dialogs.backups_dialog import BackupsDialog
    from ui.dialogs.goal_ideas_dialog import GoalIdeasDialog
    from ui.dialogs.helper_dialog import HelperDialog
    from ui.dialogs.history_dialog import HistoryDialog
    from ui.dialogs.meeting_dialog import MeetingDialog
    from ui.dialogs.need_dialog import NeedDialog
    from ui.dialogs.panel_day_dialog import PanelDayDialog
    from ui.dialogs.review_dialog import ReviewDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.split_step_dialog import SplitStepDialog
    from ui.dialogs.what_changed_dialog import WhatChangedDialog

    session, plan_id = window.session, window.plan_view.plan_id
    parts = [(part.key, part.title) for part in window.plan_view.part_list]
    return [AboutDialog(window), SettingsDialog(window, None, False, session.db),
            BackupsDialog(session, window), HelperDialog(session, plan_id, window),
            HistoryDialog(session, plan_id, parts, window), PanelDayDialog(session, window),
            WhatChangedDialog(session, plan_id, parent=window),
            AuthorDialog(session, plan_id, parent=window),
            DisagreementDialog(session, plan_id, window),
            GoalIdeasDialog(lambda *_: None, window, language="cy"),
            NeedDialog(lambda *_: None, window), MeetingDialog(lambda *_: None, parent=window),
            ReviewDialog(lambda *_: None, parent=window), SplitStepDialog("Clear one bed", window)]


def test_no_english_fixed_text_in_a_welsh_window(qapp, window):
    from planner.services import people

    language.save_language("cy")
    try:
        window.change_language()  # as Settings does
        window.resize(1280, 800)
        exact, pattern = english_sources(planner_pairs())
        # Each language is named in itself in the list of languages (anyone can find theirs).
        exact -= set(language.LANGUAGES.values())
        found = {}
        for view in every_view(window):
            everyone = people.list_people(window.session.db)
            if everyone and everyone[0].plan_id:  # the example plan is a Welsh speaker's
                people.update_person(window.session.db, everyone[0].person_id,
                                     preferred_language="cy")
            english = english_in(visible_texts(window), exact, pattern)
            if english:
                found[view] = english
        for dialog in _dialogs(window):
            dialog.show()
            settle()
            english = english_in(visible_texts(dialog), exact, pattern)
            if english:
                found[type(dialog).__name__] = english
            dialog.close()
        assert not found, "English in the Welsh window:\n" + "\n".join(
            f"{view}: {texts}" for view, texts in found.items())
    finally:
        language.save_language("")
        language.apply_language(qapp, "en")
