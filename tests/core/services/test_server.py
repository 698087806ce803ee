"""Against the real loopback MapServer + MapCache: dates, layers that render, the Temporal Controller, the task API."""

from __future__ import annotations

import time
from datetime import date

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QSize, Qt, QTime

from terrascope_s2.plugin.core.services import maplayers, project_layers
from terrascope_s2.plugin.core.services.capabilities_task import CapabilitiesTask, fetch_service_model
from terrascope_s2.plugin.core.services.endpoints import CUSTOM, profile
from terrascope_s2.plugin.core.services.model import WMS, WMTS
from terrascope_s2.plugin.core.services.network import FetchError, fetch
from terrascope_s2.plugin.core.services.sources import source_params, supports_temporal_wmts

pytestmark = pytest.mark.services

WEB_MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


@pytest.fixture(scope="module")
def model(qgis_app, terrascope_server):
    return fetch_service_model(terrascope_server.profile(), timeout_s=10)


def area_3857():
    from terrascope_s2.tests.helpers.loopback_server import AREA

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32631"), WEB_MERCATOR, QgsProject.instance())
    return transform.transformBoundingBox(QgsRectangle(*AREA)).buffered(-2000)  # inside the data on every side


def render(layer, temporal_range=None):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(WEB_MERCATOR)
    settings.setExtent(area_3857())
    settings.setOutputSize(QSize(96, 96))
    if temporal_range is not None:
        settings.setIsTemporal(True)
        settings.setTemporalRange(temporal_range)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    assert image.pixelColor(48, 48).alpha() == 255, "the layer drew nothing in the middle of the data"
    return image


def day_range(day: date) -> QgsDateTimeRange:
    return QgsDateTimeRange(QDateTime(day, QTime(0, 0), Qt.TimeSpec.UTC), QDateTime(day, QTime(23, 59, 59), Qt.TimeSpec.UTC))


def wait_for(predicate, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.005)


def test_the_dates_listed_equal_the_servers(model, terrascope_server):
    assert model.errors == {}
    for layer_name, dates in terrascope_server.dates.items():
        layer = model.layers[layer_name]
        assert layer.protocols == {WMTS, WMS}
        assert layer.time_for(WMTS).texts == list(dates)
        assert layer.time_for(WMS).texts == list(dates)
        assert layer.time_for(WMTS).default.text == dates[-1]
    fapar = model.layers["CGS_S2_FAPAR"].time_for(WMTS)
    assert [value.text for value in fapar.on_day(date(2018, 3, 7))] == ["2018-03-07T10:52:41.000Z", "2018-03-07T10:58:02.000Z"]
    assert model.wmts.tile_matrix_sets["g3857"] == "EPSG:3857"


def make_layer(model, name, value, protocol):
    """The layer the panel adds for one date (its spec, then QGIS's provider, as BuildLayersTask does)."""
    spec = maplayers.layer_spec(model, name, value, label=value.day.isoformat(), tile_id="31UFS", protocol=protocol)
    return QgsRasterLayer(spec.source, spec.name, spec.provider)


def wmst_layer(model, name):
    values = model.layers[name].time_for(WMS).values
    spec = maplayers.temporal_layer_spec(model, name, list(values), label="all", tile_id="31UFS")
    layer = QgsRasterLayer(spec.source, spec.name, spec.provider)
    maplayers.follow_acquisitions(layer)
    return layer


@pytest.mark.parametrize("protocol", [WMTS, WMS])
def test_a_layer_for_a_date_is_valid_and_each_date_renders_differently(model, terrascope_server, protocol):
    images = {}
    for value in model.layers["CGS_S2_NDVI"].time_for(protocol).values:
        layer = make_layer(model, "CGS_S2_NDVI", value, protocol)
        assert layer.isValid(), layer.error().summary()
        assert layer.name() == f"NDVI {value.day.isoformat()} 31UFS"  # the layer's title, not its id (issue 13 item 7)
        images[value.text] = render(layer)
    pictures = list(images.values())
    assert len(pictures) == 3
    assert pictures[0] != pictures[1] and pictures[1] != pictures[2] and pictures[0] != pictures[2]


