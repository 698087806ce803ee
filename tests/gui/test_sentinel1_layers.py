"""The service's Sentinel-1 layers in the panel, against the real loopback MapServer + MapCache serving CGS_S1_GRD_SIGMA0
beside the Sentinel-2 layers: listed after them with their dates, added for a date (WMTS and WMS), the map zoomed to the
chosen tile, and the pixels the server drew differ from date to date."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtGui import QColor

from terrascope_s2.plugin.core.grid.tile_layers import tile_extent

from .test_dock_service import _choose, _pixels, _press_add, _render

pytestmark = pytest.mark.services
S1 = "CGS_S1_GRD_SIGMA0"


@pytest.fixture(scope="module")
def loopback_with_sentinel1(tmp_path_factory):
    from terrascope_s2.tests.helpers.loopback_server import (
        PANEL_AREA,
        PANEL_DATES,
        PANEL_WGS84_BBOX,
        SENTINEL1_DATES,
        LoopbackServer,
        missing_software,
    )

    missing = missing_software()
    if missing:
        pytest.skip(f"the loopback server needs {', '.join(missing)}: run `make deps` (cgi-mapserver mapcache-cgi lighttpd)")
    server = LoopbackServer.start(tmp_path_factory.mktemp("loopback-s1"), {**PANEL_DATES, **SENTINEL1_DATES},
                                  area=PANEL_AREA, wgs84_bbox=PANEL_WGS84_BBOX)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def dock(make_dock, loopback_with_sentinel1, qtbot):
    server = loopback_with_sentinel1
    made = make_dock(custom_wmts_url=server.wmts_capabilities_url, custom_wms_url=server.wms_url)
    qtbot.waitUntil(lambda: made.layer_combo.count() == 3 and not made.tasks, timeout=60_000)
    return made


def test_sentinel_1_layers_are_offered_after_the_sentinel_2_ones_with_their_dates(dock):
    combo = dock.layer_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["CGS_S2_FAPAR", "CGS_S2_NDVI", S1]
    assert combo.itemText(2) == "Sentinel-1 backscatter"
    combo.setCurrentIndex(2)
    assert [e.value for e in dock.dates.listed_entries()] == ["2021-04-08", "2021-03-27", "2021-03-21", "2021-03-15"]
    assert dock.wmts_radio.isEnabled() and dock.wms_radio.isEnabled()
    assert dock.status_label.text() == "Sentinel-1 backscatter: 4 dates"  # by its title (issue 13 item 7)


@pytest.mark.parametrize("kind", ["wmts", "wms"])
def test_a_sentinel_1_date_is_added_for_the_chosen_tile_and_drawn_by_the_server(dock, qtbot, qgis_canvas, kind):
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    (dock.wms_radio if kind == "wms" else dock.wmts_radio).setChecked(True)
    _choose(dock, qtbot, layer=S1, tile_id="31UFS", day="2021-03-21")
    (layer,), added = _press_add(dock, qtbot)
    assert added == 1 and layer.isValid() and layer.name() == "Sentinel-1 backscatter 2021-03-21 31UFS"  # its title (issue 13 item 7)
    source = unquote(layer.source())
    assert f"layers={S1}" in source and ("tileDimensions=TIME=2021-03-21" if kind == "wmts" else "TIME=2021-03-21") in source
    wanted = tile_extent("31UFS", QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance().transformContext())
    shown = qgis_canvas.extent()
    assert shown.contains(wanted) and min(shown.width() / wanted.width(), shown.height() / wanted.height()) < 1.2
    first = _pixels(_render(layer))
    assert any(QColor.fromRgba(p).alpha() > 0 for p in first)  # the server drew the picture
    dock.calendar.clicked.emit(dock.calendar.selectedDate().addDays(18))  # 2021-04-08
    (later,), _ = _press_add(dock, qtbot)
    assert later.name() == "Sentinel-1 backscatter 2021-04-08 31UFS" and _pixels(_render(later)) != first
