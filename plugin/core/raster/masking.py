"""Masking a product with its scene classification (SCL): keep the pixels of chosen classes, no data elsewhere.

The classification (20 m) is resampled to the product's grid with nearest neighbour, through a warped VRT read chunk
by chunk, so a whole tile runs in bounded memory. Every band of the product is masked. numpy and GDAL are imported
inside the functions; every GDAL call that can fail goes through the GDAL guard.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import printable
from ..products.contents import content_spec
from ..products.names import ProductName, try_parse_product_name
from ..text import QT_TRANSLATE_NOOP
from .gdal_guard import gdal_call, gdal_do, quiet_gdal
from .physical import PHYSICAL_MARK
from .writer import RasterError, check_output, open_raster, read_window, write_by_strips


def find_classification(product_path: str | Path) -> Path:
    """The scene classification of the same acquisition beside a product file (same folder, or the product folder
    and its 10M/20M/60M subfolders); the one with the product's resolution first, else the finest."""
    product_path = Path(product_path)
    product = try_parse_product_name(product_path.name)
    if product is None:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "'{name}' has no product name, so its scene classification cannot be found: choose the "
                        "classification."), name=product_path.name)
    folders = [product_path.parent]
    if product_path.parent.name.upper() in ("10M", "20M", "60M"):
        folders.append(product_path.parent.parent)
    folders += [folder / sub for folder in list(folders) for sub in ("10M", "20M", "60M") if (folder / sub).is_dir()]
    found: list[tuple[Path, ProductName]] = []
    for folder in dict.fromkeys(folders):
        for path in sorted(folder.glob("*.tif")):
            name = try_parse_product_name(path.name)
            if name and name.content == "SCENECLASSIFICATION" and name.acquisition_key == product.acquisition_key:
                found.append((path, name))
    readable = [(path, name) for path, name in found if printable(path) == str(path)]
    if found and not readable:  # neither Qt nor GDAL's Python bindings can be given such a name
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "The scene classification '{name}' has a name that is not UTF-8: rename it, or choose the "
                        "classification."), name=found[0][0].name)
    found = readable
    if not found:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "No scene classification of {product} was found beside '{name}': choose it."),
            product=product.product_id, name=product_path.name)
    found.sort(key=lambda item: (item[1].resolution != product.resolution, item[1].resolution or 99))
    return found[0][0]


