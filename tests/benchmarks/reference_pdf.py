"""The export benchmark's yardstick: a fixed ReportLab document of a given number of A4 pages
(the same embedded font, a heading, paragraphs and a ruled table of wrapped cells on every page),
built beside each measured export so a busy machine slows both alike and the ratio stays honest.

Run as a command (`python -m tests.benchmarks.reference_pdf PAGES OUT`) it is the yardstick for a
whole `smallsteps export` command too: a fresh interpreter, its imports, the build, the file.
"""

import io
import sys

WORDS = ("Small steps towards what matters to me, written in my own words with the people I choose "
         "to help, kept safe and shared only as I say. ")


def build(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from planner.export import fonts

    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=11, leading=15.5, spaceAfter=5)
    head = ParagraphStyle("head", parent=body, fontName=fonts.BOLD, fontSize=17, leading=22)
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Page {page + 1}", head))
        story.extend(Paragraph(WORDS * 3, body) for _ in range(2))
        rows = [[Paragraph(f"Item {row + 1}", body), Paragraph(WORDS, body)] for row in range(6)]
        table = Table(rows, colWidths=[50 * mm, 120 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#9ca3af")]))
        story.append(table)
        story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=24 * mm, bottomMargin=22 * mm).build(story[:-1])
    return out.getvalue()


if __name__ == "__main__":
    with open(sys.argv[2], "wb") as handle:
        handle.write(build(int(sys.argv[1])))
