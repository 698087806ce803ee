"""Sentinel-2 tiles on a map: a tile's square in any CRS, its bounding box there, and which tile a clicked point falls in.

Tiles overlap by 9.8 km; a point in the overlap is given to the tile whose centre is nearest, as a user clicking
"inside" a tile expects.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

from .tiles import Tile, TileError, tile, tile_extent, tile_geometry


def tile_polygon(square: Tile, crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext) -> QgsGeometry:
    """The tile's square in crs (the services core's geometry, shared with the Processing algorithm)."""
    return tile_geometry(square, crs, context)


def tile_rectangle(square: Tile, crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext) -> QgsRectangle:
    """The tile's bounding box in crs (for zooming to it)."""
    return tile_extent(square.tile_id, crs, context)


def pick_tile(
    point: QgsPointXY, point_crs: QgsCoordinateReferenceSystem, tile_ids: Iterable[str], context: QgsCoordinateTransformContext
) -> str | None:
    """The id of the tile among tile_ids that contains point (nearest centre in overlaps), or None."""
    best: tuple[float, str] | None = None
    for tile_id in dict.fromkeys(tile_ids):
        try:
            square = tile(tile_id)
            local = QgsCoordinateTransform(point_crs, QgsCoordinateReferenceSystem(square.crs_authid), context).transform(point)
        except (TileError, QgsCsException):
            continue
        if square.xmin <= local.x() <= square.xmax and square.ymin <= local.y() <= square.ymax:
            distance = local.sqrDist((square.xmin + square.xmax) / 2, (square.ymin + square.ymax) / 2)
            if best is None or distance < best[0]:
                best = (distance, square.tile_id)
    return best[1] if best else None
