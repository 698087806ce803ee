"""Product files dropped on QGIS are opened by the plugin, which writes nothing beside them: with GDAL's default
settings (PAM on), as users have them (the desktop test does the same through the real main window)."""

from __future__ import annotations

import shutil

import pytest
from osgeo import gdal
from qgis.core import QgsProject

from terrascope_s2.plugin.core.settings import Settings
from terrascope_s2.plugin.gui.local_products import ProductDropHandler
from terrascope_s2.tests.helpers.s2local import hashes

V102 = "vito-s2-31UFS-V102"


@pytest.fixture
def gdal_defaults():
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "YES")  # the suite's NO comes from the environment: overridden here
    yield
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")


def test_dropped_products_are_styled_and_get_no_sidecar(qgis_app, qgis_new_project, clean_settings, real, tmp_path,
                                                        gdal_defaults):
    for path in (real / V102).glob("*.tif"):
        shutil.copy(path, tmp_path)
    before = hashes(tmp_path)
    handler = ProductDropHandler()
    taken = {path.name: handler.handleFileDrop(str(path)) for path in sorted(tmp_path.glob("*.tif"))}
    assert [name for name, yes in taken.items() if not yes] == ["small_subset_S2X_20160101_20190531_31UFS_IGNORE_10M_V102.tif"]
    layers = QgsProject.instance().mapLayers().values()
    assert sorted(layer.renderer().type() for layer in layers) == ["paletted", "singlebandgray", "singlebandgray",
                                                                 "singlebandgray", "singlebandpseudocolor"]
    for layer in layers:
        layer.dataProvider().bandStatistics(1)  # what the layer's properties or a histogram would compute
    QgsProject.instance().clear()
    assert hashes(tmp_path) == before  # nothing beside the products


def test_with_the_setting_off_drops_are_left_to_qgis(qgis_app, qgis_new_project, clean_settings, real):
    settings = Settings.load()
    settings.style_opened_products = False
    settings.save()
    assert not ProductDropHandler().handleFileDrop(str(real / V102 / "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"))
