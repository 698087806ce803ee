"""The WMS download engine: a georeferenced RGBA GeoTIFF of a layer on one date, fetched with GetMap in tiled requests.

    value = resolve_time(layer.time_for(WMS), "2018-02-25")          # the advertised value for what the user typed
    width, height = image_size(box, resolution)                      # refuses more than MAX_PX a side (PluginError)
    download_image(ImageRequest(base_url, "CGS_S2_NDVI", value, crs_authid, crs_wkt, box, resolution), output,
                   authcfg, timeout_s, feedback)                      # -> the output path, or None when cancelled

Blocking (call it off the GUI thread: a Processing algorithm, a QgsTask). Chunks are requested CONNECTIONS at a time,
each PNG decoded once, and written as they come (flushed at once: memory stays flat) with tophysical's creation
options. The image is written by the raster writer, under a temporary name beside the output, and takes its name when
complete: a cancel or an error leaves nothing, an existing output is only replaced when asked. numpy and GDAL are
imported inside, and used through the GDAL guard.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from qgis.core import QgsFeedback

from ..errors import PluginError
from ..raster.writer import CREATION_OPTIONS
from ..text import QT_TRANSLATE_NOOP
from .network import FetchCancelledError, fetch
from .timevalues import TimeDimension, TimeParseError, TimeValue, parse_instant

CHUNK_PX = 2048  # pixels per side of one GetMap request (MapServer's default MAXSIZE is 4096)
MIN_CHUNK_PX = 512  # the smallest a request is made to keep the connections busy: one tile of the output
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


def chunk_size(width: int, height: int) -> int:
    """The side of the GetMap requests for an image: CHUNK_PX, halved (down to MIN_CHUNK_PX) until the image makes
    at least CONNECTIONS requests. A server draws each request on one core: a 2000 x 2000 image asked in one request
    waits for one core, in four of 1024 it is drawn on as many as the server has."""
    size = CHUNK_PX
    while size // 2 >= MIN_CHUNK_PX and math.ceil(width / size) * math.ceil(height / size) < CONNECTIONS:
        size //= 2
    return size


def getmap_url(base: str, layer: str, time_text: str, crs: str, box: tuple[float, float, float, float], width: int,
               height: int, style: str = "") -> str:
    from urllib.parse import urlencode

    query = urlencode({"SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": layer, "STYLES": style,
                       "CRS": crs, "BBOX": ",".join(f"{value:.6f}" for value in box), "WIDTH": width, "HEIGHT": height,
                       "FORMAT": "image/png", "TRANSPARENT": "TRUE", "TIME": time_text})
    return base + ("&" if "?" in base else "?") + query


def rgba(data: bytes, width: int, height: int) -> bytes:
    """A PNG (grey, grey+alpha, paletted, RGB or RGBA) of `width` x `height` as RGBA bytes, pixel-interleaved
    (height x width x 4).

    Its declared size is checked before any pixel is decoded: a 1 MB answer can declare 30000 x 30000 pixels (a PNG
    bomb, 900 MB a band once decoded), and is refused here from its header. Only a PNG is read: an answer in another
    format GDAL knows (a VRT naming a local file) is refused as not an image. Decoded once: GDAL's PNG driver reads
    all bands of a row in one pass when asked for them interleaved (read band by band, it decodes the picture again
    for each band)."""
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
            count = dataset.RasterCount
            pixels = gdal_call(not_an_image, dataset.ReadRaster, 0, 0, width, height, buf_type=gdal.GDT_Byte,
                               band_list=list(range(1, count + 1)), buf_pixel_space=count,
                               buf_line_space=count * width, buf_band_space=1)
            table = dataset.GetRasterBand(1).GetColorTable() if count == 1 else None
            entries = [table.GetColorEntry(i) for i in range(min(256, table.GetCount()))] if table is not None else None
        finally:
            dataset = None
            gdal_do(PluginError(QT_TRANSLATE_NOOP("@default", "A temporary file in memory cannot be removed:")),
                    gdal.Unlink, name)
    if count == 4:
        return pixels
    bands = numpy.frombuffer(pixels, numpy.uint8).reshape(height, width, count)
    if entries is not None:
        lookup = numpy.zeros((256, 4), numpy.uint8)
        lookup[: len(entries)] = entries
        return lookup[bands[:, :, 0]].tobytes()
    out = numpy.empty((height, width, 4), numpy.uint8)
    if count in (1, 2):
        out[:, :, :3] = bands[:, :, :1]
    else:
        out[:, :, :3] = bands[:, :, :3]
    out[:, :, 3] = bands[:, :, 1] if count == 2 else 255
    return out.tobytes()


# The image is written with tophysical's GeoTIFF options (tiles of 512, DEFLATE level 1 on every core), as RGBA.
IMAGE_OPTIONS = (*CREATION_OPTIONS, "PHOTOMETRIC=RGB", "ALPHA=YES")
# GetMap requests: at most CONNECTIONS at once, and as many fetched chunks waiting to be written (memory stays flat).
CONNECTIONS = 4


def download_image(request: ImageRequest, output: str, authcfg: str = "", timeout_s: int = 30,
                   feedback: QgsFeedback | None = None, overwrite: bool = False) -> str | None:
    """Write the image to `output` (a GeoTIFF, RGBA); None when the feedback was cancelled (nothing is left then).
    An existing output is only replaced when `overwrite` is true. Raises FetchError or PluginError with a message for
    the user. The file is written by the raster writer (core/raster/writer.py), every GDAL call through the GDAL guard.

    Chunks are fetched and decoded by CONNECTIONS threads at once (each request through QGIS's network stack, in its
    thread), and written in order as they come, each flushed to the file at once."""
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    from osgeo import gdal

    from ..raster.gdal_guard import gdal_do
    from ..raster.writer import CancelledError, check_output, new_geotiff

    target = check_output(output, [], overwrite)
    width, height = image_size(request.box, request.resolution)
    box, resolution = request.box, request.resolution
    chunk_px = chunk_size(width, height)
    chunks = [(col, row, min(chunk_px, width - col), min(chunk_px, height - row))
              for row in range(0, height, chunk_px) for col in range(0, width, chunk_px)]

    def fetched(chunk):
        col, row, chunk_width, chunk_height = chunk
        chunk_box = (box[0] + col * resolution, box[3] - (row + chunk_height) * resolution,
                     box[0] + (col + chunk_width) * resolution, box[3] - row * resolution)
        url = getmap_url(request.base_url, request.layer, request.value.text, request.crs_authid, chunk_box,
                         chunk_width, chunk_height)
        return rgba(fetch(url, authcfg, timeout_s, feedback, accept="image/png"), chunk_width, chunk_height)

    pool = ThreadPoolExecutor(max_workers=CONNECTIONS, thread_name_prefix="terrascope_s2_getmap")
    pending: deque = deque()
    try:
        with new_geotiff(gdal, target, width, height, 4, gdal.GDT_Byte, overwrite, IMAGE_OPTIONS) as (image, failed):
            try:
                gdal_do(failed, image.SetGeoTransform, (box[0], resolution, 0, box[3], 0, -resolution))
                gdal_do(failed, image.SetProjection, request.crs_wkt)
                for key, text in (("TERRASCOPE_LAYER", request.layer), ("TERRASCOPE_TIME", request.value.text),
                                  ("TIFFTAG_DATETIME", request.value.when.strftime("%Y:%m:%d %H:%M:%S"))):
                    gdal_do(failed, image.SetMetadataItem, key, text)
                waiting = iter(chunks)
                for chunk in waiting:
                    pending.append((chunk, pool.submit(fetched, chunk)))
                    if len(pending) == CONNECTIONS:
                        break
                for number in range(len(chunks)):
                    (col, row, chunk_width, chunk_height), future = pending.popleft()
                    try:
                        pixels = future.result()
                    except FetchCancelledError:
                        raise CancelledError() from None
                    if feedback is not None and feedback.isCanceled():
                        raise CancelledError()
                    following = next(waiting, None)
                    if following is not None:
                        pending.append((following, pool.submit(fetched, following)))
                    gdal_do(failed, image.WriteRaster, col, row, chunk_width, chunk_height, pixels,
                            band_list=[1, 2, 3, 4], buf_pixel_space=4, buf_line_space=4 * chunk_width, buf_band_space=1)
                    gdal_do(failed, image.FlushCache)  # the chunk's tiles compressed and written now: memory stays flat
                    pixels = None
                    if feedback is not None:
                        feedback.setProgress(100 * (number + 1) / len(chunks))
            finally:
                image = None  # an error's traceback keeps this frame: it must not keep the file open
    except CancelledError:
        return None
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True)  # a request in flight ends at once when cancelled, else within its timeout
    return output
