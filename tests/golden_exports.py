"""The words and page count of the panel pack, kept so speed work cannot change what it says.

Speed changes (issue 17) touch only how a PDF is drawn, never what it says: `pdftotext` of the
panel pack of the example plan and of the very large plan, and its number of pages, must stay
exactly as recorded in tests/fixtures/golden/. tests/test_export_golden.py checks it.

When the CONTENT of an export changes on purpose (new words, a new part), record it again with
one command and commit the files with the change:

    python -m tests.golden_exports --write
"""

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

FOLDER = Path(__file__).parent / "fixtures" / "golden"
PLANS = ("example", "large")


def _documents():
    from planner.services import plan_files
    from tests.benchmarks.bench_exports import large_document

    return {"example": plan_files.example_document(), "large": large_document()}


def panel_packs() -> dict[str, bytes]:
    """The panel pack of each plan, made the way a broker makes it (database, filter, render)."""
    from planner.services import exports, plan_files
    from planner.storage.database import Database

    packs = {}
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder))
        try:
            for name, document in _documents().items():
                plan_id = plan_files.add_document(db, document)
                packs[name] = exports.export_bytes(db, plan_id, "panel-pdf", invariant=True)
        finally:
            db.close()
    return packs


def words_and_pages(pdf: bytes) -> tuple[str, int]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        text = subprocess.run(["pdftotext", handle.name, "-"], capture_output=True, text=True,
                              check=True).stdout
        info = subprocess.run(["pdfinfo", handle.name], capture_output=True, text=True, check=True).stdout
    pages = next(int(line.split(":")[1]) for line in info.splitlines() if line.startswith("Pages:"))
    return text, pages


def recorded(name: str) -> tuple[str, int]:
    text = gzip.decompress((FOLDER / f"{name}-panel.txt.gz").read_bytes()).decode("utf-8")
    pages = json.loads((FOLDER / "pages.json").read_text("utf-8"))[name]
    return text, pages


def write() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    pages = {}
    for name, pdf in panel_packs().items():
        text, pages[name] = words_and_pages(pdf)
        # mtime=0: the same words give the same bytes, so git sees no change when nothing changed
        (FOLDER / f"{name}-panel.txt.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
        print(f"{name}: {pages[name]} pages, {len(text):,} characters")
    (FOLDER / "pages.json").write_text(json.dumps(pages, indent=1) + "\n", "utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the current words and pages")
    args = parser.parse_args(argv)
    if args.write:
        write()
        return 0
    different = []
    for name, pdf in panel_packs().items():
        if words_and_pages(pdf) != recorded(name):
            different.append(name)
    print("same" if not different else "different: " + ", ".join(different))
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
