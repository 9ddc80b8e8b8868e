"""The faces of good and hard times as icons: the same shapes the charts draw, painted small."""

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from planner.charts.geometry import Chart
from planner.charts.marks import face, kind_mark
from ui.widgets.chart_view import paint_chart


def _icon(shapes, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    # "#00000000": a see-through background (Qt reads it as #AARRGGBB).
    paint_chart(painter, Chart(size, size, tuple(shapes), background="#00000000"))
    painter.end()
    return QIcon(pixmap)


@cache
def feeling_icon(feeling: int, size: int = 32) -> QIcon:
    return _icon(face(size / 2, size / 2, size / 2 - 1.5, feeling), size)


@cache
def kind_icon(kind: str, size: int = 32) -> QIcon:
    return _icon([kind_mark(kind, size / 2, size / 2, size / 2 - 2)], size)
