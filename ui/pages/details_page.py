"""Me and my plan: the person's details, the plan's title and dates, who helped write it."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.plan import role_label
from planner.domain.visibility import visibility_label
from planner.services import people, plans
from ui.commands.people import (
    EditPersonCommand,
    EditPlanCommand,
    RemoveHelperCommand,
)
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage
from ui.widgets.visibility import VisibilityCombo

# Each language by its own name, with this window's word for it beside the other one.
LANGUAGES = [("en", QT_TRANSLATE_NOOP("DetailsPage", "English")),
             ("cy", QT_TRANSLATE_NOOP("DetailsPage", "Cymraeg (Welsh)"))]


class DetailsPage(QWidget):
    """Every field saves itself when the person finishes with it (no Save button)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.person_id: int | None = None
        self._loading = False
        self.heading = Heading(self.tr("Me and my plan"))

        self.name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.pronouns = QLineEdit()
        self.pronouns.setPlaceholderText(self.tr("For example: she/her, he/him, they/them"))
        self.date_of_birth = QLineEdit()
        self.date_of_birth.setPlaceholderText(self.tr("For example: 1984-03-21"))
        self.details_visibility = VisibilityCombo()
        self.easy_read = QCheckBox(self.tr("Easy read"))
        self.large_text = QCheckBox(self.tr("Large text"))
        self.read_aloud = QCheckBox(self.tr("Reading aloud"))
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(QCoreApplication.translate("DetailsPage", label), code)
        self.other_needs = QPlainTextEdit()
        self.other_needs.setTabChangesFocus(True)
        self.other_needs.setMaximumHeight(120)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("For example: My plan for a better year"))
        self.started_on = QLineEdit()
        self.started_on.setPlaceholderText(self.tr("For example: 2026-11-22"))
        self.helpers = QListWidget()
        self.helpers.setMaximumHeight(220)
        self.helpers.setWordWrap(True)
        self.helpers.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.helpers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_helper_button = QPushButton(self.tr("Add someone who helped…"))
        self.remove_helper_button = QPushButton(self.tr("Take them off"))
        self.message = FieldMessage()

        names = {
            self.name: self.tr("Name"),
            self.preferred_name: self.tr("What you like to be called"),
            self.pronouns: self.tr("Pronouns"),
            self.date_of_birth: self.tr("Date of birth"),
            self.details_visibility: self.tr("Who can see these details"),
            self.easy_read: self.tr("Easy read"),
            self.large_text: self.tr("Large text"),
            self.read_aloud: self.tr("Reading aloud"),
            self.language: self.tr("Language"),
            self.other_needs: self.tr("Anything else that helps you take part"),
            self.title: self.tr("Name of your plan"),
            self.started_on: self.tr("Date the plan started"),
            self.helpers: self.tr("People who helped write the plan"),
            self.add_helper_button: self.tr("Add someone who helped"),
            self.remove_helper_button: self.tr("Take the chosen helper off"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

        me = QGroupBox(self.tr("My details"))
        me_form = QFormLayout(me)
        me_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        me_form.addRow(self.tr("&Name"), self.name)
        me_form.addRow(self.tr("What you like to be &called"), self.preferred_name)
        me_form.addRow(self.tr("&Pronouns"), self.pronouns)
        me_form.addRow(self.tr("&Date of birth"), self.date_of_birth)
        me_form.addRow(self.tr("Who can &see these details"), self.details_visibility)
        needs = QVBoxLayout()
        for box in (self.easy_read, self.large_text, self.read_aloud):
            needs.addWidget(box)
        me_form.addRow(self.tr("What helps me read and take part"), needs)
        me_form.addRow(self.tr("&Language"), self.language)
        me_form.addRow(self.tr("Anything &else that helps"), self.other_needs)

        plan_box = QGroupBox(self.tr("My plan"))
        plan_form = QFormLayout(plan_box)
        plan_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        plan_form.addRow(self.tr("Name of my &plan"), self.title)
        plan_form.addRow(self.tr("Plan &started"), self.started_on)
        plan_form.addRow(self.tr("Who &helped write it"), self.helpers)
        helper_buttons = QHBoxLayout()
        helper_buttons.addWidget(self.add_helper_button)
        helper_buttons.addWidget(self.remove_helper_button)
        helper_buttons.addStretch(1)
        plan_form.addRow("", helper_buttons)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addWidget(self.message)
        inner.addWidget(me)
        inner.addWidget(plan_box)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for field, widget in (
            ("name", self.name), ("preferred_name", self.preferred_name),
            ("pronouns", self.pronouns), ("date_of_birth", self.date_of_birth),
        ):
            widget.editingFinished.connect(lambda f=field, w=widget: self._save_person(f, w.text()))
        self.details_visibility.visibility_chosen.connect(
            lambda value: self._save_person("details_visibility", value)
        )
        for field, box in (
            ("needs_easy_read", self.easy_read), ("needs_large_text", self.large_text),
            ("needs_read_aloud", self.read_aloud),
        ):
            box.toggled.connect(lambda on, f=field: self._save_person(f, on))
        self.language.activated.connect(
            lambda _i: self._save_person("preferred_language", self.language.currentData())
        )
        self._needs_timer = QTimer(self)
        self._needs_timer.setSingleShot(True)
        self._needs_timer.setInterval(700)
        self._needs_timer.timeout.connect(
            lambda: self._save_person("other_communication_needs", self.other_needs.toPlainText())
        )
        self.other_needs.textChanged.connect(self._on_needs_typed)
        self.title.editingFinished.connect(lambda: self._save_plan("title", self.title.text()))
        self.started_on.editingFinished.connect(
            lambda: self._save_plan("started_on", self.started_on.text())
        )
        self.add_helper_button.clicked.connect(self._add_helper)
        self.remove_helper_button.clicked.connect(self._remove_helper)
        self.helpers.currentRowChanged.connect(self._update_buttons)
        session.plan_changed.connect(self._on_plan_changed)

    # Loading -----------------------------------------------------------------------------

    def show_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.reload()

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id and self.isVisible():
            self.reload()
        elif plan_id == self.plan_id:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if getattr(self, "_stale", False) and self.plan_id is not None:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self.plan_id is None:
            return
        plan = plans.get_plan(self.session.db, self.plan_id)
        person = people.get_person(self.session.db, plan.person_id)
        self.person_id = person.person_id
        self._loading = True
        try:
            self.name.setText(person.name)
            self.preferred_name.setText(person.preferred_name)
            self.pronouns.setText(person.pronouns)
            self.date_of_birth.setText(person.date_of_birth.isoformat() if person.date_of_birth else "")
            self.details_visibility.set_visibility(person.details_visibility)
            self.easy_read.setChecked(person.needs_easy_read)
            self.large_text.setChecked(person.needs_large_text)
            self.read_aloud.setChecked(person.needs_read_aloud)
            index = self.language.findData(person.preferred_language)
            self.language.setCurrentIndex(max(index, 0))
            if self.other_needs.toPlainText() != person.other_communication_needs:
                self.other_needs.setPlainText(person.other_communication_needs)
            self.title.setText(plan.title)
            self.started_on.setText(plan.started_on.isoformat() if plan.started_on else "")
            self.helpers.clear()
            for helper in plan.helpers:
                item = QListWidgetItem(
                    f"{helper.name}: {role_label(helper.role)} "
                    + self.tr("(seen by: {who})").format(who=visibility_label(helper.visibility))
                )
                item.setData(256, helper.helper_id)
                self.helpers.addItem(item)
            self._person = person
            self._plan = plan
        finally:
            self._loading = False
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.remove_helper_button.setEnabled(self.helpers.currentRow() >= 0)

    # Saving ------------------------------------------------------------------------------

    def _on_needs_typed(self) -> None:
        if not self._loading:
            self._needs_timer.start()

    def _save_person(self, field: str, value) -> None:
        if self._loading or self.person_id is None:
            return
        old = getattr(self._person, field)
        if isinstance(old, dt.date):
            old = old.isoformat()
        if value == old or (old is None and value == ""):
            return
        error = self.session.execute(
            EditPersonCommand(self.session, self.person_id, field, old, value, self.plan_id)
        )
        self.message.show_message(error)

    def _save_plan(self, field: str, value) -> None:
        if self._loading or self.plan_id is None:
            return
        old = getattr(self._plan, field)
        if isinstance(old, dt.date):
            old = old.isoformat()
        if value == old or (old is None and value == ""):
            return
        error = self.session.execute(EditPlanCommand(self.session, self.plan_id, field, old, value))
        self.message.show_message(error)

    def flush(self) -> None:
        """Save what is still being typed (before the page is left or the program closes)."""
        if self._needs_timer.isActive():
            self._needs_timer.stop()
            self._save_person("other_communication_needs", self.other_needs.toPlainText())

    def _add_helper(self) -> None:
        from ui.dialogs.helper_dialog import HelperDialog

        dialog = HelperDialog(self.session, self.plan_id, self)
        dialog.exec()

    def _remove_helper(self) -> None:
        item = self.helpers.currentItem()
        if item is None:
            return
        error = self.session.execute(
            RemoveHelperCommand(self.session, self.plan_id, int(item.data(256)))
        )
        self.message.show_message(error)
