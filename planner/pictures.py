"""Photos and pictures coming in from outside: checked, cleaned and stored as JPEG.

Every picture is treated as hostile: its size is limited before it is read, it is decoded
fully (a truncated or fake file fails here), turned the right way up, scaled down, and its pixels
copied into a fresh image so that nothing but pixels is kept: no EXIF (GPS), XMP, comments or
colour-profile tricks. Pillow is imported only when a picture is handled.
"""

import io

from planner.errors import InvalidInput
from planner.i18n import _

MAX_FILE_BYTES = 50 * 1024 * 1024  # a photo file bigger than this is refused before reading
MAX_PIXELS = 60_000_000  # about 60 megapixels: bigger images are refused, not decoded
LONGEST_SIDE = 1600  # stored pictures are scaled to at most this many pixels a side
JPEG_QUALITY = 85
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "MPO"}


def _too_big() -> InvalidInput:
    return InvalidInput(
        _("This picture is too big for Small Steps. Please choose a smaller photo."), "picture"
    )


def sanitise_picture(data: bytes) -> bytes:
    """Return a clean JPEG made from `data`, or raise `InvalidInput` saying what is wrong."""
    if not data:
        raise InvalidInput(_("This file is empty. Please choose a photo."), "picture")
    if len(data) > MAX_FILE_BYTES:
        raise _too_big()
    from PIL import Image, ImageOps, UnidentifiedImageError

    not_a_picture = InvalidInput(
        _(
            "Small Steps can't open this as a picture. "
            "Please choose a photo (JPEG, PNG, WebP, GIF or BMP)."
        ),
        "picture",
    )
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in ACCEPTED_FORMATS:
                raise not_a_picture
            width, height = probe.size
            if width < 1 or height < 1 or width * height > MAX_PIXELS:
                raise _too_big()
            probe.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # fast JPEG downscale on load
            probe.seek(0)
            probe.load()
            upright = ImageOps.exif_transpose(probe)
            if upright.mode in ("RGBA", "LA", "P", "PA"):
                rgba = upright.convert("RGBA")
                flattened = Image.new("RGB", rgba.size, (255, 255, 255))
                flattened.paste(rgba, mask=rgba.getchannel("A"))
                upright = flattened
            else:
                upright = upright.convert("RGB")
            upright.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)
            clean = Image.new("RGB", upright.size)
            clean.paste(upright)
    except InvalidInput:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise not_a_picture from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError):
        raise not_a_picture from None
    except Exception:  # Pillow raises many kinds on hostile files; none may escape
        raise not_a_picture from None
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()
