"""Reading PDFs back by content (never by bytes): text, fonts, metadata, font sizes."""

import contextlib
import re
import subprocess
import tempfile
import zlib
from pathlib import Path


def _file(blob: bytes) -> tempfile.NamedTemporaryFile:
    handle = tempfile.NamedTemporaryFile(suffix=".pdf")  # noqa: SIM115 (returned to a with block)
    handle.write(blob)
    handle.flush()
    return handle


def text(blob: bytes, page: int | None = None) -> str:
    with _file(blob) as handle:
        args = ["pdftotext", "-layout"]
        if page is not None:
            args += ["-f", str(page), "-l", str(page)]
        return subprocess.run(args + [handle.name, "-"], capture_output=True, text=True).stdout


def info(blob: bytes) -> dict[str, str]:
    with _file(blob) as handle:
        out = subprocess.run(["pdfinfo", handle.name], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def fonts(blob: bytes) -> list[tuple[str, str]]:
    """(name, embedded yes/no) for every font."""
    with _file(blob) as handle:
        out = subprocess.run(["pdffonts", handle.name], capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 5:
            rows.append((parts[0], parts[-5]))
    return rows


def font_sizes(blob: bytes) -> set[float]:
    """Every size given to a text font (`Tf`) in the page content."""
    sizes = set()
    for match in re.finditer(rb"stream\r?\n", blob):
        end = blob.find(b"endstream", match.end())
        data = blob[match.end():end].rstrip(b"\r\n")
        with contextlib.suppress(zlib.error):
            data = zlib.decompress(data)
        for size in re.findall(rb"/F\d+\+?\d* ([\d.]+) Tf", data):
            sizes.add(float(size))
    return sizes


def pages(blob: bytes) -> int:
    return int(info(blob).get("Pages", "0"))


def save(blob: bytes, folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(blob)
    return path
