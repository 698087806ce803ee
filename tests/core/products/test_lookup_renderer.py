"""The product layers' pseudocolour renderer that draws through a table of 256 colours (issue 17): the same image as
QGIS's own renderer, pixel for pixel, on every kind of view; QGIS's drawing whenever the table could not be exact;
physical values in Identify; QGIS's renderer again after a project round trip."""

from __future__ import annotations

import gc
import importlib.util
import os
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapRendererCustomPainterJob,
    QgsMapRendererParallelJob,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRaster,
    QgsRasterLayer,
    QgsRasterRange,
    QgsRasterTransparency,
    QgsRectangle,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from terrascope_s2.plugin.core.products.loader import find_product_files, product_layers
from terrascope_s2.plugin.core.products.lookup_renderer import LookupRampRenderer, _xml
from terrascope_s2.plugin.core.products.styling import style_layer
from terrascope_s2.tests.helpers.s2local import every_byte, write_raster

REPO = Path(__file__).resolve().parents[3]
FAPAR_V102 = "vito-s2-31UFS-V102/small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"
FAPAR_V101 = "vito-s2-parcel-V101/S2A_20170506T105029Z_31UFS_FAPAR_10M_V101.tif"


@pytest.fixture(scope="module")
def bench_tile(tmp_path_factory) -> Path:
    """An NDVI product made as bench 1 makes its tile (parcels, water, clouds, swath edge, VITO's special values),
    1098 x 1098 pixels: a 10 km view fits inside."""
    spec = importlib.util.spec_from_file_location("make_tile", REPO / "bench" / "make_tile.py")
    make_tile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_tile)
    return make_tile.make_tile(tmp_path_factory.mktemp("tile") / make_tile.NAME, 1098)


def product_layer(path: Path) -> QgsRasterLayer:
    """The layer of the product's main content, as the loader makes it."""
    files = find_product_files(path)
    layers, _ = product_layers(files)
    return next(item.layer for item in layers if item.name.content == files.product.content)


def qgis_twin(layer: QgsRasterLayer) -> QgsRasterLayer:
    """The same source, provider settings and renderer settings, drawn by QGIS's own pseudocolour renderer."""
    twin = QgsRasterLayer(layer.source(), "twin", "gdal")
    twin.dataProvider().setUserNoDataValue(1, layer.dataProvider().userNoDataValues(1))
    twin.setRenderer(QgsSingleBandPseudoColorRenderer.clone(layer.renderer()))
    assert type(twin.renderer()) is QgsSingleBandPseudoColorRenderer
    return twin


def settings_for(layer: QgsRasterLayer, extent: QgsRectangle, size: tuple[int, int], crs=None) -> QgsMapSettings:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs or layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    return settings


def render(layer: QgsRasterLayer, extent: QgsRectangle, size=(300, 300), crs=None, job_class=QgsMapRendererSequentialJob):
    job = job_class(settings_for(layer, extent, size, crs))
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def views(layer: QgsRasterLayer) -> dict[str, QgsRectangle]:
    extent = layer.extent()
    centre = extent.center()
    x, y, half = centre.x(), centre.y(), min(5000.0, extent.width() / 2)
    return {
        "full extent": extent,
        "10 km (or the whole width) at the centre": QgsRectangle(x - half, y - half, x + half, y + half),
        "zoomed in, off the pixel grid": QgsRectangle(x - 333.3, y - 211.7, x + 101.1, y + 222.2),
        "half outside the file": QgsRectangle(extent.xMinimum() - extent.width() / 2, extent.yMinimum(),
                                              extent.xMaximum() - extent.width() / 2, extent.yMaximum()),
    }


def fast_path(layer: QgsRasterLayer) -> bool:
    """True when a drawing job's copy of the layer's renderer would draw through its table."""
    return layer.renderer().clone()._lookup is not None


@pytest.mark.parametrize("name", [FAPAR_V102, FAPAR_V101, "bench"])
def test_the_image_is_qgis_own_pixel_for_pixel(qgis_app, real, bench_tile, name):
    path = bench_tile if name == "bench" else real / name
    layer = product_layer(path)
    assert isinstance(layer.renderer(), LookupRampRenderer) and fast_path(layer)
    twin = qgis_twin(layer)
    for view, extent in views(layer).items():
        for size in ((300, 300), (1024, 1024), (257, 131)):
            drawn = render(layer, extent, size)
            assert drawn == render(twin, extent, size), (name, view, size)
            if view == "full extent":
                assert any(drawn.pixelColor(x, y).alpha() == 255 for x in range(0, size[0], 7) for y in range(0, size[1], 7))
    web_mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    from qgis.core import QgsCoordinateTransform

    extent = QgsCoordinateTransform(layer.crs(), web_mercator, QgsProject.instance()).transformBoundingBox(layer.extent())
    assert render(layer, extent, crs=web_mercator) == render(twin, extent, crs=web_mercator)


