"""A real Terrascope-like map server on loopback: MapServer 8 (WMS with TIME) and MapCache 1.14 (WMTS with a TIME
dimension, tilematrixset g3857) behind lighttpd with FastCGI, serving synthetic CGS_S2 layers.

For tests (the session fixture `terrascope_server` in tests/conftest.py) and for `make demo`:

    with LoopbackServer.start(tmp_dir) as server:      # or server = LoopbackServer.start(...); server.stop()
        server.wms_url, server.wmts_url, server.wmts_capabilities_url, server.dates["CGS_S2_NDVI"]
        server.profile()    # a custom ServiceProfile pointing at it (needs the plugin importable)

Every layer and date has its own pixels: value = (gradient + 70 * date index + 20 * layer index) mod 250, so two
dates never render alike. lighttpd runs in the foreground in its own process group; stop() ends that group by its id
(SIGTERM, then SIGKILL), so the FastCGI children (mapserv ignores SIGTERM when idle) never outlive it, even when a
test fails (atexit). Run `python3 tests/loopback_server.py --help` for the demo server.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import http.client
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

MAPSERV = "/usr/lib/cgi-bin/mapserv"
MAPCACHE = "/usr/lib/cgi-bin/mapcache"
LIGHTTPD = shutil.which("lighttpd") or "/usr/sbin/lighttpd"

# Near Brussels, inside tile 31UFS (600000..709800, 5590200..5700000), EPSG:32631
AREA = (600000.0, 5630000.0, 640000.0, 5670000.0)
PIXEL = 200.0

# Legacy-style timestamps (`.000Z`, what sentineldata.vito.be advertises) for NDVI and FAPAR, FAPAR with two acquisitions
# on one day; date-only values (what services.terrascope.be advertises) for RADIOMETRY.
LAYER_DATES: dict[str, tuple[str, ...]] = {
    "CGS_S2_NDVI": ("2018-02-25T10:50:18.000Z", "2018-03-07T10:52:41.000Z", "2018-04-11T10:40:21.000Z"),
    "CGS_S2_FAPAR": ("2018-02-25T10:50:18.000Z", "2018-03-07T10:52:41.000Z", "2018-03-07T10:58:02.000Z",
                     "2018-04-11T10:40:21.000Z"),
    "CGS_S2_RADIOMETRY": ("2019-03-02", "2019-04-12", "2019-05-22"),
}
# The panel's (dock's) data set: date-only values as services.terrascope.be writes them, over a wider area (the whole of
# tile 31UFS and a strip of 31UES), and a WGS84 bounding box on the WMTS layers. Used by tests/gui, `make screenshots` and
# bench 5 (`LoopbackServer.start(root, PANEL_DATES, area=PANEL_AREA, wgs84_bbox=PANEL_WGS84_BBOX)`, or `--panel`).
PANEL_DATES: dict[str, tuple[str, ...]] = {
    "CGS_S2_NDVI": ("2021-03-02", "2021-04-12", "2021-05-22", "2021-06-21"),
    "CGS_S2_FAPAR": ("2021-04-12", "2021-06-21"),
}
# Sentinel-1 backscatter as services.terrascope.be/wms/v2 names it (CGS_S1_GRD_SIGMA0, dates only, one pass every 6 days
# in 2021 with S1A and S1B): a 3-band picture like RADIOMETRY. Served beside the panel's data set with
# `LoopbackServer.start(root, {**PANEL_DATES, **SENTINEL1_DATES}, ...)` (tests/gui/test_sentinel1_layers.py, `--panel`).
SENTINEL1_DATES: dict[str, tuple[str, ...]] = {
    "CGS_S1_GRD_SIGMA0": ("2021-03-15", "2021-03-21", "2021-03-27", "2021-04-08"),
}
PANEL_AREA = (590000.0, 5590200.0, 709800.0, 5700000.0)  # all of 31UFS, and a strip of 31UES
PANEL_WGS84_BBOX = (2.5, 49.4, 6.4, 51.6)
TITLES = {
    "CGS_S2_NDVI": ("NDVI", "Normalised difference vegetation index of Sentinel-2, 10 m"),
    "CGS_S2_FAPAR": ("FAPAR", "Fraction of absorbed photosynthetically active radiation, 10 m"),
    "CGS_S2_RADIOMETRY": ("Radiometry", "Sentinel-2 top-of-canopy reflectance, false colour"),
    "CGS_S1_GRD_SIGMA0": ("Sentinel-1 backscatter", "Sentinel-1 GRD sigma0: VV red, VH green, VV/VH blue"),
}
RGB_LAYERS = ("CGS_S2_RADIOMETRY", "CGS_S1_GRD_SIGMA0")  # 3-band pictures, drawn as they are


def pixel_value(layer_index: int, date_index: int, row, col):
    return (row + col + 70 * date_index + 20 * layer_index) % 250 + 1


_HANDED_OUT: set[int] = set()


def free_port() -> int:
    """A free loopback port this process has not handed out before. QGIS's network cache is keyed by address: a server
    on the port an earlier test's server had got that server's cached capabilities (other dates) and tiles."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port


