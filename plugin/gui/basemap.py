"""A basemap offered under the first layers of an empty project: one of QGIS's own XYZ connections (Browser > XYZ
Tiles), never an address of the plugin's own. Nothing is added unless the user asks."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtWidgets import QPushButton

from ..toolbelt.i18n import tr


def xyz_connections() -> list[tuple[str, str]]:
    """QGIS's XYZ connections as (name, layer source), in the Browser's order: read through the Browser's own XYZ
    Tiles item, so that the settings' layout of each QGIS version does not matter."""
    for provider in QgsApplication.dataItemProviderRegistry().providers():
        if provider.name() == "XYZ Tiles":
            root = provider.createDataItem("", None)
            if root is None:
                return []
            return [(item.name(), item.uri()) for item in root.createChildren() if hasattr(item, "uri") and item.uri()]
    return []


def add_basemap(project: QgsProject, name: str, source: str) -> QgsRasterLayer:
    """The connection's layer at the bottom of the Layers panel, under everything else."""
    layer = QgsRasterLayer(source, name, "wms")
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    root.insertLayer(len(root.children()), layer)
    return layer


def offer_basemap(iface, project: QgsProject):
    """A line in QGIS's message bar with a button that adds QGIS's first XYZ connection under the layers; None when
    QGIS has no XYZ connection."""
    bar = iface.messageBar()
    connections = xyz_connections()
    if not connections or not isinstance(bar, QgsMessageBar):
        return None
    name, source = connections[0]
    item = QgsMessageBar.createMessage(tr("The map has no basemap."))  # no title: the line is short
    button = QPushButton(tr("Add {name} under the layers").format(name=name))
    button.setObjectName("terrascope_s2_add_basemap")

    def add():
        add_basemap(project, name, source)
        bar.popWidget(item)

    button.clicked.connect(add)
    item.layout().addWidget(button)
    bar.pushWidget(item, Qgis.MessageLevel.Info, 20)
    return item
