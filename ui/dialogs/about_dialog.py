"""The About box: what Small Steps is, its version, and the licences of what it bundles."""

import html
import json
from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

import planner


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Small Steps"))
        licences = json.loads((resources.files("resources") / "licences.json").read_text("utf-8"))
        rows = "".join(
            f"<li>{html.escape(item['what'])}: {html.escape(item['licence'])}"
            + (f" ({html.escape(item['by'])})" if item.get("by") else "")
            + "</li>"
            for item in licences["bundled"]
        )
        libraries = "".join(
            f"<li>{html.escape(item['what'])}: {html.escape(item['licence'])}</li>"
            for item in licences["libraries"]
        )
        text = QTextBrowser()
        text.setAccessibleName(self.tr("About Small Steps"))
        text.setOpenExternalLinks(False)
        text.setHtml(
            f"<h2>Small Steps {html.escape(planner.__version__)}</h2>"
            + "<p>" + self.tr("Write your own support plan, in your own words and pictures, "
                              "one small step at a time.") + "</p>"
            + "<p>" + self.tr("Small Steps is free software (GNU GPL version 3 or later).") + "</p>"
            + "<h3>" + self.tr("What comes with Small Steps") + "</h3><ul>" + rows + "</ul>"
            + "<h3>" + self.tr("Built with") + "</h3><ul>" + libraries + "</ul>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(520, 480)
