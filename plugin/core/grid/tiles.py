"""The Sentinel-2 tiling grid: a tile's exact extent and CRS from its MGRS id.

ESA's tiles are 109,800 m squares whose upper-left corner is the south-west corner of the MGRS 100 km square,
moved up by 100 km, then snapped outward to the 60 m pixel grid (x down, y up): 31UFS has its corner at
(600000, 5700000), 31UEQ at (499980, 5500020). This is plain arithmetic on the MGRS letters; the test suite
checks it against every tile of ESA's grid.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

TILE_SIZE_M = 109_800
BELGIAN_TILES = ("31UET", "31UFT", "31UDS", "31UES", "31UFS", "31UGS", "31UER", "31UFR", "31UGR", "31UFQ")
# where each of them lies: places inside the tile (checked against ESA's grid by the tests)
BELGIAN_TILE_PLACES = {
    "31UET": QT_TRANSLATE_NOOP("@default", "Zeeland"),
    "31UFT": QT_TRANSLATE_NOOP("@default", "Eindhoven"),
    "31UDS": QT_TRANSLATE_NOOP("@default", "Dunkirk, Ypres"),
    "31UES": QT_TRANSLATE_NOOP("@default", "Ghent, Brussels"),
    "31UFS": QT_TRANSLATE_NOOP("@default", "Hasselt, Liège"),
    "31UGS": QT_TRANSLATE_NOOP("@default", "Aachen, Eupen"),
    "31UER": QT_TRANSLATE_NOOP("@default", "Mons, Charleroi"),
    "31UFR": QT_TRANSLATE_NOOP("@default", "Dinant, Bastogne"),
    "31UGR": QT_TRANSLATE_NOOP("@default", "Luxembourg"),
    "31UFQ": QT_TRANSLATE_NOOP("@default", "Verdun"),
}

_BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8 degree latitude bands from 80 S; X is 12 degrees
_ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUV"  # 100 km rows, repeating every 2,000 km
_COLUMN_SETS = ("STUVWXYZ", "ABCDEFGH", "JKLMNPQR")  # 100 km columns, by zone modulo 3
_TILE_SHAPE = re.compile(r"^T?(?P<zone>\d{1,2})(?P<band>[A-Z])(?P<column>[A-Z])(?P<row>[A-Z])$")

# WGS 84 and UTM constants
_A = 6_378_137.0
_F = 1 / 298.257223563
_K0 = 0.9996


class TileError(PluginError, ValueError):
    """A text that is not a Sentinel-2 tile id."""


@dataclass(frozen=True)
class Tile:
    """One Sentinel-2 tile: its id, the EPSG code of its UTM zone and its extent in that CRS (metres)."""

    tile_id: str
    epsg: int
    xmin: int
    ymin: int
    xmax: int
    ymax: int

    @property
    def crs_authid(self) -> str:
        return f"EPSG:{self.epsg}"

    @property
    def zone(self) -> int:
        return int(self.tile_id[:2])

    @property
    def northern(self) -> bool:
        return self.tile_id[2] >= "N"

    def extent(self) -> tuple[int, int, int, int]:
        return self.xmin, self.ymin, self.xmax, self.ymax


def normalise_tile_id(text: str) -> str:
    """'t31ufs', ' 31UFS ' and '31ufs' all give '31UFS'; anything else raises TileError saying what is wrong with it
    (its shape, the zone, the latitude band, a column letter the zone does not use, a row letter that does not exist)."""
    candidate = str(text).strip().upper()
    match = _TILE_SHAPE.match(candidate)
    if not match:
        raise TileError(QT_TRANSLATE_NOOP(
            "@default", "'{text}' is not a Sentinel-2 tile id: type a UTM zone, a latitude band and two letters, such as "
                        "31UFS."), text=text)
    zone, band, column, row = int(match["zone"]), match["band"], match["column"], match["row"]
    if not 1 <= zone <= 60:
        raise TileError(QT_TRANSLATE_NOOP("@default", "'{text}' is not a Sentinel-2 tile id: UTM zones run from 01 to 60."),
                        text=text)
    if band not in _BANDS:
        raise TileError(QT_TRANSLATE_NOOP(
            "@default", "'{text}' is not a Sentinel-2 tile id: {band} is not a latitude band (C to X, without I and O)."),
            text=text, band=band)
    columns = _COLUMN_SETS[zone % 3]
    if column not in columns and row not in _ROW_LETTERS:
        raise TileError(QT_TRANSLATE_NOOP(
            "@default", "'{text}' is not a Sentinel-2 tile id: zone {zone} has the columns {first} to {last}, not "
                        "{column}, and the rows run from A to V, not {row}."),
            text=text, zone=f"{zone:02d}", first=columns[0], last=columns[-1], column=column, row=row)
    if column not in columns:
        raise TileError(QT_TRANSLATE_NOOP(
            "@default", "'{text}' is not a Sentinel-2 tile id: zone {zone} has the columns {first} to {last}, not "
                        "{column}."), text=text, zone=f"{zone:02d}", first=columns[0], last=columns[-1], column=column)
    if row not in _ROW_LETTERS:
        raise TileError(QT_TRANSLATE_NOOP(
            "@default", "'{text}' is not a Sentinel-2 tile id: the rows run from A to V (without I and O), not {row}."),
            text=text, row=row)
    return f"{zone:02d}{band}{column}{row}"


def is_tile_id(text: str) -> bool:
    try:
        normalise_tile_id(text)
    except TileError:
        return False
    return True


def _meridian_arc(latitude_deg: float) -> float:
    """Length of the meridian from the equator to a latitude on the WGS 84 ellipsoid (metres)."""
    e2 = _F * (2 - _F)
    e4, e6 = e2 * e2, e2 * e2 * e2
    phi = math.radians(latitude_deg)
    return _A * (
        (1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
        - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * math.sin(2 * phi)
        + (15 * e4 / 256 + 45 * e6 / 1024) * math.sin(4 * phi)
        - (35 * e6 / 3072) * math.sin(6 * phi)
    )


def tile(tile_id: str) -> Tile:
    """The exact extent and CRS of a Sentinel-2 tile, e.g. tile('31UFS').extent() == (600000, 5590200, 709800, 5700000)."""
    tid = normalise_tile_id(tile_id)
    zone, band, column, row = int(tid[:2]), tid[2], tid[3], tid[4]
    columns = _COLUMN_SETS[zone % 3]  # normalise_tile_id() made sure the column is one of the zone's
    easting = (columns.index(column) + 1) * 100_000

    # Row letters restart every 2,000 km (shifted by five letters in even zones): take the cycle nearest the band's middle,
    # since ESA's tiles of a band can reach far past its edges (band C goes south of 80 S).
    row_northing = ((_ROW_LETTERS.index(row) - (5 if zone % 2 == 0 else 0)) % 20) * 100_000
    band_south = -80 + 8 * _BANDS.index(band)
    band_north = 84 if band == "X" else band_south + 8
    northern = band >= "N"
    band_middle = _K0 * (_meridian_arc(band_south) + _meridian_arc(band_north)) / 2
    false_northing = 0 if northern else 10_000_000
    cycles = round((band_middle + false_northing - row_northing - 50_000) / 2_000_000)
    northing = row_northing + cycles * 2_000_000 - false_northing  # signed: ESA snaps it before adding the false northing

    xmin = math.floor(easting / 60) * 60
    ymax = math.ceil((northing + 100_000) / 60) * 60 + false_northing
    return Tile(tid, (32600 if northern else 32700) + zone, xmin, ymax - TILE_SIZE_M, xmin + TILE_SIZE_M, ymax)