def mask_by_classification(
    source: str | Path,
    classification: str | Path,
    output: str | Path,
    keep: Iterable[int],
    nodata: float | None = None,
    overwrite: bool = False,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write `output`: the product's values where the class is in `keep`, no data elsewhere (same data type, every
    band)."""
    import numpy as np
    from osgeo import gdal

    source, classification = Path(source), Path(classification)
    keep = sorted({int(k) for k in keep})
    if not keep:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "No class is kept: every pixel would be masked. Choose at least one class."))
    output = check_output(output, [source, classification], overwrite)
    warped_name = f"/vsimem/terrascope_s2_scl_{uuid.uuid4().hex}.vrt"
    with quiet_gdal():
        try:
            product = open_raster(gdal, source)
            classes = open_raster(gdal, classification)
            for dataset, path in ((product, source), (classes, classification)):
                if dataset.GetGeoTransform(can_return_null=True) is None:
                    raise RasterError(QT_TRANSLATE_NOOP(
                        "@default", "'{name}' has no georeferencing: it is damaged or truncated, or not a product file."),
                        name=path.name)
            class_type = classes.GetRasterBand(1).DataType
            if class_type != gdal.GDT_Byte:  # classes 0..11 are bytes; other values would index past the class table
                raise RasterError(QT_TRANSLATE_NOOP(
                    "@default", "'{name}' is not a scene classification: it holds {type} values, where a scene "
                                "classification holds bytes (classes 0 to 11). Choose the SCENECLASSIFICATION file."),
                    name=classification.name, type=gdal.GetDataTypeName(class_type))
            bands = [product.GetRasterBand(number + 1) for number in range(product.RasterCount)]
            nodata = _storable_nodata(nodata, bands[0], source)
            if not _overlap(product, classes):
                raise RasterError(QT_TRANSLATE_NOOP(
                    "@default", "'{classification}' does not cover any pixel of '{name}': it is the classification of "
                                "another place. Choose the SCENECLASSIFICATION file of the same tile and date."),
                    classification=classification.name, name=source.name)
            # the classes on the product's grid: nearest neighbour, computed as the chunks are read
            left, size_x, _, top, _, size_y = product.GetGeoTransform()
            width, height = product.RasterXSize, product.RasterYSize
            warped = gdal_call(RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{name}' cannot be resampled to the product's grid:"), name=classification.name),
                gdal.Warp, warped_name, classes, format="VRT", resampleAlg="near", dstSRS=product.GetProjection(),
                outputBounds=(left, top + size_y * height, left + size_x * width, top), width=width, height=height,
                dstNodata=255, multithread=True)
            class_band = warped.GetRasterBand(1)
            table = np.zeros(256, dtype=bool)
            table[keep] = True  # class -> kept (255: outside the classification -> masked)
            metadata = {"TERRASCOPE_S2_MASK_KEPT": ",".join(map(str, keep)), "TERRASCOPE_S2_SOURCE": source.name}
            if product.GetMetadataItem(PHYSICAL_MARK):  # masked physical values are still physical values
                metadata[PHYSICAL_MARK] = product.GetMetadataItem(PHYSICAL_MARK)

            def compute(row, rows, column, columns):
                kept = table[read_window(class_band, classification.name, row, rows, column, columns)]
                values = np.stack([read_window(band, source.name, row, rows, column, columns) for band in bands])
                return np.where(kept, values, np.array(nodata).astype(values.dtype))

            return write_by_strips(gdal, output, product, bands[0].DataType, nodata, compute, progress, is_cancelled,
                                   metadata, overwrite, len(bands))
        finally:
            if gdal.VSIStatL(warped_name) is not None:
                gdal_do(RasterError(QT_TRANSLATE_NOOP("@default", "A temporary file in memory cannot be removed:")),
                        gdal.Unlink, warped_name)


def _storable_nodata(nodata: float | None, band, source: Path) -> float:
    """The output's no-data value: the one given, else the product's, else its content's; refused when the product's
    data type cannot hold it (-9999 in a Byte product would be stored as 241)."""
    import numpy as np
    from osgeo import gdal, gdal_array

    if nodata is None:
        nodata = band.GetNoDataValue()
    if nodata is None:
        product_name = try_parse_product_name(source.name)
        nodata = content_spec(product_name.content).nodata if product_name else None
    if nodata is None:
        raise RasterError(QT_TRANSLATE_NOOP("@default", "'{name}' declares no no-data value: give one."), name=source.name)
    kind = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(band.DataType))
    if kind.kind in "iu":
        limits = np.iinfo(kind)
        if not (np.isfinite(nodata) and float(nodata).is_integer() and limits.min <= nodata <= limits.max):
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "The no-data value {nodata} cannot be stored in '{name}', which holds {type} values "
                            "({low} to {high}): give a whole number in that range (the masked output keeps the "
                            "product's data type)."), nodata=f"{nodata:g}", name=source.name,
                type=gdal.GetDataTypeName(band.DataType), low=limits.min, high=limits.max)
    elif kind.kind == "f" and np.isfinite(nodata) and abs(nodata) > np.finfo(kind).max:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "The no-data value {nodata} cannot be stored in '{name}', which holds {type} values."),
            nodata=f"{nodata:g}", name=source.name, type=gdal.GetDataTypeName(band.DataType))
    return nodata


def _overlap(product, classes) -> bool:
    """Whether the classification covers any of the product (compared in the product's CRS)."""
    from osgeo import osr

    target = _bounds(product)
    points = _outline(classes)
    own, theirs = osr.SpatialReference(), osr.SpatialReference()
    cannot = RasterError(QT_TRANSLATE_NOOP("@default", "The coordinate systems of the product and of its "
                                                       "classification cannot be compared:"))
    gdal_do(cannot, own.ImportFromWkt, product.GetProjection())
    gdal_do(cannot, theirs.ImportFromWkt, classes.GetProjection())
    if not own.IsSame(theirs):
        for srs in (own, theirs):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = gdal_call(cannot, osr.CreateCoordinateTransformation, theirs, own)
        points = [point[:2] for point in gdal_call(cannot, transform.TransformPoints, points)]
        points = [(x, y) for x, y in points if abs(x) < 1e300 and abs(y) < 1e300]  # outside the CRS: infinite
        if not points:
            return True  # cannot tell: the warp gives no data outside the classification anyway
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs) < target[2] and max(xs) > target[0] and min(ys) < target[3] and max(ys) > target[1]


def _bounds(dataset) -> tuple[float, float, float, float]:
    xs, ys = zip(*_outline(dataset, steps=1))
    return min(xs), min(ys), max(xs), max(ys)


def _outline(dataset, steps: int = 8) -> list[tuple[float, float]]:
    """Points along the edges of a raster, in its CRS."""
    left, size_x, _, top, _, size_y = dataset.GetGeoTransform()
    width, height = dataset.RasterXSize, dataset.RasterYSize
    fractions = [step / steps for step in range(steps + 1)]
    edge = [(f, 0.0) for f in fractions] + [(f, 1.0) for f in fractions] + [(0.0, f) for f in fractions] + \
        [(1.0, f) for f in fractions]
    return [(left + size_x * width * fx, top + size_y * height * fy) for fx, fy in edge]
