"""All seven areas at a glance: which have answers, a taste of each, and a way into any one."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.content.about_me import AboutMeContent, Area
from planner.domain import counted_words
from planner.domain.about_me import tag_label
from planner.services import about_me
from ui.accessibility import sign_beside_words
from ui.widgets.answer_card import VisibilityBadge, preview
from ui.widgets.colours import CARD_BACKGROUND, paint_panel
from ui.widgets.heading import Heading
from ui.widgets.picture_images import lines_high, picture_pixmap, symbol_pixmap

SHOWN_PER_AREA = 3
PREVIEW = 160


class AreaCard(QFrame):
    open_requested = Signal(str)

    def __init__(self, area: Area, number: int, parent=None, other: Area | None = None):
        super().__init__(parent)
        self.area = area
        self.setObjectName("areaCard")
        paint_panel(self, CARD_BACKGROUND)
        self.symbol = symbol = QLabel()
        sign_beside_words(symbol)  # the area's title is written beside it
        self.follow_text_size()
        self.title = Heading(self.tr("{n}. {title}").format(n=number, title=area.title), scale=1.2)
        if other is not None:  # the window's language beside the person's
            self.title.setText(self.tr("{n}. {title} ({other})").format(
                n=number, title=area.title, other=other.title))
        summary = QLabel(area.summary)
        summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.answers = QVBoxLayout()
        self.open_button = QPushButton(self.tr("Open “{title}”").format(title=area.title))
        self.open_button.setAccessibleName(self.tr("Open the area {title}").format(title=area.title))
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(summary)
        text.addWidget(self.status)
        text.addLayout(self.answers)
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_button)
        button_row.addStretch(1)
        text.addLayout(button_row)
        row = QHBoxLayout(self)
        row.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(area.key))

    def follow_text_size(self) -> None:
        self.symbol.setPixmap(symbol_pixmap(self.area.symbol, lines_high(3.3)))

    def show_answers(self, db, answers: list, total: int | None = None) -> None:
        """The area's first answers (all of them, or the first few of `total`)."""
        total = len(answers) if total is None else total
        while self.answers.count():
            item = self.answers.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if not total:
            self.status.setText(self.tr("Nothing here yet."))
        else:
            self.status.setText(counted_words.answers_heading(total))
        for answer in answers[:SHOWN_PER_AREA]:
            self.answers.addWidget(self._answer_row(db, answer))
        if total > SHOWN_PER_AREA:
            more = QLabel(counted_words.more_answers(total - SHOWN_PER_AREA))
            more.setWordWrap(True)
            self.answers.addWidget(more)

    def _answer_row(self, db, answer) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 0, 0, 0)
        if answer.picture is not None:
            thumb = QLabel()
            thumb.setPixmap(picture_pixmap(db, answer.picture, lines_high(2.4)))
            thumb.setAccessibleName(self.tr("Picture: {words}").format(words=answer.picture.description))
            layout.addWidget(thumb, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        text = QLabel("• " + preview(answer.text or answer.picture.description, PREVIEW))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        words.addWidget(text)
        meta = VisibilityBadge(answer.visibility)
        if answer.tag:
            meta.words.setText(tag_label(answer.tag) + " · " + meta.words.text())
        words.addWidget(meta)
        layout.addLayout(words, 1)
        return row


class OverviewView(QWidget):
    open_area = Signal(str)
    walk_requested = Signal()

    def __init__(self, session, content: AboutMeContent, parent=None,
                 other: AboutMeContent | None = None):
        super().__init__(parent)
        self.session, self.content = session, content
        self.plan_id: int | None = None
        welcome = QLabel(content.welcome)
        welcome.setWordWrap(True)
        self.walk_button = QPushButton(self.tr("Start with the first question"))
        self.walk_button.setAccessibleName(self.tr("Go through the questions one at a time"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cards = [AreaCard(area, n, other=other.area(area.key) if other else None)
                      for n, area in enumerate(content.areas, 1)]
        inner_widget = QWidget()
        inner = QVBoxLayout(inner_widget)
        inner.addWidget(welcome)
        walk_row = QHBoxLayout()
        walk_row.addWidget(self.walk_button)
        walk_row.addStretch(1)
        inner.addLayout(walk_row)
        inner.addWidget(self.summary)
        for card in self.cards:
            inner.addWidget(card)
            card.open_requested.connect(self.open_area)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner_widget)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.walk_button.clicked.connect(self.walk_requested)

    def show_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.refresh()

    def refresh(self) -> None:
        if self.plan_id is None:
            return
        areas = about_me.area_overview(self.session.db, self.plan_id, SHOWN_PER_AREA)
        filled = 0
        for card in self.cards:
            total, first = areas.get(card.area.key, (0, []))
            filled += bool(total)
            card.show_answers(self.session.db, first, total)
        self.summary.setText(counted_words.areas_filled(filled, len(self.cards)))
        started = about_me.get_place(self.session.db, self.plan_id) is not None
        self.walk_button.setText(
            self.tr("Carry on where you left off") if started else self.tr("Start with the first question")
        )
