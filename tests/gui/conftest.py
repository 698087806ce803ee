"""Fixtures of the dock tests: a clean settings group, and a panel made the way the plugin makes it."""

from __future__ import annotations

import datetime as dt
import subprocess  # nosec B404: the test starts its own server
import sys

import pytest
from qgis.core import QgsSettings

from terrascope_s2.plugin.core.services.endpoints import CUSTOM
from terrascope_s2.plugin.core.settings import Settings
from terrascope_s2.tests.helpers.paths import HELPERS


@pytest.fixture
def clean_settings():
    QgsSettings().remove("terrascope_s2")
    yield
    QgsSettings().remove("terrascope_s2")


@pytest.fixture
def make_dock(qgis_iface, qgis_new_project, clean_settings, qtbot):
    """make_dock(**settings) stores the settings, then builds the panel as the plugin does (without a service URL by
    default: no network). Every panel is closed as the plugin's unload() closes it."""
    from terrascope_s2.plugin.gui.dock import TerrascopeDock

    docks = []

    def make(**values):
        values.setdefault("service_profile", CUSTOM)
        values.setdefault("catalogue_url", "")  # no catalogue either (the panel's dates would ask Terrascope's)
        stored = Settings.load()
        for name, value in values.items():
            setattr(stored, name, value)
        stored.save()
        dock = TerrascopeDock(qgis_iface)
        dock.resize(360, 900)
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.close_plugin()
        dock.deleteLater()
    qtbot.wait(1)  # let deleteLater run


# ---------------------------------------------------------------- generated capabilities and a slow server

LAYER_NAMES = ("CGS_S2_NDVI", "CGS_S2_FAPAR", "CGS_S2_RADIOMETRY")


def time_values(count: int) -> list[str]:
    """count MapCache-style timestamps, one every day from 2016-01-01 (two on the first day)."""
    start = dt.datetime(2016, 1, 1, 10, 50, 18)
    values = [(start + dt.timedelta(days=day)).strftime("%Y-%m-%dT%H:%M:%S.000Z") for day in range(count - 1)]
    return ["2016-01-01T10:40:21.000Z", *values]


def wmts_capabilities(times: list[str], url: str) -> str:
    layers = "".join(f"""
    <Layer>
      <ows:Title>{name[7:]}</ows:Title><ows:Abstract>Sentinel-2 {name[7:]} of Terrascope</ows:Abstract>
      <ows:WGS84BoundingBox><ows:LowerCorner>2.5 49.4</ows:LowerCorner><ows:UpperCorner>6.4 51.6</ows:UpperCorner></ows:WGS84BoundingBox>
      <ows:Identifier>{name}</ows:Identifier>
      <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
      <Format>image/png</Format>
      <Dimension><ows:Identifier>TIME</ows:Identifier><Default>{times[-1]}</Default>
        {"".join(f"<Value>{value}</Value>" for value in (times if name == LAYER_NAMES[0] else times[:3]))}
      </Dimension>
      <TileMatrixSetLink><TileMatrixSet>g3857</TileMatrixSet></TileMatrixSetLink>
      <ResourceURL format="image/png" resourceType="tile"
        template="{url}/1.0.0/{name}/default/{{TIME}}/g3857/{{TileMatrix}}/{{TileRow}}/{{TileCol}}.png"/>
    </Layer>""" for name in LAYER_NAMES)
    matrices = "".join(f"""
      <TileMatrix><ows:Identifier>{z}</ows:Identifier><ScaleDenominator>{559082264.0287178 / 2 ** z}</ScaleDenominator>
        <TopLeftCorner>-20037508.3427892 20037508.3427892</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
        <MatrixWidth>{2 ** z}</MatrixWidth><MatrixHeight>{2 ** z}</MatrixHeight></TileMatrix>""" for z in range(19))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1"
  xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">
  <ows:ServiceIdentification><ows:Title>Slow test service</ows:Title><ows:ServiceType>OGC WMTS</ows:ServiceType>
    <ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
  <Contents>{layers}
    <TileMatrixSet><ows:Identifier>g3857</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG:6.18:3:3857</ows:SupportedCRS>
      <WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet>{matrices}
    </TileMatrixSet>
  </Contents>
