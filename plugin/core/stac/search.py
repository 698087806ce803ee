"""A catalogue search in plain Python: what is asked (SearchQuery), how it is sent (POST body with a CQL2-JSON filter, or
GET parameters), what is kept (the same test again on each item) and when paging stops (SearchResult's bounds).

The server's filter narrows what crosses the network; `matches()` keeps the answer right when a server ignores part of
it (a STAC API without the filter extension, a GET fallback that can only send a bounding box). Bounded on every side:
at most `max_items` items kept and `max_items * SCAN_FACTOR` read, whatever the catalogue holds (100,000 matches cost
the same as 2,000). No Qt here: the QGIS-free tests run it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from ..grid.tiles import normalise_tile_id
from ..text import QT_TRANSLATE_NOOP
from . import MAX_ITEMS
from .items import Item

PAGE_SIZE = 100  # items asked per page (Terrascope's API answers up to 1,000; 100 keeps the first page quick)
SCAN_FACTOR = 5  # items read per item kept, at most (a GET fallback reads neighbouring tiles' items too)
FILTER_CONFORMANCE = ("item-search#filter", "cql2-json")  # both in the landing page's conformsTo: POST + filter
SORT_CONFORMANCE = "item-search#sort"


@dataclass(frozen=True)
class SearchQuery:
    """What the user asks: one collection, tiles or a WGS 84 bbox (or neither), days (inclusive), a cloud ceiling."""

    collection: str
    tiles: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None  # lon/lat: west, south, east, north
    start: date | None = None
    end: date | None = None
    max_cloud_cover: float | None = None  # percent; items without a cloud cover are kept
    page_size: int = PAGE_SIZE
    max_items: int = MAX_ITEMS

    def __post_init__(self):
        object.__setattr__(self, "tiles", tuple(dict.fromkeys(normalise_tile_id(t) for t in self.tiles)))
        if self.start and self.end and self.start > self.end:
            from ..errors import PluginError

            raise PluginError(QT_TRANSLATE_NOOP("@default", "The start date is after the end date."))


def datetime_interval(start: date | None, end: date | None) -> str:
    """STAC's datetime parameter for whole days: '2023-05-01T00:00:00Z/2023-05-31T23:59:59Z', open ends as '..'."""
    def instant(day: date | None, at: time) -> str:
        if day is None:
            return ".."
        return datetime.combine(day, at, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    if start is None and end is None:
        return ""
    return f"{instant(start, time(0, 0, 0))}/{instant(end, time(23, 59, 59))}"


def tile_filter(tile_id: str) -> dict:
    """CQL2-JSON: an item of this tile, in either shape (1.0's mgrs:* properties, or 1.1's grid:code)."""
    return {"op": "or", "args": [
        {"op": "and", "args": [
            {"op": "=", "args": [{"property": "mgrs:utm_zone"}, int(tile_id[:2])]},
            {"op": "=", "args": [{"property": "mgrs:latitude_band"}, tile_id[2]]},
            {"op": "=", "args": [{"property": "mgrs:grid_square"}, tile_id[3:]]},
        ]},
        {"op": "=", "args": [{"property": "grid:code"}, f"MGRS-{tile_id}"]},
    ]}


def cql2_filter(query: SearchQuery) -> dict | None:
    """The query's tiles and cloud ceiling as one CQL2-JSON expression (None when there is neither)."""
    parts = []
    if query.tiles:
        tiles = [tile_filter(tile) for tile in query.tiles]
        parts.append(tiles[0] if len(tiles) == 1 else {"op": "or", "args": tiles})
    if query.max_cloud_cover is not None:
        parts.append({"op": "<=", "args": [{"property": "eo:cloud_cover"}, float(query.max_cloud_cover)]})
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"op": "and", "args": parts}


def post_body(query: SearchQuery, bbox: tuple[float, ...] | None = None, with_filter: bool = True,
              with_sort: bool = True) -> dict:
    """The JSON body of POST /search. `bbox` (lon/lat) narrows a tile search for servers that index space."""
    body: dict = {"collections": [query.collection], "limit": query.page_size}
    box = query.bbox or bbox
    if box is not None:
        body["bbox"] = [round(v, 7) for v in box]
    interval = datetime_interval(query.start, query.end)
    if interval:
        body["datetime"] = interval
    expression = cql2_filter(query) if with_filter else None
    if expression is not None:
        body["filter-lang"] = "cql2-json"
        body["filter"] = expression
    if with_sort:
        body["sortby"] = [{"field": "properties.datetime", "direction": "desc"}]
    return body


