"""Laying out an export document as a PDF with ReportLab: fonts embedded, every page numbered
and headed, the file's metadata taken only from the (already filtered) document."""

import io
from functools import cache
from html import escape  # (not xml.sax.saxutils: it imports urllib.request, ssl and email)

from planner.export import blocks as b
from planner.export import fonts
from planner.export.styles import PLAIN, PdfStyle
from planner.i18n import _


@cache
def _known_characters() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    fonts.register()
    return frozenset(pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph)


@cache
def _kept_letters() -> frozenset[str]:
    """Every character `printable` keeps, as text (a whole string is checked at once)."""
    return frozenset(chr(code) for code in _known_characters()) | {"\n", "\t"}


def printable(text: str) -> str:
    """The text with characters the font cannot draw (emoji) left out, and markup escaped."""
    if not _kept_letters().issuperset(text):  # most text has nothing to leave out
        known = _known_characters()
        text = "".join(ch for ch in text if ord(ch) in known or ch in "\n\t")
    return escape(text, quote=False).replace("\n", "<br/>")


LONG = 1200  # letters: longer text flows as paragraphs rather than sitting in a box


def _printable_once():
    """`printable`, remembering what it gave for each text (a table's cells repeat the same words)."""
    done: dict[str, str] = {}

    def once(text: str) -> str:
        found = done.get(text)
        if found is None:
            found = done[text] = printable(text)
        return found

    return once


def _opening(text: str, limit: int = 400) -> str:
    """The start of a cell too long for a table (a row cannot break across pages): the whole of it
    follows the table, where it can flow from page to page."""
    cut = text[:limit]
    cut = cut[:cut.rfind(" ")] if " " in cut[limit // 2:] else cut
    return _("{start}… (all of it follows the table)").format(start=cut.rstrip())


def _flowing(text: str, para, style) -> list:
    """Long text as paragraphs, one for each of its lines, so it flows from page to page (long
    words are broken by the paragraph style's splitLongWords)."""
    return [para(printable(part), style) for part in text.split("\n") if part.strip()]


def _styles(style: PdfStyle):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=style.body_size,
                          leading=style.leading, textColor=HexColor(style.ink), spaceAfter=style.body_size * 0.5,
                          bulletFontName=fonts.REGULAR)
    return {
        "body": base,
        "quote": ParagraphStyle("quote", parent=base, leftIndent=10),
        "small": ParagraphStyle("small", parent=base, fontSize=style.small_size,
                                leading=style.small_size * 1.35, textColor=HexColor(style.muted)),
        "note": ParagraphStyle("note", parent=base, textColor=HexColor(style.muted)),
        "label": ParagraphStyle("label", parent=base, fontName=fonts.BOLD, fontSize=style.small_size,
                                leading=style.small_size * 1.35, textColor=HexColor(style.muted), spaceAfter=1),
        "h0": ParagraphStyle("h0", parent=base, fontName=fonts.BOLD, fontSize=style.title_size,
                             leading=style.title_size * 1.25, spaceAfter=style.title_size * 0.5, keepWithNext=1),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=style.h1_size,
                             leading=style.h1_size * 1.3, spaceBefore=style.h1_size * 0.8,
                             spaceAfter=style.h1_size * 0.4, textColor=HexColor(style.accent), keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=style.h2_size,
                             leading=style.h2_size * 1.3, spaceBefore=style.h2_size * 0.6,
                             spaceAfter=style.h2_size * 0.3, keepWithNext=1),  # never alone at a page's foot
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=fonts.BOLD, spaceAfter=0),
    }


def _picture_flowable(picture: b.Picture, pictures: dict[str, bytes], size_pt: float):
    from planner.export.pdf_pictures import picture_flowable, symbol_flowable

    if picture.symbol:
        return symbol_flowable(picture.symbol, size_pt)
    blob = pictures.get(picture.ref or "")
    if not blob:
        return None
    return picture_flowable(blob, size_pt)


