"""A note when the user picks Identify while the project holds Terrascope map layers that cannot answer it.

A WMTS or a WMS layer the server does not make queryable sends pictures, not values: QGIS's Identify then lists nothing
or "Format not supported". The plugin cannot answer in Identify's place; it says so once a session, in the message bar,
with what to do instead (the legend says what the colours mean; a product file gives the values).
"""

from __future__ import annotations

from qgis.core import QgsProject, QgsRasterInterface
from qgis.PyQt.QtCore import QObject

from ..toolbelt.i18n import tr
from ..toolbelt.log import tell_user

ANSWERS = (QgsRasterInterface.Capability.IdentifyText | QgsRasterInterface.Capability.IdentifyHtml
           | QgsRasterInterface.Capability.IdentifyFeature)


def layers_without_values(project: QgsProject) -> list:
    """The plugin's service layers whose server answers no GetFeatureInfo."""
    from ..core.services.project_layers import LAYER_PROPERTY  # not at QGIS start: it brings the services core

    return [layer for layer in project.mapLayers().values() if layer.customProperty(LAYER_PROPERTY, "")
            and layer.dataProvider() is not None and not int(layer.dataProvider().capabilities()) & int(ANSWERS)]


class IdentifyNote(QObject):
    def __init__(self, iface):
        super().__init__()
        self.iface = iface
        self.told = False

    def connect(self) -> None:
        self.iface.mapCanvas().mapToolSet.connect(self._tool_set)

    def disconnect(self) -> None:
        self.iface.mapCanvas().mapToolSet.disconnect(self._tool_set)

    def _tool_set(self, tool, *_) -> None:
        from qgis.gui import QgsMapToolIdentify

        if self.told or not isinstance(tool, QgsMapToolIdentify) or not layers_without_values(QgsProject.instance()):
            return
        self.told = True
        tell_user(tr("Terrascope's map layers are pictures: Identify gives no values there. Their legend says what "
                     "the colours mean; for values, open the product file (Local products tab)."), "info", self.iface)
