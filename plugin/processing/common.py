"""What the local-product algorithms share."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingException

from ..core.styling import layer_path, no_gdal_sidecars
from ..toolbelt.i18n import tr


def input_path(algorithm, parameters, name: str, context) -> str:
    """The file behind a raster input (a styled layer's source is a VRT: its product file is meant)."""
    with no_gdal_sidecars():
        layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise QgsProcessingException(tr("'{value}' cannot be read as a raster.").format(value=parameters.get(name)))
    path = layer_path(layer)
    if not Path(path).is_file():
        raise QgsProcessingException(tr("'{value}' is not a file on disk.").format(value=path[:200]))
    return path


class ReadOnlyInputs:
    """Mixin: Processing loads raster inputs to check them; GDAL then saves statistics beside them. Not here."""

    def checkParameterValues(self, parameters, context):  # noqa: N802
        with no_gdal_sidecars():
            return super().checkParameterValues(parameters, context)
