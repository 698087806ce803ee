"""Writing a GeoTIFF strip by strip, safely: checks first, a temporary name beside the output, a rename at the end.

numpy and GDAL are imported by the callers' functions, never at QGIS start-up. GDAL's errors are silenced per thread
and turned into messages for the user.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import CancelledError as _Cancelled
from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

# Output GeoTIFF: tiles of 512 x 512, and strips of one tile row read, computed and written at a time.
TILE = 512
# Each strip is handed from the reader to the writer in chunks of CHUNK_TILES tiles (512 x 1024 pixels: 2 MB of Float32)
# and each chunk is flushed out of GDAL's cache as soon as it is written: the memory in flight is a few chunks, not a few
# strips of the whole width (a 10980-pixel Float32 strip is 22 MB; three of them in flight plus their copies in GDAL's
# cache and compression queue made tophysical peak at ~160 MB above QGIS's own use, now ~60 MB, as fast; see bench/RESULTS.md).
CHUNK_TILES = 2
QUEUED_CHUNKS = 2
CREATION_OPTIONS = ("TILED=YES", f"BLOCKXSIZE={TILE}", f"BLOCKYSIZE={TILE}", "COMPRESS=DEFLATE", "ZLEVEL=1",
                    "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER")


class RasterError(PluginError):
    """A computation that cannot run or could not finish; the message is meant for the user."""


class CancelledError(RasterError, _Cancelled):
    """The user cancelled a write: nothing was written (a RasterError for the algorithms, a cancel for tasks)."""

    def __init__(self, detail: str = ""):
        PluginError.__init__(self, QT_TRANSLATE_NOOP("@default", "Cancelled: nothing was written."), detail)


def check_output(output: str | Path, inputs: Sequence[str | Path], overwrite: bool) -> Path:
    """Refuse, before any work, an output that is an input, exists (unless overwrite), or cannot be written."""
    output = Path(output)
    if output.suffix.lower() not in (".tif", ".tiff"):
        raise RasterError(QT_TRANSLATE_NOOP("@default", "The output must be a GeoTIFF (.tif), not '{name}'."), name=output.name)
    if output.exists():
        if any(_same_file(Path(source), output) for source in inputs):
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "The output '{path}' is an input file: choose another output file."), path=output)
        if not overwrite:
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "The output '{path}' already exists: choose another name, or tick 'Replace an existing output "
                            "file'."), path=output)
        if not os.access(output, os.W_OK):
            raise RasterError(QT_TRANSLATE_NOOP("@default", "The output '{path}' is read-only."), path=output)
    if not output.parent.is_dir():
        raise RasterError(QT_TRANSLATE_NOOP("@default", "The output folder '{path}' does not exist."), path=output.parent)
    if not os.access(output.parent, os.W_OK):
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "The output folder '{path}' cannot be written to: choose another output folder."), path=output.parent)
    return output


def open_raster(gdal, path: str | Path):
    """A GDAL dataset opened read-only (blocks of compressed files decoded on all cores), or a RasterError."""
    path = Path(path)
    dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_READONLY, open_options=["NUM_THREADS=ALL_CPUS"])
    if dataset is None:
        reason = gdal.GetLastErrorMsg()
        if not reason:
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{name}' cannot be read as a raster: unknown format"), name=path.name)
        raise RasterError(QT_TRANSLATE_NOOP("@default", "'{name}' cannot be read as a raster: {reason}"), name=path.name,
                          reason=reason)
    return dataset


def write_by_strips(
    gdal,
    output: Path,
    template,
    data_type: int,
    nodata: float | None,
    compute: Callable[[int, int], object],
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    metadata: dict[str, str] | None = None,
) -> Path:
    """Write `output` (one band, georeferenced like `template`) from compute(row, rows) for each strip of TILE rows.

    compute returns the strip's array, or a function part(column, columns) -> array of those columns of the strip (then
    only a chunk at a time is in memory). A reader thread computes the next chunks while this one is compressed and
    written (GDAL releases the GIL): on two cores this nearly halves the time. Each written chunk is flushed out of
    GDAL's block cache, so memory stays bounded whatever the raster's size. The file is written under a temporary name
    and renamed when complete.
    """
    width, height = template.RasterXSize, template.RasterYSize
    gdal.ErrorReset()
    temporary = output.with_name(f".{output.stem}.{uuid.uuid4().hex[:8]}.part.tif")
    try:
        target = gdal.GetDriverByName("GTiff").Create(str(temporary), width, height, 1, data_type, list(CREATION_OPTIONS))
    except RuntimeError:  # GDAL's exception mode is global: another plugin (or download_image) may have turned it on
        target = None
    if target is None:
        raise _write_failure(output, gdal.GetLastErrorMsg())
    strips: queue.Queue = queue.Queue(maxsize=QUEUED_CHUNKS)
    stop = threading.Event()
    reader = threading.Thread(target=_compute_strips, args=(gdal, width, height, compute, strips, stop), daemon=True)
    try:
        target.SetGeoTransform(template.GetGeoTransform())
        target.SetProjection(template.GetProjection())
        for key, value in (metadata or {}).items():
            target.SetMetadataItem(key, value)
        band = target.GetRasterBand(1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        reader.start()
        while (strip := strips.get()) is not None:
            if isinstance(strip, BaseException):
                raise strip
            if is_cancelled is not None and is_cancelled():
                raise CancelledError()
            row, column, values = strip
            if band.WriteArray(values, column, row) != 0:
                raise _write_failure(output, gdal.GetLastErrorMsg())
            band.FlushCache()  # the chunk's blocks are complete: compressed (on all cores) and written now
            if progress is not None:
                progress(100.0 * (row * width + (column + values.shape[1]) * len(values)) / (width * height))
        target.FlushCache()
        failed = gdal.GetLastErrorType() >= gdal.CE_Failure
        reason = gdal.GetLastErrorMsg()
        band = target = None  # closes the file
        if failed:
            raise _write_failure(output, reason)
        os.replace(temporary, output)
    except BaseException:
        band = target = None
        _remove_quietly(temporary)
        raise
    finally:
        stop.set()
        while reader.is_alive():  # unblock the reader if it waits on a full queue
            try:
                strips.get(timeout=0.05)
            except queue.Empty:
                pass
    return output


def _compute_strips(gdal, width: int, height: int, compute, strips: queue.Queue, stop: threading.Event) -> None:
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # per thread
    try:
        chunk = TILE * CHUNK_TILES
        for row in range(0, height, TILE):
            if stop.is_set():
                return
            strip = compute(row, min(TILE, height - row))
            for column in range(0, width, chunk):
                columns = min(chunk, width - column)
                values = strip(column, columns) if callable(strip) else strip[:, column:column + columns]
                strips.put((row, column, values))
                if stop.is_set():
                    return
        strips.put(None)
    except Exception as error:  # handed to the writer, which raises it in its own thread
        strips.put(error)
    finally:
        gdal.PopErrorHandler()


def read_strip(gdal, band, name: str, row: int, rows: int):
    """Rows of band 1 as an array; a damaged or truncated file gives a RasterError, not None."""
    values = band.ReadAsArray(0, row, band.XSize, rows)
    if values is None:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "'{name}' is damaged or truncated (from row {row}): {reason}"),
            name=name, row=row, reason=gdal.GetLastErrorMsg())
    band.FlushCache()  # the input strip leaves GDAL's block cache
    return values


# Less free space than this in the output folder after a failed write: the disk was full (GDAL's own message only
# says "Write error at scanline ...").
FULL_DISK_BYTES = 4 * 1024 * 1024


def _write_failure(output: Path, reason: str) -> RasterError:
    """The message of a failed write, in plain words when the cause can be told: a full disk, a file size limit."""
    import resource

    try:
        free = shutil.disk_usage(output.parent).free
    except OSError:
        free = None
    if free is not None and free < FULL_DISK_BYTES:
        return RasterError(QT_TRANSLATE_NOOP(
            "@default", "'{path}' cannot be written: the disk is full ({free} kB free in '{folder}'). Free some space or "
                        "choose another folder; nothing was written."), path=output, free=free // 1024, folder=output.parent)
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit != resource.RLIM_INFINITY:
        return RasterError(QT_TRANSLATE_NOOP(
            "@default", "'{path}' cannot be written: files are limited to {size} kB here (ulimit -f). Nothing was "
                        "written."), path=output, size=limit // 1024)
    return RasterError(QT_TRANSLATE_NOOP("@default", "'{path}' cannot be written: {reason}"), path=output, reason=reason)


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
