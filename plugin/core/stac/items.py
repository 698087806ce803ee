"""A STAC item of Terrascope's catalogue read into plain Python: its date, tile, cloud cover and files with their scaling.

Reads both shapes Terrascope serves:
- STAC 1.0 (V210 items): `raster:bands[0]` holds data_type, scale, offset, nodata and unit; the tile is
  `mgrs:utm_zone` + `mgrs:latitude_band` + `mgrs:grid_square`; `alternate.MEP.href` is the on-platform path.
- STAC 1.1 (V220 items): `data_type`, `raster:scale`, `raster:offset`, `nodata` and `unit` on the asset itself (or in
  its `bands`); the tile is `grid:code` ("MGRS-31UFS"); `alternate.local.href` is a file:// URL; `file:size`.
What an item does not say stays None (never a guess): an asset without raster metadata has `scaling` None.
Plain Python, no Qt: the QGIS-free tests read the real items with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from ..errors import PluginError
from ..grid.tiles import TileError, normalise_tile_id
from ..products.names import try_parse_product_name
from ..services.timevalues import TimeParseError, parse_instant
from ..text import QT_TRANSLATE_NOOP

IMAGE = "image"
CLASSIFICATION = "classification"
MASK = "mask"
METADATA = "metadata"
QUICKLOOK = "quicklook"
OTHER = "other"
PRODUCT_KINDS = (IMAGE, MASK, CLASSIFICATION, METADATA)  # what opening a product fetches: no quicklook, no other

BYTES_PER_SAMPLE = {"int8": 1, "uint8": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4, "int64": 8, "uint64": 8,
                    "float16": 2, "float32": 4, "float64": 8, "cint16": 4, "cint32": 8, "cfloat32": 8, "cfloat64": 16}
_GRID_CODE = re.compile(r"^MGRS-(?P<tile>\d{1,2}[A-Z]{3})$", re.IGNORECASE)


class CatalogueError(PluginError):
    """A catalogue answer the plugin cannot use (the message says what is wrong and what to do)."""


@dataclass(frozen=True)
class Scaling:
    """How an asset's digital numbers become physical values: physical = scale * DN + offset (None: not given)."""

    scale: float | None = None
    offset: float | None = None
    nodata: float | None = None
    data_type: str = ""
    unit: str = ""


@dataclass(frozen=True)
class Asset:
    key: str
    href: str
    file_name: str
    kind: str  # IMAGE, MASK, CLASSIFICATION, METADATA, QUICKLOOK or OTHER
    media_type: str = ""
    title: str = ""
    roles: tuple[str, ...] = ()
    local_path: str = ""  # the same file on Terrascope's platform (/data/MTDA/...), '' when the item gives none
    size: int | None = None  # bytes, from file:size
    scaling: Scaling | None = None  # None: the item gives no raster metadata for this file
    shape: tuple[int, int] | None = None  # rows, columns (proj:shape)

    @property
    def estimated_size(self) -> int | None:
        """file:size, else the uncompressed size from proj:shape and the data type (an upper bound), else None."""
        if self.size is not None:
            return self.size
        if self.shape is None or self.scaling is None or self.scaling.data_type not in BYTES_PER_SAMPLE:
            return None
        return self.shape[0] * self.shape[1] * BYTES_PER_SAMPLE[self.scaling.data_type]


