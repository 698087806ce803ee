"""Tiles in QGIS: the exact extent reprojected, zooming a canvas, the outline layer, and tilefootprints using one geometry."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle

from terrascope_s2.plugin.core.grid.tile_layers import tile_extent, tile_geometry, tile_outline_layer, zoom_to_tile
from terrascope_s2.plugin.core.grid.tiles import tile


def test_extent_in_its_own_zone_is_exact():
    assert tile_extent("31UFS", QgsCoordinateReferenceSystem("EPSG:32631")) == QgsRectangle(600000, 5590200, 709800, 5700000)


def test_extent_reprojected_holds_the_whole_square():
    extent = tile_extent("31UFS", QgsCoordinateReferenceSystem("EPSG:4326"))
    assert 4.40 < extent.xMinimum() < 4.42 and 6.01 < extent.xMaximum() < 6.03
    assert 50.42 < extent.yMinimum() < 50.43 and 51.44 < extent.yMaximum() < 51.45
    geometry = tile_geometry(tile("31UFS"), QgsCoordinateReferenceSystem("EPSG:4326"))
    assert geometry.boundingBox() == extent and len(geometry.asPolygon()[0]) > 40  # densified sides


def test_zoom_to_tile(qgis_canvas, qgis_new_project):
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    qgis_canvas.resize(400, 400)
    zoom_to_tile(qgis_canvas, "31UFS")
    wanted = tile_extent("31UFS", QgsCoordinateReferenceSystem("EPSG:3857"))
    shown = qgis_canvas.extent()
    assert shown.buffered(1).contains(wanted)
    assert shown.width() < wanted.width() * 1.3 or shown.height() < wanted.height() * 1.3


def test_outline_layer():
    layer = tile_outline_layer(["31UFS", "31UES", "31UFS"], QgsCoordinateReferenceSystem("EPSG:3857"))
    assert layer.isValid() and layer.featureCount() == 2 and layer.crs().authid() == "EPSG:3857"
    assert sorted(feature["tile"] for feature in layer.getFeatures()) == ["31UES", "31UFS"]
