"""What goes wrong becomes a message on that date or field, never a lost series; and only the fields' windows are read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr

from terrascope_s2.plugin.core.errors import CancelledError, PluginError
from terrascope_s2.plugin.core.timeseries.model import FAILED, KEPT, MASKED, MaskOptions
from terrascope_s2.plugin.core.timeseries.series import compute_series
from terrascope_s2.plugin.core.timeseries.sources import find_products, products_from_files
from terrascope_s2.tests.helpers.fields import CORNER, box, field, pixels_box, product_name, utm_wkt, write, write_pair

CLEAR = MaskOptions(frozenset({4, 5}))


def ramp(size: int = 20) -> np.ndarray:
    """DN = 10 * row + col (up to 200): every pixel's value tells where it is."""
    rows, cols = np.mgrid[0:size, 0:size]
    return np.minimum(10 * rows + cols, 200).astype(np.uint8)


def vegetation(size: int = 20) -> np.ndarray:
    return np.full((size, size), 4, np.uint8)


def three_dates(folder):
    for day in (1, 2, 3):
        write_pair(folder, day, ramp(), vegetation())
    return find_products(folder, "FAPAR").products


def test_a_folder_without_that_content_says_so(tmp_path):
    write_pair(tmp_path, 1, ramp(), vegetation())
    with pytest.raises(PluginError) as raised:
        find_products(tmp_path, "LAI")
    assert "No LAI product was found" in str(raised.value) and str(tmp_path) in str(raised.value)
    with pytest.raises(PluginError, match="is not a folder"):
        find_products(tmp_path / "missing", "FAPAR")


