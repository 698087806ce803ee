"""The scene classes over a window of the product's grid, and the pixels they keep, the masked classes widened.

Nearest neighbour by pixel centres: each product pixel takes the class of the classification pixel its centre falls in
(what GDAL's 'near' resampling does), computed from both geotransforms, so a 20 m classification whose grid is offset
from the 10 m product's (as VITO's are, by 10 m) is read right, and only the few classification pixels under the window
are read. Widening by N pixels masks every pixel within N pixels (rows and columns) of a masked class: yatt's
convolution mask with a (2N+1)-pixel window and a threshold of zero. numpy is imported inside the functions.
"""

from __future__ import annotations

from ..errors import PluginError
from ..raster.gdal_guard import gdal_call, gdal_do
from ..text import QT_TRANSLATE_NOOP
from .pixels import Grid, Window

OUTSIDE = 255  # a pixel beyond the classification's edge: no class, so masked (never a source of widening)


class ClassificationGrid:
    """A scene classification read onto a product's grid; a PluginError if the two grids cannot be matched."""

    def __init__(self, dataset, product: Grid, name: str):
        from osgeo import osr

        grid = Grid.of(dataset)
        if not (grid.north_up and product.north_up):
            raise PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' or its product is rotated: its classes cannot be "
                                                            "matched to the product's pixels."), name=name)
        own, theirs = osr.SpatialReference(), osr.SpatialReference()
        unknown = PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' is not in the product's CRS (was the product "
                                                            "reprojected?): its classes cannot be matched to the "
                                                            "product's pixels."), name=name)
        gdal_do(unknown, own.ImportFromWkt, grid.crs_wkt)
        gdal_do(unknown, theirs.ImportFromWkt, product.crs_wkt)
        if not own.IsSame(theirs):
            raise PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' is not in the product's CRS (was the product "
                                                            "reprojected?): its classes cannot be matched to the "
                                                            "product's pixels."), name=name)
        self.dataset, self.band = dataset, dataset.GetRasterBand(1)  # the band lives as long as its dataset
        self.grid, self.product, self.name = grid, product, name

    def classes(self, window: Window):
        """The class of each pixel of `window` (on the product's grid); OUTSIDE beyond the classification's edge."""
        import numpy as np

        x0, px, _, y0, _, py = self.product.geotransform
        sx0, spx, _, sy0, _, spy = self.grid.geotransform
        columns = np.floor((x0 + (np.arange(window.col, window.col + window.cols) + 0.5) * px - sx0) / spx).astype(int)
        rows = np.floor((y0 + (np.arange(window.row, window.row + window.rows) + 0.5) * py - sy0) / spy).astype(int)
        found = np.full((window.rows, window.cols), OUTSIDE, dtype=np.uint8)
        needed = Window(int(columns.min()), int(rows.min()), int(columns.max() - columns.min()) + 1,
                        int(rows.max() - rows.min()) + 1).within(self.grid.width, self.grid.height)
        if needed is None:
            return found
        block = read_window(self.band, needed, self.name)
        inside_columns = (columns >= needed.col) & (columns < needed.col + needed.cols)
        inside_rows = (rows >= needed.row) & (rows < needed.row + needed.rows)
        found[np.ix_(inside_rows, inside_columns)] = block[np.ix_(rows[inside_rows] - needed.row,
                                                                  columns[inside_columns] - needed.col)]
        return found


def kept_pixels(classification: ClassificationGrid, window: Window, keep: frozenset[int], widen: int = 0):
    """True where the class is kept and no masked class lies within `widen` pixels (rows and columns)."""
    import numpy as np

    table = np.zeros(256, dtype=bool)
    table[sorted(k for k in keep if 0 <= k < 256)] = True
    classes = classification.classes(window.padded(widen))
    kept = table[classes]
    if widen > 0:
        masked = ~kept & (classes != OUTSIDE)
        kept &= ~dilate(masked, widen)
        kept = kept[widen:widen + window.rows, widen:widen + window.cols]
    return kept


def dilate(mask, pixels: int):
    """A boolean mask grown by `pixels` in every direction (a square of 2 * pixels + 1): two passes of shifted ORs."""
    grown = mask.copy()
    for axis in (0, 1):
        source = grown.copy()
        size = source.shape[axis]
        for shift in range(1, min(pixels, size - 1) + 1):
            ahead = [slice(None)] * 2
            behind = [slice(None)] * 2
            ahead[axis], behind[axis] = slice(shift, None), slice(None, -shift)
            grown[tuple(ahead)] |= source[tuple(behind)]
            grown[tuple(behind)] |= source[tuple(ahead)]
    return grown


def read_window(band, window: Window, name: str):
    """A window of a band (inside the raster) as an array; a damaged file gives a PluginError."""
    return gdal_call(PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' cannot be read (damaged or truncated?)."),
                                 name=name), band.ReadAsArray, window.col, window.row, window.cols, window.rows)
