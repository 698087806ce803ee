"""The INSPIRE (ISO 19115/19139) XML that comes with each product: title, abstract and dates, into QGIS layer metadata.

The XML is parsed with ElementTree after refusing any DTD: no entity is expanded, no external entity or DTD is fetched
(ElementTree never fetches them; refusing <!DOCTYPE also rules out "billion laughs" expansion).
"""

from __future__ import annotations

# Safe here: documents with a DTD are refused before parsing (see _parse), so nothing is expanded or fetched.
import xml.etree.ElementTree as ET  # nosec B405
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsDateTimeRange, QgsLayerMetadata, QgsMapLayer
from qgis.PyQt.QtCore import QDateTime, Qt

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

MAX_BYTES = 5 * 1024 * 1024

_NS = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco",
       "gml": "http://www.opengis.net/gml", "gml32": "http://www.opengis.net/gml/3.2"}


class MetadataError(PluginError, ValueError):
    """An XML file that cannot be read as INSPIRE metadata."""


@dataclass
class InspireMetadata:
    identifier: str = ""
    title: str = ""
    abstract: str = ""
    dates: dict[str, str] = field(default_factory=dict)  # creation / publication / revision -> ISO text
    begin: str = ""  # temporal extent, ISO text
    end: str = ""
    keywords: list[str] = field(default_factory=list)


def read_inspire(path: str | Path) -> InspireMetadata:
    root = _parse(Path(path))
    identification = root.find(".//gmd:identificationInfo/*", _NS)
    if identification is None:
        raise MetadataError(QT_TRANSLATE_NOOP("@default", "{name} holds no ISO 19139 identification"), name=Path(path).name)
    citation = identification.find("gmd:citation/gmd:CI_Citation", _NS)
    found = InspireMetadata(
        identifier=_text(root, "gmd:fileIdentifier"),
        title=_text(citation, "gmd:title") if citation is not None else "",
        abstract=_text(identification, "gmd:abstract"),
    )
    for date in (citation.findall("gmd:date/gmd:CI_Date", _NS) if citation is not None else []):
        kind = date.find("gmd:dateType/gmd:CI_DateTypeCode", _NS)
        value = _text(date, "gmd:date")
        if kind is not None and value:
            found.dates[kind.get("codeListValue") or (kind.text or "").strip()] = value
    found.begin, found.end = _period(identification)
    found.keywords = [k for k in (_text(e, ".") for e in identification.findall(".//gmd:keyword", _NS)) if k]
    return found


def apply_inspire(layer: QgsMapLayer, metadata: InspireMetadata, source: Path | None = None) -> None:
    """Copy title, abstract, identifier, keywords and dates into the layer's metadata (QGIS 3.22 has no date fields:
    the acquisition period goes into the temporal extent, the citation dates into the history)."""
    target: QgsLayerMetadata = layer.metadata()
    if metadata.identifier:
        target.setIdentifier(metadata.identifier)
    if metadata.title:
        target.setTitle(metadata.title)
    if metadata.abstract:
        target.setAbstract(metadata.abstract)
    if metadata.keywords:
        target.addKeywords("INSPIRE", metadata.keywords)
    begin, end = _datetime(metadata.begin), _datetime(metadata.end)
    if begin.isValid():
        extent = target.extent()
        extent.setTemporalExtents([QgsDateTimeRange(begin, end if end.isValid() else begin)])
        target.setExtent(extent)
    for kind, value in sorted(metadata.dates.items()):
        target.addHistoryItem(f"{kind}: {value}")
    if source is not None:
        link = QgsLayerMetadata.Link("INSPIRE", "ISO 19139", source.as_uri())
        link.mimeType = "application/xml"
        target.addLink(link)
    layer.setMetadata(target)


def _parse(path: Path) -> ET.Element:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise MetadataError(QT_TRANSLATE_NOOP("@default", "{name} cannot be read:"), error.strerror or "",
                            name=path.name) from None
    if len(data) > MAX_BYTES:
        raise MetadataError(QT_TRANSLATE_NOOP("@default", "{name} is too large for product metadata"), name=path.name)
    head = data[:4096].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data.upper():
        raise MetadataError(QT_TRANSLATE_NOOP("@default", "{name} declares a DTD or entities, which are not read"),
                            name=path.name)
    try:  # B314 below: a DTD or entity was refused just above, so nothing can be expanded or fetched
        return ET.fromstring(data)  # nosec B314
    except ET.ParseError as error:
        raise MetadataError(QT_TRANSLATE_NOOP("@default", "{name} is not well-formed XML:"), str(error), name=path.name) from None


def _period(identification: ET.Element) -> tuple[str, str]:
    """The temporal extent as (begin, end) ISO texts: a gml:TimePeriod written with beginPosition/endPosition or with
    begin/end holding a gml:TimeInstant (both are valid GML), or a lone gml:TimeInstant; ("", "") when there is none."""
    for element in identification.iter():
        kind = _local(element.tag)
        if kind == "TimePeriod":
            begin, end = _moment(element, "begin"), _moment(element, "end")
            return begin, end or begin
        if kind == "TimeInstant":
            moment = _first(element, "timePosition")
            return moment, moment
    return "", ""


def _moment(period: ET.Element, which: str) -> str:
    """A period's begin or end: <gml:beginPosition>, or <gml:begin><gml:TimeInstant><gml:timePosition>."""
    for child in period:
        if _local(child.tag) == f"{which}Position":
            return (child.text or "").strip()
        if _local(child.tag) == which:
            return _first(child, "timePosition")
    return ""


def _first(element: ET.Element, kind: str) -> str:
    return next(((e.text or "").strip() for e in element.iter() if _local(e.tag) == kind), "")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""  # comments and processing instructions have no name


def _text(element: ET.Element | None, path: str) -> str:
    if element is None:
        return ""
    found = element.find(path, _NS) if path != "." else element
    if found is None:
        return ""
    value = found.find("gco:CharacterString", _NS)
    for candidate in (value, found.find("gco:DateTime", _NS), found.find("gco:Date", _NS), found):
        if candidate is not None and (candidate.text or "").strip():
            return candidate.text.strip()
    return ""


def _datetime(text: str) -> QDateTime:
    if not text:
        return QDateTime()
    value = QDateTime.fromString(text.replace("Z", ""), Qt.DateFormat.ISODateWithMs)
    if not value.isValid():
        value = QDateTime.fromString(text.replace("Z", ""), Qt.DateFormat.ISODate)
    if value.isValid():
        value.setTimeSpec(Qt.TimeSpec.UTC)
    return value
