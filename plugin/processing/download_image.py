"""terrascope_s2:downloadimage: the WMS download engine (core/services/download.py) as a Processing algorithm."""

from __future__ import annotations

import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .service_params import add_service_parameters, check_service_parameters, read_model, service_layer, service_profile

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$")  # a day, or an instant the service advertises


class DownloadImageAlgorithm(TerrascopeAlgorithm):
    NAME = "downloadimage"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Download image")
    GROUP_ID = "services"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "A georeferenced GeoTIFF (RGBA) of a layer of a Terrascope WMS on one date, over a Sentinel-2 tile or an extent, "
        "at a resolution in metres. Large areas are fetched in several GetMap requests. DATE is a day (2018-02-25) or a "
        "value the service advertises; empty means the service's default. The output CRS is the tile's UTM zone, else "
        "the CRS parameter (it must be projected). An existing output file is only replaced when 'Replace an existing "
        "output file' is ticked.")

    def initAlgorithm(self, config=None):
        add_service_parameters(self, wms_only=True)
        self.addParameter(QgsProcessingParameterString(
            "DATE", tr("Date, such as 2018-02-25 (empty: the service's default)"), optional=True))
        self.addParameter(QgsProcessingParameterString("TILE", tr("Sentinel-2 tile, such as 31UFS"), optional=True))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Or an extent"), optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Output CRS for an extent (projected)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "RESOLUTION", tr("Resolution (metres)"), type=QgsProcessingParameterNumber.Type.Double, defaultValue=10.0,
            minValue=0.1))
        overwrite = QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing output file"), False)
        overwrite.setFlags(overwrite.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(overwrite)
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", tr("Image")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Say what is wrong with URL, LAYER, DATE or TILE before the run (once, in the dialog or in qgis_process)."""
        from ..core.grid.tiles import TileError, tile

        problem = check_service_parameters(self, parameters, context, wms_only=True)
        date = (self.parameterAsString(parameters, "DATE", context) or "").strip()
        if not problem and date and not DATE.match(date):
            problem = tr("DATE '{date}' is not a date: give a day such as 2018-02-25, or a value the service advertises "
                         "(listdates gives them), or leave it empty for the service's default.").format(date=date)
        tile_text = (self.parameterAsString(parameters, "TILE", context) or "").strip()
        if not problem and tile_text:
            try:
                tile(tile_text)
            except TileError as error:
                problem = error.user_text()
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.errors import PluginError
        from ..core.raster.writer import check_output
        from ..core.services.download import ImageRequest, download_image, image_size, resolve_time
        from ..core.services.model import WMS
        from ..core.services.sources import wms_base_url

        resolution = self.parameterAsDouble(parameters, "RESOLUTION", context)
        crs, box = self._area(parameters, context)
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        overwrite = self.parameterAsBool(parameters, "OVERWRITE", context)
        try:
            check_output(output, [], overwrite)  # before any request: an existing file is only replaced when asked
            width, height = image_size(box, resolution)
            chosen, settings = service_profile(self, parameters, context, wms_only=True)
            if not chosen.wms_url:
                raise QgsProcessingException(tr("The service has no WMS URL: downloading needs a WMS."))
            model = read_model(chosen, settings, feedback)
            name = self.parameterAsString(parameters, "LAYER", context).strip()
            layer = service_layer(model, name)
            value = resolve_time(layer.time_for(WMS), self.parameterAsString(parameters, "DATE", context) or "")
            if value is None:
                raise QgsProcessingException(tr("Layer {name} has no dates").format(name=name))
            feedback.pushInfo(tr("{layer} at {time}: {width} x {height} pixels in {crs}").format(
                layer=name, time=value.text, width=width, height=height, crs=crs.authid()))
            request = ImageRequest(wms_base_url(model.wms.url if model.wms else chosen.wms_url), name, value, crs.authid(),
                                   crs.toWkt(), box, resolution)
            output = download_image(request, output, settings.authcfg, settings.network_timeout_s, feedback, overwrite)
        except PluginError as error:
            raise QgsProcessingException(error.user_text()) from None
        if output is None:
            feedback.pushInfo(tr("Cancelled."))
        return {"OUTPUT": output}

    def _area(self, parameters, context):
        from ..core.grid.tiles import TileError, tile

        tile_text = (self.parameterAsString(parameters, "TILE", context) or "").strip()
        if tile_text:
            try:
                square = tile(tile_text)
            except TileError as error:
                raise QgsProcessingException(error.user_text()) from None
            return QgsCoordinateReferenceSystem(square.crs_authid), tuple(float(v) for v in square.extent())
        if parameters.get("EXTENT") in (None, ""):
            raise QgsProcessingException(tr("Give a Sentinel-2 tile or an extent."))
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            crs = self.parameterAsExtentCrs(parameters, "EXTENT", context)
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(tr("Choose a projected output CRS (e.g. the UTM zone, EPSG:32631): the resolution "
                                            "is in metres."))
        extent = self.parameterAsExtent(parameters, "EXTENT", context, crs)
        if extent.isEmpty():
            raise QgsProcessingException(tr("The extent is empty."))
        return crs, (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())

