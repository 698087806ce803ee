"""OWSLib is the oracle of contents.py: on every capabilities document of the tests and the real ones (../shared), the
plugin's model (layers and their titles, abstracts, styles, extents, tile matrix sets, formats; the service's title,
version, tile matrix sets, GetMap formats and address) equals what OWSLib gives for the same document, read as the
plugin read it through OWSLib before (its TIME elements stripped). `make test` runs this with Debian's OWSLib 0.27 and
the newest."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from lxml import etree

from terrascope_s2.plugin.core.services.capabilities import (
    CapabilitiesError,
    _crs_authid,
    parse_wms_capabilities,
    parse_wmts_capabilities,
)
from terrascope_s2.tests.helpers import faultfront


def _module(path: Path):
    """A module of the tests or the bench by its file (neither folder is a package)."""
    spec = importlib.util.spec_from_file_location(f"_oracle_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HERE = Path(__file__).parent
test_capabilities = _module(HERE / "test_capabilities.py")
test_capabilities_bounds = _module(HERE / "test_capabilities_bounds.py")
test_capabilities_real = _module(HERE / "test_capabilities_real.py")
bench_documents = _module(HERE.parents[3] / "bench" / "capabilities_doc.py")
bench_times, bench_wms, bench_wmts = bench_documents.time_values, bench_documents.wms, bench_documents.wmts

pytestmark = pytest.mark.services  # OWSLib is the oracle: run once per OWSLib version

RICH_WMS130 = b"""<?xml version="1.0" encoding="UTF-8"?>
<wms:WMS_Capabilities version="1.3.0" xmlns:wms="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
<wms:Service><wms:Name>WMS</wms:Name><wms:Title>  Rich service  </wms:Title></wms:Service>
<wms:Capability><wms:Request>
  <wms:GetCapabilities><wms:Format>text/xml</wms:Format><wms:DCPType><wms:HTTP><wms:Get><wms:OnlineResource xlink:href="http://h/caps?"/></wms:Get></wms:HTTP></wms:DCPType></wms:GetCapabilities>
  <wms:GetMap><wms:Format>image/png</wms:Format><wms:Format>image/jpeg</wms:Format>
    <wms:DCPType><wms:HTTP><wms:Post><wms:OnlineResource xlink:href="http://h/post?"/></wms:Post><wms:Get><wms:OnlineResource xlink:href="http://h/map?"/></wms:Get></wms:HTTP></wms:DCPType></wms:GetMap>
  <wms:GetMap><wms:Format>image/gif</wms:Format><wms:DCPType><wms:HTTP><wms:Get><wms:OnlineResource xlink:href="http://h/again?"/></wms:Get></wms:HTTP></wms:DCPType></wms:GetMap>
</wms:Request>
<wms:Layer><wms:Title>Root</wms:Title>
  <wms:EX_GeographicBoundingBox><wms:westBoundLongitude>-10</wms:westBoundLongitude><wms:eastBoundLongitude>10</wms:eastBoundLongitude>
    <wms:southBoundLatitude>40</wms:southBoundLatitude><wms:northBoundLatitude>60</wms:northBoundLatitude></wms:EX_GeographicBoundingBox>
  <wms:Style><wms:Name>base</wms:Name><wms:Title>Base style</wms:Title></wms:Style>
  <wms:Layer><wms:Name> GROUP </wms:Name><wms:Title> The group </wms:Title><wms:Abstract> About the group </wms:Abstract>
    <wms:Style><wms:Title>Title only</wms:Title></wms:Style>
    <wms:Dimension name="time" units="ISO8601" default="2020-01-02">2020-01-01,2020-01-02</wms:Dimension>
    <wms:Layer><wms:Name>CHILD</wms:Name><wms:Title>Child</wms:Title>
      <wms:EX_GeographicBoundingBox><wms:westBoundLongitude>2.5</wms:westBoundLongitude><wms:eastBoundLongitude>6.4</wms:eastBoundLongitude>
        <wms:southBoundLatitude>49.4</wms:southBoundLatitude><wms:northBoundLatitude>51.6</wms:northBoundLatitude></wms:EX_GeographicBoundingBox>
      <wms:Style><wms:Name>base</wms:Name><wms:Title>Child's base</wms:Title></wms:Style>
      <wms:Style><wms:Name>own</wms:Name></wms:Style>
    </wms:Layer>
    <wms:Layer><wms:Title>Unnamed</wms:Title><wms:Layer><wms:Name>GRANDCHILD</wms:Name></wms:Layer></wms:Layer>
  </wms:Layer>
  <wms:Layer><wms:Name>CHILD</wms:Name><wms:Title>Again</wms:Title></wms:Layer>
