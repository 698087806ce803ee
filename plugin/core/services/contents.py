"""The layers of a capabilities tree (titles, styles, extents, tile matrix sets, formats) and its service facts (title,
tile matrix sets' CRS, GetMap formats and address), read from the plugin's own safe parse as OWSLib reads them.

    found = wmts_contents(root)          # Contents: layers by identifier, matrix sets, title
    found = wms_contents(root, "1.3.0")  # layers by name (group layers too), formats, GetMap address, title

Before, OWSLib parsed a copy of the document a second time (WebMapTileService / WebMapService with xml=): 2 of the 4 ms
a small service costs. These functions read the same elements the same way (OWSLib's ContentMetadata of 0.27 to 0.35:
nested layers, a layer's inherited WGS84 extent and WMS styles, a style named by its title when it has no name, texts
stripped where OWSLib strips them); tests/unit/core/services/test_contents.py checks the model equals OWSLib's on every
capabilities document of the tests and the real ones, with each OWSLib version `make test` runs. What OWSLib refuses
and the plugin uses is refused here too (ContentsError, with what is wrong); what the plugin does not use is not read.
No Qt, no OWSLib.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_OWS = "{http://www.opengis.net/ows/1.1}"  # OWSLib reads OWS 1.1 only
_WMTS = "{http://www.opengis.net/wmts/1.0}"
_WMS = "{http://www.opengis.net/wms}"
_HREF = "{http://www.w3.org/1999/xlink}href"


class ContentsError(ValueError):
    """What OWSLib would refuse in the document (the caller says the capabilities cannot be read)."""


@dataclass
class LayerContents:
    title: str | None = None  # stripped, as OWSLib gives it
    abstract: str | None = None
    styles: dict[str, tuple[str | None, bool]] = field(default_factory=dict)  # name -> (title, is default)
    wgs84_extent: tuple[float, float, float, float] | None = None
    tile_matrix_sets: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()


@dataclass
class Contents:
    title: str = ""
    layers: dict[str, LayerContents] = field(default_factory=dict)
    tile_matrix_sets: dict[str, str] = field(default_factory=dict)  # WMTS: identifier -> SupportedCRS text
    formats: tuple[str, ...] = ()  # WMS GetMap
    get_map_url: str = ""


def _text(element) -> str | None:
    """OWSLib's testXMLValue: the element's text stripped; None for no element or no text."""
    return element.text.strip() if element is not None and element.text else None


# --------------------------------------------------------------------------------------------------------------- WMTS


def wmts_contents(root) -> Contents:
    """What the plugin uses of a WMTS capabilities tree (its Dimension elements may be stripped already)."""
    contents = root.find(_WMTS + "Contents")
    if contents is None:
        raise ContentsError("no Contents")
    found = Contents()
    identification = root.find(_OWS + "ServiceIdentification")
    found.title = _text(identification.find(_OWS + "Title")) or "" if identification is not None else ""

    def gather(parent) -> None:
        for element in parent.iterfind(_WMTS + "Layer"):
            identifier = _text(element.find(_OWS + "Identifier"))
            layer = _wmts_layer(element)
            if identifier:
                found.layers[identifier] = layer
            gather(element)

    gather(contents)
    for element in contents.iterfind(_WMTS + "TileMatrixSet"):
        identifier, crs = _text(element.find(_OWS + "Identifier")), _text(element.find(_OWS + "SupportedCRS"))
        if identifier is None or crs is None:
            raise ContentsError("a TileMatrixSet without its Identifier or SupportedCRS")
        found.tile_matrix_sets[identifier] = crs
    return found


def _wmts_layer(element) -> LayerContents:
    layer = LayerContents(_text(element.find(_OWS + "Title")), _text(element.find(_OWS + "Abstract")))
    box = element.find(_OWS + "WGS84BoundingBox")
    if box is not None:
        lower, upper = (_numbers(box.find(_OWS + corner)) for corner in ("LowerCorner", "UpperCorner"))
        layer.wgs84_extent = (lower[0], lower[1], upper[0], upper[1])
    sets: dict[str, None] = {}
    for link in element.iterfind(_WMTS + "TileMatrixSetLink"):
        names = link.findall(_WMTS + "TileMatrixSet")
        if not names:
            raise ContentsError("a TileMatrixSetLink without its TileMatrixSet")
        if len(names) > 1 and link.find(_WMTS + "TileMatrixSetLimits") is not None:
            raise ContentsError("several TileMatrixSets with TileMatrixSetLimits in one TileMatrixSetLink")
        sets.update((_stripped(name), None) for name in names)
    layer.tile_matrix_sets = tuple(name for name in sets if name)
    for resource in element.iterfind(_WMTS + "ResourceURL"):
        missing = {"format", "resourceType", "template"} - set(resource.keys())
        if missing:
            raise ContentsError(f"a ResourceURL without {', '.join(sorted(missing))}")
    for style in element.iterfind(_WMTS + "Style"):
        identifier = style.find(_OWS + "Identifier")
        if identifier is None:
            raise ContentsError("a Style without its Identifier")
        layer.styles[identifier.text] = (_text(style.find(_OWS + "Title")), style.get("isDefault") == "true")
    layer.formats = tuple(format_.text for format_ in element.iterfind(_WMTS + "Format") if format_.text)
    return layer


def _numbers(corner) -> list[float]:
    if corner is None or corner.text is None:
        raise ContentsError("a WGS84BoundingBox without its corners")
    numbers = [float(number) for number in corner.text.split()]
    if len(numbers) < 2:
        raise ContentsError(f"a WGS84BoundingBox corner of {len(numbers)} number(s)")
    return numbers


def _stripped(element) -> str:
    if element.text is None:
        raise ContentsError("an empty TileMatrixSet name")
    return element.text.strip()


# ---------------------------------------------------------------------------------------------------------------- WMS


def wms_contents(root, version: str) -> Contents:
    """What the plugin uses of a WMS capabilities tree, 1.1.1 (no namespace) or 1.3.0 (OGC's WMS namespace), as OWSLib
    reads the version it is asked for (its Dimension and Extent elements may be stripped already)."""
    q = (lambda path: "/".join(_WMS + part for part in path.split("/"))) if version.startswith("1.3") else (lambda path: path)
    service = root.find(q("Service"))
    request = root.find(q("Capability/Request"))
    if service is None or request is None:
        raise ContentsError("no Service" if service is None else "no Capability/Request")
    found = Contents(title=_text(service.find(q("Title"))) or "")
    get_map = None
    for operation in request:
        methods = []
        for verb in operation.iterfind(q("DCPType/HTTP") + "/*"):
            resource = verb.find(q("OnlineResource"))
            if resource is None or _HREF not in resource.keys():
                raise ContentsError(f"an operation address without its OnlineResource ({_local(operation.tag)})")
            methods.append((_local(verb.tag), resource.get(_HREF)))
        if get_map is None and _local(operation.tag) == "GetMap":
            get_map = operation
            found.formats = tuple(format_.text for format_ in operation.iterfind(q("Format")))
            found.get_map_url = next((url for kind, url in methods if kind.lower() == "get"), "")
    read_box = _wms130_box if version.startswith("1.3") else _wms111_box

    def gather(parent, inherited: LayerContents | None) -> None:
        for element in parent.iterfind(q("Layer")):
            layer = LayerContents(_text(element.find(q("Title"))), _text(element.find(q("Abstract"))))
            box = read_box(element, q)
            layer.wgs84_extent = box if box is not None else inherited.wgs84_extent if inherited else None
            layer.styles = dict(inherited.styles) if inherited else {}
            for style in element.iterfind(q("Style")):
                name, title = style.find(q("Name")), style.find(q("Title"))
                if name is None and title is None:
                    raise ContentsError("a Style without its Name and Title")
                title_text = title.text if title is not None else name.text
                layer.styles[name.text if name is not None else title.text] = (title_text, False)
            name = _text(element.find(q("Name")))
            if name:
                found.layers[name] = layer
            gather(element, layer)

    capability = root.find(q("Capability"))
    gather(capability, None)
    return found


def _wms130_box(element, q) -> tuple[float, float, float, float] | None:
    box = element.find(q("EX_GeographicBoundingBox"))
    if box is None:
        return None
    sides = [box.find(q(side)) for side in ("westBoundLongitude", "southBoundLatitude", "eastBoundLongitude",
                                            "northBoundLatitude")]
    if any(side is None or side.text is None for side in sides):
        raise ContentsError("an EX_GeographicBoundingBox without one of its sides")
    return tuple(float(side.text) for side in sides)  # type: ignore[return-value]


def _wms111_box(element, q) -> tuple[float, float, float, float] | None:
    box = element.find("LatLonBoundingBox")
    if box is None:
        return None
    if any(side not in box.keys() for side in ("minx", "miny", "maxx", "maxy")):
        raise ContentsError("a LatLonBoundingBox without one of its sides")
    return tuple(float(box.get(side)) for side in ("minx", "miny", "maxx", "maxy"))  # type: ignore[return-value]


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
