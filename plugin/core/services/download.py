"""The WMS download engine: a georeferenced RGBA GeoTIFF of a layer on one date, fetched with GetMap in tiled requests.

    value = resolve_time(layer.time_for(WMS), "2018-02-25")          # the advertised value for what the user typed
    width, height = image_size(box, resolution)                      # refuses more than MAX_PX a side (PluginError)
    download_image(ImageRequest(base_url, "CGS_S2_NDVI", value, crs_authid, crs_wkt, box, resolution), output,
                   authcfg, timeout_s, feedback)                      # -> the output path, or None when cancelled

Blocking (call it off the GUI thread: a Processing algorithm, a QgsTask). The image is written by the raster writer,
under a temporary name beside the output, and takes its name when complete: a cancel or an error leaves nothing, an
existing output is only replaced when asked. numpy and GDAL are imported inside, and used through the GDAL guard.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from qgis.core import QgsFeedback

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from .network import FetchCancelledError, fetch
from .timevalues import TimeDimension, TimeParseError, TimeValue, parse_instant

CHUNK_PX = 2048  # pixels per side of one GetMap request (MapServer's default MAXSIZE is 4096)
MAX_PX = 40_000  # per side of the whole image


@dataclass(frozen=True)
class ImageRequest:
    base_url: str  # the WMS url without request parameters (sources.wms_base_url)
    layer: str
    value: TimeValue
    crs_authid: str
    crs_wkt: str
    box: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in the CRS
    resolution: float  # CRS units (metres) per pixel


def resolve_time(dimension: TimeDimension, text: str) -> TimeValue | None:
    """The advertised value for what the user typed: the exact value, another way of writing it, or a day; for an empty
    text the service's default (else its last value; None when it has none)."""
    text = text.strip()
    if not text:
        return dimension.default or dimension.last
    found = dimension.find(text)
    if found is not None:
        return found
    try:
        day = parse_instant(text).date() if len(text) > 10 else date.fromisoformat(text)
    except (TimeParseError, ValueError):
        raise PluginError(QT_TRANSLATE_NOOP("@default", "'{text}' is not a date (write it as 2018-02-25)."), text=text) from None
    found = dimension.value_for_day(day)
    if found is None:
        raise PluginError(QT_TRANSLATE_NOOP(
            "@default", "The layer has no image on {day}: list its dates with \"List acquisition dates\"."), day=day.isoformat())
    return found


def image_size(box: tuple[float, float, float, float], resolution: float) -> tuple[int, int]:
    """Width and height in pixels of `box` at `resolution`; a PluginError past MAX_PX a side."""
    width, height = math.ceil((box[2] - box[0]) / resolution), math.ceil((box[3] - box[1]) / resolution)
    if width > MAX_PX or height > MAX_PX:
        raise PluginError(QT_TRANSLATE_NOOP(
            "@default", "The image would be {width} x {height} pixels: choose a coarser resolution or a smaller area."),
            width=width, height=height)
    return width, height


def getmap_url(base: str, layer: str, time_text: str, crs: str, box: tuple[float, float, float, float], width: int,
               height: int, style: str = "") -> str:
    from urllib.parse import urlencode

    query = urlencode({"SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": layer, "STYLES": style,
                       "CRS": crs, "BBOX": ",".join(f"{value:.6f}" for value in box), "WIDTH": width, "HEIGHT": height,
                       "FORMAT": "image/png", "TRANSPARENT": "TRUE", "TIME": time_text})
    return base + ("&" if "?" in base else "?") + query


