"""Drawing pictures on screen: symbols from their SVG, photos from their JPEG, at any size."""

from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from planner.content import symbols


def lines_high(lines: float) -> int:
    """A size in pixels of so many lines of ordinary text: pictures grow with the text size."""
    from PySide6.QtWidgets import QApplication

    return max(12, round(QFontMetrics(QApplication.font()).height() * lines))


@lru_cache(maxsize=2048)
def symbol_image(key: str, size: int) -> QImage:
    """A symbol drawn `size` pixels square (transparent around it); blank if unknown."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    try:
        renderer = QSvgRenderer(QByteArray(symbols.symbol_svg(key)))
    except KeyError:
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def symbol_pixmap(key: str, size: int) -> QPixmap:
    return QPixmap.fromImage(symbol_image(key, size))


def symbol_icon(key: str, size: int = 64) -> QIcon:
    return QIcon(symbol_pixmap(key, size))


def photo_pixmap(jpeg: bytes | None, size: int) -> QPixmap:
    """A photo scaled to fit in `size` x `size` (keeping its shape).

    Decoded straight at that size (JPEG can skip detail it will not need: a 1200-pixel photo
    shown 100 pixels wide decodes about 8 times faster than whole and then scaled)."""
    if not jpeg:
        return QPixmap()
    data = QByteArray(jpeg)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"JPEG")
    whole = reader.size()
    if whole.isValid() and not whole.isEmpty():
        reader.setScaledSize(whole.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return QPixmap() if image.isNull() else QPixmap.fromImage(image)


_photos: dict[tuple[int, int], QPixmap] = {}


def picture_pixmap(db, picture, size: int) -> QPixmap:
    """The pixmap of a `PictureRecord` (photos are cached: their pixels never change)."""
    if picture is None:
        return QPixmap()
    if picture.kind == "symbol":
        return symbol_pixmap(picture.symbol_key, size)
    key = (picture.picture_id, size)
    if key not in _photos:
        from planner.services import pictures

        if len(_photos) > 500:
            _photos.clear()
        _photos[key] = photo_pixmap(pictures.photo_jpeg(db, picture.picture_id), size)
    return _photos[key]


def symbol_jpeg(key: str, size: int = 512) -> bytes:
    """A symbol as a JPEG on white (to use it as the person's own photo)."""
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, symbol_image(key, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 90)
    buffer.close()
    return bytes(data.data())
