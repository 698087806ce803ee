"""Parsing WMTS and WMS GetCapabilities documents, safely, into the services model (model.py).

    caps = parse_wmts_capabilities(data, url)     # bytes of a WMTS GetCapabilities document -> model.Capabilities
    caps = parse_wms_capabilities(data, url)      # WMS 1.1.1 or 1.3.0
    service = ServiceModel.merge(wmts_caps, wms_caps)   # model.py: the types these documents become
    # both take cache= (a TimeCache, shared by the documents of one service) and check= (called often while
    # parsing; it may raise, e.g. CancelledError, to stop at once)

How it parses, and why:
- The document is parsed first by lxml with a safe parser (no entity expansion, no external entities, no network,
  no huge trees); a document that declares entities is refused (CapabilitiesError).
- The TIME dimensions are read from that tree by this module, for WMTS (`<Dimension>` with `<Value>`s, which OWSLib
  0.27 does not parse at all) and WMS (1.3.0 `<Dimension>`, 1.1.1 `<Extent>`, inherited by child layers). The layers
  share the document's bound on values (timevalues.document_limits): each keeps its newest values and its default.
  A layer whose TIME values cannot be read is kept without them (ServiceLayer.time_errors says why): it costs that
  layer's dates, never the document.
- The rest (layers, titles, styles, extents, tile matrix sets, formats, the GetMap address) is read from the same tree
  by contents.py as OWSLib reads it (its tests hold the model against OWSLib's on every document of the tests and the
  real ones). Before, OWSLib parsed a copy of the document a second time: half of what a small service cost.
No Qt in this module: it runs in a QgsTask, in Processing and in tests alike.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from operator import attrgetter
from types import MappingProxyType

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from .contents import ContentsError, LayerContents, wms_contents, wmts_contents
from .model import WMS, WMTS, Capabilities, LayerStyle, ServiceLayer
from .timevalues import TimeCache, TimeDimension, TimeParseError, document_limits, read_time_spec
from .value_runs import join_value_runs

Check = Callable[[], object]  # called often while parsing: it may raise (a cancel) to stop

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # a capabilities document larger than this is refused

_OWS_NS = ("http://www.opengis.net/ows/1.1", "http://www.opengis.net/ows")
_WMTS_NS = "http://www.opengis.net/wmts/1.0"
_WMS_NS = "http://www.opengis.net/wms"


class CapabilitiesError(PluginError, ValueError):
    """A document that cannot be read as the capabilities of a map service (`detail`: what the server or parser said)."""


# ---------------------------------------------------------------------------------------------------------------- XML


def safe_parse(data: bytes, rewrite: Callable[[bytes], bytes] | None = None):
    """Parse XML without entity expansion, external entities, network access or huge trees; lxml root element.

    A document that declares entities is refused: capabilities never need them, and they are how XML bombs work.
    `rewrite` may change the document's bytes (in UTF-8 or as declared) once they passed these checks, before lxml
    parses them (value_runs.join_value_runs).
    """
    from lxml import etree

    if not data or not data[:4096].strip() and not data.strip():  # (no copy of a large document)
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server sent an empty document."))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server sent a document that is too large to be capabilities."))
    data = _utf8_or_declared(data)
    head = data[:4096].lstrip()
    if not head.startswith(b"<"):
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server did not answer with an XML document."))
    first_element = re.search(rb"<[A-Za-z_]", data)
    if b"<!ENTITY" in data[: first_element.start() if first_element else len(data)]:
        # refused before parsing: libxml2 would otherwise stop a bomb with its own, less clear, message
        raise CapabilitiesError(_ENTITIES_REFUSED)
    if rewrite is not None:
        data = rewrite(data)
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


# UTF-32 LE before UTF-16 LE: it starts with the same two bytes
_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def _utf8_or_declared(data: bytes) -> bytes:
    """The document without a byte order mark, and in UTF-8 when it is written in UTF-16 or UTF-32.

    As OWSLib reads them: it strips any byte order mark, even one that does not match what follows (OWSLib's own
    wms_mesonet-caps-130_bom.xml starts with FF FE and goes on in ASCII), and libxml2 reads UTF-16 by itself. Here a
    UTF-16/32 document is decoded and written again in UTF-8, so that the checks on its bytes (is it XML, does it
    declare entities) read it; any other document keeps its bytes and its declared encoding."""
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            break
    encoding = _wide_encoding(data[:4])
    if encoding is None:
        return data
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise CapabilitiesError(QT_TRANSLATE_NOOP("@default", "The server's document is not well-formed XML."),
                                f"({encoding}: {error})") from None
    return b'<?xml version="1.0" encoding="UTF-8"?>' + _DECLARATION.sub("", text, count=1).encode("utf-8")


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 (and which byte order) by where the zero bytes of the first characters are, or None."""
    if len(head) < 4 or 0 not in head:
        return None
    if head[1:] == b"\0\0\0":
        return "utf-32-le"
    if head[:3] == b"\0\0\0":
        return "utf-32-be"
    if head[1] == 0 and head[3] == 0:
        return "utf-16-le"
    if head[0] == 0 and head[2] == 0:
        return "utf-16-be"
    return None


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


