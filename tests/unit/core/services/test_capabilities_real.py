"""Real capabilities documents (../shared/fixtures/real: OWSLib's test documents, VITO's GeoServer) and the facts of
real ones not in shared/ yet (NASA OnEarth's WMTS, OWSLib's byte-order-mark document): the plugin lists the layers OWSLib
lists and the dates an independent reading gives (lxml and datetime arithmetic here, never the plugin's code)."""

from __future__ import annotations

import codecs
import re
from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree

from terrascope_s2.plugin.core.services.capabilities import parse_wms_capabilities, parse_wmts_capabilities
from terrascope_s2.plugin.core.services.model import WMS, WMTS
from terrascope_s2.plugin.core.services.timevalues import MAX_VALUES

pytestmark = pytest.mark.services  # parsed by OWSLib: run once per OWSLib version

UTC = timezone.utc
DOCUMENTS = {  # file -> WMS version
    ("owslib-caps", "wms_JPLCapabilities.xml"): "1.1.1",
    ("owslib-caps", "wms_nccs_nasa_getcap_130.xml"): "1.3.0",
    ("owslib-caps", "wms_mesonet-caps-130.xml"): "1.3.0",
    ("vito-wms-caps", "probav_mep_geoserver_wms130_capabilities.xml"): "1.3.0",
}
MESONET = ("owslib-caps", "wms_mesonet-caps-130.xml")


# ------------------------------------------------------------------------------ the truth, read independently


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _period(text: str) -> timedelta:
    """The periods these documents use: PnD, PTnH, PTnM, PTnS."""
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", text)
    days, hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def truth(text: str) -> tuple[datetime, datetime, int]:
    """(first, newest, number of values) advertised by a TIME text: lists and start/end/period intervals."""
    instants, count = [], 0
    for item in (item.strip() for item in text.split(",") if item.strip()):
        if "/" in item:
            start, end, period = item.split("/")
            step = _period(period)
            steps = (_instant(end) - _instant(start)) // step
            instants += [_instant(start), _instant(start) + steps * step]
            count += steps + 1
        else:
            instants.append(_instant(item))
            count += 1
    return min(instants), max(instants), count


def time_texts(data: bytes) -> dict[str, tuple[str, str | None]]:
    """Named layer -> (its TIME text, its default), inherited from the nearest ancestor that writes one (lxml)."""
    root = etree.fromstring(data, etree.XMLParser(remove_comments=True, remove_pis=True))
    found: dict[str, tuple[str, str | None]] = {}

    def walk(layer, inherited):
        own = [element for element in layer if etree.QName(element).localname in ("Dimension", "Extent")
               and element.get("name", "").lower() == "time" and (element.text or "").strip()]
        current = ((own[-1].text or "").strip(), own[-1].get("default")) if own else inherited
        name = next((child.text for child in layer if etree.QName(child).localname == "Name"), None)
        if name and current:
            found[name.strip()] = current
        for child in layer:
            if etree.QName(child).localname == "Layer":
                walk(child, current)

    for top in root.iter():
        if etree.QName(top).localname == "Layer" and etree.QName(top.getparent()).localname == "Capability":
            walk(top, None)
    return found


def owslib_layers(data: bytes, version: str) -> list[str]:
    from owslib.wms import WebMapService

    return sorted(name for name in WebMapService("http://h/ows", version=version, xml=data).contents if name)


# ------------------------------------------------------------------------------ the real documents


@pytest.mark.parametrize("document", sorted(DOCUMENTS), ids=lambda document: document[1])
def test_real_documents_list_owslibs_layers_and_the_advertised_dates(real, document):
    data = (real / document[0] / document[1]).read_bytes()
    caps = parse_wms_capabilities(data, "http://h/ows")
    assert sorted(caps.layers) == owslib_layers(data, DOCUMENTS[document])
    texts = time_texts(data)
    assert texts, "the document has TIME dimensions"
    for name, (text, default) in texts.items():
        first, newest, count = truth(text)
        dimension = caps.layers[name].time_for(WMS)
        assert dimension.values[-1].when == newest, name  # the newest value is always selectable
        assert len(dimension) == min(count, MAX_VALUES) + (1 if count > MAX_VALUES else 0), name
        if count <= MAX_VALUES:
            assert dimension.values[0].when == first, name
        if default:
            assert dimension.default.when == _instant(default), name
            if first <= _instant(default) <= newest:
                assert dimension.default in dimension.values, name  # an advertised default is always selectable


def test_mesonet_keeps_its_times_its_newest_values_and_its_default(real):
    """Iowa Mesonet's 1995-01-01/2015-12-31/PT5M: before, one value a day of 1995 (last selectable 1995-12-14)."""
    data = (real / MESONET[0] / MESONET[1]).read_bytes()
    caps = parse_wms_capabilities(data, "http://h/ows")
    for name, (text, default) in time_texts(data).items():
        dimension = caps.layers[name].time_for(WMS)
        _first, newest, _count = truth(text)
        assert dimension.values[-1] == ("2015-12-31T00:00:00Z", newest)
        assert [b.when - a.when for a, b in zip(dimension.values[1:], dimension.values[2:])] == \
            [timedelta(minutes=5)] * (MAX_VALUES - 1)  # five minutes apart: the times are kept
        assert dimension.default == (default, _instant(default)) and dimension.values[0] == dimension.default


def mesonet_in(real, encoding: str, bom: bytes = b"") -> bytes:
    text = (real / MESONET[0] / MESONET[1]).read_bytes().decode("iso-8859-1")
    return bom + text.replace('encoding="ISO-8859-1"', f'encoding="{encoding.upper()}"').encode(encoding)


