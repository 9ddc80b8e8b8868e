"""Pictures and symbols in a PDF, each stored once per document and drawn by reference.

A photo (stored as JPEG) goes into the PDF as it is: its size is read from its header, never by
decoding it, and it becomes one image object however many times it is drawn. A symbol is drawn
into one form (a PDF "XObject") per symbol and size the first time a page needs it; every later
use on any page only names that form. (Before, every use deep-copied an svglib drawing and drew
it again, and every photo was decoded to pixels just to be hashed.)
"""

import hashlib
import io
import re
from functools import lru_cache


@lru_cache(maxsize=256)
def _jpeg_facts(blob: bytes) -> tuple[str, int, int] | None:
    """(name in the PDF, width, height) of a JPEG, read from its header; None if not a JPEG."""
    from reportlab.pdfbase.pdfutils import readJPEGInfo

    try:
        width, height = readJPEGInfo(io.BytesIO(blob))[:2]
    except Exception:  # noqa: BLE001 (ReportLab raises bare PDFError and others for non-JPEGs)
        return None
    return "Pic" + hashlib.sha1(blob, usedforsecurity=False).hexdigest(), width, height


@lru_cache(maxsize=64)
def _other_size(blob: bytes) -> tuple[int, int]:
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(blob)).getSize()


def picture_size(blob: bytes) -> tuple[int, int]:
    facts = _jpeg_facts(blob)
    return (facts[1], facts[2]) if facts else _other_size(blob)


def draw_picture(canvas, blob: bytes, x: float, y: float, width: float, height: float) -> None:
    """Draw the picture in the box; a JPEG is embedded once per document, passed through."""
    facts = _jpeg_facts(blob)
    if facts is None:  # not a JPEG (pictures are stored as JPEG; this is only a fallback)
        from reportlab.lib.utils import ImageReader

        canvas.drawImage(ImageReader(io.BytesIO(blob)), x, y, width, height)
        return
    from reportlab.pdfbase import pdfdoc

    name = facts[0]
    document = canvas._doc
    registered = document.getXObjectName(name)
    if registered not in document.idToObject:
        image = pdfdoc.PDFImageXObject(name)
        if not image.loadImageFromJPEG(io.BytesIO(blob)):  # e.g. a JPEG kind the PDF cannot hold
            from reportlab.lib.utils import ImageReader

            canvas.drawImage(ImageReader(io.BytesIO(blob)), x, y, width, height)
            return
        image.name = name
        canvas._setXObjects(image)
        document.Reference(image, registered)
        document.addForm(name, image)
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)


def draw_symbol(canvas, key: str, size: float) -> bool:
    """Draw the symbol `size` points square with its lower left corner at the origin."""
    from planner.export.symbols_render import pdf_form, svg_drawing

    made = pdf_form(key)
    drawing = None if made is not None else svg_drawing(key)
    if made is None and drawing is None:
        return False
    width, height = made[:2] if made is not None else (drawing.width, drawing.height)
    name = f"Sym{re.sub('[^A-Za-z0-9]', '_', key)}_{round(size * 100)}"
    if not canvas.hasForm(name):
        scale = size / max(width, height, 1)
        canvas.beginForm(name, 0, 0, width * scale, height * scale)
        canvas.scale(scale, scale)
        if made is not None:  # what renderPDF.draw writes for it (all inside its q ... Q)
            canvas._code.extend(made[2])
        else:
            from reportlab.graphics import renderPDF

            renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()
    canvas.doForm(name)
    return True


def picture_flowable(blob: bytes, size_pt: float):
    """A photo fitted into a `size_pt` square (keeps its shape), centred like ReportLab's Image."""
    from reportlab.platypus import Flowable

    width, height = picture_size(blob)
    fit = size_pt / max(width, height)

    class Picture(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = width * fit, height * fit
            self.hAlign = "CENTER"

        def wrap(self, available_width, available_height):
            return self.width, self.height

        def draw(self):
            draw_picture(self.canv, blob, 0, 0, self.width, self.height)

    return Picture()


def symbol_flowable(key: str, size_pt: float):
    """A symbol `size_pt` square (its longer side), or None if there is no such symbol."""
    from reportlab.platypus import Flowable

    from planner.export.symbols_render import pdf_form, svg_drawing

    made = pdf_form(key)
    if made is not None:
        width, height = made[:2]
    else:
        drawing = svg_drawing(key)
        if drawing is None:
            return None
        width, height = drawing.width, drawing.height
    scale = size_pt / max(width, height, 1)

    class Symbol(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = width * scale, height * scale

        def wrap(self, available_width, available_height):
            return self.width, self.height

        def draw(self):
            draw_symbol(self.canv, key, size_pt)

    return Symbol()
