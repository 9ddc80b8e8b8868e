"""Who wrote each part of the plan, and different views written beside items."""

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from planner.domain.doc_diff import part_title
from planner.domain.panel import PART_KEYS, part_role_label
from planner.domain.plan import role_label
from planner.domain.visibility import visibility_label
from planner.errors import PlannerError
from planner.services import authorship
from ui.commands.panel import RemoveAuthorCommand, RemoveDisagreementCommand
from ui.widgets.flow_layout import flow_row
from ui.widgets.messages import FieldMessage

ID_ROLE = 0x0100 + 1


def _list(name: str) -> QListWidget:
    items = QListWidget()
    items.setWordWrap(True)
    items.setMaximumHeight(220)
    items.setAccessibleName(name)
    return items


class AuthorsBox(QGroupBox):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Who wrote this"))
        self.session = session
        self.plan_id: int | None = None
        self.authors = _list(self.tr("Who helped write each part"))
        self.add_author_button = QPushButton(self.tr("Add who &helped write a part…"))
        self.remove_author_button = QPushButton(self.tr("Take &them off"))
        self.views_note = QLabel(self.tr(
            "If someone sees something in the plan differently, write their view beside it. It stays "
            "with that item, and whoever may see the item sees the view too (if they may see it)."))
        self.views_note.setWordWrap(True)
        self.views = _list(self.tr("Different views"))
        self.add_view_button = QPushButton(self.tr("Write down a &different view…"))
        self.remove_view_button = QPushButton(self.tr("Take the &view off"))
        for button in (self.add_author_button, self.remove_author_button, self.add_view_button,
                       self.remove_view_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.message = FieldMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.authors)
        layout.addWidget(flow_row(self.add_author_button, self.remove_author_button))
        layout.addWidget(self.views_note)
        layout.addWidget(self.views)
        layout.addWidget(flow_row(self.add_view_button, self.remove_view_button))
        layout.addWidget(self.message)
        self.add_author_button.clicked.connect(self.add_author)
        self.remove_author_button.clicked.connect(self.remove_author)
        self.add_view_button.clicked.connect(self.add_view)
        self.remove_view_button.clicked.connect(self.remove_view)
        self.authors.currentRowChanged.connect(self._update_buttons)
        self.views.currentRowChanged.connect(self._update_buttons)

    def show_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.refresh()

    def refresh(self) -> None:
        if self.plan_id is None:
            return
        try:
            listed = authorship.part_authors(self.session.db, self.plan_id)
            views = authorship.disagreements_of(self.session.db, self.plan_id)
            labels = authorship.item_labels(self.session.db, self.plan_id,
                                            [(v.item_kind, v.item_id) for v in views])
        except PlannerError:
            return
        self.authors.clear()
        for part in PART_KEYS:
            for author in listed.get(part, []):
                words = f"{part_title(part)}: {part_role_label(author.role)}"
                if author.name:
                    words += f" ({author.name})"
                words += " · " + self.tr("Seen by: {who}").format(who=visibility_label(author.visibility))
                item = QListWidgetItem(words)
                item.setData(ID_ROLE, author.author_id)
                self.authors.addItem(item)
        if not self.authors.count():
            self.authors.addItem(self.tr("No one is listed yet. Add who helped write each part."))
        self.views.clear()
        for view in views:
            about = labels.get((view.item_kind, view.item_id))
            label = " ".join(about.split())[:60] if about else ""
            words = self.tr("About “{item}”: {who} ({role}) sees it differently: {text}").format(
                item=label, who=view.who, role=role_label(view.role), text=view.text)
            words += " · " + self.tr("Seen by: {who}").format(who=visibility_label(view.visibility))
            item = QListWidgetItem(words)
            item.setData(ID_ROLE, view.disagreement_id)
            self.views.addItem(item)
        if not self.views.count():
            self.views.addItem(self.tr("No different views written down."))
        self._update_buttons()

    def _current(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return item.data(ID_ROLE) if item else None

    def _update_buttons(self, *_args) -> None:
        self.remove_author_button.setEnabled(self._current(self.authors) is not None)
        self.remove_view_button.setEnabled(self._current(self.views) is not None)

    def add_author(self) -> None:
        from ui.dialogs.author_dialogs import AuthorDialog

        AuthorDialog(self.session, self.plan_id, parent=self).exec()

    def remove_author(self) -> None:
        author_id = self._current(self.authors)
        if author_id is not None:
            self.message.show_message(self.session.execute(
                RemoveAuthorCommand(self.session, self.plan_id, author_id)))

    def add_view(self) -> None:
        from ui.dialogs.author_dialogs import DisagreementDialog

        DisagreementDialog(self.session, self.plan_id, parent=self).exec()

    def remove_view(self) -> None:
        view_id = self._current(self.views)
        if view_id is not None:
            self.message.show_message(self.session.execute(
                RemoveDisagreementCommand(self.session, self.plan_id, view_id)))