def _flowables(document: b.ExportDocument, pictures: dict[str, bytes], style: PdfStyle, text_width: float):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    from planner.export.chart_pdf import chart_flowable
    from planner.export.pdf_text import TextMaker

    styles = _styles(style)
    printable = _printable_once()
    para = TextMaker()  # plain words skip the markup parser; each wraps once per width (cells: per words)
    grid = {"fontname": fonts.REGULAR, "valign": "TOP"}  # every cell of every table
    out = []
    part = ""
    for block in document.blocks:
        made = len(out)
        if isinstance(block, b.Heading) and block.level <= 1:
            part = block.text
        if isinstance(block, b.Heading):
            out.append(para(printable(block.text), styles[f"h{min(block.level, 2)}"]))
        elif isinstance(block, b.Paragraph):
            out.append(para(printable(block.text), styles.get(block.style, styles["body"])))
        elif isinstance(block, b.Bullets):
            for item in block.items:
                out.append(para(printable(item), styles["body"], bulletText="•"))
        elif isinstance(block, b.KeyValues):
            rows = []
            for k, v in block.rows:
                if len(v) > LONG:  # a table row cannot break across pages: long words flow instead
                    out.append(para(printable(k), styles["cell_bold"]))
                    out.extend(_flowing(v, para, styles["body"]))
                    continue
                rows.append([para.cell(printable(k), styles["cell_bold"]), para.cell(printable(v), styles["cell"])])
            if rows:
                table = _table(rows, [text_width * 0.35, text_width * 0.65], {**grid, "bottomPadding": 4})
                out.append(table)
                out.append(Spacer(1, style.body_size * 0.6))
        elif isinstance(block, b.Table):
            header = [para.cell(printable(h), styles["cell_bold"]) for h in block.header]
            rows, in_full = [], []
            for row in block.rows:
                cells = []
                for column, cell in enumerate(row):
                    if len(cell) > LONG:
                        cells.append(para.cell(printable(_opening(cell)), styles["cell"]))
                        where = block.header[column] if column < len(block.header) else ""
                        row_name = _opening(row[0], 60).split("…")[0] if column else ""
                        in_full.append((f"{where} ({row_name})" if row_name else where, cell))
                    else:
                        cells.append(para.cell(printable(cell), styles["cell"]))
                rows.append(cells)
            widths = [text_width * f for f in block.widths] if block.widths else None
            table = _table([header] + rows, widths, {**grid, "bottomPadding": 4}, [
                ("LINEBELOW", (0, 0), (-1, 0), 1, HexColor(style.ink)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, HexColor("#9ca3af")),
            ], repeat_rows=1)
            out.append(table)
            out.append(Spacer(1, style.body_size * 0.8))
            for label, text in in_full:  # cells too long for a table, in full, flowing on
                out.append(para(printable(_("In full: {what}").format(what=label)), styles["label"]))
                out.extend(_flowing(text, para, styles["body"]))
        elif isinstance(block, b.Picture):
            flowable = _picture_flowable(block, pictures, block.width_mm * mm)
            if flowable is not None:
                out.append(KeepTogether([flowable, para(printable(block.description), styles["small"])]))
        elif isinstance(block, b.Answer | b.PictureLine) and len(block.text) > LONG:
            # Too long for a box that cannot break across pages: the words flow on.
            if getattr(block, "label", ""):
                out.append(para(printable(block.label), styles["label"]))
            picture = _picture_flowable(block.picture, pictures, style.picture_mm * mm) if block.picture else None
            if picture is not None:
                out.append(picture)
            out.extend(_flowing(block.text, para, styles["body"]))
            if getattr(block, "visibility", ""):
                out.append(para(printable(block.visibility), styles["small"]))
        elif isinstance(block, b.PictureLine | b.Answer):
            text_parts = []
            if isinstance(block, b.Answer):
                if block.label:
                    text_parts.append(para.cell(printable(block.label), styles["label"]))
                text_parts.append(para.cell(printable(block.text), styles["body"]))
                if block.visibility:
                    text_parts.append(para.cell(printable(block.visibility), styles["small"]))
            else:
                text_parts.append(para.cell(printable(block.text), styles["body"]))
            picture = None
            if block.picture is not None:
                picture = _picture_flowable(block.picture, pictures, style.picture_mm * mm)
            if picture is not None or isinstance(block, b.PictureLine):
                left = style.picture_mm * mm + 6  # lines without a picture keep the words in line
                rows, widths = [[picture or "", text_parts]], [left, text_width - left]
            else:
                rows, widths = [[text_parts]], [text_width]
            background = HexColor(style.answer_fill) if isinstance(block, b.Answer) else None
            table = _table(rows, widths, {**grid, "bottomPadding": 6, "topPadding": 6},
                           [("BACKGROUND", (0, 0), (-1, -1), background)] if background else [])
            out.append(table)
            out.append(Spacer(1, style.body_size * 0.5))
        elif isinstance(block, b.ChartBlock):
            out.append(chart_flowable(block.chart, min(text_width, block.width_mm * mm), pictures))
            out.append(Spacer(1, style.body_size))
        elif isinstance(block, b.PageBreak):
            out.append(PageBreak())
        for flowable in out[made:]:  # where each came from, for a message if it cannot be printed
            flowable._small_steps_where = (part, _block_words(block))
    return out


