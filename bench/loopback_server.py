"""A real WMS (MapServer 8) + WMTS (MapCache 1.14) server behind lighttpd on loopback, with synthetic CGS_S2 layers.

For bench 5 (rendering). A copy of the dock work's interim set-up (its tests/dock/loopback_server.py, not yet
committed there), itself made after shared/SERVICES.md, until the service work's fixture is merged: then the bench
should start that one instead. The same software VITO runs, with GeoTIFFs made here (Byte, EPSG:32631, near Brussels).
Usage: server = start(folder); ...; server.stop()   (or python loopback_server.py FOLDER: serves until killed).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess  # nosec B404: the tests start their own server
import sys
import time
import urllib.request  # nosec B310 (test helper: waits for its own loopback server)
from dataclasses import dataclass
from pathlib import Path

LAYERS = {  # name: (title, abstract, TIME values)
    "CGS_S2_NDVI": ("NDVI", "Normalised difference vegetation index of Sentinel-2, 10 m",
                    ("2021-03-02", "2021-04-12", "2021-05-22", "2021-06-21")),
    "CGS_S2_FAPAR": ("FAPAR", "Fraction of absorbed photosynthetically active radiation, 10 m", ("2021-04-12", "2021-06-21")),
}
# the images cover part of tile 31UFS (and 31UES's overlap), around Brussels, in EPSG:32631
IMAGE_EXTENT = (590000, 5610000, 660000, 5680000)
PIXEL = 200


@dataclass
class Server:
    base: str  # http://127.0.0.1:PORT
    process: subprocess.Popen
    folder: Path

    @property
    def wmts_url(self) -> str:
        return f"{self.base}/mapcache/wmts?SERVICE=WMTS&REQUEST=GetCapabilities"

    @property
    def wms_url(self) -> str:
        return f"{self.base}/ows"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _images(folder: Path) -> None:
    from osgeo import gdal, ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    xmin, ymin, xmax, ymax = IMAGE_EXTENT
    size = int((xmax - xmin) / PIXEL)
    for layer_number, (name, (_, _, times)) in enumerate(LAYERS.items()):
        index_path = folder / f"{name}_index.shp"
        index_source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(index_path))
        index = index_source.CreateLayer(name, srs, ogr.wkbPolygon)
        index.CreateField(ogr.FieldDefn("location", ogr.OFTString))
        index.CreateField(ogr.FieldDefn("time", ogr.OFTString))
        for number, value in enumerate(times):
            path = folder / f"{name}_{value}.tif"
            image = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Byte)
            image.SetGeoTransform((xmin, PIXEL, 0, ymax, 0, -PIXEL))
            image.SetProjection(srs.ExportToWkt())
            band = image.GetRasterBand(1)
            # a gradient whose direction changes with the date: each date gives another image
            rows = bytes((((x if number % 2 else y) * 255 // size + 60 * number + 40 * layer_number) % 250) + 1
                         for y in range(size) for x in range(size))
            band.WriteRaster(0, 0, size, size, rows)
            image = None
            feature = ogr.Feature(index.GetLayerDefn())
            feature.SetField("location", str(path))
            feature.SetField("time", value)
            ring = f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"
            feature.SetGeometry(ogr.CreateGeometryFromWkt(ring))
            index.CreateFeature(feature)
        index_source = None


def _mapfile(folder: Path, base: str) -> None:
    xmin, ymin, xmax, ymax = IMAGE_EXTENT
    layers = "".join(f"""
  LAYER
    NAME "{name}"
    TYPE RASTER
    STATUS ON
    TILEINDEX "{folder / f'{name}_index.shp'}"
    TILEITEM "location"
    PROJECTION "init=epsg:32631" END
    METADATA
      "wms_title" "{title}"
      "wms_abstract" "{abstract}"
      "wms_timeitem" "time"
      "wms_timeextent" "{','.join(times)}"
      "wms_timedefault" "{times[-1]}"
      "wms_extent" "{xmin} {ymin} {xmax} {ymax}"
      "ows_srs" "EPSG:3857 EPSG:4326 EPSG:32631"
    END
    CLASS
      STYLE
        COLORRANGE 166 97 26 26 150 65
        DATARANGE 1 250
        RANGEITEM "pixel"
      END
    END
  END""" for name, (title, abstract, times) in LAYERS.items())
    (folder / "terrascope.map").write_text(f"""MAP
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
      "ows_onlineresource" "{base}/ows?"
    END
  END
{layers}
END
""")
    (folder / "mapserver.conf").write_text(f"""CONFIG
  ENV
    MS_MAPFILE "{folder / 'terrascope.map'}"
  END