</Capabilities>"""


def wms_capabilities(times: list[str]) -> str:
    layers = "".join(f"""
      <Layer queryable="0"><Name>{name}</Name><Title>{name[7:]}</Title><Abstract>Sentinel-2 {name[7:]} of Terrascope</Abstract>
        <Dimension name="time" units="ISO8601" default="{times[-1]}">{",".join(times if name == LAYER_NAMES[0] else times[:3])}</Dimension>
      </Layer>""" for name in LAYER_NAMES)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
  <Service><Name>WMS</Name><Title>Slow test service</Title></Service>
  <Capability>
    <Request><GetCapabilities><Format>text/xml</Format></GetCapabilities>
      <GetMap><Format>image/png</Format><DCPType><HTTP><Get><OnlineResource xlink:href="http://127.0.0.1/ows?"/></Get></HTTP></DCPType></GetMap>
    </Request>
    <Exception><Format>XML</Format></Exception>
    <Layer><Title>Terrascope</Title><CRS>EPSG:3857</CRS>{layers}
  </Layer></Capability>
</WMS_Capabilities>"""


@pytest.fixture
def slow_service(tmp_path):
    """slow_service(dates, delay_s) -> (wmts_url, wms_url): a server process on loopback that answers after delay_s.
    slow_service.publish(dates) changes what it advertises; slow_service.served() lists the requests it received (arrival time, path);
    slow_service.folder holds the wmts.xml and wms.xml it serves."""
    processes = []
    folder = tmp_path / "slow"
    folder.mkdir()
    bases = []

    def publish(dates: int) -> list[str]:
        times = time_values(dates)
        (folder / "wmts.xml").write_text(wmts_capabilities(times, f"{bases[-1]}/wmts"), encoding="utf-8")
        (folder / "wms.xml").write_text(wms_capabilities(times), encoding="utf-8")
        return times

    def served() -> list[tuple[float, str]]:
        log = folder / "requests.log"
        lines = log.read_text().splitlines() if log.exists() else []
        return [(float(when), path) for when, path in (line.split(" ", 1) for line in lines)]

    def start(dates: int, delay_s: float) -> tuple[str, str]:
        process = subprocess.Popen([sys.executable, str(HELPERS / "slow_server.py"), str(folder), str(delay_s)],
                                   stdout=subprocess.PIPE, text=True)
        processes.append(process)
        bases.append(f"http://127.0.0.1:{int(process.stdout.readline())}")
        publish(dates)
        return f"{bases[-1]}/wmts?SERVICE=WMTS&REQUEST=GetCapabilities", f"{bases[-1]}/ows"

    start.publish, start.served, start.folder = publish, served, folder
    yield start
    for process in processes:
        process.terminate()
        process.wait(10)


# ---------------------------------------------------------------- the real MapServer + MapCache server on loopback


@pytest.fixture(scope="session")
def loopback(tmp_path_factory):
    """The shared loopback WMS/WMTS server (tests/loopback_server.py) with the panel's data set (PANEL_DATES: NDVI on
    four days of 2021, FAPAR on two, images over PANEL_AREA), started once for the session and always stopped."""
    from terrascope_s2.tests.helpers.loopback_server import (
        PANEL_AREA,
        PANEL_DATES,
        PANEL_WGS84_BBOX,
        LoopbackServer,
        missing_software,
    )

    missing = missing_software()
    if missing:
        pytest.skip(f"the loopback server needs {', '.join(missing)}: run `make deps` (cgi-mapserver mapcache-cgi lighttpd)")
    server = LoopbackServer.start(tmp_path_factory.mktemp("loopback-panel"), PANEL_DATES, area=PANEL_AREA,
                                  wgs84_bbox=PANEL_WGS84_BBOX)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def service_dock(make_dock, loopback, qtbot):
    """A panel connected to the loopback server, its layers read."""
    dock = make_dock(custom_wmts_url=loopback.wmts_capabilities_url, custom_wms_url=loopback.wms_url)
    qtbot.waitUntil(lambda: dock.layer_combo.count() == 2 and not dock.tasks, timeout=60_000)
    return dock
