"""The catalogue client against the real STAC API on loopback: collections, searches (POST + CQL2 and the GET
fallback), paging, bounds."""

from __future__ import annotations

from datetime import date

import pytest

from terrascope_s2.plugin.core.stac.client import CatalogueClient, tiles_wgs84_bbox
from terrascope_s2.plugin.core.stac.search import SearchQuery


def expected_ids(server, collection, tiles=(), start=None, end=None, max_cloud=None):
    """What the loaded items say the answer is, newest first (computed from the items, not from the server)."""
    from terrascope_s2.plugin.core.stac.items import parse_item

    found = []
    for raw in server.items(collection):
        item = parse_item(raw)
        day = item.acquired.date()
        if tiles and item.tile not in tiles:
            continue
        if (start and day < start) or (end and day > end):
            continue
        if max_cloud is not None and item.cloud_cover is not None and item.cloud_cover > max_cloud:
            continue
        found.append(item)
    return [i.id for i in sorted(found, key=lambda i: (i.acquired, i.id), reverse=True)]


class WithoutFilter(CatalogueClient):
    """The same server as a STAC API without the filter extension (Terrascope's before terra-stac-api 1.2)."""

    def conformance(self):
        return {c for c in super().conformance() if "filter" not in c and "cql2" not in c and "sort" not in c}


def test_the_collections_are_read_from_the_catalogue(stac_server, qgis_app):
    collections = CatalogueClient(stac_server.url).collections()
    assert {c.id for c in collections} == {"terrascope_s2_toc_v2", "terrascope-s2-ndvi-v2", "terrascope-s2-fapar-v2",
                                           "terrascope-s2-fcover-v2", "terrascope-s2-lai-v2"}
    toc = next(c for c in collections if c.id == "terrascope_s2_toc_v2")
    assert toc.title == "Sentinel-2 Top of Canopy (TOC) Products (tiles) - V2"
    assert toc.start == date(2015, 6, 23) and toc.end is None


@pytest.mark.parametrize("client_class", [CatalogueClient, WithoutFilter], ids=["post-cql2", "get-fallback"])
def test_a_tile_a_season_and_a_cloud_ceiling_give_exactly_the_matching_products_newest_first(stac_server, qgis_app,
                                                                                            client_class):
    query = SearchQuery("terrascope-s2-fapar-v2", tiles=("31UFS",), start=date(2023, 4, 1), end=date(2023, 9, 30),
                        max_cloud_cover=40, page_size=7)
    result = client_class(stac_server.url).search(query, tile_bbox=tiles_wgs84_bbox)
    expected = expected_ids(stac_server, "terrascope-s2-fapar-v2", ("31UFS",), date(2023, 4, 1), date(2023, 9, 30), 40)
    assert 5 < len(expected) < 37
    assert [item.id for item in result.items] == expected
    assert result.pages >= 2  # paged through `next` links
    assert not result.truncated
    assert result.filtered_here == (client_class is WithoutFilter)
    first = result.items[0]
    assert first.tile == "31UFS" and first.cloud_cover <= 40 and first.acquired.date() <= date(2023, 9, 30)


def test_the_newer_item_shape_is_found_by_its_grid_code(stac_server, qgis_app):
    """LAI's items (STAC 1.1) carry grid:code instead of mgrs:*: the same tile search finds them."""
    query = SearchQuery("terrascope-s2-lai-v2", tiles=("31UFS", "31UES"), start=date(2023, 5, 1), end=date(2023, 5, 31))
    result = CatalogueClient(stac_server.url).search(query)
    expected = expected_ids(stac_server, "terrascope-s2-lai-v2", ("31UFS", "31UES"), date(2023, 5, 1), date(2023, 5, 31))
    assert [i.id for i in result.items] == expected and len(expected) == 12
    scaling = next(a for a in result.items[0].assets if a.file_name.endswith("_LAI_10M_V220.tif")).scaling
    assert (scaling.scale, scaling.offset, scaling.nodata, scaling.data_type) == (0.04, 0.0, 255.0, "uint8")


def test_a_bbox_search_finds_every_tile_it_touches(stac_server, qgis_app):
    # a box around Brussels: 31UES and 31UFS overlap there
    query = SearchQuery("terrascope-s2-ndvi-v2", bbox=(4.30, 50.80, 4.45, 50.90), start=date(2023, 6, 1),
                        end=date(2023, 6, 30))
    result = CatalogueClient(stac_server.url).search(query)
    assert {i.tile for i in result.items} == {"31UES", "31UFS"}
    assert len(result.items) == 2 * len({i.acquired for i in result.items})


def test_the_search_stops_at_its_bound_and_says_how_many_match(stac_server, qgis_app):
    query = SearchQuery("terrascope-s2-ndvi-v2", page_size=50, max_items=120)
    result = CatalogueClient(stac_server.url).search(query)
    everything = expected_ids(stac_server, "terrascope-s2-ndvi-v2")
    assert len(result.items) == 120 and result.truncated
    assert result.number_matched == len(everything)
    assert [i.id for i in result.items] == everything[:120]  # the newest 120
    from terrascope_s2.plugin.core.errors import PluginError

    message = PluginError(result.bound_message(), **result.values()).user_text()
    assert f"{len(everything)} products match: the newest 120 are listed" in message


def test_the_tiles_box_covers_the_tiles_footprints(qgis_app):
    from terrascope_s2.tests.helpers.stac_items import tile_ring_lonlat

    west, south, east, north = tiles_wgs84_bbox(("31UFS", "31UES"))
    for tile in ("31UFS", "31UES"):
        for lon, lat in tile_ring_lonlat(tile):
            assert west - 1e-6 <= lon <= east + 1e-6 and south - 1e-6 <= lat <= north + 1e-6
    assert east - west < 3.5 and north - south < 1.1
