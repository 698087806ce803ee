"""Synthetic Sentinel-1 products named with real Terrascope names, whose pixels hold the backscatter of known surfaces.

The image is a grid of 4 x 4-pixel blocks: one row of blocks per surface, one column per example of it. The values are
typical C-band sigma0 (Sentinel-1 IW, VV and VH, in dB) of each surface as the SAR literature reports them:
- calm open water: specular reflection away from the sensor, VV about -18 to -25 dB and VH near the noise floor, about
  -25 to -30 dB (flood-mapping studies put their water thresholds near -18 dB in VV, e.g. Twele et al. 2016, Int. J.
  Remote Sensing 37(13));
- forest: volume scattering, VV about -6 to -9 dB and VH about -11 to -14 dB, a ratio of 5 to 6 dB (e.g. Frison et al.
  2018, Remote Sensing 10(12), temperate forests with Sentinel-1);
- built-up areas: double bounce between walls and the ground, VV about -2 to +5 dB and VH about -8 to -3 dB;
- ships and wind turbines: point targets, 10 dB and more above everything around them (VV +10 to +20 dB).
Fields (bare or cropped soil, VV about -11, VH about -18 dB) are there too, without a colour the FAQ names.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, osr

from .s2local import ORIGIN

PRODUCT = "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110"
PRODUCT_S1B = "S1B_IW_GRDH_SIGMA0_DV_20181224T173153_ASCENDING_161_42B7_V110"
PRODUCT_V130 = "S1A_IW_GRDH_SIGMA0_DV_20250316T172435_ASCENDING_88_B705_V130"
COHERENCE = "S1A_S1A_Coherence_20250207T054220_20250219T054219_DSC_139_V110"
BLOCK = 4
# surface -> examples of (VV dB, VH dB), one block each
SURFACES: dict[str, tuple[tuple[float, float], ...]] = {
    "water": ((-25.0, -30.0), (-22.0, -28.0), (-19.0, -25.0)),
    "forest": ((-8.5, -14.0), (-7.5, -13.0), (-6.5, -11.5)),
    "built-up": ((-2.0, -8.0), (1.0, -6.0), (4.0, -3.0)),
    "bright": ((10.0, 2.0), (15.0, 5.0), (20.0, 10.0)),
    "field": ((-11.0, -18.0), (-12.0, -19.0), (-10.0, -17.0)),
}
EXAMPLES = 3


def block_of(surface: str, example: int) -> tuple[int, int]:
    """(row, column) of the first pixel of a surface's example block."""
    return list(SURFACES).index(surface) * BLOCK, example * BLOCK


def centre_of(surface: str, example: int) -> tuple[int, int]:
    row, column = block_of(surface, example)
    return row + BLOCK // 2, column + BLOCK // 2


def decibel_grid(polarisation: str) -> np.ndarray:
    """The dB values of the whole image (VV or VH)."""
    grid = np.zeros((len(SURFACES) * BLOCK, EXAMPLES * BLOCK), np.float64)
    for surface, examples in SURFACES.items():
        for example, (vv, vh) in enumerate(examples):
            row, column = block_of(surface, example)
            grid[row:row + BLOCK, column:column + BLOCK] = vv if polarisation == "VV" else vh
    return grid


