"""The panel's catalogue tab against the loopback STAC API: collections from the catalogue, a search of a tile in a
date range under a cloud ceiling, footprints on the map, a quicklook, and a product opened in physical units."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate

from terrascope_s2.plugin.core.stac.items import parse_item
from terrascope_s2.tests.helpers.loopback_server import free_port


@pytest.fixture
def catalogue_dock(make_dock, stac_server, stac_authcfg, tmp_path, qtbot):
    def make(**values):
        values.setdefault("catalogue_url", stac_server.url)
        values.setdefault("catalogue_authcfg", stac_authcfg)
        values.setdefault("catalogue_login_origin", stac_server.download_origin)
        values.setdefault("download_folder", str(tmp_path / "downloads"))
        dock = make_dock(**values)
        dock.tabs.setCurrentIndex(dock.catalogue.tab_index)  # showing the tab reads the collections
        wait(dock, qtbot)
        return dock

    return make


def said(dock) -> str:
    """What the status line says, and its tooltip (a failure's detail): for the assertions' messages."""
    return f"status: {dock.status_label.text()!r} ({dock.status_label.toolTip()!r})"


def wait(dock, qtbot, done=lambda: True, timeout_s=120):
    """Until the panel runs no task and `done()` holds (each step here starts its task at once, on the click)."""
    try:
        qtbot.waitUntil(lambda: not dock.tasks and done(), timeout=timeout_s * 1000)
    except qtbot.TimeoutError:
        pytest.fail(f"the panel did not get there in {timeout_s} s; {said(dock)}")


def search(dock, qtbot, collection, tiles, start, end, cloud):
    form = dock.catalogue.form
    form.collection_combo.setCurrentIndex(form.collection_combo.findData(collection))
    form.catalogue_tiles_edit.setText(tiles)
    form.catalogue_from_edit.setDate(QDate.fromString(start, "yyyy-MM-dd"))
    form.catalogue_to_edit.setDate(QDate.fromString(end, "yyyy-MM-dd"))
    form.cloud_spin.setValue(cloud)
    form.search_button.click()
    wait(dock, qtbot)
    assert "newest first" in dock.status_label.text(), said(dock)


def expected(server, collection, tile, start, end, cloud):
    items = [parse_item(raw) for raw in server.items(collection, tile)]
    kept = [i for i in items if dt.date.fromisoformat(start) <= i.acquired.date() <= dt.date.fromisoformat(end)
            and i.cloud_cover <= cloud]
    return [i.id for i in sorted(kept, key=lambda i: i.acquired, reverse=True)]


def test_the_tab_lists_the_catalogues_collections(catalogue_dock):
    dock = catalogue_dock()
    combo = dock.catalogue.form.collection_combo
    assert {combo.itemData(i) for i in range(combo.count())} == {
        "terrascope_s2_toc_v2", "terrascope-s2-ndvi-v2", "terrascope-s2-fapar-v2", "terrascope-s2-fcover-v2",
        "terrascope-s2-lai-v2"}
    assert "5 collections" in dock.status_label.text()  # (a plural form: "1 collection")


def test_a_search_lists_the_products_newest_first_with_their_footprints_and_a_quicklook(catalogue_dock, stac_server,
                                                                                       qtbot):
    dock = catalogue_dock()
    search(dock, qtbot, "terrascope-s2-ndvi-v2", "31UFS", "2023-04-01", "2023-07-31", 45)
    ids = expected(stac_server, "terrascope-s2-ndvi-v2", "31UFS", "2023-04-01", "2023-07-31", 45)
    model = dock.catalogue.model
    assert [item.id for item in model.items()] == ids and len(ids) > 3
    first = model.item(0)
    assert model.data(model.index(0, 0)) == f"{first.acquired:%Y-%m-%d %H:%M}"
    assert model.data(model.index(0, 1)) == "31UFS"
    assert model.data(model.index(0, 2)) == f"{first.cloud_cover:.0f} %"
    assert model.data(model.index(0, 3)).startswith("≤ ")  # STAC 1.0 items give no file sizes: an upper bound
    footprints = dock.catalogue.footprints()
    assert footprints is not None and [f["id"] for f in footprints.getFeatures()] == ids
    assert f"{len(ids)} products" in dock.status_label.text()
    wait(dock, qtbot)  # the quicklook of the first (chosen) product
    assert dock.catalogue.form.quicklook_label.text() == "", said(dock)
    pixmap = dock.catalogue.form.quicklook_label.pixmap()
    assert pixmap is not None and not pixmap.isNull()


def test_opening_a_result_downloads_it_and_shows_physical_values(catalogue_dock, stac_server, qtbot, tmp_path):
    dock = catalogue_dock()
    search(dock, qtbot, "terrascope-s2-fapar-v2", "31UFS", "2023-05-01", "2023-06-30", 100)
    item = dock.catalogue.model.item(0)
    dock.catalogue.form.results_view.selectRow(0)
    dock.catalogue.form.open_product_button.click()
    wait(dock, qtbot)
    assert "downloaded to" in dock.status_label.text(), said(dock)
    group = QgsProject.instance().layerTreeRoot().findGroup(f"{item.acquired:%Y-%m-%d} 31UFS FAPAR")
    assert group is not None, dock.status_label.text()
    layers = {node.layer().name(): node.layer() for node in group.findLayers()}
    fapar = next(layer for name, layer in layers.items() if name.startswith("FAPAR"))
    folder = tmp_path / "downloads" / item.id
    image = next(folder.glob("*_FAPAR_10M_V210.tif"))
    served = next(stac_server.served_path(a.href) for a in item.assets if a.file_name == image.name)
    assert image.read_bytes() == served.read_bytes()
    from osgeo import gdal
    from qgis.core import QgsPointXY, QgsRaster

    dataset = gdal.Open(str(image))
    values = dataset.ReadAsArray()
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    row, col = 250, 250
    point = QgsPointXY(x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy)
    shown = fapar.dataProvider().identify(point, QgsRaster.IdentifyFormat.IdentifyFormatValue).results()[1]
    dn = int(values[row, col])
    assert shown is None if dn == 255 else shown == pytest.approx(0.005 * dn, abs=1e-6)
    assert "downloaded to" in dock.status_label.text()


def test_a_bad_tile_is_said_and_nothing_is_asked(catalogue_dock, qtbot):
    dock = catalogue_dock()
    dock.catalogue.form.collection_combo.setCurrentIndex(1)
    dock.catalogue.form.catalogue_tiles_edit.setText("31XYZ9")
    assert dock.catalogue.search() is None
    assert "not a Sentinel-2 tile id" in dock.status_label.text() and not dock.tasks


def test_a_catalogue_that_is_down_is_a_message_and_the_panel_stays_usable(catalogue_dock, qtbot):
    url = f"http://127.0.0.1:{free_port()}/"
    dock = catalogue_dock(catalogue_url=url)
    # one short sentence (it carried the address and the network's words, two lines in a one-line row); those in the
    # tooltip and QGIS's log
    assert dock.status_label.text() == "The server cannot be reached."
    assert url in dock.status_label.toolTip()
    assert dock.catalogue.form.collection_combo.count() == 0
    assert dock.catalogue.search() is None  # no collection: said, not asked
    assert "Choose a collection" in dock.status_label.text()


def test_the_time_series_of_a_point_over_the_catalogues_results(catalogue_dock, stac_server, qtbot, tmp_path):
    from osgeo import gdal
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    dock = catalogue_dock()
    search(dock, qtbot, "terrascope-s2-fapar-v2", "31UFS", "2023-05-01", "2023-06-15", 100)
    items = dock.catalogue.model.items()
    assert len(items) >= 5
    section = dock.timeseries
    dock.ts_content_combo.setCurrentText("FAPAR")
    dock.ts_catalogue_radio.setChecked(True)
    dock.ts_mask_combo.setCurrentIndex(0)  # no masking: each date's value is the served pixel's
    image = next(a for a in items[0].assets if a.file_name.endswith("_FAPAR_10M_V210.tif"))
    served = gdal.Open(str(stac_server.served_path(image.href)))
    x0, dx, _, y0, _, dy = served.GetGeoTransform()
    row, col = 123, 321
    dn = int(served.ReadAsArray()[row, col])
    assert dn != 255
    point = QgsPointXY(x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy)
    crs = QgsCoordinateReferenceSystem.fromWkt(served.GetProjection())
    assert section.series_at(point, crs) is not None
    wait(dock, qtbot)
    assert section.chart is not None and section.chart.result is not None, said(dock)
    (series,) = section.chart.result.series
    assert [o.acquired for o in series.observations] == sorted(i.acquired for i in items)
    assert [(o.status, o.mean, o.total) for o in series.observations] == [("kept", pytest.approx(0.005 * dn), 1)] * len(items)
    for item in items:  # the content's image, its classification and metadata: no quicklook
        folder = tmp_path / "downloads" / item.id
        names = sorted(p.name for p in folder.iterdir())
        assert sorted(n.split("_")[3].split(".")[0] for n in names if n.endswith(".tif")) == [
            "FAPAR", "SCENECLASSIFICATION"], names
        assert len(names) == 3 and sum(n.endswith(".xml") for n in names) == 1, names
        for name in names:
            served_file = next(stac_server.served_path(a.href) for a in item.assets if a.file_name == name)
            assert (folder / name).read_bytes() == served_file.read_bytes()
    requests = len(stac_server.file_requests())
    dock.ts_mask_combo.setCurrentIndex(1)  # clear land: the classifications already there are used
    section.series_at(point, crs)
    wait(dock, qtbot)
    (series,) = section.chart.result.series
    assert len(series.observations) == len(items) and {o.status for o in series.observations} <= {"kept", "masked"}
    assert len(stac_server.file_requests()) == requests  # nothing downloaded twice
    assert f"{len(items)} dates of FAPAR." == dock.status_label.text()
