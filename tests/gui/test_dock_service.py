"""The panel against the real loopback MapServer + MapCache server, driven like a user: choose layer, tile and date,
press "Add to map", then look at the map: the layer, its source, its extent, its date (in the pixels it draws)."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsTemporalNavigationObject,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QItemSelectionModel, QSize, Qt, QTime
from qgis.PyQt.QtGui import QColor

from terrascope_s2.plugin.__about__ import TITLE
from terrascope_s2.plugin.core.grid.tile_layers import tile_extent
from terrascope_s2.plugin.core.services.maplayers import layer_spec
from terrascope_s2.plugin.core.services.sources import supports_temporal_wmts
from terrascope_s2.plugin.core.settings import Settings

pytestmark = pytest.mark.services

# inside the loopback images (EPSG:32631 590000..660000, 5610000..5680000), in EPSG:3857
IMAGE_3857 = QgsRectangle(480000, 6560000, 520000, 6600000)


def _choose(dock, qtbot, layer="CGS_S2_NDVI", tile_id="31UFS", day=None):
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData(layer))
    edit = dock.tile_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, tile_id.lower())
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    if day:
        dock.calendar.setSelectedDate(QDate.fromString(day, Qt.DateFormat.ISODate))
        dock.calendar.clicked.emit(QDate.fromString(day, Qt.DateFormat.ISODate))


def _press_add(dock, qtbot, count=1):
    ours = lambda: [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty("terrascope_s2/layer")]  # noqa: E731
    before = len(ours())
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.tasks, timeout=60_000)
    assert "added" in dock.status_label.text(), dock.status_label.text()
    return [QgsProject.instance().mapLayer(i) for i in dock.adding.last_added_ids], len(ours()) - before


def _render(layer, extent=IMAGE_3857, size=64):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    if layer.temporalProperties().isActive():
        settings.setIsTemporal(True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def _pixels(image):
    return [image.pixel(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)]


def test_the_panel_lists_the_services_layers_and_dates(service_dock):
    dock = service_dock
    assert [dock.layer_combo.itemText(i) for i in range(dock.layer_combo.count())] == ["FAPAR", "NDVI"]  # by title
    assert "Normalised difference vegetation index" in dock.layer_combo.itemData(1, Qt.ItemDataRole.ToolTipRole)
    dock.layer_combo.setCurrentIndex(1)
    assert [e.value for e in dock.dates.listed_entries()] == ["2021-06-21", "2021-05-22", "2021-04-12", "2021-03-02"]
    assert dock.layer.kind() == "wmts" and dock.wmts_radio.isEnabled() and dock.wms_radio.isEnabled()
    assert dock.status_label.text() == "NDVI: 4 dates"


def test_add_a_wmts_date_for_a_tile(service_dock, qtbot, qgis_canvas):
    dock = service_dock
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    _choose(dock, qtbot, day="2021-04-12")
    (layer,), added = _press_add(dock, qtbot)
    assert added == 1 and isinstance(layer, QgsRasterLayer) and layer.isValid()
    assert layer.name() == "NDVI 2021-04-12 31UFS"
    assert QgsProject.instance().layerTreeRoot().findGroup(TITLE).findLayer(layer.id()) is not None
    source = unquote(layer.source())
    assert layer.providerType() == "wms" and "tileMatrixSet=g3857" in source and "layers=CGS_S2_NDVI" in source
    assert "tileDimensions=TIME=2021-04-12" in source and "SERVICE=WMTS" in source
    wanted = tile_extent("31UFS", QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance().transformContext())
    assert qgis_canvas.extent().contains(wanted)  # zoomed to the tile
    shown = qgis_canvas.extent()
    assert min(shown.width() / wanted.width(), shown.height() / wanted.height()) < 1.2  # zoomed to it, not far out
    assert Settings.load().last_date == "2021-04-12" and Settings.load().last_tile == "31UFS"
    drawn = _pixels(_render(layer))
    assert any(QColor.fromRgba(p).alpha() > 0 for p in drawn)  # the service drew the image


def test_each_date_draws_its_own_image_and_several_dates_add_one_layer_each(service_dock, qtbot):
    dock = service_dock
    dock.wms_radio.setChecked(True)
    _choose(dock, qtbot, layer="CGS_S2_NDVI")
    selection = dock.date_list.selectionModel()
    selection.clearSelection()
    for row in (0, 2):  # 2021-06-21 and 2021-04-12
        selection.select(dock.dates.date_model.index(row), QItemSelectionModel.SelectionFlag.Select)
    assert dock.add_button.text() == "Add 2 layers"
    layers, added = _press_add(dock, qtbot)
    assert added == 2
    assert [lyr.name() for lyr in layers] == ["NDVI 2021-06-21 31UFS", "NDVI 2021-04-12 31UFS"]
    assert all(lyr.isValid() and "TIME=" in unquote(lyr.source()) for lyr in layers)
    assert "TIME=2021-06-21" in unquote(layers[0].source()) and "TIME=2021-04-12" in unquote(layers[1].source())
    assert "tileMatrixSet" not in layers[0].source()  # WMS, as chosen
    june, april = (_pixels(_render(lyr)) for lyr in layers)
    assert any(QColor.fromRgba(p).alpha() > 0 for p in june)
    assert june != april  # the date reached the server: another image


def test_adding_again_updates_the_chosen_layer_when_the_user_prefers(service_dock, qtbot, qgis_iface):
    stored = Settings.load()
    stored.replace_layer_on_add = True
    stored.save()
    dock = service_dock
    _choose(dock, qtbot, day="2021-03-02")
    (first,), added = _press_add(dock, qtbot)
    assert added == 1
    qgis_iface.setActiveLayer(first)
    dock.calendar.clicked.emit(QDate(2021, 5, 22))
    (again,), added = _press_add(dock, qtbot)
    assert added == 0 and again.id() == first.id()
    assert first.name() == "NDVI 2021-05-22 31UFS" and "TIME%3D2021-05-22" in first.source() and first.isValid()


@pytest.mark.parametrize("protocol", ["wmts", "wms"])
def test_temporal_mode_adds_a_layer_driven_by_the_temporal_controller(service_dock, qtbot, qgis_canvas, protocol):
    """WMTS tiles on QGIS 3.28 and later (the panel's dates are date-only: QGIS asks for them as advertised), WMS-T
    before or when WMS is chosen; each frame draws what a static layer of that date draws."""
    controller = QgsTemporalNavigationObject()
    qgis_canvas.setTemporalController(controller)
    dock = service_dock
    _choose(dock, qtbot)
    (dock.wmts_radio if protocol == "wmts" else dock.wms_radio).setChecked(True)
    qtbot.mouseClick(dock.temporal_check, Qt.MouseButton.LeftButton)
    (layer,), added = _press_add(dock, qtbot)
    assert added == 1 and layer.isValid()
    assert layer.name() == "NDVI 31UFS (4 dates)"
    source = unquote(layer.source())
    wmts = protocol == "wmts" and supports_temporal_wmts()
    if wmts:
        assert "tileMatrixSet=" in source and "allowTemporalUpdates=true" in source and "type=wmst" not in source
    else:
        assert "type=wmst" in source and "timeDimensionExtent=2021-03-02,2021-04-12,2021-05-22,2021-06-21" in source
    assert layer.temporalProperties().isActive()
    extents = controller.temporalExtents()
    assert extents.begin().date() == QDate(2021, 3, 2) and extents.end().date() == QDate(2021, 6, 21)
    assert controller.navigationMode() == QgsTemporalNavigationObject.NavigationMode.Animated
    # the controller's frame decides the image: each frame draws its date, as a static layer of that date does (both
    # drawn from QGIS's cache: the first drawing of WMTS tiles fetched over the network may round a row where tiles meet
    # differently, by the order the tiles arrive: seen on 3.44 under load)
    model = dock.service.model
    frames = []
    for day in (QDate(2021, 3, 2), QDate(2021, 6, 21)):
        spec = layer_spec(model, "CGS_S2_NDVI", day.toString(Qt.DateFormat.ISODate), label="", tile_id="",
                          protocol="wmts" if wmts else "wms")
        static = QgsRasterLayer(spec.source, spec.name, spec.provider)
        _render(static)
        settings_range = QgsDateTimeRange(QDateTime(day, QTime(0, 0), Qt.TimeSpec.UTC), QDateTime(day, QTime(23, 59, 59), Qt.TimeSpec.UTC))
        frames.append(_pixels(_render_at(layer, settings_range)))
        assert frames[-1] == _pixels(_render(static))
    assert frames[0] != frames[1] and any(QColor.fromRgba(p).alpha() > 0 for p in frames[0])
    qgis_canvas.setTemporalController(None)


def _render_at(layer, time_range):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(IMAGE_3857)
    settings.setOutputSize(QSize(64, 64))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    settings.setIsTemporal(True)
    settings.setTemporalRange(time_range)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_a_slow_service_can_be_cancelled(make_dock, slow_service, qtbot):
    wmts_url, wms_url = slow_service(50, 10.0)
    dock = make_dock(custom_wmts_url=wmts_url, custom_wms_url=wms_url)
    assert dock.progress_row.isVisibleTo(dock) and dock.tasks
    qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.tasks, timeout=5_000)  # well before the server answers
    assert not dock.progress_row.isVisibleTo(dock) and dock.layer_combo.count() == 0


def test_refresh_asks_the_server_again_past_qgis_network_cache(make_dock, slow_service, qtbot):
    wmts_url, wms_url = slow_service(3, 0.0)
    dock = make_dock(custom_wmts_url=wmts_url, custom_wms_url=wms_url)
    qtbot.waitUntil(lambda: not dock.tasks and dock.layer_combo.count() == 3, timeout=60_000)
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData("CGS_S2_NDVI"))
    assert len(dock.dates.listed_entries()) == 3
    assert len(slow_service.served()) == 2  # the WMTS and WMS capabilities
    newest = slow_service.publish(4)  # the service publishes a new date
    dock.service.refresh()  # reconnecting on its own (as after the settings page): QGIS's network cache answers
    qtbot.waitUntil(lambda: not dock.tasks, timeout=60_000)
    assert len(slow_service.served()) == 2 and len(dock.dates.listed_entries()) == 3
    qtbot.mouseClick(dock.connect_button, Qt.MouseButton.LeftButton)  # the user presses Refresh: from the server
    qtbot.waitUntil(lambda: not dock.tasks, timeout=60_000)
    assert len(slow_service.served()) == 4
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData("CGS_S2_NDVI"))
    assert len(dock.dates.listed_entries()) == 4 and newest[-1] in [entry.value for entry in dock.dates.listed_entries()]


@pytest.mark.parametrize("kept", [("CGS_S2_RADIOMETRY",), ()], ids=["one layer left", "no layer left"])
def test_a_refresh_where_the_wms_fails_offers_only_what_the_wmts_lists(make_dock, slow_service, qtbot, kept):
    """Issue 12 item 16: the WMS fails, the WMTS answers with fewer layers; the panel offers no layer it no longer lists."""
    wmts_url, wms_url = slow_service(3, 0.0)
    dock = make_dock(custom_wmts_url=wmts_url, custom_wms_url=wms_url)
    qtbot.waitUntil(lambda: not dock.tasks and dock.layer_combo.count() == 3, timeout=60_000)
    wmts = slow_service.folder / "wmts.xml"
    layers = re.findall(r"<Layer>.*?</Layer>", wmts.read_text(), flags=re.S)
    text = wmts.read_text()
    for layer in layers:
        if not any(f"<ows:Identifier>{name}</ows:Identifier>" in layer for name in kept):
            text = text.replace(layer, "")
    wmts.write_text(text)
    (slow_service.folder / "wms.xml").write_text("<html><body>Internal Server Error</body></html>")
    qtbot.mouseClick(dock.connect_button, Qt.MouseButton.LeftButton)  # Refresh
    qtbot.waitUntil(lambda: not dock.tasks, timeout=60_000)
    assert [dock.layer_combo.itemData(i) for i in range(dock.layer_combo.count())] == list(kept)
    if not kept:  # one short sentence in the panel (issue 13 item 6); what each side said in the tooltip and the log
        assert dock.status_label.text().startswith("The service could not be read")
        assert "WMS" in dock.status_label.toolTip()
    else:
        assert dock.layer.current_layer().name == kept[0]
    assert dock.dates.listed_entries() == ([] if not kept else dock.dates.listed_entries())


def test_dates_with_a_time_zone_offset_are_added_as_wms_in_utc(make_dock, slow_service, qtbot):
    """Issue 12 item 11: a custom service writes its dates with an offset ('+02:00'). Before, the panel listed them and
    "Add to map" raised an uncaught SourceError in the Qt slot. QGIS cannot send the '+' (it arrives as a space): the
    panel offers the layer as WMS, whose TIME is the same instant in UTC; a WMTS-only layer gets the plugin's message."""
    from terrascope_s2.plugin.core.services.sources import source_params

    wmts_url, wms_url = slow_service(3, 0.0)
    for name in ("wmts.xml", "wms.xml"):  # 10:50:18Z written as 12:50:18+02:00
        path = slow_service.folder / name
        path.write_text(re.sub(r"T10:(\d\d):(\d\d)\.000Z", r"T12:\1:\2+02:00", path.read_text()))
    dock = make_dock(custom_wmts_url=wmts_url, custom_wms_url=wms_url, last_layer="CGS_S2_NDVI", last_tile="31UFS")
    qtbot.waitUntil(lambda: not dock.tasks and dock.layer_combo.count() == 3, timeout=60_000)
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData("CGS_S2_NDVI"))
    assert [entry.value for entry in dock.dates.listed_entries()][0] == "2016-01-02T12:50:18+02:00"
    assert dock.layer.kind() == "wms" and not dock.wmts_radio.isEnabled()
    task = dock.adding.add_to_map()
    assert task is not None and source_params(task.specs[0].source)["url"].endswith("TIME=2016-01-02T10:50:18Z")
    qtbot.waitUntil(lambda: not dock.tasks, timeout=60_000)
    # a layer only the WMTS offers: refused with the plugin's message, no traceback
    (slow_service.folder / "wms.xml").write_text("<html><body>Internal Server Error</body></html>")
    qtbot.mouseClick(dock.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.tasks and dock.layer_combo.count() == 3, timeout=60_000)
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData("CGS_S2_NDVI"))
    dock.wmts_radio.setEnabled(True)
    dock.wmts_radio.setChecked(True)
    assert dock.adding.add_to_map() is None and "add the layer as WMS" in dock.status_label.text()


