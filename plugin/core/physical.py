"""Digital numbers to physical values, written as a Float32 GeoTIFF, block by block (numpy + GDAL, no Qt).

Imported only when a conversion runs (numpy and GDAL are not loaded at QGIS start-up).
For Byte and 16-bit inputs every possible DN is converted once into a lookup table (256 or 65536 entries) and the
image is converted by indexing that table: faster than float arithmetic, and the same rule for every pixel.
"""

from __future__ import annotations

import math
import os
import queue
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from .catalogue import ContentSpec

# Output GeoTIFF: tiles of 512 x 512, and strips of one tile row read, converted and written at a time.
TILE = 512
CREATION_OPTIONS = ("TILED=YES", f"BLOCKXSIZE={TILE}", f"BLOCKYSIZE={TILE}", "COMPRESS=DEFLATE", "ZLEVEL=1",
                    "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER")


class ConversionError(Exception):
    """A conversion that cannot run; the message is meant for the user."""


class Cancelled(ConversionError):
    pass


def valid_dn(spec: ContentSpec, dn, saturated_as_nodata: bool = False):
    """Boolean (numpy) mask of the DNs that carry a physical value.

    No data and VITO's special values (251..254) carry none; nor do DNs outside the documented range. With
    saturated_as_nodata, the DNs that mean "at this bound or beyond" (NDVI's 0 and 250) are left out too.
    """
    import numpy as np

    dn = np.asarray(dn)
    ok = np.ones(dn.shape, dtype=bool)
    if spec.dn_min is not None:
        ok &= dn >= spec.dn_min
    if spec.dn_max is not None:
        ok &= dn <= spec.dn_max
    if spec.nodata is not None:
        ok &= dn != spec.nodata
    for special in (*spec.grey_values, *spec.transparent_values):
        ok &= dn != special
    if saturated_as_nodata:
        if spec.saturation_min is not None and spec.dn_min is not None:
            ok &= dn != spec.dn_min
        if spec.saturation_max is not None and spec.dn_max is not None:
            ok &= dn != spec.dn_max
    return ok


def physical_values(spec: ContentSpec, dn, nodata: float = math.nan, saturated_as_nodata: bool = False):
    """Float32 physical values of an array of DNs: scale * DN + offset where valid, `nodata` elsewhere."""
    import numpy as np

    if not spec.scaling_known:
        raise ConversionError(f"no scaling is known for {spec.content}")
    dn = np.asarray(dn)
    values = (dn.astype(np.float64) * spec.scale + spec.offset).astype(np.float32)
    values[~valid_dn(spec, dn, saturated_as_nodata)] = nodata
    return values


def lookup_table(spec: ContentSpec, numpy_type, nodata: float = math.nan, saturated_as_nodata: bool = False):
    """The physical value of every possible DN of an 8- or 16-bit type, indexable by the DNs viewed as unsigned."""
    import numpy as np

    bits = np.iinfo(numpy_type).bits
    every_dn = np.arange(2**bits, dtype=f"uint{bits}").view(numpy_type)  # index i holds the DN whose bits are i
    return physical_values(spec, every_dn, nodata, saturated_as_nodata)


