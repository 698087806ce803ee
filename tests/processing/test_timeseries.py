"""terrascope_s2:timeseries: points and fields over a folder of products -> a table, in the toolbox and headless."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from osgeo import ogr, osr

from terrascope_s2.plugin.core.timeseries.sources import find_products
from terrascope_s2.tests.helpers.fields import CORNER, pixels_box, write_pair
from terrascope_s2.tests.helpers.parcel import expected, field_mask, parcel_folder
from terrascope_s2.tests.helpers.s2local import run_algorithm


@pytest.fixture(scope="module")
def parcel():
    return parcel_folder()


def fields_file(path, parcel, points=()):
    """A GeoPackage with the parcel (feature 1, named 'parcel') and the given points (EPSG:32631), named p1, p2..."""
    source = ogr.Open(str(parcel / "field.shp"))
    layer = source.GetLayer()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    out = target.CreateLayer("fields", srs, ogr.wkbUnknown)
    out.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    parcel_feature = layer.GetNextFeature()  # kept: its geometry lives only as long as the feature
    geometries = [parcel_feature.GetGeometryRef().Clone()]
    geometries += [ogr.CreateGeometryFromWkt(f"POINT({x} {y})") for x, y in points]
    for number, geometry in enumerate(geometries):
        feature = ogr.Feature(out.GetLayerDefn())
        feature.SetField("name", "parcel" if number == 0 else f"p{number}")
        feature.SetGeometry(geometry)
        out.CreateFeature(feature)
    target = None
    return path


def test_the_table_of_the_parcel_equals_numpy(qgis_app, terrascope_provider, parcel, tmp_path):
    inside = (646615.0, 5631405.0)  # the centre of pixel (row 10, col 10)
    gpkg = fields_file(tmp_path / "fields.gpkg", parcel, [inside, (700000.0, 5600000.0)])
    before = sorted(p.name for p in parcel.iterdir())
    result = run_algorithm("timeseries", INPUT=str(gpkg), LABEL_FIELD="name", FOLDER=str(parcel), CONTENT=0, MASK=1,
                           WIDEN=1, MIN_VALID=50, OUTPUT="memory:")
    table = result["OUTPUT"]
    rows = [f.attributes() for f in table.getFeatures()]
    names = table.fields().names()
    assert names[:3] == ["feature_id", "label", "date"]
    by_feature = {}
    for row in rows:
        by_feature.setdefault(row[names.index("label")], []).append(dict(zip(names, row)))
    products = find_products(parcel, "FAPAR").products
    assert len(by_feature["parcel"]) == len(by_feature["p1"]) == 108
    for row, product in zip(by_feature["parcel"], products):
        want = expected(product.path, product.classification, (4, 5), 1)
        assert (row["valid"], row["total"]) == (want["valid"], want["total"])
        assert row["product"] == product.path.name and row["date"].toPyDate() == product.name.acquired.date()
        if want["valid"]:
            assert row["mean"] == pytest.approx(want["mean"], rel=1e-12)
        kept = want["valid"] >= 0.5 * 189 and want["valid"] > 0
        assert (row["status"], row["masked"]) == (("kept", False) if kept else ("masked", True))
    point_mask = np.zeros_like(field_mask(parcel))
    point_mask[10, 10] = True
    for row, product in zip(by_feature["p1"], products):
        want = expected(product.path, product.classification, (4, 5), 1, field=point_mask)
        assert (row["valid"], row["total"]) == (want["valid"], 1)
    (outside,) = by_feature["p2"]
    assert outside["status"] == "failed" and "outside every FAPAR product" in outside["message"]
    assert sorted(p.name for p in parcel.iterdir()) == before


def test_it_runs_headless_in_qgis_process(qgis_process, tmp_path):
    """Batch-friendly: plain parameters, a CSV out; a field with clouds, one date unreadable, one field elsewhere."""
    folder = tmp_path / "products"
    values = np.arange(400).reshape(20, 20).clip(0, 200).astype(np.uint8)
    for day in (1, 2, 3):
        classes = np.full((20, 20), 4, np.uint8)
        classes[3, 2] = 9 if day == 3 else 4
        write_pair(folder, day, values, classes)
    (folder / "S2A_20170602T104021Z_31UFS_FAPAR_10M_V101.tif").write_bytes(b"not a tiff")
    gpkg = tmp_path / "fields.gpkg"
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    layer = target.CreateLayer("fields", srs, ogr.wkbPolygon)
    for wkt in (pixels_box(2, 3, 4, 2), pixels_box(2, 3, 4, 2, origin=(CORNER[0] + 90000, CORNER[1]))):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    target = None
    output = tmp_path / "series.csv"
    done = qgis_process("run", "terrascope_s2:timeseries", "--", f"INPUT={gpkg}", f"FOLDER={folder}", "CONTENT=0",
                        "MASK=1", "WIDEN=1", "MIN_VALID=70", f"OUTPUT={output}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    with open(output, newline="", encoding="utf-8") as stream:
        table = list(csv.DictReader(stream))
    summary = [(r["feature_id"], r["date"].replace("/", "-"), r["status"], r["valid"], r["total"]) for r in table]
    # day 3: the cloud at (3, 2) and its 1-pixel widening take 4 of the field's 8 pixels: 50 % < 70 %, masked
    assert summary == [("1", "2017-06-01", "kept", "8", "8"), ("1", "2017-06-02", "failed", "0", "0"),
                       ("1", "2017-06-03", "masked", "4", "8"),
                       ("2", "2017-06-02", "failed", "0", "0"),  # on the same tile: the unreadable date is its loss too
                       ("2", "", "failed", "0", "0")]
    assert float(table[0]["mean"]) == pytest.approx(values[3:5, 2:6].mean() / 200)
    assert "cannot be read as a raster" in table[1]["message"]
    assert "outside every FAPAR product" in table[4]["message"]


def test_a_folder_without_products_is_a_plain_error(qgis_process, tmp_path):
    gpkg = tmp_path / "fields.gpkg"
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    target.CreateLayer("fields", None, ogr.wkbPoint)
    target = None
    (tmp_path / "empty").mkdir()
    done = qgis_process("run", "terrascope_s2:timeseries", "--", f"INPUT={gpkg}", f"FOLDER={tmp_path / 'empty'}",
                        "CONTENT=2", f"OUTPUT={tmp_path / 'out.csv'}")
    assert done.returncode != 0
    assert "No LAI product was found in" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
