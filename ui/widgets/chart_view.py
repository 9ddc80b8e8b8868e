"""Painting a chart's geometry on screen with QPainter, full text on hover.

A chart given a layout (`set_layout`) is laid out for the screen: as wide as the space it is
shown in, with words as big as the program's text (`planner.charts.lettering.for_screen`), and
painted one unit to the pixel. It may come out taller (or wider) than the space: it then asks
for that much room and the `ReadableChart` around it scrolls. A chart given as it is
(`set_chart`) is scaled to fit.

Laying out a chart of a huge plan takes a while, so it is done once for what is seen: not while
the chart is hidden (a page being made, a part not chosen), only when it is shown (or asked for);
and not again for the same plan, space and text size (the plan read again but unchanged, a
resize that leaves the space as it was). In a scroll area it is laid out first for the width
left beside the scroll bar: a chart taller than its space brings the bar, which would otherwise
narrow the space and have it laid out a second time (a chart that fits is laid out again for
the whole width: it is a small one; one wider than the space, for the height left above the
bar across it brings). The scroll area places its bars at once, before anything is painted.

Painting a chart of thousands of shapes is slow too, so a laid-out chart is painted in tiles,
kept as pictures until the chart changes: showing the page again, a tooltip or a drag repaint
from them.
"""

import math
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QImage,
    QPainter,
    QPen,
    QPixmap,
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
TILE = 256  # pixels a side: a laid-out chart is painted, and kept, a tile at a time
TILE_BYTES = 48 * 1024 * 1024  # the most kept for one chart (the tiles seen longest ago go first)


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


def _bounds(shape) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of a shape in chart units, with room for its pen (None: unknown)."""
    if isinstance(shape, (Rect, TextBox, PictureBox)):
        height = max(shape.h, len(shape.lines) * shape.step) if isinstance(shape, TextBox) else shape.h
        left, top, right, bottom = shape.x, shape.y, shape.x + shape.w, shape.y + height
    elif isinstance(shape, Ellipse):
        left, top, right, bottom = shape.cx - shape.rx, shape.cy - shape.ry, shape.cx + shape.rx, shape.cy + shape.ry
    elif isinstance(shape, Line):
        left, right = min(shape.x1, shape.x2), max(shape.x1, shape.x2)
        top, bottom = min(shape.y1, shape.y2), max(shape.y1, shape.y2)
    elif isinstance(shape, Polyline) and shape.points:
        xs, ys = [x for x, _y in shape.points], [y for _x, y in shape.points]
        left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
    else:
        return None
    edge = (getattr(getattr(shape, "style", None), "stroke_width", 0) or 0) + 2  # the pen, smoothing
    return left - edge, top - edge, right + edge, bottom + edge


def paint_chart(painter: QPainter, chart: Chart, pictures: dict[str, bytes] | None = None,
                visible: QRectF | None = None, images: dict[str, QImage] | None = None,
                shapes: Sequence | None = None) -> None:
    """Paint `chart` in its own units; the caller sets the painter's transform. With `visible`
    (in chart units) only the shapes that reach into it are painted (a tall chart of a huge plan
    scrolled to a part of it); `images` keeps each picture decoded between paints. `shapes`,
    when given, are the ones of the chart to paint, in its order (already known to be in sight)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, chart.width, chart.height), QColor(chart.background))
    family = chart_font_family()
    dpi = painter.device().logicalDpiY() or 72
    pens: dict = {}  # (made once for each style in this paint: many shapes have the same)
    brushes: dict = {}
    fonts: dict = {}

    def pen(style) -> QPen:
        made = pens.get(style)
        if made is None:
            made = pens[style] = _pen(style)
        return made

    def brush(style) -> QBrush:
        made = brushes.get(style)
        if made is None:
            made = brushes[style] = _brush(style)
        return made

    if visible is not None and shapes is None:
        v_left, v_top, v_right, v_bottom = visible.left(), visible.top(), visible.right(), visible.bottom()
    else:
        visible = None
    for shape in chart.shapes if shapes is None else shapes:
        if visible is not None:
            bounds = _bounds(shape)
            if bounds is not None and (bounds[2] < v_left or bounds[0] > v_right
                                       or bounds[3] < v_top or bounds[1] > v_bottom):
                continue  # out of sight
        if isinstance(shape, Rect):
            painter.setPen(pen(shape.style))
            painter.setBrush(brush(shape.style))
            painter.drawRoundedRect(QRectF(shape.x, shape.y, shape.w, shape.h), shape.radius, shape.radius)
        elif isinstance(shape, Ellipse):
            painter.setPen(pen(shape.style))
            painter.setBrush(brush(shape.style))
            painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.rx, shape.ry)
        elif isinstance(shape, Line):
            painter.setPen(pen(shape.style))
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, Polyline):
            painter.setPen(pen(shape.style))
            polygon = QPolygonF([QPointF(x, y) for x, y in shape.points])
            if shape.closed:
                painter.setBrush(brush(shape.style))
                painter.drawPolygon(polygon)
            else:
                painter.drawPolyline(polygon)
        elif isinstance(shape, TextBox):
            font = fonts.get(shape.style)
            if font is None:
                font = fonts[shape.style] = QFont(family)
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
                image = images.get(shape.picture) if images is not None else None
                if image is None:
                    image = QImage.fromData(blob)
                    if images is not None:
                        images[shape.picture] = image
                if not image.isNull():
                    target = QRectF(shape.x, shape.y, shape.w, shape.h)
                    scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                    x = shape.x + (shape.w - scaled.width()) / 2
                    y = shape.y + (shape.h - scaled.height()) / 2
                    painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), image)


