"""Writing a GeoTIFF chunk by chunk, safely: checks first, a temporary name beside the output, its own name at the end.

numpy and GDAL are imported by the callers' functions, never at QGIS start-up. Every GDAL call goes through the GDAL
guard (gdal_guard.py): its failures are messages for the user, in either of GDAL's error modes.
"""

from __future__ import annotations

import os
import queue
import shutil
import stat
import threading
import traceback
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from ..errors import CancelledError as _Cancelled
from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from .gdal_guard import closing_quietly, gdal_call, gdal_do, quiet_gdal

# Output GeoTIFF: tiles of 512 x 512, and strips of one tile row read, computed and written at a time.
TILE = 512
# Each strip is read, computed and written in chunks of CHUNK_TILES tiles (512 x 1024 pixels: 2 MB of Float32), and each
# chunk is flushed out of GDAL's cache as soon as it is written: the memory in flight is a few chunks, not a few strips
# of the whole width, whatever the data type (reading whole strips, an Int32 input 100,000 pixels wide made tophysical
# peak at 1.1 GB above its start; see bench/RESULTS.md).
CHUNK_TILES = 2
QUEUED_CHUNKS = 2
CREATION_OPTIONS = ("TILED=YES", f"BLOCKXSIZE={TILE}", f"BLOCKYSIZE={TILE}", "COMPRESS=DEFLATE", "ZLEVEL=1",
                    "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER")
_TILES = ("TILED=YES", f"BLOCKXSIZE={TILE}", f"BLOCKYSIZE={TILE}", "BIGTIFF=IF_SAFER")
# The output encodings tophysical offers (README: what each costs in time and size). LERC is lossy: its largest error
# is given per output (lerc_max_error). COG is written as DEFLATE tiles first, then copied by GDAL's COG driver (with
# overviews): it needs the room of both files while it runs.
ENCODINGS = {
    "DEFLATE": CREATION_OPTIONS,
    "ZSTD": (*_TILES, "COMPRESS=ZSTD", "ZSTD_LEVEL=1", "NUM_THREADS=ALL_CPUS"),
    "LERC": (*_TILES, "COMPRESS=LERC_DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS"),
    "NONE": _TILES,
    "COG": CREATION_OPTIONS,
}
# overviews by nearest neighbour: each value of an overview is a value of the product (and 1.3x faster than average)
COG_OPTIONS = ("COMPRESS=DEFLATE", "LEVEL=1", "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER", f"BLOCKSIZE={TILE}",
               "RESAMPLING=NEAREST")


def lerc_max_error(step: float) -> float:
    """LERC's largest error for values quantised in steps of `step`: below half a step, so that every value still
    rounds to its own digital number."""
    return 0.49 * abs(step)


def encoding_options(encoding: str, max_error: float | None = None) -> tuple[str, ...]:
    """The GTiff creation options of an encoding of ENCODINGS (LERC: `max_error`, see lerc_max_error)."""
    options = ENCODINGS[encoding]
    if encoding == "LERC":
        options = (*options, f"MAX_Z_ERROR={max_error if max_error is not None else 0}")
    return options


class RasterError(PluginError):
    """A computation that cannot run or could not finish; the message is meant for the user."""


class CancelledError(RasterError, _Cancelled):
    """The user cancelled a write: nothing was written (a RasterError for the algorithms, a cancel for tasks)."""

    def __init__(self, detail: str = ""):
        PluginError.__init__(self, QT_TRANSLATE_NOOP("@default", "Cancelled: nothing was written."), detail)


def check_output(output: str | Path, inputs: Sequence[str | Path], overwrite: bool) -> Path:
    """Refuse, before any work, an output that is an input, a folder, exists (unless overwrite), has a name the file
    system cannot hold, or cannot be written."""
    output = Path(output)
    if output.suffix.lower() not in (".tif", ".tiff"):
        raise RasterError(QT_TRANSLATE_NOOP("@default", "The output must be a GeoTIFF (.tif), not '{name}'."), name=output.name)
    if not output.parent.is_dir():
        hint = QT_TRANSLATE_NOOP("@default", "The output folder '{path}' does not exist.")
        if "\ufffd" in str(output.parent):  # QGIS read a name that is not UTF-8 and replaced its bytes
            hint = QT_TRANSLATE_NOOP("@default", "The output folder '{path}' does not exist: QGIS could not read its name "
                                                 "(it is not UTF-8). Rename the folder, or choose another one.")
        raise RasterError(hint, path=output.parent)
    longest = _longest_name(output.parent)
    if len(os.fsencode(output.name)) > longest:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "The output file name is {length} bytes long; this folder takes names of at most {longest} bytes: "
                        "choose a shorter name."), length=len(os.fsencode(output.name)), longest=longest)
    if output.is_dir():
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "The output '{path}' is a folder: give the name of a file in it."), path=output)
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
    if not os.access(output.parent, os.W_OK):
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "The output folder '{path}' cannot be written to: choose another output folder."), path=output.parent)
    return output


