"""Photos and pictures coming in from outside: checked, cleaned and stored as JPEG.

Every picture is treated as hostile: its size is limited before it is read, it is decoded
fully (a truncated or fake file fails here), turned the right way up, scaled down, and its pixels
copied into a fresh image so that nothing but pixels is kept: no EXIF (GPS), XMP, comments or
colour-profile tricks. Pillow is imported only when a picture is handled.
"""

import io
import os
from pathlib import Path

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


# JPEG markers allowed before the picture data in a JPEG that is already clean: start of frame
# (baseline), Huffman and quantisation tables, restart interval, start of scan. Anything else
# (EXIF or XMP in APP1, ICC profiles, comments, progressive scans) means "clean it".
_CLEAN_MARKERS = {0xC0, 0xC4, 0xDB, 0xDD, 0xDA}


def _is_clean_jpeg(data: bytes) -> bool:
    """True if `data` is a baseline JPEG holding nothing but a JFIF header and pixels.

    Such a file (one this module wrote) is kept byte for byte, so a picture that goes out in a
    plan file and comes back in is the same picture, not a copy of a copy.
    """
    if not data.startswith(b"\xff\xd8") or not data.endswith(b"\xff\xd9"):
        return False
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return False
        marker = data[at + 1]
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if length < 2:
            return False
        if marker == 0xE0:  # APP0 must be a plain JFIF header, nothing else
            if at != 2 or data[at + 4 : at + 9] != b"JFIF\x00" or length != 16:
                return False
        elif marker not in _CLEAN_MARKERS:
            return False
        at += 2 + length
        if marker == 0xDA:
            break
    else:
        return False
    # One scan only: inside the picture data every 0xFF is followed by 0x00 or a restart marker.
    scan = data[at:-2]
    position = scan.find(b"\xff")
    while position != -1:
        following = scan[position + 1 : position + 2]
        if not following or not (following == b"\x00" or 0xD0 <= following[0] <= 0xD7):
            return False
        position = scan.find(b"\xff", position + 2)
    return True


def read_picture_file(path: Path | str) -> bytes:
    """Read a photo from a file and clean it (its size is checked before it is read)."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise InvalidInput(
            _("Small Steps can't open {name}: {why}").format(
                name=path.name, why=error.strerror or error
            ),
            "picture",
        ) from None
    if size > MAX_FILE_BYTES:
        raise _too_big()
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InvalidInput(
            _("Small Steps can't open {name}: {why}").format(
                name=path.name, why=error.strerror or error
            ),
            "picture",
        ) from None
    return sanitise_picture(data)


def sanitise_picture(data: bytes) -> bytes:
    """Return a clean JPEG made from `data`, or raise `InvalidInput` saying what is wrong."""
    if not data:
        raise InvalidInput(_("This file is empty. Please choose a photo."), "picture")
    if len(data) > MAX_FILE_BYTES:
        raise _too_big()
    from PIL import Image, ImageOps, UnidentifiedImageError

    keep_as_is = _is_clean_jpeg(data)

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
            if keep_as_is and (
                probe.format != "JPEG" or probe.mode not in ("RGB", "L")
                or max(width, height) > LONGEST_SIDE
            ):
                keep_as_is = False
            if not keep_as_is:
                probe.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # fast JPEG downscale on load
            probe.seek(0)
            probe.load()  # decoded fully even when kept: a damaged file fails here
            if keep_as_is:
                return data
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
    except Image.DecompressionBombError:
        raise _too_big() from None
    except UnidentifiedImageError:
        raise not_a_picture from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError):
        raise not_a_picture from None
    except Exception:  # Pillow raises many kinds on hostile files; none may escape
        raise not_a_picture from None
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()
