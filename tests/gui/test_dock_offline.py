"""The panel without a server: tile section, date section, state memory, unload. Driven as a user drives it."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QDate, QItemSelectionModel, QLocale, Qt
from qgis.PyQt.QtGui import QFont

from terrascope_s2.plugin.core.grid.tile_layers import pick_tile, tile_extent
from terrascope_s2.plugin.core.grid.tiles import BELGIAN_TILES
from terrascope_s2.plugin.core.qgis_compat import label_over_point
from terrascope_s2.plugin.core.services.model import WMS, WMTS, ServiceLayer, ServiceModel
from terrascope_s2.plugin.core.services.timevalues import parse_time_values
from terrascope_s2.plugin.core.settings import Settings


def _service_layer(name, title, abstract, times, protocols):
    return ServiceLayer(name, title, abstract, protocols=frozenset(protocols),
                        times={protocol: parse_time_values(times) for protocol in protocols})


NDVI_TIMES = tuple(f"2021-{month:02d}-{day:02d}" for month in (3, 4, 5) for day in (2, 12, 22))
# what the services core makes of a service with NDVI in WMTS and WMS and FAPAR in WMS only, plus the WMS root layer
# (the map's NAME, a group without dates of its own), which the panel does not list
LAYERS = ServiceModel(layers={layer.name: layer for layer in (
    _service_layer("CGS_S2_NDVI", "NDVI", "Normalized difference vegetation index", NDVI_TIMES, (WMTS, WMS)),
    _service_layer("CGS_S2_FAPAR", "FAPAR", "Fraction of absorbed PAR", ("2020-07-01", "2020-07-11"), (WMS,)),
    ServiceLayer("CGS_S2", "Sentinel-2", protocols=frozenset({WMS}), children=("CGS_S2_NDVI", "CGS_S2_FAPAR")),
)})


def _select(dock, name):
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData(name))


def _ready(dock):
    """The service answered with LAYERS; the user looks at NDVI."""
    dock.service.capabilities_ready(LAYERS)
    _select(dock, "CGS_S2_NDVI")


def _type_tile(dock, qtbot, text):
    edit = dock.tile_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# ---------------------------------------------------------------- tile


def test_belgiums_ten_tiles_are_offered_with_where_they_lie_and_31ufs_comes_first_time(make_dock, qtbot):
    dock = make_dock()
    combo = dock.tile_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(BELGIAN_TILES)
    assert combo.itemText(BELGIAN_TILES.index("31UES")) == "31UES  Ghent, Brussels"
    assert combo.currentText() == "31UFS"
    combo.setCurrentIndex(BELGIAN_TILES.index("31UES"))  # chosen in the list: the line shows the id
    combo.activated.emit(BELGIAN_TILES.index("31UES"))
    assert combo.currentText() == "31UES" and dock.tile.current_tile_id() == "31UES"
    assert combo.view().minimumWidth() >= combo.view().sizeHintForColumn(0)  # the places are read whole in the list


def test_a_typed_tile_id_is_normalised_and_remembered(make_dock, qtbot):
    dock = make_dock()
    _type_tile(dock, qtbot, "t32ulb")
    assert dock.tile_combo.currentText() == "32ULB"
    assert dock.tile.current_tile_id() == "32ULB"
    assert Settings.load().last_tile == "32ULB"


def test_a_wrong_tile_id_is_refused_with_a_message(make_dock, qtbot):
    dock = make_dock()
    _type_tile(dock, qtbot, "31UXQ")
    assert dock.tile.current_tile_id() is None
    assert dock.status_label.text() == "'31UXQ' is not a Sentinel-2 tile id: zone 31 has the columns A to H, not X."
    assert Settings.load().last_tile == "31UFS"
    assert dock.adding.add_to_map() is None


def test_zoom_to_tile_shows_the_whole_tile(make_dock, qgis_canvas):
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    dock = make_dock(last_tile="31UGS")
    qgis_canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    assert dock.tile.zoom_to_tile()
    wanted = tile_extent("31UGS", QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance().transformContext())
    shown = qgis_canvas.extent()
    assert shown.contains(wanted)
    assert min(shown.width() / wanted.width(), shown.height() / wanted.height()) < 1.2  # zoomed to it, not far out


def test_outline_layer_shows_belgium_and_the_chosen_tile(make_dock, qtbot):
    dock = make_dock(last_tile="32ULB")
    dock.outline_check.setChecked(True)
    layer = dock.tile.outline.layer()
    assert layer is not None and layer.isValid()
    tiles = {f["tile"]: f["chosen"] for f in layer.getFeatures()}
    assert set(tiles) == {*BELGIAN_TILES, "32ULB"} and tiles["32ULB"] == 1 and sum(tiles.values()) == 1
    labels = layer.labeling().settings()  # labelled with the tile ids (on 3.40 and later: no TypeError, issue 10)
    assert layer.labelsEnabled() and labels.fieldName == "tile" and labels.placement == label_over_point()
    assert Settings.load().add_tile_outline is True
    dock.tile.set_tile("31UER")
    assert {f["tile"] for f in layer.getFeatures() if f["chosen"] == 1} == {"31UER"}
    QgsProject.instance().removeMapLayer(layer.id())  # the user removes it from the Layers panel
    assert not dock.outline_check.isChecked()
    dock.outline_check.setChecked(True)
    dock.outline_check.setChecked(False)
    assert dock.tile.outline.layer() is None


def test_pick_a_tile_by_clicking_inside_its_outline(make_dock, qgis_canvas, qtbot):
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32631"))
    dock = make_dock()
    qgis_canvas.setExtent(QgsRectangle(450000, 5500000, 820000, 5760000))
    qtbot.mouseClick(dock.pick_tile_button, Qt.MouseButton.LeftButton)
    assert qgis_canvas.mapTool() is dock.tile.pick_tool
    assert dock.tile.outline.layer() is not None  # picking shows the outlines
    inside_31ugs = QgsPointXY(760000, 5600000)  # east of 31UFS's edge (709800): only in 31UGS
    pixel = qgis_canvas.getCoordinateTransform().transform(inside_31ugs).toQPointF().toPoint()
    qtbot.mouseClick(qgis_canvas.viewport(), Qt.MouseButton.LeftButton, pos=pixel)
    assert dock.tile_combo.currentText() == "31UGS"
    assert Settings.load().last_tile == "31UGS"
    far_away = qgis_canvas.getCoordinateTransform().transform(QgsPointXY(455000, 5755000)).toQPointF().toPoint()
    qtbot.mouseClick(qgis_canvas.viewport(), Qt.MouseButton.LeftButton, pos=far_away)
    assert dock.tile_combo.currentText() == "31UGS" and "No tile there" in dock.status_label.text()
    qtbot.mouseClick(dock.pick_tile_button, Qt.MouseButton.LeftButton)
    assert qgis_canvas.mapTool() is not dock.tile.pick_tool


def test_a_point_in_the_overlap_goes_to_the_nearest_tile_centre():
    context = QgsProject.instance().transformContext()
    utm = QgsCoordinateReferenceSystem("EPSG:32631")
    # 31UES spans x 499980..609780 (centre 554880), 31UFS 600000..709800 (centre 654900): both hold x = 601000 and 608000
    assert pick_tile(QgsPointXY(601000, 5650000), utm, BELGIAN_TILES, context) == "31UES"
    assert pick_tile(QgsPointXY(608000, 5650000), utm, BELGIAN_TILES, context) == "31UFS"
    assert pick_tile(QgsPointXY(4.35, 50.85), QgsCoordinateReferenceSystem("EPSG:4326"), BELGIAN_TILES, context) == "31UES"
    assert pick_tile(QgsPointXY(0, 0), utm, BELGIAN_TILES, context) is None


# ---------------------------------------------------------------- layers and dates


def test_layers_get_titles_and_abstracts_as_tooltips(make_dock):
    dock = make_dock()
    dock.service.capabilities_ready(LAYERS)
    assert [dock.layer_combo.itemText(i) for i in range(2)] == ["FAPAR", "NDVI"]  # by title
    assert "Normalized difference vegetation index" in dock.layer_combo.itemData(1, Qt.ItemDataRole.ToolTipRole)
    _select(dock, "CGS_S2_NDVI")
    assert dock.status_label.text() == "NDVI: 9 dates"


def test_wmts_is_the_default_and_wms_when_the_layer_has_no_wmts(make_dock):
    dock = make_dock()
    _ready(dock)
    assert dock.layer.kind() == "wmts"
    _select(dock, "CGS_S2_FAPAR")
    assert dock.layer.kind() == "wms" and not dock.wmts_radio.isEnabled()
    assert Settings.load().prefer_wmts is True  # not the user's choice: a layer without WMTS
    _select(dock, "CGS_S2_NDVI")
    dock.wms_radio.setChecked(True)
    assert Settings.load().prefer_wmts is False


def test_the_calendar_marks_the_layers_dates_and_the_list_is_newest_first(make_dock):
    dock = make_dock()
    _ready(dock)
    labels = [e.label for e in dock.dates.listed_entries()]
    assert labels == sorted(NDVI_TIMES, reverse=True)
    assert [e.value for e in dock.dates.selected_entries()] == ["2021-05-22"]  # the newest, first time
    assert (dock.calendar.yearShown(), dock.calendar.monthShown()) == (2021, 5)  # the calendar shows it

    def bold(day: QDate) -> bool:
        dock.calendar.setCurrentPage(day.year(), day.month())  # the page the user turns to
        return dock.calendar.dateTextFormat(day).fontWeight() == QFont.Weight.Bold

    assert bold(QDate(2021, 4, 12)) and not bold(QDate(2021, 4, 13)) and bold(QDate(2021, 5, 22))
    _select(dock, "CGS_S2_FAPAR")
    assert not bold(QDate(2021, 4, 12))  # another layer, other marks
    assert bold(QDate(2020, 7, 11))


def test_the_range_filters_the_list_and_all_brings_every_date_back(make_dock, qtbot):
    dock = make_dock()
    _ready(dock)
    dock.from_edit.setDate(QDate(2021, 4, 1))
    dock.to_edit.setDate(QDate(2021, 4, 30))
    assert [e.value for e in dock.dates.listed_entries()] == ["2021-04-22", "2021-04-12", "2021-04-02"]
    assert (Settings.load().last_date_from, Settings.load().last_date_to) == ("2021-04-01", "2021-04-30")
    dock.to_edit.setDate(QDate(2021, 3, 1))
    assert dock.dates.listed_entries() == [] and "No dates" in dock.status_label.text()
    qtbot.mouseClick(dock.all_dates_button, Qt.MouseButton.LeftButton)
    assert len(dock.dates.listed_entries()) == 9
    assert (Settings.load().last_date_from, Settings.load().last_date_to) == ("", "")


def test_clicking_a_marked_day_selects_it_and_an_empty_day_says_so(make_dock):
    dock = make_dock()
    _ready(dock)
    dock.calendar.clicked.emit(QDate(2021, 3, 12))
    assert [e.value for e in dock.dates.selected_entries()] == ["2021-03-12"]
    assert Settings.load().last_date == "2021-03-12"
    dock.calendar.clicked.emit(QDate(2021, 3, 13))
    assert "no image on 2021-03-13" in dock.status_label.text()
    assert [e.value for e in dock.dates.selected_entries()] == ["2021-03-12"]


def test_several_dates_can_be_chosen_at_once(make_dock):
    dock = make_dock()
    _ready(dock)
    model, selection = dock.dates.date_model, dock.date_list.selectionModel()
    for row in (0, 2, 4):
        selection.select(model.index(row), QItemSelectionModel.SelectionFlag.Select)
    assert [e.value for e in dock.dates.selected_entries()] == ["2021-05-22", "2021-05-02", "2021-04-12"]
    assert dock.add_button.text() == "Add 3 layers"


def test_temporal_mode_lists_the_dates_it_will_carry(make_dock, qtbot):
    dock = make_dock()
    _ready(dock)
    qtbot.mouseClick(dock.temporal_check, Qt.MouseButton.LeftButton)
    assert dock.temporal_check.isChecked() and Settings.load().temporal_mode
    assert not dock.date_list.isEnabled() and dock.add_button.text() == "Add temporal layer"


# ---------------------------------------------------------------- memory and unload


def test_the_panel_comes_back_as_the_user_left_it(make_dock, qtbot):
    dock = make_dock()
    _ready(dock)
    _select(dock, "CGS_S2_FAPAR")
    dock.wms_radio.setChecked(True)
    _type_tile(dock, qtbot, "31ufq")
    dock.calendar.clicked.emit(QDate(2020, 7, 1))
    qtbot.mouseClick(dock.temporal_check, Qt.MouseButton.LeftButton)
    dock.tabs.setCurrentIndex(1)
    dock.close_plugin()

    again = make_dock(service_profile=Settings.load().service_profile)
    assert again.tile_combo.currentText() == "31UFQ"
    assert again.temporal_check.isChecked() and again.tabs.currentIndex() == 1
    again.service.capabilities_ready(LAYERS)  # the same service answers again
    assert again.layer_combo.currentData() == "CGS_S2_FAPAR"
    assert [e.value for e in again.dates.selected_entries()] == ["2020-07-01"]
    assert again.layer.kind() == "wms"


def test_unload_cancels_tasks_and_lets_go_of_qgis(make_dock, qgis_canvas):
    project = QgsProject.instance()
    before = project.receivers(project.layersWillBeRemoved)
    dock = make_dock()
    dock.pick_tile_button.setChecked(True)
    # the tile section, and the time series tab's list of point and polygon layers (a QgsMapLayerComboBox)
    assert project.receivers(project.layersWillBeRemoved) == before + 2
    dock.close_plugin()
    assert project.receivers(project.layersWillBeRemoved) == before
    assert qgis_canvas.mapTool() is not dock.tile.pick_tool
    dock.close_plugin()  # twice is harmless


def test_no_service_url_says_what_to_do(make_dock, monkeypatch):
    from terrascope_s2.plugin.gui.sections.status import StatusRow

    started = []
    monkeypatch.setattr(StatusRow, "run", lambda self, task, message: started.append(task))
    dock = make_dock(custom_wmts_url="", custom_wms_url="")
    assert "settings" in dock.status_label.text() and "#b00020" in dock.status_label.styleSheet()
    assert started == []  # nothing to ask: no request, no task
    assert dock.tasks == []


def test_the_settings_button_opens_the_plugins_options_page_and_applies_its_changes(make_dock, qgis_iface, monkeypatch, qtbot):
    dock = make_dock()
    asked = []

    def options_dialog(parent, currentPage=""):  # noqa: N803 (QGIS's keyword)
        asked.append(currentPage)
        stored = Settings.load()  # the user picks the legacy endpoint and applies
        stored.service_profile = "legacy"
        stored.save()

    monkeypatch.setattr(qgis_iface, "showOptionsDialog", options_dialog, raising=False)
    started = []
    monkeypatch.setattr(dock.service, "refresh", lambda: started.append(True))
    qtbot.mouseClick(dock.settings_button, Qt.MouseButton.LeftButton)
    assert asked == ["terrascope_s2_options"]
    assert "sentineldata.vito.be" in dock.endpoint_label.text() and started == [True]  # connects to the new endpoint


@pytest.mark.parametrize(("language", "month"), [("nl", "mei"), ("fr", "mai"), ("en", "May")])
def test_the_calendar_speaks_the_language_qgis_is_set_to(make_dock, language, month):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", language)
    try:
        dock = make_dock()
        assert dock.calendar.locale().monthName(5, QLocale.FormatType.LongFormat).lower() == month.lower()
    finally:
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), saved):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
