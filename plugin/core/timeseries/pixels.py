"""Which pixels of a product's grid a point or field covers: the window around it and the mask of its pixels.

A polygon covers the pixels whose centres fall inside it, a point the pixel it falls in: GDAL's rasterisation (without
ALL_TOUCHED) on the product's grid, over the window that holds the field only. The window may reach past the raster's
edge; those pixels belong to the field but have no value. numpy and GDAL are imported inside the functions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..errors import PluginError
from ..raster.gdal_guard import gdal_call, gdal_do, gdal_try
from ..text import QT_TRANSLATE_NOOP
from .model import Field


@dataclass(frozen=True)
class Grid:
    """A raster's grid: north-up geotransform, size and CRS (as WKT)."""

    geotransform: tuple[float, float, float, float, float, float]
    width: int
    height: int
    crs_wkt: str

    @classmethod
    def of(cls, dataset) -> Grid:
        return cls(tuple(dataset.GetGeoTransform()), dataset.RasterXSize, dataset.RasterYSize, dataset.GetProjection())

    @property
    def north_up(self) -> bool:
        return self.geotransform[2] == 0 and self.geotransform[4] == 0

    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax)"""
        x0, px, _, y0, _, py = self.geotransform
        xs, ys = (x0, x0 + px * self.width), (y0, y0 + py * self.height)
        return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class Window:
    """Columns and rows of a grid, as GDAL reads them; may start before 0 or end past the raster's edge."""

    col: int
    row: int
    cols: int
    rows: int

    def padded(self, pixels: int) -> Window:
        return Window(self.col - pixels, self.row - pixels, self.cols + 2 * pixels, self.rows + 2 * pixels)

    def within(self, width: int, height: int) -> Window | None:
        """The part of this window inside a width x height raster (None: nothing)."""
        col, row = max(self.col, 0), max(self.row, 0)
        end_col, end_row = min(self.col + self.cols, width), min(self.row + self.rows, height)
        if end_col <= col or end_row <= row:
            return None
        return Window(col, row, end_col - col, end_row - row)


@dataclass(frozen=True)
class FieldPixels:
    """A field on one grid: its window and, over the window, True for the field's pixels."""

    window: Window
    mask: object  # numpy bool array (rows, cols)
    total: int  # the field's pixels, inside the raster or not
    inside: Window | None  # the part of the window inside the raster


class FieldGeometry:
    """A field's geometry, transformed once into each CRS it meets (products of several UTM zones)."""

    def __init__(self, field: Field):
        from osgeo import ogr, osr

        self.field = field
        source = osr.SpatialReference()
        gdal_do(PluginError(QT_TRANSLATE_NOOP("@default", "Feature {id} has an unknown CRS."), id=field.id),
                source.SetFromUserInput, field.crs)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        geometry = gdal_try(ogr.CreateGeometryFromWkb, bytes(field.wkb)) if field.wkb else None
        if geometry is None or geometry.IsEmpty():
            raise PluginError(QT_TRANSLATE_NOOP("@default", "Feature {id} has no geometry."), id=field.id)
        geometry.AssignSpatialReference(source)
        self._source = source
        self._geometry = geometry
        self._in_crs: dict[str, object] = {}

    def in_crs(self, crs_wkt: str):
        """The geometry in a grid's CRS (an OGR geometry), or a PluginError if it cannot be transformed."""
        if crs_wkt not in self._in_crs:
            from osgeo import osr

            target = osr.SpatialReference()
            geometry = self._geometry.Clone() if gdal_try(target.ImportFromWkt, crs_wkt) == 0 else None
            if geometry is not None:
                target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            if geometry is not None and not self._source.IsSame(target):
                transform = gdal_try(osr.CreateCoordinateTransformation, self._source, target)
                if transform is None or gdal_try(geometry.Transform, transform) != 0:
                    geometry = None
            self._in_crs[crs_wkt] = geometry
        geometry = self._in_crs[crs_wkt]
        if geometry is None:
            raise PluginError(QT_TRANSLATE_NOOP("@default", "Feature {id} cannot be transformed to the products' CRS."),
                              id=self.field.id)
        return geometry


def field_pixels(geometry, grid: Grid) -> FieldPixels | None:
    """The field's pixels on `grid` (None: its envelope misses the raster). `geometry` is in the grid's CRS."""
    import numpy as np
    from osgeo import gdal, ogr

    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    gxmin, gymin, gxmax, gymax = grid.bounds()
    if xmin > gxmax or xmax < gxmin or ymin > gymax or ymax < gymin:
        return None
    x0, px, _, y0, _, py = grid.geotransform
    columns = sorted(((xmin - x0) / px, (xmax - x0) / px))
    rows = sorted(((ymin - y0) / py, (ymax - y0) / py))
    col, row = math.floor(columns[0]), math.floor(rows[0])
    window = Window(col, row, max(math.ceil(columns[1]), col + 1) - col, max(math.ceil(rows[1]), row + 1) - row)

    cannot = PluginError(QT_TRANSLATE_NOOP("@default", "The field's pixels cannot be found on the product's grid:"))
    target = gdal_call(cannot, gdal.GetDriverByName("MEM").Create, "", window.cols, window.rows, 1, gdal.GDT_Byte)
    gdal_do(cannot, target.SetGeoTransform, (x0 + window.col * px, px, 0.0, y0 + window.row * py, 0.0, py))
    gdal_do(cannot, target.SetProjection, grid.crs_wkt)
    source = gdal_call(cannot, ogr.GetDriverByName("Memory").CreateDataSource, "")
    layer = gdal_call(cannot, source.CreateLayer, "field", geometry.GetSpatialReference(), geometry.GetGeometryType())
    feature = ogr.Feature(layer.GetLayerDefn())
    gdal_do(cannot, feature.SetGeometry, geometry)
    gdal_do(cannot, layer.CreateFeature, feature)
    gdal_do(cannot, gdal.RasterizeLayer, target, [1], layer, burn_values=[1])
    mask = gdal_call(cannot, target.GetRasterBand(1).ReadAsArray).astype(bool)
    mask.flags.writeable = False  # shared by every date of the grid
    return FieldPixels(window, mask, int(np.count_nonzero(mask)), window.within(grid.width, grid.height))
