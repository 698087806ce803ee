"""A new user's first "Add to map", in the real QGIS desktop: a fresh profile with QGIS's default settings, a new
project, the panel opened from its toolbar button, "Add to map" clicked. The map must show the chosen tile, filled with
the layer's pixels (issue 13: the first add used to end at 1:433,210,304, the layer a dot on a white canvas)."""

from __future__ import annotations

import numpy
import pytest

from terrascope_s2.tests.helpers.desktop import fresh_profile, run_desktop, service_ini
from terrascope_s2.tests.helpers.paths import REPO

pytestmark = pytest.mark.desktop
PROBE = REPO / "tests" / "desktop" / "first_add_probe.py"


def read_png(path) -> numpy.ndarray:
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    return numpy.stack([dataset.GetRasterBand(band + 1).ReadAsArray() for band in range(3)], axis=-1)


# QGIS's own settings of a new profile, except where the test says otherwise: only the service's address is set
LAMBERT72 = "\n[app]\nprojections\\newProjectCrsBehavior=UsePresetCrs\nprojections\\defaultProjectCrs=EPSG:31370\n"
CASES = {  # plugin settings, QGIS settings, the CRS the map ends in
    "default": ({}, "", "EPSG:3857"),
    # a user whose new projects start in Belgian Lambert 72 (Settings > Options > CRS: "Use a default CRS")
    "lambert72": ({}, LAMBERT72, "EPSG:31370"),
    # a temporal layer (WMS-T): the Temporal Controller opens on the layer's dates
    "temporal": ({"temporal_mode": "true"}, "", "EPSG:3857"),
}


@pytest.mark.parametrize("case", CASES)
def test_the_first_add_in_a_new_project_shows_the_chosen_tile_filled(panel_server, tmp_path, case):
    plugin_settings, qgis_settings, crs = CASES[case]
    fresh_profile(tmp_path, service_ini(panel_server, **plugin_settings) + qgis_settings)
    picture = tmp_path / "canvas.png"
    result = run_desktop(tmp_path, PROBE, tmp_path / "probe.json", env={"TERRASCOPE_PROBE_PICTURE": str(picture)})
    assert "error" not in result, result["error"]
    assert result["before"]["outlines"] is False, "QGIS's defaults: the tile outlines are off"
    assert result["before"]["tile"] == "31UFS"  # Belgium's tile near Brussels, the panel's first choice
    assert result["status_error"] is False, result["status"]
    assert result["canvas_crs"] == result["project_crs"] == crs

    # the canvas shows the tile: its square fills the view, with a little room around it (not 1:433,210,304)
    (left, top), (right, bottom) = (min(c) for c in zip(*result["tile_pixels"])), (max(c) for c in zip(*result["tile_pixels"]))
    width, height = result["canvas_size"]
    assert left >= -1 and top >= -1 and right <= width + 1 and bottom <= height + 1, (result["scale"], result["tile_pixels"])
    shown = max((right - left) / width, (bottom - top) / height)
    assert shown > 0.85, f"the tile fills {shown:.0%} of the canvas at 1:{result['scale']:,.0f}"

    # ... filled with the layer's pixels: inside the tile's square (its inner 90 %), next to no background colour
    image = read_png(picture)
    assert image.shape[:2] == (height, width)
    inner = image[int(top + 0.05 * (bottom - top)):int(bottom - 0.05 * (bottom - top)),
                  int(left + 0.05 * (right - left)):int(right - 0.05 * (right - left))]
    background = numpy.array([int(result["canvas_colour"][i:i + 2], 16) for i in (1, 3, 5)])
    painted = numpy.any(numpy.abs(inner.astype(int) - background) > 8, axis=-1).mean()
    assert painted > 0.97, f"only {painted:.1%} of the tile shows the layer (the rest is the canvas's background)"
    assert result["canvas_layers"], "the layer is drawn"

    # the layer is named by its title, read whole in the Layers panel
    # (the panel's first layer is the first by title, FAPAR, with its newest date)
    assert result["layers"] == [{"temporal": "FAPAR 31UFS (2 dates)"}.get(case, "FAPAR 2021-06-21 31UFS")]
    # (opening the Temporal Controller in the top dock area makes QGIS narrow the side panels: the width the Layers
    # panel had before counts)
    # QGIS 3.40 and later draw their own "Temporal layer" indicator after the name: with it the row needs 259 px of the
    # 222 QGIS gives the panel; the name is asserted whole where QGIS draws none (left open: issue 13 item 7)
    rows = [(row["left"], row["hint"], row["text"], row["indicators"]) for row in result["rows"]]
    if not any(row["indicators"] for row in result["rows"]):
        assert result["layer_tree_needed"] <= result["before"]["layer_tree_width"], (result["layers"], rows)
    temporal = result["temporal"]
    if case == "temporal":  # the Temporal Controller is open, animated over the layer's two dates, on the newest
        assert temporal["panel_visible"] and temporal["animated"], temporal
        assert temporal["extent"] == ["2021-04-12", "2021-06-21"] and temporal["frames"] == 2, temporal
        assert temporal["frame"] == "2021-06-21", temporal
    else:
        assert not temporal["panel_visible"], "a layer of one date needs no Temporal Controller"

