"""Reading STAC items (plain Python, no QGIS): the real Terrascope items and the newer STAC 1.1 shape."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone

import pytest

from terrascope_s2.plugin.core.stac.items import (
    CLASSIFICATION,
    IMAGE,
    METADATA,
    QUICKLOOK,
    CatalogueError,
    Scaling,
    parse_item,
)
from terrascope_s2.tests.helpers.stac_items import real_stac_file


def real_item(name="S2A_20230220T074941_38SKG_TOC_V210.json") -> dict:
    return json.loads(real_stac_file(name).read_text())


def test_a_real_terrascope_item_gives_its_date_tile_cloud_cover_and_files():
    item = parse_item(real_item())
    assert item.id == "S2A_20230220T074941_38SKG_TOC_V210"
    assert item.collection == "terrascope_s2_toc_v2"
    assert item.acquired == datetime(2023, 2, 20, 7, 49, 41, 24000, tzinfo=timezone.utc)
    assert item.tile == "38SKG" and item.cloud_cover == 7.156
    assert len(item.assets) == 19
    kinds = {a.file_name: a.kind for a in item.assets}
    assert kinds["S2A_20230220T074941_38SKG_SCENECLASSIFICATION_20M_V210.tif"] == CLASSIFICATION
    assert kinds["S2A_20230220T074941_38SKG_TOC_QUICKLOOK_V210.tif"] == QUICKLOOK
    assert kinds["S2A_20230220T074941_38SKG_TOC_V210.xml"] == METADATA
    assert kinds["S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif"] == IMAGE
    b04 = next(a for a in item.assets if "TOC-B04" in a.file_name)
    assert b04.scaling == Scaling(scale=0.0001, offset=0.0, nodata=32767.0, data_type="int16", unit="-")
    assert b04.local_path == ("/data/MTDA/TERRASCOPE_Sentinel2/TOC_V2/2023/02/20/S2A_20230220T074941_38SKG_TOC_V210/"
                              "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif")
    aot = next(a for a in item.assets if "_AOT_" in a.file_name)
    assert (aot.scaling.scale, aot.scaling.data_type) == (0.001, "uint16")
    scl = next(a for a in item.assets if a.kind == CLASSIFICATION)
    assert scl.scaling.nodata is None  # the item gives none: none is invented


def test_the_product_is_its_images_classification_and_metadata_without_the_quicklook():
    item = parse_item(real_item())
    names = [a.file_name for a in item.product_assets()]
    assert len(names) == 18 and not any("QUICKLOOK" in n for n in names)
    chosen = [a.file_name for a in item.product_assets(("TOC-B04", "SCENECLASSIFICATION"))]
    assert chosen == ["S2A_20230220T074941_38SKG_SCENECLASSIFICATION_20M_V210.tif",
                      "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif", "S2A_20230220T074941_38SKG_TOC_V210.xml"]


def test_without_file_sizes_the_size_is_an_uncompressed_upper_bound():
    item = parse_item(real_item())
    assert item.size is None
    b04 = next(a for a in item.assets if "TOC-B04" in a.file_name)
    assert b04.estimated_size == 10980 * 10980 * 2
    assert item.estimated_size == sum(a.estimated_size for a in item.product_assets() if a.kind != METADATA)


def stac11(item: dict) -> dict:
    """The real item rewritten in the newer shape Terrascope's V220 items have (STAC 1.1)."""
    item = copy.deepcopy(item)
    item["stac_version"] = "1.1.0"
    properties = item["properties"]
    for key in ("mgrs:utm_zone", "mgrs:latitude_band", "mgrs:grid_square"):
        properties.pop(key)
    properties["grid:code"] = "MGRS-38SKG"
    for asset in item["assets"].values():
        bands = asset.pop("raster:bands", None)
        if bands:
            band = bands[0]
            asset["data_type"] = band["data_type"]
            asset["raster:scale"] = band["scale"]
            asset["raster:offset"] = band["offset"]
            if "nodata" in band:
                asset["nodata"] = band["nodata"]
            if "unit" in band:
                asset["unit"] = band["unit"]
        asset["alternate"] = {"local": {"href": "file://" + asset["alternate"]["MEP"]["href"].replace(" ", "%20")}}
        asset["auth:refs"] = ["oidc"]
        asset["file:size"] = 1000
    return item


def test_the_newer_shape_gives_the_same_product():
    old, new = parse_item(real_item()), parse_item(stac11(real_item()))
    assert new.tile == old.tile == "38SKG"
    assert [a.scaling for a in new.assets] == [a.scaling for a in old.assets]
    assert [a.local_path for a in new.assets] == [a.local_path for a in old.assets]
    assert new.size == 18 * 1000


def test_an_asset_without_raster_metadata_has_no_scaling_rather_than_a_guess():
    raw = real_item()
    for asset in raw["assets"].values():
        asset.pop("raster:bands", None)
    item = parse_item(raw)
    assert all(a.scaling is None for a in item.assets)
    assert item.estimated_size is None


def test_an_item_without_assets_is_an_item_with_nothing_to_open():
    raw = real_item()
    raw["assets"] = {}
    item = parse_item(raw)
    assert item.assets == () and item.product_assets() == [] and item.size is None


@pytest.mark.parametrize("bad", [None, [], "text", {"type": "FeatureCollection"}, {"type": "Feature"},
                                 {"type": "Feature", "id": "x", "properties": {}},
                                 {"type": "Feature", "id": "x", "properties": {"datetime": "yesterday"}}])
def test_what_is_not_an_item_is_refused_with_a_message(bad):
    with pytest.raises(CatalogueError) as raised:
        parse_item(bad)
    assert "item" in raised.value.english().lower() or "catalogue" in raised.value.english().lower()


def test_the_tile_comes_from_the_id_when_the_properties_do_not_say():
    raw = real_item()
    for key in ("mgrs:utm_zone", "mgrs:latitude_band", "mgrs:grid_square"):
        raw["properties"].pop(key)
    assert parse_item(raw).tile == "38SKG"
