"""Small drawn icons, so meaning never depends on an emoji font the computer may lack."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

INK = QColor("#1f2937")


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(INK, size / 12))
    return pixmap, painter


def lock_icon(size: int = 32) -> QIcon:
    """Just me: a padlock."""
    pixmap, p = _canvas(size)
    s = size
    p.drawArc(QRectF(s * 0.3, s * 0.12, s * 0.4, s * 0.45), 0, 180 * 16)
    p.drawLine(QPointF(s * 0.3, s * 0.35), QPointF(s * 0.3, s * 0.45))
    p.drawLine(QPointF(s * 0.7, s * 0.35), QPointF(s * 0.7, s * 0.45))
    p.setBrush(INK)
    p.drawRoundedRect(QRectF(s * 0.2, s * 0.45, s * 0.6, s * 0.45), s * 0.06, s * 0.06)
    p.end()
    return QIcon(pixmap)


def people_icon(size: int = 32) -> QIcon:
    """My support team: two people."""
    pixmap, p = _canvas(size)
    s = size
    for x in (0.32, 0.68):
        p.drawEllipse(QPointF(s * x, s * 0.3), s * 0.12, s * 0.12)
        p.drawArc(QRectF(s * (x - 0.2), s * 0.5, s * 0.4, s * 0.5), 0, 180 * 16)
    p.end()
    return QIcon(pixmap)


def panel_icon(size: int = 32) -> QIcon:
    """The panel: a page with lines."""
    pixmap, p = _canvas(size)
    s = size
    p.drawRect(QRectF(s * 0.22, s * 0.1, s * 0.56, s * 0.8))
    for y in (0.3, 0.45, 0.6, 0.75):
        p.drawLine(QPointF(s * 0.32, s * y), QPointF(s * 0.68, s * y))
    p.end()
    return QIcon(pixmap)
