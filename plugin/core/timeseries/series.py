"""The series: every product read once, each field's window in it, one observation per field and date.

What cannot be read becomes a message on that date (or field), never a lost series: an unreadable file, a
classification whose grid does not match the product's, a field outside every product. Only the windows that hold the
fields are read (of the classification too), never a whole tile. numpy and GDAL are imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import CancelledError, PluginError
from ..raster.gdal_guard import gdal_call, gdal_do, quiet_gdal
from ..text import QT_TRANSLATE_NOOP
from .classes import ClassificationGrid, kept_pixels, read_window
from .model import FAILED, KEPT, MASKED, Field, MaskOptions, Observation, ProductFile, Series, SeriesResult
from .pixels import FieldGeometry, FieldPixels, Grid, field_pixels
from .values import Decoder, statistics


def compute_series(
    products: Sequence[ProductFile],
    fields: Sequence[Field],
    content: str,
    options: MaskOptions | None = None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SeriesResult:
    """The series of each field over `products` (of one content), in time order."""
    options = options or MaskOptions()
    result = SeriesResult(content.upper(), "")
    geometries: dict[int, FieldGeometry] = {}
    for number, field in enumerate(fields):
        series = Series(field)
        result.series.append(series)
        try:
            geometries[number] = FieldGeometry(field)
        except PluginError as error:
            series.problems.append(error)
    pixels_on: dict[tuple, FieldPixels | None] = {}  # (field, grid): products of one tile share their grid
    covered: set[int] = set()  # the fields some readable product covers
    units: list[str] = []
    with quiet_gdal():  # GDAL's errors become messages (per thread: safe in a task), and no file gets a sidecar
        for done, product in enumerate(sorted(products, key=lambda p: (p.name.acquired, p.name.tile, str(p.path)))):
            if is_cancelled is not None and is_cancelled():
                raise CancelledError()
            _read_product(product, result, geometries, pixels_on, options, units, covered)
            if progress is not None:
                progress(100.0 * (done + 1) / len(products))
    result.unit = units[0] if units else ""
    for number, series in enumerate(result.series):
        if number in geometries and number not in covered:
            series.problems.append(PluginError(QT_TRANSLATE_NOOP(
                "@default", "Feature {id} lies outside every {content} product (or covers no pixel centre of any)."),
                id=series.field.id, content=result.content))
    return result


def _read_product(product: ProductFile, result: SeriesResult, geometries: dict[int, FieldGeometry],
                  pixels_on: dict, options: MaskOptions, units: list[str], covered: set[int]) -> None:
    """Add this product's observation to the series of every field it covers."""
    from osgeo import gdal_array

    name = product.path.name

    def observation(number: int, status: str, **values) -> None:
        series = result.series[number]
        series.observations.append(Observation(series.field.id, product.name.acquired, name, product.name.tile, status,
                                               **values))

    try:
        dataset = _open(product.path)
        grid = Grid.of(dataset)
        band = dataset.GetRasterBand(1)
        decoder = Decoder(result.content, gdal_array.GDALTypeCodeToNumericTypeCode(band.DataType), band.GetNoDataValue())
    except PluginError as error:  # the date is lost for the fields on its tile: said so on each
        for number in _fields_on_tile(product, geometries):
            observation(number, FAILED, problem=error)
        return
    units.append(decoder.unit)
    classification = classification_error = None
    if options.keep is not None:
        try:
            classification = _classification(product, grid)
        except PluginError as error:
            classification_error = error

    for number, geometry in geometries.items():
        key = (number, grid)
        try:
            if key not in pixels_on:
                pixels_on[key] = field_pixels(geometry.in_crs(grid.crs_wkt), grid)
        except PluginError as error:
            observation(number, FAILED, problem=error)
            continue
        pixels = pixels_on[key]
        if pixels is None or pixels.total == 0:
            continue  # not on this product (another tile), or smaller than a pixel: said once for the field
        covered.add(number)
        if classification_error is not None:
            observation(number, FAILED, total=pixels.total, problem=classification_error)
            continue
        try:
            dn, readable = _read_window(band, grid, pixels, name, decoder.type)
            selected = pixels.mask if readable is None else pixels.mask & readable
            if classification is not None:
                selected = selected & kept_pixels(classification, pixels.window, options.keep, options.widen)
        except PluginError as error:
            observation(number, FAILED, total=pixels.total, problem=error)
            continue
        found = statistics(decoder.values(dn), selected)
        enough = found.valid > 0 and found.valid >= options.min_valid_fraction * pixels.total
        observation(number, KEPT if enough else MASKED, valid=found.valid, total=pixels.total, mean=found.mean,
                    median=found.median, std=found.std)


def _read_window(band, grid: Grid, pixels: FieldPixels, name: str, numpy_type):
    """The field's window of digital numbers, and where it reaches past the raster's edge, which pixels are readable
    (None: all of them)."""
    import numpy as np

    window = pixels.window
    inside = window.within(grid.width, grid.height)
    if inside == window:
        return read_window(band, window, name), None
    dn = np.zeros((window.rows, window.cols), dtype=numpy_type)
    readable = np.zeros(dn.shape, dtype=bool)
    if inside is not None:
        rows = slice(inside.row - window.row, inside.row - window.row + inside.rows)
        cols = slice(inside.col - window.col, inside.col - window.col + inside.cols)
        dn[rows, cols] = read_window(band, inside, name)
        readable[rows, cols] = True
    return dn, readable


def _open(path):
    """A raster opened read-only, or a PluginError that says why not."""
    from osgeo import gdal

    dataset = gdal_call(PluginError(QT_TRANSLATE_NOOP(
        "@default", "'{name}' cannot be read as a raster (damaged, truncated or not an image)."), name=path.name),
        gdal.OpenEx, str(path), gdal.OF_RASTER | gdal.OF_READONLY)
    if dataset.GetGeoTransform(can_return_null=True) is None:
        raise PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' has no georeferencing: it is damaged or truncated, "
                                                        "or not a product file."), name=path.name)
    return dataset


def _classification(product: ProductFile, grid: Grid) -> ClassificationGrid:
    if product.classification is None:
        raise PluginError(QT_TRANSLATE_NOOP("@default", "No scene classification of {product} was found beside it: this "
                                                        "date cannot be masked."), product=product.name.product_id)
    return ClassificationGrid(_open(product.classification), grid, product.classification.name)


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
