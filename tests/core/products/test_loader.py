"""Loading whole products (V1 and V2 folders, loose files), INSPIRE metadata, and styling product files opened any way."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer

from terrascope_s2.plugin.core.products.inspire import MetadataError, read_inspire
from terrascope_s2.plugin.core.products.loader import ProductError, find_product_files
from terrascope_s2.plugin.core.settings import Settings
from terrascope_s2.plugin.gui.local_products import AutoStyler, load_products
from terrascope_s2.tests.helpers.s2local import INSPIRE_XML, every_byte, hashes, write_raster

V102 = "S2A_20191128T075251Z_36MZE"


def v102_folder(root):
    """A V1 product folder as VITO writes it: files in a 10M/ subfolder, with masks, quicklooks and the INSPIRE XML."""
    folder = root / f"{V102}_FAPAR_V102" / "10M"
    image = every_byte()
    for name in ("FAPAR_10M_V102", "SCENECLASSIFICATION_20M_V102", "CLOUDMASK_10M_V102", "SHADOWMASK_10M_V102",
                 "FAPAR_V102_QL", "FAPAR_V102_10M_WM_QL"):
        values = image % 12 if "SCENE" in name else (image % 2 if "MASK" in name else image)
        write_raster(folder / f"{V102}_{name}.tif", values)
    (folder / f"{V102}_FAPAR_10M_V102.xml").write_text(INSPIRE_XML.format(stem=f"{V102}_FAPAR_10M_V102"), encoding="utf-8")
    return folder.parent


def test_v1_folder_loads_into_one_group_styled_with_masks_and_quicklooks_hidden(qgis_app, qgis_new_project, tmp_path):
    product = v102_folder(tmp_path)
    before = hashes(tmp_path)
    (group,) = load_products(str(product))
    assert group.name() == "2019-11-28 36MZE FAPAR"
    nodes = group.findLayers()
    shown = {node.layer().name(): node.isVisible() for node in nodes}
    assert shown == {"Cloud mask 10 m": False, "Shadow mask 10 m": False, "FAPAR 10 m": True,
                     "Scene classification 20 m": True, "Quicklook": False, "Quicklook (Web Mercator)": False}
    assert [node.layer().name() for node in nodes][:3] == ["Cloud mask 10 m", "Shadow mask 10 m", "FAPAR 10 m"]
    fapar = QgsProject.instance().mapLayersByName("FAPAR 10 m")[0]
    assert fapar.renderer().type() == "singlebandpseudocolor"
    metadata = fapar.metadata()
    assert metadata.title() == f"Sentinel-2 FAPAR {V102}_FAPAR_10M_V102"
    assert metadata.abstract() == "FAPAR from Sentinel-2 at 10 m, by VITO & Terrascope."
    assert metadata.identifier().endswith("FAPAR_10M_V102")
    assert metadata.extent().temporalExtents()[0].begin().toString("yyyy-MM-ddThh:mm:ss") == "2018-07-05T10:50:29"
    assert "creation: 2018-07-06T03:14:15Z" in metadata.history()
    assert all(node.layer().temporalProperties().isActive() for node in nodes)
    assert hashes(tmp_path) == before


@pytest.mark.parametrize("pick", ["folder", "file in 10M", "classification file"])
def test_any_file_of_a_product_finds_the_whole_product(tmp_path, pick):
    product = v102_folder(tmp_path)
    path = {"folder": product, "file in 10M": product / "10M" / f"{V102}_FAPAR_10M_V102.tif",
            "classification file": product / "10M" / f"{V102}_SCENECLASSIFICATION_20M_V102.tif"}[pick]
    files = find_product_files(path)
    assert files.title == "2019-11-28 36MZE FAPAR" and len(files.images) == 6 and len(files.metadata) == 1


def test_v2_folder_without_subfolder(tmp_path):
    folder = tmp_path / "S2A_20250516T104651_31UFS_NDVI_V210"
    for name in ("NDVI_10M_V210", "SCENECLASSIFICATION_20M_V210", "NDVI_QUICKLOOK_V210"):
        write_raster(folder / f"S2A_20250516T104651_31UFS_{name}.tif", every_byte())
    files = find_product_files(folder)
    assert files.title == "2025-05-16 31UFS NDVI"
    assert [n.content for _, n in files.images] == ["NDVI", "SCENECLASSIFICATION", "NDVI"]
    assert files.images[-1][1].is_quicklook


def test_loose_file_brings_its_siblings_of_the_same_acquisition_only(real):
    files = find_product_files(real / "vito-s2-parcel-V101" / "S2A_20170506T105029Z_31UFS_FAPAR_10M_V101.tif")
    assert files.title == "2017-05-06 31UFS FAPAR"
    assert sorted(p.name for p, _ in files.images) == [
        "S2A_20170506T105029Z_31UFS_FAPAR_10M_V101.tif", "S2A_20170506T105029Z_31UFS_SCENECLASSIFICATION_10M_V101.tif",
        "S2A_20170506T105029Z_31UFS_SCENECLASSIFICATION_20M_V101.tif"]


def test_real_v102_subsets_load_with_their_toc_bands(qgis_app, qgis_new_project, real):
    (group,) = load_products(str(real / "vito-s2-31UFS-V102" / "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"))
    names = [node.layer().name() for node in group.findLayers()]
    assert names == ["FAPAR 10 m", "TOC-B02 10 m", "TOC-B03 10 m", "TOC-B04 10 m", "Scene classification 20 m"]


def test_bad_paths_say_what_is_wrong(qgis_app, qgis_iface, tmp_path, real):
    not_product = write_raster(tmp_path / "elevation.tif", np.zeros((4, 4), np.uint8))
    with pytest.raises(ProductError, match="not a Terrascope Sentinel-2 product file"):
        find_product_files(not_product)
    with pytest.raises(ProductError, match="does not exist"):
        find_product_files(tmp_path / "nothing")
    with pytest.raises(ProductError, match="3 different acquisitions"):
        find_product_files(real / "vito-s2-parcel-V101")
    qgis_iface.messageBar().clear_messages()
    assert load_products(str(not_product), qgis_iface) == []  # told in the message bar, no exception
    assert any("elevation.tif' is not a Terrascope Sentinel-2 product file" in m
               for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_a_corrupt_tiff_in_a_product_is_skipped_with_a_note(qgis_app, qgis_new_project, tmp_path):
    from terrascope_s2.plugin.core.products.loader import product_layers

    good = write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())
    (tmp_path / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif").write_bytes(good.read_bytes()[:300])
    layers, notes = product_layers(find_product_files(good))
    assert [item.name.content for item in layers] == ["NDVI"]
    assert notes == ["'S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif' cannot be read as a raster (damaged or truncated?) and was skipped."]


def test_inspire_xml_with_a_dtd_is_refused_unread(tmp_path):
    hostile = tmp_path / "x.xml"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>')
    with pytest.raises(MetadataError, match="DTD"):
        read_inspire(hostile)
    broken = tmp_path / "y.xml"
    broken.write_text("<gmd:MD_Metadata")
    with pytest.raises(MetadataError, match="not well-formed"):
        read_inspire(broken)


def test_product_files_opened_any_way_are_styled_when_the_setting_is_on(qgis_app, qgis_new_project, tmp_path):
    path = write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())
    styler = AutoStyler()
    styler.connect()
    settings = Settings.load()
    try:
        layer = QgsProject.instance().addMapLayer(QgsRasterLayer(str(path), "dropped"))
        assert layer.renderer().type() == "singlebandpseudocolor" and layer.source().startswith("<VRTDataset")
        settings.style_opened_products = False
        settings.save()
        other = QgsProject.instance().addMapLayer(QgsRasterLayer(str(path), "plain"))
        assert other.source() == str(path) and other.renderer().type() == "singlebandgray"
    finally:
        settings.style_opened_products = True
        settings.save()
        styler.disconnect()
    QgsProject.instance().addMapLayer(QgsRasterLayer(str(path), "after unload"))
    assert QgsProject.instance().mapLayersByName("after unload")[0].source() == str(path)


def test_layers_read_from_a_project_keep_their_saved_style(qgis_app, qgis_new_project, tmp_path):
    path = write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())
    project = QgsProject.instance()
    project.addMapLayer(QgsRasterLayer(str(path), "plain grey"))
    project.write(str(tmp_path / "p.qgs"))
    project.clear()
    styler = AutoStyler()
    styler.connect()
    try:
        assert project.read(str(tmp_path / "p.qgs"))
        assert project.mapLayersByName("plain grey")[0].renderer().type() == "singlebandgray"
    finally:
        styler.disconnect()


def test_plugin_wires_and_unwires_everything(qgis_app, qgis_iface, qgis_new_project, tmp_path):
    from terrascope_s2 import classFactory

    registry = QgsApplication.processingRegistry()
    provider_before = registry.providerById("terrascope_s2")  # the tests' own, when a Processing test ran before
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.auto_styler is not None
        assert registry.providerById("terrascope_s2") is not None
        path = write_raster(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V210.tif", every_byte())
        layer = QgsProject.instance().addMapLayer(QgsRasterLayer(str(path), "f"))
        assert layer.renderer().type() == "singlebandpseudocolor"
    finally:
        plugin.unload()
    assert plugin.auto_styler is None and plugin.load_product_action is None
    # its own provider removed, another one (registered before it) left in place
    assert registry.providerById("terrascope_s2") is provider_before
    layer = QgsProject.instance().addMapLayer(QgsRasterLayer(str(path), "g"))
    assert layer.source() == str(path)


def test_a_truncated_image_shown_in_physical_units_is_skipped_with_a_note(qgis_app, qgis_new_project, tmp_path):
    """The loader tells a download cut short from the TIFF's directory, for the images it makes a VRT on too."""
    from terrascope_s2.plugin.core.products.loader import product_layers

    image = np.tile(every_byte(), (32, 32))  # 512 x 512 in 256-row strips: the cut leaves the header whole
    whole = write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", image)
    classification = write_raster(tmp_path / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif", image % 12)
    whole.write_bytes(whole.read_bytes()[:-1000])
    layers, notes = product_layers(find_product_files(classification))
    assert [item.name.content for item in layers] == ["SCENECLASSIFICATION"]
    assert notes == ["'S2A_20190307T105021_31UFS_NDVI_10M_V210.tif' cannot be read as a raster (damaged or truncated?) "
                     "and was skipped."]


def test_a_product_image_keeps_its_external_overviews_and_its_folder_stays_as_it_was(qgis_app, qgis_new_project,
                                                                                       tmp_path):
    """The loader's GDAL looks for sidecars by name (no folder listing): an .ovr beside the image is still used, and
    nothing is written beside it, under GDAL's default PAM."""
    from osgeo import gdal

    from terrascope_s2.plugin.core.products.loader import product_layers

    for content in ("NDVI", "CLOUDMASK"):
        path = write_raster(tmp_path / f"S2A_20190307T105021_31UFS_{content}_10M_V210.tif", np.tile(every_byte(), (8, 8)))
        dataset = gdal.Open(str(path))  # read-only: the overviews go to an .ovr beside the file
        dataset.BuildOverviews("NEAREST", [2, 4])
        dataset = None
    for number in range(200):  # a folder of many files, where listing it cost most
        (tmp_path / f"other{number}.txt").write_text("x")
    before = hashes(tmp_path)
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "YES")
    layers, notes = product_layers(find_product_files(path))
    assert notes == [] and sorted(item.name.content for item in layers) == ["CLOUDMASK", "NDVI"]
    mask = next(item.layer for item in layers if item.name.content == "CLOUDMASK")  # (NDVI's layer is on a VRT)
    pyramids = mask.dataProvider().buildPyramidList()
    assert (pyramids[0].getXDim(), pyramids[0].getExists()) == (64, True)
    assert gdal.GetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", None) is None  # given back as it was
    assert hashes(tmp_path) == before


