"""The main window: builds the pages and menus, and is the one place that wires requests.

Start-up is in two steps so the window appears at once: the frame (menus, a short "opening"
note) paints first; the database and the pages, which need SQLAlchemy, come straight after
(`attach`). Nothing here imports the domain at module level for that reason.
"""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
)

from planner.errors import PlannerError
from ui.window_files import PlanFilesAndBackups
from ui.window_following import FollowingElsewhere

BACKUP_EVERY_MS = 30 * 60 * 1000
ELSEWHERE_EVERY_MS = 5_000  # how often to look for changes made elsewhere


class MainWindow(FollowingElsewhere, PlanFilesAndBackups, QMainWindow):
    first_painted = Signal()

    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        # The screen-reader rules (ui.accessibility) are put in place just after the first paint
        # (ui.app) or when the pages are made (`attach`), whichever comes first.
        self.session = None
        self._painted = False
        self.setWindowTitle(self.tr("Small Steps"))
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening your plans…"))
        # Centred (Qt.AlignCenter, 0x84), said as a number: naming Qt's namespace before the first
        # paint makes PySide build its 94 enumerations, about a tenth of the bare window's start-up.
        self.opening.setProperty("alignment", 0x0084)
        self.stack.addWidget(self.opening)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel(self.tr("Everything you write is saved as you go."))
        self.saved_label.setAccessibleDescription(self.tr("What happened to your last change"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.auto_backup)
        # Changes made elsewhere (the command line, or another computer on a team database).
        self.elsewhere_timer = QTimer(self)
        self.elsewhere_timer.setInterval(ELSEWHERE_EVERY_MS)
        self.elsewhere_timer.timeout.connect(self.check_elsewhere)
        self._last_change = 0
        self._idle_lock = None
        self.resize(1000, 700)
        if session is not None:
            self.attach(session)

    @property
    def idle_lock(self):
        """Locks the window when it is left alone with protected plans open: made when first
        needed (the plans open after the first paint, which need not wait for it)."""
        if self._idle_lock is None:
            from ui.security import IdleLock

            self._idle_lock = IdleLock(self)
        return self._idle_lock

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # Building --------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # One key sequence, given as a list: `setShortcut`'s choice between its overloads makes
            # PySide build Qt's 94 enumerations, which would delay the first paint.
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # Ctrl+N belongs to the list keys (ui/shortcuts.py): on the list of people it adds a person.
        self.add_action = self._action(self.tr("&Add a person…"), self.add_person)
        self.example_action = self._action(self.tr("Try an &example plan"), self.add_example)
        self.import_action = self._action(self.tr("&Bring in a plan file…"), self.import_plan_file, QKeySequence.StandardKey.Open)
        self.export_action = self._action(self.tr("&Save this plan as a file…"), self.export_plan_file)
        self.backups_action = self._action(self.tr("Bac&kups…"), self.open_backups)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.data_actions = [self.add_action, self.example_action, self.import_action,
                             self.export_action, self.backups_action]
        for action in self.data_actions:
            file_menu.addAction(action)
            action.setEnabled(False)  # until the database is open
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        # Ctrl+, on every system (the standard Preferences key is missing on some Linux desktops).
        self.settings_action.setShortcuts(list(dict.fromkeys(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")])))
        self.edit_menu.addAction(self.settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.open_shortcuts)
        self.shortcuts_action.setShortcuts(list(dict.fromkeys(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents), QKeySequence("F1")])))
        help_menu.addAction(self.shortcuts_action)
        self.check_action = self._action(self.tr("&Check my plans are healthy"), self.check_health)
        self.check_action.setEnabled(False)
        help_menu.addAction(self.check_action)
        # A team database only: plans opened outside someone's access (and opening one, with a reason).
        self.break_glass_action = self._action(self.tr("Plans opened outside &access…"), self.open_break_glass)
        self.break_glass_action.setVisible(False)
        file_menu.insertAction(self.quit_action, self.break_glass_action)
        help_menu.addAction(self._action(self.tr("&About Small Steps"), self.open_about))

    def attach(self, session) -> None:
        """Open the pages on `session` (the open database)."""
        from ui import accessibility
        from ui.pages.caseload_page import CaseloadPage

        accessibility.install()
        from ui.pages.plan_view import PlanView

        self.session = session
        self.caseload = CaseloadPage(session)
        self.plan_view = PlanView(session)
        self.stack.addWidget(self.caseload)
        self.stack.addWidget(self.plan_view)
        self.stack.setCurrentWidget(self.caseload)
        from ui.shortcuts import ListKeys

        self.list_keys = ListKeys(self, self._current_page)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=step: self.plan_view.go_to_part(s))
            self.addAction(action)
        self.undo_action = session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Both usual redo keys, on every system (Linux's standard is only Ctrl+Shift+Z).
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        first = self.edit_menu.actions()[0]
        self.edit_menu.insertAction(first, self.undo_action)
        self.edit_menu.insertAction(first, self.redo_action)
        self.edit_menu.insertSeparator(first)
        for action in self.data_actions:
            action.setEnabled(not session.read_only)
        self.backups_action.setEnabled(True)
        self.check_action.setEnabled(True)
        self.break_glass_action.setVisible(not session.db.is_sqlite)
        if session.read_only:
            self.setWindowTitle(self.tr("Small Steps (looking only)"))
            self.saved_label.setText(self.tr("Looking only: another copy of Small Steps has these plans open."))
        self._warn_if_network_folder()
        self._connect()
        self.backup_timer.start()
        self._last_change = self._change_id()
        self.elsewhere_timer.start()
        self.idle_lock.restart()
        self.caseload.table.setFocus()

    def _warn_if_network_folder(self) -> None:
        from planner.storage.paths import looks_like_network_folder

        folder = self.session.db.data_dir
        if folder is not None and looks_like_network_folder(folder):
            self.saved_label.setText(self.tr(
                "⚠ Your plans are in a network folder, where they can be damaged. "
                "Choose a folder on this computer in Settings."))

    def detach(self) -> None:
        """Take the pages off the current session (before a restore swaps the database)."""
        self.backup_timer.stop()
        self.elsewhere_timer.stop()
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.removeAction(action)
            action.deleteLater()
        for page in (self.caseload, self.plan_view):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.session.saved.disconnect(self._on_saved)
        self.session.failed.disconnect(self._on_failed)
        self.session.resolve = None
        self.stack.currentChanged.disconnect(self._update_actions)
        self.stack.setCurrentWidget(self.opening)
        self.session = None

    def flush_typing(self) -> None:
        if self.session is not None:
            self.plan_view.flush()

    def _connect(self) -> None:
        c = self.caseload
        c.add_requested.connect(self.add_person)
        c.rename_requested.connect(self.rename_person)
        c.remove_requested.connect(self.remove_person)
        c.open_requested.connect(self.open_plan)
        c.example_requested.connect(self.add_example)
        c.import_requested.connect(self.import_plan_file)
        c.panel_day_requested.connect(self.open_panel_day)
        self.plan_view.back_requested.connect(self.show_caseload)
        self.session.saved.connect(self._on_saved)
        self.session.failed.connect(self._on_failed)
        self.session.resolve = self._keep_mine
        self.stack.currentChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        self.export_action.setEnabled(self.stack.currentWidget() is self.plan_view)

    # Requests --------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Small Steps"), message)

    def _current_page(self):
        if self.stack.currentWidget() is self.plan_view:
            return self.plan_view.stack.currentWidget()
        return self.stack.currentWidget()

    def open_shortcuts(self) -> None:
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def add_person(self) -> None:
        from ui.commands.people import AddPersonCommand
        from ui.dialogs.name_dialog import NameDialog

        command_holder = {}

        def accept(name: str):
            command = AddPersonCommand(self.session, name)
            error = self.session.execute(command)
            command_holder["command"] = command
            return error

        dialog = NameDialog(
            self.tr("Add a person"), self.tr("What is their name?"), accept_name=accept, parent=self
        )
        if dialog.exec() and "command" in command_holder:
            self.show_caseload()
            self.caseload.select_person(command_holder["command"].person_id)

    def rename_person(self, person_id: int) -> None:
        from planner.services import people
        from ui.commands.people import EditPersonCommand
        from ui.dialogs.name_dialog import NameDialog

        person = people.get_person(self.session.db, person_id)

        def accept(name: str):
            if name.strip() == person.name:
                return None
            return self.session.execute(
                EditPersonCommand(self.session, person_id, "name", person.name, name)
            )

        NameDialog(
            self.tr("Rename"), self.tr("What should their name be?"), person.name, accept, self
        ).exec()

    def remove_person(self, person_id: int) -> None:
        from planner.services import people
        from ui.commands.people import RemovePersonCommand

        person = people.get_person(self.session.db, person_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove {name}?").format(name=person.name),
            self.tr(
                "Remove {name} and their plan from Small Steps?\n\n"
                "You can bring them back with Undo until you close Small Steps."
            ).format(name=person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.execute(RemovePersonCommand(self.session, person_id, person.name))
            self.show_caseload()

    def open_plan(self, plan_id: int) -> None:
        try:
            self.plan_view.show_plan(plan_id)
        except PlannerError as error:
            self.show_error(error.message)
            return
        self.stack.setCurrentWidget(self.plan_view)

    def show_caseload(self) -> None:
        self.plan_view.flush()
        self.stack.setCurrentWidget(self.caseload)
        self.caseload.refresh()
        self.caseload.table.setFocus()

    def open_settings(self) -> None:
        from ui import security
        from ui.dialogs.settings_dialog import SettingsDialog

        data_dir = self.session.db.data_dir if self.session is not None else None
        protected = None if data_dir is None else self.session.db.key is not None
        dialog = SettingsDialog(self, data_dir, protected, self.session.db if self.session is not None else None)
        if dialog.exec():
            self.idle_lock.restart()
            if dialog.language_changed():
                self.change_language()
            elif self.session is not None:
                self.caseload.refresh()  # reviews may now fall due on other dates
        if dialog.wants == "protect":
            security.protect(self)
        elif dialog.wants == "unprotect":
            security.unprotect(self)

    def change_language(self) -> None:
        """Put the window in the language now chosen in Settings, at once: the translators are
        swapped, then the menus and pages are built again in the new words, with the same plan
        and part open (everything typed is saved first; Undo keeps working)."""
        from PySide6.QtWidgets import QApplication

        from ui import language

        self.flush_typing()
        language.apply_language(QApplication.instance(), language.window_language())
        session = self.session
        plan_id = row = None
        if session is not None:
            if self.stack.currentWidget() is self.plan_view:
                plan_id, row = self.plan_view.plan_id, self.plan_view.parts.currentRow()
            self.detach()
        self.setWindowTitle(self.tr("Small Steps"))
        self.opening.setText(self.tr("Opening your plans…"))
        self.saved_label.setText(self.tr("Everything you write is saved as you go."))
        self.saved_label.setAccessibleDescription(self.tr("What happened to your last change"))
        self.menuBar().clear()
        from PySide6.QtCore import Qt

        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for old in (*self.menuBar().findChildren(QMenu, options=direct),
                    *self.findChildren(QAction, options=direct)):
            if isinstance(old, QAction):
                self.removeAction(old)  # its keys are free for the new one at once
            old.setParent(None)  # the menus and actions in the old words go
            old.deleteLater()
        self._build_menus()
        if session is None:
            return
        self.attach(session)
        if plan_id is not None:
            self.open_plan(plan_id)
            if row is not None and row >= 0:
                self.plan_view.parts.setCurrentRow(row)

    def open_panel_day(self) -> None:
        from ui.dialogs.panel_day_dialog import PanelDayDialog

        self.flush_typing()
        PanelDayDialog(self.session, self).exec()
        self.caseload.refresh()

    def open_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.session is not None:
            self.plan_view.flush()
        super().closeEvent(event)