NOT_A_REGULAR_FILE = QT_TRANSLATE_NOOP("@default", "'{name}' is not a regular file (a pipe, a device or a socket): "
                                                   "reading it could wait for ever. Choose an image file.")


def refuse_special_file(path: Path, error: type[PluginError]) -> None:
    """Raise `error` when `path` is there but is neither a file nor a folder: a FIFO makes GDAL (and QGIS with it)
    wait for a writer that never comes, a device reads without end. One stat (a time series makes two a date)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # not there, or not reachable: whoever opens it says so
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise error(NOT_A_REGULAR_FILE, name=Path(path).name)


def open_raster(gdal, path: str | Path):
    """A GDAL dataset opened read-only (blocks of compressed files decoded on all cores), or a RasterError."""
    path = Path(path)
    refuse_special_file(path, RasterError)
    return gdal_call(RasterError(QT_TRANSLATE_NOOP(
        "@default", "'{name}' cannot be read as a raster: it is damaged, truncated or not an image."), name=path.name),
        gdal.OpenEx, str(path), gdal.OF_RASTER | gdal.OF_READONLY, open_options=["NUM_THREADS=ALL_CPUS"])


@contextmanager
def new_geotiff(gdal, output: Path, width: int, height: int, bands: int, data_type: int, overwrite: bool = False,
                options: Sequence[str] = CREATION_OPTIONS) -> Iterator[tuple[object, Callable[[], RasterError]]]:
    """A new GeoTIFF for `output`, written under a temporary name beside it, and the error of a failed write to pass to
    the GDAL guard. When the block ends, the file is completed and given its own name at once (an existing file is only
    replaced when `overwrite` is true); when it raises, the temporary file is removed and nothing else is touched.
    The block must drop its references to the dataset and its bands before it ends (set them to None in a finally):
    an error's traceback keeps the block's variables, and with them the file, open."""
    failed = partial(_write_failure, output)  # made after a failure: it looks at the disk then
    temporary = output.with_name(f".terrascope_s2.{uuid.uuid4().hex[:12]}.part.tif")  # short: any legal output name fits
    try:
        with quiet_gdal():
            target = gdal_call(failed, gdal.GetDriverByName("GTiff").Create, str(temporary), width, height, bands,
                               data_type, list(options))
            yield target, failed
            gdal_do(failed, target.FlushCache)
            if hasattr(target, "Close"):  # GDAL 3.8 and later: the file's last bytes, with their error
                gdal_do(failed, target.Close)
            with closing_quietly():
                target = None  # closes the file; before GDAL 3.8 a failure here is only seen in the file:
            gdal_call(failed, gdal.Open, str(temporary))  # a file whose last write failed cannot be opened
        publish(temporary, output, overwrite)
    except BaseException as error:
        # the finished frames of the error's traceback still hold the file's bands (a guarded call's arguments): the
        # file closes, and its space on a full disk is freed, only when they let go
        traceback.clear_frames(error.__traceback__)
        with closing_quietly():  # its unwritten blocks fail again: that failure is the one being reported
            target = None
        _remove_quietly(temporary)
        raise


def write_by_strips(
    gdal,
    output: Path,
    template,
    data_type: int,
    nodata: float | None,
    compute: Callable[[int, int, int, int], object],
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    metadata: dict[str, str] | None = None,
    overwrite: bool = False,
    bands: int = 1,
    band_names: Sequence[tuple[str, str]] = (),
    options: Sequence[str] = CREATION_OPTIONS,
    cog: bool = False,
) -> Path:
    """Write `output` (`bands` bands, georeferenced like `template`) from compute(row, rows, column, columns), the values
    of that window: an array of rows x columns, or bands x rows x columns. `band_names`: (description, unit) of each band.

    Windows are strips of TILE rows cut in chunks of CHUNK_TILES tiles, so that only a few chunks are in memory,
    whatever the raster's size and type. A reader thread computes the next chunks while this one is compressed and
    written (GDAL releases the GIL): on two cores this nearly halves the time. See new_geotiff for the file's name.
    `options`: the GTiff creation options; `cog`: the file is then copied as a Cloud-optimised GeoTIFF (COG_OPTIONS).
    """
    if cog:
        def strips_progress(percent: float) -> None:
            if progress is not None:
                progress(0.8 * percent)  # the COG copy takes about a fifth of the time

        return _as_cog(gdal, output, overwrite, progress, is_cancelled, lambda strips: write_by_strips(
            gdal, strips, template, data_type, nodata, compute, strips_progress, is_cancelled, metadata, overwrite=True,
            bands=bands, band_names=band_names, options=options))
    width, height = template.RasterXSize, template.RasterYSize
    chunks: queue.Queue = queue.Queue(maxsize=QUEUED_CHUNKS)
    stop = threading.Event()
    reader = threading.Thread(target=_compute_chunks, args=(width, height, compute, chunks, stop), daemon=True)
    try:
        with new_geotiff(gdal, output, width, height, bands, data_type, overwrite, options) as (target, failed):
            gdal_do(failed, target.SetGeoTransform, template.GetGeoTransform())
            gdal_do(failed, target.SetProjection, template.GetProjection())
            for key, value in (metadata or {}).items():
                gdal_do(failed, target.SetMetadataItem, key, value)
            targets = [target.GetRasterBand(number + 1) for number in range(bands)]
            try:
                if nodata is not None:
                    for band in targets:
                        gdal_do(failed, band.SetNoDataValue, nodata)
                for band, (description, unit) in zip(targets, band_names):
                    band.SetDescription(description)
                    gdal_do(failed, band.SetUnitType, unit)
                reader.start()
                while (chunk := chunks.get()) is not None:
                    if isinstance(chunk, BaseException):
                        raise chunk
                    if is_cancelled is not None and is_cancelled():
                        raise CancelledError()
                    row, column, values = chunk
                    planes = values if values.ndim == 3 else values[None]
                    for band, plane in zip(targets, planes):
                        gdal_do(failed, band.WriteArray, plane, column, row)
                        gdal_do(failed, band.FlushCache)  # the chunk's blocks are complete: compressed and written now
                    if progress is not None:
                        progress(100.0 * (row * width + (column + planes.shape[2]) * planes.shape[1]) / (width * height))
            finally:
                # the file closes (and is removed after an error, on Windows too) only when nothing here holds it: this
                # frame stays alive in the error's traceback
                targets = band = target = None
    finally:
        stop.set()
        while reader.is_alive():  # unblock the reader if it waits on a full queue
            try:
                chunks.get(timeout=0.05)
            except queue.Empty:
                pass
    return output


def _as_cog(gdal, output: Path, overwrite: bool, progress: Callable[[float], None] | None,
            is_cancelled: Callable[[], bool] | None, write: Callable[[Path], Path]) -> Path:
    """`output` as a COG: write(strips) writes a tiled GeoTIFF beside it, GDAL's COG driver copies it (with overviews)
    under a temporary name, which takes the output's name; the tiled file is removed whatever happens."""
    strips = output.with_name(f".terrascope_s2.{uuid.uuid4().hex[:12]}.strips.tif")
    try:
        write(strips)
        failed = partial(_write_failure, output)
        temporary = output.with_name(f".terrascope_s2.{uuid.uuid4().hex[:12]}.part.tif")
        def copied(fraction, _message, _data) -> int:  # GDAL's progress callback: 0 stops the copy
            if progress is not None:
                progress(80.0 + 20.0 * fraction)
            return 0 if is_cancelled is not None and is_cancelled() else 1

        try:
            with quiet_gdal():
                try:
                    copy = gdal_call(failed, gdal.Translate, str(temporary), str(strips), format="COG",
                                     creationOptions=list(COG_OPTIONS), callback=copied)
                except RasterError:
                    if is_cancelled is not None and is_cancelled():
                        raise CancelledError() from None
                    raise
                with closing_quietly():
                    del copy  # closed: the file is complete
                gdal_call(failed, gdal.Open, str(temporary))
            publish(temporary, output, overwrite)
        except BaseException as error:
            traceback.clear_frames(error.__traceback__)
            _remove_quietly(temporary)
            raise
    finally:
        _remove_quietly(strips)
    return output


