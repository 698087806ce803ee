"""Property-based tests (hypothesis): the capabilities parsers never raise anything but the plugin's own error on any
document, and a layer name or TIME value cannot add a parameter to the request QGIS really sends."""

from __future__ import annotations

import uuid
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terrascope_s2.plugin.core.services.capabilities import CapabilitiesError, parse_wms_capabilities, parse_wmts_capabilities
from terrascope_s2.tests.helpers.faultfront import FaultFront, time_values, wms_document, wmts_document

# parsed by OWSLib: `make test` runs the `services` tests once more against the newest OWSLib
pytestmark = pytest.mark.services

PARSERS = {"WMTS": parse_wmts_capabilities, "WMS": parse_wms_capabilities}
GOOD = {"WMTS": wmts_document(time_values(4)), "WMS": wms_document(time_values(4))}
XML_BITS = [b"<", b">", b"</", b"/>", b"&", b";", b"&amp;", b"&#0;", b"&#x110000;", b"<!DOCTYPE a>", b"<!ENTITY e 'x'>",
            b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"Dimension", b"Value",
            b"TIME", b"time", b"<Value>", b"</Value>", b"<Value/>", b"2018-02-25T10:50:18.000Z", b"/P1D", b"9999-99-99",
            b"<Layer>", b"</Layer>", b'xmlns="x"', b"ows:", b"<Dimension name=\"time\">", b",", b"\n"]


def check(protocol: str, data: bytes) -> None:
    try:
        model = PARSERS[protocol](data, "http://127.0.0.1/caps")
    except CapabilitiesError as error:
        assert error.user_text()
        return
    for layer in model.layers.values():  # a model it gives is usable
        assert isinstance(layer.name, str)
        layer.time_for(protocol)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(protocol=st.sampled_from(sorted(PARSERS)), data=st.binary(max_size=2000))
def test_any_bytes_give_a_model_or_the_plugins_error(protocol, data):
    check(protocol, data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(protocol=st.sampled_from(sorted(PARSERS)), data=st.data())
def test_mutated_capabilities_give_a_model_or_the_plugins_error(protocol, data):
    """A good document with a few cuts, insertions and replacements (XML syntax, dimension words, odd bytes)."""
    document = bytearray(GOOD[protocol])
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        at = data.draw(st.integers(0, len(document)), label="at")
        kind = data.draw(st.sampled_from(["cut", "insert", "replace"]), label="kind")
        piece = data.draw(st.sampled_from(XML_BITS) | st.binary(max_size=8), label="piece")
        if kind == "cut":
            del document[at:at + data.draw(st.integers(1, 200), label="length")]
        elif kind == "insert":
            document[at:at] = piece
        else:
            document[at:at + len(piece)] = piece
    check(protocol, bytes(document))


@settings(max_examples=100, deadline=None)
@given(protocol=st.sampled_from(sorted(PARSERS)),
       values=st.lists(st.text(st.characters(blacklist_categories=["Cs"]), max_size=30), max_size=8),
       name=st.text(max_size=30))
def test_any_dimension_text_and_layer_name_give_a_model_or_the_plugins_error(protocol, values, name):
    from xml.sax.saxutils import escape

    document = (wmts_document if protocol == "WMTS" else wms_document)(
        [escape(value) for value in values], layer=escape(name) or "CGS_S2_NDVI")
    check(protocol, document)


# ------------------------------------------------------------------------------- what QGIS really sends

NASTY = st.text(st.sampled_from(list("&=?#;, '\"%+/:<>\\aZ0-._~é")), min_size=1, max_size=16).filter(lambda text: text.strip())


@pytest.fixture(scope="module")
def front():
    with FaultFront() as server:
        yield server


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layer_name=NASTY, time_value=NASTY | st.text(st.sampled_from(list("0123456789TZ:.-/+P")), min_size=1, max_size=24))
def test_a_layer_name_or_time_value_cannot_add_a_parameter_to_the_getmap_request(qgis_app, front, layer_name, time_value):
    """A WMS layer built by the plugin from odd values: the GetMap request QGIS sends has exactly one LAYERS and one
    TIME, each equal to the value given, and no parameter beyond the ones a GetMap has."""
    from xml.sax.saxutils import escape

    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRasterLayer, QgsRectangle
    from qgis.PyQt.QtCore import QSize

    from terrascope_s2.plugin.core.services.sources import SourceError, wms_source

    try:  # a new path each time: QGIS would otherwise take the capabilities from its cache
        source = wms_source(front.url(f"/wms/ok/{uuid.uuid4().hex}"), layer_name, time_value=time_value)
    except SourceError:
        return  # refused with the plugin's own error: nothing is sent
    front.requests.clear()
    front.advertised = escape(layer_name, {'"': "&quot;"})
    layer = QgsRasterLayer(source, "probe", "wms")
    assert layer.isValid(), (layer_name, layer.error().summary())
    if True:
        settings_ = QgsMapSettings()
        settings_.setLayers([layer])
        settings_.setDestinationCrs(layer.crs())
        settings_.setExtent(QgsRectangle(500000, 6600000, 510000, 6610000))
        settings_.setOutputSize(QSize(64, 64))
        job = QgsMapRendererSequentialJob(settings_)
        job.start()
        job.waitForFinished()
        sent = front.requests
    front.advertised = None
    assert any("GETMAP" in path.upper() for path, _ in sent), ("QGIS sent no GetMap", sent)
    allowed = {"SERVICE", "REQUEST", "VERSION", "TIME", "LAYERS", "STYLES", "FORMAT", "CRS", "SRS", "BBOX", "WIDTH", "HEIGHT",
               "DPI", "MAP_RESOLUTION", "FORMAT_OPTIONS", "TRANSPARENT"}
    for path, _ in sent:
        query = parse_qsl(urlsplit(path).query, keep_blank_values=True)
        keys = [key.upper() for key, _ in query]
        assert set(keys) <= allowed, (path, time_value, layer_name)
        assert keys.count("TIME") == 1 and dict((k.upper(), v) for k, v in query)["TIME"] == time_value, (path, time_value)
        if "LAYERS" in keys:
            assert keys.count("LAYERS") == 1 and dict((k.upper(), v) for k, v in query)["LAYERS"] == layer_name
