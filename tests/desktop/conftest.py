"""The desktop tests' server: the panel's loopback data set, started once for the desktop tests."""

from __future__ import annotations

import pytest

from terrascope_s2.tests.helpers.desktop import desktop_missing


@pytest.fixture(scope="package")
def panel_server(tmp_path_factory):
    """The panel's loopback data set: its images cover the whole of tile 31UFS."""
    from terrascope_s2.tests.helpers.loopback_server import (
        PANEL_AREA,
        PANEL_DATES,
        LoopbackServer,
        missing_software,
    )

    if missing_software() or desktop_missing():
        pytest.skip("the real desktop and the loopback server are needed: run `make deps`")
    # no WGS84 bounding box on the WMTS layers, as MapCache writes them by default (and `make demo` serves them): QGIS
    # then takes the tile matrix set's extent, the whole world, as the layer's
    server = LoopbackServer.start(tmp_path_factory.mktemp("first-add"), PANEL_DATES, area=PANEL_AREA)
    yield server
    server.stop()

