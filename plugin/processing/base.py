"""What every algorithm of the provider shares."""

from __future__ import annotations

from functools import wraps

from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..__about__ import ICON_PATH
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr


def said_once(process_algorithm):
    """processAlgorithm ending in an error says it once in qgis_process. qgis_process prints every critical message of
    QGIS's log, and QGIS logs a failed run's message twice (the algorithm runner, the feedback) beside qgis_process's own
    'ERROR:' line: the same message three times. In qgis_process only (the run ends there), the log is silenced before
    the error goes back to QGIS. A PluginError goes back as the QgsProcessingException of its text."""

    @wraps(process_algorithm)
    def run(self, parameters, context, feedback):
        from ..core.errors import PluginError

        try:
            return process_algorithm(self, parameters, context, feedback)
        except (QgsProcessingException, PluginError) as error:
            if QgsApplication.instance() is not None and QgsApplication.instance().platform() == "qgis_process":
                QgsApplication.messageLog().blockSignals(True)
            if isinstance(error, PluginError):
                raise QgsProcessingException(error.user_text()) from None
            raise

    return run


class TerrascopeAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME (the stable id), DISPLAY_NAME, GROUP_ID and HELP, and implement the parameters and the work."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:  # each algorithm's errors said once (said_once)
            cls.processAlgorithm = said_once(cls.__dict__["processAlgorithm"])

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

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """A URL holding a user name or password is refused here, before Processing logs the parameters or keeps
        them in its history: a login belongs in QGIS's authentication database."""
        from qgis.core import QgsProcessingParameterString

        from ..core.services.redirects import URL_WITH_LOGIN, url_has_login

        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if isinstance(definition, QgsProcessingParameterString) and isinstance(value, str) and url_has_login(value):
                return False, tr(URL_WITH_LOGIN)
        return super().checkParameterValues(parameters, context)

