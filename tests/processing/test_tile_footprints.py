"""terrascope_s2:tilefootprints, in Processing and headless with qgis_process."""

from __future__ import annotations

import json

import pytest
from qgis import processing
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from terrascope_s2.plugin.core.grid.tiles import tile


@pytest.fixture
def provider(terrascope_provider):
    """The session's provider (tests/conftest.py): removing it here took it from every later test of the session."""
    return terrascope_provider


def test_footprints_are_the_exact_tile_squares_in_their_own_crs(provider):
    result = processing.run("terrascope_s2:tilefootprints", {"TILES": "31UFS, t31ues 31UFS", "CRS": "EPSG:32631",
                                                             "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:32631")
    by_tile = {f["tile"]: f for f in layer.getFeatures()}
    assert sorted(by_tile) == ["31UES", "31UFS"]  # the repeated tile is written once
    box = by_tile["31UFS"].geometry().boundingBox()
    assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == tile("31UFS").extent()


def test_empty_tiles_means_belgium_and_a_wrong_id_says_what_is_wrong(provider):
    layer = processing.run("terrascope_s2:tilefootprints", {"TILES": "", "OUTPUT": "memory:"})["OUTPUT"]
    assert layer.featureCount() == 10 and layer.crs().authid() == "EPSG:4326"
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="'31UZZ' is not a Sentinel-2 tile id"):
        processing.run("terrascope_s2:tilefootprints", {"TILES": "31UFS 31UZZ", "OUTPUT": "memory:"})


def test_qgis_process_runs_it_headless(qgis_process, tmp_path):
    output = tmp_path / "tiles.gpkg"
    done = qgis_process("run", "terrascope_s2:tilefootprints", "--json", "--", "TILES=31UFS 31UGS", f"OUTPUT={output}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout[done.stdout.index("{"):])["results"]["OUTPUT"] == str(output)
    layer = QgsVectorLayer(str(output), "tiles")
    assert sorted(f["tile"] for f in layer.getFeatures()) == ["31UFS", "31UGS"]