def write_image(path: Path, values: np.ndarray, nodata: float | None = None, scale: float | None = None,
                offset: float | None = None, unit: str = "", pixel: float = 10.0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    from osgeo import gdal_array

    kind = gdal_array.NumericTypeCodeToGDALTypeCode(values.dtype)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, kind)
    dataset.SetGeoTransform((ORIGIN[0], pixel, 0, ORIGIN[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    if scale is not None:
        band.SetScale(scale)
    if offset is not None:
        band.SetOffset(offset)
    if unit:
        band.SetUnitType(unit)
    band.WriteArray(values)
    dataset = None
    return path


def write_product(root: Path, product: str = PRODUCT, storage: str = "linear", nodata_pixel: bool = True,
                  angle: bool = True) -> Path:
    """A product folder with VV, VH (and angle) images; returns the folder.

    storage: "linear" (Float32 linear power, no tags: as VITO's catalogue describes its files), "db" (Float32 dB, no
    tags), "db-tagged" (Float32 dB with the unit tag "dB"), "int16-db" (Int16 dB x 100 with scale 0.01 and no data
    -32768). With nodata_pixel, pixel (0, 0) holds the file's no-data value (NaN for untagged floats)."""
    folder = root / product
    for polarisation in ("VV", "VH"):
        grid = decibel_grid(polarisation)
        options: dict = {}
        if storage == "linear":
            values = (10.0 ** (grid / 10.0)).astype(np.float32)
        elif storage in ("db", "db-tagged"):
            values = grid.astype(np.float32)
            options["unit"] = "dB" if storage == "db-tagged" else ""
        elif storage == "int16-db":
            values = np.round(grid * 100).astype(np.int16)
            options.update(scale=0.01, offset=0.0, nodata=-32768)
        else:
            raise ValueError(storage)
        if nodata_pixel:
            values[0, 0] = options.get("nodata", np.nan)
        write_image(folder / f"{product}_{polarisation}.tif", values, **options)
    if angle:
        rows, columns = decibel_grid("VV").shape
        angles = np.round((np.linspace(30.0, 45.0, columns)[None, :].repeat(rows, 0) - 29.0) / 0.0005).astype(np.uint16)
        write_image(folder / f"{product}_angle.tif", angles, scale=0.0005, offset=29.0)
    return folder


def write_coherence(root: Path, product: str = COHERENCE) -> Path:
    folder = root / product
    rows, columns = decibel_grid("VV").shape
    for polarisation, level in (("VV", 0.8), ("VH", 0.5)):
        write_image(folder / f"{product}_{polarisation}.tif", np.full((rows, columns), level, np.float32))
    return folder


def scene_surfaces(size: int = 360) -> np.ndarray:
    """A landscape of the FAQ's surfaces (names of SURFACES, per pixel): fields, a round forest, a town, a lake and a
    winding river."""
    rows, columns = np.mgrid[0:size, 0:size]
    surface = np.full((size, size), "field", object)
    surface[(rows - 0.4 * size) ** 2 + (columns - 0.7 * size) ** 2 < (0.22 * size) ** 2] = "forest"
    surface[(abs(rows - 0.75 * size) < 0.12 * size) & (abs(columns - 0.3 * size) < 0.15 * size)] = "built-up"
    surface[abs(columns - river_column(rows, size)) < 0.05 * size] = "water"
    surface[size // 8:size // 8 + int(0.08 * size), :int(0.3 * size)] = "water"
    return surface


def river_column(row, size: int):
    return 0.45 * size + 0.12 * size * np.sin(row / size * 6.0)


SHIP_ROWS = (0.2, 0.55, 0.9)  # ships on the river, as fractions of the scene's height


def write_scene(root: Path, product: str = PRODUCT, size: int = 360, seed: int = 18) -> Path:
    """A product folder (VV, VH as VITO's linear Float32, and the angle) of scene_surfaces() with each surface's mean
    backscatter and the speckle of a 4.4-look GRD (independent gamma noise per pixel and polarisation), plus three ships
    (3 x 3 pixels, VV +15 dB, VH +5 dB) on the river: what a real scene looks like to the eye. Returns the folder."""
    rng = np.random.default_rng(seed)
    surface = scene_surfaces(size)
    folder = root / product
    for index, polarisation in enumerate(("VV", "VH")):
        decibels = np.zeros((size, size))
        for name, examples in SURFACES.items():
            decibels[surface == name] = np.mean([example[index] for example in examples])
        linear = 10 ** (decibels / 10) * rng.gamma(4.4, 1 / 4.4, (size, size))
        for fraction in SHIP_ROWS:
            row = int(fraction * size)
            column = int(river_column(row, size))
            linear[row - 1:row + 2, column - 1:column + 2] = 10 ** ((15.0 if polarisation == "VV" else 5.0) / 10)
        write_image(folder / f"{product}_{polarisation}.tif", linear.astype(np.float32))
    angles = np.round((np.linspace(30.0, 45.0, size)[None, :].repeat(size, 0) - 29.0) / 0.0005).astype(np.uint16)
    write_image(folder / f"{product}_angle.tif", angles, scale=0.0005, offset=29.0)
    return folder