def write_data(root: Path, layer_dates: dict[str, tuple[str, ...]], area: tuple[float, ...] = AREA) -> None:
    """One Byte GeoTIFF per layer and date (3 bands for RGB_LAYERS), and a tile-index shapefile per layer."""
    import numpy
    from osgeo import gdal, ogr, osr

    # GDAL's exception mode is global to the process: set it for this function only (the plugin's code under test
    # must not be run in a mode the test server chose)
    used = gdal.GetUseExceptions(), ogr.GetUseExceptions()
    gdal.UseExceptions()
    ogr.UseExceptions()
    try:
        _write_data(root, layer_dates, area, gdal, ogr, osr, numpy)
    finally:
        if not used[1]:  # in the reverse order: GDAL keeps a stack of error handlers
            ogr.DontUseExceptions()
        if not used[0]:
            gdal.DontUseExceptions()


def _write_data(root, layer_dates, area, gdal, ogr, osr, numpy) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    width = int((area[2] - area[0]) / PIXEL)
    height = int((area[3] - area[1]) / PIXEL)
    rows, cols = numpy.mgrid[0:height, 0:width]
    driver = gdal.GetDriverByName("GTiff")
    shp_driver = ogr.GetDriverByName("ESRI Shapefile")
    for layer_index, (layer, dates) in enumerate(layer_dates.items()):
        bands = 3 if layer in RGB_LAYERS else 1
        index_path = root / f"{layer}_index.shp"
        index = shp_driver.CreateDataSource(str(index_path))
        index_layer = index.CreateLayer(layer, srs, ogr.wkbPolygon)
        index_layer.CreateField(ogr.FieldDefn("location", ogr.OFTString))
        index_layer.CreateField(ogr.FieldDefn("time", ogr.OFTString))
        for date_index, value in enumerate(dates):
            path = root / f"{layer}_{date_index}.tif"
            dataset = driver.Create(str(path), width, height, bands, gdal.GDT_Byte)
            dataset.SetGeoTransform((area[0], PIXEL, 0, area[3], 0, -PIXEL))
            dataset.SetProjection(srs.ExportToWkt())
            for band in range(bands):
                pixels = pixel_value(layer_index + band, date_index, rows, cols).astype(numpy.uint8)
                dataset.GetRasterBand(band + 1).WriteArray(pixels)
            dataset = None
            feature = ogr.Feature(index_layer.GetLayerDefn())
            feature.SetField("location", str(path))
            feature.SetField("time", value)
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((area[0], area[1]), (area[2], area[1]), (area[2], area[3]), (area[0], area[3]), (area[0], area[1])):
                ring.AddPoint_2D(x, y)
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            feature.SetGeometry(polygon)
            index_layer.CreateFeature(feature)
        index = None


