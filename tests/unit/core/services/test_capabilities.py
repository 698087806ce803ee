"""Capabilities parsing with the OWSLib of the run (`make test` runs this module with Debian's 0.27 and the newest)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from terrascope_s2.plugin.core.services.capabilities import CapabilitiesError, parse_wms_capabilities, parse_wmts_capabilities
from terrascope_s2.plugin.core.services.model import WMS, WMTS, ServiceModel

pytestmark = pytest.mark.services  # run once per OWSLib version

VITO = ("vito-wms-caps", "probav_mep_geoserver_wms130_capabilities.xml")


def wmts_document(layers: dict[str, list[str]], default_only: tuple[str, ...] = ()) -> bytes:
    """A MapCache-like WMTS capabilities document; layers in default_only get a TIME dimension with a default and no value."""
    parts = []
    for name in list(layers) + list(default_only):
        values = "".join(f"<Value>{value}</Value>" for value in layers.get(name, []))
        default = layers[name][-1] if layers.get(name) else "2020-01-01"
        parts.append(f"""<Layer><ows:Title>{name} title</ows:Title><ows:Abstract>About {name}</ows:Abstract>
  <ows:WGS84BoundingBox><ows:LowerCorner>2.5 49.4</ows:LowerCorner><ows:UpperCorner>6.4 51.6</ows:UpperCorner></ows:WGS84BoundingBox>
  <ows:Identifier>{name}</ows:Identifier>
  <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
  <Format>image/png</Format>
  <Dimension><ows:Identifier>TIME</ows:Identifier><Default>{default}</Default>{values}</Dimension>
  <TileMatrixSetLink><TileMatrixSet>g3857</TileMatrixSet></TileMatrixSetLink>
  <ResourceURL format="image/png" resourceType="tile" template="http://h/wmts/1.0.0/{name}/default/{{TIME}}/{{TileMatrixSet}}/{{TileMatrix}}/{{TileRow}}/{{TileCol}}.png"/>
