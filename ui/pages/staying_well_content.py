"""Staying well, the content of its page: the person's crisis plan, section by section, every
item with its own say in who sees it and whether it goes on the wallet crisis card."""

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.domain import staying_well as rules
from planner.domain.staying_well import ContactKind, Section
from planner.domain.visibility import visibility_label
from planner.services import staying_well
from planner.services.staying_well import CONTACT, ITEM
from ui.commands.items import AddItemCommand
from ui.dialogs.form_dialog import FormField
from ui.pages.item_editing import move_item, open_item_dialog, remove_item
from ui.widgets.heading import Heading
from ui.widgets.item_list import ItemListEditor

ORDER = [
    (ITEM, Section.EARLY_SIGNS), (ITEM, Section.LATER_SIGNS), (ITEM, Section.WHAT_HELPS),
    (ITEM, Section.WHAT_DOESNT_HELP), (CONTACT, ContactKind.CONTACT),
    (CONTACT, ContactKind.ON_MY_BEHALF), (ITEM, Section.PRACTICAL), (ITEM, Section.WISHES),
    (ITEM, Section.DONT_WANT),
]
DETAIL_SHOWN = 300


class StayingWellContent(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self._stale = False
        self.heading = Heading(self.tr("Staying well"))
        intro = QLabel(self.tr(
            "This is your plan for staying well, and for what should happen if you start to "
            "become unwell. It is best written when you feel well, with someone you trust. "
            "Everything you write is seen by you alone unless you choose otherwise. Tick "
            "“on my crisis card” for what you would want to carry in your wallet."
        ))
        intro.setWordWrap(True)
        self.lists: dict[str, ItemListEditor] = {}
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addWidget(intro)
        for kind, group in ORDER:
            editor = self._editor(kind, group)
            self.lists[group.value] = editor
            inner.addWidget(editor)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.plan_changed.connect(self._on_plan_changed)

    # Building --------------------------------------------------------------------------------

    def _editor(self, kind, group) -> ItemListEditor:
        if kind is ITEM:
            editor = ItemListEditor(
                rules.section_title(group), rules.section_prompt(group), self._describe_item,
                quick_add=self.tr("Write one thing, then press Enter"),
            )
            editor.quick_added.connect(lambda text, g=group, e=editor: self._quick_add(g, e, text))
        else:
            editor = ItemListEditor(
                rules.contact_kind_title(group), rules.contact_kind_prompt(group),
                self._describe_contact,
            )
            editor.add_requested.connect(lambda g=group, e=editor: self._open_dialog(CONTACT, g, e))
        editor.edit_requested.connect(lambda record, k=kind, g=group, e=editor:
                                      self._open_dialog(k, g, e, record))
        editor.remove_requested.connect(lambda record, k=kind, e=editor: self._remove(k, e, record))
        editor.move_requested.connect(lambda record, row, k=kind, e=editor: self._move(k, e, record, row))
        editor.setObjectName(f"staying_well_{group.value}")
        return editor

    def _seen(self, record) -> str:
        parts = [self.tr("On my crisis card")] if record.on_card else []
        parts.append(self.tr("Seen by: {who}").format(who=visibility_label(record.visibility)))
        return " · ".join(parts)

    def _describe_item(self, record) -> str:
        text = record.text
        if record.topic:
            text = f"{rules.topic_label(record.topic)}: {text}"
        lines = [text]
        if record.detail:
            detail = record.detail
            lines.append(detail if len(detail) <= DETAIL_SHOWN else detail[:DETAIL_SHOWN].rstrip() + "…")
        lines.append(self._seen(record))
        return "\n".join(lines)

    def _describe_contact(self, record) -> str:
        name = f"{record.position + 1}. {record.name}"
        if record.relationship:
            name += f" ({record.relationship})"
        lines = [name]
        if record.may_do:
            lines.append(record.may_do)
        how = []
        if record.how:
            how.append(self.tr("How: {how}").format(how=record.how))
        if record.when:
            how.append(self.tr("When: {when}").format(when=record.when))
        if how:
            lines.append(" · ".join(how))
        lines.append(self._seen(record))
        return "\n".join(lines)

    def _fields(self, kind, group) -> list[FormField]:
        card = FormField("on_card", self.tr("Put this on my &crisis card"), "check",
                         help=self.tr("The crisis card is a small card for your wallet or bag."))
        seen = FormField("visibility", self.tr("Who can &see this"), "visibility")
        if kind is ITEM:
            fields = [FormField("text", self.tr("&In a few words"), max_length=rules.SHORT_MAX,
                                help=self.tr("One short line: this is what goes on the card."))]
            topics = rules.TOPICS.get(Section(group))
            if topics is not None:
                fields.append(FormField("topic", self.tr("What it is &about"), "choice", (
                    ("", self.tr("(not chosen)")),
                    *((t.value, rules.topic_label(t.value)) for t in topics))))
            fields.append(FormField("detail", self.tr("&More about it (if you like)"), "text"))
            return [*fields, card, seen]
        fields = [
            FormField("name", self.tr("&Name"), max_length=rules.NAME_MAX),
            FormField("relationship", self.tr("&Who they are to me"), max_length=rules.RELATIONSHIP_MAX,
                      placeholder=self.tr("For example: my sister, my nurse")),
            FormField("how", self.tr("&How to reach them"), max_length=rules.SHORT_MAX,
                      placeholder=self.tr("For example: a phone number")),
            FormField("when", self.tr("When &to contact them"), max_length=rules.SHORT_MAX,
                      placeholder=self.tr("For example: any time, or weekdays 9 to 5")),
        ]
        if group == ContactKind.ON_MY_BEHALF:
            fields.append(FormField("may_do", self.tr("What they &may do for me"),
                                    max_length=rules.SHORT_MAX,
                                    placeholder=self.tr("For example: may ring my nurse")))
        return [*fields, card, seen]

    # Loading ---------------------------------------------------------------------------------

    def show_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.reload()

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id and self.isVisible():
            self.reload()
        elif plan_id == self.plan_id:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale and self.plan_id is not None:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self.plan_id is None:
            return
        plan = staying_well.staying_well(self.session.db, self.plan_id)
        for _kind, group in ORDER:
            source = plan.items if isinstance(group, Section) else plan.contacts
            self.lists[group.value].set_records(source.get(group.value, ()))

    # Saving ----------------------------------------------------------------------------------

    def _group_values(self, kind, group) -> dict:
        return {"section": group.value} if kind is ITEM else {"kind": group.value}

    def _quick_add(self, group, editor: ItemListEditor, text: str) -> None:
        command = AddItemCommand(self.session, self.plan_id, ITEM, self.plan_id,
                                 {"section": group.value, "text": text},
                                 self.tr("Add to “{list}”").format(list=editor.title))
        error = self.session.execute(command)
        editor.message.show_message(error)
        if error is None:
            editor.quick_added_ok()
            editor.set_records(editor.model.records(),  # (no record yet: waiting for the team database)
                               keep_id=command.record.item_id if command.record is not None else None)

    def _open_dialog(self, kind, group, editor: ItemListEditor, record=None) -> None:
        open_item_dialog(self, self.session, self.plan_id, kind, self.plan_id,
                         self._fields(kind, group), editor.title, record,
                         fixed=self._group_values(kind, group))

    def _remove(self, kind, editor: ItemListEditor, record) -> None:
        remove_item(self.session, self.plan_id, kind, editor, record)

    def _move(self, kind, editor: ItemListEditor, record, row: int) -> None:
        move_item(self.session, self.plan_id, kind, editor, record, row)

    def flush(self) -> None:
        """Keep anything written in a quick-add box but not yet added."""
        if self.plan_id is None:
            return
        for _kind, group in ORDER:
            editor = self.lists[group.value]
            if editor.quick is not None and editor.quick.text().strip():
                self._quick_add(group, editor, editor.quick.text().strip())
