"""Sentinel-2 tiles in QGIS: a tile's square as a geometry in any CRS, outline layers, picking a tile, zooming to it.

The grid arithmetic is tiles.py's (plain Python); this module adds qgis.core, imported inside the functions.
"""

from __future__ import annotations

from .tiles import Tile, TileError, tile

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
    from qgis.core import QgsCoordinateReferenceSystem, QgsFields, QgsFillSymbol, QgsVectorLayer

    from ...toolbelt.fields import output_field

    ids = list(dict.fromkeys(tile(tile_id).tile_id for tile_id in tile_ids))
    if crs is None or not crs.isValid():
        crs = QgsCoordinateReferenceSystem(tile(ids[0]).crs_authid if ids else "EPSG:4326")
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or crs.toWkt()}", name or " ".join(ids), "memory")
    fields = QgsFields()
    for field_name, kind in OUTLINE_FIELDS:
        fields.append(output_field(field_name, kind))
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
