"""A WMTS document's <Value>s joined in its bytes before lxml parses them (value_runs): the plugin reads the same TIME
values as from the document as written, and the join happens where MapCache's form makes it worth it."""

from __future__ import annotations

import pytest
from lxml import etree

from terrascope_s2.plugin.core.services import capabilities
from terrascope_s2.plugin.core.services.capabilities import parse_wmts_capabilities
from terrascope_s2.plugin.core.services.model import WMTS
from terrascope_s2.plugin.core.services.value_runs import join_value_runs

pytestmark = pytest.mark.services  # parsed by OWSLib: run once per OWSLib version

DATES = ["2018-02-25T10:50:18.000Z", "2018-03-02T10:50:18.000Z", "2018-03-07T10:50:18.000Z"]


def wmts(dimension: str, head: str = '<?xml version="1.0" encoding="UTF-8"?>', prefix: str = "") -> bytes:
    """A WMTS document with one layer whose <Dimension> content is `dimension`; `prefix` for the WMTS namespace."""
    p = prefix + ":" if prefix else ""
    xmlns = f'xmlns{":" + prefix if prefix else ""}="http://www.opengis.net/wmts/1.0"'
    return f"""{head}
<{p}Capabilities {xmlns} xmlns:ows="http://www.opengis.net/ows/1.1" version="1.0.0">
<ows:ServiceIdentification><ows:Title>t</ows:Title></ows:ServiceIdentification><{p}Contents>
<{p}Layer><ows:Title>L</ows:Title><ows:Identifier>L</ows:Identifier><{p}Style isDefault="true"><ows:Identifier>default</ows:Identifier></{p}Style>
<{p}Format>image/png</{p}Format><{p}Dimension><ows:Identifier>TIME</ows:Identifier><{p}Default>{DATES[0]}</{p}Default>{dimension}</{p}Dimension>
<{p}TileMatrixSetLink><{p}TileMatrixSet>g</{p}TileMatrixSet></{p}TileMatrixSetLink></{p}Layer>
<{p}TileMatrixSet><ows:Identifier>g</ows:Identifier><ows:SupportedCRS>EPSG:3857</ows:SupportedCRS>
<{p}TileMatrix><ows:Identifier>0</ows:Identifier><{p}ScaleDenominator>559082264</{p}ScaleDenominator><{p}TopLeftCorner>-20037508 20037508</{p}TopLeftCorner>
<{p}TileWidth>256</{p}TileWidth><{p}TileHeight>256</{p}TileHeight><{p}MatrixWidth>1</{p}MatrixWidth><{p}MatrixHeight>1</{p}MatrixHeight></{p}TileMatrix>
</{p}TileMatrixSet></{p}Contents></{p}Capabilities>""".encode()


def values(prefix: str = "", between: str = "", texts: list[str] = DATES) -> str:
    p = prefix + ":" if prefix else ""
    return between.join(f"<{p}Value>{text}</{p}Value>" for text in texts)


def value_elements(data: bytes) -> int:
    return sum(1 for element in etree.fromstring(data).iter() if etree.QName(element).localname == "Value")


def read(data: bytes, monkeypatch=None, joined: bool = True):
    if not joined:
        monkeypatch.setattr(capabilities, "join_value_runs", lambda document: document)
    caps = parse_wmts_capabilities(data, "http://h/wmts")
    layer = caps.layers["L"]
    dimension = layer.times.get(WMTS)
    errors = {protocol: error.user_text() for protocol, error in layer.time_errors.items()}
    return (list(dimension.values), dimension.default) if dimension else None, errors


