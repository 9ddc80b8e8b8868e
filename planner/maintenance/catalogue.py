"""The gettext catalogues of `planner`'s words, kept by Babel's own tools.

    python -m planner.maintenance.catalogue            # extract, update every .po, compile the .mo
    python -m planner.maintenance.catalogue --compile  # only compile (setup and packaging)

Extraction reads `planner/**.py` for `_("...")`, `ngettext("...", "...", n)` and `N_("...")`
(the mapping is `resources/locale/babel.cfg`). Updating adds new words to each language's
`resources/locale/<lang>/LC_MESSAGES/smallsteps.po` (untranslated, for a translator) and marks
changed ones fuzzy; compiling writes the `.mo` the program reads. Welsh keeps CLDR's six plural
forms (the `Plural-Forms` header below), which `pybabel update` leaves as they are.
"""

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
MAPPING = LOCALE / "babel.cfg"
DOMAIN = "smallsteps"
KEYWORDS = ("N_",)  # besides Babel's defaults (_, gettext, ngettext, ...)
WELSH_PLURALS = ("nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : "
                 "(n==6) ? 4 : 5;")


def _pybabel(*args: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(out: Path) -> Path:
    """The template (.pot) of every string `planner` shows, as Babel finds them."""
    keywords = [arg for keyword in KEYWORDS for arg in ("-k", keyword)]
    _pybabel("extract", "-F", str(MAPPING), *keywords, "--no-location", "--sort-output",
             "--project", "Small Steps", "-o", str(out), str(ROOT))
    return out


def po_files() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def update() -> None:
    with tempfile.TemporaryDirectory() as folder:
        template = extract(Path(folder) / f"{DOMAIN}.pot")
        for po in po_files():
            _pybabel("update", "-i", str(template), "-o", str(po), "-l", po.parts[-3],
                     "--no-wrap", "--ignore-obsolete")


def compile_all() -> None:
    for po in po_files():
        _pybabel("compile", "-i", str(po), "-o", str(po.with_suffix(".mo")), "-l", po.parts[-3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .mo files")
    options = parser.parse_args(argv)
    if not options.compile:
        update()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