def test_the_wmts_and_wms_documents_are_asked_at_once(make_dock, slow_service, qtbot):
    wmts_url, wms_url = slow_service(3, 1.5)  # each answer comes 1.5 s after its request
    dock = make_dock(custom_wmts_url=wmts_url, custom_wms_url=wms_url)
    qtbot.waitUntil(lambda: not dock.tasks and dock.layer_combo.count() == 3, timeout=60_000)
    (first, first_path), (second, second_path) = slow_service.served()
    assert {"wmts" in first_path.lower(), "wmts" in second_path.lower()} == {True, False}
    assert second - first < 0.75  # the second was asked before the first was answered


def test_a_service_that_is_down_says_why_and_what_to_do(make_dock, qtbot):
    dock = make_dock(custom_wmts_url="http://127.0.0.1:9/wmts?SERVICE=WMTS&REQUEST=GetCapabilities",
                     custom_wms_url="http://127.0.0.1:9/ows")
    qtbot.waitUntil(lambda: not dock.tasks, timeout=60_000)
    text = dock.status_label.text()  # one short sentence: what happened, what to do; the server's words in the log
    assert text == "The service could not be read: check the network and the settings, then press Refresh."
    assert "refused" in dock.status_label.toolTip().lower() and "127.0.0.1:9" in dock.status_label.toolTip()


