"""Words in a PDF, made with as little work as the words need.

ReportLab's Paragraph parses its text as markup, and a table wraps every cell twice (once to
measure the row, once again to draw it). Most of a plan's words are plain (no markup, no line
breaks), so their single fragment is copied from one parsed for the style instead of parsing
them again, and each paragraph remembers how it broke into lines at the last width it was given.
What is drawn is exactly what ReportLab's Paragraph draws: only the work is done once.
"""

from reportlab.platypus import Paragraph


class OncePara(Paragraph):
    """A Paragraph that breaks into lines once per width (a table asks twice for the same)."""

    _wrapped = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        done = self._wrapped
        if done is not None and done[0] == availWidth:
            self.width, self.height, self.blPara, self._wrapWidths = done[1:]
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.width, self.height, self.blPara, self._wrapWidths)
        return size


class TextMaker:
    """Makes paragraphs for one document: plain words skip the markup parser."""

    def __init__(self):
        self._templates = {}

    def _template(self, style):
        template = self._templates.get(id(style))
        if template is None:
            frags = Paragraph("x", style).frags
            template = frags[0] if len(frags) == 1 else False
            self._templates[id(style)] = template
            self._templates[("style", id(style))] = style  # keeps the id unique while we live
        return template

    def __call__(self, markup: str, style, bulletText=None):  # noqa: N803 (ReportLab's name)
        """A paragraph of `markup` (already escaped, as Paragraph takes it).

        Three kinds skip the parser, each made as the parser makes it: nothing at all (an empty
        cell: no fragments), plain words, and plain lines joined by line breaks (`<br/>`, how
        `printable` writes a new line): one fragment a line, and a break fragment between."""
        if not markup:
            return OncePara(None, style, bulletText=bulletText, frags=[])
        if "&" not in markup:
            lines = markup.split("<br/>")
            if all(line and "<" not in line and " ".join(line.split()) == line for line in lines):
                template = self._template(style)
                if template:
                    frags = [template.clone(text=lines[0])]
                    for line in lines[1:]:
                        frags.append(template.clone(text="", lineBreak=True, __tag__="br"))
                        frags.append(template.clone(text=line))
                    return OncePara(None, style, bulletText=bulletText, frags=frags)
        return OncePara(markup, style, bulletText=bulletText)
