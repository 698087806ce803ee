"""A login goes only to the server it was set up for (issue 11, items 1 and 2).

Two servers on loopback: the service (127.0.0.1, which checks the Basic login on /auth) and another one
(127.0.0.2) that logs every Authorization header it receives. Each case runs the plugin with a real Basic
configuration of QGIS's authentication database in a throwaway profile (a child process: login_probe.py), and draws
layers for real with QGIS's renderer. The other server must never see the login.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from terrascope_s2.tests.helpers.faultfront import FaultFront
from terrascope_s2.tests.helpers.paths import IMPORT_ROOT

pytestmark = pytest.mark.services

USER = "terrascope-user"
PASSWORD = "Pw-origin-7&k=y 'SECRET'"
BASIC = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
MARKERS = [PASSWORD, "SECRET", BASIC, quote(PASSWORD)]


@pytest.fixture(scope="module")
def service():
    with FaultFront(credentials=(USER, PASSWORD)) as server:
        yield server


@pytest.fixture(scope="module")
def other():
    with FaultFront(host="127.0.0.2") as server:
        yield server


@pytest.fixture
def probe(tmp_path):
    """probe(what, **arguments) -> the JSON the child printed (a fresh throwaway profile each time)."""
    import_root = IMPORT_ROOT

    def run(what: str, **arguments) -> dict:
        config = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
        config.mkdir()
        env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
        env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config))
        done = subprocess.run([sys.executable, str(Path(__file__).with_name("login_probe.py")), str(import_root), USER,
                               PASSWORD, what, json.dumps(arguments)], env=env, capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert "crash" not in result, result["crash"]
        shown = json.dumps({key: value for key, value in result.items() if key != "source"}) + done.stderr
        assert not [marker for marker in MARKERS if marker in shown], f"the login leaked into what was shown: {shown[:2000]}"
        return result

    return run


def logins(server: FaultFront) -> list[str]:
    return [path for path, value in server.authorizations() if value == f"Basic {BASIC}"]


def tiles(server: FaultFront) -> list[str]:
    """The tile requests a server received (KVP GetTile, which QGIS prefers when offered, or REST)."""
    return [path for path, _ in server.requests if "REQUEST=GetTile" in path or path.startswith("/wmts/tile/")]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_server_is_followed_without_the_login(probe, service, other, status):
    service.requests.clear()
    other.requests.clear()
    target = other.url(f"/wmts/ok?redirected={status}")  # one address each: QGIS's cache would answer a second time
    asked = f"/wmts/redirect-to?status={status}&to={quote(target, safe='')}"
    result = probe("fetch", url=service.url(asked))
    assert other.authorizations() == [] and other.hits("/wmts/ok") == 1
    assert "<Capabilities" in result["body"] and result["url"] == target and result["left"] == target
    assert logins(service) == [asked]  # the login was used


def test_a_redirect_back_to_the_service_keeps_the_login(probe, service):
    service.requests.clear()
    result = probe("fetch", url=service.url("/wmts/redirect-to?to=/wmts/auth"))
    assert "<Capabilities" in result["body"] and len(logins(service)) == 2


def test_a_refusal_after_a_redirect_says_where_it_pointed(probe, service, other):
    other.requests.clear()
    result = probe("fetch", url=service.url(f"/wmts/redirect-to?to={quote(other.url('/wmts/status/401'), safe='')}"))
    assert "sends the login only to the server in its settings" in result["error"], result
    assert other.url("/wmts/status/401") in result["error"] and other.authorizations() == []


def test_an_answer_to_a_login_is_never_served_from_qgis_cache_without_it(probe, service):
    """QGIS's network cache is shared by every request of the profile: a document the login fetched must not come back
    from it to a request without the login (the server says it may be kept for 5 minutes)."""
    service.requests.clear()
    result = probe("fetch-then-without-login", url=service.url("/wmts/auth?cacheable=1"))
    assert "<Capabilities" in result["with_login"]["body"], result
    assert "without" not in result and "401" in result["without_error"], result
    assert len([path for path, _ in service.requests if path.startswith("/wmts/auth")]) == 2  # both reached the server


def test_a_server_that_echoes_the_login_is_not_quoted(probe, service):
    result = probe("fetch", url=service.url("/wms/echo-auth"))
    assert "HTTP 500" in result["error"] and "Access denied" in result["error"], result
    assert USER not in result["error"] and "[hidden]" in result["error"]


def test_wmts_tiles_on_another_server_are_refused_with_its_name(probe, service, other):
    other.requests.clear()
    result = probe("layer", kind="WMTS", url=service.url(f"/wmts/auth?elsewhere={quote(other.url(''), safe='')}"))
    assert other.authorizations() == []
    assert "refused" in result, result
    assert other.url("").rstrip("/") in result["refused"] and "login" in result["refused"]
    assert other.authorizations() == []


def test_wmts_tiles_on_another_server_are_drawn_when_there_is_no_login(probe, service, other):
    other.requests.clear()
    result = probe("layer", kind="WMTS", url=service.url(f"/wmts/ok?elsewhere={quote(other.url(''), safe='')}&n=1"),
                   login=False)
    assert result["valid"] and result["painted"] > 0, result
    assert tiles(other) and other.authorizations() == []


def test_wmts_tiles_of_the_service_itself_get_the_login(probe, service):
    service.requests.clear()
    result = probe("layer", kind="WMTS", url=service.url("/wmts/auth"))
    assert result["valid"] and result["painted"] > 0, result
    assert tiles(service) and set(tiles(service)) <= set(logins(service))


@pytest.mark.parametrize("kind", ["WMS", "WMST"])
def test_a_wms_sends_map_legend_and_identify_only_to_its_own_server(probe, service, other, kind):
    """The document puts GetMap, GetFeatureInfo, GetLegendGraphic and the LegendURL on the other server:
    IgnoreGetMapUrl/IgnoreGetFeatureInfoUrl keep QGIS on the service's url (with the login), the other sees nothing."""
    service.requests.clear()
    other.requests.clear()
    elsewhere = quote(other.url(""), safe="")
    result = probe("layer", kind=kind, url=service.url(f"/wms/auth?elsewhere={elsewhere}&legends={elsewhere}"))
    assert other.requests == [], other.requests
    assert result.get("valid") and result["painted"] > 0 and result["legend"], result
    assert "IgnoreGetMapUrl=1" in result["source"] and "IgnoreGetFeatureInfoUrl=1" in result["source"]
    asked = {path.split("REQUEST=")[-1].split("&")[0].lower() for path in logins(service) if "REQUEST=" in path}
    assert {"getmap", "getfeatureinfo", "getlegendgraphic"} <= asked, asked


@pytest.mark.parametrize("kind", ["WMTS", "WMS"])
def test_capabilities_redirected_to_another_server_make_the_layer_refused(probe, service, other, kind):
    """QGIS's provider would follow the same redirect, with the login."""
    other.requests.clear()
    target = quote(other.url(f"/{kind.lower()}/ok"), safe="")
    result = probe("layer", kind=kind, url=service.url(f"/{kind.lower()}/redirect-to?to={target}"))
    assert other.authorizations() == []
    assert "refused" in result and other.url("").rstrip("/") in result["refused"], result
