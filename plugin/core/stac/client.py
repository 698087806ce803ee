"""Talking to a STAC API (Terrascope's catalogue or another): its landing page, its collections, and a search that
pages through the `next` links within bounds.

    client = CatalogueClient(url, login=Login(authcfg, download_origin), timeout_s=30, feedback=feedback)
    client.collections() -> [Collection]          read from the catalogue, never a list of our own
    client.search(SearchQuery(...), progress=lambda result: ...) -> SearchResult (newest first)

The search is a POST with a CQL2-JSON filter when the catalogue says it has the filter extension (landing page or
/conformance), else a GET with bbox and datetime, the tiles and clouds then tested here on each item; a POST the
server refuses (400, 405, 501) falls back to GET once. Blocking: call it from a QgsTask's run() or an algorithm.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, urlencode, urljoin

from qgis.core import QgsFeedback

from ..errors import CancelledError
from ..services.redirects import safe_url
from ..services.timevalues import TimeParseError, parse_instant
from ..text import QT_TRANSLATE_NOOP
from .items import CatalogueError, Item, parse_item
from .search import (
    FILTER_CONFORMANCE,
    SORT_CONFORMANCE,
    NextPage,
    SearchQuery,
    SearchResult,
    get_parameters,
    next_page,
    post_body,
)
from .transfer import Login, Response, TransferError, send, status_error

JSON_TYPES = "application/geo+json, application/json;q=0.9"
MAX_COLLECTION_PAGES = 20
DEADLINE_FACTOR = 4  # a whole answer (all its hops) may take this many times the no-byte timeout


@dataclass(frozen=True)
class Collection:
    id: str
    title: str
    description: str = ""
    start: date | None = None  # temporal extent
    end: date | None = None

    @property
    def label(self) -> str:
        return self.title or self.id


class CatalogueClient:
    def __init__(self, url: str, login: Login | None = None, timeout_s: float = 30, feedback: QgsFeedback | None = None):
        if not url or not url.strip():
            raise CatalogueError(QT_TRANSLATE_NOOP("@default", "No catalogue address is set: enter one in the plugin's "
                                                               "settings."))
        self.url = url.strip() if url.strip().endswith("/") else url.strip() + "/"
        self.login = login
        self.timeout_s = timeout_s
        self.feedback = feedback
        self._landing: dict | None = None
        self._conformance: set[str] | None = None

    # -- documents
    def get_json(self, url: str) -> dict:
        return self._json(self._send(url))

    def post_json(self, url: str, body: dict) -> dict:
        return self._json(self._send(url, "POST", json.dumps(body).encode()))

    def _send(self, url: str, method: str = "GET", body: bytes | None = None) -> Response:
        response = send(url, method=method, body=body, content_type="application/json" if body is not None else "",
                        accept=JSON_TYPES, login=self.login, timeout_s=self.timeout_s,
                        deadline_s=DEADLINE_FACTOR * self.timeout_s, feedback=self.feedback)
        if response.status >= 400:
            raise status_error(response, self.login)
        if response.status >= 300:
            raise TransferError(QT_TRANSLATE_NOOP("@default", "The server answered with an error."),
                                f"HTTP {response.status}: {response.url}", response.status)
        return response

    def _json(self, response: Response) -> dict:
        text = response.body.lstrip()[:200].lower()
        if "html" in response.content_type or text.startswith((b"<!doctype", b"<html")):
            raise CatalogueError(QT_TRANSLATE_NOOP(
                "@default", "The address {url} does not answer as a STAC catalogue (it sent a web page): check the "
                            "catalogue address in the plugin's settings."), url=response.url)
        if not response.body.strip():
            raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue sent an empty answer."), response.url)
        try:
            document = json.loads(response.body)
        except (ValueError, UnicodeDecodeError) as error:
            raise CatalogueError(QT_TRANSLATE_NOOP(
                "@default", "The catalogue sent an answer that is not valid JSON: check the catalogue address, or try "
                            "again later."), f"{response.url}: {error}") from None
        if not isinstance(document, dict):
            raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue sent an answer the plugin cannot read."),
                                 response.url)
        return document

    # -- the catalogue
    def landing(self) -> dict:
        if self._landing is None:
            landing = self.get_json(self.url)
            if not isinstance(landing.get("links"), list) and "conformsTo" not in landing:
                raise CatalogueError(QT_TRANSLATE_NOOP(
                    "@default", "The address {url} does not answer as a STAC catalogue: check the catalogue address in "
                                "the plugin's settings."), url=safe_url(self.url))
            self._landing = landing
        return self._landing

    def conformance(self) -> set[str]:
        if self._conformance is None:
            found = self.landing().get("conformsTo")
            if not isinstance(found, list):
                try:
                    found = self.get_json(self._link("conformance") or urljoin(self.url, "conformance")).get("conformsTo")
                except (TransferError, CatalogueError):
                    found = []
            self._conformance = {str(value) for value in found or () if isinstance(value, str)}
        return self._conformance

    def supports(self, *fragments: str) -> bool:
        """True when every fragment appears in one of the catalogue's conformance classes."""
        return all(any(fragment in value for value in self.conformance()) for fragment in fragments)

    def _link(self, rel: str, method: str = "") -> str:
        for link in self.landing().get("links") or ():
            if isinstance(link, dict) and link.get("rel") == rel and isinstance(link.get("href"), str):
                if not method or str(link.get("method") or "GET").upper() == method:
                    return urljoin(self.url, link["href"])
        return ""

    def collections(self) -> list[Collection]:
        """The catalogue's collections (all pages, bounded), sorted by title."""
        url = self._link("data") or urljoin(self.url, "collections")
        found: dict[str, Collection] = {}
        for _page in range(MAX_COLLECTION_PAGES):
            page = self.get_json(url)
            raw = page.get("collections")
            if not isinstance(raw, list):
                raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue's collection list cannot be read."),
                                     safe_url(url))
            for entry in raw:
                collection = _collection(entry)
                if collection is not None:
                    found.setdefault(collection.id, collection)
            following = next_page(page, None)
            if following is None or following.method != "GET" or following.href == url:
                break
            url = urljoin(url, following.href)
        return sorted(found.values(), key=lambda c: (c.label.lower(), c.id))

    def item(self, collection: str, item_id: str) -> Item:
        """One item by its collection and id (what a footprint layer keeps of a search)."""
        url = urljoin(self.url, f"collections/{quote(collection, safe='')}/items/{quote(item_id, safe='')}")
        return parse_item(self.get_json(url))

    def search(self, query: SearchQuery, progress: Callable[[SearchResult], None] | None = None,
               tile_bbox: Callable[[tuple[str, ...]], tuple[float, float, float, float] | None] | None = None
               ) -> SearchResult:
        """Items of `query`, newest first, bounded (see SearchResult.truncated); `progress` after each page.

        `tile_bbox(tiles)` gives the tiles' WGS 84 box, sent with the search so that a server without the filter
        extension narrows by place (the tiles are tested here on each item anyway)."""
        result = SearchResult(query)
        with_filter = self.supports(*FILTER_CONFORMANCE)
        with_sort = self.supports(SORT_CONFORMANCE)
        bbox = tile_bbox(query.tiles) if tile_bbox is not None and query.tiles and query.bbox is None else None
        search_url = self._link("search", "POST" if with_filter else "GET") or self._link("search") \
            or urljoin(self.url, "search")
        page_request: NextPage | None
        if with_filter:
            page_request = NextPage(search_url, "POST", post_body(query, bbox, with_filter=True, with_sort=with_sort))
        else:
            page_request = self._get_request(search_url, query, bbox, with_sort)
            result.filtered_here = True
        seen: set[str] = set()
        first = True
        while page_request is not None and not result.full:
            if self.feedback is not None and self.feedback.isCanceled():
                raise CancelledError()
            seen.add(page_request.key())
            try:
                page = self._page(page_request)
            except TransferError as error:
                if not (first and page_request.method == "POST" and error.status in (400, 405, 415, 501)):
                    raise
                # the server refuses the POST or its filter: the same search as GET, filtered here
                page_request = self._get_request(search_url, query, bbox, with_sort)
                result.filtered_here = True
                first = False
                continue
            first = False
            if not isinstance(page.get("features"), list):
                raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue's search answer cannot be read."),
                                     safe_url(page_request.href))
            result.add_page(page, parse_item)
            if progress is not None:
                progress(result)
            following = next_page(page, page_request.body)
            if following is not None:
                following.href = urljoin(page_request.href, following.href)
                if following.key() in seen:
                    following = None  # a server that points back at a page it sent: the end
            if following is not None and result.full:
                result.truncated = True
            page_request = following
        return result.finish()

    def _get_request(self, search_url: str, query: SearchQuery, bbox, with_sort: bool) -> NextPage:
        return NextPage(f"{search_url}?{urlencode(get_parameters(query, bbox, with_sort))}")

    def _page(self, request: NextPage) -> dict:
        if request.method == "POST":
            return self.post_json(request.href, request.body or {})
        return self.get_json(request.href)


def _collection(entry: object) -> Collection | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
        return None
    start = end = None
    try:
        interval = entry["extent"]["temporal"]["interval"][0]
        start = parse_instant(interval[0]).date() if interval[0] else None
        end = parse_instant(interval[1]).date() if interval[1] else None
    except (KeyError, IndexError, TypeError, TimeParseError, AttributeError):
        pass
    return Collection(entry["id"], str(entry.get("title") or ""), str(entry.get("description") or ""), start, end)


def tiles_wgs84_bbox(tiles: tuple[str, ...]) -> tuple[float, float, float, float] | None:
    """The WGS 84 box (west, south, east, north) around Sentinel-2 tiles, for a search by place."""
    from qgis.core import QgsCoordinateReferenceSystem

    from ..grid.tile_layers import tile_extent

    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    boxes = [tile_extent(tile_id, wgs84) for tile_id in tiles]
    if not boxes:
        return None
    return (min(b.xMinimum() for b in boxes), min(b.yMinimum() for b in boxes),
            max(b.xMaximum() for b in boxes), max(b.yMaximum() for b in boxes))
