"""The map of people and places on screen: hover for the words, drag a shape to another circle."""

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen

from planner.charts.people_map import MapLayout, map_layout
from ui.widgets.chart_view import ChartView


class MapChartView(ChartView):
    """Dragging a shape and letting go in another circle asks for that closeness
    (`member_dropped(index in the drawn list, closeness)`). The same is done by keyboard with the
    page's "Move closer" and "Move further out" buttons."""

    member_dropped = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.map: MapLayout | None = None
        self._dragging: int | None = None
        self._at: QPointF | None = None

    def lay_out(self, data: dict, width: float, height: float, lettering):
        self.map = map_layout(data, width, height, lettering)
        return self.map.chart

    def chart_point(self, position: QPointF) -> tuple[float, float]:
        scale, dx, dy = self._scale_and_offset()
        return (position.x() - dx) / scale, (position.y() - dy) / scale

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.map is not None and event.button() == Qt.MouseButton.LeftButton:
            node = self.map.node_at(*self.chart_point(event.position()))
            if node is not None:
                self._dragging, self._at = node.index, event.position()
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._dragging is not None:
            self._at = event.position()
            self.update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._dragging is None:
            super().mouseReleaseEvent(event)
            return
        index, self._dragging, self._at = self._dragging, None, None
        self.unsetCursor()
        self.update()
        if self.map is not None:
            self.member_dropped.emit(index, self.map.circle_at(*self.chart_point(event.position())))

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._dragging is None or self._at is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#1f2937"), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawEllipse(self._at, 12, 12)
        painter.end()
