"""Parsing WMTS and WMS GetCapabilities documents, safely, into the services model (model.py).

    caps = parse_wmts_capabilities(data, url)     # bytes of a WMTS GetCapabilities document -> model.Capabilities
    caps = parse_wms_capabilities(data, url)      # WMS 1.1.1 or 1.3.0
    service = ServiceModel.merge(wmts_caps, wms_caps)   # model.py: the types these documents become

How it parses, and why:
- The document is parsed first by lxml with a safe parser (no entity expansion, no external entities, no network,
  no huge trees); a document that declares entities is refused (CapabilitiesError).
- The TIME dimensions are read from that tree by this module, for WMTS (`<Dimension>` with `<Value>`s, which OWSLib
  0.27 does not parse at all) and WMS (1.3.0 `<Dimension>`, 1.1.1 `<Extent>`, inherited by child layers).
- OWSLib then parses a copy without the dimension elements, handed over as bytes (`xml=`): it never does HTTP, it
  never sees an entity, OWSLib >= 0.30 cannot abort on a dimension with a default but no value, and it does not walk
  thousands of values a second time. OWSLib gives the rest: layers, titles, styles, extents, tile matrix sets, formats.
No Qt in this module: it runs in a QgsTask, in Processing and in tests alike.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from .model import WMS, WMTS, Capabilities, LayerStyle, ServiceLayer
from .timevalues import TimeDimension, TimeParseError, parse_time_values

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # a capabilities document larger than this is refused

_OWS_NS = ("http://www.opengis.net/ows/1.1", "http://www.opengis.net/ows")
_WMTS_NS = "http://www.opengis.net/wmts/1.0"
_WMS_NS = "http://www.opengis.net/wms"


class CapabilitiesError(PluginError, ValueError):
    """A document that cannot be read as the capabilities of a map service (`detail`: what the server or parser said)."""


# ---------------------------------------------------------------------------------------------------------------- XML


def safe_parse(data: bytes):
    """Parse XML without entity expansion, external entities, network access or huge trees; lxml root element.

    A document that declares entities is refused: capabilities never need them, and they are how XML bombs work.
    """
    from lxml import etree

    if not data or not data.strip():
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server sent an empty document."))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server sent a document that is too large to be capabilities."))
    head = data[:4096].lstrip()
    if not head.startswith(b"<") and not head.startswith(b"\xef\xbb\xbf<"):
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server did not answer with an XML document."))
    first_element = re.search(rb"<[A-Za-z_]", data)
    if b"<!ENTITY" in data[: first_element.start() if first_element else len(data)]:
        # refused before parsing: libxml2 would otherwise stop a bomb with its own, less clear, message
        raise CapabilitiesError(_ENTITIES_REFUSED)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             dtd_validation=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise CapabilitiesError(
            QT_TRANSLATE_NOOP("@default", "The server's document is not well-formed XML."),
            f" ({error})") from None
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise CapabilitiesError(_ENTITIES_REFUSED)
    return root


_ENTITIES_REFUSED = QT_TRANSLATE_NOOP("@default", "The server's document declares XML entities, which are refused.")
_VERSION_UNREAD = QT_TRANSLATE_NOOP("@default", "The server speaks a version of the service that the plugin does not read:")


def _check_version(version: str, readable: tuple[str, ...], what: str) -> None:
    if not version.startswith(readable):
        raise CapabilitiesError(_VERSION_UNREAD, f"{what} {version} ({', '.join(v + 'x' for v in readable)})")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _exception_text(root) -> str | None:
    """The message of an OWS/WMS exception report, or None when the document is no exception."""
    if _local(root.tag) not in ("ExceptionReport", "ServiceExceptionReport"):
        return None
    texts = []
    for element in root.iter():
        if _local(element.tag) in ("ExceptionText", "ServiceException"):
            texts.append(" ".join((element.text or "").split()))
        if _local(element.tag) in ("Exception", "ServiceException") and element.get("exceptionCode", element.get("code")):
            code = element.get("exceptionCode", element.get("code"))
            texts.append(code + (f" ({element.get('locator')})" if element.get("locator") else ""))
    return "; ".join(dict.fromkeys(text for text in texts if text)) or _local(root.tag)


def _check_root(root, expected: tuple[str, ...], what: str) -> None:
    message = _exception_text(root)
    if message is not None:
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server answered with an error:"), f"{message}")
    if _local(root.tag) not in expected:
        raise CapabilitiesError(
            QT_TRANSLATE_NOOP("@default", "The document is not a capabilities document of this kind of service:"),
            f"{what} ({_local(root.tag)})")


def _to_bytes(root) -> bytes:
    from lxml import etree

    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _crs_authid(text: str) -> str:
    """'urn:ogc:def:crs:EPSG:6.18.3:3857', 'EPSG:3857', 'http://www.opengis.net/def/crs/EPSG/0/3857' -> 'EPSG:3857'."""
    text = (text or "").strip()
    upper = text.upper()
    if "EPSG" in upper:
        code = upper.replace("/", ":").rstrip(":").rsplit(":", 1)[-1]
        if code.isdigit():
            return f"EPSG:{code}"
    if upper.endswith("CRS84") or upper.endswith("CRS:84"):
        return "OGC:CRS84"
    return text


def _time_dimension(values, default: str | None, where: str, cache: dict | None = None) -> TimeDimension:
    try:
        return parse_time_values(values, default, cache)
    except TimeParseError as error:
        raise CapabilitiesError(
            QT_TRANSLATE_NOOP("@default", "A TIME value of the capabilities cannot be read:"),
            f" {where}: {error}") from None


def _tile_addresses(root) -> Mapping[str, tuple[str, ...]]:
    """What a WMTS document tells QGIS to call with a layer's login, see Capabilities.addresses."""
    href = "@*[local-name()='href']"

    def texts(element, path: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(text.strip() for text in element.xpath(path) if text and text.strip()))

    found = {"": texts(root, f"//*[local-name()='Operation']//*[local-name()='Get' or local-name()='Post']/{href}")}
    for layer in root.xpath("//*[local-name()='Contents']/*[local-name()='Layer']"):
        name = (_ows_text(layer, "Identifier") or "").strip()
        if name:
            found[name] = texts(layer, f"*[local-name()='ResourceURL']/@template | .//*[local-name()='LegendURL']/{href}")
    return MappingProxyType(found)


