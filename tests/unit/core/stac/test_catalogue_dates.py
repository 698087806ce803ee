"""The map service's dates following the catalogue (plain Python): which collection, which days, which clouds."""

from __future__ import annotations

import datetime as dt
import json

from terrascope_s2.plugin.core.services.timeline import date_entries
from terrascope_s2.plugin.core.stac.dates import catalogue_days, collection_for_layer, follow_catalogue
from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.tests.helpers.stac_items import REAL_ITEM, real_stac_file

IDS = ["terrascope_s2_toc_v2", "terrascope-s2-ndvi-v2", "terrascope-s2-fapar-v2", "terrascope-s2-fcover-v2",
       "terrascope-s2-lai-v2", "terrascope-s1-gamma0-v1"]


def test_each_map_layer_finds_its_collection_by_content():
    assert collection_for_layer("CGS_S2_NDVI", IDS) == "terrascope-s2-ndvi-v2"
    assert collection_for_layer("CGS_S2_FAPAR", IDS) == "terrascope-s2-fapar-v2"
    assert collection_for_layer("CGS_S2_RADIOMETRY", IDS) == "terrascope_s2_toc_v2"
    assert collection_for_layer("CGS_S2_LAI", IDS) == "terrascope-s2-lai-v2"  # not FCOVER, not a substring match
    assert collection_for_layer("CGS_S2_CCC", IDS) is None
    assert collection_for_layer("CGS_S2_NDVI", ["ndvi-a", "ndvi-b"]) is None  # ambiguous: the service's dates stay


def item(day: str, tile: str, cloud):
    raw = json.loads(real_stac_file(REAL_ITEM).read_text())
    raw["id"] = f"S2A_{day.replace('-', '')}T105029_{tile}_TOC_V210"
    raw["properties"]["datetime"] = f"{day}T10:50:29Z"
    raw["properties"]["mgrs:utm_zone"], raw["properties"]["mgrs:latitude_band"] = int(tile[:2]), tile[2]
    raw["properties"]["mgrs:grid_square"] = tile[3:]
    if cloud is None:
        raw["properties"].pop("eo:cloud_cover")
    else:
        raw["properties"]["eo:cloud_cover"] = cloud
    return parse_item(raw)


def test_only_the_days_with_a_product_on_the_tile_stay_with_their_cloud_cover():
    items = [item("2023-05-02", "31UFS", 80.0), item("2023-05-02", "31UFS", 12.5), item("2023-05-07", "31UFS", None),
             item("2023-05-12", "31UES", 3.0), item("2023-05-17", "31UFS", 55.0)]
    days = catalogue_days(items, "31UFS")
    assert days == {dt.date(2023, 5, 2): 12.5, dt.date(2023, 5, 7): None, dt.date(2023, 5, 17): 55.0}
    entries = date_entries(["2023-05-17", "2023-05-12", "2023-05-07", "2023-05-02", "2023-04-27"])
    shown = follow_catalogue(entries, days)
    assert [(e.value, e.label) for e in shown] == [("2023-05-17", "2023-05-17  ☁ 55 %"), ("2023-05-07", "2023-05-07"),
                                                   ("2023-05-02", "2023-05-02  ☁ 12 %")]
    assert [e.value for e in follow_catalogue(entries, days, max_cloud=50)] == ["2023-05-07", "2023-05-02"]
