"""The rating faces as icons: the same shapes the ratings chart draws, painted small."""

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from planner.charts.faces import face
from planner.charts.geometry import Chart
from ui.widgets.chart_view import paint_chart


@cache
def face_icon(rating: int, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    # "#00000000" is a fully transparent background (Qt reads it as #AARRGGBB).
    chart = Chart(size, size, tuple(face(size / 2, size / 2, size / 2 - 1.5, rating)), background="#00000000")
    painter = QPainter(pixmap)
    paint_chart(painter, chart)
    painter.end()
    return QIcon(pixmap)
