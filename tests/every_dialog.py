"""Every dialog the program opens, made as the program makes it (for the checks that must cover
them all: cut-off words at large text, Tab order, names). The example plan must be open.

The add/change dialogs of lists (`FormDialog`) are caught as the pages open them: their
"add" is asked for with `exec` held back, so each kind the program really shows is here."""

from unittest import mock

from planner.services import goals, meetings, reviews


def _form_dialogs(window) -> list:
    """The add dialogs of the support and budget page and of Staying well, as their pages open them."""
    from ui.dialogs.form_dialog import FormDialog
    from ui.widgets.item_list import ItemListEditor

    caught = []
    view = window.plan_view
    with mock.patch.object(FormDialog, "exec", lambda self: caught.append(self) or 0):
        for key in ("support_budget", "staying_well"):
            page = view.page_for(key)
            for editor in page.findChildren(ItemListEditor):
                editor.add_requested.emit()
    return caught


def every_dialog(window) -> list:
    """(name, dialog) for every dialog, unshown; the caller shows, checks and closes each."""
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.author_dialogs import AuthorDialog, DisagreementDialog
    from ui.dialogs.backups_dialog import BackupsDialog
    from ui.dialogs.break_glass_dialog import BreakGlassDialog
    from ui.dialogs.checkin_dialog import CheckinDialog
    from ui.dialogs.conflict_dialog import ConflictDialog
    from ui.dialogs.goal_ideas_dialog import GoalIdeasDialog
    from ui.dialogs.helper_dialog import HelperDialog
    from ui.dialogs.history_dialog import HistoryDialog
    from ui.dialogs.meeting_dialog import MeetingDialog
    from ui.dialogs.name_dialog import NameDialog
    from ui.dialogs.need_dialog import NeedDialog
    from ui.dialogs.panel_day_dialog import PanelDayDialog
    from ui.dialogs.passphrase_dialog import PassphraseDialog, RecoveryKeyDialog
    from ui.dialogs.review_dialog import ReviewDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from ui.dialogs.split_step_dialog import SplitStepDialog
    from ui.dialogs.what_changed_dialog import WhatChangedDialog
    from ui.widgets.date_field import CalendarDialog
    from ui.widgets.picture_picker import PicturePickerDialog

    session, plan_id = window.session, window.plan_view.plan_id
    assert plan_id is not None, "open the example plan first"
    db = session.db
    parts = [(part.key, part.title) for part in window.plan_view.part_list]
    goal = goals.list_goals(db, plan_id)[0]
    meeting = meetings.list_meetings(db, plan_id)[0]
    review = reviews.list_reviews(db, plan_id)[0]

    def nothing(*_args, **_kwargs):
        return None

    found = [
        ("NameDialog", NameDialog("Add a person", "What is their name?", parent=window)),
        ("AboutDialog", AboutDialog(window)),
        ("ShortcutsDialog", ShortcutsDialog(window)),
        ("HelperDialog", HelperDialog(session, plan_id, window)),
        ("BackupsDialog", BackupsDialog(session, window)),
        ("HistoryDialog", HistoryDialog(session, plan_id, parts, window)),
        ("PanelDayDialog", PanelDayDialog(session, window)),
        ("WhatChangedDialog", WhatChangedDialog(session, plan_id, parent=window)),
        ("AuthorDialog", AuthorDialog(session, plan_id, parent=window)),
        ("DisagreementDialog", DisagreementDialog(session, plan_id, window)),
        ("GoalIdeasDialog", GoalIdeasDialog(nothing, window)),
        ("NeedDialog", NeedDialog(nothing, window)),
        ("CheckinDialog", CheckinDialog(goal, nothing, None, window)),
        ("MeetingDialog", MeetingDialog(nothing, meetings.meeting_fields(meeting), window)),
        ("ReviewDialog", ReviewDialog(nothing, reviews.review_fields(review), window)),
        ("SplitStepDialog", SplitStepDialog("Clear one bed of weeds and stones", window)),
        ("PassphraseDialog", PassphraseDialog(nothing, window, new=True)),
        ("RecoveryKeyDialog", RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX", window)),
        ("ConflictDialog", ConflictDialog("Sam", {"what": "Go to the allotment on Monday", "when": "Monday"},
                                          {"what": "Go to the allotment on Tuesday", "when": "Tuesday"}, window)),
        ("CalendarDialog", CalendarDialog(None, window)),
        ("PicturePickerDialog", PicturePickerDialog(session, plan_id, window)),
        ("BreakGlassDialog", BreakGlassDialog(db, window)),  # a team database's; here it says so
    ]
    for dialog in _form_dialogs(window):
        found.append((f"FormDialog {dialog.windowTitle()!r}", dialog))
    # Last: closed without OK, Settings puts back the text size and colours kept in the settings
    # (a test that set them without keeping them would check what comes after at another size).
    found.append(("SettingsDialog", SettingsDialog(window, None, False, db)))
    return found
