"""The panel's time series tab: a point picked on the map, or the selected fields of a layer, followed through the
products of a folder or of the project (the catalogue's results: test_catalogue_section.py); the chart shows the series; choices are remembered."""

from __future__ import annotations

import time

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from terrascope_s2.plugin.core.settings import Settings
from terrascope_s2.tests.helpers.fields import CORNER, write_pair
from terrascope_s2.tests.helpers.parcel import expected, parcel_folder


def wait_until(qgis_app, predicate, seconds=60.0):
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        qgis_app.processEvents()
        time.sleep(0.01)


def products(folder):
    values = np.arange(400).reshape(20, 20).clip(0, 200).astype(np.uint8)
    for day in (1, 2, 3):
        classes = np.full((20, 20), 9 if day == 2 else 4, np.uint8)
        write_pair(folder, day, values, classes)
    return values


def test_the_parcels_series_from_its_layer_equals_numpy(make_dock, qgis_app, qgis_iface):
    parcel = parcel_folder()
    layer = QgsVectorLayer(str(parcel / "field.shp"), "fields", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    dock = make_dock(timeseries_folder=str(parcel), timeseries_mask=1, timeseries_widen=1, timeseries_min_valid=50)
    dock.tabs.setCurrentWidget(dock.timeseries_tab)
    section = dock.timeseries
    assert section.chart is not None and dock.ts_folder_widget.filePath() == str(parcel)
    dock.ts_layer_combo.setLayer(layer)
    assert section.series_of_selection() is None and "none is selected" in dock.status_label.text()
    layer.selectAll()
    task = section.series_of_selection()
    assert task is not None and task in dock.tasks
    wait_until(qgis_app, lambda: section.chart.result is not None)
    (series,) = section.chart.result.series
    assert len(series.observations) == 108
    from terrascope_s2.plugin.core.timeseries.sources import find_products

    for observation, product in zip(series.observations, find_products(parcel, "FAPAR").products):
        want = expected(product.path, product.classification, (4, 5), 1)
        assert (observation.valid, observation.total) == (want["valid"], want["total"])
    assert "108 dates of FAPAR." == dock.status_label.text()
    assert len(section.chart.axes.get_lines()) >= 2 and section.chart.axes.get_ylabel() == "FAPAR"


def test_a_picked_point_gets_its_series_from_the_project_products(make_dock, qgis_app, qgis_iface, tmp_path):
    values = products(tmp_path)
    from terrascope_s2.plugin.core.timeseries.sources import find_products
    from terrascope_s2.plugin.gui.local_products import load_products

    for product in find_products(tmp_path, "FAPAR").products:
        assert load_products(str(product.path), qgis_iface)  # styled as the plugin does (a VRT source)
    dock = make_dock(timeseries_source="project", timeseries_mask=1)
    section = dock.timeseries
    assert dock.ts_project_radio.isChecked()
    assert len(section.project_products("FAPAR")) == 3
    dock.ts_pick_button.setChecked(True)
    assert qgis_iface.mapCanvas().mapTool() is section.pick_tool
    utm = QgsCoordinateReferenceSystem("EPSG:32631")
    point = QgsPointXY(CORNER[0] + 7 * 10 + 5, CORNER[1] - 11 * 10 - 5)  # pixel (row 11, col 7)
    task = section.series_at(point, utm)
    assert task is not None
    wait_until(qgis_app, lambda: section.chart is not None and section.chart.result is not None)
    (series,) = section.chart.result.series
    assert [(o.status, o.mean) for o in series.observations] == [
        ("kept", values[11, 7] / 200), ("masked", None), ("kept", values[11, 7] / 200)]
    dock.ts_pick_button.setChecked(False)
    assert qgis_iface.mapCanvas().mapTool() is not section.pick_tool


def test_problems_are_said_in_words(make_dock, qgis_app, tmp_path):
    dock = make_dock(timeseries_folder="")
    section = dock.timeseries
    assert section.series_at(QgsPointXY(*CORNER), QgsCoordinateReferenceSystem("EPSG:32631")) is None
    assert "Choose the folder that holds the FAPAR products." == dock.status_label.text()
    (tmp_path / "empty").mkdir()
    dock.ts_folder_widget.setFilePath(str(tmp_path / "empty"))
    section.series_at(QgsPointXY(*CORNER), QgsCoordinateReferenceSystem("EPSG:32631"))
    wait_until(qgis_app, lambda: "No FAPAR product was found" in dock.status_label.text())
    dock.ts_project_radio.setChecked(True)
    assert section.series_at(QgsPointXY(*CORNER), QgsCoordinateReferenceSystem("EPSG:32631")) is None
    assert "No FAPAR product is loaded in the project" in dock.status_label.text()
    dock.ts_catalogue_radio.setChecked(True)
    assert section.series_at(QgsPointXY(*CORNER), QgsCoordinateReferenceSystem("EPSG:32631")) is None
    assert "The Catalogue tab lists no product: search the catalogue there first." == dock.status_label.text()



def test_choices_are_remembered(make_dock, tmp_path):
    dock = make_dock()
    dock.ts_content_combo.setCurrentText("LAI")
    dock.ts_mask_combo.setCurrentIndex(3)
    dock.ts_widen_spin.setValue(2)
    dock.ts_min_valid_spin.setValue(80)
    dock.ts_catalogue_radio.setChecked(True)
    assert Settings.load().timeseries_source == "catalogue"
    dock.ts_folder_widget.setFilePath(str(tmp_path))  # choosing a folder takes the products from it
    stored = Settings.load()
    assert (stored.timeseries_content, stored.timeseries_mask, stored.timeseries_widen, stored.timeseries_min_valid,
            stored.timeseries_folder, stored.timeseries_source) == ("LAI", 3, 2, 80, str(tmp_path), "folder")
    dock.ts_project_radio.setChecked(True)
    again = make_dock()
    assert again.ts_content_combo.currentText() == "LAI" and again.ts_widen_spin.value() == 2
    assert again.ts_project_radio.isChecked() and Settings.load().timeseries_source == "project"
    assert again.timeseries.options().keep == frozenset({2, 4, 5, 6, 7, 11})  # the third preset: not cloudy


def test_a_feature_layer_of_lines_is_not_offered(make_dock):
    lines = QgsVectorLayer("LineString?crs=EPSG:32631", "roads", "memory")
    points = QgsVectorLayer("Point?crs=EPSG:32631", "points", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*CORNER)))
    points.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayers([lines, points])
    dock = make_dock()
    offered = [dock.ts_layer_combo.itemText(i) for i in range(dock.ts_layer_combo.count())]
    assert "points" in offered and "roads" not in offered

