"""Words in a PDF, made with as little work as the words need.

ReportLab's Paragraph parses its text as markup, and a table wraps every cell twice (once to
measure the row, once again to draw it). Most of a plan's words are plain (no markup, no line
breaks), so their single fragment is copied from one parsed for the style instead of parsing
them again, and each paragraph remembers how it broke into lines at the last width it was given.
A table's cells repeat the same few words many times ("To do", a name, a date, an empty cell):
cells of the same words and style share one breaking into lines at each width.
What is drawn is exactly what ReportLab's Paragraph draws: only the work is done once.
"""

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str, sameFrag
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _FK_BREAK, _FK_TEXT, FragLine, ParaLines, _HSFrag, _wsc
from reportlab.rl_config import _FUZZ

# What Paragraph.wrap (and the line breaking it calls) leaves on a paragraph, all of which its
# drawing reads: kept once per width, given back as it was.
_WRAPPED = ("width", "height", "blPara", "_wrapWidths", "frags", "_width_max", "_splitLongWordCount",
            "_hyphenations")


# Characters ReportLab's line breaking treats in ways of their own (spaces other than the plain
# one, soft hyphens, no-break spaces): lines holding any are broken by ReportLab itself.
_UNUSUAL = frozenset(_wsc.replace(" ", "") + "\xad\xa0")


# The canvas's state a paragraph's drawing may read (all but where it is: the position is written
# by the move to its place, outside what is kept), and the transparency state, compared as values.
_AMBIENT = tuple(name for name in Canvas.STATE_ATTRIBUTES if name not in ("_currentMatrix", "_extgstate"))


def _ambient(canvas) -> list:
    state = canvas.__dict__
    return [state[name] for name in _AMBIENT] + [dict(canvas._extgstate._d)]


def _plain_colours(paragraph) -> bool:
    """Whether every colour of its words is a plain RGB colour (a CMYK or spot colour is listed
    on each page that uses it, so its drawing is not simply written again)."""
    lines = paragraph.blPara
    if lines.kind == 0:
        return type(lines.textColor) is Color
    return all(type(word.textColor) is Color for line in lines.lines for word in line.words)