</wms:Layer></wms:Capability></wms:WMS_Capabilities>"""

RICH_WMTS = b"""<?xml version="1.0" encoding="UTF-8"?>
<wmts:Capabilities xmlns:wmts="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="1.0.0">
<ows:ServiceIdentification><ows:Title> Rich tiles </ows:Title></ows:ServiceIdentification>
<wmts:Contents>
  <wmts:Layer><ows:Title> Two sets </ows:Title><ows:Abstract> About </ows:Abstract><ows:Identifier> A </ows:Identifier>
    <ows:WGS84BoundingBox><ows:LowerCorner>-180 -85.05 7</ows:LowerCorner><ows:UpperCorner>180 85.05</ows:UpperCorner></ows:WGS84BoundingBox>
    <wmts:Style><ows:Identifier>plain</ows:Identifier></wmts:Style><wmts:Style><ows:Identifier> spaced </ows:Identifier></wmts:Style>
    <wmts:Style isDefault="true"><ows:Title> Pretty </ows:Title><ows:Identifier>pretty</ows:Identifier></wmts:Style>
    <wmts:Format>image/png</wmts:Format><wmts:Format/><wmts:Format>image/jpeg</wmts:Format>
    <wmts:TileMatrixSetLink><wmts:TileMatrixSet> g3857 </wmts:TileMatrixSet></wmts:TileMatrixSetLink>
    <wmts:TileMatrixSetLink><wmts:TileMatrixSet>wgs84</wmts:TileMatrixSet><wmts:TileMatrixSet>utm</wmts:TileMatrixSet></wmts:TileMatrixSetLink>
    <wmts:Layer><ows:Title>Nested</ows:Title><ows:Identifier>NESTED</ows:Identifier></wmts:Layer>
  </wmts:Layer>
  <wmts:Layer><ows:Identifier>NO_TITLE</ows:Identifier><wmts:Format>image/png</wmts:Format></wmts:Layer>
  <wmts:Layer><ows:Title>No identifier</ows:Title></wmts:Layer>
  <wmts:TileMatrixSet><ows:Identifier>g3857</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS></wmts:TileMatrixSet>
  <wmts:TileMatrixSet><ows:Identifier>wgs84</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:OGC:1.3:CRS84</ows:SupportedCRS></wmts:TileMatrixSet>
  <wmts:TileMatrixSet><ows:Identifier>utm</ows:Identifier><ows:SupportedCRS>EPSG:32631</ows:SupportedCRS></wmts:TileMatrixSet>
