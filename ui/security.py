"""Passphrase protection in the window: turning it on and off, and locking when left alone."""

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from planner.errors import PlannerError
from ui import settings
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage

LOCK_MINUTES_KEY = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 10
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin}


def lock_minutes() -> int:
    try:
        return max(0, min(240, int(settings.app_settings().value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES))))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES


def save_lock_minutes(minutes: int) -> None:
    store = settings.app_settings()
    store.setValue(LOCK_MINUTES_KEY, int(minutes))
    store.sync()


class LockPage(QWidget):
    """Shown instead of the plans while Small Steps is locked."""

    def __init__(self, unlock, parent=None):
        super().__init__(parent)
        self._unlock = unlock
        heading = Heading(self.tr("Small Steps is locked"))
        note = QLabel(self.tr("It locked because no one used it for a while. Type your passphrase "
                              "(or recovery key) to go on."))
        note.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.message = FieldMessage()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (heading, note, self.secret, self.button, self.message):
            layout.addWidget(widget)
        layout.addStretch(2)
        self.button.clicked.connect(self._try)
        self.secret.returnPressed.connect(self._try)

    def _try(self) -> None:
        error = self._unlock(self.secret.text())
        self.secret.clear()
        self.message.show_message(error)


class IdleLock(QObject):
    """Locks the window after the chosen minutes without use, when the plans are protected."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._page: LockPage | None = None
        self._before = None
        self._watching = False

    @property
    def page(self) -> LockPage:
        """The locked page, made the first time it is needed (most people never lock)."""
        if self._page is None:
            self._page = LockPage(self.unlock)
            self.window.stack.addWidget(self._page)
        return self._page

    def _watch(self, on: bool) -> None:
        """Watch every key press and click only while a lock is counting down: a filter on the
        whole application is called for every event, so it is there only when it is needed."""
        if on != self._watching:
            self._watching = on
            app = QApplication.instance()
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._before is not None

    def restart(self) -> None:
        minutes = lock_minutes()
        session = self.window.session
        if session is not None and session.db.key is not None and minutes > 0 and not self.locked:
            self.timer.start(minutes * 60 * 1000)
            self._watch(True)
        else:
            self.timer.stop()
            self._watch(False)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # any use starts the wait again
        return False

    def lock(self) -> None:
        if self.locked or self.window.session is None:
            return
        self.window.flush_typing()
        self._before = self.window.stack.currentWidget()
        self.window.stack.setCurrentWidget(self.page)
        self.window.menuBar().setEnabled(False)
        self.page.secret.setFocus()

    def unlock(self, secret: str) -> str | None:
        from planner.storage import encryption

        try:
            key = encryption.unlock(self.window.session.db.data_dir, secret)
        except PlannerError as error:
            return error.message
        if key != self.window.session.db.key:
            return self.tr("That passphrase isn't right.")
        self.window.stack.setCurrentWidget(self._before)
        self._before = None
        self.window.menuBar().setEnabled(True)
        self.restart()
        return None


def protect(window) -> None:
    """Turn passphrase protection on: pause, convert every file, reopen, show the recovery key."""
    from planner.services import encryption
    from ui.dialogs.passphrase_dialog import PassphraseDialog, RecoveryKeyDialog

    chosen = {}

    def check(secret, again):
        from planner.storage.encryption import check_new_passphrase

        try:
            check_new_passphrase(secret, again)
        except PlannerError as error:
            return error.message
        chosen["secret"] = secret
        return None

    if not PassphraseDialog(check, window, new=True).exec():
        return
    data_dir = window.session.db.data_dir

    def convert():
        return encryption.encrypt(data_dir, chosen["secret"])

    recovery = window.reopen_after(convert, chosen["secret"])
    if recovery:
        RecoveryKeyDialog(recovery, window).exec()


def unprotect(window) -> None:
    from planner.services import encryption
    from ui.dialogs.passphrase_dialog import PassphraseDialog

    data_dir = window.session.db.data_dir
    chosen = {}

    def check(secret, _again):
        from planner.storage.encryption import unlock

        try:
            unlock(data_dir, secret)
        except PlannerError as error:
            return error.message
        chosen["secret"] = secret
        return None

    intro = QApplication.translate("Security", "Type your passphrase to take the protection off.")
    if PassphraseDialog(check, window, intro=intro).exec():
        window.reopen_after(lambda: encryption.decrypt(data_dir, chosen["secret"]) or True, None)
