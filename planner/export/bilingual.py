"""Bilingual exports: Welsh first, then English, one after the other (as Welsh public bodies
print them when one document holds both).

A PDF made of blocks gets the Welsh document, a page break, then the English document, with
"Tudalen 1 o 8 · Page 1 of 8" on every page and the file's language (/Lang) set to Welsh.
Open-source ReportLab writes no tagged PDF, so the language of each span cannot be marked: a
screen reader reads the whole file with the Welsh voice (see README, "Welsh and English").
The crisis card PDF gets the Welsh card then the English one; a picture gets the Welsh picture
above the English one; data for other systems (FHIR JSON) is made once, in Welsh.
"""

import io

from planner.export import blocks as b
from planner.i18n import using
from planner.plan_file.document import PlanDocument


def combined(parts: list[tuple[str, b.ExportDocument]]) -> b.ExportDocument:
    """One document from each language's, in the order given."""

    def joined(values) -> str:
        return " / ".join(dict.fromkeys(v for v in values if v))

    first = parts[0][1]
    out = b.ExportDocument(
        title=joined(d.title for _code, d in parts), person_name=first.person_name,
        subject=joined(d.subject for _code, d in parts),
        running_head=_joined_heads([d.running_head for _code, d in parts]),
        language=parts[0][0], languages=tuple(code for code, _d in parts))
    for index, (_code, document) in enumerate(parts):
        if index:
            out.blocks.append(b.PageBreak())
        out.blocks.extend(document.blocks)
    return out


def _joined_heads(heads: list[str]) -> str:
    """"Leri · Fy nghynllun" and "Leri · My plan" → "Leri · Fy nghynllun / My plan"."""
    pieces = [head.split(" · ") for head in heads]
    if len({len(p) for p in pieces}) != 1:
        return " / ".join(dict.fromkeys(h for h in heads if h))
    return " · ".join(" / ".join(dict.fromkeys(column)) for column in zip(*pieces, strict=True))


def stacked(pictures: list[bytes], suffix: str) -> bytes:
    """The pictures one above the other on white, at the first one's dots per inch."""
    from PIL import Image

    images = [Image.open(io.BytesIO(data)) for data in pictures]
    dpi = images[0].info.get("dpi", (150, 150))
    gap = round(float(dpi[0]) / 6)
    width = max(image.width for image in images)
    height = sum(image.height for image in images) + gap * (len(images) - 1)
    sheet = Image.new("RGB", (width, height), "#ffffff")
    top = 0
    for image in images:
        sheet.paste(image.convert("RGB"), (0, top))
        top += image.height + gap
    out = io.BytesIO()
    if suffix == ".jpg":
        sheet.save(out, "JPEG", quality=90, dpi=dpi)
    else:
        sheet.save(out, "PNG", dpi=dpi)
    return out.getvalue()


def make(spec, document: PlanDocument, options: dict, languages: tuple[str, ...]) -> bytes:
    """`spec` (an ExportKind) made in every one of `languages`, as one file."""
    if spec.build is not None:
        from planner.export import stopping
        from planner.export.pdf import render

        parts, style = [], None
        for code in languages:
            stopping.check()
            with using(code):
                built, built_style = spec.build(document, options)
            parts.append((code, built))
            style = style or built_style
        with using(languages[0]):
            return render(combined(parts), document.pictures, style=style,
                          invariant=options.get("invariant", False))
    if spec.suffix == ".pdf":  # the crisis card draws each language's sides itself
        with using(languages[0]):
            return spec.make(document, {**options, "languages": languages})
    if spec.suffix not in (".png", ".jpg"):  # data for other systems (FHIR): one copy, Welsh first
        with using(languages[0]):
            return spec.make(document, options)
    pictures = []
    for code in languages:
        with using(code):
            pictures.append(spec.make(document, options))
    return stacked(pictures, spec.suffix)
