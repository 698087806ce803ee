"""A product fetched from the catalogue opens as styled layers in physical units, with the item's own scaling."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsPointXY, QgsRaster

from terrascope_s2.plugin.core.stac.download import fetch_product
from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.plugin.core.stac.opening import open_product


def identify(layer, path, row: int, col: int):
    dataset = gdal.Open(str(path))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    point = QgsPointXY(x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy)
    return layer.dataProvider().identify(point, QgsRaster.IdentifyFormat.IdentifyFormatValue).results()[1]


def a_valid_pixel(path, nodata):
    values = gdal.Open(str(path)).ReadAsArray()
    rows, cols = np.nonzero((values != nodata) & (values > 0))
    return int(rows[len(rows) // 2]), int(cols[len(cols) // 2]), int(values[rows[len(rows) // 2], cols[len(cols) // 2]])


def test_a_downloaded_product_shows_physical_values_with_its_classification_and_metadata(stac_server, stac_login, tmp_path):
    item = parse_item(stac_server.items("terrascope-s2-ndvi-v2", "31UFS")[20])
    files, layers, notes = open_product(fetch_product(item, tmp_path, stac_login))
    assert files.title == f"{item.acquired:%Y-%m-%d} 31UFS NDVI"
    by_content = {layer.name.content: layer for layer in layers}
    assert set(by_content) == {"NDVI", "SCENECLASSIFICATION"}
    ndvi = by_content["NDVI"]
    assert ndvi.style.physical and ndvi.visible
    path = tmp_path / item.id / f"{item.id[:-10]}_NDVI_10M_V210.tif"
    row, col, dn = a_valid_pixel(path, 255)
    assert identify(ndvi.layer, path, row, col) == pytest.approx(0.004 * dn - 0.08, abs=1e-6)
    assert ndvi.layer.metadata().title() == f"Sentinel-2 NDVI {item.id}"  # the INSPIRE XML came along


def test_the_items_scaling_wins_over_the_built_in_table_and_the_difference_is_logged(stac_server, stac_login, tmp_path,
                                                                                     message_log):
    item = parse_item(stac_server.items("terrascope-s2-ndvi-v2", "31UFS")[21])
    result = fetch_product(item, tmp_path, stac_login)
    image = next(f for f in result.files if "_NDVI_10M_" in f.path.name and f.path.suffix == ".tif")
    image.scaling = dataclasses.replace(image.scaling, scale=0.005, offset=0.0)  # what a newer catalogue could say
    _, layers, _ = open_product(result)
    ndvi = next(layer for layer in layers if layer.name.content == "NDVI")
    row, col, dn = a_valid_pixel(image.path, 255)
    assert identify(ndvi.layer, image.path, row, col) == pytest.approx(0.005 * dn, abs=1e-6)
    assert any("NDVI scale: the catalogue's item says 0.005, the built-in table 0.004" in m for m, _ in message_log)
    assert any("NDVI offset: the catalogue's item says 0, the built-in table -0.08" in m for m, _ in message_log)


def test_contents_without_a_built_in_scaling_get_the_items_own(stac_server, stac_login, tmp_path):
    """AOT has no scaling in the built-in table; Terrascope's TOC items give 0.001."""
    item = parse_item(stac_server.items("terrascope_s2_toc_v2", "31UFS")[0])
    result = fetch_product(item, tmp_path, stac_login, contents=("AOT",))
    _, layers, notes = open_product(result)
    (aot,) = layers
    path = next(f.path for f in result.files if f.path.suffix == ".tif")
    row, col, dn = a_valid_pixel(path, 32767)
    assert aot.style.physical and identify(aot.layer, path, row, col) == pytest.approx(0.001 * dn, rel=1e-6)
    assert not any("digital numbers" in note for note in notes)


def test_a_product_in_place_opens_from_where_it_is(stac_server, tmp_path):
    item = parse_item(stac_server.items("terrascope-s2-lai-v2", "31UFS")[3])
    result = fetch_product(item, tmp_path)
    assert result.in_place
    files, layers, _ = open_product(result)
    lai = next(layer for layer in layers if layer.name.content == "LAI")
    path = next(f.path for f in result.files if "_LAI_10M_" in f.path.name and f.path.suffix == ".tif")
    assert path.is_relative_to(stac_server.files_root)
    row, col, dn = a_valid_pixel(path, 255)
    assert identify(lai.layer, path, row, col) == pytest.approx(0.04 * dn, abs=1e-6)
    assert list(tmp_path.iterdir()) == []  # nothing written anywhere