@dataclass(frozen=True)
class Item:
    id: str
    collection: str
    acquired: datetime  # aware, UTC
    tile: str  # '' when the item does not say
    cloud_cover: float | None
    assets: tuple[Asset, ...]
    geometry: dict | None = None  # GeoJSON, WGS 84
    bbox: tuple[float, float, float, float] | None = None
    stac_version: str = ""
    platform: str = ""
    self_href: str = ""
    notes: tuple[str, ...] = field(default=())  # what was odd in the item (untranslated detail)

    def product_assets(self, contents: tuple[str, ...] | None = None) -> list[Asset]:
        """The files that make the product: its images (and masks), its scene classification and its metadata.

        `contents` (e.g. ("TOC-B04", "SCENECLASSIFICATION")) keeps only those contents' images; metadata stays."""
        chosen = []
        for asset in self.assets:
            if asset.kind not in PRODUCT_KINDS:
                continue
            if contents and asset.kind != METADATA:
                name = try_parse_product_name(asset.file_name)
                if name is None or name.content not in {c.upper() for c in contents}:
                    continue
            chosen.append(asset)
        return chosen

    @property
    def size(self) -> int | None:
        """The product's bytes (images, classification, metadata) when every file says its size; else None."""
        sizes = [asset.size for asset in self.product_assets()]
        return sum(sizes) if sizes and None not in sizes else None

    @property
    def estimated_size(self) -> int | None:
        """`size`, else the sum of the files' uncompressed sizes (an upper bound), else None."""
        if self.size is not None:
            return self.size
        sizes = [asset.estimated_size for asset in self.product_assets() if asset.kind != METADATA]
        return sum(sizes) if sizes and None not in sizes else None


def parse_item(data: object) -> Item:
    """An Item from a STAC item (a GeoJSON Feature, as json.loads gives it); CatalogueError when it cannot be one."""
    if not isinstance(data, dict) or data.get("type") != "Feature":
        raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue sent something that is not a STAC item."),
                             _shown(data))
    item_id = data.get("id")
    if not isinstance(item_id, str) or not item_id:
        raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue sent an item without an id."), _shown(data))
    properties = data.get("properties") if isinstance(data.get("properties"), dict) else {}
    when = properties.get("datetime") or properties.get("start_datetime")
    try:
        acquired = parse_instant(str(when)) if when else None
    except TimeParseError:
        acquired = None
    if acquired is None:
        raise CatalogueError(QT_TRANSLATE_NOOP("@default", "The catalogue's item {item} has no valid date."),
                             str(when or ""), item=item_id)
    notes: list[str] = []
    raw_assets = data.get("assets") if isinstance(data.get("assets"), dict) else {}
    assets = []
    for key, raw in raw_assets.items():
        asset = parse_asset(str(key), raw)
        if asset is None:
            notes.append(f"asset {key}: no href")
        else:
            assets.append(asset)
    cloud = properties.get("eo:cloud_cover")
    return Item(
        id=item_id,
        collection=str(data.get("collection") or ""),
        acquired=acquired,
        tile=item_tile(properties, item_id),
        cloud_cover=float(cloud) if isinstance(cloud, (int, float)) and not isinstance(cloud, bool) else None,
        assets=tuple(assets),
        geometry=data.get("geometry") if isinstance(data.get("geometry"), dict) else None,
        bbox=_bbox(data.get("bbox")),
        stac_version=str(data.get("stac_version") or ""),
        platform=str(properties.get("platform") or ""),
        self_href=next((str(link.get("href")) for link in data.get("links") or [] if isinstance(link, dict)
                        and link.get("rel") == "self" and link.get("href")), ""),
        notes=tuple(notes),
    )


def item_tile(properties: dict, item_id: str = "") -> str:
    """The Sentinel-2 tile of an item: `grid:code` (1.1), `mgrs:*` (1.0), else its id's product name; '' if none."""
    code = properties.get("grid:code")
    if isinstance(code, str):
        match = _GRID_CODE.match(code.strip())
        if match:
            return _tile_or_empty(match["tile"])
    zone, band, square = (properties.get(key) for key in ("mgrs:utm_zone", "mgrs:latitude_band", "mgrs:grid_square"))
    if zone is not None and band and square:
        try:
            return _tile_or_empty(f"{int(zone):02d}{band}{square}")
        except (TypeError, ValueError):
            pass
    name = try_parse_product_name(item_id)
    return name.tile if name is not None else ""