def rgba(data: bytes, width: int, height: int):
    """A PNG (grey, grey+alpha, paletted, RGB or RGBA) of `width` x `height` as a 4 x height x width uint8 array.

    Its declared size is checked before any pixel is decoded: a 1 MB answer can declare 30000 x 30000 pixels (a PNG
    bomb, 900 MB a band once decoded), and is refused here from its header. Only a PNG is read: an answer in another
    format GDAL knows (a VRT naming a local file) is refused as not an image."""
    import uuid

    import numpy
    from osgeo import gdal

    from ..raster.gdal_guard import gdal_call, gdal_do, quiet_gdal

    not_an_image = PluginError(QT_TRANSLATE_NOOP("@default", "The server did not send an image."))
    name = f"/vsimem/terrascope_s2_{uuid.uuid4().hex}.png"
    with quiet_gdal():
        gdal_do(not_an_image, gdal.FileFromMemBuffer, name, data)
        try:
            # PNG only, as asked: GDAL would read any format, a VRT naming local files among them
            dataset = gdal_call(not_an_image, gdal.OpenEx, name, gdal.OF_RASTER | gdal.OF_READONLY,
                                allowed_drivers=["PNG"])
            if (dataset.RasterXSize, dataset.RasterYSize) != (width, height):
                raise PluginError(QT_TRANSLATE_NOOP("@default", "The server sent an image of the wrong size."),
                                  f"{dataset.RasterXSize} x {dataset.RasterYSize} (asked {width} x {height})")
            bands = [gdal_call(not_an_image, dataset.GetRasterBand(index + 1).ReadAsArray)
                     for index in range(dataset.RasterCount)]
            table = dataset.GetRasterBand(1).GetColorTable()
        finally:
            dataset = None
            gdal_do(PluginError(QT_TRANSLATE_NOOP("@default", "A temporary file in memory cannot be removed:")),
                    gdal.Unlink, name)
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


IMAGE_OPTIONS = ("COMPRESS=DEFLATE", "TILED=YES", "PHOTOMETRIC=RGB", "ALPHA=YES", "BIGTIFF=IF_SAFER")


def download_image(request: ImageRequest, output: str, authcfg: str = "", timeout_s: int = 30,
                   feedback: QgsFeedback | None = None, overwrite: bool = False) -> str | None:
    """Write the image to `output` (a GeoTIFF, RGBA); None when the feedback was cancelled (nothing is left then).
    An existing output is only replaced when `overwrite` is true. Raises FetchError or PluginError with a message for
    the user. The file is written by the raster writer (core/raster/writer.py), every GDAL call through the GDAL guard."""
    import numpy
    from osgeo import gdal

    from ..raster.gdal_guard import gdal_do
    from ..raster.writer import CancelledError, check_output, new_geotiff

    target = check_output(output, [], overwrite)
    width, height = image_size(request.box, request.resolution)
    box, resolution = request.box, request.resolution
    chunk_px = CHUNK_PX
    chunks = [(col, row) for row in range(0, height, chunk_px) for col in range(0, width, chunk_px)]
    try:
        with new_geotiff(gdal, target, width, height, 4, gdal.GDT_Byte, overwrite, IMAGE_OPTIONS) as (image, failed):
            try:
                gdal_do(failed, image.SetGeoTransform, (box[0], resolution, 0, box[3], 0, -resolution))
                gdal_do(failed, image.SetProjection, request.crs_wkt)
                for key, text in (("TERRASCOPE_LAYER", request.layer), ("TERRASCOPE_TIME", request.value.text),
                                  ("TIFFTAG_DATETIME", request.value.when.strftime("%Y:%m:%d %H:%M:%S"))):
                    gdal_do(failed, image.SetMetadataItem, key, text)
                bands = [image.GetRasterBand(band + 1) for band in range(4)]
                for number, (col, row) in enumerate(chunks):
                    if feedback is not None and feedback.isCanceled():
                        raise CancelledError()
                    chunk_width, chunk_height = min(chunk_px, width - col), min(chunk_px, height - row)
                    chunk_box = (box[0] + col * resolution, box[3] - (row + chunk_height) * resolution,
                                 box[0] + (col + chunk_width) * resolution, box[3] - row * resolution)
                    url = getmap_url(request.base_url, request.layer, request.value.text, request.crs_authid, chunk_box,
                                     chunk_width, chunk_height)
                    try:
                        data = fetch(url, authcfg, timeout_s, feedback, accept="image/png")
                    except FetchCancelledError:
                        raise CancelledError() from None
                    pixels = rgba(data, chunk_width, chunk_height)
                    for band, plane in zip(bands, pixels):
                        gdal_do(failed, band.WriteArray, numpy.ascontiguousarray(plane), col, row)
                    if feedback is not None:
                        feedback.setProgress(100 * (number + 1) / len(chunks))
            finally:
                image = bands = band = None  # an error's traceback keeps this frame: it must not keep the file open
    except CancelledError:
        return None
    return output
