"""Painting a chart's geometry on screen with QPainter, full text on hover.

A chart given a layout (`set_layout`) is laid out for the screen: as wide as the space it is
shown in, with words as big as the program's text (`planner.charts.lettering.for_screen`), and
painted one unit to the pixel. It may come out taller (or wider) than the space: it then asks
for that much room and the `ReadableChart` around it scrolls. A chart given as it is
(`set_chart`) is scaled to fit.
"""

import math
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from planner.charts.geometry import (
    Chart,
    Ellipse,
    Hotspot,
    Line,
    PictureBox,
    Polyline,
    Rect,
    TextBox,
)
from planner.charts.lettering import Lettering, for_screen
from planner.charts.text import font_path

ScreenLayout = Callable[[float, float, Lettering], Chart | None]


def body_pixels() -> int:
    """The size of the program's body text in pixels (it follows the text size setting)."""
    return QFontInfo(QApplication.font()).pixelSize() or 13


def screen_lettering() -> Lettering:
    return for_screen(body_pixels())


@cache
def chart_font_family() -> str:
    """Load the charts' font (the one `planner` measured with) into Qt; returns its family."""
    family = "DejaVu Sans"
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def _pen(style) -> QPen:
    if not style.stroke:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(style.stroke), style.stroke_width)
    if style.dash:
        pen.setDashPattern([d / max(style.stroke_width, 0.1) for d in style.dash])
    return pen


def _brush(style) -> QBrush:
    return QBrush(QColor(style.fill)) if style.fill else QBrush(Qt.BrushStyle.NoBrush)


def paint_chart(painter: QPainter, chart: Chart, pictures: dict[str, bytes] | None = None) -> None:
    """Paint `chart` in its own units; the caller sets the painter's transform."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, chart.width, chart.height), QColor(chart.background))
    family = chart_font_family()
    dpi = painter.device().logicalDpiY() or 72
    for shape in chart.shapes:
        if isinstance(shape, Rect):
            painter.setPen(_pen(shape.style))
            painter.setBrush(_brush(shape.style))
            painter.drawRoundedRect(QRectF(shape.x, shape.y, shape.w, shape.h), shape.radius, shape.radius)
        elif isinstance(shape, Ellipse):
            painter.setPen(_pen(shape.style))
            painter.setBrush(_brush(shape.style))
            painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.rx, shape.ry)
        elif isinstance(shape, Line):
            painter.setPen(_pen(shape.style))
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, Polyline):
            painter.setPen(_pen(shape.style))
            polygon = QPolygonF([QPointF(x, y) for x, y in shape.points])
            if shape.closed:
                painter.setBrush(_brush(shape.style))
                painter.drawPolygon(polygon)
            else:
                painter.drawPolyline(polygon)
        elif isinstance(shape, TextBox):
            font = QFont(family)
            # Chart units are 1/72 inch; Qt turns points into pixels at the device's DPI.
            font.setPointSizeF(shape.style.size * 72 / dpi)
            font.setBold(shape.style.bold)
            painter.setFont(font)
            painter.setPen(QColor(shape.style.color))
            align = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight}.get(
                shape.style.align, Qt.AlignmentFlag.AlignLeft)
            for index, line in enumerate(shape.lines):
                rect = QRectF(shape.x, shape.y + index * shape.step, shape.w, shape.step)
                painter.drawText(rect, align | Qt.AlignmentFlag.AlignTop, line)
        elif isinstance(shape, PictureBox):
            blob = (pictures or {}).get(shape.picture)
            if blob:
                image = QImage.fromData(blob)
                if not image.isNull():
                    target = QRectF(shape.x, shape.y, shape.w, shape.h)
                    scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                    x = shape.x + (shape.w - scaled.width()) / 2
                    y = shape.y + (shape.h - scaled.height()) / 2
                    painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), image)


class ChartView(QWidget):
    """Shows a chart scaled to the widget; hovering a label shows its full text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._chart: Chart | None = None
        self._pictures: dict[str, bytes] = {}
        self._layout: ScreenLayout | None = None
        self._pictures_of: Callable[[Chart], dict[str, bytes]] | None = None
        self.space: Callable[[], tuple[float, float]] = lambda: (self.width(), self.height())
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 140)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_chart(self, chart: Chart | None, pictures: dict[str, bytes] | None = None) -> None:
        self._chart = chart
        self._pictures = dict(pictures or {})
        if chart is not None:
            for widget in (self, getattr(self, "area", None)):  # (and the scroll area it is in)
                if widget is not None:
                    widget.setAccessibleName(chart.title)
                    widget.setAccessibleDescription(chart.description)
        self.update()

    def chart(self) -> Chart | None:
        return self._chart

    def set_layout(self, layout: ScreenLayout | None,
                   pictures: Callable[[Chart], dict[str, bytes]] | None = None) -> None:
        """`layout(width, height, lettering)` gives the chart for the space it has (None: none)."""
        self._layout, self._pictures_of = layout, pictures
        self.relayout()

    def relayout(self) -> None:
        """Lay the chart out again for the space it has now and the program's text size."""
        if self._layout is None:
            return
        width, height = self.space()
        chart = self._layout(float(width), float(height), screen_lettering())
        self.set_chart(chart, self._pictures_of(chart) if chart is not None and self._pictures_of else None)
        # Room beyond the space only when the words need it (the scroll area then scrolls).
        need_w = math.ceil(chart.width) if chart is not None and chart.width > width + 0.5 else 0
        need_h = math.ceil(chart.height) if chart is not None and chart.height > height + 0.5 else 0
        self.setMinimumSize(need_w, need_h)

    def follow_text_size(self) -> None:
        """Called when the program's text size changes."""
        self.relayout()

    def _scale_and_offset(self) -> tuple[float, float, float]:
        chart = self._chart
        if self._layout is not None:
            return 1.0, 0.0, 0.0
        scale = min(self.width() / chart.width, self.height() / chart.height)
        return scale, (self.width() - chart.width * scale) / 2, (self.height() - chart.height * scale) / 2

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._chart is None:
            return
        painter = QPainter(self)
        scale, dx, dy = self._scale_and_offset()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        paint_chart(painter, self._chart, self._pictures)
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._chart is None:
            return
        scale, dx, dy = self._scale_and_offset()
        x = (event.position().x() - dx) / scale
        y = (event.position().y() - dy) / scale
        text = self.text_at(x, y)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def text_at(self, x: float, y: float) -> str:
        """The full words at (x, y) in the chart's units: a label's, or a hotspot's."""
        for box in self._chart.text_boxes():
            if box.x <= x <= box.x + box.w and box.y <= y <= box.y + box.h and box.full_text:
                return box.full_text
        for shape in self._chart.shapes:
            if isinstance(shape, Hotspot) and shape.x <= x <= shape.x + shape.w and shape.y <= y <= shape.y + shape.h:
                return shape.text
        return ""
