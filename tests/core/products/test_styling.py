"""Styling product layers in real QGIS: physical values in Identify and the legend, no data transparent, SCL classes."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # nosec: the team's fixture files
from datetime import datetime, timezone

import numpy as np
import pytest
from qgis.core import (
    QgsDateTimeRange,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRaster,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QDateTime, QSize, Qt
from qgis.PyQt.QtGui import QColor

from terrascope_s2.plugin.core.products.colormaps import RAMPS, VITO_TABLES
from terrascope_s2.plugin.core.products.contents import SCENE_CLASSES, content_spec
from terrascope_s2.plugin.core.products.styling import layer_path, style_layer
from terrascope_s2.tests.helpers.s2local import every_byte, hashes, read, sha256, write_raster

V102 = "vito-s2-31UFS-V102"
FAPAR_V102 = "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"


def identify(layer: QgsRasterLayer, row: int, col: int, pixel: float = 10.0):
    extent = layer.extent()
    point = QgsPointXY(extent.xMinimum() + (col + 0.5) * pixel, extent.yMaximum() - (row + 0.5) * pixel)
    return layer.dataProvider().identify(point, QgsRaster.IdentifyFormat.IdentifyFormatValue).results()[1]


def render(layer: QgsRasterLayer, width: int, height: int):
    """The layer drawn alone on a transparent background, one image pixel per raster pixel."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_identify_gives_physical_values_of_a_real_fapar_product(qgis_app, real):
    path = real / V102 / FAPAR_V102
    before = sha256(path)
    layer = QgsRasterLayer(str(path), "fapar")
    result = style_layer(layer)
    assert result.physical and result.product.content == "FAPAR"
    dn = read(path)
    checked = 0
    for row, col in [(0, 1), (0, 2), (10, 10), (250, 250), (499, 499), (123, 456)]:
        value = identify(layer, row, col)
        if dn[row, col] == 255:
            assert value is None
        else:
            assert value == pytest.approx(0.005 * dn[row, col], abs=1e-6)
            checked += 1
    assert checked >= 4
    assert identify(layer, 0, 0) is None and dn[0, 0] == 255  # no data
    assert layer_path(layer) == str(path)
    assert sha256(path) == before


