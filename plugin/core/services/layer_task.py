"""Building map layers off the GUI thread.

Opening a WMS/WMTS layer makes QGIS's provider download the capabilities (thousands of TIME values on a real service):
that wait happens here, in a QgsTask, and the layers reach the GUI thread ready to add. run() touches no project.
"""

from __future__ import annotations

from qgis.core import QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal

from ...toolbelt.tasks import PluginTask
from ..errors import CancelledError, PluginError
from ..text import QT_TRANSLATE_NOOP
from .maplayers import LayerSpec, follow_acquisitions

REFUSED = QT_TRANSLATE_NOOP("@default", "the service refused the layer")


class BuildLayersTask(PluginTask):
    """Make one QgsRasterLayer per spec; `built` carries [(spec, layer)], `failed` (str, translated) the reason."""

    built = pyqtSignal(list)

    def __init__(self, specs: list[LayerSpec], description: str):
        super().__init__(description)
        self.specs = list(specs)
        self.layers: list[tuple[LayerSpec, QgsRasterLayer]] = []

    def work(self) -> bool:
        main_thread = QCoreApplication.instance().thread()
        for number, spec in enumerate(self.specs):
            if self.cancelled():
                raise CancelledError()
            layer = QgsRasterLayer(spec.source, spec.name, spec.provider)
            if not layer.isValid():  # QGIS's own text (translated already) as the detail
                raise PluginError(REFUSED, detail=layer.error().summary())
            if spec.temporal:
                follow_acquisitions(layer)  # each frame shows its day's acquisition (the services core's rule)
            layer.moveToThread(main_thread)  # it lives on the GUI thread from now on
            self.layers.append((spec, layer))
            self.setProgress(100 * (number + 1) / len(self.specs))
        return True

    def succeeded(self) -> None:
        layers, self.layers = self.layers, []
        self.built.emit(layers)

    def finished(self, result: bool) -> None:
        super().finished(result)
        self.layers = []
