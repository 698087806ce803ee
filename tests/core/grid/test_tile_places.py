"""The places the panel's tile list names lie inside their tiles (ESA's grid, through the plugin's tile arithmetic)."""

from __future__ import annotations

from osgeo import osr

from terrascope_s2.plugin.core.grid.tiles import BELGIAN_TILE_PLACES, BELGIAN_TILES, tile

PLACES = {  # longitude, latitude of each place named (town halls, rounded)
    "Zeeland": (3.61, 51.50),  # Middelburg
    "Eindhoven": (5.48, 51.44), "Dunkirk": (2.38, 51.03), "Ypres": (2.88, 50.85), "Ghent": (3.72, 51.05),
    "Brussels": (4.35, 50.85), "Hasselt": (5.34, 50.93), "Liège": (5.57, 50.64), "Aachen": (6.08, 50.78),
    "Eupen": (6.03, 50.63), "Mons": (3.95, 50.45), "Charleroi": (4.44, 50.41), "Dinant": (4.91, 50.26),
    "Bastogne": (5.72, 50.00), "Luxembourg": (6.13, 49.61), "Verdun": (5.38, 49.16),
}


def test_every_belgian_tile_names_places_that_lie_inside_it():
    assert list(BELGIAN_TILE_PLACES) == list(BELGIAN_TILES)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    for tile_id, places in BELGIAN_TILE_PLACES.items():
        square = tile(tile_id)
        utm = osr.SpatialReference()
        utm.ImportFromEPSG(square.epsg)
        utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_utm = osr.CoordinateTransformation(wgs84, utm)
        for place in places.split(", "):
            x, y, _ = to_utm.TransformPoint(*PLACES[place])
            assert square.xmin <= x <= square.xmax and square.ymin <= y <= square.ymax, (tile_id, place)
