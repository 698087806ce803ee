"""What a Sentinel-1 backscatter image holds, read from the file: data type, no data, scale and offset, linear or dB.

Nothing is assumed: the data type, the no-data value and the scale and offset are the file's own tags; whether the values
are linear power or decibels is its unit tag when it has one, else its values tell (linear backscatter is never negative,
while the dB values of a scene are mostly below zero: the median of a sample of the file's blocks decides, zeros left
out: outside the swath SNAP, which VITO's Sentinel-1 processing runs, writes 0 in either kind of file). The sample is a
few blocks spread over the image (or its smallest useful overview): instant even on a 1.6 GB scene.
numpy and GDAL are imported inside the functions.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..text import QT_TRANSLATE_NOOP
from .gdal_guard import gdal_call, quiet_gdal
from .writer import RasterError, check_output, open_raster, read_window, write_by_strips

SAMPLE_BLOCKS = 16  # blocks read to tell linear from dB (a 4 x 4 lattice; 64 rows of a striped file)
DB_UNITS = ("db", "decibel", "decibels")
LINEAR_UNITS = ("linear", "1", "power", "intensity")


@dataclass(frozen=True)
class BackscatterFile:
    """One band of a Sentinel-1 image as the file holds it."""

    path: Path
    data_type: str  # GDAL's name: Float32, UInt16...
    width: int
    height: int
    geotransform: tuple[float, ...]
    crs_wkt: str
    nodata: float | None  # the file's no-data tag
    scale: float  # the file's scale and offset tags (1 and 0 when it has none): value = scale * stored + offset
    offset: float
    decibels: bool  # the values are dB; else linear power (sigma0)
    reason: str  # how that was told (English, for the log)

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0 or self.offset != 0.0


def read_backscatter(path: str | Path) -> BackscatterFile:
    """What the file at `path` holds; a RasterError (a message for the user) when it is no readable one-band image."""
    from osgeo import gdal

    path = Path(path)
    with quiet_gdal():
        dataset = open_raster(gdal, path)
        if dataset.RasterCount != 1:
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{name}' has {count} bands, where a Sentinel-1 image has one: it is no VV or VH image."),
                name=path.name, count=dataset.RasterCount)
        band = dataset.GetRasterBand(1)
        data_type = gdal.GetDataTypeName(band.DataType)
        if data_type.startswith("C"):
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{name}' holds complex values ({type}): only backscatter intensities can be shown."),
                name=path.name, type=data_type)
        nodata = band.GetNoDataValue()
        scale, offset = band.GetScale(), band.GetOffset()
        scale = 1.0 if scale in (None, 0) else float(scale)
        offset = 0.0 if offset is None else float(offset)
        decibels, reason = _units(band, path.name, nodata, scale, offset)
        return BackscatterFile(path, data_type, dataset.RasterXSize, dataset.RasterYSize,
                               tuple(dataset.GetGeoTransform()), dataset.GetProjection() or "", nodata, scale, offset,
                               decibels, reason)


def _units(band, name: str, nodata: float | None, scale: float, offset: float) -> tuple[bool, str]:
    import numpy as np

    unit = (band.GetUnitType() or "").strip().lower()
    if unit in DB_UNITS:
        return True, f"its unit tag says '{band.GetUnitType()}'"
    if unit in LINEAR_UNITS:
        return False, f"its unit tag says '{band.GetUnitType()}'"
    stored = sample_values(band, name)
    values = stored * scale + offset
    keep = np.isfinite(values) & (values != 0)  # 0: the fill outside the swath, in linear and dB files alike
    if nodata is not None and not math.isnan(nodata):
        keep &= stored != nodata
    valid = values[keep]
    if valid.size == 0:
        return False, "it has no unit tag and no valid value in the sampled blocks: read as linear"
    median = float(np.median(valid))
    if median < 0:
        return True, f"it has no unit tag; the median of {valid.size} sampled values is {median:.3g} (negative: dB)"
    return False, f"it has no unit tag; the median of {valid.size} sampled values is {median:.3g} (not negative: linear)"


def sample_values(band, name: str):
    """Values from a few blocks spread over a band (or the whole of a small overview), as one float64 array; a
    RasterError when the file cannot be read there (damaged or truncated)."""
    import numpy as np

    def read(source, x=0, y=0, width=None, height=None):
        failed = RasterError(QT_TRANSLATE_NOOP("@default", "'{name}' is damaged or truncated (from row {row}):"),
                             name=name, row=y)
        width = source.XSize if width is None else width
        height = source.YSize if height is None else height
        return gdal_call(failed, source.ReadAsArray, x, y, width, height).astype(np.float64).ravel()

    for number in range(band.GetOverviewCount()):
        overview = band.GetOverview(number)
        if overview is not None and 256 <= max(overview.XSize, overview.YSize) and overview.XSize * overview.YSize <= 4e6:
            return read(overview)
    width, height = band.XSize, band.YSize
    block_x, block_y = band.GetBlockSize()
    if block_x >= width:  # a striped file: rows spread over the image
        rows = sorted({int(i * (height - 1) / max(SAMPLE_BLOCKS * 4 - 1, 1)) for i in range(SAMPLE_BLOCKS * 4)})
        return np.concatenate([read(band, 0, row, width, 1) for row in rows])
    across = int(math.sqrt(SAMPLE_BLOCKS))
    columns, lines = -(-width // block_x), -(-height // block_y)
    parts = []
    for column in sorted({int(i * (columns - 1) / max(across - 1, 1)) for i in range(across)}):
        for line in sorted({int(i * (lines - 1) / max(across - 1, 1)) for i in range(across)}):
            x, y = column * block_x, line * block_y
            parts.append(read(band, x, y, min(block_x, width - x), min(block_y, height - y)))
    return np.concatenate(parts)


def decibels(file: BackscatterFile, stored):
    """The dB values (float64) of an array of the file's stored values; NaN where the file says no data.

    Linear power becomes 10 log10 of its magnitude, as GDAL's log10 pixel function computes it for the map layers; a
    linear 0 (SNAP's fill outside the swath) has no value in dB: NaN, as the map layers leave it out."""
    import numpy as np

    values = stored.astype(np.float64) * file.scale + file.offset
    if file.nodata is not None and not math.isnan(file.nodata):
        values[stored == file.nodata] = np.nan
    if file.decibels:
        return values
    values[values == 0] = np.nan
    with np.errstate(invalid="ignore"):
        return 10.0 * np.log10(np.abs(values))


COMPOSITE_MARK = "TERRASCOPE_S1_COMPOSITE"  # metadata item of the composites s1composite writes
COMPOSITE_BANDS = ("VV", "VH", "VV/VH")


def write_composite(
    vv: str | Path,
    vh: str | Path,
    output: str | Path,
    overwrite: bool = False,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write `output` (Float32 GeoTIFF, 3 bands, tiled, compressed): VV in dB, VH in dB, and their ratio as VV - VH in
    dB; no data NaN. Block by block through the raster writer: the inputs are only read, the output is written under a
    temporary name and given its name when complete (an existing file only replaced when `overwrite` is true)."""
    from osgeo import gdal

    vv, vh = Path(vv), Path(vh)
    output = check_output(output, [vv, vh], overwrite)
    vv_file, vh_file = read_backscatter(vv), read_backscatter(vh)
    with quiet_gdal():
        vv_set, vh_set = open_raster(gdal, vv), open_raster(gdal, vh)
        if (vv_set.RasterXSize, vv_set.RasterYSize, vv_set.GetGeoTransform()) != \
                (vh_set.RasterXSize, vh_set.RasterYSize, vh_set.GetGeoTransform()):
            raise RasterError(QT_TRANSLATE_NOOP(
                "@default", "'{vv}' and '{vh}' do not cover the same pixels: they are not the VV and VH images of one "
                            "product."), vv=vv.name, vh=vh.name)
        vv_band, vh_band = vv_set.GetRasterBand(1), vh_set.GetRasterBand(1)

        def compute(row, rows, column, columns):
            import numpy as np

            vv_db = decibels(vv_file, read_window(vv_band, vv.name, row, rows, column, columns))
            vh_db = decibels(vh_file, read_window(vh_band, vh.name, row, rows, column, columns))
            with np.errstate(invalid="ignore"):
                return np.stack([vv_db, vh_db, vv_db - vh_db]).astype(np.float32)

        metadata = {COMPOSITE_MARK: ",".join(COMPOSITE_BANDS), "TERRASCOPE_S1_VV": vv.name, "TERRASCOPE_S1_VH": vh.name}
        names = [(f"{name} (dB)", "dB") for name in COMPOSITE_BANDS]
        return write_by_strips(gdal, output, vv_set, gdal.GDT_Float32, math.nan, compute, progress, is_cancelled,
                               metadata, overwrite, bands=3, band_names=names)