def test_identify_still_gives_physical_values(qgis_app, bench_tile):
    from osgeo import gdal

    layer = product_layer(bench_tile)
    numbers = gdal.Open(str(bench_tile)).ReadAsArray()
    extent = layer.extent()
    checked = set()
    for row, col in [(0, 0), (549, 549), (1000, 17), (300, 900), *np.argwhere(numbers >= 251)[:40].tolist()]:
        point = QgsPointXY(extent.xMinimum() + (col + 0.5) * 10, extent.yMaximum() - (row + 0.5) * 10)
        value = layer.dataProvider().identify(point, QgsRaster.IdentifyFormat.IdentifyFormatValue).results()[1]
        dn = int(numbers[row, col])
        if dn >= 254:
            assert value is None
        else:
            assert value == pytest.approx(dn * 0.004 - 0.08, abs=1e-6)
        checked.add(min(dn, 251))
    assert len(checked) >= 3


def test_every_digital_number_gets_qgis_colour(qgis_app, tmp_path):
    """All 256 values (VITO's ramp, the grey DN 251-253, DN 254 and 255 transparent), drawn one image pixel each."""
    layer = QgsRasterLayer(str(write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())), "n")
    style_layer(layer)
    assert fast_path(layer)
    drawn = render(layer, layer.extent(), (16, 16))
    assert drawn == render(qgis_twin(layer), layer.extent(), (16, 16))
    assert drawn.pixelColor(15, 15).alpha() == 0 and drawn.pixelColor(14, 15).alpha() == 0  # DN 255, 254
    assert drawn.pixelColor(11, 15).name() == "#dddddd"  # DN 251: VITO's grey


def test_settings_users_change_are_drawn_as_qgis_draws_them(qgis_app, bench_tile):
    """Opacity, a transparency list, a no-data colour, the user's own no data and another ramp change the table (it is
    made again from QGIS's renderer); an alpha band or resampling in the provider make QGIS draw."""
    layer = product_layer(bench_tile)
    extent = views(layer)["10 km (or the whole width) at the centre"]

    def same_as_qgis(fast: bool) -> None:
        assert fast_path(layer) is fast
        assert render(layer, extent) == render(qgis_twin(layer), extent)

    renderer = layer.renderer()
    renderer.setOpacity(0.37)
    same_as_qgis(True)
    transparency = QgsRasterTransparency()
    pixel = QgsRasterTransparency.TransparentSingleValuePixel()
    pixel.min, pixel.max, pixel.percentTransparent = 0.2, 0.5, 60.0
    transparency.setTransparentSingleValuePixelList([pixel])
    renderer.setRasterTransparency(transparency)
    same_as_qgis(True)
    renderer.setNodataColor(QColor(255, 0, 255, 200))
    same_as_qgis(True)
    ramp = renderer.shader().rasterShaderFunction()
    items = ramp.colorRampItemList()
    items[3].color = QColor("#123456")
    ramp.setColorRampItemList(items)
    same_as_qgis(True)
    layer.dataProvider().setUserNoDataValue(1, [QgsRasterRange(0.3, 0.4)])
    same_as_qgis(True)
    layer.dataProvider().enableProviderResampling(True)
    layer.dataProvider().setZoomedInResamplingMethod(layer.dataProvider().ResamplingMethod.Bilinear)
    assert not fast_path(layer)
    layer.dataProvider().enableProviderResampling(False)
    assert fast_path(layer)
    renderer.setAlphaBand(1)
    same_as_qgis(False)


def test_qgis_draws_what_is_not_a_product_vrt(qgis_app, bench_tile):
    """The renderer given to a layer of the plain file (no scale, no VRT): QGIS's drawing, the same image."""
    product = product_layer(bench_tile)
    plain = QgsRasterLayer(str(bench_tile), "plain")
    plain.setRenderer(product.renderer().clone())
    assert isinstance(plain.renderer(), LookupRampRenderer) and not fast_path(plain)
    twin = QgsRasterLayer(str(bench_tile), "twin")
    twin.setRenderer(QgsSingleBandPseudoColorRenderer.clone(product.renderer()))
    assert render(plain, plain.extent()) == render(twin, twin.extent())


def test_a_copy_keeps_every_setting_qgis_own_copy_keeps(qgis_app, bench_tile):
    layer = product_layer(bench_tile)
    renderer = layer.renderer()
    renderer.setOpacity(0.5)
    renderer.setNodataColor(QColor("#ff00ff"))
    qgis_copy = QgsSingleBandPseudoColorRenderer.clone(renderer)
    qgis_copy.setClassificationMin(renderer.classificationMin())  # (QGIS 3.22's own copy forgets these two)
    qgis_copy.setClassificationMax(renderer.classificationMax())
    ours = renderer.clone()
    assert isinstance(ours, LookupRampRenderer) and _xml(ours) == _xml(qgis_copy)
    assert ours.type() == "singlebandpseudocolor"


