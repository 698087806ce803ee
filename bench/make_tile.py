"""A full Sentinel-2 tile of NDVI digital numbers (10980 x 10980 Byte, 31UFS), with content like a real one.

Parcels of 80 to 450 m with their own NDVI, a smooth regional pattern, pixel noise, water (low NDVI), cloud
patches and the swath edge as no data (255), and a sprinkling of VITO's special values 251..254. Written strip by
strip (little memory), DEFLATE-compressed and tiled 512 x 512. Deterministic: the same bytes on every machine.

    python3 bench/make_tile.py OUTPUT.tif [SIZE]
"""

from __future__ import annotations

import sys
from pathlib import Path

SIZE = 10980
NAME = "S2B_20230615T105029_31UFS_NDVI_10M_V210.tif"
ORIGIN = (600000.0, 5700000.0)  # 31UFS, EPSG:32631
CREATION = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "NUM_THREADS=ALL_CPUS"]


def make_tile(output: Path, size: int = SIZE) -> Path:
    import numpy as np
    from osgeo import gdal, osr

    rng = np.random.default_rng(2023)
    # parcels: an irregular grid of 8 to 45 pixels (80 to 450 m) a side, one NDVI each, crops and meadows alike
    row_edges = np.cumsum(rng.integers(8, 46, size)).searchsorted(np.arange(size), side="right")
    column_edges = np.cumsum(rng.integers(8, 46, size)).searchsorted(np.arange(size), side="right")
    parcel_values = rng.choice(np.arange(60, 231), size=(row_edges[-1] + 1, column_edges[-1] + 1)).astype(np.int16)
    region_grid = rng.random((9, 9))
    water_grid = rng.random((40, 40))
    cloud_grid = rng.random((60, 60))
    columns = np.arange(size)
    temporary = output.with_name(output.name + ".part")
    driver = gdal.GetDriverByName("GTiff")
    target = driver.Create(str(temporary), size, size, 1, gdal.GDT_Byte, CREATION)
    target.SetGeoTransform((ORIGIN[0], 10.0, 0.0, ORIGIN[1], 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    target.SetProjection(srs.ExportToWkt())
    band = target.GetRasterBand(1)
    band.SetNoDataValue(255)
    noise_rng = np.random.default_rng(7)
    for row in range(0, size, 512):
        rows = np.arange(row, min(row + 512, size))
        region = _bilinear(region_grid, size, rows, columns)
        cells = parcel_values[row_edges[rows][:, None], column_edges[None, :]]
        values = cells * (0.6 + 0.6 * region) + noise_rng.normal(0, 2.5, (len(rows), size))
        water = _bilinear(water_grid, size, rows, columns) < 0.12
        values[water] = 12 + noise_rng.normal(0, 2, int(water.sum()))
        dn = np.clip(np.rint(values), 0, 250).astype(np.uint8)
        dn[_bilinear(cloud_grid, size, rows, columns) > 0.82] = 255  # clouds
        dn[columns[None, :] + rows[:, None] * 0.35 < size * 0.18] = 255  # the swath edge: an upper-left wedge without data
        special = noise_rng.random(dn.shape) < 0.001
        dn[special] = noise_rng.integers(251, 255, int(special.sum()))
        band.WriteArray(dn, 0, row)
    band = target = None
    temporary.rename(output)
    return output


def _bilinear(grid, size: int, rows, columns):
    import numpy as np

    cells = grid.shape[0] - 1
    y = rows[:, None] * (cells / size)
    x = columns[None, :] * (cells / size)
    y0, x0 = np.floor(y).astype(int), np.floor(x).astype(int)
    fy, fx = y - y0, x - x0
    return (grid[y0, x0] * (1 - fy) * (1 - fx) + grid[y0 + 1, x0] * fy * (1 - fx)
            + grid[y0, x0 + 1] * (1 - fy) * fx + grid[y0 + 1, x0 + 1] * fy * fx)


if __name__ == "__main__":
    make_tile(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else SIZE)
