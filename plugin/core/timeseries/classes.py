"""The scene classes over a window of the product's grid, and the pixels they keep, the masked classes widened.

Nearest neighbour by pixel centres: each product pixel takes the class of the classification pixel its centre falls in
(what GDAL's 'near' resampling does), computed from both geotransforms, so a 20 m classification whose grid is offset
from the 10 m product's (as VITO's are, by 10 m) is read right, and only the few classification pixels under the window
are read. Widening by N pixels masks every pixel within N pixels (rows and columns) of a masked class: yatt's
convolution mask with a (2N+1)-pixel window and a threshold of zero. numpy is imported inside the functions.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import PluginError
from ..raster.gdal_guard import gdal_call, gdal_try
from ..text import QT_TRANSLATE_NOOP
from .pixels import Grid, Window

OUTSIDE = 255  # a pixel beyond the classification's edge: no class, so masked (never a source of widening)


class ClassificationGrid:
    """A scene classification read onto a product's grid; a PluginError if the two grids cannot be matched."""

    def __init__(self, dataset, grid: Grid, product: Grid, name: str):
        if not (grid.north_up and product.north_up):
            raise PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' or its product is rotated: its classes cannot be "
                                                            "matched to the product's pixels."), name=name)
        if not same_crs(grid.crs_wkt, product.crs_wkt):
            raise PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' is not in the product's CRS (was the product "
                                                            "reprojected?): its classes cannot be matched to the "
                                                            "product's pixels."), name=name)
        self.dataset, self.band = dataset, dataset.GetRasterBand(1)  # the band lives as long as its dataset
        self.grid, self.product, self.name = grid, product, name

    def classes(self, window: Window):
        """The class of each pixel of `window` (on the product's grid); OUTSIDE beyond the classification's edge."""
        import numpy as np

        plan = _sampling(self.grid, self.product, window)
        if plan is None:
            return np.full((window.rows, window.cols), OUTSIDE, dtype=np.uint8)
        needed, rows, columns, (first_row, end_row), (first_column, end_column) = plan
        block = read_window(self.band, needed, self.name)
        if rows is not None:  # other pixel sizes or an offset: each product pixel's own classification pixel
            block = block.take(rows, axis=0).take(columns, axis=1)
        if block.shape == (window.rows, window.cols):
            return block
        found = np.full((window.rows, window.cols), OUTSIDE, dtype=np.uint8)
        found[first_row:end_row, first_column:end_column] = block
        return found


@lru_cache(maxsize=4096)
def same_crs(wkt: str, other: str) -> bool:
    """Whether two WKT name the same CRS (a WKT GDAL cannot read names none)."""
    from osgeo import osr

    if wkt == other:
        return True
    own, theirs = osr.SpatialReference(), osr.SpatialReference()
    if gdal_try(own.ImportFromWkt, wkt) != 0 or gdal_try(theirs.ImportFromWkt, other) != 0:
        return False
    return bool(own.IsSame(theirs))


@lru_cache(maxsize=4096)
def _sampling(grid: Grid, product: Grid, window: Window):
    """How to read `window` of the product's grid from the classification (the same for every date of a tile): the
    classification's window to read, the rows and columns of it each product pixel takes (None: the window as it is),
    and the part of the product's window they fill. None when the classification has no pixel there."""
    import numpy as np

    x0, px, _, y0, _, py = product.geotransform
    sx0, spx, _, sy0, _, spy = grid.geotransform
    columns = np.floor((x0 + (np.arange(window.col, window.col + window.cols) + 0.5) * px - sx0) / spx).astype(int)
    rows = np.floor((y0 + (np.arange(window.row, window.row + window.rows) + 0.5) * py - sy0) / spy).astype(int)
    needed = Window(int(columns.min()), int(rows.min()), int(columns.max() - columns.min()) + 1,
                    int(rows.max() - rows.min()) + 1).within(grid.width, grid.height)
    if needed is None:
        return None
    inside_rows = np.flatnonzero((rows >= needed.row) & (rows < needed.row + needed.rows))
    inside_columns = np.flatnonzero((columns >= needed.col) & (columns < needed.col + needed.cols))
    rows = rows[inside_rows] - needed.row
    columns = columns[inside_columns] - needed.col
    if np.array_equal(rows, np.arange(needed.rows)) and np.array_equal(columns, np.arange(needed.cols)):
        rows = columns = None  # the same pixels: read as they are
    return (needed, rows, columns, (int(inside_rows[0]), int(inside_rows[-1]) + 1),
            (int(inside_columns[0]), int(inside_columns[-1]) + 1))


def kept_pixels(classification: ClassificationGrid, window: Window, keep: frozenset[int], widen: int = 0):
    """True where the class is kept and no masked class lies within `widen` pixels (rows and columns)."""
    if widen <= 0:
        return _kept_table(keep)[classification.classes(window)]
    classes = classification.classes(window.padded(widen))
    kept = _kept_table(keep)[classes[widen:widen + window.rows, widen:widen + window.cols]]
    masked = _masked_table(keep)[classes]  # (beyond the classification's edge is no class: never a source)
    if masked.any() and kept.any():  # else nothing to widen, or nothing left to mask
        kept &= ~dilate(masked, widen)
    return kept


@lru_cache(maxsize=64)
def _kept_table(keep: frozenset[int]):
    import numpy as np

    table = np.zeros(256, dtype=bool)
    table[sorted(k for k in keep if 0 <= k < 256)] = True
    table.flags.writeable = False  # shared by every call
    return table


@lru_cache(maxsize=64)
def _masked_table(keep: frozenset[int]):
    table = ~_kept_table(keep)
    table[OUTSIDE] = False
    table.flags.writeable = False
    return table


def dilate(mask, pixels: int):
    """Where a square of 2 * pixels + 1 around each pixel holds a True of `mask`, for the pixels at least `pixels` from
    its edges (a mask `pixels` smaller on each side): ORs of shifted slices, rows then columns."""
    rows, cols = mask.shape[0] - 2 * pixels, mask.shape[1] - 2 * pixels
    down = mask[:rows].copy()
    for shift in range(1, 2 * pixels + 1):
        down |= mask[shift:shift + rows]
    grown = down[:, :cols].copy()
    for shift in range(1, 2 * pixels + 1):
        grown |= down[:, shift:shift + cols]
    return grown


def read_window(band, window: Window, name: str):
    """A window of a band (inside the raster) as an array; a damaged file gives a PluginError (in either GDAL error
    mode: the GDAL guard)."""
    return gdal_call(lambda: PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' cannot be read (damaged or "
                                                                       "truncated?)."), name=name),
                     band.ReadAsArray, window.col, window.row, window.cols, window.rows)
