"""What a catalogue can do wrong, and what the user reads: a plain message (a PluginError), never a traceback, never
a file under a final name that is not the whole file."""

from __future__ import annotations

import time
from datetime import date

import pytest

from terrascope_s2.plugin.core.errors import CancelledError, PluginError
from terrascope_s2.plugin.core.stac.client import CatalogueClient
from terrascope_s2.plugin.core.stac.download import fetch_product
from terrascope_s2.plugin.core.stac.items import CatalogueError, parse_item
from terrascope_s2.plugin.core.stac.opening import open_product
from terrascope_s2.plugin.core.stac.search import SearchQuery
from terrascope_s2.plugin.core.stac.transfer import TransferError
from terrascope_s2.tests.helpers.faulty_files import FaultyFiles
from terrascope_s2.tests.helpers.loopback_server import free_port
from terrascope_s2.tests.helpers.paging_stac import PagingStac


def test_a_catalogue_that_is_down_cannot_be_reached(qgis_app):
    with pytest.raises(TransferError) as raised:
        CatalogueClient(f"http://127.0.0.1:{free_port()}/").collections()
    assert raised.value.user_text().startswith("The server cannot be reached.")


def test_a_catalogue_that_stops_answering_is_given_up_after_the_timeout(qgis_app):
    with FaultyFiles(b'{"type": "Catalog", "links": []}' + b" " * 100_000) as server:
        began = time.monotonic()
        with pytest.raises(TransferError) as raised:
            CatalogueClient(server.url("/slow/catalogue/stall/"), timeout_s=1).collections()
        assert "did not answer in time" in raised.value.user_text()
        assert time.monotonic() - began < 10


def test_a_catalogue_that_trickles_is_stopped_by_the_deadline(qgis_app):
    """A byte now and then defeats a no-byte timeout: the whole answer has 4 x the timeout."""
    with FaultyFiles(b" " * 10_000_000) as server:
        began = time.monotonic()
        with pytest.raises(TransferError, match="did not answer in time"):
            CatalogueClient(server.url("/slow/catalogue/"), timeout_s=1).landing()
        assert time.monotonic() - began < 10


def test_a_web_page_instead_of_the_catalogue_says_to_check_the_address(stac_server, qgis_app):
    with pytest.raises(CatalogueError) as raised:
        CatalogueClient(f"{stac_server.download_origin}/html/").collections()
    assert "does not answer as a STAC catalogue (it sent a web page)" in raised.value.user_text()


def test_a_malformed_answer_says_it_is_not_json(stac_server, qgis_app):
    with pytest.raises(CatalogueError) as raised:
        CatalogueClient(f"{stac_server.download_origin}/broken/").collections()
    assert "not valid JSON" in raised.value.user_text()


def test_a_catalogue_behind_a_login_says_so(stac_server, qgis_app):
    with pytest.raises(TransferError) as raised:
        CatalogueClient(f"{stac_server.download_origin}/download/").collections()
    assert raised.value.status == 401 and "asks for a login" in raised.value.user_text()
    with pytest.raises(TransferError) as raised:
        CatalogueClient(f"{stac_server.download_origin}/forbidden/").collections()
    assert raised.value.status == 403 and "refused access" in raised.value.user_text()


def test_an_item_without_assets_has_nothing_to_open(stac_server, stac_login, tmp_path):
    query = SearchQuery("terrascope-s2-ndvi-v2", tiles=("31UFS",), start=date(2022, 6, 1), end=date(2022, 6, 1))
    (item,) = CatalogueClient(stac_server.url).search(query).items
    assert item.assets == ()
    with pytest.raises(CatalogueError, match="lists no files"):
        fetch_product(item, tmp_path, stac_login)
    assert list(tmp_path.iterdir()) == []


def test_an_item_without_raster_metadata_opens_with_the_built_in_table(stac_server, stac_login, tmp_path):
    query = SearchQuery("terrascope-s2-ndvi-v2", tiles=("31UFS",), start=date(2022, 6, 6), end=date(2022, 6, 6))
    (item,) = CatalogueClient(stac_server.url).search(query).items
    assert all(asset.scaling is None for asset in item.assets) and item.estimated_size is None
    result = fetch_product(item, tmp_path, stac_login)
    files, layers, _ = open_product(result)
    ndvi = next(layer for layer in layers if layer.name.content == "NDVI")
    assert ndvi.style.physical and ndvi.style.spec.scale == 0.004 and ndvi.style.spec.offset == -0.08


@pytest.mark.parametrize("count_matched", [True, False], ids=["numberMatched", "no-count"])
def test_a_hundred_thousand_results_stay_bounded_in_requests_items_and_time(qgis_app, count_matched):
    with PagingStac(matched=100_000, count_matched=count_matched) as server:
        began = time.monotonic()
        result = CatalogueClient(server.url).search(SearchQuery("terrascope_s2_toc_v2", page_size=500, max_items=2000))
        took = time.monotonic() - began
        assert len(result.items) == 2000 and result.truncated
        assert len(server.searches) == 4  # 4 pages of 500, then it stops
        assert result.items[0].acquired > result.items[-1].acquired
        message = PluginError(result.bound_message(), **result.values()).user_text()
        expected = "100000 products match: the newest 2000" if count_matched else "More products match than the 2000"
        assert expected in message
        assert took < 60  # a guard against paging through everything, not a speed figure (see make bench)


def test_a_next_link_that_loops_ends_the_search(qgis_app):
    with PagingStac(matched=100_000, loop_after=300) as server:
        result = CatalogueClient(server.url).search(SearchQuery("terrascope_s2_toc_v2", page_size=100, max_items=5000))
        # pages from 0, 100, 200, 300, then from 0 again (its items already kept), whose next link (100) was asked
        # before: the end, with each item once
        assert len(server.searches) == 5 and len(result.items) == 400 == len({i.id for i in result.items})


def test_a_catalogue_that_refuses_post_is_searched_with_get(qgis_app):
    with PagingStac(matched=250, refuse_post=True) as server:
        result = CatalogueClient(server.url).search(SearchQuery("terrascope_s2_toc_v2", page_size=100))
        assert [m for m, _, _ in server.searches] == ["POST", "GET", "GET", "GET"]
        assert len(result.items) == 250 and result.filtered_here and not result.truncated


def test_a_cancelled_search_stops_with_no_result(qgis_app):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    with PagingStac(matched=100_000) as server:
        def cancel_after_two(result):
            if result.pages == 2:
                feedback.cancel()

        with pytest.raises(CancelledError):
            CatalogueClient(server.url, feedback=feedback).search(SearchQuery("terrascope_s2_toc_v2", page_size=100),
                                                                  progress=cancel_after_two)
        assert len(server.searches) == 2


def test_a_broken_item_in_a_page_is_skipped_with_a_note(stac_server, qgis_app):
    """The real server's answers are parsed item by item: one that cannot be read costs itself, not the search."""
    raw = stac_server.items("terrascope-s2-ndvi-v2", "31UFS")[0]
    from terrascope_s2.plugin.core.stac.search import SearchResult

    result = SearchResult(SearchQuery("terrascope-s2-ndvi-v2"))
    broken = dict(raw, properties={})
    result.add_page({"features": [raw, broken]}, parse_item)
    assert [i.id for i in result.items] == [raw["id"]] and "no valid date" in result.skipped[0]
