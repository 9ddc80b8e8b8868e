"""Make resources/symbols/pdf-forms.zip: each symbol as the PDF drawing svglib and ReportLab make
of it, so a PDF export names a symbol's drawing without converting its SVG again.

Converting a symbol (svglib, about 6 ms each) and importing svglib (about 20 ms) were a tenth of
an export command's time. The drawing does not depend on the size it is drawn at (the form
scales it), nor on anything else of the document: each entry `KEY.txt` holds the drawing's
width and height on its first line and its PDF operators, one a line, after it. A symbol whose
drawing would name anything of the page (a font but the canvas's first, a transparency state,
an image) is left out, and drawn from its SVG as before. `tests/test_symbol_forms.py` checks the file is what this
makes now (run this again after updating svglib, ReportLab or the symbols):

    python -m planner.maintenance.symbol_forms
"""

import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resources" / "symbols" / "pdf-forms.zip"
# renderPDF sets the canvas's first font (the PDFs' own, which every canvas of an export registers
# as F1 when it is made: `planner.export.fonts`) as it begins: the one name of the page's that a
# drawing may hold.
_BASE_FONT = "BT /F1 10 Tf 12 TL ET"
_NAMES_A_RESOURCE = (" gs", " Do", " Tf", " sh", " scn", " SCN", " cs", " CS", " BI", " ID")


def drawn(key: str) -> tuple[float, float, list[str]] | None:
    """The symbol's width, height and PDF operators as drawn into a form, or None if it names
    anything outside itself."""
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    from planner.export import fonts
    from planner.export.symbols_render import svg_drawing

    fonts.register()  # as every PDF export does: a drawing begins in the PDFs' own font
    drawing = svg_drawing(key)
    if drawing is None:
        return None
    canvas = Canvas(io.BytesIO())
    canvas.beginForm("S", 0, 0, drawing.width, drawing.height)
    start = len(canvas._code)
    renderPDF.draw(drawing, canvas, 0, 0)
    lines = canvas._code[start:]
    canvas.endForm()
    if any((line.endswith(_NAMES_A_RESOURCE) or "/" in line) and line != _BASE_FONT for line in lines):
        return None
    return drawing.width, drawing.height, lines


def entry(width: float, height: float, lines: list[str]) -> str:
    return "\n".join([f"{width!r} {height!r}", *lines]) + "\n"


def contents() -> dict[str, str]:
    """Every symbol's entry, by key."""
    from planner.content.symbols import all_symbols

    out = {}
    for key in sorted(symbol.key for symbol in all_symbols()):
        found = drawn(key)
        if found is not None:
            out[key] = entry(*found)
    return out


def build(path: Path = OUT) -> int:
    made = contents()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for key, text in made.items():
            info = zipfile.ZipInfo(f"{key}.txt", date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return len(made)


if __name__ == "__main__":
    print(f"{build()} symbols written to {OUT}")
