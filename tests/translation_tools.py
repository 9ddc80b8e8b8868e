"""Qt's own translation tools, run the way the catalogue is made (see README, "Welsh")."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "smallsteps_cy.ts"
# Qt's own words (standard buttons, the right-click menu on text): Qt ships no Welsh.
QT_CATALOGUE = CATALOGUE.with_name("qtbase_cy.ts")
LUPDATE_ARGS = ["-extensions", "py", "-locations", "none", "-source-language", "en",
                "-target-language", "cy"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is missing: it comes with PySide6 (bash .ci/setup)"
    return found


def extract(target: Path) -> None:
    """lupdate ui/ into `target` (a fresh .ts)."""
    subprocess.run([tool("pyside6-lupdate"), *LUPDATE_ARGS, "-no-obsolete", str(ROOT / "ui"),
                    "-ts", str(target)], check=True, capture_output=True, text=True)


def release(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True,
                   capture_output=True, text=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> element, leaving out obsolete and vanished ones."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source"))] = message
    return found


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not all(t and t.strip() for t in texts)
