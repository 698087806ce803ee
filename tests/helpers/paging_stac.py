"""A STAC API on loopback that answers every search with pages it computes, for what the real server in the tests
cannot show cheaply: a result set of 100,000 items (loading them into pgstac would take minutes), a server whose
`next` link loops, a server that refuses POST /search. Its items are copies of Terrascope's real item (new ids and
dates, newest first).

    with PagingStac(matched=100_000) as server:     # also refuse_post=True, loop_after=N, count_matched=False
        server.url                                   # the landing page
        server.searches                              # [(method, path, body)] of every search request
"""

from __future__ import annotations

import copy
import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .stac_items import REAL_ITEM, real_stac_file

CONFORMANCE = ["https://api.stacspec.org/v1.0.0/core", "https://api.stacspec.org/v1.0.0/item-search",
               "https://api.stacspec.org/v1.0.0-rc.2/item-search#filter",
               "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
               "https://api.stacspec.org/v1.1.0/item-search#sort"]


class PagingStac:
    def __init__(self, matched: int = 100_000, refuse_post: bool = False, loop_after: int | None = None,
                 count_matched: bool = True):
        self.matched, self.refuse_post, self.loop_after, self.count_matched = matched, refuse_post, loop_after, count_matched
        self.template = json.loads(real_stac_file(REAL_ITEM).read_text())
        self.searches: list[tuple[str, str, dict | None]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                server._answer(self, None)

            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                server._answer(self, body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> PagingStac:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def item(self, number: int) -> dict:
        """The number-th newest item: a copy of the real one, one hour older per number."""
        item = copy.deepcopy(self.template)
        when = datetime(2024, 1, 1, tzinfo=timezone.utc) - timedelta(hours=number)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        item["id"] = f"S2A_{when:%Y%m%dT%H%M%S}_38SKG_TOC_V210"
        item["properties"].update(datetime=stamp, start_datetime=stamp, end_datetime=stamp)
        return item

    def _answer(self, handler, body: dict | None) -> None:
        split = urlsplit(handler.path)
        if split.path == "/":
            self._send(handler, {"type": "Catalog", "id": "paging", "conformsTo": CONFORMANCE, "links": [
                {"rel": "search", "href": f"{self.url}search", "method": "GET"},
                {"rel": "search", "href": f"{self.url}search", "method": "POST"}]})
            return
        if split.path != "/search":
            self._send(handler, {"code": "NotFound"}, 404)
            return
        with self._lock:
            self.searches.append((handler.command, handler.path, body))
        if body is not None and self.refuse_post:
            self._send(handler, {"code": "MethodNotAllowed"}, 405)
            return
        query = {k: v[0] for k, v in parse_qs(split.query).items()}
        token = int((body or {}).get("token") or query.get("token") or 0)
        limit = int((body or {}).get("limit") or query.get("limit") or 10)
        numbers = range(token, min(token + limit, self.matched))
        page = {"type": "FeatureCollection", "features": [self.item(n) for n in numbers], "links": []}
        if self.count_matched:
            page["numberMatched"] = self.matched
        following = token + limit
        if self.loop_after is not None and following > self.loop_after:
            following = 0  # back to the first page
        if token + limit < self.matched:
            if body is not None:
                page["links"].append({"rel": "next", "method": "POST", "href": f"{self.url}search",
                                      "body": {"token": str(following)}, "merge": True})
            else:
                page["links"].append({"rel": "next", "href": f"{self.url}search?limit={limit}&token={following}"})
        self._send(handler, page)

    def _send(self, handler, document: dict, status: int = 200) -> None:
        data = json.dumps(document).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/geo+json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