def publish(temporary: Path, output: Path, overwrite: bool) -> None:
    """Give a finished file its own name at once. Without `overwrite`, a file that appeared under that name since the
    checks (another run writing the same output) is kept, and this one refused: never a check-then-replace."""
    if overwrite:
        os.replace(temporary, output)
        return
    try:
        os.link(temporary, output)  # fails when the name exists, with no moment between looking and taking it
    except FileExistsError:
        raise RasterError(_APPEARED, path=output) from None
    except OSError:  # a file system without hard links (FAT, some network shares)
        if output.exists():
            raise RasterError(_APPEARED, path=output) from None
        os.rename(temporary, output)  # (on Windows, rename refuses an existing name by itself)
        return
    temporary.unlink()


_APPEARED = QT_TRANSLATE_NOOP("@default", "The output '{path}' was created by another program while this one ran: it is "
                                          "kept as it is. Choose another name, or tick 'Replace an existing output file'.")


def _compute_chunks(width: int, height: int, compute, chunks: queue.Queue, stop: threading.Event) -> None:
    try:
        with quiet_gdal():  # per thread
            step = TILE * CHUNK_TILES
            for row in range(0, height, TILE):
                for column in range(0, width, step):
                    if stop.is_set():
                        return
                    chunks.put((row, column, compute(row, min(TILE, height - row), column, min(step, width - column))))
        chunks.put(None)
    except Exception as error:  # handed to the writer, which raises it in its own thread
        chunks.put(error)


