"""Redirects, deadlines and the request forms (GET, POST, a download to a file) of the plugin's one network module,
against the fault front on loopback, on the GUI thread and in a worker thread alike.

What the plugin promises whatever QGIS does with redirects (QGIS 3.40's QgsBlockingNetworkRequest follows them itself
and ignores the request's policy): http(s) only, at most 5 redirects, a relative Location followed, the deadline
counted over every hop.
"""

from __future__ import annotations

import os
import socket
import time

import pytest
from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QThread

from terrascope_s2.plugin.core.services import network
from terrascope_s2.plugin.core.services.network import MAX_REDIRECTS, FetchCancelledError, FetchError, download, fetch, post, send
from terrascope_s2.tests.helpers.faultfront import FaultFront

pytestmark = pytest.mark.services

TIMEOUT_S = 1


@pytest.fixture(scope="module")
def front():
    with FaultFront() as server:
        yield server


class _Worker(QThread):
    """Runs a function in a QThread of its own, as a QgsTask does (the request then waits in that thread's loop)."""

    def __init__(self, function):
        super().__init__()
        self.function, self.result, self.error = function, None, None

    def run(self):
        try:
            self.result = self.function()
        except Exception as error:  # noqa: BLE001 - handed to the test
            self.error = error


def on(thread: str, function):
    """function() on the GUI thread or in a worker thread; returns its result or raises its error."""
    if thread == "gui":
        return function()
    worker = _Worker(function)
    worker.start()
    assert worker.wait(60_000), "the worker thread never ended"
    if worker.error is not None:
        raise worker.error
    return worker.result


THREADS = ["gui", "worker"]


@pytest.mark.parametrize("thread", THREADS)
def test_a_redirect_to_a_local_file_is_refused_and_named(front, thread):
    front.requests.clear()
    with pytest.raises(FetchError) as caught:
        on(thread, lambda: fetch(front.url("/wmts/redirect-to?to=file:///etc/hostname"), timeout_s=TIMEOUT_S))
    text = caught.value.user_text()
    assert "only http and https" in text and "file:///etc/hostname" in text, text
    assert socket.gethostname() not in text.replace("file:///etc/hostname", "")
    assert front.hits("/wmts/redirect-to") == 1


@pytest.mark.parametrize("scheme", ["ftp://127.0.0.1/x", "data:text/plain,hello", "qrc:/images/x.png", "about:blank"])
def test_a_redirect_to_another_scheme_is_refused(front, scheme):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(front.url(f"/wmts/redirect-to?to={scheme}"), timeout_s=TIMEOUT_S)


@pytest.mark.parametrize("thread", THREADS)
def test_a_redirect_loop_stops_within_six_requests(front, thread):
    front.requests.clear()
    with pytest.raises(FetchError) as caught:
        on(thread, lambda: fetch(front.url("/wmts/redirect-loop/a"), timeout_s=TIMEOUT_S))
    assert "redirects the request in a loop" in caught.value.user_text()
    assert front.hits("/wmts/redirect-loop") <= MAX_REDIRECTS + 1 == 6  # A -> B -> A: stopped at the first repeat


def test_more_than_five_redirects_are_not_followed(front):
    front.requests.clear()
    with pytest.raises(FetchError, match="more than 5 times"):
        fetch(front.url("/wmts/slow-redirect/6?delay=0"), timeout_s=TIMEOUT_S)
    assert front.hits("/wmts/slow-redirect") == 6


def test_five_redirects_are_followed(front):
    front.requests.clear()
    body = fetch(front.url("/wmts/slow-redirect/5?delay=0"), timeout_s=TIMEOUT_S)
    assert b"<Capabilities" in body and front.hits("/wmts/slow-redirect") == 6


@pytest.mark.parametrize("thread", THREADS)
def test_a_relative_redirect_is_followed(front, thread):
    front.requests.clear()
    answer = on(thread, lambda: send(front.url("/wmts/redirect-relative"), timeout_s=TIMEOUT_S, fresh=True))
    assert b"<Capabilities" in answer.body and front.hits("/wmts/ok") == 1
    assert answer.url == front.url("/wmts/ok") and answer.redirects == (front.url("/wmts/redirect-relative"),)


@pytest.mark.parametrize("thread", THREADS)
def test_the_deadline_counts_every_hop(front, thread):
    """Six hops of 0.9 s each stay under the 1 s transfer timeout one by one; together they pass the 4 s deadline."""
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        on(thread, lambda: fetch(front.url(f"/wmts/slow-redirect/5?delay=0.9&thread={thread}"), timeout_s=TIMEOUT_S))
    took = time.monotonic() - started
    assert "did not answer in time" in caught.value.user_text()
    assert took < network.DEADLINE_FACTOR * TIMEOUT_S + 0.7, f"{took:.2f} s"


def test_a_cancel_during_a_redirect_chain_ends_it(front):
    feedback = QgsFeedback()
    worker = _Worker(lambda: fetch(front.url("/wmts/slow-redirect/5?delay=0.4&c=1"), timeout_s=5, feedback=feedback))
    worker.start()
    time.sleep(0.6)  # inside the second hop
    cancelled = time.monotonic()
    feedback.cancel()
    assert worker.wait(5_000)
    assert isinstance(worker.error, FetchCancelledError) and time.monotonic() - cancelled < 1.0


def test_a_post_is_sent_with_its_body_and_307_keeps_it(front):
    body = b'{"collections": ["terrascope-s2-ndvi-v2"], "limit": 2}'
    assert post(front.url("/stac/echo"), body, timeout_s=TIMEOUT_S) == b"POST application/json\n" + body
    kept = post(front.url("/stac/redirect-to?status=307&to=/stac/echo"), body, timeout_s=TIMEOUT_S)
    assert kept == b"POST application/json\n" + body


def test_a_303_after_a_post_goes_on_as_a_get(front):
    answer = post(front.url("/stac/redirect-to?status=303&to=/stac/echo"), b"{}", timeout_s=TIMEOUT_S)
    assert answer == b"GET \n"


def test_a_download_streams_into_the_file_and_replaces_it_only_when_whole(front, tmp_path):
    target = tmp_path / "tile.png"
    answer = download(front.url("/wmts/tile/a.png?WIDTH=64&HEIGHT=32"), str(target), timeout_s=TIMEOUT_S)
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") and answer.received == len(data) and answer.body == b""
    target.write_bytes(b"the user's file")
    for path in ("/wmts/status/404", "/wmts/hang"):
        with pytest.raises(FetchError):
            download(front.url(path), str(target), timeout_s=TIMEOUT_S)
    assert target.read_bytes() == b"the user's file"
    assert sorted(os.listdir(tmp_path)) == ["tile.png"]  # no part file left


def test_a_download_past_its_bound_stops_and_leaves_nothing(front, tmp_path):
    target = tmp_path / "huge.xml"
    with pytest.raises(FetchError, match="more data than the plugin accepts"):
        download(front.url("/wmts/body/huge"), str(target), timeout_s=5, max_bytes=2 * 1024 * 1024)
    assert os.listdir(tmp_path) == []


def test_a_url_with_a_login_is_refused_before_anything_is_sent(front):
    front.requests.clear()
    url = front.url("/wmts/ok").replace("://", "://someone:s3cret-pw@")
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout_s=TIMEOUT_S)
    assert "s3cret-pw" not in caught.value.user_text() and "someone" not in caught.value.user_text()
    assert not front.requests
