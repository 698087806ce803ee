"""GDAL used safely by the plugin: its failures become the plugin's messages in either error mode, and nothing is
written beside the files it opens (no .aux.xml sidecars).

GDAL's Python bindings report a failure in one of two ways, chosen for the whole process: a None result or an error
code (the default), or a RuntimeError once anyone called gdal.UseExceptions() (QGIS's own Processing does, from 3.38).
That mode belongs to QGIS and every other plugin: the plugin never changes it. Every GDAL call of the plugin that can
fail goes through gdal_call() or gdal_do(), which tell a failure the same way in both modes and raise the caller's
PluginError with GDAL's own words as its detail:

    dataset = gdal_call(RasterError(CANNOT_READ, name=path.name), gdal.OpenEx, str(path), gdal.OF_RASTER)
    gdal_do(partial(write_failure, output), band.WriteArray, values, column, row)

The error is given ready made, or as a function that makes it once the call failed (a full disk is told by looking at
the disk after the failure).

Calls that cannot fail (reading a size, a no-data value, metadata) are made directly. Run the calls inside
`with quiet_gdal():` so that GDAL prints nothing of its own in this thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, Union

from ..errors import PluginError

T = TypeVar("T")
Failure = Union[PluginError, Callable[[], PluginError]]
NO_REASON = "GDAL gave no reason"


@contextmanager
def thread_local_option(name: str, value: str) -> Iterator[None]:
    """GDAL's configuration option `name` set to `value` in this thread meanwhile, then given back as it was."""
    from osgeo import gdal

    before = gdal.GetThreadLocalConfigOption(name, None)
    gdal.SetThreadLocalConfigOption(name, value)
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption(name, before)


@contextmanager
def no_gdal_sidecars() -> Iterator[None]:
    """GDAL writes no .aux.xml beside the files opened meanwhile in this thread.

    QGIS's default raster style computes statistics and GDAL saves them beside the file: never beside a user's
    product (the archive is read-only; a user's folder should not fill with them). Thread-local: safe in tasks.
    GDAL decides when a file is opened, so a file opened here stays without sidecar until it is closed.
    """
    with thread_local_option("GDAL_PAM_ENABLED", "NO"):
        yield


@contextmanager
def without_georeferencing() -> Iterator[None]:
    """Datasets opened meanwhile in this thread read no georeferencing (GDAL_GEOREF_SOURCES=NONE): for a look at a
    file's structure only. GDAL then neither lists the file's folder for world files nor builds its SRS from the
    GeoTIFF keys (0.3 to 1.5 ms a file, paid again when QGIS opens it). Thread-local; GDAL decides when a dataset
    loads its georeferencing, so a dataset opened here keeps none until it is closed."""
    with thread_local_option("GDAL_GEOREF_SOURCES", "NONE"):
        yield


@contextmanager
def without_folder_listing() -> Iterator[None]:
    """Datasets opened meanwhile in this thread do not list their file's folder (GDAL_DISABLE_READDIR_ON_OPEN=YES):
    GDAL looks for each sidecar it may use (.ovr, .msk, world file) by name instead. Listing a folder of 500 files
    took 0.3 ms an open, paid again for every file of the folder opened. Thread-local; a dataset opened here looks
    for its sidecars by name until it is closed."""
    with thread_local_option("GDAL_DISABLE_READDIR_ON_OPEN", "YES"):
        yield


@contextmanager
def quiet_gdal() -> Iterator[None]:
    """In this thread: GDAL prints none of its messages (gdal_call turns them into the plugin's), writes no sidecar."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with no_gdal_sidecars():
            yield
    finally:
        gdal.PopErrorHandler()


@contextmanager
def closing_quietly() -> Iterator[None]:
    """Around the statement that drops a dataset's last reference: a close that fails (a full disk) raises nothing.

    Before GDAL 3.8 a dataset has no Close(): it is closed when Python deletes it, and with exceptions on its error
    is raised inside the deletion, where no code can catch it: Python prints it as "Exception ignored in
    delete_Dataset" with a traceback. Only that error is kept from being printed; the caller sees the failure by
    other means (the write that failed before, or the file that cannot be opened after)."""
    previous = sys.unraisablehook

    def hook(unraisable):
        if not (isinstance(unraisable.exc_value, RuntimeError) and "delete_Dataset" in repr(unraisable.object)):
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous


def gdal_call(failure: Failure, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """What function(*args, **kwargs) gives: a dataset, an array, a transformation... When it fails (a RuntimeError,
    an error GDAL reports, or no result), `failure` is raised with GDAL's reason as its detail."""
    result = _run(failure, function, args, kwargs)
    if result is None:
        raise _because(failure, "")
    return result


def gdal_do(failure: Failure, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """The same for a call that gives nothing to keep (WriteArray, FlushCache, SetProjection, Unlink): an error code
    other than 0 is a failure too (FlushCache gives None on GDAL 3.6, 0 later)."""
    result = _run(failure, function, args, kwargs)
    if isinstance(result, int) and not isinstance(result, bool) and result != 0:
        raise _because(failure, "")


def gdal_try(function: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """What function(*args, **kwargs) gives, or None when it fails: for the checks that only need to know."""
    from osgeo import gdal

    gdal.ErrorReset()
    try:
        result = function(*args, **kwargs)
    except RuntimeError:
        return None
    return None if gdal.GetLastErrorType() >= gdal.CE_Failure else result


def _run(failure: Failure, function: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    from osgeo import gdal

    gdal.ErrorReset()
    try:
        result = function(*args, **kwargs)
    except RuntimeError as error:  # exceptions on: GDAL raised its own error
        raise _because(failure, str(error)) from None
    if gdal.GetLastErrorType() >= gdal.CE_Failure:  # exceptions off: the same error, reported instead of raised
        raise _because(failure, gdal.GetLastErrorMsg())
    return result


def _because(failure: Failure, reason: str) -> PluginError:
    if not isinstance(failure, PluginError):
        failure = failure()
    if not reason:
        from osgeo import gdal

        reason = gdal.GetLastErrorMsg()
    failure.detail = (reason or NO_REASON).strip()[:600]
    failure.args = (failure.english(),)
    return failure
