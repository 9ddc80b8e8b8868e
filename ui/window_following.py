"""The main window's part that follows the team: changes made elsewhere shown within seconds
(the field in use kept), what happened to the last change, someone else's change shown beside
yours to choose, and plans opened outside access. Mixed into `ui.main_window.MainWindow` (which
holds `session`, `stack`, `caseload`, `plan_view`, `idle_lock` and `saved_label`)."""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from planner.errors import PlannerError


class FollowingElsewhere:
    """What the window does about other people's changes and the fate of its own."""

    def _change_id(self) -> int:
        from planner.services import history

        try:
            return history.last_change_id(self.session.db)
        except PlannerError:
            return self._last_change

    def check_elsewhere(self) -> None:
        """Follow changes someone else made meanwhile (every few seconds; one cheap look at the
        record of changes): the list of people is read again, and a plan open here shows them.
        What is being typed is saved first, through the same check as every edit (so a field
        both changed is never written over: the person chooses), and the page is then shown
        again around it: the field in use keeps the keyboard and what is in it."""
        from PySide6.QtWidgets import QApplication

        from planner.services import history

        if self.session is None or self.idle_lock.locked or QApplication.activeModalWidget() is not None:
            return  # (while locked, or a question is open, it is all picked up afterwards)
        try:
            changes = history.changes_since(self.session.db, self._last_change, self.session.db.actor)
        except PlannerError:
            return
        self._last_change = changes.last_id
        if not changes.actors:
            return
        if self.stack.currentWidget() is self.caseload:
            self.caseload.refresh()
        elif self.plan_view.plan_id in changes.plans:
            self._follow(self.plan_view.plan_id)
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "{who} changed this plan from elsewhere: their changes "
                                                 "are shown.").format(who=", ".join(changes.actors)), 10_000)

    def _follow(self, plan_id: int) -> None:
        """Show the open plan as it is now, keeping the field in use: what is typed there is
        saved first (through the same check as every edit), the keyboard and the cursor stay."""
        from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

        focused = QApplication.focusWidget()
        cursor = None
        if isinstance(focused, QLineEdit):
            cursor = focused.cursorPosition()
        elif isinstance(focused, QPlainTextEdit):
            cursor = focused.textCursor().position()
        if isinstance(focused, QLineEdit) and focused.isModified():
            focused.editingFinished.emit()  # a one-line field saves when finished: finish it now
            focused.setModified(False)
        self.plan_view.flush()
        self.session.plan_changed.emit(plan_id)
        if focused is None or not focused.isVisible():
            return
        if QApplication.focusWidget() is not focused:
            focused.setFocus()
        if isinstance(focused, QLineEdit) and cursor is not None:
            focused.setCursorPosition(min(cursor, len(focused.text())))
        elif isinstance(focused, QPlainTextEdit) and cursor is not None:
            text_cursor = focused.textCursor()
            text_cursor.setPosition(min(cursor, len(focused.toPlainText())))
            focused.setTextCursor(text_cursor)

    def _on_saved(self) -> None:
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "Saved at {time}").format(time=dt.datetime.now().strftime("%H:%M"))
        )

    def _on_failed(self, message: str) -> None:
        self.saved_label.setText(QCoreApplication.translate("MainWindow", "Not saved: {why}").format(why=message))

    def _keep_mine(self, who: str, theirs: dict, mine: dict) -> bool:
        """Someone else changed it meanwhile (an edit, or an Undo, in any editor): show both, and
        say whether the person keeps theirs or takes the other."""
        from ui.dialogs.conflict_dialog import ConflictDialog

        return ConflictDialog(who, theirs, mine, self).exec() == ConflictDialog.KEEP_MINE

    def open_break_glass(self) -> None:
        from ui.dialogs.break_glass_dialog import BreakGlassDialog

        dialog = BreakGlassDialog(self.session.db, self)
        if dialog.exec() == BreakGlassDialog.DialogCode.Accepted and dialog.opened_plan is not None:
            self.open_plan(dialog.opened_plan)
