"""The series: every product read once, each field's window in it, one observation per field and date.

What cannot be read becomes a message on that date (or field), never a lost series: an unreadable file, a
classification whose grid does not match the product's, a field outside every product. Only the windows that hold the
fields are read (of the classification too), never a whole tile. numpy and GDAL are imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import CancelledError, PluginError
from ..raster.gdal_guard import gdal_call, gdal_do, quiet_gdal, thread_local_option
from ..raster.writer import refuse_special_file
from ..text import QT_TRANSLATE_NOOP
from .classes import ClassificationGrid, kept_pixels, read_window
from .model import FAILED, KEPT, MASKED, Field, MaskOptions, Observation, ProductFile, Series, SeriesResult
from .pixels import FieldGeometry, FieldPixels, Grid, field_pixels
from .values import Decoder


def compute_series(
    products: Sequence[ProductFile],
    fields: Sequence[Field],
    content: str,
    options: MaskOptions | None = None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SeriesResult:
    """The series of each field over `products` (of one content), in time order."""
    reader = _Reader(content, fields, options or MaskOptions())
    with quiet_gdal(), _files_alone():  # GDAL's errors become messages, no file gets a sidecar or is looked beside
        for done, product in enumerate(sorted(products, key=lambda p: (p.name.acquired, p.name.tile, str(p.path)))):
            if is_cancelled is not None and is_cancelled():
                raise CancelledError()
            reader.read(product)
            if progress is not None:
                progress(100.0 * (done + 1) / len(products))
    return reader.finish()


class _Reader:
    """What the products of one run share: the fields' geometries and pixels on each grid, the decoders, the CRSs."""

    def __init__(self, content: str, fields: Sequence[Field], options: MaskOptions):
        from osgeo import gdal

        self.gdal = gdal  # (imported once: two files a date are opened with it)
        self.result = SeriesResult(content.upper(), "")
        self.options = options
        self.geometries: dict[int, FieldGeometry] = {}
        for number, field in enumerate(fields):
            series = Series(field)
            self.result.series.append(series)
            try:
                self.geometries[number] = FieldGeometry(field)
            except PluginError as error:
                series.problems.append(error)
        self.pixels_on: dict[tuple, FieldPixels | None] = {}  # (field, grid): the dates of one tile share their grid
        self.covered: set[int] = set()  # the fields some readable product covers
        self.decoders: dict[tuple, Decoder] = {}
        self.grids: dict[tuple, Grid] = {}
        self.units: list[str] = []

    def grid(self, dataset, geotransform: tuple, tile: str) -> Grid:
        """The dataset's grid. Reading a GeoTIFF's CRS costs milliseconds (the PROJ database): it is read once for the
        files of a tile that share a geotransform and size (a reprojected file has another geotransform)."""
        key = (tile, geotransform, dataset.RasterXSize, dataset.RasterYSize)
        if key not in self.grids:
            self.grids[key] = Grid(geotransform, key[2], key[3], dataset.GetProjection())
        return self.grids[key]

    def decoder(self, band) -> Decoder:
        key = (band.DataType, band.GetNoDataValue())
        if key not in self.decoders:
            from osgeo import gdal_array  # (here: an import statement costs microseconds, on every date)

            self.decoders[key] = Decoder(self.result.content, gdal_array.GDALTypeCodeToNumericTypeCode(key[0]), key[1])
        return self.decoders[key]

    def read(self, product: ProductFile) -> None:
        """Add this product's observation to the series of every field it covers."""
        name, tile, options = product.path.name, product.name.tile, self.options
        series_of = self.result.series

        def observation(number: int, status: str, **values) -> None:
            series_of[number].observations.append(
                Observation(series_of[number].field.id, product.name.acquired, name, tile, status, **values))

        try:
            dataset, geotransform = _open(self.gdal, product.path)
            grid = self.grid(dataset, geotransform, tile)
            band = dataset.GetRasterBand(1)
            decoder = self.decoder(band)
        except PluginError as error:  # the date is lost for the fields on its tile: said so on each
            for number in _fields_on_tile(product, self.geometries):
                observation(number, FAILED, problem=error)
            return
        self.units.append(decoder.unit)
        classification = classification_error = None
        if options.keep is not None:
            try:
                classification = self.classification(product, grid)
            except PluginError as error:
                classification_error = error

        for number, geometry in self.geometries.items():
            key = (number, grid)
            try:
                if key not in self.pixels_on:
                    self.pixels_on[key] = field_pixels(geometry.in_crs(grid.crs_wkt), grid)
            except PluginError as error:
                observation(number, FAILED, problem=error)
                continue
            pixels = self.pixels_on[key]
            if pixels is None or pixels.total == 0:
                continue  # not on this product (another tile), or smaller than a pixel: said once for the field
            self.covered.add(number)
            if classification_error is not None:
                observation(number, FAILED, total=pixels.total, problem=classification_error)
                continue
            try:
                dn, selected = _read_window(band, pixels, name, decoder.type)
                if classification is not None:
                    selected = selected & kept_pixels(classification, pixels.window, options.keep, options.widen)
            except PluginError as error:
                observation(number, FAILED, total=pixels.total, problem=error)
                continue
            found = decoder.statistics(dn, selected)
            enough = found.valid > 0 and found.valid >= options.min_valid_fraction * pixels.total
            observation(number, KEPT if enough else MASKED, valid=found.valid, total=pixels.total, mean=found.mean,
                        median=found.median, std=found.std)

    def classification(self, product: ProductFile, grid: Grid) -> ClassificationGrid:
        if product.classification is None:
            raise PluginError(QT_TRANSLATE_NOOP("@default", "No scene classification of {product} was found beside it: "
                                                            "this date cannot be masked."),
                              product=product.name.product_id)
        dataset, geotransform = _open(self.gdal, product.classification)
        return ClassificationGrid(dataset, self.grid(dataset, geotransform, product.name.tile), grid,
                                  product.classification.name)

    def finish(self) -> SeriesResult:
        result = self.result
        result.unit = self.units[0] if self.units else ""
        for number, series in enumerate(result.series):
            if number in self.geometries and number not in self.covered:
                series.problems.append(PluginError(QT_TRANSLATE_NOOP(
                    "@default", "Feature {id} lies outside every {content} product (or covers no pixel centre of any)."),
                    id=series.field.id, content=result.content))
        return result


