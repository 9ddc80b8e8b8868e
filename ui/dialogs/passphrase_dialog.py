"""Asking for the passphrase (to open or unlock), or for a new one (to protect the plans)."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ui.widgets.messages import FieldMessage


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)  # pasting is allowed
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """`check(secret)` returns None when the secret is right, else a message to show."""

    def __init__(self, check, parent=None, *, new: bool = False, intro: str = ""):
        super().__init__(parent)
        self._check = check
        self.new = new
        self.setWindowTitle(self.tr("Protect your plans") if new else self.tr("Your passphrase"))
        text = intro or (
            self.tr("Choose a passphrase: a few words you will remember. You will need it to open "
                    "Small Steps. You will also get a recovery key, in case you forget it.")
            if new else
            self.tr("These plans are protected. Type your passphrase (or your recovery key) to open them.")
        )
        label = QLabel(text)
        label.setWordWrap(True)
        self.secret = _secret_field(self.tr("Passphrase"))
        self.again = _secret_field(self.tr("The same passphrase again"))
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.secret)
        if new:
            form.addRow(self.tr("The same &again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        error = self._check(self.secret.text(), self.again.text() if self.new else None)
        if error:
            self.message.show_message(error)
            self.secret.setFocus()
            self.secret.selectAll()
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, with words about keeping it safe."""

    def __init__(self, recovery_key: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        label = QLabel(self.tr(
            "Your plans are now protected. This is your recovery key. Write it down and keep it "
            "somewhere safe, away from this computer. If you forget your passphrase, it is the "
            "only way back into your plans. It will not be shown again."))
        label.setWordWrap(True)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        font = self.key.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setFamily("DejaVu Sans Mono")
        self.key.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have written it down"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.key)
        layout.addWidget(buttons)
