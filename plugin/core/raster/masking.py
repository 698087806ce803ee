"""Masking a product with its scene classification (SCL): keep the pixels of chosen classes, no data elsewhere.

The classification (20 m) is resampled to the product's grid with nearest neighbour, through a warped VRT read strip
by strip, so a whole tile runs in bounded memory. numpy and GDAL are imported inside the functions.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from ..products.contents import content_spec
from ..products.names import ProductName, try_parse_product_name
from ..text import QT_TRANSLATE_NOOP
from .physical import PHYSICAL_MARK
from .writer import RasterError, check_output, open_raster, read_strip, write_by_strips


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
    """Write `output`: the product's values where the class is in `keep`, no data elsewhere (same data type)."""
    import numpy as np
    from osgeo import gdal

    source, classification = Path(source), Path(classification)
    keep = sorted({int(k) for k in keep})
    if not keep:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "No class is kept: every pixel would be masked. Choose at least one class."))
    output = check_output(output, [source, classification], overwrite)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    warped_name = f"/vsimem/terrascope_s2_scl_{uuid.uuid4().hex}.vrt"
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
                "@default", "'{name}' is not a scene classification: it holds {type} values, where a scene classification "
                            "holds bytes (classes 0 to 11). Choose the SCENECLASSIFICATION file."),
                name=classification.name, type=gdal.GetDataTypeName(class_type))
        band = product.GetRasterBand(1)
        if nodata is None:
            nodata = band.GetNoDataValue()
        if nodata is None:
            product_name = try_parse_product_name(source.name)
            nodata = content_spec(product_name.content).nodata if product_name else None
        if nodata is None:
            raise RasterError(QT_TRANSLATE_NOOP("@default", "'{name}' declares no no-data value: give one."), name=source.name)
        # the classes on the product's grid: nearest neighbour, computed as the strips are read
        left, size_x, _, top, _, size_y = product.GetGeoTransform()
        width, height = product.RasterXSize, product.RasterYSize
        warped = gdal.Warp(warped_name, classes, format="VRT", resampleAlg="near", dstSRS=product.GetProjection(),
                           outputBounds=(left, top + size_y * height, left + size_x * width, top),
                           width=width, height=height, dstNodata=255, multithread=True)
        if warped is None:
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{name}' cannot be resampled to the product's grid: {reason}"),
                name=classification.name, reason=gdal.GetLastErrorMsg())
        class_band = warped.GetRasterBand(1)
        table = np.zeros(256, dtype=bool)
        table[keep] = True  # class -> kept (255: outside the classification -> masked)
        metadata = {"TERRASCOPE_S2_MASK_KEPT": ",".join(map(str, keep)), "TERRASCOPE_S2_SOURCE": source.name}
        if product.GetMetadataItem(PHYSICAL_MARK):  # masked physical values are still physical values
            metadata[PHYSICAL_MARK] = product.GetMetadataItem(PHYSICAL_MARK)

        def compute(row, rows):
            values = read_strip(gdal, band, source.name, row, rows)
            kept = table[read_strip(gdal, class_band, classification.name, row, rows)]
            return np.where(kept, values, np.array(nodata).astype(values.dtype))

        return write_by_strips(gdal, output, product, band.DataType, nodata, compute, progress, is_cancelled, metadata)
    finally:
        gdal.Unlink(warped_name)
        gdal.PopErrorHandler()