def convert_to_physical(
    source: str | Path,
    output: str | Path,
    spec: ContentSpec,
    nodata: float = math.nan,
    saturated_as_nodata: bool = False,
    overwrite: bool = False,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write `output` (Float32 GeoTIFF, tiled, compressed) with the physical values of band 1 of `source`.

    Writes a temporary file beside `output` and renames it at the end: `output` is never left half-written, and an
    existing file is only replaced when `overwrite` is true. The source is only read.
    """
    import numpy as np
    from osgeo import gdal, gdal_array

    source, output = Path(source), Path(output)
    if not spec.scaling_known:
        raise ConversionError(f"No scaling is known for {spec.content}: it cannot be converted to physical values.")
    if output.suffix.lower() not in (".tif", ".tiff"):
        raise ConversionError(f"The output must be a GeoTIFF (.tif), not '{output.name}'.")
    if output.exists():
        if _same_file(source, output):
            raise ConversionError(f"The output '{output}' is the input file: choose another output file.")
        if not overwrite:
            raise ConversionError(f"The output '{output}' already exists: choose another name, or allow replacing it.")
    if not output.parent.is_dir():
        raise ConversionError(f"The output folder '{output.parent}' does not exist.")
    if not os.access(output.parent, os.W_OK):
        raise ConversionError(f"The output folder '{output.parent}' cannot be written to: choose another output folder.")

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GDAL's errors become our messages (per thread: safe in a task)
    try:
        _convert(gdal, np, gdal_array, source, output, spec, nodata, saturated_as_nodata, progress, is_cancelled)
    finally:
        gdal.PopErrorHandler()
    return output


def _convert(gdal, np, gdal_array, source, output, spec, nodata, saturated_as_nodata, progress, is_cancelled) -> None:
    # NUM_THREADS: GDAL decodes the blocks of a compressed input in parallel (GDAL >= 3.6)
    src = gdal.OpenEx(str(source), gdal.OF_RASTER | gdal.OF_READONLY, open_options=["NUM_THREADS=ALL_CPUS"])
    if src is None:
        raise ConversionError(f"'{source.name}' cannot be read as a raster: {gdal.GetLastErrorMsg() or 'unknown format'}")
    band = src.GetRasterBand(1)
    width, height = src.RasterXSize, src.RasterYSize
    numpy_type = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(band.DataType))
    table = None
    if numpy_type.kind in "iu" and numpy_type.itemsize <= 2:
        table = lookup_table(spec, numpy_type, nodata, saturated_as_nodata)
        index_type = np.dtype(f"uint{numpy_type.itemsize * 8}")

    temporary = output.with_name(f".{output.stem}.{uuid.uuid4().hex[:8]}.part.tif")
    dst = gdal.GetDriverByName("GTiff").Create(str(temporary), width, height, 1, gdal.GDT_Float32, list(CREATION_OPTIONS))
    if dst is None:
        raise ConversionError(f"'{output}' cannot be written: {gdal.GetLastErrorMsg()}")
    try:
        dst.SetGeoTransform(src.GetGeoTransform())
        dst.SetProjection(src.GetProjection())
        out_band = dst.GetRasterBand(1)
        out_band.SetNoDataValue(nodata)
        out_band.SetDescription(spec.content)
        if spec.unit:
            out_band.SetUnitType(spec.unit)
        dst.SetMetadataItem("TERRASCOPE_S2_CONTENT", spec.content)
        dst.SetMetadataItem("TERRASCOPE_S2_SOURCE", source.name)
        # A reader thread reads and converts the next strip while this one is compressed and written
        # (GDAL releases the GIL): on two cores this nearly halves the time.
        strips: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()
        reader = threading.Thread(target=_read_strips, daemon=True, args=(
            gdal, band, source, lambda dn: table[dn.view(index_type)] if table is not None else
            physical_values(spec, dn, nodata, saturated_as_nodata), strips, stop))
        reader.start()
        try:
            while (strip := strips.get()) is not None:
                if isinstance(strip, BaseException):
                    raise strip
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled("Cancelled: nothing was written.")
                y, values = strip
                if out_band.WriteArray(values, 0, y) != 0:
                    raise ConversionError(f"'{output}' cannot be written: {gdal.GetLastErrorMsg()}")
                out_band.FlushCache()  # compress and write this strip now, and drop it from the cache: bounded memory
                if progress is not None:
                    progress(100.0 * (y + len(values)) / height)
        finally:
            stop.set()
            while reader.is_alive():  # unblock the reader if it waits on a full queue
                try:
                    strips.get(timeout=0.05)
                except queue.Empty:
                    pass
        dst.FlushCache()
        failed = gdal.GetLastErrorType() >= gdal.CE_Failure and "write" in gdal.GetLastErrorMsg().lower()
        dst = None  # closes the file
        if failed:
            raise ConversionError(f"'{output}' cannot be written: {gdal.GetLastErrorMsg()}")
        os.replace(temporary, output)
    except BaseException:
        dst = None
        _remove_quietly(temporary)
        raise


def _read_strips(gdal, band, source: Path, convert, strips: queue.Queue, stop: threading.Event) -> None:
    """Reader thread: put (row, physical values) of each strip of TILE rows, then None, or the error that stopped it."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        width, height = band.XSize, band.YSize
        for y in range(0, height, TILE):
            if stop.is_set():
                return
            dn = band.ReadAsArray(0, y, width, min(TILE, height - y))
            if dn is None:
                raise ConversionError(f"'{source.name}' is damaged or truncated (from row {y}): {gdal.GetLastErrorMsg()}")
            band.FlushCache()  # the input strip leaves GDAL's block cache too
            strips.put((y, convert(dn)))
        strips.put(None)
    except Exception as error:  # handed to the writer, which raises it in its own thread
        strips.put(error)
    finally:
        gdal.PopErrorHandler()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
