"""GDAL used safely by the plugin: nothing written beside the files it opens (no .aux.xml sidecars)."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def no_gdal_sidecars():
    """GDAL writes no .aux.xml beside the files opened meanwhile in this thread.

    QGIS's default raster style computes statistics and GDAL saves them beside the file: never beside a user's
    product (the archive is read-only; a user's folder should not fill with them). Thread-local: safe in tasks.
    """
    from osgeo import gdal

    before = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", before)
