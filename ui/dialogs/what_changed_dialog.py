"""What changed: between two copies sent to the panel, or a copy and the plan today, part by part,
in plain words, as the chosen audience may see it."""

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from planner.domain import counted_words
from planner.domain.doc_diff import changes_by_part, part_title
from planner.domain.review_schedule import plain_date
from planner.errors import PlannerError
from planner.services import frozen_copies, what_changed
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage

AUDIENCES = [("me", QT_TRANSLATE_NOOP("WhatChangedDialog", "Everything (as I see it)")),
             ("team", QT_TRANSLATE_NOOP("WhatChangedDialog", "As my support team sees it")),
             ("panel", QT_TRANSLATE_NOOP("WhatChangedDialog", "As the panel sees it"))]
SIGNS = {"added": "+", "removed": "−", "changed": "✎"}


class WhatChangedDialog(QDialog):
    def __init__(self, session, plan_id: int, old_copy: int | None = None, parent=None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.setWindowTitle(self.tr("What changed"))
        self.resize(900, 600)
        copies = frozen_copies.list_copies(session.db, plan_id)
        self.old = QComboBox()
        self.new = QComboBox()
        for copy in copies:
            words = self.tr("Sent {date}").format(date=plain_date(copy.submitted_at.date()))
            if copy.panel_date:
                words += self.tr(" (panel on {date})").format(date=plain_date(copy.panel_date))
            self.old.addItem(words, copy.copy_id)
            self.new.addItem(words, copy.copy_id)
        self.new.addItem(self.tr("The plan today"), None)
        self.new.setCurrentIndex(self.new.count() - 1)
        if old_copy is not None and self.old.findData(old_copy) >= 0:
            self.old.setCurrentIndex(self.old.findData(old_copy))
        self.audience = QComboBox()
        for value, label in AUDIENCES:
            self.audience.addItem(QCoreApplication.translate("WhatChangedDialog", label), value)
        for widget, name in ((self.old, self.tr("Before")), (self.new, self.tr("After")),
                             (self.audience, self.tr("Seen as"))):
            widget.setAccessibleName(name)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Words wrap to the window at any text size; headings and lists are real structure.
        self.changes = QTextBrowser()
        self.changes.setOpenLinks(False)
        self.changes.setAccessibleName(self.tr("What changed, part by part"))
        self.message = FieldMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Before"), self.old)
        form.addRow(self.tr("&After"), self.new)
        form.addRow(self.tr("&Seen as"), self.audience)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("What changed")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        for combo in (self.old, self.new, self.audience):
            combo.currentIndexChanged.connect(self.compare)
        self.compare()

    def compare(self, *_args) -> None:
        self.changes.clear()
        self.parts: list[tuple[str, list[str]]] = []
        if self.old.count() == 0:
            self.summary.setText(self.tr("Nothing has been sent to the panel yet, so there is nothing "
                                         "to compare with."))
            return
        try:
            changes = what_changed.what_changed(self.session.db, self.plan_id, self.old.currentData(),
                                                self.new.currentData(), self.audience.currentData())
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        self.message.show_message(None)
        if not changes:
            self.summary.setText(self.tr("Nothing changed."))
            return
        self.summary.setText(counted_words.changes_summary(len(changes)))
        html = []
        for part, items in changes_by_part(changes).items():
            lines = []
            for change in items:
                words = change.sentence()
                for prefix in (part_title(part) + " › ", part_title(part) + ": "):
                    if words.startswith(prefix):
                        words = words[len(prefix):]
                lines.append(f"{SIGNS.get(change.action, '')} {words[:1].upper()}{words[1:]}")
            self.parts.append((part_title(part), lines))
            html.append(f"<h3>{escape(part_title(part))} ({len(items)})</h3><ul>"
                        + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>")
        self.changes.setHtml("".join(html))