class OncePara(Paragraph):
    """A Paragraph that breaks into lines once per width (a table asks twice for the same)."""

    _wrapped = None
    _shared = None  # (the words' key, the maker's cache) for a table cell: never split
    _plain_lines = None  # its fragments are plain lines of one style joined by line breaks: then
    # a dict (word, font, size) -> width, kept by the maker for the whole document

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


    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N803 (ReportLab's name)
        """A cell drawn already with the same words, style and width, in the same state of the
        canvas, writes what that drawing wrote (between its move to its place and the restore)
        instead of drawing it again. Drawings that changed anything but the page's own code
        (transparency listed for the page, a link) are not kept: they are drawn each time."""
        shared = self._shared
        if shared is None or getattr(self, "_showBoundary", None):
            return super().drawOn(canvas, x, y, _sW)
        x = self._hAlignAdjust(x, _sW)
        key = ("drawn", shared[0], self.width, id(canvas))
        ambient = _ambient(canvas)
        found = shared[1].get(key)
        code = canvas._code
        if found is not None and found[0] == ambient:
            code.append("q")
            code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")  # as saveState and translate write them
            code.extend(found[1])
            code.append("Q")
            return None
        start = len(code)
        super().drawOn(canvas, x, y)
        drawn = code[start + 2:-1]
        if (found is None and code[start] == "q" and code[-1] == "Q" and not any(
                line.endswith(" gs") for line in drawn) and _plain_colours(self) and not getattr(
                self.blPara, "link", None)):
            shared[1][key] = (ambient, drawn)
        return None

    def breakLines(self, width):  # noqa: N802 (ReportLab's name)
        if self._plain_lines is not None:
            done = self._break_plain_lines(width)
            if done is not None:
                return done
        return super().breakLines(width)

    def _break_plain_lines(self, maxWidths):  # noqa: N803 (ReportLab's name)
        """Plain lines of one style joined by line breaks, broken into lines as ReportLab's
        Paragraph.breakLines breaks them (its general way, for more than one fragment), step by
        step with the same arithmetic, leaving the same lines, words and fragments, without its
        work for what plain lines never hold (pictures, hyphenation, right-to-left, other
        styles). None when the paragraph needs more: a word wider than a line (split), a
        bullet, a style that hyphenates or shapes; ReportLab then breaks it itself."""
        style = self.style
        if (self.bulletText is not None or style.wordWrap or style.hyphenationLang or style.uriWasteReduce
                or style.embeddedHyphenation or style.shaping
                or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")):
            return None
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]  # noqa: N806
        narrowest = min(maxWidths)
        # The words, as _getFragWords makes them: [width, (fragment, word)], an _HSFrag when a
        # space follows; each line break passes through as [0, (fragment, "")].
        pieces = []
        known = self._plain_lines  # the words' widths
        for f in self.frags:
            text = f.text
            if text:
                if not _UNUSUAL.isdisjoint(text):
                    return None
                words = text.split(" ")
                last = len(words) - 1
                for index, word in enumerate(words):
                    width = known.get((word, f.fontName, f.fontSize))
                    if width is None:
                        width = known[(word, f.fontName, f.fontSize)] = 0 + stringWidth(word, f.fontName, f.fontSize)
                    if width > narrowest:
                        return None
                    pieces.append(_HSFrag([width, (f, word)]) if index < last else [width, (f, word)])
            elif getattr(f, "lineBreak", False) and not hasattr(f, "cbDefn"):
                pieces.append([0, (f, "")])
            else:
                return None
        for f in self.frags:  # as _getFragWords marks them
            f._fkind = _FK_TEXT if f.text else _FK_BREAK

        self._width_max = 0
        self.height = lineno = 0
        self._splitLongWordCount = self._hyphenations = 0
        maxlineno = len(maxWidths) - 1
        maxWidth = maxWidths[0]  # noqa: N806
        shrinkage = style.spaceShrinkage
        njlbv = not style.justifyBreaks
        lines = []
        FW = []  # noqa: N806
        words = []
        sFW = 0  # noqa: N806
        spaces = {}  # the width of a space in each font and size (always the same)

        def space(font_name, font_size):
            found = spaces.get((font_name, font_size))
            if found is None:
                found = spaces[(font_name, font_size)] = stringWidth(" ", font_name, font_size)
            return found

        source = None  # the fragment the line's words were copied from
        for w in pieces:
            FW.append(w)
            f = w[1][0]
            fontName, fontSize = f.fontName, f.fontSize  # noqa: N806
            if not words:
                n = spaceWidth = currentWidth = 0  # noqa: N806
                maxSize = fontSize  # noqa: N806
                maxAscent, minDescent = getAscentDescent(fontName, fontSize)  # noqa: N806
            wordWidth = w[0]  # noqa: N806
            newWidth = currentWidth + spaceWidth + wordWidth if wordWidth > 0 else currentWidth  # noqa: N806
            lineBreak = f._fkind == _FK_BREAK  # noqa: N806
            limWidth = maxWidth  # noqa: N806
            if shrinkage:
                spaceShrink = spaceWidth  # noqa: N806
                for wi in words:
                    if wi._fkind == _FK_TEXT:
                        ns = wi.text.count(" ")
                        if ns:
                            spaceShrink += ns * space(wi.fontName, wi.fontSize)  # noqa: N806
                spaceShrink *= shrinkage  # noqa: N806
                limWidth += spaceShrink  # noqa: N806
            if (newWidth > limWidth and n > 0) or lineBreak:  # the line ends here
                if lineBreak:
                    words.append(f.clone())
                if currentWidth > self._width_max:
                    self._width_max = currentWidth
                lines.append(FragLine(extraSpace=maxWidth - currentWidth, wordCount=n,
                                      lineBreak=njlbv if lineBreak else False, words=words,
                                      fontSize=maxSize, ascent=maxAscent, descent=minDescent,
                                      maxWidth=maxWidth, sFW=sFW))
                sFW = len(FW) - 1  # noqa: N806
                lineno += 1
                maxWidth = maxWidths[min(maxlineno, lineno)]  # noqa: N806
                if lineBreak:
                    words = []
                    continue
                spaceWidth = space(fontName, fontSize) if isinstance(w, _HSFrag) else 0  # noqa: N806
                currentWidth = wordWidth  # noqa: N806
                n = 1
                g, source = f.clone(), f
                maxSize = g.fontSize  # noqa: N806
                maxAscent, minDescent = getAscentDescent(g.fontName, maxSize)  # noqa: N806
                words = [g]
                g.text = w[1][1]
            else:
                nText = w[1][1]  # noqa: N806
                if nText:
                    n += 1
                if f is not source:  # (the line's own fragment has the line's font and size)
                    ascent, descent = getAscentDescent(fontName, fontSize)
                    maxSize = max(maxSize, fontSize)  # noqa: N806
                    maxAscent = max(maxAscent, ascent)  # noqa: N806
                    minDescent = min(minDescent, descent)  # noqa: N806
                if not words:
                    g, source = f.clone(), f
                    words = [g]
                    g.text = nText
                elif f is not source and not sameFrag(g, f):  # (a copy of f is the same as f)
                    return None  # (one style: never)
                elif spaceWidth:
                    g.text += nText if g.text.endswith(" ") else " " + nText
                else:
                    g.text += nText
                spaceWidth = space(fontName, fontSize) if isinstance(w, _HSFrag) else 0  # noqa: N806
                currentWidth = newWidth  # noqa: N806
        if words:
            if currentWidth > self._width_max:
                self._width_max = currentWidth
            lines.append(FragLine(extraSpace=maxWidth - currentWidth, wordCount=n, lineBreak=False,
                                  words=words, fontSize=maxSize, ascent=maxAscent, descent=minDescent,
                                  maxWidth=maxWidth, sFW=sFW))
        self.frags = FW
        return ParaLines(kind=1, lines=lines)


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
        self._widths = {}  # (word, font, size): its width, for plain lines broken here

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
                    made = OncePara(None, style, bulletText=bulletText, frags=frags)
                    if len(lines) > 1:  # (one line takes ReportLab's quick way)
                        made._plain_lines = self._widths
                    return made
        return OncePara(markup, style, bulletText=bulletText)