def _read_window(band, pixels: FieldPixels, name: str, numpy_type):
    """The field's window of digital numbers and the field's pixels in it that can be read (a window reaching past the
    raster's edge has pixels of the field there, without value)."""
    import numpy as np

    window, inside = pixels.window, pixels.inside
    if inside == window:
        return read_window(band, window, name), pixels.mask
    dn = np.zeros((window.rows, window.cols), dtype=numpy_type)
    readable = np.zeros(dn.shape, dtype=bool)
    if inside is not None:
        rows = slice(inside.row - window.row, inside.row - window.row + inside.rows)
        cols = slice(inside.col - window.col, inside.col - window.col + inside.cols)
        dn[rows, cols] = read_window(band, inside, name)
        readable[rows, cols] = True
    return dn, pixels.mask & readable


@contextmanager
def _files_alone() -> Iterator[None]:
    """In this thread: GDAL opens each file without listing its folder for sidecar files (.aux.xml, world files).

    The georeferencing is then the GeoTIFF's own (VITO's products carry it inside; .aux.xml files are off with PAM):
    a world file never stands in for a product's missing georeferencing. Reading the geotransform otherwise lists the
    whole folder, hundreds of files for a season: about 0.6 ms instead of 0.02 ms a file. (GEOREF_SOURCES=INTERNAL, an
    open option, spares the listing too, but GDAL checks open options against the driver's list on every open: 0.03 ms
    a file, a tenth of a date's cost for a few fields.)
    """
    with thread_local_option("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR"):
        yield


def _open(gdal, path: Path) -> tuple:
    """A raster opened read-only and its geotransform, or a PluginError that says why not."""
    refuse_special_file(path, PluginError)
    dataset = gdal_call(lambda: PluginError(QT_TRANSLATE_NOOP(  # made only when it fails (two files a date)
        "@default", "'{name}' cannot be read as a raster (damaged, truncated or not an image)."), name=path.name),
        gdal.OpenEx, str(path), gdal.OF_RASTER | gdal.OF_READONLY)
    geotransform = dataset.GetGeoTransform(can_return_null=True)
    if geotransform is None:
        raise PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' has no georeferencing: it is damaged or truncated, "
                                                        "or not a product file."), name=path.name)
    return dataset, tuple(geotransform)


def _fields_on_tile(product: ProductFile, geometries: dict[int, FieldGeometry]) -> list[int]:
    """The fields that lie on the product's tile (all of them when the tile is unknown)."""
    from osgeo import osr

    from ..grid.tiles import TileError, tile

    try:
        square = tile(product.name.tile)
    except TileError:
        return list(geometries)
    crs = osr.SpatialReference()
    gdal_do(PluginError(QT_TRANSLATE_NOOP("@default", "The CRS {crs} is unknown to this QGIS."), crs=square.crs_authid),
            crs.ImportFromEPSG, square.epsg)
    crs_wkt = crs.ExportToWkt()
    on_tile = []
    for number, geometry in geometries.items():
        try:
            xmin, xmax, ymin, ymax = geometry.in_crs(crs_wkt).GetEnvelope()
        except PluginError:
            continue
        if xmin <= square.xmax and xmax >= square.xmin and ymin <= square.ymax and ymax >= square.ymin:
            on_tile.append(number)
    return on_tile
