"""Settings: text size (100-200 %, the whole program follows at once), how often reviews come,
and where plans are kept."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.review_schedule import MONTHS_MAX, MONTHS_MIN, Intervals
from planner.errors import PlannerError
from planner.services import review_settings
from ui import language, settings, theme
from ui.widgets.messages import paint_warning


class SettingsDialog(QDialog):
    def __init__(self, parent=None, data_dir=None, protected=None, db=None):
        super().__init__(parent)
        self.db = db  # review intervals are kept in the database (shared by all who use it)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.wants = None  # "protect" or "unprotect" when the person asked for it
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings.text_size_percent()
        self.text_size = QSpinBox()
        self.text_size.setRange(settings.TEXT_SIZE_MIN, settings.TEXT_SIZE_MAX)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(self._original)
        self.text_size.setAccessibleName(self.tr("Text size"))
        hint = QLabel(self.tr("Make the words bigger or smaller. You will see the change straight away."))
        hint.setWordWrap(True)
        self.intervals = review_settings.review_intervals(db) if db is not None else Intervals()
        goal_months, plan_months = self.intervals.goal_months, self.intervals.plan_months
        self.goal_months = self._months_box(goal_months, self.tr("Look at my goals again every"))
        self.plan_months = self._months_box(plan_months, self.tr("Look at my whole plan again every"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_language(form)
        form.addRow(self.tr("&Text size"), self.text_size)
        self._original_look = (settings.theme_key(), settings.larger_controls())
        self.theme = QComboBox()
        for key in theme.THEMES:
            self.theme.addItem(theme.theme_label(key), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._original_look[0])))
        self.theme.setAccessibleName(self.tr("Colours"))
        form.addRow(self.tr("&Colours"), self.theme)
        self.larger = QCheckBox(self.tr("&Larger check boxes, buttons and handles"))
        self.larger.setChecked(self._original_look[1])
        self.larger.setAccessibleName(self.tr("Larger check boxes, buttons and handles"))
        form.addRow("", self.larger)
        form.addRow(self.tr("Look at my &goals again every"), self.goal_months)
        form.addRow(self.tr("Look at my whole &plan again every"), self.plan_months)
        self.user_name = QLineEdit(settings.user_name())
        self.user_name.setAccessibleName(self.tr("Your name, kept with the changes you make"))
        form.addRow(self.tr("Your &name (kept with the changes you make)"), self.user_name)
        self.data_dir = str(data_dir) if data_dir else ""
        self._chosen_folder = None
        self.folder_label = QLabel(self.data_dir or self.tr("A shared team database"))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Choose another &folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose another folder for your plans"))
        self.folder_button.setEnabled(bool(self.data_dir))
        self.folder_warning = QLabel()
        self.folder_warning.setWordWrap(True)
        paint_warning(self.folder_warning)
        form.addRow(self.tr("Your plans are kept in"), self.folder_label)
        form.addRow("", self.folder_button)
        form.addRow("", self.folder_warning)
        self.folder_button.clicked.connect(self._choose_folder)
        self._warn_about(self.data_dir)
        self._add_security(form, protected)
        self._add_reviews(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        content = QWidget()  # scrolls when the text is large or the screen small
        inner = QVBoxLayout(content)
        inner.addWidget(hint)
        inner.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.text_size.valueChanged.connect(self._preview)
        self.theme.currentIndexChanged.connect(self._preview_look)
        self.larger.toggled.connect(self._preview_look)

    def _add_language(self, form) -> None:
        """The window's language: the computer's (unless chosen), English or Cymraeg."""
        self._language = language.chosen_language()
        self.language = QComboBox()
        computers = language.LANGUAGES[language.computer_language()]
        self.language.addItem(
            QCoreApplication.translate("Language", language.COMPUTERS_CHOICE).format(name=computers), "")
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))
        self.language.setAccessibleName(self.tr("Language of the window"))
        form.addRow(self.tr("Lan&guage of the window"), self.language)
        note = QLabel(self.tr("The window changes to it when you press OK. Each plan's own "
                              "language is chosen in Me and my plan."))
        note.setWordWrap(True)
        form.addRow("", note)

    def language_changed(self) -> bool:
        """Whether the window's language is now another one (after OK)."""
        return language.window_language() != language.current_language()

    def _months_box(self, value: int, name: str) -> QSpinBox:
        from planner.domain.goal_dates import REVIEW_MONTHS_MAX, REVIEW_MONTHS_MIN

        box = QSpinBox()
        box.setRange(REVIEW_MONTHS_MIN, REVIEW_MONTHS_MAX)
        box.setSuffix(self.tr(" months"))
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def _add_security(self, form, protected) -> None:
        from ui.security import lock_minutes

        if protected:
            status = self.tr("Your plans are protected by a passphrase.")
            button = QPushButton(self.tr("Take the &protection off…"))
            button.clicked.connect(lambda: self._ask("unprotect"))
        else:
            status = self.tr("Your plans are not protected by a passphrase. They are only as safe "
                             "as this computer's own disk encryption.")
            button = QPushButton(self.tr("&Protect with a passphrase…"))
            button.clicked.connect(lambda: self._ask("protect"))
        button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        button.setEnabled(protected is not None)
        self.protect_status = QLabel(status)
        self.protect_status.setWordWrap(True)
        self.protect_button = button
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setValue(lock_minutes())
        self.lock_minutes.setAccessibleName(self.tr("Lock after this many minutes without use"))
        form.addRow(self.tr("Privacy"), self.protect_status)
        form.addRow("", button)
        form.addRow(self.tr("&Lock when not used for"), self.lock_minutes)

    def _add_reviews(self, form) -> None:
        """How often reviews fall due (months): goals and the whole plan (above), reassessment."""
        intervals = self.intervals
        self.review_months = {"goals": self.goal_months, "plan": self.plan_months}
        for key, label, name, value in (
            ("reassessment", self.tr("&Reassess every"), self.tr("Months between reassessments"),
             intervals.reassessment_months),
        ):
            box = QSpinBox()
            box.setRange(MONTHS_MIN, MONTHS_MAX)
            box.setSuffix(self.tr(" months"))
            box.setValue(value)
            box.setAccessibleName(name)
            self.review_months[key] = box
            form.addRow(label, box)
        for box in self.review_months.values():
            box.setEnabled(self.db is not None)
            if self.db is None:
                box.setToolTip(self.tr("Open your plans first: these are kept with them."))

    def _ask(self, what: str) -> None:
        self.wants = what
        self.accept()

    def _warn_about(self, folder: str) -> None:
        from planner.storage.paths import looks_like_network_folder

        if folder and looks_like_network_folder(Path(folder)):
            self.folder_warning.setText("⚠ " + self.tr(
                "This looks like a network folder. Plans kept there can be damaged if two "
                "computers open them. Please choose a folder on this computer."))
            self.folder_warning.show()
        else:
            self.folder_warning.hide()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for your plans"), self.data_dir)
        if folder:
            self._chosen_folder = folder
            self.folder_label.setText(folder + "\n" + self.tr("(used the next time Small Steps opens)"))
            self._warn_about(folder)

    def _preview_look(self, *_args) -> None:
        theme.apply_theme(QApplication.instance(), self.theme.currentData(), self.larger.isChecked())

    def _preview(self, value: int) -> None:
        settings.apply_text_size(QApplication.instance(), value)

    def accept(self) -> None:
        if self.db is not None:  # first: the one that can fail (the database)
            wanted = [self.review_months[k].value() for k in ("goals", "plan", "reassessment")]
            now = self.intervals
            if wanted != [now.goal_months, now.plan_months, now.reassessment_months]:
                try:
                    review_settings.set_review_intervals(self.db, *wanted)
                except PlannerError as error:
                    self.message.setText(error.message)
                    self.message.show()
                    return
        settings.save_text_size(self.text_size.value())
        settings.save_look(self.theme.currentData(), self.larger.isChecked())
        language.save_language(self.language.currentData())
        settings.save_user_name(self.user_name.text())
        from ui.security import save_lock_minutes

        save_lock_minutes(self.lock_minutes.value())
        if self._chosen_folder:
            settings.save_data_dir(self._chosen_folder)
        super().accept()

    def reject(self) -> None:
        settings.apply_text_size(QApplication.instance(), self._original)
        theme.apply_theme(QApplication.instance(), *self._original_look)
        super().reject()
