"""The guided walk-through: one question at a time, in large type, with Back, Next and
"Skip for now"; it remembers where the person got to. With "helping someone" on, the tips for
whoever is helping sit beside each question."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.content.about_me import AboutMeContent
from planner.services import about_me
from ui.commands.about_me import MoveAnswerCommand, RemoveAnswerCommand
from ui.pages.about_me_answer_box import AnswerBox
from ui.widgets.answer_card import AnswerCard
from ui.widgets.colours import TIPS_BACKGROUND, paint_panel
from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage
from ui.widgets.picture_images import lines_high, symbol_pixmap
from ui.widgets.read_aloud import ReadAloudButton

CARDS_AT_ONCE = 10  # answer cards made at once (more than a screen holds)
CARDS_WHILE_IDLE = 5  # then so many at a time while the window is idle: each batch is short


class TipsPanel(QFrame):
    """Tips for whoever is helping: this area's first, then the checklist's general advice."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("tipsPanel")
        paint_panel(self, TIPS_BACKGROUND)
        self.heading = Heading(title, scale=1.15)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def show_tips(self, area_tips, general_tips) -> None:
        import html

        def listed(tips) -> str:
            items = "".join(f"<li>{html.escape(t)}</li>" for t in tips)
            return f"<ul style='margin-left: 0; -qt-list-indent: 1;'>{items}</ul>"

        this_part, any_time = self.tr("For this part"), self.tr("At any time")
        self.body.setText(
            f"<p><b>{html.escape(this_part)}</b></p>{listed(area_tips)}"
            f"<p><b>{html.escape(any_time)}</b></p>{listed(general_tips)}"
        )
        self.body.setAccessibleName(" ".join((*area_tips, *general_tips)))


