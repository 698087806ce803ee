"""Capabilities documents like MapCache's (WMTS) and MapServer's (WMS 1.3.0): three CGS_S2 layers with about N dates.

    python3 bench/capabilities_doc.py FOLDER N     writes FOLDER/wmts.xml and FOLDER/wms.xml

The first layer has N dates; the others miss a few (every 50th, every 70th), as products of one acquisition now and then
do: the layers' lists are alike, not the same text.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

LAYERS = ("CGS_S2_NDVI", "CGS_S2_FAPAR", "CGS_S2_RADIOMETRY")


def time_values(count: int) -> list[str]:
    """count acquisition timestamps as the legacy service writes them (.000Z), about one every 0.7 days from 2015."""
    start = dt.datetime(2015, 7, 4, 10, 50, 18)
    return [(start + dt.timedelta(hours=17 * i, seconds=7 * (i % 13))).strftime("%Y-%m-%dT%H:%M:%S.000Z") for i in range(count)]


def layer_times(times: list[str], number: int) -> list[str]:
    """The dates of the number-th layer: all for the first, the others without every 50th / 70th."""
    gap = (0, 50, 70)[number % 3]
    return times if not gap else [value for index, value in enumerate(times) if index % gap != gap - 1]


def wmts(times: list[str], url: str) -> str:
    layers = "".join(f"""
    <Layer>
      <ows:Title>{name[7:]}</ows:Title><ows:Abstract>Sentinel-2 {name[7:]}</ows:Abstract>
      <ows:WGS84BoundingBox><ows:LowerCorner>2.5 49.4</ows:LowerCorner>
        <ows:UpperCorner>6.4 51.6</ows:UpperCorner></ows:WGS84BoundingBox>
      <ows:Identifier>{name}</ows:Identifier>
      <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
      <Format>image/png</Format>
      <Dimension><ows:Identifier>TIME</ows:Identifier><Default>{times[-1]}</Default>{"".join(
          f"<Value>{value}</Value>" for value in layer_times(times, number))}</Dimension>
      <TileMatrixSetLink><TileMatrixSet>g3857</TileMatrixSet></TileMatrixSetLink>
      <ResourceURL format="image/png" resourceType="tile"
        template="{url}/1.0.0/{name}/default/{{TIME}}/g3857/{{TileMatrix}}/{{TileRow}}/{{TileCol}}.png"/>
    </Layer>""" for number, name in enumerate(LAYERS))
    matrices = "".join(f"""
      <TileMatrix><ows:Identifier>{z}</ows:Identifier><ScaleDenominator>{559082264.0287178 / 2 ** z}</ScaleDenominator>
        <TopLeftCorner>-20037508.3427892 20037508.3427892</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
        <MatrixWidth>{2 ** z}</MatrixWidth><MatrixHeight>{2 ** z}</MatrixHeight></TileMatrix>""" for z in range(19))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1"
  xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">
  <ows:ServiceIdentification><ows:Title>Bench</ows:Title><ows:ServiceType>OGC WMTS</ows:ServiceType>
    <ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
  <Contents>{layers}
    <TileMatrixSet><ows:Identifier>g3857</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG:6.18:3:3857</ows:SupportedCRS>
      <WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet>{matrices}
    </TileMatrixSet>
  </Contents>
</Capabilities>
"""


def wms(times: list[str], url: str) -> str:
    layers = "".join(f"""
      <Layer queryable="0"><Name>{name}</Name><Title>{name[7:]}</Title>
        <EX_GeographicBoundingBox><westBoundLongitude>2.5</westBoundLongitude><eastBoundLongitude>6.4</eastBoundLongitude>
          <southBoundLatitude>49.4</southBoundLatitude><northBoundLatitude>51.6</northBoundLatitude></EX_GeographicBoundingBox>
        <Dimension name="time" units="ISO8601" default="{times[-1]}">{",".join(layer_times(times, number))}</Dimension>
      </Layer>""" for number, name in enumerate(LAYERS))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
  <Service><Name>WMS</Name><Title>Bench</Title><OnlineResource xlink:href="{url}"/></Service>
  <Capability>
    <Request><GetCapabilities><Format>text/xml</Format>
      <DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType></GetCapabilities>
      <GetMap><Format>image/png</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType></GetMap>
    </Request>
    <Exception><Format>XML</Format></Exception>
    <Layer><Name>CGS_S2</Name><Title>Sentinel-2</Title><CRS>EPSG:3857</CRS><CRS>EPSG:4326</CRS>{layers}
    </Layer>
  </Capability>
</WMS_Capabilities>
"""


def write(folder: Path, count: int, base: str = "http://127.0.0.1") -> tuple[Path, Path]:
    times = time_values(count)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wmts.xml").write_text(wmts(times, f"{base}/wmts"), encoding="utf-8")
    (folder / "wms.xml").write_text(wms(times, f"{base}/wms.xml"), encoding="utf-8")
    return folder / "wmts.xml", folder / "wms.xml"


if __name__ == "__main__":
    write(Path(sys.argv[1]), int(sys.argv[2]))
