"""terrascope_s2:downloadimage: a georeferenced GeoTIFF of a layer and date, fetched with WMS GetMap in tiled requests."""

from __future__ import annotations

import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .service_params import add_service_parameters, read_model, service_layer, service_profile

CHUNK_PX = 2048  # pixels per side of one GetMap request (MapServer's default MAXSIZE is 4096)
MAX_PX = 40_000  # per side of the whole image


def resolve_time(dimension, text: str):
    """The advertised value for what the user typed: the exact value, another way of writing it, or a day."""
    from datetime import date

    from ..core.services.timevalues import TimeParseError, parse_instant

    text = text.strip()
    if not text:
        return dimension.default or dimension.last
    found = dimension.find(text)
    if found is not None:
        return found
    try:
        day = parse_instant(text).date() if len(text) > 10 else date.fromisoformat(text)
    except (TimeParseError, ValueError):
        raise QgsProcessingException(tr("'{text}' is not a date (write it as 2018-02-25).").format(text=text)) from None
    found = dimension.value_for_day(day)
    if found is None:
        raise QgsProcessingException(tr("The layer has no image on {day}: list its dates with \"List acquisition dates\".")
                                     .format(day=day.isoformat()))
    return found


def getmap_url(base: str, layer: str, time_text: str, crs: str, box: tuple[float, float, float, float], width: int,
               height: int, style: str = "") -> str:
    from urllib.parse import urlencode

    query = urlencode({"SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": layer, "STYLES": style,
                       "CRS": crs, "BBOX": ",".join(f"{value:.6f}" for value in box), "WIDTH": width, "HEIGHT": height,
                       "FORMAT": "image/png", "TRANSPARENT": "TRUE", "TIME": time_text})
    return base + ("&" if "?" in base else "?") + query


def rgba(data: bytes):
    """A PNG (grey, grey+alpha, paletted, RGB or RGBA) as a 4 x height x width uint8 array."""
    import uuid

    import numpy
    from osgeo import gdal

    name = f"/vsimem/terrascope_s2_{uuid.uuid4().hex}.png"
    gdal.FileFromMemBuffer(name, data)
    try:
        dataset = gdal.Open(name)
        if dataset is None:
            raise QgsProcessingException(tr("The server did not send an image."))
        bands = [dataset.GetRasterBand(index + 1).ReadAsArray() for index in range(dataset.RasterCount)]
        table = dataset.GetRasterBand(1).GetColorTable()
        if table is not None:
            lookup = numpy.zeros((256, 4), numpy.uint8)
            for index in range(min(256, table.GetCount())):
                lookup[index] = table.GetColorEntry(index)
            return numpy.moveaxis(lookup[bands[0]], -1, 0)
        opaque = numpy.full_like(bands[0], 255)
        if len(bands) == 1:
            return numpy.stack([bands[0], bands[0], bands[0], opaque])
        if len(bands) == 2:
            return numpy.stack([bands[0], bands[0], bands[0], bands[1]])
        if len(bands) == 3:
            return numpy.stack([*bands, opaque])
        return numpy.stack(bands[:4])
    finally:
        gdal.Unlink(name)


class DownloadImageAlgorithm(TerrascopeAlgorithm):
    NAME = "downloadimage"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Download image")
    GROUP_ID = "services"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "A georeferenced GeoTIFF (RGBA) of a layer of a Terrascope WMS on one date, over a Sentinel-2 tile or an extent, "
        "at a resolution in metres. Large areas are fetched in several GetMap requests. DATE is a day (2018-02-25) or a "
        "value the service advertises; empty means the service's default. The output CRS is the tile's UTM zone, else "
        "the CRS parameter (it must be projected).")

    def initAlgorithm(self, config=None):
        add_service_parameters(self)
        self.addParameter(QgsProcessingParameterString("DATE", tr("Date (empty: the service's default)"), optional=True))
        self.addParameter(QgsProcessingParameterString("TILE", tr("Sentinel-2 tile (e.g. 31UFS)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Or an extent"), optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Output CRS for an extent (projected)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "RESOLUTION", tr("Resolution (metres)"), type=QgsProcessingParameterNumber.Double, defaultValue=10.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", tr("Image")))

    def processAlgorithm(self, parameters, context, feedback):
        import tempfile

        import numpy
        from osgeo import gdal

        from ..core.services.model import WMS
        from ..core.services.network import FetchCancelledError, FetchError, fetch
        from ..core.services.sources import wms_base_url

        gdal.UseExceptions()
        resolution = self.parameterAsDouble(parameters, "RESOLUTION", context)
        crs, box = self._area(parameters, context)
        width, height = math.ceil((box[2] - box[0]) / resolution), math.ceil((box[3] - box[1]) / resolution)
        if width > MAX_PX or height > MAX_PX:
            raise QgsProcessingException(tr("The image would be {width} x {height} pixels: choose a coarser resolution or a "
                                            "smaller area.").format(width=width, height=height))
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

        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        folder = os.path.dirname(os.path.abspath(output)) or "."
        handle, partial = tempfile.mkstemp(prefix=".terrascope_s2_", suffix=".tif", dir=folder)
        os.close(handle)
        base = wms_base_url(model.wms.url if model.wms else chosen.wms_url)
        chunks = [(col, row) for row in range(0, height, CHUNK_PX) for col in range(0, width, CHUNK_PX)]
        try:
            dataset = gdal.GetDriverByName("GTiff").Create(
                partial, width, height, 4, gdal.GDT_Byte,
                options=["COMPRESS=DEFLATE", "TILED=YES", "PHOTOMETRIC=RGB", "ALPHA=YES", "BIGTIFF=IF_SAFER"])
            dataset.SetGeoTransform((box[0], resolution, 0, box[3], 0, -resolution))
            dataset.SetProjection(crs.toWkt())
            dataset.SetMetadataItem("TERRASCOPE_LAYER", name)
            dataset.SetMetadataItem("TIFFTAG_DATETIME", value.when.strftime("%Y:%m:%d %H:%M:%S"))
            dataset.SetMetadataItem("TERRASCOPE_TIME", value.text)
            for number, (col, row) in enumerate(chunks):
                if feedback.isCanceled():
                    break
                chunk_width, chunk_height = min(CHUNK_PX, width - col), min(CHUNK_PX, height - row)
                chunk_box = (box[0] + col * resolution, box[3] - (row + chunk_height) * resolution,
                             box[0] + (col + chunk_width) * resolution, box[3] - row * resolution)
                url = getmap_url(base, name, value.text, crs.authid(), chunk_box, chunk_width, chunk_height)
                try:
                    data = fetch(url, settings.authcfg, settings.network_timeout_s, feedback, accept="image/png")
                except FetchCancelledError:
                    break
                except FetchError as error:
                    raise QgsProcessingException(error.user_text()) from None
                pixels = rgba(data)
                if pixels.shape[1:] != (chunk_height, chunk_width):
                    raise QgsProcessingException(tr("The server sent an image of the wrong size."))
                for band in range(4):
                    dataset.GetRasterBand(band + 1).WriteArray(numpy.ascontiguousarray(pixels[band]), col, row)
                feedback.setProgress(100 * (number + 1) / len(chunks))
            dataset.FlushCache()
            dataset = None
            if feedback.isCanceled():
                os.remove(partial)
                feedback.pushInfo(tr("Cancelled."))
                return {"OUTPUT": None}
            os.replace(partial, output)
        except BaseException:
            dataset = None
            if os.path.exists(partial):
                os.remove(partial)
            raise
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

