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

TILE_SIZE_M = 109_800
BELGIAN_TILES = ("31UET", "31UFT", "31UDS", "31UES", "31UFS", "31UGS", "31UER", "31UFR", "31UGR", "31UFQ")

_BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8 degree latitude bands from 80 S; X is 12 degrees
_ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUV"  # 100 km rows, repeating every 2,000 km
_COLUMN_SETS = ("STUVWXYZ", "ABCDEFGH", "JKLMNPQR")  # 100 km columns, by zone modulo 3
_TILE_RE = re.compile(r"^T?(?P<zone>\d{1,2})(?P<band>[C-HJ-NP-X])(?P<column>[A-HJ-NP-Z])(?P<row>[A-HJ-NP-V])$")

# WGS 84 and UTM constants
_A = 6_378_137.0
_F = 1 / 298.257223563
_K0 = 0.9996


class TileError(ValueError):
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
    """'t31ufs', ' 31UFS ' and '31ufs' all give '31UFS'; anything else raises TileError."""
    candidate = str(text).strip().upper()
    match = _TILE_RE.match(candidate)
    if not match or not 1 <= int(match["zone"]) <= 60:
        raise TileError(f"'{text}' is not a Sentinel-2 tile id (expected a zone, a band and two letters, e.g. 31UFS)")
    return f"{int(match['zone']):02d}{match['band']}{match['column']}{match['row']}"


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
    columns = _COLUMN_SETS[zone % 3]
    if column not in columns:
        raise TileError(f"'{tile_id}' is not a Sentinel-2 tile id: column letter {column} does not occur in UTM zone {zone}")
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


# ------------------------------------------------------------------------------------- in QGIS (qgis.core, imported lazily)

OUTLINE_DENSIFY = 20  # points added on each side: a UTM square's sides curve in other CRSs


def tile_corners(square: Tile) -> list[tuple[float, float]]:
    """The closed ring of a tile's square in its own UTM CRS, clockwise from the upper-left corner."""
    return [(square.xmin, square.ymax), (square.xmax, square.ymax), (square.xmax, square.ymin),
            (square.xmin, square.ymin), (square.xmin, square.ymax)]


def tile_geometry(square: Tile, crs=None, transform_context=None):
    """The tile's square as a QgsGeometry polygon, densified and reprojected to crs (a QgsCoordinateReferenceSystem;
    None keeps the tile's UTM CRS). The one geometry both the Processing algorithm and the dock use."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
        QgsGeometry,
        QgsPointXY,
    )

    geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in tile_corners(square)]]).densifyByCount(OUTLINE_DENSIFY)
    source = QgsCoordinateReferenceSystem(square.crs_authid)
    if crs is not None and crs.isValid() and crs != source:
        geometry.transform(QgsCoordinateTransform(source, crs, transform_context or QgsCoordinateTransformContext()))
    return geometry


def tile_extent(tile_id: str, crs=None, transform_context=None):
    """The bounding rectangle (QgsRectangle) of a tile in crs: its exact extent in its own UTM zone, else the box of
    the densified, reprojected square."""
    return tile_geometry(tile(tile_id), crs, transform_context).boundingBox()


def zoom_to_tile(canvas, tile_id: str, project=None, margin: float = 1.0):
    """Zoom a map canvas to a tile's extent, reprojected to the canvas's CRS (else the project's, else the tile's own),
    scaled by `margin` (1.05: a little room around it); returns the tile's extent in that CRS."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    project = project or QgsProject.instance()
    crs = canvas.mapSettings().destinationCrs()
    if not crs.isValid():
        crs = project.crs()
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem(tile(tile_id).crs_authid)
    extent = tile_extent(tile_id, crs, project.transformContext())
    shown = extent.buffered(0)  # a copy
    if margin != 1.0:
        shown.scale(margin)
    canvas.setExtent(shown)
    canvas.refresh()
    return extent


OUTLINE_FIELDS = (("tile", "string"), ("epsg", "int"), ("chosen", "int"))


def tile_outline_features(fields, tile_ids, crs, transform_context=None, chosen: str = "") -> list:
    """QgsFeatures with the outlines of tiles in crs (each tile once), for a layer with (some of) the fields tile,
    epsg and chosen (1 for the tile `chosen`). The one place outline features are made: the Processing algorithm's
    and the dock's outline layers both use tile_geometry through this."""
    from qgis.core import QgsFeature

    features = []
    for square in (tile(tile_id) for tile_id in dict.fromkeys(tile_ids)):
        values = {"tile": square.tile_id, "epsg": square.epsg, "chosen": int(square.tile_id == chosen)}
        feature = QgsFeature(fields)
        feature.setGeometry(tile_geometry(square, crs, transform_context))
        feature.setAttributes([values.get(field.name()) for field in fields])
        features.append(feature)
    return features


def tile_outline_layer(tile_ids, crs=None, name: str = "", transform_context=None, chosen: str = ""):
    """A memory layer with the outlines of tiles (fields tile, epsg, chosen), in crs (default: the first tile's UTM
    CRS), drawn as a red outline."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsFields, QgsFillSymbol, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    ids = list(dict.fromkeys(tile(tile_id).tile_id for tile_id in tile_ids))
    if crs is None or not crs.isValid():
        crs = QgsCoordinateReferenceSystem(tile(ids[0]).crs_authid if ids else "EPSG:4326")
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or crs.toWkt()}", name or " ".join(ids), "memory")
    fields = QgsFields()
    for field_name, kind in OUTLINE_FIELDS:
        fields.append(QgsField(field_name, QVariant.String if kind == "string" else QVariant.Int))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    layer.dataProvider().addFeatures(tile_outline_features(layer.fields(), ids, crs, transform_context, chosen))
    layer.updateExtents()
    if layer.renderer() is not None and layer.renderer().symbol() is not None:  # an outline, not a fill hiding the imagery
        layer.renderer().setSymbol(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "255,0,0,255", "outline_width": "0.6"}))
    return layer


def pick_tile(point, point_crs, tile_ids, transform_context=None) -> str | None:
    """The id of the tile among tile_ids that contains point (a QgsPointXY in point_crs), or None. Tiles overlap by
    9.8 km: a point in an overlap goes to the tile whose centre is nearest, as a user clicking "inside" a tile expects."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext, QgsCsException

    best: tuple[float, str] | None = None
    for tile_id in dict.fromkeys(tile_ids):
        try:
            square = tile(tile_id)
            local = QgsCoordinateTransform(point_crs, QgsCoordinateReferenceSystem(square.crs_authid),
                                           transform_context or QgsCoordinateTransformContext()).transform(point)
        except (TileError, QgsCsException):
            continue
        if square.xmin <= local.x() <= square.xmax and square.ymin <= local.y() <= square.ymax:
            distance = local.sqrDist((square.xmin + square.xmax) / 2, (square.ymin + square.ymax) / 2)
            if best is None or distance < best[0]:
                best = (distance, square.tile_id)
    return best[1] if best else None
