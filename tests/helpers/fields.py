"""Small synthetic products written with GDAL (names as VITO writes them), and fields made with OGR."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

CORNER = (600000.0, 5700000.0)  # the upper-left corner of tile 31UFS, EPSG:32631


def product_name(day: int, content: str, resolution: int = 10, tile: str = "31UFS") -> str:
    return f"S2A_{datetime(2017, 6, day):%Y%m%d}T104021Z_{tile}_{content}_{resolution}M_V101.tif"


def write(path: Path, values: np.ndarray, pixel: float = 10.0, origin=CORNER, epsg: int = 32631, nodata=None,
          options=()) -> Path:
    from osgeo import gdal_array

    path.parent.mkdir(parents=True, exist_ok=True)
    kind = gdal_array.NumericTypeCodeToGDALTypeCode(values.dtype)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, kind, list(options))
    dataset.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        dataset.GetRasterBand(1).SetNoDataValue(nodata)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    return path


def write_pair(folder: Path, day: int, fapar: np.ndarray, classes: np.ndarray | None = None, **where) -> Path:
    """A FAPAR product and (when given) its 10 m classification, same grid."""
    path = write(folder / product_name(day, "FAPAR"), fapar, **where)
    if classes is not None:
        write(folder / product_name(day, "SCENECLASSIFICATION"), classes, **where)
    return path


def utm_wkt(epsg: int = 32631) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def field(id_, wkt: str, epsg: int = 32631, label: str = ""):
    from terrascope_s2.plugin.core.timeseries.model import Field

    return Field(id_, bytes(ogr.CreateGeometryFromWkt(wkt).ExportToWkb()), f"EPSG:{epsg}", label)


def box(xmin: float, ymin: float, xmax: float, ymax: float) -> str:
    return f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"


def pixels_box(col: int, row: int, cols: int, rows: int, origin=CORNER, pixel: float = 10.0) -> str:
    """A polygon whose inside holds exactly these pixels' centres (its edges run a quarter pixel outside them)."""
    x0, y0 = origin
    return box(x0 + (col - 0.25) * pixel, y0 - (row + rows + 0.25) * pixel, x0 + (col + cols + 0.25) * pixel,
               y0 - (row - 0.25) * pixel)