def test_mean_of_the_pixels_whose_centres_fall_in_the_field(tmp_path):
    products = three_dates(tmp_path)
    result = compute_series(products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR")
    dn = ramp()[3:5, 2:6].astype(float)
    for observation in result.series[0].observations:
        assert (observation.status, observation.valid, observation.total) == (KEPT, 8, 8)
        assert observation.mean == pytest.approx(dn.mean() / 200, rel=1e-12)
        assert observation.median == pytest.approx(np.median(dn) / 200, rel=1e-12)
        assert observation.std == pytest.approx(dn.std() / 200, rel=1e-12)
    assert result.unit == "" and result.content == "FAPAR"


def test_a_point_takes_the_pixel_it_falls_in_in_any_crs(tmp_path):
    products = three_dates(tmp_path)
    x, y = CORNER[0] + 7 * 10 + 3.0, CORNER[1] - 11 * 10 - 8.0  # in pixel (row 11, col 7)
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    for srs in (utm, wgs84):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(x, y)
    result = compute_series(products, [field("utm", f"POINT({x} {y})"), field("wgs", f"POINT({lon} {lat})", 4326)],
                            "FAPAR")
    for series in result.series:
        assert [(o.valid, o.total, o.mean) for o in series.observations] == [(1, 1, (10 * 11 + 7) / 200)] * 3


def test_no_data_and_special_values_are_not_values(tmp_path):
    values = ramp()
    values[3, 2:6] = (255, 251, 253, 254)  # no data, and VITO's grey/transparent special values
    write_pair(tmp_path, 1, values, vegetation())
    result = compute_series(find_products(tmp_path, "FAPAR").products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR")
    observation = result.series[0].observations[0]
    assert (observation.valid, observation.total) == (4, 8)
    assert observation.mean == pytest.approx(values[4, 2:6].mean() / 200)


def test_masking_keeps_the_chosen_classes_and_widening_grows_the_others(tmp_path):
    classes = vegetation()
    classes[10, 10] = 9  # one cloudy pixel
    write_pair(tmp_path, 1, ramp(), classes)
    products = find_products(tmp_path, "FAPAR").products
    fields = [field(1, pixels_box(8, 8, 5, 5))]  # 25 pixels around the cloud
    counts = [compute_series(products, fields, "FAPAR", MaskOptions(frozenset({4}), widen)).series[0].observations[0].valid
              for widen in (0, 1, 2, 3)]
    assert counts == [24, 16, 0, 0]  # a 1x1, 3x3, 5x5 then 7x7 hole in a 5x5 field
    unmasked = compute_series(products, fields, "FAPAR").series[0].observations[0]
    assert unmasked.valid == 25


def test_widening_sees_clouds_just_outside_the_field(tmp_path):
    classes = vegetation()
    classes[5, 12] = 8  # one column right of the field
    write_pair(tmp_path, 1, ramp(), classes)
    products = find_products(tmp_path, "FAPAR").products
    fields = [field(1, pixels_box(8, 4, 4, 3))]  # columns 8..11, rows 4..6
    valid = [compute_series(products, fields, "FAPAR", MaskOptions(frozenset({4}), widen)).series[0].observations[0].valid
             for widen in (0, 1)]
    assert valid == [12, 9]  # column 11 of rows 4..6 lies within one pixel of the cloud


def test_too_few_valid_pixels_marks_the_date_masked(tmp_path):
    classes = vegetation()
    classes[3, 2:5] = 9
    write_pair(tmp_path, 1, ramp(), classes)
    products = find_products(tmp_path, "FAPAR").products
    fields = [field(1, pixels_box(2, 3, 4, 2))]  # 8 pixels, 3 cloudy: 62.5 % valid
    for fraction, status in ((0.6, KEPT), (0.7, MASKED)):
        observation = compute_series(products, fields, "FAPAR", MaskOptions(frozenset({4}), 0, fraction)).series[0]\
            .observations[0]
        assert (observation.status, observation.valid, observation.total) == (status, 5, 8)
        assert observation.mean is not None


def test_a_classification_on_another_grid_fails_that_date_only(tmp_path):
    products = three_dates(tmp_path)
    middle = products[1]
    warped = tmp_path / "warped.tif"
    gdal.Warp(str(warped), str(middle.path), dstSRS="EPSG:3857")
    shutil.move(warped, middle.path)  # the product reprojected, its classification not
    result = compute_series(find_products(tmp_path, "FAPAR").products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR", CLEAR)
    statuses = [o.status for o in result.series[0].observations]
    assert statuses == [KEPT, FAILED, KEPT]
    message = result.series[0].observations[1].message
    assert "is not in the product's CRS" in message and middle.classification.name in message


def test_an_unreadable_file_fails_that_date_only(tmp_path):
    products = three_dates(tmp_path)
    products[2].path.write_bytes(b"II*\x00 not really a tiff")
    result = compute_series(products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR", CLEAR)
    observations = result.series[0].observations
    assert [o.status for o in observations] == [KEPT, KEPT, FAILED]
    assert products[2].path.name in observations[2].message and "cannot be read" in observations[2].message


def test_an_unreadable_classification_fails_that_date_only(tmp_path):
    products = three_dates(tmp_path)
    products[0].classification.write_bytes(b"")
    result = compute_series(products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR", CLEAR)
    assert [o.status for o in result.series[0].observations] == [FAILED, KEPT, KEPT]
    assert products[0].classification.name in result.series[0].observations[0].message


def test_a_missing_classification_fails_masked_dates_and_not_unmasked_ones(tmp_path):
    products = three_dates(tmp_path)
    products[1].classification.unlink()
    products = find_products(tmp_path, "FAPAR").products
    assert products[1].classification is None
    fields = [field(1, pixels_box(2, 3, 4, 2))]
    masked = compute_series(products, fields, "FAPAR", CLEAR).series[0].observations
    assert [o.status for o in masked] == [KEPT, FAILED, KEPT]
    assert "No scene classification" in masked[1].message
    assert [o.status for o in compute_series(products, fields, "FAPAR").series[0].observations] == [KEPT] * 3


def test_a_field_outside_every_product_is_told_and_the_others_keep_their_series(tmp_path):
    products = three_dates(tmp_path)
    far = box(CORNER[0] + 50000, CORNER[1] - 50000, CORNER[0] + 50100, CORNER[1] - 49900)
    tiny = box(CORNER[0] + 11, CORNER[1] - 14, CORNER[0] + 14, CORNER[1] - 11)  # inside one pixel, off its centre
    result = compute_series(products, [field("far", far), field("in", pixels_box(2, 3, 4, 2)), field("tiny", tiny)],
                            "FAPAR", CLEAR)
    far_series, in_series, tiny_series = result.series
    assert far_series.observations == [] and "outside every FAPAR product" in far_series.problems[0].user_text()
    assert tiny_series.observations == [] and "covers no pixel centre" in tiny_series.problems[0].user_text()
    assert [o.status for o in in_series.observations] == [KEPT] * 3 and in_series.problems == []


def test_a_field_reaching_past_the_edge_counts_its_pixels_there_as_without_value(tmp_path):
    products = three_dates(tmp_path)
    result = compute_series(products, [field(1, pixels_box(17, 2, 6, 2))], "FAPAR", CLEAR)  # columns 17..22 of 0..19
    observation = result.series[0].observations[0]
    assert (observation.valid, observation.total, observation.status) == (6, 12, KEPT)
    assert observation.mean == pytest.approx(ramp()[2:4, 17:20].mean() / 200)


def test_a_field_without_geometry_or_crs_is_told(tmp_path):
    from terrascope_s2.plugin.core.timeseries.model import Field

    products = three_dates(tmp_path)
    result = compute_series(products, [Field(1, b"", "EPSG:32631"), Field(2, field(2, "POINT(1 2)").wkb, "no such crs")],
                            "FAPAR")
    assert "has no geometry" in result.series[0].problems[0].user_text()
    assert "unknown CRS" in result.series[1].problems[0].user_text()


def test_the_data_type_is_read_from_the_file(tmp_path):
    write_pair(tmp_path / "a", 1, ramp().astype(np.uint16), vegetation())
    write_pair(tmp_path / "b", 1, (ramp() / 200).astype(np.float32), vegetation(), nodata=-1)  # physical already
    write_pair(tmp_path / "c", 1, ramp().astype(np.int16) * 3, vegetation())
    (tmp_path / "c" / product_name(1, "FAPAR")).rename(tmp_path / "c" / product_name(1, "CCC"))  # no scaling known
    fields = [field(1, pixels_box(2, 3, 4, 2))]
    expected = ramp()[3:5, 2:6].astype(float)
    for folder, content, mean, unit in (("a", "FAPAR", expected.mean() / 200, ""), ("b", "FAPAR", expected.mean() / 200, ""),
                                        ("c", "CCC", 3 * expected.mean(), "DN")):
        result = compute_series(find_products(tmp_path / folder, content).products, fields, content, CLEAR)
        assert result.series[0].observations[0].mean == pytest.approx(mean, rel=1e-6), folder
        assert result.unit == unit


def test_products_of_two_utm_zones_and_a_lost_date_on_the_other_tile(tmp_path):
    """A field on 31UFS gets 31UFS's dates only; an unreadable 32ULB file does not add a failure to its series."""
    three_dates(tmp_path)
    write(tmp_path / product_name(4, "FAPAR", tile="32ULB"), ramp(), origin=(300000.0, 5600040.0), epsg=32632)
    write(tmp_path / product_name(5, "FAPAR", tile="32ULB"), ramp(), origin=(300000.0, 5600040.0), epsg=32632)
    (tmp_path / product_name(5, "FAPAR", tile="32ULB")).write_bytes(b"broken")
    products = find_products(tmp_path, "FAPAR").products
    assert len(products) == 5
    result = compute_series(products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR")
    assert [o.tile for o in result.series[0].observations] == ["31UFS"] * 3


def test_only_the_windows_of_the_fields_are_read(tmp_path, monkeypatch):
    size = 4096
    options = ["TILED=YES", "SPARSE_OK=TRUE", "COMPRESS=DEFLATE"]
    for day in (1, 2):
        for content in ("FAPAR", "SCENECLASSIFICATION"):
            dataset = gdal.GetDriverByName("GTiff").Create(str(tmp_path / product_name(day, content)), size, size, 1,
                                                           gdal.GDT_Byte, options)
            dataset.SetGeoTransform((CORNER[0], 10, 0, CORNER[1], 0, -10))
            dataset.SetProjection(utm_wkt())
            dataset.GetRasterBand(1).Fill(4 if content != "FAPAR" else 100)
            dataset = None
    reads = []
    original = gdal.Band.ReadAsArray

    def spy(band, xoff=0, yoff=0, win_xsize=None, win_ysize=None, *args, **kwargs):
        reads.append((win_xsize or band.XSize) * (win_ysize or band.YSize))
        return original(band, xoff, yoff, win_xsize, win_ysize, *args, **kwargs)

    monkeypatch.setattr(gdal.Band, "ReadAsArray", spy)
    fields = [field(1, pixels_box(100, 200, 30, 20)), field(2, pixels_box(3000, 3500, 10, 10))]
    result = compute_series(find_products(tmp_path, "FAPAR").products, fields, "FAPAR", MaskOptions(frozenset({4}), 2))
    assert all(o.status == KEPT and o.mean == 0.5 for s in result.series for o in s.observations)
    # the largest field's window (32 x 22: its edges run a quarter pixel past its 30 x 20 pixels) padded by the widening
    assert reads and max(reads) == 36 * 26
    monkeypatch.undo()


def test_cancelling_stops_with_cancelled(tmp_path):
    products = three_dates(tmp_path)
    asked = []

    def cancel_on_second():
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(CancelledError):
        compute_series(products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR", is_cancelled=cancel_on_second)


def test_progress_reaches_100(tmp_path):
    products = three_dates(tmp_path)
    seen = []
    compute_series(products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR", progress=seen.append)
    assert seen == pytest.approx([100 / 3, 200 / 3, 100])


def test_a_converted_copy_is_left_out_and_named(tmp_path):
    path = write_pair(tmp_path, 1, ramp(), vegetation())
    copy = tmp_path / "out" / path.name.replace(".tif", "_physical.tif")
    write(copy, (ramp() / 200).astype(np.float32))
    search = find_products(tmp_path, "FAPAR")
    assert [p.path for p in search.products] == [path]
    assert copy.name in search.problems[0].user_text() and "left out" in search.problems[0].user_text()


def test_the_v102_layout_pairs_a_product_with_its_20m_classification(tmp_path):
    product = tmp_path / "S2A_20191128T075251Z_36MZE_FAPAR_V102" / "10M"
    write(product / "S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.tif", ramp())
    write(product / "S2A_20191128T075251Z_36MZE_SCENECLASSIFICATION_20M_V102.tif", vegetation(10), pixel=20)
    write(product / "S2A_20191128T075251Z_36MZE_FAPAR_V102_QL.tif", ramp())
    other = tmp_path / "copy" / "S2A_20191128T075251Z_36MZE_SCENECLASSIFICATION_20M_V102.tif"
    write(other, vegetation(10), pixel=20)
    search = find_products(tmp_path, "FAPAR")
    assert len(search.products) == 1
    assert search.products[0].classification == product / "S2A_20191128T075251Z_36MZE_SCENECLASSIFICATION_20M_V102.tif"


def test_given_files_find_their_classification_beside_them(tmp_path):
    paths = [write_pair(tmp_path, day, ramp(), vegetation()) for day in (1, 2)]
    stranger = write(tmp_path / "elsewhere.tif", ramp())
    search = products_from_files([*paths, stranger])
    assert [p.path for p in search.products] == paths
    assert all(p.classification and "SCENECLASSIFICATION" in p.classification.name for p in search.products)
    assert "elsewhere.tif" in search.problems[0].user_text()


def test_symlinked_products_are_found(tmp_path):
    three_dates(tmp_path / "real")
    (tmp_path / "links").mkdir()
    for path in (tmp_path / "real").iterdir():
        os.symlink(path, tmp_path / "links" / path.name)
    assert len(find_products(tmp_path / "links", "FAPAR").products) == 3


def test_no_sidecar_is_written_beside_the_products_with_gdals_default(tmp_path):
    """Users run with GDAL_PAM_ENABLED=YES (GDAL's default): reading windows must leave no .aux.xml beside their data."""
    three_dates(tmp_path)
    before = sorted(tmp_path.iterdir())
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "YES")
    try:
        result = compute_series(find_products(tmp_path, "FAPAR").products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR",
                                MaskOptions(frozenset({4}), 1))
    finally:
        gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    assert [o.status for o in result.series[0].observations] == [KEPT] * 3
    assert sorted(tmp_path.iterdir()) == before



def test_the_georeferencing_is_the_files_own_not_a_sidecars(tmp_path):
    """A product without georeferencing inside is told so, even with a world file and an .aux.xml beside it (with
    GDAL's default PAM): files are opened without listing their folder, so no sidecar stands in for what is missing."""
    products = three_dates(tmp_path)
    bare = products[1].path
    dataset = gdal.GetDriverByName("GTiff").Create(str(bare), 20, 20, 1, gdal.GDT_Byte)
    dataset.GetRasterBand(1).WriteArray(ramp())
    dataset = None  # written and closed
    world = "\n".join(str(v) for v in (10.0, 0.0, 0.0, -10.0, CORNER[0] + 5, CORNER[1] - 5))
    for suffix in (".tfw", ".wld"):
        bare.with_suffix(suffix).write_text(world + "\n")
    Path(f"{bare}.aux.xml").write_text(f"<PAMDataset><GeoTransform>{CORNER[0]}, 10, 0, {CORNER[1]}, 0, -10"
                                       "</GeoTransform></PAMDataset>\n")
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "YES")
    try:
        result = compute_series(products, [field(1, pixels_box(2, 3, 4, 2))], "FAPAR", CLEAR)
    finally:
        gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    observations = result.series[0].observations
    assert [o.status for o in observations] == [KEPT, FAILED, KEPT]
    assert "has no georeferencing" in observations[1].message and bare.name in observations[1].message
    assert observations[0].mean == pytest.approx(ramp()[3:5, 2:6].mean() / 200, rel=1e-12)
