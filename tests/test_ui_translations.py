"""Every word a person reads in the window is in the Welsh catalogue, and translated."""

from pathlib import Path

import pytest

from tests.translation_scan import scan
from tests.translation_tools import (
    CATALOGUE,
    QT_CATALOGUE,
    ROOT,
    extract,
    messages,
    release,
    unfinished,
)


def test_every_shown_literal_goes_through_tr():
    """A string handed to setText, QLabel(...), addAction and the like without tr() fails."""
    findings = scan(ROOT / "ui")
    assert not findings, "Words a person reads that Qt cannot translate:\n" + "\n".join(
        map(str, findings))


def test_the_scan_catches_what_it_should(tmp_path):
    folder = tmp_path / "ui"
    folder.mkdir()
    (folder / "bad.py").write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "def tr(text):\n    return text\n"
        "class Page:\n"
        "    def build(self, name, label):\n"
        "        QLabel('Hello there')\n"
        "        label.setToolTip(f'Open {name}')\n"
        "        label.setText(self.tr(name))\n"
        "        label.setText(self.tr(f'Hi {name}'))\n"
        "        label.setText(tr('Home-made'))\n"
        "        label.setText('{n} of {m}'.format(n=1, m=2))\n"
        "        label.setText(self.tr('Fine') + ' …')\n"
        "        label.setText('Small Steps')\n"
        "        label.setAccessibleName('…')\n"
        "        label.setText(f\"{self.tr('Seen by')}: {name}\")\n",
        encoding="utf-8")
    problems = sorted((f.line, f.problem) for f in scan(folder))
    assert problems == [
        (6, "not translated"), (7, "not translated"),
        (8, "tr() of a variable (lupdate cannot extract it)"), (9, "an f-string inside tr()"),
        (10, "a home-made tr() that lupdate files under no context"), (11, "not translated"),
        (15, "tr() inside an f-string (lupdate cannot see it)"),
    ]


def test_the_catalogue_holds_every_string_in_the_window(tmp_path):
    fresh = tmp_path / "fresh.ts"
    extract(fresh)
    extracted = messages(fresh)
    committed = messages(CATALOGUE)
    missing = sorted(set(extracted) - set(committed))
    assert len(extracted) > 900
    assert not missing, (
        f"{len(missing)} strings are not in {CATALOGUE.name}: run the lupdate line in the README "
        "and translate them. First few: " + repr(missing[:10]))


def test_every_string_has_its_welsh():
    """100 % for cy: a missing, empty or unfinished translation fails."""
    committed = messages(CATALOGUE)
    gaps = sorted(key for key, message in committed.items() if unfinished(message))
    assert not gaps, f"{len(gaps)} strings have no finished Welsh yet, e.g. {gaps[:10]!r}"


@pytest.mark.parametrize("source", [CATALOGUE, QT_CATALOGUE], ids=lambda p: p.name)
def test_the_compiled_catalogues_match_their_source(tmp_path, source):
    """The .qm the wheel ships is the .ts compiled as it is now (bash .ci/setup builds it too)."""
    built = tmp_path / "check.qm"
    release(source, built)
    compiled = source.with_suffix(".qm")
    assert compiled.exists(), f"run pyside6-lrelease {source}"
    assert built.read_bytes() == compiled.read_bytes(), f"{compiled.name} is out of date: pyside6-lrelease {source}"


def test_qts_own_words_are_welsh_too(qapp):
    """Qt ships no Welsh for its standard buttons and text menus; ours covers them, all finished."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import language

    assert not [key for key, message in messages(QT_CATALOGUE).items() if unfinished(message)]
    language.apply_language(qapp, "cy")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        texts = sorted(b.text() for b in box.buttons())
        assert texts == ["Canslo", "Iawn"]
        from PySide6.QtWidgets import QFileDialog, QLabel

        files = QFileDialog(None, "", "", "")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, where no system one
        labels = {label.text() for label in files.findChildren(QLabel)}
        assert {"&Edrych yn:", "&Enw'r ffeil:", "Ffeiliau o'r &math:"} <= labels
        files.deleteLater()
    finally:
        language.apply_language(qapp, "en")


def test_no_window_string_counts_with_qt_plurals():
    """Qt's Welsh plural rules differ from CLDR's for 2 to 5: counted words go through
    planner.i18n.ngettext (CLDR's six forms) instead of tr()'s %n."""
    counted = [key for key, message in messages(CATALOGUE).items()
               if message.get("numerus") == "yes"]
    assert not counted, counted
    assert Path(ROOT / "ui").exists()