def read_window(band, name: str, row: int, rows: int, column: int = 0, columns: int | None = None):
    """A window of a band as an array; a damaged or truncated file gives a RasterError, not None nor a RuntimeError.

    The blocks read leave GDAL's cache: at once for a tiled file, at the end of the strip for a striped one (its blocks
    are whole rows, read again by every chunk otherwise)."""
    columns = band.XSize - column if columns is None else columns
    values = gdal_call(RasterError(QT_TRANSLATE_NOOP("@default", "'{name}' is damaged or truncated (from row {row}):"),
                                   name=name, row=row), band.ReadAsArray, column, row, columns, rows)
    if column + columns >= band.XSize or band.GetBlockSize()[0] < band.XSize:
        band.FlushCache()
    return values


# Less free space than this in the output folder after a failed write: the disk was full (GDAL's own message only
# says "Write error at scanline ...").
FULL_DISK_BYTES = 4 * 1024 * 1024


def _write_failure(output: Path) -> RasterError:
    """The error of a failed write, in plain words when the cause can be told: a full disk, a file size limit."""
    try:
        free = shutil.disk_usage(output.parent).free
    except OSError:
        free = None
    if free is not None and free < FULL_DISK_BYTES:
        return RasterError(QT_TRANSLATE_NOOP(
            "@default", "'{path}' cannot be written: the disk is full ({free} kB free in '{folder}'). Free some space or "
                        "choose another folder; nothing was written."), path=output, free=free // 1024, folder=output.parent)
    limit = _file_size_limit()
    if limit is not None:
        return RasterError(QT_TRANSLATE_NOOP(
            "@default", "'{path}' cannot be written: files are limited to {size} kB here (ulimit -f). Nothing was "
                        "written."), path=output, size=limit // 1024)
    return RasterError(QT_TRANSLATE_NOOP("@default", "'{path}' cannot be written:"), path=output)


def _file_size_limit() -> int | None:
    """The process's file size limit in bytes (ulimit -f), None when there is none or the system has no such thing."""
    try:
        import resource  # Unix only
    except ImportError:  # Windows
        return None
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if limit == resource.RLIM_INFINITY else limit


def _longest_name(folder: Path) -> int:
    """The longest file name (in bytes) the folder's file system takes."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # Windows has no pathconf; NTFS takes 255 characters
        return 255


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
