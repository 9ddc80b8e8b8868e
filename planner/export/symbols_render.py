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


def svg_drawing(key: str):
    """The symbol's svglib drawing, made once per process and never changed (or None)."""
    if not is_symbol(key):
        return None
    return _drawing(key)

