"""The tests' catalogue is the real software with the real items: what it serves is what was loaded."""

from __future__ import annotations

import json

from terrascope_s2.tests.helpers.loopback_server import http_get
from terrascope_s2.tests.helpers.stac_items import real_stac_file


def get_json(port: int, path: str) -> dict:
    status, body = http_get(port, path)
    assert status == 200, body[:300]
    return json.loads(body)


def test_the_real_terrascope_item_comes_back_as_it_was_loaded(stac_server):
    real = json.loads(real_stac_file("S2A_20230220T074941_38SKG_TOC_V210.json").read_text())
    served = get_json(stac_server.api_port, f"/collections/terrascope_s2_toc_v2/items/{real['id']}")
    assert served["assets"] == real["assets"]
    assert served["properties"]["eo:cloud_cover"] == 7.156
    assert served["geometry"] == real["geometry"]


def test_the_catalogue_lists_the_real_collection_and_the_derived_ones(stac_server):
    ids = {c["id"] for c in get_json(stac_server.api_port, "/collections")["collections"]}
    assert ids == {"terrascope_s2_toc_v2", "terrascope-s2-ndvi-v2", "terrascope-s2-fapar-v2", "terrascope-s2-fcover-v2",
                   "terrascope-s2-lai-v2"}


def test_the_server_filters_with_cql2_and_counts_matches(stac_server):
    """POST /search with a CQL2-JSON filter on the tile and the cloud cover, as Terrascope's catalogue takes it."""
    import http.client

    body = {"collections": ["terrascope-s2-fapar-v2"], "limit": 500, "filter-lang": "cql2-json",
            "filter": {"op": "and", "args": [
                {"op": "=", "args": [{"property": "mgrs:grid_square"}, "FS"]},
                {"op": "<=", "args": [{"property": "eo:cloud_cover"}, 30]}]}}
    connection = http.client.HTTPConnection("127.0.0.1", stac_server.api_port, timeout=10)
    connection.request("POST", "/search", json.dumps(body), {"Content-Type": "application/json"})
    page = json.loads(connection.getresponse().read())
    connection.close()
    expected = [i["id"] for i in stac_server.items("terrascope-s2-fapar-v2", "31UFS") if i["properties"]["eo:cloud_cover"] <= 30]
    assert 5 < len(expected) < 73
    assert sorted(f["id"] for f in page["features"]) == sorted(expected)
    assert page["numberMatched"] == len(expected)


def test_the_files_need_the_login_and_are_byte_for_byte_the_served_ones(stac_server):
    import base64
    import http.client

    item = stac_server.items("terrascope-s2-ndvi-v2", "31UFS")[0]
    href = next(a["href"] for a in item["assets"].values() if a["href"].endswith("_NDVI_10M_V210.tif"))
    path = href.split(str(stac_server.files_port), 1)[1]
    assert http_get(stac_server.files_port, path)[0] == 401
    connection = http.client.HTTPConnection("127.0.0.1", stac_server.files_port, timeout=10)
    login = base64.b64encode(f"{stac_server.user}:{stac_server.password}".encode()).decode()
    connection.request("GET", path, headers={"Authorization": f"Basic {login}"})
    response = connection.getresponse()
    assert response.status == 200
    assert response.read() == stac_server.served_path(href).read_bytes()
    connection.close()


def test_the_newer_items_point_at_a_local_copy_that_exists_and_the_older_at_the_platform(stac_server):
    lai = stac_server.items("terrascope-s2-lai-v2", "31UFS")[0]
    ndvi = stac_server.items("terrascope-s2-ndvi-v2", "31UFS")[0]
    from pathlib import Path
    from urllib.parse import urlsplit

    local = [a["alternate"]["local"]["href"] for a in lai["assets"].values()]
    assert all(Path(urlsplit(h).path).is_file() for h in local)
    platform = [a["alternate"]["MEP"]["href"] for a in ndvi["assets"].values()]
    assert all(h.startswith("/data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2/") and not Path(h).exists() for h in platform)
