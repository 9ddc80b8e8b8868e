"""Sharing and exports: see exactly what each audience will see before anything leaves, change
who sees a whole part in one go, and save the export to a file (made off the window's thread)."""

import contextlib

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain import counted_words
from planner.domain.visibility import Visibility, visibility_label
from planner.errors import PlannerError
from planner.export.stopping import NoLongerWanted
from planner.files import write_atomically
from planner.i18n import _
from planner.services import exports, sharing
from ui.commands.sharing import SetPartVisibilityCommand
from ui.widgets.flow_layout import flow_row
from ui.widgets.heading import Heading
from ui.widgets.messages import FieldMessage

AUDIENCES = [("me", QT_TRANSLATE_NOOP("SharingPage", "Me")),
             ("team", QT_TRANSLATE_NOOP("SharingPage", "My support team")),
             ("panel", QT_TRANSLATE_NOOP("SharingPage", "The panel"))]
# The language of an export: the plan's own (the person's language), or one chosen. Languages are
# named in their own words, as everywhere languages are offered.
LANGUAGES = [(None, QT_TRANSLATE_NOOP("SharingPage", "The plan's own language")),
             ("en", "English"), ("cy", "Cymraeg"),
             ("cy+en", QT_TRANSLATE_NOOP("SharingPage", "Cymraeg and English (Welsh first)"))]
# The parts whose items can be shared, with their names as the navigation shows them.
SHARED_PARTS = [("details", QT_TRANSLATE_NOOP("SharingPage", "Me and my plan")),
                ("about_me", QT_TRANSLATE_NOOP("SharingPage", "About me"))]


class _Signals(QObject):
    done = Signal(int, bytes)
    failed = Signal(int, str)


class _MakeExport(QRunnable):
    """Renders an already filtered document on a worker thread. A preview stops part-way once it
    is no longer `wanted` (the person moved on); a save is always made whole."""

    def __init__(self, number: int, kind: str, filtered, language: str | None = None,
                 preview: bool = True):
        super().__init__()
        self.setAutoDelete(False)  # the page keeps it until its signals have been delivered
        self.finished = False
        self.wanted = True
        self.preview = preview
        self.number, self.kind, self.filtered, self.language = number, kind, filtered, language
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.finished = True

    def _run(self) -> None:
        try:
            blob = exports.make(self.kind, self.filtered, self.language,
                                still_wanted=(lambda: self.wanted) if self.preview else None)
        except NoLongerWanted:
            return  # nobody is waiting for it
        except PlannerError as error:
            self._tell(self.signals.failed, error.message)
            return
        except Exception as error:  # noqa: BLE001 (shown as a message, never a crash)
            self._tell(self.signals.failed, str(error))
            return
        self._tell(self.signals.done, blob)

    def _tell(self, signal, value) -> None:
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile: nobody to tell
            signal.emit(self.number, value)


