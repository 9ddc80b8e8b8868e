"""Words in a PDF, made with as little work as the words need.

ReportLab's Paragraph parses its text as markup, and a table wraps every cell twice (once to
measure the row, once again to draw it). Most of a plan's words are plain (no markup, no line
breaks), so their single fragment is copied from one parsed for the style instead of parsing
them again, and each paragraph remembers how it broke into lines at the last width it was given.
A table's cells repeat the same few words many times ("To do", a name, a date, an empty cell):
cells of the same words and style share one breaking into lines at each width.
What is drawn is exactly what ReportLab's Paragraph draws: only the work is done once.
"""

from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Paragraph
from reportlab.rl_config import _FUZZ

# What Paragraph.wrap (and the line breaking it calls) leaves on a paragraph, all of which its
# drawing reads: kept once per width, given back as it was.
_WRAPPED = ("width", "height", "blPara", "_wrapWidths", "frags", "_width_max", "_splitLongWordCount",
            "_hyphenations")


class OncePara(Paragraph):
    """A Paragraph that breaks into lines once per width (a table asks twice for the same)."""

    _wrapped = None
    _shared = None  # (the words' key, the maker's cache) for a table cell: never split

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        done = self._wrapped
        if done is not None and done[0] == availWidth and self.__dict__.get("blPara") is done[3]:
            return done[1], done[2]  # as it is now (a split that found no room took its lines away)
        shared = self._shared
        done = shared[1].get((shared[0], availWidth)) if shared is not None else None
        if done is None:
            super().wrap(availWidth, availHeight)
            done = (availWidth, *(getattr(self, name) for name in _WRAPPED))
            if shared is not None:
                shared[1][(shared[0], availWidth)] = done
        self._wrapped = done
        (self.width, self.height, self.blPara, self._wrapWidths, self.frags, self._width_max,
         self._splitLongWordCount, self._hyphenations) = done[1:]
        return self.width, self.height


class EmptyCell(OncePara):
    """A table cell with no words (four in ten of a plan's step cells), sized and drawn as
    ReportLab's Paragraph sizes and draws one with no words, with less work: as wide as it is
    given and no height; drawn, it leaves only the saved and restored state and the move to its
    place ("q", "1 0 0 1 x y cm", "Q"), written here directly, as drawOn would write them.
    Made only for a style with no background or border (which an empty paragraph would draw)."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if availWidth < _FUZZ:
            return 0, 0x7FFFFFFF  # as Paragraph: it cannot fit here
        self.width, self.height = availWidth, 0
        return availWidth, 0

    def draw(self):
        pass  # no lines

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N803 (ReportLab's name)
        x = self._hAlignAdjust(x, _sW)
        # saveState, translate and restoreState with nothing between: the canvas's own state is
        # as it was before, so only what they write is written.
        canvas._code.extend(("q", f"{fp_str(1, 0, 0, 1, x, y)} cm", "Q"))


class TextMaker:
    """Makes paragraphs for one document: plain words skip the markup parser."""

    def __init__(self):
        self._templates = {}
        self._breaks = {}  # (words, style) and width: how a cell of them broke into lines
        self._cells = {}  # (words, style): the first cell made of them, as it was made

    def _template(self, style):
        template = self._templates.get(id(style))
        if template is None:
            frags = Paragraph("x", style).frags
            template = frags[0] if len(frags) == 1 else False
            self._templates[id(style)] = template
            self._templates[("style", id(style))] = style  # keeps the id unique while we live
        return template

    def cell(self, markup: str, style) -> "OncePara":
        """A paragraph for a table cell: a cell is never split across pages, so cells of the same
        words (and style) share their breaking into lines at each width."""
        key = (markup, style)  # a style is hashed as itself
        made = self._cells.get(key)
        if made is not None:  # a copy of the first cell of these words, as it was made
            kind, state = made
            made = kind.__new__(kind)
            made.__dict__.update(state)
            return made
        if not markup and not style.backColor and not (style.borderColor and style.borderWidth):
            made = EmptyCell(None, style, frags=[])
        else:
            made = self(markup, style)
            made._shared = (key, self._breaks)
        self._cells[key] = (made.__class__, dict(made.__dict__))
        return made

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