JOINED = {  # documents whose values are joined into one <Value>: (dimension content, head, prefix)
    "MapCache's form": (values(), '<?xml version="1.0" encoding="UTF-8"?>', ""),
    "pretty-printed": (values(between="\n      "), '<?xml version="1.0" encoding="UTF-8"?>', ""),
    "prefixed": (values("wmts"), '<?xml version="1.0" encoding="UTF-8"?>', "wmts"),
    "no declaration": (values(), "", ""),
    "ISO 8859-1": (values(), '<?xml version="1.0" encoding="ISO-8859-1"?>', ""),
    "a DOCTYPE": (values(), '<?xml version="1.0"?><!DOCTYPE Capabilities [<!ELEMENT Value (#PCDATA)>]>', ""),
    "references in a value": (values(texts=["2018-02-25T10:50:18.000Z", "&#50;018-03-02", "2018-03-07"]),
                              '<?xml version="1.0"?>', ""),
    "an empty value": (values(texts=[DATES[0], "", DATES[1]]), "", ""),
    "a value with a comma": (values(texts=[DATES[0], f"{DATES[1]},{DATES[2]}"]), "", ""),
    "values with white space": (values(texts=[f" {DATES[0]}", f"{DATES[1]}\n"]), "", ""),
}
AS_WRITTEN = {  # documents left as they are
    "a comment": (values() + "<!-- <Value>x</Value><Value>y</Value> -->", "", ""),
    "a CDATA section": (values(texts=[DATES[0], "<![CDATA[2018-03-02]]>", DATES[2]]), "", ""),
    "a comment around a dimension's start": ("<!-- <Dimension> -->" + values(), "", ""),
    "a Shift JIS document": (values(), '<?xml version="1.0" encoding="Shift_JIS"?>', ""),
    "one value": (values(texts=DATES[:1]), "", ""),
}
OTHER = {  # joined where the pairs are exact, the rest read by lxml as written
    "a value with attributes": (values(texts=DATES[:2]) + f'<Value xml:lang="en">{DATES[2]}</Value>', "", ""),
    "a self-closing value": (values(texts=DATES[:2]) + f"<Value/><Value>{DATES[2]}</Value>", "", ""),
    "a bad value": (values(texts=[DATES[0], "yesterday", DATES[2]]), "", ""),
    "a nested dimension": ("<Dimension>" + values() + "</Dimension>" + values(), "", ""),
    "values of other prefixes": (values("wmts", texts=DATES[:2]) + values("w", texts=DATES[2:]), "", "wmts"),
}


@pytest.mark.parametrize("case", sorted({**JOINED, **AS_WRITTEN, **OTHER}))
def test_the_join_reads_what_the_document_as_written_gives(case, monkeypatch):
    content, head, prefix = {**JOINED, **AS_WRITTEN, **OTHER}[case]
    if case == "values of other prefixes":  # a second prefix bound to the same namespace
        head = ""
    data = wmts(content, head, prefix)
    if case == "values of other prefixes":
        data = data.replace(b'xmlns:wmts="http://www.opengis.net/wmts/1.0"',
                            b'xmlns:wmts="http://www.opengis.net/wmts/1.0" xmlns:w="http://www.opengis.net/wmts/1.0"')
    joined = read(data)
    assert joined == read(data, monkeypatch, joined=False)
    if case == "a bad value":
        assert "yesterday" in joined[1][WMTS]  # the layer's error names the value, as before
    else:
        assert joined[0] is not None and joined[0][0], "the layer has its dates"


@pytest.mark.parametrize("case", sorted(JOINED))
def test_values_written_one_after_the_other_become_one_element(case):
    content, head, prefix = JOINED[case]
    data = wmts(content, head, prefix)
    assert value_elements(data) > 1
    assert value_elements(join_value_runs(data)) == 1


@pytest.mark.parametrize("case", sorted(AS_WRITTEN))
def test_documents_where_a_tag_may_be_no_tag_are_parsed_as_written(case):
    content, head, prefix = AS_WRITTEN[case]
    data = wmts(content, head, prefix)
    assert join_value_runs(data) == data


def test_only_the_values_of_a_dimension_are_joined():
    """ows:AllowedValues lists <ows:Value>s too (OWSLib reads them): they stay as written."""
    allowed = (b'<ows:OperationsMetadata><ows:Operation name="GetTile"><ows:Constraint name="GetEncoding"><ows:AllowedValues>'
               b'<ows:Value>KVP</ows:Value><ows:Value>RESTful</ows:Value></ows:AllowedValues></ows:Constraint></ows:Operation>'
               b'</ows:OperationsMetadata>')
    data = wmts(values()).replace(b"<ows:ServiceIdentification>", allowed + b"<ows:ServiceIdentification>")
    joined = join_value_runs(data)
    assert allowed in joined and value_elements(joined) == 3  # the two ows:Values and the dimension's one


@pytest.mark.parametrize("texts", [
    [f"2018-{month:02d}-{day:02d}T10:50:18.000Z" for month in range(1, 13) for day in range(1, 29)] * 8,  # one length
    [f"2018-{month:02d}-{day:02d}" for month in range(1, 13) for day in range(1, 29)] * 8 + ["2019-01-01T00:00:00Z"],
    [f"<b>{day:04d}</b>" for day in range(3000)],  # markup of one length
    [f"{day:06d}</Value><Value>" for day in range(3000)],  # separators inside
    ["a" * 15, "</Value><Value>"] * 1100,  # a separator where a value of the same length would be
])
def test_long_runs_are_joined_as_a_replace_joins_them(texts):
    """Runs of 2,048 values and more are joined as rows of an array when their values have one length: the bytes are
    those of bytes.replace(), whatever the values hold."""
    data = wmts(values(texts=texts)).replace(b"&", b"")
    first, last = data.index(b"<Value>") + len(b"<Value>"), data.rindex(b"</Value>")
    expected = data[:first] + data[first:last].replace(b"</Value><Value>", b",") + data[last:]
    assert join_value_runs(data) == expected