</Layer>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">
<ows:ServiceIdentification><ows:Title>Test WMTS</ows:Title><ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
<Contents>{''.join(parts)}
<TileMatrixSet><ows:Identifier>g3857</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG:6.3:3857</ows:SupportedCRS>
<TileMatrix><ows:Identifier>0</ows:Identifier><ScaleDenominator>559082264.0287178</ScaleDenominator><TopLeftCorner>-20037508.342789 20037508.342789</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight><MatrixWidth>1</MatrixWidth><MatrixHeight>1</MatrixHeight></TileMatrix>
</TileMatrixSet></Contents></Capabilities>""".encode()


def many_dates(count: int) -> list[str]:
    start = datetime(2015, 7, 1, 10, 50, 18, tzinfo=timezone.utc)
    return [(start + timedelta(hours=13 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z") for i in range(count)]


def test_which_owslib_runs():
    import owslib

    print("OWSLib", owslib.__version__, owslib.__file__)  # shown with -s: proves which version the run used
    assert owslib.__version__


def test_wmts_with_thousands_of_dates_and_a_dimension_without_values():
    dates = many_dates(5000)
    data = wmts_document({"CGS_S2_NDVI": dates, "CGS_S2_FAPAR": dates[::2], "CGS_S2_RADIOMETRY": dates[::3]},
                         default_only=("CGS_S2_LAI",))
    caps = parse_wmts_capabilities(data, "http://h/wmts?SERVICE=WMTS&REQUEST=GetCapabilities")
    assert caps.tile_matrix_sets == {"g3857": "EPSG:3857"}
    ndvi = caps.layers["CGS_S2_NDVI"]
    assert ndvi.title == "CGS_S2_NDVI title" and ndvi.abstract == "About CGS_S2_NDVI"
    assert ndvi.default_style == "default" and ndvi.formats == ("image/png",) and ndvi.tile_matrix_sets == ("g3857",)
    assert ndvi.wgs84_extent == (2.5, 49.4, 6.4, 51.6) and ndvi.protocols == {WMTS}
    assert ndvi.time_for(WMTS).texts == dates
    assert caps.layers["CGS_S2_FAPAR"].time.texts == dates[::2]
    assert len(caps.layers["CGS_S2_RADIOMETRY"].time) == len(dates[::3])
    # a default and no value: OWSLib >= 0.30 would abort the whole document; here only that layer has no dates
    lai = caps.layers["CGS_S2_LAI"]
    assert len(lai.time) == 0 and lai.time.default is not None and lai.time.default.text == "2020-01-01"


def test_the_real_vito_wms_document(real):
    data = (real / VITO[0] / VITO[1]).read_bytes()
    caps = parse_wms_capabilities(data, "https://proba-v-mep.esa.int/applications/geo-viewer/app/geoserver/PV_MEP/ows")
    assert caps.version == "1.3.0"
    group = caps.layers["PROBAV_S10_TOC_1KM"]
    assert group.is_group and "PV_MEP:PROBAV_S10_TOC_1KM_NDVI" in group.children and len(group.children) == 5
    child = caps.layers["PV_MEP:PROBAV_S10_TOC_1KM_NDVI"]
    assert child.parent == "PROBAV_S10_TOC_1KM"
    times = child.time_for(WMS)
    assert len(times) > 200
    assert times.values[0].text == "2013-10-11T00:00:00.000Z"  # the advertised form, milliseconds and all
    assert times.default.text == "2021-10-21T00:00:00.000Z"  # the default is written without milliseconds
    assert times.value_for_day(date(2013, 10, 21)).text == "2013-10-21T00:00:00.000Z"
    for name in group.children:  # every child of every group lists its values
        assert len(caps.layers[name].time) > 0, name
    assert caps.layers["PROBAV_S10_TOC_333M"].children
    assert "image/png" in caps.formats and caps.get_map_url.startswith("https://proba-v-mep.esa.int/")


WMS111 = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE WMT_MS_Capabilities SYSTEM "http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd"
 [ <!ELEMENT VendorSpecificCapabilities EMPTY> ]>
<WMT_MS_Capabilities version="1.1.1"><Service><Name>OGC:WMS</Name><Title>Test</Title>
<OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://h/ows?"/></Service>
<Capability><Request><GetCapabilities><Format>application/vnd.ogc.wms_xml</Format><DCPType><HTTP><Get>
<OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://h/ows?"/></Get></HTTP></DCPType></GetCapabilities>
<GetMap><Format>image/png</Format><Format>image/jpeg</Format><DCPType><HTTP><Get>
<OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://h/ows?"/></Get></HTTP></DCPType></GetMap></Request>
<Exception><Format>application/vnd.ogc.se_xml</Format></Exception>
<Layer><Title>root</Title><SRS>EPSG:4326</SRS><LatLonBoundingBox minx="2" miny="49" maxx="7" maxy="52"/>
  <Layer><Name>GROUP</Name><Title>Group</Title><Dimension name="time" units="ISO8601"/>
    <Extent name="time" default="2019-03-03">2019-03-01/2019-03-03/P1D</Extent>
    <Layer><Name>CHILD_A</Name><Title>Child A</Title></Layer>
    <Layer><Name>CHILD_B</Name><Title>Child B</Title><Extent name="time" default="2020-01-02">2020-01-01,2020-01-02</Extent></Layer>
  </Layer>
  <Layer><Name>PLAIN</Name><Title>No time</Title></Layer>
</Layer></Capability></WMT_MS_Capabilities>"""


def test_wms_111_extent_intervals_and_inheritance():
    caps = parse_wms_capabilities(WMS111, "http://h/ows")
    assert caps.version == "1.1.1"
    assert caps.layers["GROUP"].time.texts == ["2019-03-01", "2019-03-02", "2019-03-03"]
    assert caps.layers["CHILD_A"].time.texts == ["2019-03-01", "2019-03-02", "2019-03-03"]  # inherited
    assert caps.layers["CHILD_B"].time.texts == ["2020-01-01", "2020-01-02"]  # its own
    assert not caps.layers["PLAIN"].has_time
    assert caps.layers["GROUP"].children == ("CHILD_A", "CHILD_B") and caps.layers["CHILD_A"].parent == "GROUP"
    assert caps.formats == ("image/png", "image/jpeg")


