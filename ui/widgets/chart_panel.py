"""A life-chart beside its list: drawn for whoever the person chooses, and saved as a picture.

The chart is laid out by `planner` from the plan document filtered for the chosen audience, so
what the window shows for "The panel" is exactly what a picture for the panel would show.
"""

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.charts.geometry import Chart, PictureBox
from planner.domain.visibility import Audience
from planner.errors import PlannerError
from ui.widgets.chart_view import ChartView
from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from ui.widgets.messages import FieldMessage
from ui.widgets.picture_images import symbol_image
from ui.widgets.readable_chart import ReadableChart

PICTURE_FILTERS = QT_TRANSLATE_NOOP("ChartPanel", "PNG picture (*.png);;JPEG picture (*.jpg *.jpeg)")


def screen_pictures(chart: Chart, document) -> dict[str, bytes]:
    """The bytes of the pictures a chart shows: photos from the document, symbols drawn by Qt."""
    found: dict[str, bytes] = {}
    for shape in chart.shapes:
        if not isinstance(shape, PictureBox) or shape.picture in found:
            continue
        if shape.picture.startswith("symbol:"):
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            symbol_image(shape.picture.removeprefix("symbol:"), 128).save(buffer, "PNG")
            buffer.close()
            found[shape.picture] = bytes(data.data())
        elif shape.picture in document.pictures:
            found[shape.picture] = document.pictures[shape.picture]
    return found


class ChartPanel(QWidget):
    saved = Signal(str)  # the path of a picture just saved

    def __init__(self, chart_key: str, what: str, view: ChartView | None = None, parent=None):
        super().__init__(parent)
        self.chart_key = chart_key
        self.document = None
        self.view = view or ChartView()
        self.area = ReadableChart(self.view)
        self.area.setMinimumSize(240, 170)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Who the chart is drawn for"))
        self.audience.addItem(self.tr("Me (everything)"), Audience.ME.value)
        self.audience.addItem(self.tr("My support team"), Audience.TEAM.value)
        self.audience.addItem(self.tr("The panel"), Audience.PANEL.value)
        self.save_button = QPushButton(self.tr("Save as a pi&cture…"))
        self.save_button.setAccessibleName(self.tr("Save {what} as a picture").format(what=what))
        self.large_button = QPushButton(self.tr("Show the chart &large"))
        self.large_button.setCheckable(True)
        self.large_button.setAccessibleName(self.tr("Show the chart large, without the list"))
        drawn_for = QLabel(self.tr("&Drawn for:"))
        drawn_for.setBuddy(self.audience)
        self.message = FieldMessage()
        self.note = QLabel()
        self.note.setWordWrap(True)
        controls = QWidget()
        flow = FlowLayout(controls)
        flow.addWidget(drawn_for)
        flow.addWidget(self.audience)
        flow.addWidget(self.save_button)
        flow.addWidget(self.large_button)
        fixed_height_for_width(controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addWidget(controls)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.view.laid_out.connect(self._describe)
        self.audience.activated.connect(lambda _i: self.redraw())
        self.save_button.clicked.connect(self.save_picture)

    def current_audience(self) -> str:
        return self.audience.currentData()

    def show_document(self, document) -> None:
        self.document = document
        self.redraw()

    def redraw(self) -> None:
        from planner.export.audience import for_audience
        from planner.export.life_charts import CHARTS, DESCRIPTIONS

        if self.document is None:
            self.view.set_layout(None)
            self.view.set_chart(None)
            return
        data = for_audience(self.document, self.current_audience()).data
        lay_out = getattr(self.view, "lay_out", None) or CHARTS[self.chart_key]
        document = self.document
        # The words under the chart first (known without laying it out): the chart then has the
        # room it will keep, and is not laid out again for the room the words took.
        self._show_note(DESCRIPTIONS[self.chart_key](data))
        # Laid out when shown, and only if the plan (as this audience sees it) changed.
        self.view.set_layout(lambda width, height, lettering: lay_out(data, width, height, lettering),
                             lambda chart: screen_pictures(chart, document), key=(self.chart_key, data))

    def _describe(self) -> None:
        chart = self.view.chart()
        if chart is not None:
            self._show_note(chart.description)

    def _show_note(self, description: str) -> None:
        words = self.tr("What the chart shows: {words}").format(words=description)
        if words != self.note.text():
            self.note.setText(words)
            if self.isVisible():  # laid out as the page is shown: the note's room before painting
                self.layout().activate()

    def ask_path(self) -> tuple[str, str]:
        """Where to save the picture, and the filter chosen ("" if the person cancels)."""
        return QFileDialog.getSaveFileName(
            self, self.tr("Save the chart as a picture"), f"{self.chart_key}.png", QCoreApplication.translate("ChartPanel", PICTURE_FILTERS))

    def save_picture(self) -> str | None:
        from planner.export.life_charts import chart_picture
        from planner.files import write_atomically

        if self.document is None:
            return None
        path, chosen = self.ask_path()
        if not path:
            return None
        lower = path.lower()
        kind = "jpg" if lower.endswith((".jpg", ".jpeg")) or (not lower.endswith(".png") and "JPEG" in chosen) else "png"
        if not lower.endswith((".png", ".jpg", ".jpeg")):
            path += f".{kind}"
        try:
            write_atomically(path, chart_picture(self.document, self.chart_key, self.current_audience(), kind))
        except PlannerError as error:
            self.message.show_message(error.message)
            return None
        self.message.show_message(None)
        self.saved.emit(path)
        return path
