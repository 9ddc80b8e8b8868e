"""Reading a plan file that came from anywhere: every byte is checked before anything is kept.

Checks, in order: it is a zip; its names are safe (no absolute paths, no `..`, no links, no
duplicates, nothing but `plan.json`, `pictures/…` and `frozen/…`); sizes are capped (no zip
bombs); `plan.json` is JSON of our format and a version we can read; it matches the published
schema; every picture it names is there and decodes as a picture (and is cleaned like any
photo); every copy sent to the panel it lists is there, byte for byte as its SHA-256 says.
Any failure raises `NotAPlanFile` with one plain sentence.
"""

import hashlib
import io
import json
import stat
import struct
import zipfile
import zlib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from planner.errors import InvalidInput, NotAPlanFile
from planner.i18n import _
from planner.pictures import sanitise_picture
from planner.plan_file import FORMAT, VERSION
from planner.plan_file.document import PlanDocument, strings_under

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_PLAN_JSON_BYTES = 30 * 1024 * 1024
MAX_PICTURE_BYTES = 20 * 1024 * 1024
MAX_FROZEN_BYTES = 100 * 1024 * 1024  # one copy sent to the panel: its plan file, or its pack
MAX_TOTAL_BYTES = 600 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries over 1 MB
MAX_JSON_DEPTH = 40


def _fail(message: str) -> NotAPlanFile:
    return NotAPlanFile(message)


@cache
def plan_schema() -> dict[str, Any]:
    text = (resources.files("resources") / "plan-file.schema.json").read_text("utf-8")
    return json.loads(text)


def _depth(value: Any, limit: int) -> int:
    """How deeply `value` nests, stopping early past `limit` (no recursion)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return False
    if ":" in name.split("/", 1)[0]:
        return False  # a drive letter
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts[:-1]) and parts[-1] not in (".", "..")


def _schema_message(error) -> str:
    where = " → ".join(str(p) for p in error.absolute_path) or _("the top")
    return _(
        "This plan file has something Small Steps can't read (at {where}). "
        "It may be damaged or made by another program."
    ).format(where=where)


def check_data(data: Any) -> None:
    """Check a decoded `plan.json`: format, version, depth, then the schema."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(_("This is not a Small Steps plan file."))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(_("This plan file has no version Small Steps can read. It may be damaged."))
    if version > VERSION:
        raise _fail(
            _(
                "This plan file was made by a newer version of Small Steps (plan file version "
                "{version}). Please update Small Steps to open it."
            ).format(version=version)
        )
    if _depth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise _fail(_("This plan file is nested too deeply to be a real plan. It may be damaged."))
    import jsonschema

    validator = jsonschema.Draft202012Validator(plan_schema(), format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise _fail(_schema_message(error))


def read_plan_file(path: Path | str) -> PlanDocument:
    """Read and check a plan file; returns its document with cleaned pictures."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise _fail(
            _("Small Steps can't open {name}: {why}").format(name=path.name, why=error.strerror or error)
        ) from None
    if size == 0:
        raise _fail(_("This file is empty, so it is not a plan file."))
    if size > MAX_FILE_BYTES:
        raise _fail(_("This file is too big to be a plan file."))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _fail(
            _("Small Steps can't open {name}: {why}").format(name=path.name, why=error.strerror or error)
        ) from None
    return read_plan_bytes(data)


def read_plan_bytes(data: bytes) -> PlanDocument:
    not_plan = _("This is not a Small Steps plan file (it should be a .smallsteps file).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError, RuntimeError, struct.error):
        raise _fail(not_plan) from None
    try:
        with archive:
            return _read_archive(archive)
    except NotAPlanFile:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError,
            NotImplementedError, KeyError, struct.error):
        raise _fail(_("This plan file is damaged and can't be read.")) from None


def _read_archive(archive: zipfile.ZipFile) -> PlanDocument:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _fail(_("This plan file holds too many files to be a plan."))
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not _safe_name(name) or not (name == "plan.json" or name.startswith(("pictures/", "frozen/"))):
            raise _fail(_("This plan file holds a file with a name Small Steps won't accept."))
        if name in seen:
            raise _fail(_("This plan file holds the same file twice. It may be damaged."))
        seen.add(name)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise _fail(_("This plan file holds a link, which Small Steps won't accept."))
        if info.flag_bits & 0x1:
            raise _fail(_("This plan file is locked with a password, so Small Steps can't read it."))
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _fail(_("This plan file unpacks to far more than its size. It may be harmful."))
    if total > MAX_TOTAL_BYTES:
        raise _fail(_("This plan file is too big to open."))
    if "plan.json" not in seen:
        raise _fail(_("This is not a Small Steps plan file: it has no plan inside."))
    raw = _read_capped(archive, "plan.json", MAX_PLAN_JSON_BYTES)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _fail(_("The plan inside this file is damaged and can't be read.")) from None
    check_data(data)
    pictures: dict[str, bytes] = {}
    for name in sorted(strings_under(data, "picture")):
        if name not in seen:
            raise _fail(_("This plan file is missing a picture it needs. It may be damaged."))
        try:
            pictures[name] = sanitise_picture(_read_capped(archive, name, MAX_PICTURE_BYTES))
        except InvalidInput:
            raise _fail(_("A picture in this plan file is damaged and can't be opened.")) from None
    pictures.update(_frozen_copies(archive, data, seen))
    return PlanDocument(data, pictures)


def _frozen_copies(archive: zipfile.ZipFile, data: dict[str, Any], seen: set[str]) -> dict[str, bytes]:
    """The copies sent to the panel that `plan.json` lists, each exactly as named by its SHA-256
    (never re-encoded: they must stay byte for byte what was sent)."""
    files: dict[str, bytes] = {}
    for copy in (data.get("plan") or {}).get("frozen_copies") or []:
        for key, suffix, magic in (("plan_file", ".smallsteps", b"PK"), ("pack_pdf", ".pdf", b"%PDF")):
            name, sha = copy[key], copy[f"{key}_sha256"]
            if name != f"frozen/{sha}{suffix}":
                raise _fail(_("A copy sent to the panel in this plan file is not named as it should be."))
            if name not in seen:
                raise _fail(_("This plan file is missing a copy sent to the panel. It may be damaged."))
            blob = files.get(name) or _read_capped(archive, name, MAX_FROZEN_BYTES)
            if hashlib.sha256(blob).hexdigest() != sha or not blob.startswith(magic):
                raise _fail(_("A copy sent to the panel in this plan file has been changed since it was sent."))
            files[name] = blob
    return files


def _read_capped(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Read one entry, stopping at `limit` bytes whatever its header claims."""
    with archive.open(name) as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise _fail(_("This plan file holds a part that is too big to open."))
    return content