@pytest.mark.parametrize("form", ["FF FE then ASCII", "UTF-16 LE with BOM", "UTF-16 BE with BOM", "UTF-16 LE", "UTF-8 BOM",
                                  "UTF-32 LE with BOM"])
def test_byte_order_marks_and_utf16_are_read_as_owslib_reads_them(real, form):
    """OWSLib's wms_mesonet-caps-130_bom.xml is the Mesonet document after the bytes FF FE (then ASCII): built here from
    the shared Mesonet document. Before, these were refused as 'not an XML document'."""
    plain = (real / MESONET[0] / MESONET[1]).read_bytes()
    data = {
        "FF FE then ASCII": b"\xff\xfe" + plain,
        "UTF-16 LE with BOM": mesonet_in(real, "utf-16"),
        "UTF-16 BE with BOM": mesonet_in(real, "utf-16-be", codecs.BOM_UTF16_BE),
        "UTF-16 LE": mesonet_in(real, "utf-16-le"),
        "UTF-8 BOM": mesonet_in(real, "utf-8", codecs.BOM_UTF8),
        "UTF-32 LE with BOM": mesonet_in(real, "utf-32"),
    }[form]
    expected = parse_wms_capabilities(plain, "http://h/ows")
    try:  # OWSLib hands the bytes to libxml2, which reads UTF-32, and on Debian 13 a declared UTF-16, only with iconv
        assert owslib_layers(data, "1.3.0") == owslib_layers(plain, "1.3.0")
    except etree.XMLSyntaxError as error:
        assert "encoding" in str(error) and form not in ("FF FE then ASCII", "UTF-8 BOM", "UTF-16 LE with BOM")
    caps = parse_wms_capabilities(data, "http://h/ows")
    assert sorted(caps.layers) == sorted(expected.layers) == owslib_layers(plain, "1.3.0")
    assert caps.title == "IEM WMS Service"
    for name, layer in expected.layers.items():
        assert caps.layers[name].time_for(WMS).values[-3:] == layer.time_for(WMS).values[-3:]


# ------------------------------------------------------------------------------ real documents not in shared/ yet


def onearth_like_wmts(periods: list[str]) -> bytes:
    """A WMTS shaped like NASA OnEarth's (GIBS): one layer per period, each with a start/end/period <Value> and a
    default. The real document (24 layers, one of them with the invalid period P1H) is public; not in shared/ yet."""
    layers = "".join(f"""<Layer><ows:Title>Layer {number}</ows:Title>
      <ows:WGS84BoundingBox crs="urn:ogc:def:crs:OGC:2:84"><ows:LowerCorner>-180 -90</ows:LowerCorner><ows:UpperCorner>180 90</ows:UpperCorner></ows:WGS84BoundingBox>
      <ows:Identifier>LAYER_{number:02d}</ows:Identifier>
      <Style isDefault="true"><ows:Title>default</ows:Title><ows:Identifier>default</ows:Identifier></Style>
      <Format>image/png</Format>
      <Dimension><ows:Identifier>Time</ows:Identifier><ows:UOM>ISO8601</ows:UOM><Default>2020-01-05</Default><Current>false</Current>
        <Value>2020-01-01/2020-01-05/{period}</Value></Dimension>
      <TileMatrixSetLink><TileMatrixSet>2km</TileMatrixSet></TileMatrixSetLink>
      <ResourceURL format="image/png" resourceType="tile" template="https://h/wmts/LAYER_{number:02d}/default/{{Time}}/{{TileMatrixSet}}/{{TileMatrix}}/{{TileRow}}/{{TileCol}}.png"/>
    </Layer>""" for number, period in enumerate(periods))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">
<ows:ServiceIdentification><ows:Title xml:lang="en">NASA Global Imagery Browse Services for EOSDIS</ows:Title>
<ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
<Contents>{layers}
<TileMatrixSet><ows:Identifier>2km</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:OGC:1.3:CRS84</ows:SupportedCRS>
<TileMatrix><ows:Identifier>0</ows:Identifier><ScaleDenominator>223632905.6114871</ScaleDenominator><TopLeftCorner>-180 90</TopLeftCorner>
<TileWidth>512</TileWidth><TileHeight>512</TileHeight><MatrixWidth>2</MatrixWidth><MatrixHeight>1</MatrixHeight></TileMatrix>
</TileMatrixSet></Contents></Capabilities>""".encode()


def test_one_layer_with_an_invalid_period_costs_that_layer_only():
    """NASA OnEarth's real WMTS: 24 layers, one with the period P1H (ISO 8601 writes PT1H). Before, the plugin refused
    the whole document; OWSLib reads all 24."""
    from owslib.wmts import WebMapTileService

    periods = ["P1D"] * 23
    periods.insert(7, "P1H")
    data = onearth_like_wmts(periods)
    owslib = WebMapTileService("https://h/wmts", xml=data)
    caps = parse_wmts_capabilities(data, "https://h/wmts")
    assert sorted(caps.layers) == sorted(owslib.contents) and len(caps.layers) == 24
    broken = caps.layers["LAYER_07"]
    assert not broken.has_time and "P1H" in broken.time_errors[WMTS].user_text()
    for name, layer in caps.layers.items():
        if name != "LAYER_07":
            assert layer.time_for(WMTS).texts == ["2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04", "2020-01-05"]
            assert layer.time_for(WMTS).default.text == "2020-01-05" and not layer.time_errors


def test_a_wmts_without_service_identification():
    """Before: AttributeError ('WebMapTileService' object has no attribute 'identification')."""
    data = re.sub(rb"<ows:ServiceIdentification>.*?</ows:ServiceIdentification>", b"", onearth_like_wmts(["P1D"]), flags=re.S)
    caps = parse_wmts_capabilities(data, "https://h/wmts")
    assert caps.title == "" and caps.layers["LAYER_00"].time.texts[-1] == "2020-01-05"
