"""The Terrascope Sentinel-2 panel."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt import uic

from ..__about__ import RESOURCES
from ..toolbelt.i18n import tr

# The .ui says QDockWidget: uic cannot build a QgsDockWidget top level, and setupUi() works on this subclass.
FORM_CLASS, _ = uic.loadUiType(str(RESOURCES / "ui" / "dock.ui"))


class TerrascopeDock(QgsDockWidget, FORM_CLASS):
    def __init__(self, iface, parent=None):
        super().__init__(parent or iface.mainWindow())
        self.iface = iface
        self.setupUi(self)
        self.setObjectName("terrascope_s2_dock")  # QGIS remembers a dock's place by this name
        self.setWindowTitle(tr("Terrascope Sentinel-2"))

    def close_plugin(self) -> None:
        """Called by the plugin's unload(): stop what runs and drop connections to QGIS."""