# --------------------------------------------------------------------------------------------------------------- WMTS


def _wmts_values(dimension) -> list[str]:
    """The <Value> texts of a WMTS Dimension, read by XPath: no Python proxy per element (with proxies made, stripping
    the elements afterwards takes 40 times longer on 150,000 values)."""
    from lxml import etree

    global _WMTS_VALUES
    if _WMTS_VALUES is None:
        _WMTS_VALUES = etree.XPath("w:Value/text()", namespaces={"w": _WMTS_NS}, smart_strings=False)
    return _WMTS_VALUES(dimension)


_WMTS_VALUES = None


def _wmts_dimensions(root) -> dict[str, TimeDimension]:
    """TIME per layer identifier, read from the WMTS tree; the Dimension elements are then stripped from the tree."""
    times: dict[str, TimeDimension] = {}
    cache: dict = {}  # the layers share most dates: parse each text once
    contents = root.find(f"{{{_WMTS_NS}}}Contents")
    if contents is None:
        return times
    layer = dimension = None
    for layer in contents.iterfind(f"{{{_WMTS_NS}}}Layer"):
        identifier = _ows_text(layer, "Identifier")
        for dimension in layer.findall(f"{{{_WMTS_NS}}}Dimension"):
            name = _ows_text(dimension, "Identifier") or ""
            if name.upper() == "TIME" and identifier:
                values = _wmts_values(dimension)
                default = dimension.findtext(f"{{{_WMTS_NS}}}Default")
                times[identifier] = _time_dimension(values, default, identifier, cache)
    del layer, dimension  # a live proxy of a stripped element makes lxml move its whole subtree: 40 times slower
    from lxml import etree

    etree.strip_elements(contents, f"{{{_WMTS_NS}}}Dimension", with_tail=False)  # remove() is slow on 50,000 children
    return times


def _ows_text(element, name: str) -> str | None:
    for namespace in _OWS_NS:
        found = element.find(f"{{{namespace}}}{name}")
        if found is not None:
            return (found.text or "").strip()
    return None


def parse_wmts_capabilities(data: bytes, url: str) -> Capabilities:
    """The Capabilities of a WMTS from the bytes of its GetCapabilities document (OWSLib parses, never fetches)."""
    from owslib.wmts import WebMapTileService

    root = safe_parse(data)
    _check_root(root, ("Capabilities",), "WMTS")
    _check_version(root.get("version") or "1.0.0", ("1.0.",), "WMTS")
    addresses = _tile_addresses(root)
    times = _wmts_dimensions(root)
    try:
        service = WebMapTileService(url, xml=_to_bytes(root))
    except Exception as error:  # noqa: BLE001 - OWSLib raises anything from KeyError to AttributeError on odd documents
        raise CapabilitiesError(
            QT_TRANSLATE_NOOP("@default", "The WMTS capabilities cannot be read:"),
            f" {type(error).__name__}: {error}") from None
    matrix_sets = {name: _crs_authid(getattr(tms, "crs", "")) for name, tms in service.tilematrixsets.items()}
    layers: dict[str, ServiceLayer] = {}
    for name, content in service.contents.items():
        styles = tuple(LayerStyle(style_name, (info or {}).get("title") or "", bool((info or {}).get("isDefault")))
                       for style_name, info in (content.styles or {}).items())
        layers[name] = ServiceLayer(
            name=name, title=(content.title or name).strip(), abstract=(content.abstract or "").strip(), styles=styles,
            wgs84_extent=_extent(getattr(content, "boundingBoxWGS84", None)),
            tile_matrix_sets=tuple(getattr(content, "tilematrixsetlinks", None) or getattr(content, "tilematrixsets", None)
                                   or ()),
            formats=tuple(fmt for fmt in (content.formats or ()) if fmt), protocols=frozenset({WMTS}),
            times=MappingProxyType({WMTS: times[name]} if name in times else {}))
    title = (getattr(getattr(service, "identification", None), "title", "") or "").strip()  # OWSLib: none without one
    return Capabilities(WMTS, url, service.version or "1.0.0", title, MappingProxyType(layers), MappingProxyType(matrix_sets),
                        addresses=addresses)