def _table(rows: list, widths, cell: dict, commands: list = (), repeat_rows: int = 0):
    """A ReportLab Table whose cells are all set alike. `cell` holds what style commands over the
    whole table (font, vertical alignment, paddings) would set on each cell's own style one
    command and one cell at a time: each cell's style is made with them instead. `commands` are
    the rest (lines, background), which are kept for the whole table."""
    from reportlab.platypus import Table, TableStyle
    from reportlab.platypus.tables import CellStyle

    styles = []
    for i, row in enumerate(rows):
        line = []
        for j in range(len(row)):
            made = CellStyle(_cell_name(i, j))  # as Table names it
            made.__dict__.update(cell)
            line.append(made)
        styles.append(line)
    table = Table(rows, colWidths=widths, repeatRows=repeat_rows, cellStyles=styles)
    if commands:
        table.setStyle(TableStyle(commands))
    return table


@cache
def _cell_name(row: int, column: int) -> str:
    return repr((row, column))


def _block_words(block) -> str:
    for name in ("text", "label", "description"):
        words = getattr(block, name, "")
        if words:
            return words
    if isinstance(block, b.Table | b.KeyValues) and block.rows:
        return block.rows[0][0]
    return ""


def _where(flowable, depth: int = 0) -> tuple[str, str] | None:
    """The part and the item a flowable (or one inside it) was made for."""
    found = getattr(flowable, "_small_steps_where", None)
    if found or depth > 4:
        return found
    inside = getattr(flowable, "_content", None) or getattr(flowable, "_flowables", None) or []
    for inner in reversed(inside):  # a heading kept with what follows: what follows is too big
        found = _where(inner, depth + 1)
        if found:
            return found
    return None


def cannot_print_message(person: str, where: tuple[str, str] | None) -> str:
    """Names the person, the part and the item that cannot be printed."""
    part, item = where or ("", "")
    item = " ".join(item.split())
    item = item if len(item) <= 60 else item[:60].rstrip() + "…"
    if part and item:
        return _("In {person}'s plan, “{item}” in {part} is too big to fit on a page, so it can't be "
                 "printed. Please make it shorter.").format(person=person, part=part, item=item)
    return _("Something in {person}'s plan is too big to fit on a page, so it can't be printed. "
             "Please make very long pieces of writing shorter.").format(person=person)


def render(document: b.ExportDocument, pictures: dict[str, bytes], style: PdfStyle = PLAIN,
           page_size=None, invariant: bool = False) -> bytes:
    """The PDF's bytes. `pictures` are the filtered document's pictures only."""
    from reportlab import rl_config
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate

    fonts.register()
    rl_config.invariant = 1 if invariant else 0
    page_size = page_size or A4
    margin = style.margin_mm * mm
    buffer = io.BytesIO()
    class Template(SimpleDocTemplate):
        """Remembers the flowable being laid out, to say what could not be printed."""

        current = None

        def handle_flowable(self, flowables):
            if flowables:
                self.current = flowables[0]
            return super().handle_flowable(flowables)

    template = Template(
        buffer, pagesize=page_size, leftMargin=margin, rightMargin=margin,
        topMargin=margin + 6 * mm, bottomMargin=margin + 4 * mm,
        title=printable(document.title), author=printable(document.person_name),
        subject=printable(document.subject), creator="Small Steps", keywords="", lang=document.language,
    )
    head = printable(document.running_head or document.person_name)
    from planner.i18n import using

    def page_words(page: int, pages: int) -> str:
        """"Page 2 of 5", in each of a bilingual document's languages ("Tudalen 2 o 5 · Page 2 of 5")."""
        words = []
        for code in document.languages or (document.language,):
            with using(code):
                words.append(_("Page {page} of {pages}").format(page=page, pages=pages))
        return " · ".join(words)

    class NumberedCanvas(Canvas):
        """Draws "page N of M" once the number of pages is known."""

        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", fonts.REGULAR)
            kwargs.setdefault("initialFontSize", style.body_size)
            super().__init__(*args, **kwargs)
            self._pages = []
            self.setFont(fonts.REGULAR, style.body_size)  # no unembedded Helvetica, ever

        def showPage(self):  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(fonts.REGULAR, style.small_size)
                self.setFillColor(HexColor(style.muted))
                width, height = page_size
                self.drawString(margin, height - margin + 2 * mm, head)
                self.drawRightString(width - margin, margin - 2 * mm, page_words(self._pageNumber, total))
                super().showPage()
            super().save()

    def on_page(canvas, _doc):
        canvas.setFont(fonts.REGULAR, style.body_size)

    from reportlab.platypus.doctemplate import LayoutError

    from planner.export import stopping

    stopping.check()  # (the blocks are made: before the pages are)
    template.afterFlowable = lambda _flowable: stopping.check()  # a preview left behind stops here
    try:
        template.build(_flowables(document, pictures, style, page_size[0] - 2 * margin),
                       onFirstPage=on_page, onLaterPages=on_page, canvasmaker=NumberedCanvas)
    except LayoutError:
        from planner.errors import PlannerError

        raise PlannerError(cannot_print_message(document.person_name, _where(template.current))) from None
    return buffer.getvalue()