def parse_asset(key: str, raw: object) -> Asset | None:
    """One asset; None when it has no href (nothing to fetch)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("href"), str) or not raw["href"].strip():
        return None
    href = raw["href"].strip()
    roles = tuple(str(role).lower() for role in raw.get("roles") or () if isinstance(role, str))
    media_type = str(raw.get("type") or "")
    file_name = PurePosixPath(unquote(urlsplit(href).path)).name or key
    size = raw.get("file:size")
    shape = raw.get("proj:shape")
    return Asset(
        key=key,
        href=href,
        file_name=file_name,
        kind=asset_kind(file_name, media_type, roles),
        media_type=media_type,
        title=str(raw.get("title") or ""),
        roles=roles,
        local_path=local_path(raw.get("alternate")),
        size=int(size) if isinstance(size, (int, float)) and not isinstance(size, bool) and size >= 0 else None,
        scaling=asset_scaling(raw),
        shape=(int(shape[0]), int(shape[1])) if isinstance(shape, list) and len(shape) == 2
        and all(isinstance(v, (int, float)) for v in shape) else None,
    )


def asset_kind(file_name: str, media_type: str, roles: tuple[str, ...]) -> str:
    """What a file is to the product, from its roles, media type and name."""
    lowered = media_type.lower()
    if "metadata" in roles or "xml" in lowered or file_name.lower().endswith(".xml"):
        return METADATA
    name = try_parse_product_name(file_name)
    if {"thumbnail", "overview", "visual"} & set(roles) or (name is not None and name.is_quicklook):
        return QUICKLOOK
    if name is not None and name.content == "SCENECLASSIFICATION":
        return CLASSIFICATION
    if name is not None and name.content in ("CLOUDMASK", "SHADOWMASK"):
        return MASK
    if "tiff" in lowered or file_name.lower().endswith((".tif", ".tiff")) or "data" in roles:
        return IMAGE
    return OTHER


def asset_scaling(raw: dict) -> Scaling | None:
    """The first band's scaling: 1.1's fields on the asset or in `bands`, else 1.0's `raster:bands`; None if neither."""
    sources = [raw]
    for key in ("bands", "raster:bands"):
        bands = raw.get(key)
        if isinstance(bands, list) and bands and isinstance(bands[0], dict):
            sources.append(bands[0])
    found: dict[str, object] = {}
    for source in sources:  # the asset's own fields first (1.1), then its first band's
        for name, keys in (("scale", ("raster:scale", "scale")), ("offset", ("raster:offset", "offset")),
                           ("nodata", ("nodata",)), ("data_type", ("data_type",)), ("unit", ("unit",))):
            if name in found:
                continue
            for key in keys:
                if key in source and source[key] is not None:
                    found[name] = source[key]
                    break
    if not found:
        return None
    return Scaling(scale=_number(found.get("scale")), offset=_number(found.get("offset")),
                   nodata=_number(found.get("nodata")), data_type=str(found.get("data_type") or "").lower(),
                   unit=str(found.get("unit") or ""))


def local_path(alternate: object) -> str:
    """The on-platform path of an asset: `alternate.local` (a file:// URL) or `alternate.MEP` (a plain path)."""
    if not isinstance(alternate, dict):
        return ""
    ordered = [alternate.get("local"), alternate.get("MEP")] + [v for k, v in alternate.items() if k not in ("local", "MEP")]
    for entry in ordered:
        href = entry.get("href") if isinstance(entry, dict) else None
        if not isinstance(href, str):
            continue
        href = href.strip()
        if href.startswith("file://"):
            parts = urlsplit(href)
            if parts.netloc not in ("", "localhost"):
                continue
            return unquote(parts.path)
        if href.startswith("/"):
            return href
    return ""


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):  # "nan" is a real nodata of float rasters
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _tile_or_empty(text: str) -> str:
    try:
        return normalise_tile_id(text)
    except TileError:
        return ""


def _bbox(value: object) -> tuple[float, float, float, float] | None:
    if isinstance(value, list) and len(value) in (4, 6) and all(isinstance(v, (int, float)) for v in value):
        return (value[0], value[1], value[3], value[4]) if len(value) == 6 else tuple(value)  # type: ignore[return-value]
    return None


def _shown(data: object) -> str:
    text = repr(data)
    return text if len(text) <= 200 else text[:197] + "..."