def test_wmts_and_wms_show_the_same_date_alike(model):
    value = model.layers["CGS_S2_RADIOMETRY"].time_for(WMTS).values[1]  # date-only values
    a = render(make_layer(model, "CGS_S2_RADIOMETRY", value, WMTS))
    b = render(make_layer(model, "CGS_S2_RADIOMETRY", value, WMS))
    colour_a, colour_b = a.pixelColor(48, 48), b.pixelColor(48, 48)
    assert abs(colour_a.red() - colour_b.red()) <= 12 and abs(colour_a.green() - colour_b.green()) <= 12


def test_a_wmst_layer_follows_the_temporal_controller(model):
    layer = wmst_layer(model, "CGS_S2_FAPAR")
    assert layer.isValid()
    assert layer.temporalProperties().isActive()
    values = model.layers["CGS_S2_FAPAR"].time_for(WMS)
    first, last = values.values[0], values.values[-1]
    image_first = render(layer, day_range(first.day))
    image_last = render(layer, day_range(last.day))
    assert image_first != image_last
    # each frame shows that day's acquisition: the same picture as a static layer of that date
    assert image_first == render(make_layer(model, "CGS_S2_FAPAR", first, WMS))
    assert image_last == render(make_layer(model, "CGS_S2_FAPAR", last, WMS))


def test_a_temporal_layer_of_dates_is_wmts_where_qgis_can_drive_it(model):
    """QGIS 3.28 and later: a temporal WMTS layer whose Temporal Controller frames each draw what a static layer of that
    date draws (date-only values, which QGIS sends back as advertised). Before 3.28: WMS-T, as always."""
    name = "CGS_S2_RADIOMETRY"  # date-only values
    values = model.layers[name].time_for(WMTS).values
    spec = maplayers.temporal_layer_spec(model, name, list(values), label="all", tile_id="31UFS", protocol=WMTS)
    params = source_params(spec.source)
    if not supports_temporal_wmts():
        assert params["type"] == "wmst" and "tileMatrixSet" not in params
        return
    assert params["tileMatrixSet"] == "g3857" and params["allowTemporalUpdates"] == "true" and "type" not in params
    layer = QgsRasterLayer(spec.source, spec.name, spec.provider)
    maplayers.follow_acquisitions(layer)  # as BuildLayersTask does for every temporal layer
    assert layer.isValid() and layer.temporalProperties().isActive()
    statics = [make_layer(model, name, value, WMTS) for value in values]
    for static in statics:  # drawn once first: then both come from QGIS's cache (see test_dock_service's temporal test)
        render(static)
    frames = [render(layer, day_range(value.day)) for value in values]
    assert frames == [render(static) for static in statics]
    assert frames[0] != frames[1] != frames[2] != frames[0]


def test_a_temporal_layer_of_date_times_is_wms_t_on_every_version(model):
    """For 2018-02-25T10:50:18.000Z QGIS would ask the WMTS for TIME=20180225 (MapCache: HTTP 400, blank frames)."""
    for protocol in (WMTS, WMS):
        values = model.layers["CGS_S2_FAPAR"].time_for(WMS).values
        spec = maplayers.temporal_layer_spec(model, "CGS_S2_FAPAR", list(values), label="all", tile_id="", protocol=protocol)
        assert source_params(spec.source)["type"] == "wmst"
    assert not maplayers.temporal_wmts_fits(model, "CGS_S2_FAPAR")
    assert maplayers.temporal_wmts_fits(model, "CGS_S2_RADIOMETRY") == supports_temporal_wmts()


def test_layers_go_into_one_group(model, qgis_new_project):
    values = model.layers["CGS_S2_NDVI"].time_for(WMTS).values
    for value in values[:2]:
        spec = maplayers.layer_spec(model, "CGS_S2_NDVI", value, label=value.day.isoformat(), tile_id="", protocol=WMTS)
        project_layers.add_layers([(spec, QgsRasterLayer(spec.source, "?", spec.provider))], QgsProject.instance())
    group = QgsProject.instance().layerTreeRoot().findGroup("Terrascope Sentinel-2")
    assert group is not None and [node.name() for node in group.children()] == [
        f"NDVI {values[1].day}", f"NDVI {values[0].day}"]


def test_the_task_reads_the_service_off_the_gui_thread(qgis_app, terrascope_server):
    task = CapabilitiesTask(terrascope_server.profile(), timeout_s=10)
    got = {}
    task.loaded.connect(lambda model: got.setdefault("model", model))
    task.failed.connect(lambda message: got.setdefault("error", message))
    QgsApplication.taskManager().addTask(task)
    wait_for(lambda: got)
    assert "error" not in got
    assert got["model"].layers["CGS_S2_NDVI"].time_for(WMTS).texts == list(terrascope_server.dates["CGS_S2_NDVI"])


