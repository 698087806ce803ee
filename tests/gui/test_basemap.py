"""A basemap offered under the first layers of an empty project, from QGIS's own XYZ connections (issue 13 item 12)."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtWidgets import QPushButton

# where QGIS keeps an XYZ connection: 3.22's key, and the settings tree's from 3.30 (each version reads its own)
KEYS = ("qgis/connections-xyz/Test basemap", "connections/xyz/items/Test basemap")
URL = "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"  # never fetched here: the test looks at the layer, not its tiles


class Iface:
    """Only what the offer uses: a real message bar."""

    def __init__(self):
        self.bar = QgsMessageBar()

    def messageBar(self):  # noqa: N802
        return self.bar


@pytest.fixture
def xyz_connection():
    from terrascope_s2.plugin.gui.basemap import xyz_connections

    before = xyz_connections()
    for key in KEYS:
        QgsSettings().setValue(f"{key}/url", URL)
    yield before
    for key in KEYS:
        QgsSettings().remove(key)


def test_qgis_own_xyz_connections_are_read(qgis_app, xyz_connection):
    from terrascope_s2.plugin.gui.basemap import xyz_connections

    found = dict(xyz_connections())
    assert "Test basemap" in found and "type=xyz" in found["Test basemap"] and "127.0.0.1" in found["Test basemap"]


def test_the_offer_adds_the_connection_under_the_layers_only_when_asked(qgis_app, qgis_new_project, xyz_connection):
    from terrascope_s2.plugin.gui.basemap import offer_basemap, xyz_connections

    project = QgsProject.instance()
    iface = Iface()
    first_name = xyz_connections()[0][0]
    item = offer_basemap(iface, project)
    assert item is not None and project.mapLayers() == {}  # offered, nothing added
    button = item.findChild(QPushButton, "terrascope_s2_add_basemap")
    assert button.text() == f"Add {first_name} under the layers"
    button.click()
    layers = list(project.mapLayers().values())
    assert [layer.name() for layer in layers] == [first_name] and layers[0].providerType() == "wms"
    assert project.layerTreeRoot().children()[-1].name() == first_name  # at the bottom


def test_no_connection_no_offer(qgis_app, monkeypatch):
    from terrascope_s2.plugin.gui import basemap

    monkeypatch.setattr(basemap, "xyz_connections", lambda: [])
    assert basemap.offer_basemap(Iface(), QgsProject.instance()) is None
