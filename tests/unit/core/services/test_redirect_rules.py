"""Where a request may go (plain Python): redirects, the login's origin, URLs holding a login."""

from __future__ import annotations

import pytest

from terrascope_s2.plugin.core.services.redirects import (
    MAX_REDIRECTS,
    RedirectError,
    login_goes_to,
    origin,
    redirect_target,
    safe_url,
    same_origin,
    url_has_login,
)


def test_origins_compare_scheme_host_and_port():
    assert origin("https://Services.Terrascope.be/download/x") == "https://services.terrascope.be:443"
    assert same_origin("https://services.terrascope.be:443/a", "https://services.terrascope.be")
    assert not same_origin("http://services.terrascope.be/a", "https://services.terrascope.be")
    assert not same_origin("https://services.terrascope.be:8443/a", "https://services.terrascope.be")
    assert not same_origin("https://evil.example/a", "https://services.terrascope.be")
    assert not same_origin("https://services.terrascope.be.evil.example/a", "https://services.terrascope.be")
    assert origin("file:///etc/hostname") == "" and origin("ftp://x/") == "" and origin("http://x:port/") == ""
    assert not same_origin("file:///etc/hostname", "")


def test_a_relative_location_is_resolved_against_the_current_url():
    assert redirect_target("http://a/download/x/y.tif", "/moved/y.tif", ["http://a/download/x/y.tif"]) == "http://a/moved/y.tif"
    assert redirect_target("http://a/d/x", "z", ["http://a/d/x"]) == "http://a/d/z"


@pytest.mark.parametrize("location", ["file:///etc/hostname", "ftp://a/x", "data:text/plain,hi", "javascript:x"])
def test_only_http_and_https_are_followed(location):
    with pytest.raises(RedirectError) as raised:
        redirect_target("http://a/x", location, ["http://a/x"])
    assert "only http and https" in raised.value.english()


def test_a_loop_and_too_many_hops_are_stopped():
    with pytest.raises(RedirectError, match="loop"):
        redirect_target("http://a/b", "/a", ["http://a/a", "http://a/b"])
    visited = [f"http://a/{n}" for n in range(MAX_REDIRECTS + 1)]
    with pytest.raises(RedirectError, match="more than 5"):
        redirect_target(visited[-1], "/next", visited)
    assert redirect_target(visited[-2], "/next", visited[:-1]) == "http://a/next"


def test_urls_in_messages_carry_no_login():
    assert safe_url("https://user:secret@host:8443/x?y=1") == "https://host:8443/x?y=1"
    assert "secret" not in safe_url("https://user:secret@host/x")


def test_a_login_goes_to_its_origin_and_to_its_https_upgrade_only():
    assert login_goes_to("https://services.terrascope.be/wmts?x", "https://services.terrascope.be:443")
    assert login_goes_to("https://sentineldata.vito.be/mapcache/wmts", "http://sentineldata.vito.be/wmts")  # upgrade
    assert not login_goes_to("http://sentineldata.vito.be/wmts", "https://sentineldata.vito.be/wmts")  # downgrade
    assert not login_goes_to("https://sentineldata.vito.be:8443/x", "http://sentineldata.vito.be/wmts")
    assert not login_goes_to("https://other.vito.be/x", "http://sentineldata.vito.be/wmts")
    assert not login_goes_to("http://127.0.0.2:8080/x", "http://127.0.0.1:8080/wmts")
    assert not login_goes_to("https://h:8443/x", "http://h:8080/x")  # not the standard ports: not the same server
    assert not login_goes_to("file:///etc/hostname", "http://h/") and not login_goes_to("http://h/", "")


@pytest.mark.parametrize("url", ["http://user:pw@h/x", "https://user@h", "http://:pw@h:80/", " HTTP://u:p@h/x?y=z@w"])
def test_a_url_with_a_user_name_or_password_is_recognised(url):
    assert url_has_login(url)


@pytest.mark.parametrize("url", ["http://h/x?mail=a@b.be", "http://h/x#a@b", "https://h/a@b/c", "", "not a url @ all"])
def test_an_at_sign_outside_the_host_part_is_no_login(url):
    assert not url_has_login(url)