def _extent(box) -> tuple[float, float, float, float] | None:
    if not box or len(box) < 4:
        return None
    try:
        return tuple(float(value) for value in box[:4])  # type: ignore[return-value]
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------------------------- WMS


def _wms_dimensions(root) -> tuple[dict[str, TimeDimension], dict[str, str | None], dict[str, list[str]]]:
    """TIME per named layer (inherited from the nearest ancestor that has one), the named parent and named children
    of each layer; the Dimension/Extent elements are removed from the tree."""
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    q = (lambda name: f"{{{namespace}}}{name}") if namespace else (lambda name: name)
    times: dict[str, TimeDimension] = {}
    cache: dict = {}  # the layers share most dates: parse each text once
    parents: dict[str, str | None] = {}
    children: dict[str, list[str]] = {}

    def walk(layer, inherited: TimeDimension | None, named_parent: str | None) -> None:
        name = (layer.findtext(q("Name")) or "").strip() or None
        own_values = own_default = None
        found = False
        for element in layer.findall(q("Dimension")) + layer.findall(q("Extent")):
            if (element.get("name") or "").lower() == "time":
                text = (element.text or "").strip()
                if text or element.get("default"):
                    if text:
                        own_values = text
                    own_default = element.get("default") or own_default
                    found = True
        dimension = inherited
        if found:
            dimension = _time_dimension(own_values or "", own_default, name or "?", cache) if own_values else (
                replace(inherited, default=_time_dimension("", own_default, name or "?").default) if inherited else None)
        if name:
            parents[name] = named_parent
            if named_parent:
                children.setdefault(named_parent, []).append(name)
            if dimension:
                times[name] = dimension
        for child in layer.findall(q("Layer")):
            walk(child, dimension, name or named_parent)

    capability = root.find(q("Capability"))
    if capability is not None:
        for top in capability.findall(q("Layer")):
            walk(top, None, None)
        from lxml import etree

        etree.strip_elements(capability, q("Dimension"), q("Extent"), with_tail=False)
    return times, parents, children


def parse_wms_capabilities(data: bytes, url: str) -> Capabilities:
    """The Capabilities of a WMS (1.1.1 or 1.3.0) from the bytes of its GetCapabilities document."""
    from owslib.wms import WebMapService

    root = safe_parse(data)
    _check_root(root, ("WMS_Capabilities", "WMT_MS_Capabilities"), "WMS")
    version = root.get("version") or ("1.3.0" if _local(root.tag) == "WMS_Capabilities" else "1.1.1")
    _check_version(version, ("1.1.", "1.3."), "WMS")
    times, parents, children = _wms_dimensions(root)
    try:
        service = WebMapService(url, version="1.3.0" if version.startswith("1.3") else "1.1.1", xml=_to_bytes(root))
    except Exception as error:  # noqa: BLE001 - OWSLib raises anything on odd documents
        raise CapabilitiesError(
            QT_TRANSLATE_NOOP("@default", "The WMS capabilities cannot be read:"),
            f" {type(error).__name__}: {error}") from None
    layers: dict[str, ServiceLayer] = {}
    for name, content in service.contents.items():
        if not name:
            continue
        styles = tuple(LayerStyle(style_name, (info or {}).get("title") or "", False)
                       for style_name, info in (content.styles or {}).items())
        layers[name] = ServiceLayer(
            name=name, title=(content.title or name).strip(), abstract=(content.abstract or "").strip(), styles=styles,
            wgs84_extent=_extent(getattr(content, "boundingBoxWGS84", None)), protocols=frozenset({WMS}),
            times=MappingProxyType({WMS: times[name]} if name in times else {}),
            parent=parents.get(name), children=tuple(children.get(name, ())))
    get_map_url, formats = "", ()
    try:
        operation = service.getOperationByName("GetMap")
        formats = tuple(operation.formatOptions or ())
        get_map_url = next((method.get("url", "") for method in operation.methods if method.get("type", "").lower() == "get"), "")
    except (KeyError, AttributeError, StopIteration):
        pass
    title = (getattr(getattr(service, "identification", None), "title", "") or "").strip()  # OWSLib: none without one
    return Capabilities(WMS, url, version, title, MappingProxyType(layers), MappingProxyType({}), formats, get_map_url)
