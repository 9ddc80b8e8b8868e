"""How printed plans look, as data: sizes in points, colours with enough contrast."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PdfStyle:
    body_size: float = 11
    leading: float = 15.5
    title_size: float = 24
    h1_size: float = 17
    h2_size: float = 13.5
    small_size: float = 9
    ink: str = "#111827"
    muted: str = "#4b5563"  # 7.6:1 on white
    accent: str = "#1d4ed8"  # 6.7:1 on white
    answer_fill: str = "#f3f4f6"
    margin_mm: float = 18
    picture_mm: float = 28


PLAIN = PdfStyle()
# Easy read (DH 2010 / Mencap): body at least 16 pt, lots of space, pictures beside words.
EASY_READ = PdfStyle(body_size=18, leading=27, title_size=32, h1_size=26, h2_size=21,
                     small_size=16, margin_mm=20, picture_mm=34)
