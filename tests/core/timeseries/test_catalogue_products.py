"""A series over catalogue results (core/timeseries/catalogue.py) against the loopback catalogue: each item's image of
the content and its classification fetched once, an item that cannot be fetched named and the others kept."""

from __future__ import annotations

import dataclasses

import pytest

from terrascope_s2.plugin.core.errors import CancelledError, PluginError
from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.plugin.core.stac.transfer import Login
from terrascope_s2.plugin.core.timeseries.catalogue import products_from_catalogue


def items(server, collection="terrascope-s2-fapar-v2", count=4):
    return [parse_item(raw) for raw in server.items(collection, "31UFS")[:count]]


def test_each_items_content_and_classification_are_fetched_and_paired(stac_server, stac_login, tmp_path):
    chosen = items(stac_server)
    seen = []
    search = products_from_catalogue(chosen, "fapar", tmp_path, stac_login, progress=seen.append)
    assert sorted(p.name.acquired for p in search.products) == sorted(i.acquired for i in chosen)
    assert not search.problems and seen[-1] == 100 and seen == sorted(seen)
    for product in search.products:
        assert product.path.parent.parent == tmp_path and product.classification is not None
        assert product.classification.parent == product.path.parent
        assert "SCENECLASSIFICATION" in product.classification.name
    requests = len(stac_server.file_requests())
    again = products_from_catalogue(chosen, "FAPAR", tmp_path, stac_login)
    assert [p.path for p in again.products] == [p.path for p in search.products]
    assert len(stac_server.file_requests()) == requests  # the files already there are used


def test_an_item_that_cannot_be_fetched_is_named_and_the_others_are_kept(stac_server, stac_login, tmp_path):
    good, bad, other = items(stac_server, count=3)
    forbidden = dataclasses.replace(bad, assets=tuple(
        dataclasses.replace(a, href=a.href.replace("/download/", "/forbidden/")) for a in bad.assets))
    search = products_from_catalogue([good, forbidden, other], "FAPAR", tmp_path, stac_login)
    assert [p.name.acquired for p in search.products] == sorted([good.acquired, other.acquired])
    (problem,) = search.problems
    assert bad.id in problem.user_text() and "refused" in problem.user_text()


def test_when_no_item_can_be_fetched_the_reason_is_the_error(stac_server, wrong_authcfg, tmp_path):
    with pytest.raises(PluginError) as raised:
        products_from_catalogue(items(stac_server, count=2), "FAPAR", tmp_path,
                                Login(wrong_authcfg, stac_server.download_origin))
    assert wrong_authcfg in raised.value.user_text() and "refused the login" in raised.value.user_text()
    assert not list(tmp_path.rglob("*.tif"))


def test_results_of_another_content_say_what_to_search(stac_server, stac_login, tmp_path):
    with pytest.raises(PluginError) as raised:
        products_from_catalogue(items(stac_server, "terrascope-s2-ndvi-v2"), "LAI", tmp_path, stac_login)
    assert raised.value.user_text() == ("None of the catalogue's results is a LAI product: search a LAI collection in "
                                        "the Catalogue tab, or follow another content.")


def test_a_cancel_stops_before_the_next_item(stac_server, stac_login, tmp_path):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(CancelledError):
        products_from_catalogue(items(stac_server), "FAPAR", tmp_path, stac_login, feedback=feedback)
    assert not list(tmp_path.iterdir())