def test_identify_on_the_services_pictures_gets_a_note_once(service_dock, qgis_iface, qtbot):
    """The loopback MapServer makes no layer queryable (and MapCache's WMTS has no GetFeatureInfo): QGIS's Identify
    would say nothing useful; the plugin says why and what to do, once."""
    from qgis.core import Qgis
    from qgis.gui import QgsMapToolIdentify, QgsMapToolPan

    from terrascope_s2.plugin.gui.identify_note import IdentifyNote

    note = IdentifyNote(qgis_iface)
    note.connect()
    try:
        canvas = qgis_iface.mapCanvas()
        identify, pan = QgsMapToolIdentify(canvas), QgsMapToolPan(canvas)
        qgis_iface.messageBar().clear_messages()
        canvas.setMapTool(identify)
        assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info) == []  # no Terrascope layer yet
        dock = service_dock
        dock.adding.add_to_map()
        qtbot.waitUntil(lambda: bool(dock.adding.last_added_ids) and not dock.tasks, timeout=60_000)
        canvas.setMapTool(pan)
        canvas.setMapTool(identify)
        said = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)
        assert len(said) == 1 and "Identify gives no values" in said[0] and "legend" in said[0]
        canvas.setMapTool(pan)
        canvas.setMapTool(identify)
        assert len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)) == 1  # once a session
    finally:
        note.disconnect()
        canvas.unsetMapTool(identify)