def test_parallel_and_same_thread_jobs_draw_qgis_image(qgis_app, real, bench_tile):
    """Several product layers drawn at once in QGIS's worker threads, and a drawing in the calling thread (as a
    layout's export draws)."""
    layers = [product_layer(bench_tile), product_layer(real / FAPAR_V102), product_layer(real / FAPAR_V101)]
    twins = [qgis_twin(layer) for layer in layers]
    extent = layers[0].extent()
    settings = settings_for(layers[0], extent, (512, 512))
    images = []
    for group in (layers, twins):
        settings.setLayers(group)
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        image = QImage(512, 512, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        same_thread = QgsMapRendererCustomPainterJob(settings, painter)
        same_thread.renderSynchronously()
        painter.end()
        images.append((job.renderedImage(), image))
    assert images[0][0] == images[1][0] and images[0][1] == images[1][1]


def test_drawing_leaves_no_dataset_open(qgis_app, bench_tile):
    """Each drawing job's provider of digital numbers is closed (or kept for the next job) when the job ends: the
    number of open files of the product stays the same however many times it is drawn."""
    layer = product_layer(bench_tile)

    def open_files() -> int:
        folder = Path("/proc/self/fd")
        return sum(1 for fd in os.listdir(folder) if _target(folder / fd) == str(bench_tile))

    render(layer, layer.extent())
    before = open_files()
    for _ in range(6):
        render(layer, layer.extent())
    assert open_files() == before


def _target(link: Path) -> str:
    try:
        return os.readlink(link)
    except OSError:
        return ""


def drawn_then_saved(layer: QgsRasterLayer, tmp_path: Path) -> tuple[str, QgsRectangle, QImage, str]:
    """The layer's 10 km view drawn, then the layer saved in a project file and the project emptied: (the layer's
    name, the view, the image, the project file)."""
    extent = views(layer)["10 km (or the whole width) at the centre"]
    drawn = render(layer, extent)
    name = layer.name()
    project = QgsProject.instance()
    project.addMapLayer(layer)
    path = str(tmp_path / "p.qgz")
    assert project.write(path)
    project.clear()
    return name, extent, drawn, path


def test_a_saved_project_reopens_with_qgis_renderer_and_the_same_image(qgis_app, qgis_new_project, bench_tile, tmp_path):
    name, extent, drawn, path = drawn_then_saved(product_layer(bench_tile), tmp_path)
    project = QgsProject.instance()
    assert project.read(path)
    again = project.mapLayersByName(name)[0]
    assert type(again.renderer()) is QgsSingleBandPseudoColorRenderer
    assert render(again, extent) == drawn
    project.clear()


def test_the_plugin_gives_a_reopened_project_its_lookup_renderers_back(qgis_app, qgis_new_project, bench_tile, tmp_path):
    """With the plugin running (its AutoStyler), a product layer read from a project file draws through its table
    again, with the settings saved in the file (here the user's opacity)."""
    from terrascope_s2.plugin.gui.local_products import AutoStyler

    layer = product_layer(bench_tile)
    layer.renderer().setOpacity(0.6)
    name, extent, drawn, path = drawn_then_saved(layer, tmp_path)
    project = QgsProject.instance()
    styler = AutoStyler(project=project)
    styler.connect()
    try:
        assert project.read(path)
    finally:
        styler.disconnect()
    gc.collect()  # (the layers read have no Python object that lasts: the renderer's must live on without them)
    again = project.mapLayersByName(name)[0]
    assert isinstance(again.renderer(), LookupRampRenderer) and fast_path(again)
    assert again.renderer().opacity() == 0.6 and render(again, extent) == drawn
    project.clear()


def test_a_failure_to_make_the_table_gives_qgis_drawing_and_one_line_in_the_log(qgis_app, bench_tile, monkeypatch,
                                                                                  message_log):
    from terrascope_s2.plugin.core.products import lookup_renderer

    def broken(*_):
        raise RuntimeError("no table today")

    layer = product_layer(bench_tile)
    monkeypatch.setattr(lookup_renderer, "_colours", broken)
    monkeypatch.setattr(lookup_renderer, "_LOGGED", set())
    extent = views(layer)["10 km (or the whole width) at the centre"]
    assert not fast_path(layer)
    assert render(layer, extent) == render(qgis_twin(layer), extent)
    render(layer, extent)
    told = [message for message, _ in message_log if "table of colours failed" in message]
    assert len(told) == 1 and "no table today" in told[0]