def test_styling_writes_nothing_beside_the_file(qgis_app, tmp_path):
    """Even with GDAL's .aux.xml files enabled, as in QGIS: the styling and its statistics leave the folder as it was."""
    from osgeo import gdal

    from terrascope_s2.plugin.core.products.loader import find_product_files, product_layers

    for content in ("FAPAR", "SCENECLASSIFICATION", "CCC"):
        write_raster(tmp_path / f"S2A_20190307T105021_31UFS_{content}_10M_V210.tif", every_byte())
    before = hashes(tmp_path)
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "YES")
    layers, _ = product_layers(find_product_files(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V210.tif"))
    for item in layers:
        render(item.layer, 16, 16)
    assert len(layers) == 3
    assert hashes(tmp_path) == before


def test_ndvi_dn_150_is_0_52_and_no_data_and_vito_special_values_draw_as_vito_does(qgis_app, tmp_path):
    path = write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())
    before = hashes(tmp_path)
    layer = QgsRasterLayer(str(path), "ndvi")
    style_layer(layer)
    assert identify(layer, 150 // 16, 150 % 16) == pytest.approx(0.52, abs=1e-6)
    assert identify(layer, 0, 0) == pytest.approx(-0.08, abs=1e-6)
    assert identify(layer, 255 // 16, 255 % 16) is None
    assert identify(layer, 254 // 16, 254 % 16) is None  # VITO's transparent DN 254 carries no value (issue 17)
    assert identify(layer, 253 // 16, 253 % 16) == pytest.approx(0.932, abs=1e-6)  # grey 251..253 keep theirs
    image = render(layer, 16, 16)

    def pixel(dn):
        return QColor(image.pixelColor(dn % 16, dn // 16))

    assert pixel(255).alpha() == 0  # no data
    assert pixel(254).alpha() == 0  # VITO: transparent
    for dn in (251, 252, 253):  # VITO: grey "no value"
        assert pixel(dn).name() == "#dddddd" and pixel(dn).alpha() == 255
    assert pixel(250).name() == "#006400" and pixel(0).name() == "#8c5c08" and pixel(0).alpha() == 255
    assert hashes(tmp_path) == before


def test_legend_is_in_physical_units(qgis_app, tmp_path):
    layer = QgsRasterLayer(str(write_raster(tmp_path / "S2A_20190307T105021_31UFS_LAI_10M_V210.tif", every_byte())), "lai")
    style_layer(layer)
    legend = [(label, colour.name()) for label, colour in layer.renderer().legendSymbologyItems()]
    assert legend[0] == ("0", "#8c5c08")
    assert ("2.4", "#ffff00") in legend and ("8.4", "#006400") in legend and ("10", "#006400") in legend
    assert legend[-1][1] == "#dddddd" and "251" in legend[-1][0]


@pytest.mark.parametrize("content", sorted(RAMPS))
def test_ramps_reproduce_vito_colour_tables(real, content):
    """Every entry of VITO's table, up to the product's largest DN, within 3 per channel of the derived ramp."""
    spec = content_spec(content)
    stops = RAMPS[content]
    table = {}
    for element in ET.parse(real / "vito-colormaps" / f"{VITO_TABLES[content]}.sld").iter():  # nosec: fixture
        if element.tag.endswith("ColorMapEntry") and element.get("label") != "nodata":
            table[int(element.get("quantity"))] = QColor(element.get("color"))
    dns = [dn for dn, _ in stops]
    for dn, colour in table.items():
        if dn > spec.dn_max:
            continue
        for channel in ("red", "green", "blue"):
            values = [getattr(QColor(c), channel)() for _, c in stops]
            assert abs(np.interp(dn, dns, values) - getattr(colour, channel)()) <= 3, (content, dn, channel)


def test_scene_classification_has_the_twelve_classes_labels_and_esa_colours(qgis_app, real):
    layer = QgsRasterLayer(str(real / V102 / "small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif"), "scl")
    result = style_layer(layer)
    assert not result.physical and layer.renderer().type() == "paletted"
    classes = layer.renderer().classes()
    assert [(c.value, c.label, c.color.name()) for c in classes] == [(c.value, c.label, c.colour) for c in SCENE_CLASSES]
    legend = layer.renderer().legendSymbologyItems()
    assert len(legend) == 12 and legend[4][0] == "Vegetation" and legend[4][1].name() == "#00a000"
    assert identify(layer, 0, 0, 20.0) == read(layer_path(layer))[0, 0]  # class values, unscaled


def test_masks_get_a_two_class_style(qgis_app, real):
    layer = QgsRasterLayer(str(real / "vito-s2-parcel-V101" / "S2A_20171003T105024Z_31UFS_CLOUDMASK_10M_V101.tif"), "m")
    style_layer(layer)
    classes = layer.renderer().classes()
    assert [(c.value, c.label) for c in classes] == [(0, "No cloud"), (1, "Cloud")]
    assert classes[0].color.alpha() == 0 and classes[1].color.alpha() == 255


def test_toc_reflectance_in_physical_units_and_32767_no_data(qgis_app, real):
    path = real / V102 / "small_subset_S2B_20180705T105029Z_31UFS_TOC-B02_10M_V102.tif"
    layer = QgsRasterLayer(str(path), "b02")
    assert style_layer(layer).physical
    dn = read(path)
    row, col = np.argwhere(dn != 32767)[7]
    assert identify(layer, row, col) == pytest.approx(dn[row, col] * 0.0001, abs=1e-7)
    row, col = np.argwhere(dn == 32767)[0]
    assert identify(layer, row, col) is None


def test_float_files_hold_physical_values_already_and_are_not_scaled_again(qgis_app, real):
    path = real / "vito-s2-toc-V210" / "resampledRasterSourceTest_S2A_20190307T105021_31UFS_TOC-B04_10M_V210.tif"
    layer = QgsRasterLayer(str(path), "b04")
    style_layer(layer)
    assert layer.source() == str(path)  # no VRT
    assert identify(layer, 70, 70) == pytest.approx(float(read(path)[70, 70]), abs=1e-6)


def test_unknown_scaling_says_so_and_keeps_digital_numbers(qgis_app, tmp_path):
    path = write_raster(tmp_path / "S2A_20190307T105021_31UFS_CCC_10M_V210.tif", every_byte())
    layer = QgsRasterLayer(str(path), "ccc")
    renderer_type = layer.renderer().type()
    result = style_layer(layer)
    assert not result.physical and result.notes == ["No scaling is known for CCC: its values are shown as digital numbers."]
    assert layer.renderer().type() == renderer_type and identify(layer, 9, 6) == 150


def test_not_a_product_is_left_alone(qgis_app, real):
    layer = QgsRasterLayer(str(real / V102 / "small_subset_S2X_20160101_20190531_31UFS_IGNORE_10M_V102.tif"), "x")
    source = layer.source()
    assert style_layer(layer).product is None and layer.source() == source


def test_acquisition_time_drives_the_temporal_controller(qgis_app, real):
    layer = QgsRasterLayer(str(real / V102 / FAPAR_V102), "fapar")
    style_layer(layer)
    properties = layer.temporalProperties()
    assert properties.isActive()
    when = datetime(2018, 7, 5, 10, 50, 29, tzinfo=timezone.utc)
    assert properties.fixedTemporalRange().begin().toPyDateTime().replace(tzinfo=timezone.utc) == when

    start = QDateTime(2018, 7, 5, 0, 0, 0, 0, Qt.TimeSpec.UTC)
    assert properties.isVisibleInTemporalRange(QgsDateTimeRange(start, start.addDays(1)))
    assert not properties.isVisibleInTemporalRange(QgsDateTimeRange(start.addDays(1), start.addDays(2)))


def test_styled_layer_survives_a_project_round_trip(qgis_app, qgis_new_project, real, tmp_path):
    layer = QgsRasterLayer(str(real / V102 / FAPAR_V102), "fapar")
    style_layer(layer)
    project = QgsProject.instance()
    project.addMapLayer(layer)
    assert project.write(str(tmp_path / "p.qgz"))
    project.clear()
    assert project.read(str(tmp_path / "p.qgz"))
    again = project.mapLayersByName("fapar")[0]
    assert again.isValid() and again.renderer().type() == "singlebandpseudocolor"
    assert identify(again, 0, 1) == pytest.approx(0.005 * read(real / V102 / FAPAR_V102)[0, 1], abs=1e-6)


@pytest.mark.parametrize("name", [FAPAR_V102, "small_subset_S2B_20180705T105029Z_31UFS_TOC-B04_10M_V102.tif"])
def test_the_physical_vrt_declares_what_gdal_translate_would(real, tmp_path, name):
    """physical_source writes the VRT from the file's header instead of running gdal.Translate: the same pixels, scale,
    offset, no data, georeferencing and CRS, for a name XML must escape."""
    from osgeo import gdal

    from terrascope_s2.plugin.core.products.styling import physical_source

    folder = tmp_path / "a & b <c> 'd'"
    folder.mkdir()
    path = folder / name
    path.symlink_to(real / V102 / name)
    spec = content_spec("FAPAR" if "FAPAR" in name else "TOC-B04")
    expected = gdal.Translate("", str(path), format="VRT", bandList=[1])
    expected.GetRasterBand(1).SetScale(spec.scale)
    expected.GetRasterBand(1).SetOffset(spec.offset)
    expected.GetRasterBand(1).SetNoDataValue(spec.nodata)
    expected = gdal.Open(expected.GetMetadata("xml:VRT")[0])  # as QGIS opens it: from its XML
    written = gdal.Open(physical_source(path, spec))
    for dataset in (expected, written):
        band = dataset.GetRasterBand(1)
        assert (band.GetScale(), band.GetOffset(), band.GetNoDataValue()) == (spec.scale, spec.offset, spec.nodata)
    assert written.GetGeoTransform() == expected.GetGeoTransform()
    assert written.GetSpatialRef().IsSame(expected.GetSpatialRef())
    assert written.GetRasterBand(1).DataType == expected.GetRasterBand(1).DataType
    assert np.array_equal(written.ReadAsArray(), expected.ReadAsArray())
    assert written.GetMetadata() == expected.GetMetadata()
    layer = QgsRasterLayer(physical_source(path, spec), "vrt", "gdal")
    assert layer.isValid() and layer_path(layer) == str(path)


def test_layers_of_one_content_draw_alike_with_renderers_of_their_own(qgis_app, tmp_path):
    """The renderers are copies of one made per content (issue 17): each layer owns its own, so that changing or
    deleting one layer's style leaves the others' as they were, and every copy draws the same picture."""
    for content in ("NDVI", "SCENECLASSIFICATION", "CLOUDMASK"):
        layers = []
        for day in ("20190307", "20190312"):
            layer = QgsRasterLayer(str(write_raster(tmp_path / f"S2A_{day}T105021_31UFS_{content}_10M_V210.tif",
                                                    every_byte())), content)
            style_layer(layer)
            layers.append(layer)
        first, second = layers
        assert first.renderer() is not second.renderer() and first.renderer().input() is first.dataProvider()
        drawn = render(second, 16, 16)
        assert render(first, 16, 16) == drawn
        first.renderer().setOpacity(0.25)
        del first, layers
        assert second.renderer().opacity() == 1.0 and render(second, 16, 16) == drawn