def test_merge_tells_which_protocol_offers_a_layer():
    wmts = parse_wmts_capabilities(wmts_document({"CGS_S2_NDVI": ["2018-02-25T10:50:18.000Z"]}), "http://h/wmts?SERVICE=WMTS")
    wms = parse_wms_capabilities(WMS111, "http://h/ows")
    model = ServiceModel.merge(wmts, wms)
    assert model.layers["CGS_S2_NDVI"].protocols == {WMTS}
    assert model.layers["PLAIN"].protocols == {WMS}
    assert "GROUP" in model.layer_names(with_time_only=True) and "PLAIN" not in model.layer_names(with_time_only=True)


@pytest.mark.parametrize("data, words", [
    (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "yyyyyyyy"><!ENTITY y "&x;&x;&x;&x;">]><Capabilities>&y;</Capabilities>',
     "entities"),
    (b'<!DOCTYPE a [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd">%p;]><Capabilities/>', "entities"),
    (b'<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><Capabilities>&e;</Capabilities>', "entities"),
    (b"<html><body>Service unavailable</body></html>", "not a capabilities document"),
    (b"Service unavailable", "not answer with an XML document"),
    (b"", "empty"),
    (b"<Capabilities><unclosed></Capabilities>", "not well-formed"),
    (b'<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1"><ows:Exception exceptionCode="x">'
     b"<ows:ExceptionText>layer not found</ows:ExceptionText></ows:Exception></ows:ExceptionReport>", "layer not found"),
])
def test_bad_documents_are_refused_with_a_reason(data, words):
    with pytest.raises(CapabilitiesError) as raised:
        parse_wmts_capabilities(data, "http://h/wmts")
    assert words in str(raised.value)
    assert "passwd" not in raised.value.user_text() and "root:" not in raised.value.user_text()


def test_a_bad_time_value_costs_its_layer_only():
    caps = parse_wmts_capabilities(wmts_document({"CGS_S2_NDVI": ["2018-02-25", "yesterday"], "CGS_S2_FAPAR": ["2018-02-25"]}),
                                   "http://h/wmts")
    ndvi = caps.layers["CGS_S2_NDVI"]
    assert not ndvi.has_time and "yesterday" in ndvi.time_errors[WMTS].user_text()
    assert caps.layers["CGS_S2_FAPAR"].time.texts == ["2018-02-25"] and not caps.layers["CGS_S2_FAPAR"].time_errors
    model = ServiceModel.merge(caps, None)
    assert [(name, protocol) for name, protocol, _error in model.time_errors()] == [("CGS_S2_NDVI", WMTS)]


def test_a_wmts_without_layers_or_dimensions():
    empty = wmts_document({})
    assert parse_wmts_capabilities(empty, "http://h/wmts").layers == {}
    plain = wmts_document({"A": ["2020-01-01"]}).replace(b"<Dimension><ows:Identifier>TIME", b"<Dimension><ows:Identifier>ELEVATION")
    caps = parse_wmts_capabilities(plain, "http://h/wmts")
    assert not caps.layers["A"].has_time and len(caps.layers["A"].time) == 0


def test_a_wmts_without_service_identification_has_no_title():
    # OWSLib sets no `identification` at all then: the parser read it unguarded (found by test_properties' mutations)
    data = wmts_document({"CGS_S2_NDVI": ["2019-03-07"]}).replace(
        b"<ows:ServiceIdentification><ows:Title>Test WMTS</ows:Title><ows:ServiceType>OGC WMTS</ows:ServiceType>"
        b"<ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>", b"")
    caps = parse_wmts_capabilities(data, "http://x/wmts")
    assert caps.title == "" and [value.text for value in caps.layers["CGS_S2_NDVI"].time_for(WMTS).values] == ["2019-03-07"]