class _DocumentTimes:
    """The TIME dimensions of one document, each distinct text read once (the cache may hold it from another document
    of the service), the document's bound on values shared among them (timevalues.document_limits)."""

    def __init__(self, cache: TimeCache):
        self.cache = cache
        self.keys: list[tuple[str, str | None]] = []  # by number: the TIME text (comma-joined) and the default
        self._numbers: dict[tuple[str, str | None], int] = {}
        self.errors: dict[int, TimeParseError] = {}

    def add(self, texts: str | list[str], default: str | None) -> int:
        """The number of this TIME text and default in the document (the same number for the same text)."""
        key = (texts.strip() if isinstance(texts, str) else ",".join(texts), default)
        number = self._numbers.get(key)
        if number is None:
            number = self._numbers[key] = len(self.keys)
            self.keys.append(key)
            if key not in self.cache.specs:
                try:
                    self.cache.specs[key] = read_time_spec(texts if isinstance(texts, list) else key[0], default)
                except TimeParseError as error:
                    self.cache.specs[key] = error
        return number

    def dimensions(self, check: Check) -> dict[int, TimeDimension]:
        """The TimeDimension of each number whose values can be read (the others go to `errors`)."""
        specs = {number: self.cache.specs[key] for number, key in enumerate(self.keys)}
        self.errors = {number: spec for number, spec in specs.items() if isinstance(spec, TimeParseError)}
        numbers = [number for number in specs if number not in self.errors]
        found = {}
        for number, limit in zip(numbers, document_limits([specs[number].count for number in numbers])):
            check()
            key = (*self.keys[number], limit)
            made = self.cache.dimensions.get(key)
            if made is None:
                try:
                    made = specs[number].dimension(limit, self.cache.values, check)
                except TimeParseError as error:
                    made = error
                self.cache.dimensions[key] = made
            if isinstance(made, TimeParseError):
                self.errors[number] = made
            else:
                found[number] = made
        return found


def _no_check() -> None:
    return None


def _tile_addresses(root) -> Mapping[str, tuple[str, ...]]:
    """What a WMTS document tells QGIS to call with a layer's login, see Capabilities.addresses: any namespace's
    Operation's Get and Post addresses; each Contents Layer's ResourceURL templates and LegendURL addresses, in the
    document's order (lxml's own walks: an XPath of local-name() tests cost 0.45 ms on a small document)."""
    operations = (_hrefs(verb) for operation in root.iter("{*}Operation") for verb in operation.iter("{*}Get", "{*}Post"))
    found = {"": _kept(text for texts in operations for text in texts)}
    for contents in root.iter("{*}Contents"):
        for layer in contents.iterchildren("{*}Layer"):
            name = (_ows_text(layer, "Identifier") or "").strip()
            if name:
                found[name] = _kept(_layer_addresses(layer))
    return MappingProxyType(found)


def _hrefs(element) -> list[str]:
    return [value for key, value in element.items() if key.rsplit("}", 1)[-1] == "href"]


def _layer_addresses(layer) -> Iterator[str]:
    for element in layer.iter("{*}ResourceURL", "{*}LegendURL"):
        if _local(element.tag) == "LegendURL":
            yield from _hrefs(element)
        elif element.getparent() is layer and element.get("template") is not None:
            yield element.get("template")


def _kept(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.strip() for text in texts if text and text.strip()))


# --------------------------------------------------------------------------------------------------------------- WMTS


def _wmts_values(dimension) -> list[str]:
    """The <Value> texts of a WMTS Dimension. Each element's proxy is dropped at once: a live proxy of an element the
    strip removes makes lxml move its subtree (40 times slower on 150,000 values); this is faster than an XPath."""
    return list(filter(None, map(_TEXT, dimension.iterchildren(_VALUE))))