def test_the_vrt_made_from_a_real_images_header_is_gdals_text_for_text(qgis_app, qgis_new_project, real, monkeypatch):
    """The loader makes a layer's VRT from the TIFF's header without GDAL once GDAL built the SRS of its GeoTIFF keys
    (the first product): the same VRT as from GDAL's own look, and GDAL opens the image once, for QGIS."""
    from osgeo import gdal

    from terrascope_s2.plugin.core.products.contents import content_spec
    from terrascope_s2.plugin.core.products.loader import product_layers
    from terrascope_s2.plugin.core.products.styling import physical_source
    from terrascope_s2.plugin.core.raster.gdal_guard import no_gdal_sidecars

    images = sorted((real / "vito-s2-parcel-timeseries").glob("*_FAPAR_10M_V101.tif"))[:12]
    products = [find_product_files(image) for image in images]
    made, looks = {}, []
    product_layers(products[0])
    opened = gdal.Open
    monkeypatch.setattr(gdal, "Open", lambda *args: looks.append(args) or opened(*args))
    for files in products:
        layers, notes = product_layers(files)
        assert notes == []
        made.update({item.name.content + str(item.name.acquired): item.layer for item in layers
                     if item.name.content == "FAPAR"})
    monkeypatch.setattr(gdal, "Open", opened)
    assert looks == [] and len(made) == 12
    with no_gdal_sidecars():
        for files in products:
            path, name = next((p, n) for p, n in files.images if n.content == "FAPAR")
            assert made[name.content + str(name.acquired)].source() == physical_source(path, content_spec("FAPAR"))
