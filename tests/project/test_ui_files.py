"""The .ui layouts as QGIS's uic builds them: every spacer stretches the way the file says.

A spacer without a sizeHint is built by PyQt5's uic as a fixed 1 x 7 pixel item that never expands (and PyQt6's uic
raises TypeError on it), so each spacer must carry one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.paths import REPO

UI_FILES = sorted((REPO / "resources" / "ui").glob("*.ui"))


def declared_spacers(path: Path) -> list[tuple[str, str, tuple[int, int] | None]]:
    """(name, orientation, (width, height) or None) of each <spacer> in a .ui file."""
    spacers = []
    for spacer in ET.parse(path).iter("spacer"):
        orientation = spacer.findtext("property[@name='orientation']/enum", "").split("::")[-1]
        size = spacer.find("property[@name='sizeHint']/size")
        hint = (int(size.findtext("width")), int(size.findtext("height"))) if size is not None else None
        spacers.append((spacer.get("name"), orientation, hint))
    return spacers


def built_spacers(widget) -> list[tuple[str, tuple[int, int]]]:
    """(expanding direction, (width, height)) of each spacer item in the layouts of a built widget."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QLayout

    found = []
    for layout in widget.findChildren(QLayout):
        for index in range(layout.count()):
            spacer = layout.itemAt(index).spacerItem()
            if spacer is None:
                continue
            directions = spacer.expandingDirections()
            direction = ("Horizontal" if directions & Qt.Orientation.Horizontal else
                         "Vertical" if directions & Qt.Orientation.Vertical else "none")
            found.append((direction, (spacer.sizeHint().width(), spacer.sizeHint().height())))
    return found


@pytest.mark.parametrize("path", UI_FILES, ids=lambda path: path.name)
def test_every_spacer_has_a_size_hint_and_expands_its_way(qgis_app, path):
    from qgis.PyQt import uic

    declared = declared_spacers(path)
    assert [name for name, _, hint in declared if hint is None] == [], f"{path.name}: spacers without a sizeHint"
    form_class, base_class = uic.loadUiType(str(path))
    widget = base_class()
    form_class().setupUi(widget)
    built = built_spacers(widget)
    for name, orientation, hint in declared:
        assert (orientation, hint) in built, f"{path.name}: spacer {name} does not expand {orientation.lower()}ly: {built}"
        built.remove((orientation, hint))