def write_mapfile(root: Path, layer_dates: dict[str, tuple[str, ...]], area: tuple[float, ...] = AREA) -> Path:
    layers = []
    for layer, dates in layer_dates.items():
        title, abstract = TITLES.get(layer, (layer, ""))
        style = "" if layer in RGB_LAYERS else f"""
    CLASS
      NAME "{title}"
      STYLE
        COLORRANGE 166 97 26 26 150 65
        DATARANGE 1 250
        RANGEITEM "pixel"
      END
    END"""
        layers.append(f"""
  LAYER
    NAME "{layer}"
    TYPE RASTER
    STATUS ON
    TILEINDEX "{root / (layer + '_index.shp')}"
    TILEITEM "location"
    PROJECTION "init=epsg:32631" END
    METADATA
      "wms_title" "{title}"
      "wms_abstract" "{abstract}"
      "wms_timeitem" "time"
      "wms_timeextent" "{','.join(dates)}"
      "wms_timedefault" "{dates[-1]}"
      "wms_extent" "{' '.join(str(int(v)) for v in area)}"
      "ows_srs" "EPSG:3857 EPSG:4326 EPSG:32631"
    END{style}
  END""")
    mapfile = root / "terrascope.map"
    mapfile.write_text(f"""MAP
  NAME "terrascope"
  EXTENT 2.5 49.4 6.4 51.6
  SIZE 512 512
  PROJECTION "init=epsg:4326" END
  IMAGETYPE png
  WEB
    METADATA
      "ows_enable_request" "*"
      "ows_title" "Terrascope loopback"
      "ows_srs" "EPSG:3857 EPSG:4326 EPSG:32631"
    END
  END
{''.join(layers)}
END
""")
    config = root / "mapserver.conf"
    config.write_text(f'CONFIG\n  ENV\n    MS_MAPFILE "{mapfile}"\n  END\nEND\n')
    return config


_RESOLUTIONS = " ".join(f"{156543.0339280410 / 2 ** level:.10f}" for level in range(19))


def write_mapcache(root: Path, layer_dates: dict[str, tuple[str, ...]], port: int,
                   wgs84_bbox: tuple[float, ...] | None = None) -> Path:
    """MapCache writes ows:WGS84BoundingBox on a WMTS layer only when the tileset's metadata has one (it is optional)."""
    bbox = f"<wgs84boundingbox>{' '.join(str(v) for v in wgs84_bbox)}</wgs84boundingbox>" if wgs84_bbox else ""
    tilesets = []
    for layer, dates in layer_dates.items():
        title, abstract = TITLES.get(layer, (layer, ""))
        values = "".join(f"<value>{value}</value>" for value in dates)
        tilesets.append(f"""
  <source name="{layer}" type="wms">
    <getmap><params><FORMAT>image/png</FORMAT><LAYERS>{layer}</LAYERS><TRANSPARENT>true</TRANSPARENT></params></getmap>
    <http><url>http://127.0.0.1:{port}/ows?</url></http>
  </source>
  <tileset name="{layer}">
    <source>{layer}</source><cache>disk</cache><grid>g3857</grid><format>PNG</format>
    <metadata><title>{title}</title><abstract>{abstract}</abstract>{bbox}</metadata>
    <dimensions>
      <dimension type="values" name="TIME" default="{dates[-1]}">{values}</dimension>
    </dimensions>
  </tileset>""")
    config = root / "mapcache.xml"
    config.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<mapcache>
  <grid name="g3857">
    <metadata><title>GoogleMapsCompatible</title>
      <WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet></metadata>
    <extent>-20037508.3427892480 -20037508.3427892480 20037508.3427892480 20037508.3427892480</extent>
    <srs>EPSG:3857</srs>
    <srsalias>EPSG:900913</srsalias>
    <units>m</units>
    <size>256 256</size>
    <resolutions>{_RESOLUTIONS}</resolutions>
    <origin>top-left</origin>
  </grid>
  <cache name="disk" type="disk"><base>{root / 'cache'}</base></cache>
  {''.join(tilesets)}
  <service type="wmts" enabled="true"/>
  <service type="wms" enabled="false"/>
  <log_level>warn</log_level>
</mapcache>
""")
    return config


def write_lighttpd(root: Path, sockets: Path, port: int, mapserver_conf: Path, mapcache_conf: Path) -> Path:
    config = root / "lighttpd.conf"
    config.write_text(f"""server.document-root = "{root}"
