"""What every algorithm of the provider shares."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..__about__ import ICON_PATH
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr


class TerrascopeAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME (the stable id), DISPLAY_NAME, GROUP_ID and HELP, and implement the parameters and the work."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP_ID = "local"
    HELP = ""
    GROUPS = {
        "local": QT_TRANSLATE_NOOP("@default", "Local products"),
        "services": QT_TRANSLATE_NOOP("@default", "Terrascope services"),
        "tiles": QT_TRANSLATE_NOOP("@default", "Sentinel-2 tiles"),
        "catalogue": QT_TRANSLATE_NOOP("@default", "Terrascope catalogue"),
    }

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUPS[self.GROUP_ID])

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

