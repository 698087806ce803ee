"""The panel's local-products tab: a product folder dropped on it (or opened) becomes a styled layer group."""

from __future__ import annotations

import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from qgis.PyQt.QtGui import QDragEnterEvent, QDropEvent
from qgis.PyQt.QtWidgets import QApplication

from terrascope_s2.plugin.core.settings import Settings

PRODUCT = "S2A_20191128T075251Z_36MZE"


def _product(root):
    """A product folder as VITO writes it (V1, files in 10M/), with one FAPAR image."""
    folder = root / f"{PRODUCT}_FAPAR_V102" / "10M"
    folder.mkdir(parents=True)
    image = gdal.GetDriverByName("GTiff").Create(str(folder / f"{PRODUCT}_FAPAR_10M_V102.tif"), 16, 16, 1, gdal.GDT_Byte)
    image.SetGeoTransform((600000, 10, 0, 5700000, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32736)
    image.SetProjection(srs.ExportToWkt())
    image.GetRasterBand(1).WriteArray(np.arange(256, dtype=np.uint8).reshape(16, 16))
    image = None
    return folder.parent


def _drop(widget, paths) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    return True


def test_a_dropped_product_folder_becomes_a_styled_group(make_dock, tmp_path):
    folder = _product(tmp_path)
    dock = make_dock()
    dock.tabs.setCurrentIndex(1)
    assert _drop(dock.drop_label, [folder])
    group = QgsProject.instance().layerTreeRoot().findGroup("2019-11-28 36MZE FAPAR")
    assert group is not None
    (layer,) = [node.layer() for node in group.findLayers()]
    assert layer.isValid() and layer.renderer().type() == "singlebandpseudocolor"
    assert "1 product opened" in dock.status_label.text()
    assert Settings.load().last_product_folder == str(folder)


def test_a_drop_of_something_else_says_so(make_dock, tmp_path):
    dock = make_dock()
    stray = tmp_path / "notes.txt"
    stray.write_text("not a product")
    assert _drop(dock.drop_label, [stray])
    assert "Nothing could be opened" in dock.status_label.text()
    mime = QMimeData()
    mime.setText("no files")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dock.drop_label, enter)
    assert not enter.isAccepted()  # text is not a drop target's business


def test_the_panels_open_folder_loads_each_acquisition(make_dock, real):
    dock = make_dock()
    assert dock.local.open([real / "vito-s2-parcel-V101"]) == 3
    assert "3 products opened" in dock.status_label.text()
    root = QgsProject.instance().layerTreeRoot()
    assert {"2017-04-26 31UFS SHADOWMASK", "2017-05-06 31UFS FAPAR", "2017-10-03 31UFS CLOUDMASK"} <= {
        group.name() for group in root.findGroups()}