</wmts:Contents></wmts:Capabilities>"""


def wmts_documents() -> dict[str, bytes]:
    bench_dates = bench_times(40)
    return {
        "tests: MapCache-like": test_capabilities.wmts_document({"CGS_S2_NDVI": test_capabilities.many_dates(20),
                                                                 "CGS_S2_FAPAR": ["2019-03-07"]}, ("CGS_S2_LAI",)),
        "tests: hostile values": test_capabilities_bounds.wmts_of_values({"L1": ["2020-01-01"], "L2": ["2021-01-01"]}),
        "tests: NASA OnEarth-like": test_capabilities_real.onearth_like_wmts(["P1D", "P1H", "PT6H"]),
        "tests: fault front": faultfront.wmts_document(None),
        "bench: MapCache-like": bench_wmts(bench_dates, "http://127.0.0.1/wmts").encode(),
        "rich": RICH_WMTS,
    }


def wms_documents(real_folder) -> dict[str, tuple[bytes, str]]:
    documents = {
        "tests: WMS 1.1.1": (test_capabilities.WMS111, "1.1.1"),
        "tests: hostile intervals": (test_capabilities_bounds.wms_of_intervals(3), "1.3.0"),
        "tests: fault front": (faultfront.wms_document(None), "1.3.0"),
        "bench: MapServer-like": (bench_wms(bench_times(40), "http://127.0.0.1/wms").encode(), "1.3.0"),
        "rich": (RICH_WMS130, "1.3.0"),
    }
    for (folder, name), version in test_capabilities_real.DOCUMENTS.items():
        path = real_folder / folder / name
        if path.exists():
            documents[f"real: {name}"] = (path.read_bytes(), version)
    return documents


def _stripped(data: bytes) -> bytes:
    """The document without its TIME elements, as the plugin handed it to OWSLib before."""
    root = etree.fromstring(data, etree.XMLParser(remove_comments=True, remove_pis=True, resolve_entities=False))
    for element in list(root.iter()):
        if etree.QName(element).localname in ("Dimension", "Extent"):
            element.getparent().remove(element)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _extent(box):
    return tuple(float(value) for value in box[:4]) if box and len(box) >= 4 else None


def owslib_wmts(data: bytes) -> dict:
    """What the plugin took from OWSLib before (capabilities.py up to this change), as plain values."""
    from owslib.wmts import WebMapTileService

    service = WebMapTileService("http://h/wmts", xml=_stripped(data))
    layers = {name: {"title": (content.title or name).strip(), "abstract": (content.abstract or "").strip(),
                     "styles": [(style, (info or {}).get("title") or "", bool((info or {}).get("isDefault")))
                                for style, info in (content.styles or {}).items()],
                     "extent": _extent(getattr(content, "boundingBoxWGS84", None)),
                     "matrix sets": list(getattr(content, "tilematrixsetlinks", None) or ()),
                     "formats": [fmt for fmt in (content.formats or ()) if fmt]}
              for name, content in service.contents.items()}
    title = (getattr(getattr(service, "identification", None), "title", "") or "").strip()
    return {"version": service.version or "1.0.0", "title": title, "layers": layers,
            "matrix sets": {name: _crs_authid(getattr(tms, "crs", "")) for name, tms in service.tilematrixsets.items()}}


def owslib_wms(data: bytes, version: str) -> dict:
    from owslib.wms import WebMapService

    service = WebMapService("http://h/ows", version=version, xml=_stripped(data))
    layers = {name: {"title": (content.title or name).strip(), "abstract": (content.abstract or "").strip(),
                     "styles": [(style, (info or {}).get("title") or "", False) for style, info in (content.styles or {}).items()],
                     "extent": _extent(getattr(content, "boundingBoxWGS84", None)), "matrix sets": [], "formats": []}
              for name, content in service.contents.items() if name}
    operation = service.getOperationByName("GetMap")
    url = next((method.get("url", "") for method in operation.methods if method.get("type", "").lower() == "get"), "")
    title = (getattr(getattr(service, "identification", None), "title", "") or "").strip()
    return {"version": version, "title": title, "layers": layers, "formats": list(operation.formatOptions or ()),
            "url": url}


def plugin_view(caps) -> dict:
    layers = {name: {"title": layer.title, "abstract": layer.abstract,
                     "styles": [(style.name, style.title, style.is_default) for style in layer.styles],
                     "extent": layer.wgs84_extent, "matrix sets": list(layer.tile_matrix_sets), "formats": list(layer.formats)}
              for name, layer in caps.layers.items()}
    view = {"version": caps.version, "title": caps.title, "layers": layers}
    if caps.protocol == "WMTS":
        view["matrix sets"] = dict(caps.tile_matrix_sets)
    else:
        view.update(formats=list(caps.formats), url=caps.get_map_url)
    return view


@pytest.mark.parametrize("name", sorted(wmts_documents()))
def test_the_wmts_model_is_owslibs(name):
    data = wmts_documents()[name]
    expected = owslib_wmts(data)
    assert expected["layers"], "a document with layers"
    found = plugin_view(parse_wmts_capabilities(data, "http://h/wmts"))
    assert found == expected
    assert list(found["layers"]) == list(expected["layers"])  # in the same order


@pytest.mark.parametrize("name", ["tests: WMS 1.1.1", "tests: hostile intervals", "tests: fault front",
                                  "bench: MapServer-like", "rich", "real: wms_JPLCapabilities.xml",
                                  "real: wms_nccs_nasa_getcap_130.xml", "real: wms_mesonet-caps-130.xml",
                                  "real: probav_mep_geoserver_wms130_capabilities.xml"])
def test_the_wms_model_is_owslibs(name, request):
    real_folder = request.getfixturevalue("real") if name.startswith("real:") else HERE / "no-real-folder-needed"
    data, version = wms_documents(real_folder)[name]
    expected = owslib_wms(data, version)
    assert expected["layers"], "a document with layers"
    found = plugin_view(parse_wms_capabilities(data, "http://h/ows"))
    assert found == expected
    assert list(found["layers"]) == list(expected["layers"])


def test_the_rich_documents_hold_what_the_oracle_must_see():
    """The two documents written here for the oracle reach the cases OWSLib reads in its own way (so that the
    comparison above can fail): inherited styles and extents, a style named by its title, a layer named twice, nested
    unnamed layers, nested WMTS layers, stripped and unstripped texts, two tile matrix sets in one link, a Post before the
    Get, a GetMap written twice."""
    wms = parse_wms_capabilities(RICH_WMS130, "http://h/ows")
    assert list(wms.layers) == ["GROUP", "CHILD", "GRANDCHILD"]
    assert wms.layers["GROUP"].wgs84_extent == (-10.0, 40.0, 10.0, 60.0) and wms.layers["GROUP"].title == "The group"
    assert [(style.name, style.title) for style in wms.layers["GROUP"].styles] == [("base", "Base style"),
                                                                                   ("Title only", "Title only")]
    assert wms.layers["CHILD"].title == "Again" and wms.layers["GRANDCHILD"].wgs84_extent == (-10.0, 40.0, 10.0, 60.0)
    assert wms.get_map_url == "http://h/map?" and wms.formats == ("image/png", "image/jpeg") and wms.title == "Rich service"
    wmts = parse_wmts_capabilities(RICH_WMTS, "http://h/wmts")
    assert list(wmts.layers) == ["A", "NESTED", "NO_TITLE"] and wmts.layers["NO_TITLE"].title == "NO_TITLE"
    assert wmts.layers["A"].tile_matrix_sets == ("g3857", "wgs84", "utm") and wmts.layers["A"].formats == (
        "image/png", "image/jpeg")
    assert [(style.name, style.title, style.is_default) for style in wmts.layers["A"].styles] == [
        ("plain", "", False), (" spaced ", "", False), ("pretty", "Pretty", True)]
    assert wmts.tile_matrix_sets == {"g3857": "EPSG:3857", "wgs84": "OGC:CRS84", "utm": "EPSG:32631"}


@pytest.mark.parametrize("protocol, data, words", [
    ("WMTS", RICH_WMTS.replace(b"<wmts:Contents>", b"<wmts:Other>").replace(b"</wmts:Contents>", b"</wmts:Other>"),
     "Contents"),
    ("WMTS", RICH_WMTS.replace(b"<ows:Identifier>plain</ows:Identifier>", b""), "Style"),
    ("WMTS", RICH_WMTS.replace(b"<wmts:TileMatrixSet> g3857 </wmts:TileMatrixSet>", b""), "TileMatrixSet"),
    ("WMTS", RICH_WMTS.replace(b"-180 -85.05 7", b"west"), "ValueError"),
    ("WMTS", RICH_WMTS.replace(b"<ows:SupportedCRS>EPSG:32631</ows:SupportedCRS>", b""), "SupportedCRS"),
    ("WMS", RICH_WMS130.replace(b"<wms:Title>Title only</wms:Title>", b""), "Style"),
    ("WMS", RICH_WMS130.replace(b"<wms:westBoundLongitude>2.5</wms:westBoundLongitude>", b""), "EX_GeographicBoundingBox"),
    ("WMS", RICH_WMS130.replace(b' xlink:href="http://h/post?"', b""), "OnlineResource"),
    ("WMS", RICH_WMS130.replace(b"wms:Request>", b"wms:Requests>"), "Request"),
])
def test_what_owslib_refuses_and_the_plugin_uses_is_refused(protocol, data, words):
    from owslib.wms import WebMapService
    from owslib.wmts import WebMapTileService

    with pytest.raises(Exception):  # noqa: B017, PT011 - OWSLib raises anything
        if protocol == "WMTS":
            WebMapTileService("http://h/wmts", xml=_stripped(data))
        else:
            WebMapService("http://h/ows", version="1.3.0", xml=_stripped(data))
    parse = parse_wmts_capabilities if protocol == "WMTS" else parse_wms_capabilities
    with pytest.raises(CapabilitiesError) as raised:
        parse(data, "http://h/caps")
    assert "capabilities cannot be read" in raised.value.user_text() and words in raised.value.user_text()


def xpath_addresses(data: bytes) -> dict[str, tuple[str, ...]]:
    """Capabilities.addresses as the plugin read them before, by XPath (the reference of _tile_addresses)."""
    root = etree.fromstring(data)
    href = "@*[local-name()='href']"

    def texts(element, path: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(text.strip() for text in element.xpath(path) if text and text.strip()))

    found = {"": texts(root, f"//*[local-name()='Operation']//*[local-name()='Get' or local-name()='Post']/{href}")}
    for layer in root.xpath("//*[local-name()='Contents']/*[local-name()='Layer']"):
        name = next((child.text.strip() for child in layer if etree.QName(child).localname == "Identifier"
                     and child.text), "")
        if name:
            found[name] = texts(layer, f"*[local-name()='ResourceURL']/@template | .//*[local-name()='LegendURL']/{href}")
    return found


ADDRESSES = RICH_WMTS.replace(b"<ows:ServiceIdentification>", b"""<ows:OperationsMetadata xmlns:xlink="http://www.w3.org/1999/xlink">
  <ows:Operation name="GetCapabilities"><ows:DCP><ows:HTTP><ows:Get xlink:href=" http://h/caps? "/></ows:HTTP></ows:DCP></ows:Operation>
  <ows:Operation name="GetTile"><ows:DCP><ows:HTTP><ows:Get xlink:href="http://h/tile?"/><ows:Post href="http://h/post"/>
    <ows:Get xlink:href="http://h/caps?"/></ows:HTTP></ows:DCP></ows:Operation></ows:OperationsMetadata>