server.bind = "127.0.0.1"
server.port = {port}
server.modules = ("mod_fastcgi", "mod_accesslog")
server.errorlog = "{root / 'lighttpd-error.log'}"
accesslog.filename = "{root / 'access.log'}"
fastcgi.server = (
  "/ows" => ((
    "bin-path" => "{MAPSERV}",
    "socket" => "{sockets / 'mapserv.sock'}",
    "check-local" => "disable",
    "max-procs" => 1,
    "kill-signal" => 9,
    "bin-environment" => ("MAPSERVER_CONFIG_FILE" => "{mapserver_conf}")
  )),
  "/mapcache" => ((
    "bin-path" => "{MAPCACHE}",
    "socket" => "{sockets / 'mapcache.sock'}",
    "check-local" => "disable",
    "max-procs" => 1,
    "kill-signal" => 9,
    "bin-environment" => ("MAPCACHE_CONFIG_FILE" => "{mapcache_conf}")
  ))
)
""")
    return config


def missing_software() -> list[str]:
    return [path for path in (MAPSERV, MAPCACHE, LIGHTTPD) if not os.path.exists(path)]


def group_members(group: int) -> list[tuple[int, str]]:
    """(pid, state) of the processes in a process group that have not ended (zombies left out)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append((int(stat.parent.name), fields[0]))
    return members


def stop_process_group(process: subprocess.Popen, first_signal: int = signal.SIGTERM, timeout_s: float = 5.0) -> None:
    """End a server started with start_new_session=True and every child in its group (by the group's id, which the
    tests own: never by name); `first_signal` first, SIGKILL after `timeout_s`; idempotent."""
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, first_signal)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=timeout_s)
    # children that outlived their leader (FastCGI workers, postgres backends): end them, and wait for it
    deadline = time.monotonic() + timeout_s
    while group_members(process.pid) and time.monotonic() < deadline:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        time.sleep(0.01)


