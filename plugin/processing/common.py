"""What the local-product algorithms share."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingException

from ..toolbelt.i18n import tr


def input_path(algorithm, parameters, name: str, context) -> str:
    """The file behind a raster input (a styled layer's source is a VRT: its product file is meant)."""
    from ..core.styling import layer_path, no_gdal_sidecars  # not at QGIS start: the provider imports this module

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
        from ..core.styling import no_gdal_sidecars

        with no_gdal_sidecars():
            return super().checkParameterValues(parameters, context)
