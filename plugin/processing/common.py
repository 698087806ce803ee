"""What the local-product algorithms share."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingParameterRasterLayer

from ..toolbelt.i18n import tr


def input_path(algorithm, parameters, name: str, context) -> str:
    """The file behind a raster input (a styled layer's source is a VRT: its product file is meant)."""
    from ..core.products.styling import layer_path  # not at QGIS start: the provider imports this module
    from ..core.raster.gdal_guard import no_gdal_sidecars

    with no_gdal_sidecars():
        layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise QgsProcessingException(tr("'{value}' cannot be read as a raster.").format(value=parameters.get(name)))
    path = layer_path(layer)
    if not Path(path).is_file():
        raise QgsProcessingException(tr("'{value}' is not a file on disk.").format(value=path[:200]))
    return path


class ProductRaster(QgsProcessingParameterRasterLayer):
    """A raster-layer parameter whose check writes nothing beside the user's file.

    qgis_process, the algorithm dialog and processing.run check a path by loading it as a layer, and QGIS's default
    style computes statistics that GDAL then saves as <file>.aux.xml when the layer is closed, even when the run is
    refused at once. GDAL decides at opening whether a file may get one: the layer is opened without.
    """

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802
        from ..core.raster.gdal_guard import no_gdal_sidecars

        if special_file(value):  # loading it to check it would wait for ever (a FIFO waits for a writer)
            return False
        with no_gdal_sidecars():
            return super().checkValueIsAcceptable(value, context)


class ReadOnlyInputs:
    """Mixin: Processing loads raster inputs to check them; GDAL then saves statistics beside them. Not here.

    A raster input given as a path that GDAL cannot open is named in plain words here; Processing itself would say
    "Could not load source layer ... not found" of a file that is there but damaged.
    """

    def checkParameterValues(self, parameters, context):  # noqa: N802
        from qgis.core import QgsProcessingParameterRasterLayer

        from ..core.raster.gdal_guard import no_gdal_sidecars

        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterRasterLayer):
                problem = unreadable_raster_path(parameters.get(definition.name()))
                if problem:
                    return False, problem
        with no_gdal_sidecars():
            return super().checkParameterValues(parameters, context)


def special_file(value) -> bool:
    """Whether a raster input given as a path names something that is there but is neither a file nor a folder (a
    FIFO, a device, a socket): GDAL, and QGIS with it, would wait on it for ever or read without end."""
    if not isinstance(value, str) or not value or ("/" not in value and "\\" not in value):
        return False
    path = Path(value) if Path(value).exists() else Path(value.split("|")[0])
    return path.exists() and not path.is_file() and not path.is_dir()


def unreadable_raster_path(value) -> str:
    """What is wrong with a raster input given as a file path (empty when nothing is, or when it is no path)."""
    if not isinstance(value, str) or not value or ("/" not in value and "\\" not in value):
        return ""  # a layer, a layer id or a name from the project: Processing resolves those
    path = Path(value)
    if not path.exists():  # a legal file name may hold '|'; else it starts the options of a layer source
        path = Path(value.split("|")[0])
    if not path.exists():
        return tr("'{path}' does not exist.").format(path=path)
    if path.is_dir():
        return tr("'{path}' is a folder: choose an image file in it.").format(path=path)
    from osgeo import gdal

    from ..core.raster.gdal_guard import quiet_gdal
    from ..core.raster.writer import RasterError, open_raster

    with quiet_gdal():
        try:
            open_raster(gdal, path)
        except RasterError as error:  # the answer of a check: said, not raised
            return error.user_text()[:600]
    return ""
