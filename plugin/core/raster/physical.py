"""Digital numbers to physical values, written as a Float32 GeoTIFF, block by block (numpy + GDAL, no Qt widgets).

For Byte and 16-bit inputs every possible DN is converted once into a lookup table (256 or 65536 entries) and the
image is converted by indexing that table: faster than float arithmetic, and one rule for every pixel.
numpy and GDAL are imported inside the functions: this module is not loaded at QGIS start-up anyway.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from ..products.contents import ContentSpec
from ..text import QT_TRANSLATE_NOOP
from .gdal_guard import quiet_gdal
from .writer import RasterError, check_output, open_raster, read_window, write_by_strips

PHYSICAL_MARK = "TERRASCOPE_S2_CONTENT"  # metadata item of the files tophysical writes: values already physical


def valid_dn(spec: ContentSpec, dn, saturated_as_nodata: bool = False):
    """Boolean (numpy) mask of the DNs that carry a physical value.

    No data and VITO's special values (251..254) carry none; nor do DNs outside the documented range. With
    saturated_as_nodata, the DNs that mean "this bound or beyond" (NDVI's 0 and 250) are left out too.
    """
    import numpy as np

    dn = np.asarray(dn)
    ok = np.ones(dn.shape, dtype=bool)
    if spec.dn_min is not None:
        ok &= dn >= spec.dn_min
    if spec.dn_max is not None:
        ok &= dn <= spec.dn_max
    for special in (spec.nodata, *spec.grey_values, *spec.transparent_values):
        if special is not None:
            ok &= dn != special
    if saturated_as_nodata:
        if spec.saturation_min is not None and spec.dn_min is not None:
            ok &= dn != spec.dn_min
        if spec.saturation_max is not None and spec.dn_max is not None:
            ok &= dn != spec.dn_max
    return ok


def physical_values(spec: ContentSpec, dn, nodata: float = math.nan, saturated_as_nodata: bool = False):
    """Float32 physical values of an array of DNs: scale * DN + offset where valid, `nodata` elsewhere."""
    import numpy as np

    if not spec.scaling_known:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "No scaling is known for {content}: it cannot be converted to physical values."), content=spec.content)
    dn = np.asarray(dn)
    values = (dn.astype(np.float64) * spec.scale + spec.offset).astype(np.float32)
    values[~valid_dn(spec, dn, saturated_as_nodata)] = nodata
    return values


def lookup_table(spec: ContentSpec, numpy_type, nodata: float = math.nan, saturated_as_nodata: bool = False):
    """The physical value of every possible DN of an 8- or 16-bit type, indexed by the DNs' bits read as unsigned."""
    import numpy as np

    bits = np.iinfo(numpy_type).bits
    every_dn = np.arange(2**bits, dtype=f"uint{bits}").view(numpy_type)  # entry i: the DN whose bits are i
    return physical_values(spec, every_dn, nodata, saturated_as_nodata)


def convert_to_physical(
    source: str | Path,
    output: str | Path,
    spec: ContentSpec,
    nodata: float = math.nan,
    saturated_as_nodata: bool = False,
    overwrite: bool = False,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write `output` (Float32 GeoTIFF, tiled, compressed) with the physical values of `source`, a one-band product.

    The source is only read, a chunk at a time whatever its data type; `output` is written under a temporary name and
    given its name when complete, and an existing file is only replaced when `overwrite` is true.
    """
    import numpy as np
    from osgeo import gdal, gdal_array

    source = Path(source)
    if not spec.scaling_known:
        raise RasterError(QT_TRANSLATE_NOOP(
            "@default", "No scaling is known for {content}: it cannot be converted to physical values."), content=spec.content)
    output = check_output(output, [source], overwrite)
    with quiet_gdal():  # GDAL's errors become our messages (per thread: safe in a task)
        dataset = open_raster(gdal, source)
        if dataset.RasterCount != 1:
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{name}' has {count} bands, where a Terrascope product image has one: it is no product "
                            "image (a quicklook or a composite?)."), name=source.name, count=dataset.RasterCount)
        band = dataset.GetRasterBand(1)
        numpy_type = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(band.DataType))
        if numpy_type.kind not in "iu" or dataset.GetMetadataItem(PHYSICAL_MARK):
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{name}' holds {type} values, not digital numbers: they are physical values already."),
                name=source.name, type=gdal.GetDataTypeName(band.DataType))
        if numpy_type.itemsize <= 2:  # every DN converted once: the image is converted by indexing the table
            table = lookup_table(spec, numpy_type, nodata, saturated_as_nodata)
            index_type = np.dtype(f"uint{numpy_type.itemsize * 8}")

            def compute(row, rows, column, columns):
                return table[read_window(band, source.name, row, rows, column, columns).view(index_type)]
        else:
            def compute(row, rows, column, columns):
                dn = read_window(band, source.name, row, rows, column, columns)
                return physical_values(spec, dn, nodata, saturated_as_nodata)

        return write_by_strips(gdal, output, dataset, gdal.GDT_Float32, nodata, compute, progress, is_cancelled,
                               {PHYSICAL_MARK: spec.content, "TERRASCOPE_S2_SOURCE": source.name}, overwrite)
