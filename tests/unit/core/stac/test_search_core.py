"""What a search sends and keeps (plain Python, no QGIS): the CQL2-JSON filter, the GET parameters, the test on each
item, the `next` links and the bounds."""

from __future__ import annotations

import json
from datetime import date

import pytest

from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.plugin.core.stac.search import (
    SCAN_FACTOR,
    SearchQuery,
    SearchResult,
    cql2_filter,
    datetime_interval,
    get_parameters,
    matches,
    next_page,
    post_body,
)
from terrascope_s2.tests.helpers.stac_items import real_stac_file


def real_item() -> dict:
    return json.loads(real_stac_file("S2A_20230220T074941_38SKG_TOC_V210.json").read_text())


def test_whole_days_become_a_stac_datetime_interval():
    assert datetime_interval(date(2023, 5, 1), date(2023, 5, 31)) == "2023-05-01T00:00:00Z/2023-05-31T23:59:59Z"
    assert datetime_interval(None, date(2023, 5, 31)) == "../2023-05-31T23:59:59Z"
    assert datetime_interval(date(2023, 5, 1), None) == "2023-05-01T00:00:00Z/.."
    assert datetime_interval(None, None) == ""


def test_the_post_body_filters_tiles_in_both_shapes_and_clouds_and_sorts_newest_first():
    query = SearchQuery("terrascope-s2-fapar-v2", tiles=("t31ufs", "31UES"), start=date(2023, 5, 1), max_cloud_cover=20)
    body = post_body(query)
    assert body["collections"] == ["terrascope-s2-fapar-v2"] and body["filter-lang"] == "cql2-json"
    assert body["sortby"] == [{"field": "properties.datetime", "direction": "desc"}]
    tiles, clouds = body["filter"]["args"]
    assert clouds == {"op": "<=", "args": [{"property": "eo:cloud_cover"}, 20.0]}
    first = tiles["args"][0]
    assert first["args"][1] == {"op": "=", "args": [{"property": "grid:code"}, "MGRS-31UFS"]}
    assert {"op": "=", "args": [{"property": "mgrs:grid_square"}, "FS"]} in first["args"][0]["args"]
    assert "bbox" not in body
    json.dumps(body)  # JSON as it is


def test_without_tiles_or_clouds_there_is_no_filter():
    assert cql2_filter(SearchQuery("c")) is None
    assert "filter" not in post_body(SearchQuery("c"))


def test_get_parameters_carry_what_a_server_without_filter_understands():
    parameters = get_parameters(SearchQuery("c", tiles=("31UFS",), max_cloud_cover=10), bbox=(4.4, 50.4, 6.0, 51.4))
    assert parameters == {"collections": "c", "limit": "100", "bbox": "4.4,50.4,6,51.4", "sortby": "-properties.datetime"}


def test_a_bad_tile_or_reversed_dates_are_refused():
    from terrascope_s2.plugin.core.errors import PluginError
    from terrascope_s2.plugin.core.grid.tiles import TileError

    with pytest.raises(TileError):
        SearchQuery("c", tiles=("31XYZ1",))
    with pytest.raises(PluginError):
        SearchQuery("c", start=date(2023, 6, 1), end=date(2023, 5, 1))


def test_each_item_is_tested_again_here():
    item = parse_item(real_item())  # 38SKG, 2023-02-20, 7.156 %
    assert matches(item, SearchQuery("terrascope_s2_toc_v2", tiles=("38SKG",), max_cloud_cover=10))
    assert not matches(item, SearchQuery("terrascope_s2_toc_v2", tiles=("31UFS",)))
    assert not matches(item, SearchQuery("terrascope_s2_toc_v2", max_cloud_cover=7))
    assert not matches(item, SearchQuery("terrascope_s2_toc_v2", start=date(2023, 2, 21)))
    assert matches(item, SearchQuery("terrascope_s2_toc_v2", start=date(2023, 2, 20), end=date(2023, 2, 20)))
    assert not matches(item, SearchQuery("other"))
    assert not matches(item, SearchQuery("terrascope_s2_toc_v2", bbox=(4.0, 50.0, 5.0, 51.0)))


def test_next_links_of_both_kinds_are_followed():
    get = {"links": [{"rel": "next", "href": "https://x/search?token=2"}]}
    assert next_page(get, None).href == "https://x/search?token=2" and next_page(get, None).method == "GET"
    post = {"links": [{"rel": "next", "method": "POST", "href": "https://x/search", "body": {"token": "2"}, "merge": True}]}
    following = next_page(post, {"collections": ["c"], "limit": 10})
    assert following.method == "POST" and following.body == {"collections": ["c"], "limit": 10, "token": "2"}
    assert next_page({"links": [{"rel": "self", "href": "x"}]}, None) is None


def endless_pages(template: dict, count: int, per_page: int, matched: int | None):
    """Pages of `per_page` distinct items (ids numbered), as a 100,000-item catalogue would send them."""
    number = 0
    while number < count:
        features = []
        for _ in range(per_page):
            feature = dict(template, id=f"item-{number:06d}")
            number += 1
            features.append(feature)
        page = {"features": features, "links": [{"rel": "next", "href": f"x?page={number}"}]}
        if matched is not None:
            page["numberMatched"] = matched
        yield page


@pytest.mark.parametrize("matched", [100_000, None])
def test_a_hundred_thousand_matches_stop_at_the_bound_with_a_message(matched):
    query = SearchQuery("terrascope_s2_toc_v2", page_size=1000, max_items=2000)
    result = SearchResult(query)
    pages = 0
    for page in endless_pages(real_item(), 100_000, 1000, matched):
        result.add_page(page, parse_item)
        pages += 1
        if result.full:
            result.truncated = True
            break
    result.finish()
    assert len(result.items) == 2000 and pages == 2 and result.truncated
    message = result.bound_message().format(**result.values())
    assert ("100000 products match" in message) if matched else ("More products match than the 2000" in message)


def test_items_read_are_bounded_too_when_few_match():
    """A GET fallback reads neighbouring tiles' items and drops them: reading stops at SCAN_FACTOR x the bound."""
    query = SearchQuery("terrascope_s2_toc_v2", tiles=("31UFS",), page_size=100, max_items=100)
    result = SearchResult(query)
    for page in endless_pages(real_item(), 100_000, 100, None):  # all 38SKG: none matches
        result.add_page(page, parse_item)
        if result.full:
            break
    assert result.items == [] and result.read == 100 * SCAN_FACTOR


def test_a_broken_item_is_skipped_and_noted_not_fatal():
    query = SearchQuery("terrascope_s2_toc_v2")
    result = SearchResult(query)
    result.add_page({"features": [real_item(), {"type": "Feature"}, "junk"]}, parse_item)
    assert len(result.items) == 1 and len(result.skipped) == 2