class WalkThroughView(QWidget):
    overview_requested = Signal()

    def __init__(self, session, content: AboutMeContent, parent=None):
        super().__init__(parent)
        self.session, self.content = session, content
        self.other: AboutMeContent | None = None  # the questions in the window's language too
        self.person_language = content.language  # the language of the person's own answers
        self.plan_id: int | None = None
        self.steps = content.steps()
        self.index = 0

        self.symbol = QLabel()
        self.area_title = Heading("", scale=1.25)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.prompt = Heading("", scale=1.6)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.other_prompt = QLabel()
        self.other_prompt.setWordWrap(True)
        self.other_prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.other_prompt.hide()
        self.read_prompt = ReadAloudButton(lambda: self.prompt.text(), self.tr("Read &aloud"),
                                           self.tr("Read the question aloud"),
                                           language=lambda: self.content.language,
                                           english=self._english_prompt)
        self.so_far = QLabel(self.tr("Your answers so far:"))
        self.answers = QVBoxLayout()
        self.box = AnswerBox(session)
        self.another = QPushButton(self.tr("Add an&other answer"))
        self.another.setAccessibleName(self.tr("Add another answer to this question"))
        self.message = FieldMessage()
        self.tips = TipsPanel(content.tips_title)
        self.tips.setVisible(False)

        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setAccessibleName(self.tr("Back to the question before"))
        self.skip_button = QPushButton(self.tr("&Skip for now"))
        self.skip_button.setAccessibleName(self.tr("Skip this question for now"))
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setDefault(False)

        header = QHBoxLayout()
        header.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.area_title)
        titles.addWidget(self.progress)
        header.addLayout(titles, 1)
        question = QVBoxLayout()
        question.addLayout(header)
        question.addWidget(self.prompt)
        question.addWidget(self.other_prompt)
        read_row = QHBoxLayout()
        read_row.addWidget(self.read_prompt)
        read_row.addStretch(1)
        question.addLayout(read_row)
        question.addWidget(self.message)
        question.addWidget(self.so_far)
        question.addLayout(self.answers)
        question.addWidget(self.box)
        another_row = QHBoxLayout()
        another_row.addWidget(self.another)
        another_row.addStretch(1)
        question.addLayout(another_row)
        question.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(question, 3)
        columns.addWidget(self.tips, 2)

        step_page = QWidget()
        step_page.setLayout(columns)
        self.finished = QWidget()
        done = QVBoxLayout(self.finished)
        self.done_heading = Heading(self.tr("You have been through all seven areas. Well done."), 1.5)
        done_words = QLabel(self.tr(
            "You can go back to any area at any time, to add to it or change it. "
            "Nothing is shared unless you say so."
        ))
        done_words.setWordWrap(True)
        self.see_all_button = QPushButton(self.tr("See all seven areas"))
        self.see_all_button.setAccessibleName(self.tr("See all seven areas"))
        self.again_button = QPushButton(self.tr("Start again from the first question"))
        self.again_button.setAccessibleName(self.tr("Start again from the first question"))
        done.addWidget(self.done_heading)
        done.addWidget(done_words)
        done_buttons = QWidget()
        done_flow = FlowLayout(done_buttons)
        done_flow.addWidget(self.see_all_button)
        done_flow.addWidget(self.again_button)
        fixed_height_for_width(done_buttons)
        done.addWidget(done_buttons)
        done.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(step_page)
        self.pages.addWidget(self.finished)

        content_widget = QWidget()
        inner = QVBoxLayout(content_widget)
        inner.addWidget(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content_widget)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._card_batch = 0
        self._cards_waiting: list = []
        self._cards_total = 0
        self._answers_stale = False  # the answers changed while the walk was not on screen
        self.scroll.verticalScrollBar().valueChanged.connect(self._near_the_end)
        QApplication.instance().focusChanged.connect(self._near_the_end)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.skip_button.clicked.connect(self.go_next)
        self.another.clicked.connect(self._another)
        self.see_all_button.clicked.connect(self.overview_requested)
        self.again_button.clicked.connect(lambda: self.go_to(0))
        # Ctrl+Enter in the answer box moves on too (Enter makes a new line).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.go_next,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # Where we are --------------------------------------------------------------------------

    def show_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.index = self._saved_index()
        self._show()

    def _saved_index(self) -> int:
        place = about_me.get_place(self.session.db, self.plan_id)
        if place is None:
            return 0
        if place.prompt == "":  # finished that area: the first question after it
            last = max(i for i, (area, _p) in enumerate(self.steps) if area == place.area)
            return last + 1
        return self.steps.index((place.area, place.prompt))

    def is_finished(self) -> bool:
        return self.index >= len(self.steps)

    def go_to(self, index: int) -> None:
        self.box.flush()
        self.index = max(0, min(index, len(self.steps)))
        if self.plan_id is not None:
            if self.is_finished():
                about_me.set_place(self.session.db, self.plan_id, self.steps[-1][0], "")
            else:
                about_me.set_place(self.session.db, self.plan_id, *self.steps[self.index])
        self._show()

    def go_to_area(self, area: str) -> None:
        self.go_to(next(i for i, (a, _p) in enumerate(self.steps) if a == area))

    def go_next(self) -> None:
        self.go_to(self.index + 1)

    def go_back(self) -> None:
        self.go_to(self.index - 1)

    def flush(self) -> None:
        self.box.flush()

    def follow_text_size(self) -> None:
        if self.plan_id is not None and not self.is_finished():
            area = self.content.area(self.steps[self.index][0])
            self.symbol.setPixmap(symbol_pixmap(area.symbol, lines_high(4)))

    def set_helping(self, on: bool) -> None:
        self.tips.setVisible(on)

    def set_content(self, content: AboutMeContent, other: AboutMeContent | None,
                    person_language: str) -> None:
        """Show the questions from `content`, with `other`'s beside them (or alone)."""
        self.content, self.other, self.person_language = content, other, person_language
        self.tips.heading.setText(content.tips_title)
        if self.plan_id is not None:
            self._show()

    def _english_prompt(self) -> str:
        """The question in English, offered where there is no voice for its own language."""
        if self.content.language == "en" or self.is_finished():
            return ""
        from planner.content.about_me import about_me_content

        area_key, prompt_key = self.steps[self.index]
        english = about_me_content("en").area(area_key).prompt(prompt_key)
        return english.text if english else ""

    # Showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        keyboard_here = self._keyboard_here()  # before a button it is on is turned off
        self.back_button.setEnabled(self.index > 0)
        finished = self.is_finished()
        self.next_button.setEnabled(not finished)
        self.skip_button.setEnabled(not finished)
        self.message.show_message(None)
        if finished:
            self.pages.setCurrentWidget(self.finished)
            self._take_focus(self.see_all_button, keyboard_here)
            return
        self.pages.setCurrentIndex(0)
        area_key, prompt_key = self.steps[self.index]
        area = self.content.area(area_key)
        area_number = [a.key for a in self.content.areas].index(area_key) + 1
        prompt_number = [p.key for p in area.prompts].index(prompt_key) + 1
        self.symbol.setPixmap(symbol_pixmap(area.symbol, lines_high(4)))
        self.symbol.setAccessibleName(area.title)
        self.area_title.setText(self.tr("Area {n} of 7: {title}").format(n=area_number, title=area.title))
        self.progress.setText(self.tr("Question {n} of {count}").format(
            n=prompt_number, count=len(area.prompts)))
        self.prompt.setText(area.prompt(prompt_key).text)
        if self.other is not None:
            question = self.other.area(area_key).prompt(prompt_key).text
            self.other_prompt.setText(
                (self.tr("In Welsh: {question}") if self.other.language == "cy"
                 else self.tr("In English: {question}")).format(question=question))
        self.other_prompt.setVisible(self.other is not None)
        self.tips.show_tips(area.tips, self.content.tips)
        self.box.bind(self.plan_id, area_key, prompt_key)
        self._show_answers()
        self.scroll.verticalScrollBar().setValue(0)
        self._take_focus(self.box.text, keyboard_here)

    def take_keyboard(self) -> None:
        """The person chose this view (the walk-through button, an area): the keyboard goes to
        the question's answer box, or to "See all" when every question is done."""
        finished = self.pages.currentWidget() is self.finished
        (self.see_all_button if finished else self.box.text).setFocus()

    def _keyboard_here(self) -> bool:
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        return focus is None or focus is self or self.isAncestorOf(focus)

    def _take_focus(self, widget, keyboard_here: bool) -> None:
        """Move the keyboard to the question only when it was already in this view (Next, Back,
        Skip): arrowing through the parts of the plan must never be pulled into the page."""
        if keyboard_here:
            widget.setFocus()

    def _answers_here(self) -> list:
        area_key, prompt_key = self.steps[self.index]
        first = self.content.area(area_key).prompts[0].key
        return [a for a in about_me.list_answers(self.session.db, self.plan_id, area_key)
                if a.prompt == prompt_key or (a.prompt == "" and prompt_key == first)]

    def _show_answers(self) -> None:
        """The answers given so far: the first cards at once, the rest made a batch at a time
        while the window is idle (sooner if the person scrolls or tabs to the end), so a
        question with hundreds of answers shows at once and the window never freezes."""
        self._card_batch += 1  # batches still waiting for the answers shown before are dropped
        while self.answers.count():
            item = self.answers.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._cards_waiting = []
        if self.parentWidget() is not None and self.isHidden():
            # Behind the overview: the cards are made when the walk is next shown.
            self._answers_stale = True
            return
        self._answers_stale = False
        working_on = self.box.answer.answer_id if self.box.answer else None
        shown = [a for a in self._answers_here() if a.answer_id != working_on]
        self.so_far.setVisible(bool(shown))
        self._cards_waiting = list(enumerate(shown, 1))
        self._cards_total = len(shown)
        self._add_cards(CARDS_AT_ONCE)

    def _add_cards(self, count: int) -> None:
        waiting, self._cards_waiting = self._cards_waiting[:count], self._cards_waiting[count:]
        for number, answer in waiting:
            card = AnswerCard(self.session.db, answer, number, number == 1, number == self._cards_total)
            card.words_language = self.person_language
            card.change_requested.connect(self._change)
            card.move_requested.connect(self._move)
            card.remove_requested.connect(self._remove)
            self.answers.addWidget(card)
        if self._cards_waiting:
            batch = self._card_batch
            QTimer.singleShot(0, lambda: self._more_cards(batch))

    def _more_cards(self, batch: int) -> None:
        if batch == self._card_batch and self._cards_waiting:
            self._add_cards(CARDS_WHILE_IDLE)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._answers_stale and self.plan_id is not None and not self.is_finished():
            self._show_answers()

    def _near_the_end(self, *_args) -> None:
        """Scrolled or tabbed to the last cards made: make the next ones now."""
        if not self._cards_waiting:
            return
        bar = self.scroll.verticalScrollBar()
        focus = QApplication.focusWidget()
        last = self.answers.itemAt(self.answers.count() - 1)
        at_last = focus is not None and last is not None and last.widget() is not None and (
            last.widget().isAncestorOf(focus))
        if at_last or bar.value() >= bar.maximum() - self.scroll.viewport().height():
            self._add_cards(CARDS_AT_ONCE)

    def refresh(self) -> None:
        """After a change anywhere (an undo, say): show what is saved now."""
        if self.plan_id is None or self.is_finished():
            return
        self.box.refresh()
        self._show_answers()

    # Answers -------------------------------------------------------------------------------

    def _another(self) -> None:
        self.box.start_new()
        self._show_answers()
        self.box.text.setFocus()

    def _change(self, answer_id: int) -> None:
        self.box.flush()
        self.box.bind(self.plan_id, *self.steps[self.index], about_me.get_answer(self.session.db, answer_id))
        self._show_answers()
        self.box.text.setFocus()

    def _move(self, answer_id: int, step: int) -> None:
        area = self.steps[self.index][0]
        error = self.session.execute(MoveAnswerCommand(self.session, self.plan_id, area, answer_id, step))
        self.message.show_message(error)

    def _remove(self, answer_id: int) -> None:
        error = self.session.execute(RemoveAnswerCommand(self.session, self.plan_id, answer_id))
        self.message.show_message(error)
        self.box.text.setFocus()