class SharingPage(QWidget):
    export_made = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self._number = 0
        self._blob = b""
        self._pending_save: str | None = None
        self._filling = False
        self.last_question = ""
        self.heading = Heading(self.tr("Sharing and exports"))
        intro = QLabel(self.tr("Choose who it is for. You will see exactly what they will see "
                               "before anything leaves this computer."))
        intro.setWordWrap(True)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Who it is for"))
        for key, label in AUDIENCES:
            self.audience.addItem(QCoreApplication.translate("SharingPage", label), key)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to make"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            self.language.addItem(QCoreApplication.translate("SharingPage", label) if code in (None, "cy+en")
                                  else label, code)
        self.preview_button = QPushButton(self.tr("&Show what they will see"))
        self.save_button = QPushButton(self.tr("Sa&ve to a file…"))
        for button in (self.preview_button, self.save_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Making it"))
        self.progress.hide()
        self.message = FieldMessage()
        self.status = QLabel()
        self.status.setWordWrap(True)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setAccessibleName(self.tr("Preview of what they will see"))
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setMinimumHeight(240)
        self._buffer = None

        form = QFormLayout()
        form.addRow(self.tr("&Who it is for"), self.audience)
        form.addRow(self.tr("What to &make"), self.kind)
        form.addRow(self.tr("&Language"), self.language)
        buttons = flow_row(self.preview_button, self.save_button, self.progress)

        self.parts_box = QGroupBox(self.tr("Who can see each part"))
        # Each part's words, with its buttons under them (they wrap: nothing runs off at large text).
        self.parts_grid = QVBoxLayout(self.parts_box)
        self.part_rows: dict[str, tuple[QLabel, list[QPushButton]]] = {}
        for part, title in SHARED_PARTS:
            label = QLabel()
            label.setWordWrap(True)
            self.parts_grid.addWidget(label)
            part_buttons = []
            for visibility in Visibility:
                button = QPushButton(self.tr("All: {who}").format(who=visibility_label(visibility)))
                button.setAccessibleName(self.tr("Let {who} see all of {part}").format(
                    who=visibility_label(visibility), part=QCoreApplication.translate("SharingPage", title)))
                button.clicked.connect(lambda _=False, p=part, v=visibility.value: self.set_part(p, v))
                part_buttons.append(button)
            self.parts_grid.addWidget(flow_row(*part_buttons))
            self.part_rows[part] = (label, part_buttons)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.parts_box)
        self.preview.setMinimumHeight(420)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._jobs: list[_MakeExport] = []
        self._remake_when_shown = False
        self._preview_after_paint: int | None = None  # the first preview of a plan, once painted

        self.audience.currentIndexChanged.connect(self._fill_kinds)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(self.save)
        session.plan_changed.connect(self._on_plan_changed)
        self._fill_kinds()

    # Loading ---------------------------------------------------------------------------

    def show_plan(self, plan_id: int) -> None:
        self._stop_previews()  # of the plan shown before
        self.plan_id = plan_id
        self._blob = b""
        self.pdf.close()
        self.refresh_counts()
        # What the audience will see, begun as soon as the page is on screen (never an empty
        # box): reading a huge plan for it must not hold back showing the page.
        self.progress.show()
        self.status.setText(self.tr("Making it…"))
        # Once the page has been painted: a timer alone sometimes fired before the first paint,
        # and reading the whole of a huge plan then held the page back (the 100x plan's Sharing
        # page took 340-410 ms to appear instead of about 70).
        self._preview_once_painted()

    def _preview_once_painted(self) -> None:
        started = self._preview_after_paint = self._number
        self.update()
        QTimer.singleShot(250, self, lambda: self._preview_unpainted(started))  # (if no paint reaches it)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        started, self._preview_after_paint = self._preview_after_paint, None
        if started is not None:
            QTimer.singleShot(0, self, lambda: self._first_preview(started))

    def _preview_unpainted(self, started: int) -> None:
        if self._preview_after_paint == started:  # covered by its children, or not shown: begin anyway
            self._preview_after_paint = None
            self._first_preview(started)

    def _first_preview(self, started: int) -> None:
        """Unless something was asked for meanwhile (a save, another audience), or the person has
        left the page already (then it is made when they come back)."""
        if self.plan_id is None or self._number != started:
            return
        if not self.isVisible():
            self._remake_when_shown = True
            return
        self.make_preview()

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self.refresh_counts()
            self._blob = b""
            if self.isVisible():
                self.make_preview()

    def _fill_kinds(self, *_args) -> None:
        audience = self.audience.currentData()
        current = self.kind.currentData()
        self._filling = True
        self.kind.clear()
        for key, spec in exports.kinds().items():
            if spec.audience == audience or key.startswith(("poster", "life", "people", "week", "steps", "ratings", "fhir")):
                self.kind.addItem(_(spec.description) if spec.description else key, key)
        index = self.kind.findData(current)
        self.kind.setCurrentIndex(max(index, 0))
        self._filling = False
        if self.plan_id is not None:
            self.make_preview()  # a new audience: see what they will see, at once

    def refresh_counts(self) -> None:
        if self.plan_id is None:
            return
        counts = sharing.part_counts(self.session.db, self.plan_id, [p for p, _ in SHARED_PARTS])
        for part, title in SHARED_PARTS:
            label, _buttons = self.part_rows[part]
            count = counts.get(part, {})
            words = ", ".join(f"{visibility_label(v)}: {count.get(v.value, 0)}" for v in Visibility)
            label.setText(self.tr("{part} ({counts})").format(
                part=QCoreApplication.translate("SharingPage", title), counts=words))

    def set_part(self, part: str, visibility: str) -> None:
        """Change who may see a whole part: first says what more people would see and asks;
        "just me" items are left as they are (they are shared one by one, on their own)."""
        try:
            change = sharing.preview_part_change(self.session.db, self.plan_id, part, visibility)
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        if change.widened and not self.confirm_widening(change):
            self.message.show_message(self.tr("Nothing was changed."))
            return
        if not change.changes:
            self.message.show_message(self._kept_words(change) or self.tr("Nothing to change: they can already."))
            return
        error = self.session.execute(SetPartVisibilityCommand(self.session, self.plan_id, part, visibility))
        self.message.show_message(error or self._kept_words(change) or None)

    def _kept_words(self, change) -> str:
        if not change.kept_private:
            return ""
        return counted_words.kept_just_me(len(change.kept_private))

    def confirm_widening(self, change) -> bool:
        """Lists what will become visible to whom, and asks (the dialog tests drive through exec)."""
        who = visibility_label(change.visibility)
        lines = [self.tr("• {item} (seen by {before} until now)").format(item=item, before=visibility_label(before))
                 for item, before in change.widened[:15]]
        if len(change.widened) > 15:
            lines.append(self.tr("…and {n} more.").format(n=len(change.widened) - 15))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Let more people see this?"))
        box.setText(counted_words.become_visible(len(change.widened), who))
        informative = "\n".join(lines)
        kept = self._kept_words(change)
        if kept:
            informative += "\n\n" + kept
        box.setInformativeText(informative)
        share = box.addButton(self.tr("Share them"), QMessageBox.ButtonRole.YesRole)
        keep = box.addButton(self.tr("Don't share"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.last_question = box.text() + "\n" + informative
        box.exec()
        return box.clickedButton() is share

    # Making ----------------------------------------------------------------------------

    def _start(self) -> None:
        if self.plan_id is None or self.kind.currentData() is None:
            return
        try:
            filtered = exports.filtered_document(
                self.session.db, self.plan_id, self.kind.currentData(), self.audience.currentData())
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        self._number += 1
        self._stop_previews()  # an earlier preview is no longer what the person asked for
        job = _MakeExport(self._number, self.kind.currentData(), filtered, self.language.currentData(),
                          preview=self._pending_save is None)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.progress.show()
        self.status.setText(self.tr("Making it…"))
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", False)] + [job]
        QThreadPool.globalInstance().start(job)

    def _stop_previews(self) -> bool:
        """Previews still being made stop; True if one was (it is made again when next shown)."""
        stopped = False
        for job in self._jobs:
            if job.preview and job.wanted and not job.finished:
                job.wanted = False
                stopped = True
        return stopped

    def hideEvent(self, event) -> None:  # noqa: N802
        # Leaving the page (another part, another plan, the list of people): a preview of a huge
        # plan being made would only slow down what the person turned to. (Not when the whole
        # window is minimised: that hide is the system's, and the preview goes on.)
        if not event.spontaneous() and self._stop_previews():
            self._remake_when_shown = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._remake_when_shown:
            self._remake_when_shown = False
            if self.plan_id is not None and not self._blob:
                self._preview_once_painted()

    def _kind_changed(self, *_args) -> None:
        if self.plan_id is not None and not self._filling:
            self.make_preview()

    def make_preview(self) -> None:
        self._pending_save = None
        self._start()

    def save(self) -> None:
        kind = self.kind.currentData()
        if kind is None:
            return
        suffix = exports.kinds()[kind].suffix
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save to a file"), self.tr("plan") + suffix)
        if not path:
            return
        if not path.endswith(suffix):
            path += suffix
        self._pending_save = path
        self._start()

    def _done(self, number: int, blob: bytes) -> None:
        if number != self._number:
            return  # an older request
        self.progress.hide()
        self._blob = blob
        self.message.show_message(None)
        if blob[:4] == b"%PDF":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(blob))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
        if self._pending_save:
            try:
                write_atomically(self._pending_save, blob)
            except PlannerError as error:
                self.message.show_message(error.message)
                return
            self.status.setText(self.tr("Saved to {path}").format(path=self._pending_save))
            self._pending_save = None
            self.export_made.emit()
        else:
            pages = self.pdf.pageCount()
            self.status.setText(counted_words.preview_pages(pages)
                                if blob[:4] == b"%PDF" else self.tr("Ready to save."))

    def _failed(self, number: int, message: str) -> None:
        if number != self._number:
            return
        self.progress.hide()
        self.status.clear()
        self.message.show_message(message)
