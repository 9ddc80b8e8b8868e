"""Symbols (OpenMoji SVG) drawn outside Qt: as vectors for PDFs, as pixels for pictures."""

import io
from functools import lru_cache

from planner.content.symbols import is_symbol, symbol_svg


@lru_cache(maxsize=512)
def symbol_png(key: str, pixels: int) -> bytes | None:
    """The symbol as a PNG `pixels` square, or None if there is no such symbol."""
    if not is_symbol(key):
        return None
    import resvg_py

    return bytes(resvg_py.svg_to_bytes(svg_string=symbol_svg(key).decode("utf-8"),
                                       width=pixels, height=pixels))


@lru_cache(maxsize=512)
def _drawing(key: str):
    from svglib.svglib import svg2rlg

    return svg2rlg(io.BytesIO(symbol_svg(key)))


@lru_cache(maxsize=1)
def _forms():
    """The symbols' drawings made beforehand (`planner.maintenance.symbol_forms`), or None."""
    import zipfile
    from importlib import resources

    try:
        return zipfile.ZipFile(io.BytesIO(
            (resources.files("resources") / "symbols" / "pdf-forms.zip").read_bytes()))
    except (OSError, zipfile.BadZipFile):
        return None


def pdf_form(key: str) -> tuple[float, float, tuple[str, ...]] | None:
    """The symbol's width, height and PDF operators as svglib and ReportLab draw it into a form
    (made beforehand, so most exports never import svglib), or None: draw `svg_drawing`."""
    from reportlab import rl_config

    forms = _forms()
    if forms is None or not isinstance(key, str) or rl_config.invariant:
        return None  # (ReportLab's invariant mode, for comparing files, orders what it writes)
    return _form(forms, key)


@lru_cache(maxsize=512)
def _form(forms, key: str) -> tuple[float, float, tuple[str, ...]] | None:
    try:
        text = forms.read(f"{key}.txt").decode("ascii")
    except (KeyError, UnicodeDecodeError):
        return None
    first, *lines = text.splitlines()
    width, height = (float(value) for value in first.split())
    return width, height, tuple(lines)


def svg_drawing(key: str):
    """The symbol's svglib drawing, made once per process and never changed (or None)."""
    if not is_symbol(key):
        return None
    return _drawing(key)