def test_the_task_reports_an_http_error(qgis_app, terrascope_server):
    broken = profile(CUSTOM, terrascope_server.base_url + "/nothing/here", terrascope_server.base_url + "/nothing/either")
    task = CapabilitiesTask(broken, timeout_s=10)
    got = {}
    task.loaded.connect(lambda model: got.setdefault("model", model))
    task.failed.connect(lambda message: got.setdefault("error", message))
    QgsApplication.taskManager().addTask(task)
    wait_for(lambda: got)
    assert "HTTP 404" in got["error"] and "/nothing/here" in got["error"]


def test_one_side_failing_keeps_the_other(terrascope_server):
    half = profile(CUSTOM, terrascope_server.base_url + "/nothing/here", terrascope_server.wms_url)
    model = fetch_service_model(half, timeout_s=10)
    assert model.wmts is None and model.wms is not None and "HTTP 404" in model.errors[WMTS]


def test_fetch_errors_say_what_happened(terrascope_server):
    with pytest.raises(FetchError) as raised:
        fetch(terrascope_server.wmts_url + "?SERVICE=WMTS&REQUEST=GetTile&LAYER=CGS_S2_NDVI&TIME=1999-01-01", timeout_s=10)
    assert raised.value.status == 404 and "HTTP 404" in raised.value.user_text()
    assert "MissingParameterValue (TileMatrixSet)" in raised.value.user_text()  # what MapCache said
    assert "http://127.0.0.1" in raised.value.user_text()
    with pytest.raises(FetchError) as raised:
        fetch("http://127.0.0.1:9/closed", timeout_s=5)  # discard port: nothing listens
    assert raised.value.status is None and "cannot be reached" in raised.value.user_text()
    with pytest.raises(FetchError):
        fetch("", timeout_s=5)


def test_the_server_leaves_no_process_behind(tmp_path):
    from terrascope_s2.tests.helpers.loopback_server import LoopbackServer

    server = LoopbackServer.start(tmp_path / "second", {"CGS_S2_NDVI": ("2020-01-01",)})
    assert server.get("/mapcache/wmts?SERVICE=WMTS&REQUEST=GetCapabilities")[0] == 200  # mapcache and mapserv spawned
    assert server.group_alive()
    server.stop()
    assert not server.group_alive()
    server.stop()  # idempotent


def test_the_real_servers_documents_give_owslibs_model(terrascope_server):
    """OWSLib as the oracle of contents.py on what the real MapCache and MapServer write (test_contents.py holds the
    comparison): layers, titles, styles, extents, tile matrix sets, formats, the GetMap address; MapCache's <Value>s
    are joined before lxml parses them (value_runs.py)."""
    import importlib.util
    from pathlib import Path

    from terrascope_s2.plugin.core.services.capabilities import parse_wms_capabilities, parse_wmts_capabilities
    from terrascope_s2.plugin.core.services.sources import wms_capabilities_url
    from terrascope_s2.plugin.core.services.value_runs import join_value_runs

    path = Path(__file__).parents[2] / "unit" / "core" / "services" / "test_contents.py"
    spec = importlib.util.spec_from_file_location("_oracle_test_contents", path)
    oracle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(oracle)
    wmts = fetch(terrascope_server.wmts_capabilities_url, timeout_s=30)
    wms = fetch(wms_capabilities_url(terrascope_server.wms_url), timeout_s=30)
    assert b"<Value>" in wmts and b"WMS_Capabilities" in wms  # MapCache's TIME values, MapServer's WMS 1.3.0
    assert join_value_runs(wmts).count(b"<Value>") == wmts.count(b"<Dimension>") < wmts.count(b"<Value>")  # joined
    wmts_found = oracle.plugin_view(parse_wmts_capabilities(wmts, terrascope_server.wmts_capabilities_url))
    assert wmts_found == oracle.owslib_wmts(wmts) and wmts_found["layers"]
    wms_found = oracle.plugin_view(parse_wms_capabilities(wms, terrascope_server.wms_url))
    assert wms_found == oracle.owslib_wms(wms, "1.3.0") and wms_found["layers"] and wms_found["url"]
