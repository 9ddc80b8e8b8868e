"""The neutral document every export is made from: plain blocks, no format of their own.

Each part of the plan turns its (already filtered) piece of the plan document into blocks;
the PDF renderer lays the blocks out. Styles are data (see `planner.export.styles`).
"""

from dataclasses import dataclass, field

from planner.charts.geometry import Chart
from planner.i18n import current_language


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: the title, 1: a part of the plan, 2: within a part


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body, quote, small, note


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None  # fractions of the text width
    align_right: tuple[int, ...] = ()  # columns of numbers


@dataclass(frozen=True)
class Picture:
    """A picture of the plan (`ref` is a `plan.pictures` id) or a symbol (`symbol` key)."""

    description: str
    ref: str | None = None  # pictures/<name>.jpg of a photo
    symbol: str | None = None
    width_mm: float = 40


@dataclass(frozen=True)
class PictureLine:
    """Easy read: a picture on the left, one idea in words on the right."""

    text: str
    picture: Picture | None = None


@dataclass(frozen=True)
class ChartBlock:
    chart: Chart
    width_mm: float = 170


@dataclass(frozen=True)
class Answer:
    """Something the person wrote: their words, an optional tag and picture, who may see it."""

    text: str
    label: str = ""  # the question or tag, small above the words
    visibility: str = ""  # shown in words on "my plan" so the person sees their choices
    picture: Picture | None = None


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Bullets | KeyValues | Table | Picture | PictureLine | ChartBlock | Answer | PageBreak


@dataclass
class ExportDocument:
    """Blocks plus what goes on every page and into the file's own metadata."""

    title: str
    person_name: str
    blocks: list[Block] = field(default_factory=list)
    subject: str = ""
    running_head: str = ""  # printed at the top of every page
    language: str = field(default_factory=current_language)  # the PDF's /Lang: the language it was built in
    languages: tuple[str, ...] = ()  # a bilingual document's languages, first first ("cy", "en")
