"""Where a request may go (plain Python): redirects and the login's origin."""

from __future__ import annotations

import pytest

from terrascope_s2.plugin.core.stac.redirects import (
    MAX_REDIRECTS,
    RedirectError,
    origin,
    redirect_target,
    safe_url,
    same_origin,
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
