"""What the window shows a person, collected from the widgets, and the English a Welsh window
must not show: every source string of the window's and planner's catalogues whose Welsh differs.
Also a pseudo-language made from the catalogue, every string 40 % longer."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.translation_tools import CATALOGUE, messages

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TAG = re.compile(r"<[^>]*>")
NAMES = ("Small Steps",)


def plain(text: str) -> str:
    """As a person reads it: no mnemonic &, no tags, one space between words."""
    text = TAG.sub(" ", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _texts_of_model(view: QAbstractItemView, rows: int = 40) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount to itself: one column
        columns = 1
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for row in range(min(rows, model.rowCount(root))):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def visible_texts(root: QWidget) -> set[str]:
    """Every text a person can read or hear (names, tips) in `root` as it is shown now."""
    found: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append(widget.placeholderText())
            if widget.isReadOnly():
                found += widget.toPlainText().splitlines()
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            found += _texts_of_model(widget)
    found += [action.text() for action in root.findChildren(QAction)]  # menus
    return {plain(t) for t in found if t and plain(t)}


def _words(text: str) -> bool:
    rest = PLACEHOLDER.sub(" ", text)
    for name in NAMES:
        rest = rest.replace(name, " ")
    return bool(re.search(r"[A-Za-z]{3,}", rest))


def english_sources(extra: dict[str, str] | None = None) -> tuple[set[str], re.Pattern | None]:
    """The window's English (exact strings, and a pattern for those with placeholders) whose
    Welsh is different, so showing them in a Welsh window means a missed translation."""
    pairs = {}
    for (_context, source), message in messages(CATALOGUE).items():
        translation = message.findtext("translation") or ""
        pairs[source] = translation
    pairs.update(extra or {})
    exact, patterns = set(), []
    for source, translation in pairs.items():
        if plain(source) == plain(translation) or not _words(source):
            continue
        if PLACEHOLDER.search(source):
            pieces = PLACEHOLDER.split(plain(source))
            if sum(len(p.strip()) for p in pieces) >= 8:
                patterns.append(".+?".join(re.escape(p) for p in pieces))
        else:
            exact.add(plain(source))
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return exact, pattern


def planner_pairs() -> dict[str, str]:
    """planner's English → Welsh (its .po), singular and plural forms."""
    from babel.messages.pofile import read_po

    from planner.maintenance import catalogue

    with (catalogue.LOCALE / "cy" / "LC_MESSAGES" / "smallsteps.po").open("rb") as handle:
        po = read_po(handle, locale="cy")
    pairs = {}
    for message in po:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for index, source in enumerate(ids):
            pairs[source] = strings[min(index, len(strings) - 1)] or ""
    return pairs


def english_in(texts: set[str], exact: set[str], pattern: re.Pattern | None) -> list[str]:
    return sorted(t for t in texts if t in exact or (pattern is not None and pattern.fullmatch(t)))


# A pseudo-language: every string 40 % longer ---------------------------------------------------

_WORD = re.compile(r"(\{[a-z_]*\}|<[^>]*>|\*\.\w+|&[a-z]+;)|([A-Za-z]+)")


def longer(text: str, by: float = 0.4) -> str:
    """`text` with each word 40 % longer (placeholders, tags and file patterns kept), so the
    whole string is at least 40 % longer, as Welsh often is."""
    def grow(match):
        if match.group(1):
            return match.group(1)
        word = match.group(2)
        return word + "ŵ" * math.ceil(len(word) * by)

    grown = _WORD.sub(grow, text)
    while len(grown) < len(text) * (1 + by) and text.strip():
        grown += "ŷ"
    return grown


def write_pseudo_catalogue(target: Path) -> Path:
    """A .ts of the window's catalogue with every translation `longer(source)`."""
    tree = ET.parse(CATALOGUE)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = longer(message.findtext("source") or "")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target
