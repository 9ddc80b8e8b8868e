"""planner's Welsh catalogue: every string Babel extracts is in it, translated, not fuzzy, with the
same placeholders; CLDR's six Welsh plural forms; the compiled .mo is the .po's."""

import io
import re
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from planner.i18n import ngettext, using
from planner.maintenance import catalogue

WELSH = catalogue.LOCALE / "cy" / "LC_MESSAGES" / "smallsteps.po"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}")


def _read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle, locale="cy" if path.suffix == ".po" else None)


def test_every_string_planner_shows_is_in_the_welsh_catalogue(tmp_path):
    template = _read(catalogue.extract(tmp_path / "smallsteps.pot"))
    welsh = _read(WELSH)
    wanted = [m for m in template if m.id]
    assert len(wanted) > 900  # the extraction really found planner's words
    missing, untranslated, fuzzy = [], [], []
    for message in wanted:
        found = welsh.get(message.id)
        if found is None:
            missing.append(message.id)
            continue
        forms = found.string if isinstance(found.string, tuple) else (found.string,)
        if not all(forms):
            untranslated.append(message.id)
        if found.fuzzy:
            fuzzy.append(message.id)
    assert not missing, f"Not in {WELSH.name} (run python -m planner.maintenance.catalogue): {missing}"
    assert not untranslated, f"Not yet in Welsh: {untranslated}"
    assert not fuzzy, f"Fuzzy (check the Welsh, then remove the fuzzy mark): {fuzzy}"


def test_translations_keep_the_placeholders():
    wrong = []
    for message in _read(WELSH):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            wanted = set(PLACEHOLDER.findall(message.id[1]))
            for index, form in enumerate(message.string):
                got = set(PLACEHOLDER.findall(form))
                # the forms for 0 and 1 may say "no" or "one" in words instead of {n}
                if not got <= wanted or (index >= 2 and got != wanted):
                    wrong.append((message.id, form))
        elif set(PLACEHOLDER.findall(message.string)) != set(PLACEHOLDER.findall(message.id)):
            wrong.append((message.id, message.string))
    assert not wrong


def test_welsh_has_cldrs_six_plural_forms():
    welsh = _read(WELSH)
    assert welsh.num_plurals == 6
    header = dict(welsh.mime_headers)["Plural-Forms"]
    assert header == ("nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : "
                      "(n==6) ? 4 : 5;")
    import gettext

    rule = gettext.c2py(header.split("plural=")[1].rstrip(";"))
    categories = ("zero", "one", "two", "few", "many", "other")
    cldr = Locale("cy").plural_form
    for n in (0, 1, 2, 3, 6, 11, 4, 100):
        assert categories[rule(n)] == cldr(n), n
    for message in welsh:
        if isinstance(message.id, tuple):
            assert len(message.string) == 6, message.id


def test_plural_forms_at_0_1_2_3_6_and_11():
    with using("cy"):
        days = {n: ngettext("{n} day", "{n} days", n).format(n=n) for n in (0, 1, 2, 3, 6, 11)}
        steps = {n: ngettext("{done} of {n} step done", "{done} of {n} steps done", n).format(done=0, n=n)
                 for n in (1, 2, 3, 6, 11)}
    assert days == {0: "0 diwrnod", 1: "1 diwrnod", 2: "2 ddiwrnod", 3: "3 diwrnod", 6: "6 diwrnod",
                    11: "11 diwrnod"}
    assert steps[2] == "0 o 2 gam wedi'u gwneud"  # soft mutation after two
    assert steps[3] == "0 o 3 cham wedi'u gwneud"  # aspirate mutation after three
    assert steps[6] == "0 o 6 cham wedi'u gwneud"
    assert steps[11] == "0 o 11 cam wedi'u gwneud"
    with using("en"):
        assert ngettext("{n} day", "{n} days", 2).format(n=2) == "2 days"


def test_the_compiled_catalogue_is_the_po():
    """The .mo the program reads is exactly the .po compiled (run the catalogue script if not)."""
    compiled = io.BytesIO()
    write_mo(compiled, _read(WELSH))
    assert WELSH.with_suffix(".mo").read_bytes() == compiled.getvalue(), (
        "Run: python -m planner.maintenance.catalogue --compile")


def _calls_and_strings(folder: Path):
    import ast

    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        yield path, tree


TRANSLATORS = {"_", "N_", "ngettext"}
# English that is not words a person reads as prose: the program's name, an internal error.
NOT_WORDS = {"Small Steps", "outside the canvas: ", "no PNG writer for mode ",
             "the last try is never given up"}  # a programmer's error, never shown


def test_no_f_string_or_joined_text_inside_a_translator():
    """_(f"...") or _("a" + b) would never match the catalogue: placeholders and .format() instead."""
    import ast

    wrong = []
    for path, tree in _calls_and_strings(catalogue.ROOT / "planner"):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TRANSLATORS:
                for arg in node.args:
                    if isinstance(arg, ast.JoinedStr | ast.BinOp):
                        wrong.append(f"{path.name}:{node.lineno}")
    assert not wrong


def test_export_and_picture_words_all_go_through_the_catalogue():
    """Every literal of two words or more in the code that writes exports and pictures is inside
    _(), N_() or ngettext() (docstrings and the program's name apart), so nothing English is
    printed in a Welsh export by being written straight into the code."""
    import ast

    found = []
    for folder in ("export", "charts"):
        for path, tree in _calls_and_strings(catalogue.ROOT / "planner" / folder):
            inside, docs = set(), set()
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TRANSLATORS:
                    inside.update(id(n) for arg in node.args for n in ast.walk(arg))
                if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body:
                    first = node.body[0]
                    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                        docs.add(id(first.value))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside
                        and id(node) not in docs and node.value not in NOT_WORDS
                        and re.search(r"[A-Za-z]{2,}[ ,.:][A-Za-z]", node.value) and " " in node.value.strip()):
                    found.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
    assert not found, found