END
""")


def _mapcache(folder: Path, base: str) -> None:
    resolutions = " ".join(f"{156543.03392804097 / 2 ** z:.10f}" for z in range(19))
    tilesets = "".join(f"""
  <source name="{name}" type="wms">
    <getmap><params><FORMAT>image/png</FORMAT><LAYERS>{name}</LAYERS><TRANSPARENT>true</TRANSPARENT></params></getmap>
    <http><url>{base}/ows?</url></http>
  </source>
  <tileset name="{name}">
    <source>{name}</source><cache>disk</cache><grid>g3857</grid><format>PNG</format>
    <metadata><title>{title}</title><abstract>{abstract}</abstract></metadata>
    <dimensions>
      <dimension type="values" name="TIME" default="{times[-1]}">{"".join(f"<value>{v}</value>" for v in times)}</dimension>
    </dimensions>
  </tileset>""" for name, (title, abstract, times) in LAYERS.items())
    (folder / "mapcache.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<mapcache>
  <grid name="g3857">
    <metadata><title>GoogleMapsCompatible</title>
      <WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet></metadata>
    <extent>-20037508.3427892480 -20037508.3427892480 20037508.3427892480 20037508.3427892480</extent>
    <srs>EPSG:3857</srs>
    <srsalias>EPSG:900913</srsalias>
    <units>m</units>
    <size>256 256</size>
    <resolutions>{resolutions}</resolutions>
    <origin>top-left</origin>
  </grid>
  <cache name="disk" type="disk"><base>{folder / 'cache'}</base></cache>
  {tilesets}
  <service type="wmts" enabled="true"/>
  <service type="wms" enabled="false"/>
  <log_level>warn</log_level>
</mapcache>
""")


def _lighttpd(folder: Path, port: int) -> Path:
    config = folder / "lighttpd.conf"
    config.write_text(f"""server.document-root = "{folder}"
server.bind = "127.0.0.1"
server.port = {port}
server.modules = ("mod_fastcgi")
server.errorlog = "{folder / 'lighttpd-error.log'}"
fastcgi.server = (
  "/ows" => ((
    "bin-path" => "/usr/lib/cgi-bin/mapserv",
    "socket" => "{folder / 'mapserv.sock'}",
    "check-local" => "disable",
    "max-procs" => 1,
    "kill-signal" => 9,
    "bin-environment" => ("MAPSERVER_CONFIG_FILE" => "{folder / 'mapserver.conf'}")
  )),
  "/mapcache" => ((
    "bin-path" => "/usr/lib/cgi-bin/mapcache",
    "socket" => "{folder / 'mapcache.sock'}",
    "check-local" => "disable",
    "max-procs" => 1,
    "bin-environment" => ("MAPCACHE_CONFIG_FILE" => "{folder / 'mapcache.xml'}")
  ))
)
""")
    return config


def start(folder: Path, timeout_s: float = 20) -> Server:
    """Write the data and configuration under folder, start lighttpd on a free port and wait for both services."""
    for program in ("/usr/sbin/lighttpd", "/usr/lib/cgi-bin/mapserv", "/usr/lib/cgi-bin/mapcache"):
        if not os.path.exists(program):
            raise FileNotFoundError(f"{program} is missing: run `make deps` (cgi-mapserver mapcache-cgi lighttpd)")
    folder.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    _images(folder)
    _mapfile(folder, base)
    _mapcache(folder, base)
    process = subprocess.Popen(["/usr/sbin/lighttpd", "-D", "-f", str(_lighttpd(folder, port))],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    server = Server(base, process, folder)
    deadline = time.monotonic() + timeout_s
    for url in (f"{server.wms_url}?SERVICE=WMS&REQUEST=GetCapabilities", server.wmts_url):
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as answer:  # nosec B310: our own loopback server
                    if answer.status == 200 and b"CGS_S2_NDVI" in answer.read():
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                server.stop()
                log = (folder / "lighttpd-error.log")
                raise RuntimeError(f"the loopback server did not answer {url}: "
                                   f"{log.read_text()[-2000:] if log.exists() else process.stderr.read()}")
            time.sleep(0.05)
    return server


if __name__ == "__main__":
    running = start(Path(sys.argv[1]).resolve())
    print(running.base, flush=True)
    try:
        running.process.wait()
    finally:
        running.stop()