_TEXT = attrgetter("text")


def _wmts_dimensions(root, cache: TimeCache, check: Check) -> tuple[dict[str, TimeDimension], dict[str, TimeParseError]]:
    """TIME per layer identifier, and the layers whose TIME could not be read, from the WMTS tree; the Dimension
    elements are then stripped from the tree."""
    document = _DocumentTimes(cache)
    uses: dict[str, int] = {}
    contents = root.find(f"{{{_WMTS_NS}}}Contents")
    if contents is None:
        return {}, {}
    layer = dimension = None
    for layer in contents.iterfind(f"{{{_WMTS_NS}}}Layer"):
        check()
        identifier = _ows_text(layer, "Identifier")
        for dimension in layer.findall(f"{{{_WMTS_NS}}}Dimension"):
            name, default = _dimension_head(dimension)
            if name.upper() == "TIME" and identifier:
                uses[identifier] = document.add(_wmts_values(dimension), default)
    del layer, dimension  # a live proxy of a stripped element makes lxml move its whole subtree: 40 times slower
    from lxml import etree

    etree.strip_elements(contents, f"{{{_WMTS_NS}}}Dimension", with_tail=False)  # remove() is slow on 50,000 children
    found = document.dimensions(check)
    return ({name: found[number] for name, number in uses.items() if number in found},
            {name: document.errors[number] for name, number in uses.items() if number in document.errors})


_HEAD = {f"{{{namespace}}}Identifier": "identifier" for namespace in _OWS_NS} | {f"{{{_WMTS_NS}}}Default": "default"}


def _dimension_head(dimension) -> tuple[str, str | None]:
    """The Identifier and the Default of a WMTS Dimension. The schema writes them before the <Value>s: they are read
    up to the first Value (a find() walks every child: 6 ms a dimension of 100,000 values); a document that writes
    them after its values is read by find()."""
    found: dict[str, str | None] = {}
    for child in dimension.iterchildren():
        if child.tag == _VALUE:
            break
        if child.tag in _HEAD:
            found.setdefault(_HEAD[child.tag], child.text)
    if "identifier" not in found:
        found["identifier"] = _ows_text(dimension, "Identifier")
    if "default" not in found:
        found["default"] = dimension.findtext(f"{{{_WMTS_NS}}}Default")
    return (found["identifier"] or "").strip(), found["default"]


_VALUE = f"{{{_WMTS_NS}}}Value"


def _ows_text(element, name: str) -> str | None:
    for namespace in _OWS_NS:
        found = element.find(f"{{{namespace}}}{name}")
        if found is not None:
            return (found.text or "").strip()
    return None


def parse_wmts_capabilities(data: bytes, url: str, *, cache: TimeCache | None = None,
                            check: Check | None = None) -> Capabilities:
    """The Capabilities of a WMTS from the bytes of its GetCapabilities document."""
    check = check or _no_check
    root = safe_parse(data, join_value_runs)  # a dimension's <Value>s read as one comma list, as before: faster
    check()
    _check_root(root, ("Capabilities",), "WMTS")
    _check_version(root.get("version") or "1.0.0", ("1.0.",), "WMTS")
    times, time_errors = _wmts_dimensions(root, cache or TimeCache(), check)
    addresses = _tile_addresses(root)  # after the Dimension elements are stripped: fewer nodes to walk
    check()
    try:
        found = wmts_contents(root)
    except (ContentsError, ValueError, TypeError) as error:  # (float() of a text that is no number)
        raise CapabilitiesError(
            QT_TRANSLATE_NOOP("@default", "The WMTS capabilities cannot be read:"),
            f" {type(error).__name__}: {error}") from None
    layers: dict[str, ServiceLayer] = {}
    for name, content in found.layers.items():
        layers[name] = ServiceLayer(
            name=name, title=(content.title or name).strip(), abstract=(content.abstract or "").strip(),
            styles=_styles(content), wgs84_extent=content.wgs84_extent, tile_matrix_sets=content.tile_matrix_sets,
            formats=content.formats, protocols=frozenset({WMTS}),
            times=MappingProxyType({WMTS: times[name]} if name in times else {}),
            time_errors=MappingProxyType({WMTS: time_errors[name]} if name in time_errors else {}))
    check()
    matrix_sets = {name: _crs_authid(crs) for name, crs in found.tile_matrix_sets.items()}
    return Capabilities(WMTS, url, "1.0.0", found.title, MappingProxyType(layers), MappingProxyType(matrix_sets),
                        addresses=addresses)