def http_get(port: int, path: str, timeout: float = 5.0) -> tuple[int, bytes]:
    """A plain GET on loopback, for the harness only (the plugin itself uses QGIS's network stack)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass
class LoopbackServer:
    root: Path
    port: int
    process: subprocess.Popen
    dates: dict[str, tuple[str, ...]]
    started_in_s: float = 0.0
    _sockets: Path | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def wms_url(self) -> str:
        return f"{self.base_url}/ows"

    @property
    def wmts_url(self) -> str:
        return f"{self.base_url}/mapcache/wmts"

    @property
    def wmts_capabilities_url(self) -> str:
        return f"{self.wmts_url}?SERVICE=WMTS&REQUEST=GetCapabilities"

    @property
    def layers(self) -> list[str]:
        return list(self.dates)

    def profile(self):
        """A custom ServiceProfile of the plugin pointing at this server."""
        from terrascope_s2.plugin.core.services.endpoints import CUSTOM, profile

        return profile(CUSTOM, self.wmts_capabilities_url, self.wms_url)

    def requests(self) -> list[str]:
        """The request lines (method, path and query) in the access log, oldest first (lighttpd writes it in batches)."""
        log = self.root / "access.log"
        if not log.exists():
            return []
        return [line.split('"')[1] for line in log.read_text(errors="replace").splitlines() if line.count('"') >= 2]

    def request_count(self) -> int:
        """How many requests the server has answered so far, each of them in its access log by then: a marker request
        is sent and waited for (lighttpd writes its log in batches: a plain count may miss the last requests, which
        then show up among the next test's)."""
        marker = f"/request-count-{uuid.uuid4().hex}"
        self.get(marker)
        for _ in range(200):
            lines = self.requests()
            found = next((number for number, line in enumerate(lines) if marker in line), None)
            if found is not None:
                return found + 1
            time.sleep(0.05)
        raise AssertionError("the loopback server's access log never showed the marker request")

    def get(self, path: str) -> tuple[int, bytes]:
        return http_get(self.port, path)

    @classmethod
    def start(cls, root: Path, layer_dates: dict[str, tuple[str, ...]] | None = None, timeout_s: float = 20.0,
              area: tuple[float, ...] = AREA, wgs84_bbox: tuple[float, ...] | None = None) -> LoopbackServer:
        """Serve layer_dates (default LAYER_DATES) with images over `area` (EPSG:32631); `wgs84_bbox` puts an
        ows:WGS84BoundingBox on the WMTS layers (by default they have none, as MapCache writes them unless configured)."""
        missing = missing_software()
        if missing:
            raise RuntimeError(f"missing {', '.join(missing)}: run scripts/install-deps.sh (cgi-mapserver mapcache-cgi lighttpd)")
        began = time.monotonic()
        layer_dates = dict(layer_dates or LAYER_DATES)
        root = Path(root).resolve()
        root.mkdir(parents=True, exist_ok=True)
        (root / "cache").mkdir(exist_ok=True)
        write_data(root, layer_dates, area)
        mapserver_conf = write_mapfile(root, layer_dates, area)
        sockets = Path(tempfile.mkdtemp(prefix="ts2-sock-"))  # a short path: unix sockets allow ~100 characters
        last_error = ""
        for _attempt in range(3):
            port = free_port()
            mapcache_conf = write_mapcache(root, layer_dates, port, wgs84_bbox)
            lighttpd_conf = write_lighttpd(root, sockets, port, mapserver_conf, mapcache_conf)
            env = {key: value for key, value in os.environ.items() if key in ("PATH", "LANG", "LC_ALL", "TZ")}
            process = subprocess.Popen([LIGHTTPD, "-D", "-f", str(lighttpd_conf)], cwd=root, env=env,
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                       start_new_session=True)
            server = cls(root, port, process, layer_dates, 0.0, sockets)
            atexit.register(server.stop)
            if server._wait_ready(began + timeout_s):
                server.started_in_s = time.monotonic() - began
                return server
            last_error = server._error_text()
            server.stop()
        shutil.rmtree(sockets, ignore_errors=True)
        raise RuntimeError(f"the loopback server did not start: {last_error}")

    def _wait_ready(self, deadline: float) -> bool:
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                status, body = self.get("/ows?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0")
                if status == 200 and b"WMS_Capabilities" in body:
                    return True
            except OSError:
                pass
            time.sleep(0.02)
        return False

    def _error_text(self) -> str:
        log = self.root / "lighttpd-error.log"
        text = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        if self.process.poll() is not None and self.process.stderr is not None:
            text += self.process.stderr.read().decode(errors="replace")[-2000:]
        return text.strip()

    def stop(self) -> None:
        """Stop lighttpd and its FastCGI children by the process group this server started; idempotent."""
        stop_process_group(self.process)
        if self.process.stderr is not None:
            self.process.stderr.close()
        if self._sockets is not None:
            shutil.rmtree(self._sockets, ignore_errors=True)
            self._sockets = None
        with contextlib.suppress(ValueError):
            atexit.unregister(self.stop)

    def group_members(self) -> list[tuple[int, str]]:
        """(pid, state) of the processes in the server's process group that have not ended (zombies left out)."""
        return group_members(self.process.pid)

    def group_alive(self) -> bool:
        """True while any process of the server's group still runs (for the no-leftovers test)."""
        return bool(self.group_members())

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the loopback Terrascope-like server (MapServer + MapCache) until Ctrl-C.")
    parser.add_argument("root", help="folder for the data, configuration and tile cache")
    parser.add_argument("--urls-to", help="write the WMTS and WMS urls (two lines) to this file once the server answers")
    parser.add_argument("--panel", action="store_true",
                        help="the panel's data set (PANEL_DATES and SENTINEL1_DATES: 2021 dates, wider area)")
    args = parser.parse_args()
    if args.panel:
        server = LoopbackServer.start(Path(args.root), {**PANEL_DATES, **SENTINEL1_DATES}, area=PANEL_AREA,
                                      wgs84_bbox=PANEL_WGS84_BBOX)
    else:
        server = LoopbackServer.start(Path(args.root))
    print(f"WMTS {server.wmts_capabilities_url}\nWMS  {server.wms_url}\n(started in {server.started_in_s:.2f} s; Ctrl-C stops)",
          flush=True)
    if args.urls_to:
        Path(args.urls_to).write_text(f"{server.wmts_capabilities_url}\n{server.wms_url}\n")
    stop = False

    def on_signal(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        while not stop and server.process.poll() is None:
            time.sleep(0.5)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
