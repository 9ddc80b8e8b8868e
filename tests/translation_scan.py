"""Find words a person reads in `ui/` that Qt's translation tools would miss.

An AST scan (not a regular expression): a string literal with letters in it, handed to a call
that shows text to a person (setText, setToolTip, QLabel(...), addAction, ...), must be inside
`self.tr("...")` or `QCoreApplication.translate("Context", "...")`. Inside those, the text must be
one literal (no f-string, no variable): `lupdate` can only extract literals. A constant is marked
where it is defined with `QT_TRANSLATE_NOOP("Context", "...")` and shown with
`QCoreApplication.translate("Context", constant)`, whose context must be a literal too.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Calls whose string arguments a person reads (method names and widget classes).
SHOWN_METHODS = {
    "setText", "setToolTip", "setAccessibleName", "setAccessibleDescription", "setWindowTitle",
    "setPlaceholderText", "setStatusTip", "setWhatsThis", "addAction", "addItem", "addItems",
    "insertItem", "setItemText", "addTab", "insertTab", "setTabText", "setTitle", "addButton",
    "showMessage", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setLabelText", "setSuffix", "setPrefix", "setSpecialValueText", "setInformativeText",
    "setDetailedText", "addMenu", "addRow", "setOkButtonText", "setCancelButtonText",
    "setButtonText", "setHtml", "setPlainText", "setTextFormat_", "information", "warning",
    "question", "critical", "about", "getText", "getItem", "getInt", "getSaveFileName",
    "getOpenFileName", "getExistingDirectory", "setDisplayFormat_", "setWindowIconText",
}
SHOWN_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QCommandLinkButton", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QStandardItem",
}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
LETTERS = re.compile(r"[A-Za-z]{2,}")
TAGS = re.compile(r"<[^>]*>")
# The program's name is a name, the same in every language (like "Microsoft Word").
NAMES = ("Small Steps",)
# Text that is not words: format codes, file-name patterns, object names.
NOT_WORDS = re.compile(r"^(%[a-z]|\{[a-z_]*\}|[.*\s/·…:;,()\-–—+%]|png|jpg|jpeg|pdf|smallsteps)*$", re.I)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    problem: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}: {self.text!r}"


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _is_words(text: str) -> bool:
    text = TAGS.sub(" ", text)
    for name in NAMES:
        text = text.replace(name, " ")
    return bool(LETTERS.search(text)) and not NOT_WORDS.match(text)


def _literal_words(node: ast.AST) -> str | None:
    """The words of a literal (or f-string) argument, when it holds any."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _is_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return parts if _is_words(parts) else None
    return None


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str):
        self.path = path
        self.findings: list[Finding] = []
        self._translating = 0

    def _add(self, node: ast.AST, problem: str, text: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), problem, text))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        """lupdate does not look inside f-strings: a tr() there is never extracted."""
        for value in node.values:
            for inner in ast.walk(value):
                if isinstance(inner, ast.Call) and _name(inner.func) in ("tr", "translate"):
                    self._add(inner, "tr() inside an f-string (lupdate cannot see it)",
                              ast.unparse(inner)[:60])
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in TRANSLATING:
            self._check_translating_call(node, name)
            self._translating += 1
            self.generic_visit(node)
            self._translating -= 1
            return
        if not self._translating and (name in SHOWN_METHODS or name in SHOWN_CLASSES):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                self._check_shown(arg)
        self.generic_visit(node)

    def _check_shown(self, arg: ast.AST) -> None:
        """A literal handed straight to a shown call, or one formatted there, is untranslated."""
        words = _literal_words(arg)
        if words is not None:
            self._add(arg, "not translated", words)
            return
        # "literal".format(...) or "literal" + x or "a" if c else "b"
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) \
                and arg.func.attr == "format":
            self._check_shown(arg.func.value)
        elif isinstance(arg, ast.BinOp):
            self._check_shown(arg.left)
            self._check_shown(arg.right)
        elif isinstance(arg, ast.IfExp):
            self._check_shown(arg.body)
            self._check_shown(arg.orelse)

    def _check_translating_call(self, node: ast.Call, name: str) -> None:
        if name == "tr":
            if not isinstance(node.func, ast.Attribute):
                self._add(node, "a home-made tr() that lupdate files under no context", "tr")
            source = node.args[0] if node.args else None
        elif name == "translate":
            if not isinstance(node.func, ast.Attribute) or _name(node.func.value) not in {
                    "QCoreApplication", "QApplication"}:
                return  # QPainter.translate and the like
            if not (node.args and isinstance(node.args[0], ast.Constant)):
                self._add(node, "translate() needs a literal context", ast.unparse(node)[:60])
                return
            source = node.args[1] if len(node.args) > 1 else None
            if source is not None and not isinstance(source, ast.Constant):
                # A constant marked with QT_TRANSLATE_NOOP where defined: allowed.
                if isinstance(source, ast.JoinedStr):
                    self._add(node, "an f-string inside translate()", ast.unparse(source)[:60])
                return
        else:  # QT_TRANSLATE_NOOP / QT_TR_NOOP
            source = node.args[-1] if node.args else None
        if isinstance(source, ast.JoinedStr):
            self._add(node, "an f-string inside tr()", ast.unparse(source)[:60])
        elif name == "tr" and source is not None and not isinstance(source, ast.Constant):
            self._add(node, "tr() of a variable (lupdate cannot extract it)", ast.unparse(source)[:60])


def scan_file(path: Path, root: Path) -> list[Finding]:
    scanner = _Scanner(str(path.relative_to(root)))
    scanner.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return scanner.findings


def scan(folder: Path) -> list[Finding]:
    root = folder.parent
    return [f for path in sorted(folder.rglob("*.py")) for f in scan_file(path, root)]


if __name__ == "__main__":
    for finding in scan(Path(__file__).resolve().parent.parent / "ui"):
        print(finding)