def _styles(content: LayerContents) -> tuple[LayerStyle, ...]:
    return tuple(LayerStyle(name, title or "", is_default) for name, (title, is_default) in content.styles.items())


# ---------------------------------------------------------------------------------------------------------------- WMS


def _wms_dimensions(root, cache: TimeCache, check: Check) -> tuple[
        dict[str, TimeDimension], dict[str, TimeParseError], dict[str, str | None], dict[str, list[str]]]:
    """TIME per named layer (inherited from the nearest ancestor that writes values, with the layer's own default when
    it has one), the layers whose TIME could not be read, the named parent and named children of each layer; the
    Dimension/Extent elements are removed from the tree."""
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    q = (lambda name: f"{{{namespace}}}{name}") if namespace else (lambda name: name)
    document = _DocumentTimes(cache)
    uses: dict[str, tuple[int, str | None]] = {}  # named layer -> (the number of its TIME text, a default of its own)
    parents: dict[str, str | None] = {}
    children: dict[str, list[str]] = {}

    def walk(layer, inherited: tuple[int, str | None] | None, named_parent: str | None) -> None:
        check()
        name = (layer.findtext(q("Name")) or "").strip() or None
        own_values = own_default = None
        for element in layer.findall(q("Dimension")) + layer.findall(q("Extent")):
            if (element.get("name") or "").lower() == "time":
                own_values = (element.text or "").strip() or own_values
                own_default = element.get("default") or own_default
        used = inherited
        if own_values:
            used = (document.add(own_values, own_default), None)
        elif own_default and inherited is not None:
            used = (inherited[0], own_default)
        if name:
            parents[name] = named_parent
            if named_parent:
                children.setdefault(named_parent, []).append(name)
            if used is not None:
                uses[name] = used
        for child in layer.findall(q("Layer")):
            walk(child, used, name or named_parent)

    capability = root.find(q("Capability"))
    if capability is not None:
        for top in capability.findall(q("Layer")):
            walk(top, None, None)
        from lxml import etree

        etree.strip_elements(capability, q("Dimension"), q("Extent"), with_tail=False)
    found = document.dimensions(check)
    times, errors = {}, {}
    for name, (number, default) in uses.items():
        if number in document.errors:
            errors[name] = document.errors[number]
        elif found[number]:
            times[name] = found[number] if default is None else _with_default(found[number], default)
    return times, errors, parents, children


def _with_default(dimension: TimeDimension, default: str) -> TimeDimension:
    """The dimension with another default (a child layer's own): the advertised value it names, else its own text."""
    return replace(dimension, default=read_time_spec((), default).dimension().default if dimension.find(default) is None
                   else dimension.find(default))


def parse_wms_capabilities(data: bytes, url: str, *, cache: TimeCache | None = None,
                           check: Check | None = None) -> Capabilities:
    """The Capabilities of a WMS (1.1.1 or 1.3.0) from the bytes of its GetCapabilities document."""
    check = check or _no_check
    root = safe_parse(data)
    check()
    _check_root(root, ("WMS_Capabilities", "WMT_MS_Capabilities"), "WMS")
    version = root.get("version") or ("1.3.0" if _local(root.tag) == "WMS_Capabilities" else "1.1.1")
    _check_version(version, ("1.1.", "1.3."), "WMS")
    times, time_errors, parents, children = _wms_dimensions(root, cache or TimeCache(), check)
    check()
    try:
        found = wms_contents(root, version)
    except (ContentsError, ValueError, TypeError) as error:  # (float() of a text that is no number)
        raise CapabilitiesError(
            QT_TRANSLATE_NOOP("@default", "The WMS capabilities cannot be read:"),
            f" {type(error).__name__}: {error}") from None
    layers: dict[str, ServiceLayer] = {}
    for name, content in found.layers.items():
        layers[name] = ServiceLayer(
            name=name, title=(content.title or name).strip(), abstract=(content.abstract or "").strip(),
            styles=_styles(content), wgs84_extent=content.wgs84_extent, protocols=frozenset({WMS}),
            times=MappingProxyType({WMS: times[name]} if name in times else {}),
            time_errors=MappingProxyType({WMS: time_errors[name]} if name in time_errors else {}),
            parent=parents.get(name), children=tuple(children.get(name, ())))
    check()
    return Capabilities(WMS, url, version, found.title, MappingProxyType(layers), MappingProxyType({}), found.formats,
                        found.get_map_url)