def get_parameters(query: SearchQuery, bbox: tuple[float, ...] | None = None, with_sort: bool = True) -> dict[str, str]:
    """GET /search's parameters (no filter: tiles and clouds are then tested on each item by `matches`)."""
    parameters = {"collections": query.collection, "limit": str(query.page_size)}
    box = query.bbox or bbox
    if box is not None:
        parameters["bbox"] = ",".join(f"{v:.7f}".rstrip("0").rstrip(".") for v in box)
    interval = datetime_interval(query.start, query.end)
    if interval:
        parameters["datetime"] = interval
    if with_sort:
        parameters["sortby"] = "-properties.datetime"
    return parameters


def matches(item: Item, query: SearchQuery) -> bool:
    """The query's test on one item (what a server may not have applied)."""
    if item.collection and item.collection != query.collection:
        return False
    if query.tiles and item.tile not in query.tiles:
        return False
    day = item.acquired.date()
    if (query.start and day < query.start) or (query.end and day > query.end):
        return False
    if query.max_cloud_cover is not None and item.cloud_cover is not None and item.cloud_cover > query.max_cloud_cover:
        return False
    return not (query.bbox is not None and item.bbox is not None and not _overlap(item.bbox, query.bbox))


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def newest_first(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda item: (item.acquired, item.id), reverse=True)


@dataclass
class NextPage:
    """Where the next page is: a GET url, or a POST url with its body."""

    href: str
    method: str = "GET"
    body: dict | None = None

    def key(self) -> str:
        return f"{self.method} {self.href} {json.dumps(self.body, sort_keys=True) if self.body else ''}"


def next_page(page: dict, previous_body: dict | None) -> NextPage | None:
    """The `next` link of a search answer (STAC API: `method`, `body`, `merge`), or None on the last page."""
    for link in page.get("links") or ():
        if not isinstance(link, dict) or link.get("rel") != "next" or not isinstance(link.get("href"), str):
            continue
        method = str(link.get("method") or "GET").upper()
        if method == "POST":
            body = link.get("body") if isinstance(link.get("body"), dict) else None
            if link.get("merge") and previous_body:
                body = {**previous_body, **(body or {})}
            return NextPage(link["href"], "POST", body if body is not None else previous_body)
        return NextPage(link["href"])
    return None


@dataclass
class SearchResult:
    """The items kept (newest first once `finish()` ran) and how the search ended."""

    query: SearchQuery
    items: list[Item] = field(default_factory=list)
    number_matched: int | None = None  # what the server says matches (numberMatched / context.matched)
    read: int = 0  # items the server sent
    pages: int = 0
    skipped: list[str] = field(default_factory=list)  # items that could not be read (id: why), for the log
    truncated: bool = False  # stopped at a bound, more would follow
    filtered_here: bool = False  # the server could not filter: tiles and clouds were tested on each item here
    _seen: set[str] = field(default_factory=set, repr=False)

    def add_page(self, page: dict, parse) -> None:
        """Keep a page's matching items (each once), up to the bounds; `parse` makes an Item of a feature or raises."""
        from .items import CatalogueError

        self.pages += 1
        if self.number_matched is None:
            self.number_matched = _matched(page)
        for feature in page.get("features") or ():
            if self.full:
                self.truncated = True
                return
            self.read += 1
            try:
                item = parse(feature)
            except CatalogueError as error:
                self.skipped.append(error.english())
                continue
            if item.id in self._seen or not matches(item, self.query):
                continue
            self._seen.add(item.id)
            self.items.append(item)

    @property
    def full(self) -> bool:
        return len(self.items) >= self.query.max_items or self.read >= self.query.max_items * SCAN_FACTOR

    def finish(self) -> SearchResult:
        self.items = newest_first(self.items)
        self._seen.clear()
        return self

    def bound_message(self) -> str:
        """English (marked for translation) when the search stopped at a bound, else ''; format with `values()`."""
        if not self.truncated:
            return ""
        if self.number_matched is not None and self.number_matched > len(self.items):
            return QT_TRANSLATE_NOOP("@default", "{matched} products match: the newest {shown} are listed. Narrow the "
                                                 "search (fewer days or tiles, a lower cloud cover) to see the others.")
        return QT_TRANSLATE_NOOP("@default", "More products match than the {shown} listed (the newest). Narrow the search "
                                             "(fewer days or tiles, a lower cloud cover) to see the others.")

    def values(self) -> dict[str, object]:
        return {"matched": self.number_matched, "shown": len(self.items)}


def _matched(page: dict) -> int | None:
    value = page.get("numberMatched")
    if value is None and isinstance(page.get("context"), dict):
        value = page["context"].get("matched")
    return int(value) if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
