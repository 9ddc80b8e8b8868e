"""The main window's plan files, backups and health check: bringing a plan in (a file or the
example), saving one as a file, going back to a backup (the database closed and opened again)
and checking the plans are healthy. Mixed into `ui.main_window.MainWindow`."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.errors import PlannerError

PLAN_FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Small Steps plan files (*.smallsteps);;All files (*)")
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Small Steps plan files (*.smallsteps);;FHIR bundles from other systems (*.json);;All files (*)")


class PlanFilesAndBackups:
    """Whole plans in and out, and the database's backups and health."""

    def reopen_after(self, action, passphrase):
        """Pause everything, run `action` on the closed database, then open it again."""
        from planner.storage.database import Database
        from ui.session import Session

        self.flush_typing()
        old = self.session
        data_dir, lock = old.db.data_dir, old.lock
        self.detach()
        old.db.close()
        result = None
        try:
            result = action()
        except PlannerError as error:
            self.show_error(error.message)
        try:
            db = Database.open(data_dir, passphrase=passphrase)
        except PlannerError as error:
            self.show_error(error.message)
            self.close()
            return None
        from ui import settings

        db.actor = settings.user_name()
        self._passphrase = passphrase
        self.attach(Session(db, lock=lock))
        return result

    def auto_backup(self) -> None:
        """Every half hour while there are changes (and the database is a file here)."""
        session = self.session
        if session is None or session.read_only or not session.changed_since_backup:
            return
        from planner.services import backups

        try:
            backups.backup_now(session.db, "auto")
        except PlannerError as error:
            self.saved_label.setText(QCoreApplication.translate("MainWindow", "Backup not made: {why}").format(why=error.message))
            return
        session.changed_since_backup = False

    def add_example(self) -> None:
        from planner.services import plan_files

        self._add_plan(lambda: plan_files.add_example_plan(self.session.db))

    def import_plan_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Bring in a plan file"), "", QCoreApplication.translate("MainWindow", IMPORT_FILTER)
        )
        if path:
            from planner.services import plan_files

            self._add_plan(lambda: plan_files.bring_in_file(self.session.db, path))

    def _add_plan(self, add) -> None:
        """Add a whole plan (example or file). Not undoable as a whole: remove the person instead."""
        try:
            plan_id = add()
        except PlannerError as error:
            self.show_error(error.message)
            return
        kept = getattr(plan_id, "kept_private", 0)
        plan_id = getattr(plan_id, "plan_id", plan_id)
        if kept:  # a team database: the person's own items stayed in their file (a count only)
            from planner.domain.counted_words import kept_behind

            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Brought in"), kept_behind(kept))
        self.session.people_changed.emit()
        self._on_saved()
        self.open_plan(plan_id)

    def export_plan_file(self) -> None:
        if self.plan_view.plan_id is None:
            return
        self.plan_view.flush()
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save this plan as a file"), QCoreApplication.translate("MainWindow", "plan") + ".smallsteps", QCoreApplication.translate("MainWindow", PLAN_FILE_FILTER)
        )
        if not path:
            return
        if not path.endswith(".smallsteps"):
            path += ".smallsteps"
        from planner.services import plan_files

        try:
            plan_files.export_plan_file(self.session.db, self.plan_view.plan_id, path)
        except PlannerError as error:
            self.show_error(error.message)
            return
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved the plan to {path}").format(path=path), 8000)

    def open_backups(self) -> None:
        from ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session, self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.exec()

    def restore_backup(self, path: str) -> None:
        """Pause everything, back up what is here, put the backup in place, open it again."""
        from planner.services import backups

        data_dir, key = self.session.db.data_dir, self.session.db.key
        if self.reopen_after(lambda: backups.restore(data_dir, path, key) or True,
                             getattr(self, "_passphrase", None)):
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The backup is back in place."), 8000)

    def check_health(self) -> None:
        from planner.services.health import check_database

        try:
            problems = check_database(self.session.db)
        except PlannerError as error:
            problems = [error.message]
        if problems:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Check my plans"),
                QCoreApplication.translate("MainWindow", "Small Steps found a problem:") + "\n\n" + "\n".join(problems) + "\n\n"
                + QCoreApplication.translate("MainWindow", "Nothing has been changed. You can go back to a backup from File, Backups."),
            )
        else:
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Check my plans"),
                                    QCoreApplication.translate("MainWindow", "All is well: your plans are healthy."))
