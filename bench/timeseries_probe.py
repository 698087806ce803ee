"""One measured run of a time series: the plugin's core, or the floor (plain GDAL + numpy reading the same windows).

    python3 bench/timeseries_probe.py plugin|floor|io FOLDER FIELDS_FILE DATES FIELDS [WIDEN]

Plain Python (no QGIS started): the first DATES FAPAR products of FOLDER (in time order) and the first FIELDS fields of
FIELDS_FILE, masked to the clear-land classes (4, 5), dates under 50 % valid pixels marked masked. `plugin` is the
plugin's core (the products found by name, every check made), `floor` what a plain script does (the products' CRS read
once and the fields put in it, numpy's mean, median and std of the same pixels), `io` only reads the same windows (no
statistics: the bound below both). Prints one JSON line: the seconds (wall and this process's CPU) from the first file
listed to the last statistic (imports excluded), the observations, and checksums that the bench compares."""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

KEEP = (4, 5)
MIN_VALID = 0.5


def fields_of(path: str, count: int):
    from osgeo import ogr

    source = ogr.Open(path)
    layer = source.GetLayer()
    found = []
    for feature in layer:
        found.append((feature.GetFID(), bytes(feature.GetGeometryRef().ExportToWkb())))
        if len(found) == count:
            break
    return found, layer.GetSpatialRef().ExportToWkt()


def plugin(folder: str, fields, crs: str, dates: int, widen: int):
    from terrascope_s2.plugin.core.timeseries.model import Field, MaskOptions
    from terrascope_s2.plugin.core.timeseries.series import compute_series
    from terrascope_s2.plugin.core.timeseries.sources import find_products

    started = time.perf_counter()
    products = find_products(folder, "FAPAR").products[:dates]
    result = compute_series(products, [Field(fid, wkb, crs) for fid, wkb in fields], "FAPAR",
                            MaskOptions(frozenset(KEEP), widen, MIN_VALID))
    elapsed = time.perf_counter() - started
    rows = [(o.valid, o.total, o.mean, o.status) for s in result.series for o in s.observations]
    return elapsed, rows


def floor(folder: str, fields, crs: str, dates: int, widen: int):
    """What any script would do: the products listed, each field rasterised once on the (common) grid, then for each
    product and field the two windows read and the statistics taken."""
    import numpy as np
    from osgeo import gdal, ogr, osr

    started = time.perf_counter()
    products = sorted(Path(folder).glob("*_FAPAR_10M_*.tif"), key=lambda p: p.name.split("_")[1])[:dates]
    first = gdal.Open(str(products[0]))
    x0, px, _, y0, _, py = first.GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    # the fields in the products' CRS (a layer's fields may be in any): the products' CRS read once (the plugin reads
    # it once a tile; GDAL builds it from the PROJ database, milliseconds)
    grid_srs = first.GetSpatialRef()
    grid_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_grid = None if srs.IsSame(grid_srs) else osr.CoordinateTransformation(srs, grid_srs)
    windows = []
    for _, wkb in fields:
        geometry = ogr.CreateGeometryFromWkb(wkb)
        if to_grid is not None:
            geometry.Transform(to_grid)
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        col, row = int(np.floor((xmin - x0) / px)), int(np.floor((ymax - y0) / py))
        cols, rows = int(np.ceil((xmax - x0) / px)) - col, int(np.ceil((ymin - y0) / py)) - row
        target = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
        target.SetGeoTransform((x0 + col * px, px, 0, y0 + row * py, 0, py))
        memory = ogr.GetDriverByName("Memory").CreateDataSource("")
        layer = memory.CreateLayer("f", grid_srs)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
        gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
        windows.append((col, row, cols, rows, target.ReadAsArray().astype(bool)))
    keep = np.zeros(256, bool)
    keep[list(KEEP)] = True
    rows_out = []
    for path in products:
        fapar_file = gdal.Open(str(path))  # kept: a band lives only as long as its dataset
        classes_file = gdal.Open(str(path).replace("_FAPAR_", "_SCENECLASSIFICATION_"))
        fapar, classes = fapar_file.GetRasterBand(1), classes_file.GetRasterBand(1)
        for col, row, cols, rows, inside in windows:
            dn = fapar.ReadAsArray(col, row, cols, rows)
            selected = inside & (dn <= 200) & keep[classes.ReadAsArray(col, row, cols, rows)]
            values = dn[selected] * 0.005
            total = int(inside.sum())
            valid = int(values.size)
            mean = float(values.mean()) if valid else None
            if valid:
                float(np.median(values)), float(values.std())
            rows_out.append((valid, total, mean, "kept" if valid and valid >= MIN_VALID * total else "masked"))
    elapsed = time.perf_counter() - started
    return elapsed, rows_out


def io(folder: str, fields, crs: str, dates: int, widen: int):
    """Only the reading: the same two windows per product and field as the floor, nothing computed."""
    from osgeo import gdal, ogr

    started = time.perf_counter()
    products = sorted(Path(folder).glob("*_FAPAR_10M_*.tif"), key=lambda p: p.name.split("_")[1])[:dates]
    x0, px, _, y0, _, py = gdal.Open(str(products[0])).GetGeoTransform()
    windows = []
    for _, wkb in fields:
        xmin, xmax, ymin, ymax = ogr.CreateGeometryFromWkb(wkb).GetEnvelope()
        col, row = int((xmin - x0) // px), int((ymax - y0) // py)
        windows.append((col, row, int(-((x0 - xmax) // px)) - col, int(-((y0 - ymin) // py)) - row))
    for path in products:
        fapar_file = gdal.Open(str(path))
        classes_file = gdal.Open(str(path).replace("_FAPAR_", "_SCENECLASSIFICATION_"))
        fapar, classes = fapar_file.GetRasterBand(1), classes_file.GetRasterBand(1)
        for window in windows:
            fapar.ReadAsArray(*window)
            classes.ReadAsArray(*window)
    return time.perf_counter() - started, []


def main() -> None:
    mode, folder, fields_file, dates, count = sys.argv[1:6]
    widen = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    sys.path.insert(0, str(Path(__file__).resolve().parent / "results" / "work" / "pluginpath"))
    fields, crs = fields_of(fields_file, int(count))
    import numpy  # noqa: F401 - imported before the clocks start, for every mode: "imports excluded" holds for all
    from osgeo import gdal, gdal_array, osr  # noqa: F401 - (the plugin imported numpy inside its timed calls)

    if mode == "plugin":  # the plugin's modules too: QGIS imports them once a session, not once a series (and with
        # PYTHONDONTWRITEBYTECODE, as the bench's environment may have, every import compiles them from source)
        from terrascope_s2.plugin.core.timeseries import model, series, sources  # noqa: F401

    gc.collect()  # the imports' garbage collected before the clocks too (else the run pays for a collection of it)
    cpu = time.process_time()
    elapsed, rows = {"plugin": plugin, "floor": floor, "io": io}[mode](folder, fields, crs, int(dates), widen)
    cpu = time.process_time() - cpu
    means = [mean for _, _, mean, _ in rows if mean is not None]
    print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "observations": len(rows), "valid": sum(r[0] for r in rows),
                      "total": sum(r[1] for r in rows), "kept": sum(r[3] == "kept" for r in rows),
                      "mean_sum": round(sum(means), 9)}))


if __name__ == "__main__":
    main()