<ows:ServiceIdentification>""").replace(b"<wmts:Style isDefault=\"true\">", b"""<wmts:Style isDefault="true">
  <wmts:LegendURL xmlns:xlink="http://www.w3.org/1999/xlink" format="image/png" xlink:href="http://h/legend.png"/>""").replace(
    b"<ows:Identifier>NESTED</ows:Identifier>", b"""<ows:Identifier>NESTED</ows:Identifier>
  <wmts:ResourceURL format="image/png" resourceType="tile" template="http://h/nested/{TileMatrix}"/>""").replace(
    b"<wmts:Format>image/png</wmts:Format><wmts:Format/>", b"""<wmts:ResourceURL format="image/png" resourceType="tile"
  template="http://h/a/{TileMatrix}"/><wmts:Format>image/png</wmts:Format><wmts:Format/>""")


@pytest.mark.parametrize("name", sorted(wmts_documents()) + ["addresses"])
def test_the_tile_addresses_are_those_the_xpaths_gave(name):
    data = ADDRESSES if name == "addresses" else wmts_documents()[name]
    found = parse_wmts_capabilities(data, "http://h/wmts").addresses
    assert found == xpath_addresses(data)
    if name == "addresses":
        assert found[""] == ("http://h/caps?", "http://h/tile?", "http://h/post")
        assert found["A"] == ("http://h/legend.png", "http://h/a/{TileMatrix}") and "NESTED" not in found
