"""The plugin's help: the README's user sections (the panel, Processing, the settings) in a window of QGIS, offline."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

from ..toolbelt.i18n import tr

README = Path(__file__).resolve().parents[2] / "README.md"  # shipped in the plugin's zip (scripts/package.py)
FIRST_SECTION, END_SECTION = "## Using it", "## What the plugin promises"  # what a user reads; the rest is for developers


def user_sections(readme: str) -> str:
    """The README's part for users, as Markdown: from "Using it" up to what the plugin promises."""
    start = readme.find(FIRST_SECTION)
    end = readme.find(END_SECTION, start)
    text = readme[start:end if end > 0 else None] if start >= 0 else readme
    return re.sub(r"^## ", "# ", text, flags=re.M).strip()


class HelpWindow(QDialog):
    """A window, not modal: the panel stays usable beside it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("terrascope_s2_help")
        self.setWindowTitle(tr("Terrascope Sentinel-2 help"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(user_sections(README.read_text(encoding="utf-8")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(760, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
