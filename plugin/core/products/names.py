"""Terrascope Sentinel-2 product names: parse them, and build them back.

`<MISSION>_<DATE>T<TIME>[Z]_<TILE>_<CONTENT>[_<RESOLUTION>]_V<VERSION>[_<OP>]`, found anywhere inside a longer name
(users rename and clip files: `small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import PurePath

from ..errors import PluginError
from ..grid.tiles import TileError, normalise_tile_id
from ..text import QT_TRANSLATE_NOOP

CONTENTS = (
    "TOC", *(f"TOC-B{band}" for band in ("01", "02", "03", "04", "05", "06", "07", "08", "8A", "09", "10", "11", "12")),
    "AOT", "CLOUDMASK", "SHADOWMASK", "SCENECLASSIFICATION", "FAPAR", "FCOVER", "LAI", "NDVI", "CCC", "CWC",
    "RAA", "SZA", "VZA", "WVP",
)
_CONTENT_ALTERNATIVES = "|".join(sorted((re.escape(c) for c in CONTENTS), key=len, reverse=True))

_NAME_RE = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?P<mission>S2[A-Z])_(?P<date>\d{8})T(?P<time>\d{6})(?P<zulu>Z?)"
    r"_(?P<tile>\d{2}[A-Z]{3})"
    rf"_(?P<content>{_CONTENT_ALTERNATIVES})"
    r"(?:_(?P<resolution>10|20|60)M)?"
    r"(?P<quicklook_word>_QUICKLOOK)?"
    r"_V(?P<version>\d{3})"
    r"(?P<operation>_QL|_(?:(?:10|20|60)M_)?WM_QL)?"  # V102 TOC writes _V102_WM_QL, without a resolution
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
EXAMPLE_NAME = "S2A_20160908T105416Z_31UFS_FAPAR_10M_V101"


class ProductNameError(PluginError, ValueError):
    """A name that is not a Terrascope Sentinel-2 product name."""


@dataclass(frozen=True)
class ProductName:
    """The fields of one Terrascope Sentinel-2 file or folder name."""

    mission: str  # S2A, S2B, S2C...
    acquired: datetime  # start of the segment, UTC
    tile: str  # MGRS id, e.g. 31UFS
    content: str  # FAPAR, TOC-B04, SCENECLASSIFICATION...
    version: str  # three digits: 101, 102, 200, 210, 220
    resolution: int | None = None  # metres, when the name says it
    quicklook: str = ""  # "", "_QL", "_10M_WM_QL", "_WM_QL" or "_QUICKLOOK"
    zulu: bool = True  # versions 1xx write a Z after the time

    @property
    def is_quicklook(self) -> bool:
        return bool(self.quicklook)

    @property
    def product_id(self) -> str:
        """The product (folder) a file belongs to: S2A_20191128T075251Z_36MZE_FAPAR_V102."""
        return f"{self._stem()}_{self.content.split('-')[0] if self.content.startswith('TOC') else self.content}_V{self.version}"

    @property
    def acquisition_key(self) -> tuple[str, datetime, str, str]:
        """What the files of one acquisition share, whatever their content."""
        return self.mission, self.acquired, self.tile, self.version

    def _stem(self) -> str:
        return f"{self.mission}_{self.acquired:%Y%m%dT%H%M%S}{'Z' if self.zulu else ''}_{self.tile}"

    def name(self) -> str:
        """The canonical name (without extension) of these fields."""
        resolution = f"_{self.resolution}M" if self.resolution else ""
        if self.quicklook == "_QUICKLOOK":
            return f"{self._stem()}_{self.content}{resolution}_QUICKLOOK_V{self.version}"
        return f"{self._stem()}_{self.content}{resolution}_V{self.version}{self.quicklook}"

    def with_content(self, content: str, resolution: int | None) -> ProductName:
        return replace(self, content=content, resolution=resolution, quicklook="")


def parse_product_name(text: str | PurePath) -> ProductName:
    """The fields of the first product name found in a file name, path or folder name.

    Raises ProductNameError, with a message for the user, for anything else.
    """
    raw = str(text)
    base = os.path.basename(raw.rstrip("/\\")) if raw else raw  # PurePath(raw).name, without its cost
    for candidate in (base, raw):  # the file's own name first, then its folders
        for match in _NAME_RE.finditer(candidate):
            parsed = _fields(match)
            if parsed is not None:
                return parsed
    shown = base if len(base) <= 120 else base[:117] + "..."
    raise ProductNameError(QT_TRANSLATE_NOOP(
        "@default", "'{name}' is not a Terrascope Sentinel-2 product name (expected a name such as {example}.tif)"),
        name=shown, example=EXAMPLE_NAME)


def try_parse_product_name(text: str | PurePath) -> ProductName | None:
    return _parsed_or_none(str(text))


@lru_cache(maxsize=8192)  # a folder's names are parsed again and again (searching, pairing, ranking); ProductName is frozen
def _parsed_or_none(raw: str) -> ProductName | None:
    try:
        return parse_product_name(raw)
    except ProductNameError:
        return None


@lru_cache(maxsize=1024)  # a folder holds few tiles (a quarter of a name's parsing)
def _tile_id(text: str) -> str:
    return normalise_tile_id(text)


def _fields(match: re.Match) -> ProductName | None:
    try:
        day, time = match["date"], match["time"]  # strptime took a third of a name's parsing
        acquired = datetime(int(day[:4]), int(day[4:6]), int(day[6:]), int(time[:2]), int(time[2:4]), int(time[4:]),
                            tzinfo=timezone.utc)
        tile_id = _tile_id(match["tile"])
    except (ValueError, TileError):
        return None
    operation = (match["operation"] or "").upper()
    return ProductName(
        mission=match["mission"].upper(),
        acquired=acquired,
        tile=tile_id,
        content=match["content"].upper(),
        version=match["version"],
        resolution=int(match["resolution"]) if match["resolution"] else None,
        quicklook="_QUICKLOOK" if match["quicklook_word"] else operation,
        zulu=bool(match["zulu"]),
    )