class ChartView(QWidget):
    """Shows a chart scaled to the widget; hovering a label shows its full text."""

    laid_out = Signal()  # a chart was laid out (again) for the space it has

    def __init__(self, parent=None):
        super().__init__(parent)
        self._chart: Chart | None = None
        self._pictures: dict[str, bytes] = {}
        self._layout: ScreenLayout | None = None
        self._pictures_of: Callable[[Chart], dict[str, bytes]] | None = None
        self._key: object = None  # what the layout is of (equal keys: the same chart)
        self._edition = 0  # counts layouts of something new
        self._done: tuple | None = None  # (edition, width, height, lettering) of the chart shown
        self._fitted: tuple | None = None  # (edition, width, lettering) a chart fitted the height at
        self._brings = (False, False)  # the chart shown is taller, wider than its space (bars come)
        self._waiting = False  # a layout asked for while hidden, done when shown
        self._images: dict[str, QImage] = {}  # the pictures shown, decoded once
        self._tiles: OrderedDict[tuple, QPixmap] = OrderedDict()  # (column, row, ratio) -> painted
        self._in_tile: dict[tuple[int, int], list] | None = None  # (column, row) -> shapes reaching it
        self.space: Callable[[], tuple[float, float]] = lambda: (self.width(), self.height())
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 140)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_chart(self, chart: Chart | None, pictures: dict[str, bytes] | None = None) -> None:
        self._chart = chart
        pictures = dict(pictures or {})
        if pictures != self._pictures:
            self._images = {}
        self._pictures = pictures
        self._tiles.clear()
        self._in_tile = None
        if chart is not None:
            for widget in (self, getattr(self, "area", None)):  # (and the scroll area it is in)
                if widget is not None:
                    widget.setAccessibleName(chart.title)
                    widget.setAccessibleDescription(chart.description)
        self.update()

    def chart(self) -> Chart | None:
        self._catch_up()
        return self._chart

    def set_layout(self, layout: ScreenLayout | None,
                   pictures: Callable[[Chart], dict[str, bytes]] | None = None, key: object = None) -> None:
        """`layout(width, height, lettering)` gives the chart for the space it has (None: none).
        `key`, when given, says what is drawn: a layout with a key equal to the last one's is
        the same chart, and is not laid out again for a space and text size it already has."""
        if key is None or self._key is None or key != self._key:
            self._edition += 1
        self._layout, self._pictures_of, self._key = layout, pictures, key
        self.relayout()

    def relayout(self) -> None:
        """Lay the chart out again for the space it has now and the program's text size (when
        it is next shown, if it is hidden now)."""
        if self._layout is None:
            return
        if not self.isVisible():
            self._waiting = True
            return
        self._lay_out()

    def _catch_up(self) -> None:
        if self._waiting and self._layout is not None:
            self._lay_out()

    def _lay_out(self) -> None:
        self._waiting = False
        width, height = self.space()
        lettering = screen_lettering()
        bar, across = self._bars_to_come()
        edition = self._edition
        tall, wide = self._brings
        if self._done == (edition, width, height, lettering) \
                or (tall and self._done == (edition, width - bar, height, lettering)) \
                or (wide and self._done == (edition, width, height - across, lettering)):
            return  # laid out for this already (or for the room it has once the bars it brings come)
        chart, placed, lower = None, False, 0
        if bar and self._fitted != (edition, width, lettering):
            # First for the width beside the scroll bar a tall chart brings (a huge plan's chart
            # is laid out once); one that fits is laid out again for the whole width.
            chart = self._layout(float(width - bar), float(height), lettering)
            placed = chart is not None and chart.height > height + 0.5
            if placed:
                width -= bar
            elif chart is not None and chart.width > width + 0.5 and height > 2 * across:
                lower = across  # wider than the space: for the height left above the bar across
        if not placed:
            chart = self._layout(float(width), float(height - lower), lettering)
            if lower and (chart is None or chart.width <= width + 0.5):  # (no bar across after all)
                lower, chart = 0, self._layout(float(width), float(height), lettering)
            height -= lower
            if chart is not None and chart.height <= height + 0.5:
                self._fitted = (edition, width, lettering)  # (the same width again: not tried narrower)
        self._done = (edition, width, height, lettering)
        self._brings = (chart is not None and chart.height > height + 0.5,
                        chart is not None and chart.width > width + 0.5)
        self.set_chart(chart, self._pictures_of(chart) if chart is not None and self._pictures_of else None)
        # Room beyond the space only when the words need it (the scroll area then scrolls).
        need_w = math.ceil(chart.width) if chart is not None and chart.width > width + 0.5 else 0
        need_h = math.ceil(chart.height) if chart is not None and chart.height > height + 0.5 else 0
        if (need_w, need_h) != (self.minimumWidth(), self.minimumHeight()):
            self.setMinimumSize(need_w, need_h)
            area = getattr(self, "area", None)
            if area is not None:  # its scroll bars (and this room) now, before anything is painted
                QApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
        self.laid_out.emit()

    def _bars_to_come(self) -> tuple[int, int]:
        """The room the scroll area's bars would take from the space (the one down the side,
        the one across) if the chart comes out taller or wider than it (0: no scroll area, or
        that bar is there already)."""
        area = getattr(self, "area", None)
        if area is None:
            return 0, 0
        room = []
        for bar, policy, size in ((area.verticalScrollBar(), area.verticalScrollBarPolicy(), "width"),
                                  (area.horizontalScrollBar(), area.horizontalScrollBarPolicy(), "height")):
            needed = policy == Qt.ScrollBarPolicy.ScrollBarAsNeeded and not bar.isVisible()
            room.append(getattr(bar.sizeHint(), size)() if needed else 0)
        return room[0], room[1]

    def showEvent(self, event) -> None:  # noqa: N802
        self._catch_up()
        super().showEvent(event)

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
        self._catch_up()
        if self._chart is None:
            return
        painter = QPainter(self)
        if self._layout is not None:  # one unit to the pixel: from tiles
            self._paint_tiles(painter, event.rect())
            painter.end()
            return
        scale, dx, dy = self._scale_and_offset()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        exposed = QRectF(event.rect())  # (the part in sight, as the scroll area shows it)
        visible = QRectF((exposed.x() - dx) / scale, (exposed.y() - dy) / scale,
                         exposed.width() / scale, exposed.height() / scale)
        paint_chart(painter, self._chart, self._pictures, visible, self._images)
        painter.end()

    def _paint_tiles(self, painter: QPainter, exposed: QRect) -> None:
        """The tiles of the chart that reach into `exposed`, each painted the first time it is
        seen and kept until the chart changes (the ones seen longest ago go when there are many)."""
        chart = self._chart
        right = min(exposed.right(), math.ceil(chart.width) - 1)
        bottom = min(exposed.bottom(), math.ceil(chart.height) - 1)
        ratio = self.devicePixelRatioF()
        for row in range(max(0, exposed.top()) // TILE, (bottom // TILE + 1) if bottom >= 0 else 0):
            for column in range(max(0, exposed.left()) // TILE, (right // TILE + 1) if right >= 0 else 0):
                key = (column, row, ratio)
                tile = self._tiles.get(key)
                if tile is None:
                    tile = self._tiles[key] = self._paint_tile(column, row, ratio)
                    self._forget_old_tiles()
                else:
                    self._tiles.move_to_end(key)
                painter.drawPixmap(column * TILE, row * TILE, tile)

    def _paint_tile(self, column: int, row: int, ratio: float) -> QPixmap:
        chart = self._chart
        left, top = column * TILE, row * TILE
        width, height = min(TILE, math.ceil(chart.width) - left), min(TILE, math.ceil(chart.height) - top)
        tile = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        tile.setDevicePixelRatio(ratio)
        tile.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tile)
        painter.translate(-left, -top)
        paint_chart(painter, chart, self._pictures, None, self._images, self._shapes_in(column, row))
        painter.end()
        return tile

    def _shapes_in(self, column: int, row: int) -> list:
        """The chart's shapes that reach into a tile, in their order (sorted into tiles once)."""
        if self._in_tile is None:
            self._in_tile = {}
            for shape in self._chart.shapes:
                bounds = _bounds(shape)
                if bounds is None:
                    continue  # nothing to paint (a hotspot, a line of no points)
                for r in range(max(0, int(bounds[1] // TILE)), int(bounds[3] // TILE) + 1):
                    for c in range(max(0, int(bounds[0] // TILE)), int(bounds[2] // TILE) + 1):
                        self._in_tile.setdefault((c, r), []).append(shape)
        return self._in_tile.get((column, row), [])

    def _forget_old_tiles(self) -> None:
        kept = sum(tile.width() * tile.height() * 4 for tile in self._tiles.values())
        while kept > TILE_BYTES and len(self._tiles) > 1:
            _key, tile = self._tiles.popitem(last=False)
            kept -= tile.width() * tile.height() * 4

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._catch_up()
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

