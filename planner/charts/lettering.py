"""How big a chart's words are, given to every chart layout by whoever will paint it.

A page or a picture (`PRINT`) uses the sizes each chart was designed with, on a fixed canvas.
The screen asks for words at least as big as the program's own text (`for_screen`): the layout
then makes room for them (wider labels, more lines, a taller chart that the window scrolls)
instead of making the words smaller or cutting them short.

Sizes are in the chart's units: points on paper, pixels on screen (the screen paints a chart
laid out for it at one unit to the pixel).
"""

from dataclasses import dataclass

DESIGNED_TEXT = 8.5  # the size of a chart's ordinary words as designed (for print)


@dataclass(frozen=True)
class Lettering:
    scale: float = 1.0  # every designed size is multiplied by this...
    least: float = 0.0  # ...and none is smaller than this (the screen: the program's body text)
    grows: bool = False  # the chart may be taller (and wider) than asked, to keep every word

    def size(self, designed: float) -> float:
        """The size to use for words designed at `designed`. On screen a whole number of pixels:
        Qt draws text at whole pixel sizes, so a line measured at 12.7 would be drawn at 13."""
        size = max(designed * self.scale, self.least)
        return float(round(size)) if self.grows else size

    @property
    def factor(self) -> float:
        """How much bigger ordinary words are than designed (for lengths that hold words)."""
        return self.size(DESIGNED_TEXT) / DESIGNED_TEXT

    def room(self, designed: float) -> float:
        """A length designed to hold words (a label's width, a column), grown with the words."""
        return designed * self.factor


PRINT = Lettering()


def for_screen(body: float) -> Lettering:
    """Words for the screen: the chart's ordinary words as big as the program's text (`body`,
    in pixels), headings bigger in proportion, and nothing smaller than the body text."""
    body = max(6.0, float(body))
    return Lettering(scale=body / DESIGNED_TEXT, least=body, grows=True)
