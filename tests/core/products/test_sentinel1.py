"""Sentinel-1 products in QGIS: loaded as one group (the FAQ's composite, VV and VH in dB, the angle hidden), the
composite's colours as QGIS renders them on known surfaces, Identify in dB and linear, what the files hold read from them,
and nothing written beside the product."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest
from qgis.core import (
    QgsDateTimeRange,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRaster,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from terrascope_s2.plugin.core.products.loader import ProductError, find_products, product_layers
from terrascope_s2.plugin.core.products.styling import CONTENT_PROPERTY, PATH_PROPERTY, layer_path, style_layer
from terrascope_s2.plugin.core.raster.backscatter import read_backscatter
from terrascope_s2.plugin.gui.local_products import load_products
from terrascope_s2.tests.helpers import s1local
from terrascope_s2.tests.helpers.s1local import COHERENCE, PRODUCT, PRODUCT_S1B, SURFACES, centre_of, write_product
from terrascope_s2.tests.helpers.s2local import every_byte, hashes, write_raster

UTC = timezone.utc
ZOOM = 4  # image pixels per raster pixel
FAQ = {"water": "blue", "forest": "grey", "built-up": "yellow", "bright": "bright"}


def render(layer: QgsRasterLayer):
    """The layer drawn alone on a transparent background, ZOOM image pixels per raster pixel."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(layer.width() * ZOOM, layer.height() * ZOOM))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def colour_at(image, row: int, column: int) -> QColor:
    return image.pixelColor(column * ZOOM + ZOOM // 2, row * ZOOM + ZOOM // 2)


def faq_colour(colour: QColor) -> set[str]:
    """The FAQ's words that fit a colour: blue, yellow, grey, bright (a colour may fit two, or none)."""
    hue, saturation, value = colour.hsvHue(), colour.hsvSaturationF(), colour.valueF()
    red, green, blue = colour.red(), colour.green(), colour.blue()
    words = set()
    if 200 <= hue <= 260 and saturation >= 0.4 and value >= 0.2:
        words.add("blue")
    if 40 <= hue <= 75 and saturation >= 0.35 and value >= 0.7:
        words.add("yellow")
    if saturation <= 0.35 and 0.3 <= value <= 0.9:
        words.add("grey")
    if min(red, green) >= 240 and (red + green + blue) / 3 >= 200:
        words.add("bright")
    return words


def identify(layer: QgsRasterLayer, row: int, column: int) -> dict:
    extent = layer.extent()
    point = QgsPointXY(extent.xMinimum() + (column + 0.5) * 10, extent.yMaximum() - (row + 0.5) * 10)
    return layer.dataProvider().identify(point, QgsRaster.IdentifyFormat.IdentifyFormatValue).results()


def loaded(folder):
    [files] = find_products(folder)
    layers, notes = product_layers(files)
    assert notes == []
    return files, layers


@pytest.mark.parametrize("storage", ["linear", "db", "db-tagged", "int16-db"])
def test_the_composite_shows_water_blue_built_up_yellow_forest_grey_and_ships_bright(qgis_app, tmp_path, storage):
    """As QGIS renders it, whatever the files hold (linear Float32 as VITO's, dB, dB x 100 in Int16 with a scale)."""
    _, layers = loaded(write_product(tmp_path, storage=storage))
    image = render(layers[0].layer)
    seen = {}
    for surface, examples in SURFACES.items():
        for example in range(len(examples)):
            colour = colour_at(image, *centre_of(surface, example))
            seen[(surface, example)] = (colour.name(), faq_colour(colour))
    for (surface, example), (name, words) in seen.items():
        if surface in FAQ:
            assert FAQ[surface] in words, f"{surface} {SURFACES[surface][example]} dB is {name} {words}: {seen}"
    assert not {"blue", "yellow", "bright"} & seen[("forest", 1)][1]
    assert colour_at(image, 0, 0).alpha() == 0  # the file's no data: transparent


def rgb(image) -> np.ndarray:
    """The rendered image as rows x columns x (red, green, blue), one value per raster pixel (its centre)."""
    from qgis.PyQt.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    pixels = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return pixels[ZOOM // 2::ZOOM, ZOOM // 2:image.width():ZOOM, :3].astype(float)


def test_on_a_speckled_scene_the_faq_holds_for_each_surface_as_the_eye_averages_it(qgis_app, tmp_path):
    """A scene with the speckle of a real GRD (s1local.write_scene): each surface's mean colour is the FAQ's; the
    ships are bright."""
    _, layers = loaded(s1local.write_scene(tmp_path, size=200))
    colours = rgb(render(layers[0].layer))
    surfaces = s1local.scene_surfaces(200)
    inside = np.zeros_like(surfaces, bool)
    inside[2:-2, 2:-2] = True
    for surface, word in {"water": "blue", "forest": "grey", "built-up": "yellow"}.items():
        # away from the edges: pixels whose 5 x 5 neighbourhood is all this surface
        mask = inside & (surfaces == surface)
        for dr in range(-2, 3):
            for dc in range(-2, 3):
                mask &= np.roll(np.roll(surfaces, dr, 0), dc, 1) == surface
        mean = QColor(*(int(round(v)) for v in colours[mask].mean(axis=0)))
        assert word in faq_colour(mean), f"{surface}: mean colour {mean.name()} of {mask.sum()} pixels"
    fields = QColor(*(int(round(v)) for v in colours[surfaces == "field"].mean(axis=0)))
    assert not {"blue", "yellow", "grey", "bright"} & faq_colour(fields)  # a colour the FAQ does not name
    for fraction in s1local.SHIP_ROWS:
        row = int(fraction * 200)
        ship = colours[row, int(s1local.river_column(row, 200))]
        assert "bright" in faq_colour(QColor(*(int(v) for v in ship))), (row, ship)


def test_a_product_folder_loads_as_one_group_composite_on_top_angle_hidden(qgis_app, qgis_new_project, tmp_path):
    folder = write_product(tmp_path)
    before = hashes(tmp_path)
    [group] = load_products(str(folder))
    assert group.name() == "2020-03-15 05:58 S1A DESCENDING 110 SIGMA0"
    names = [node.layer().name() for node in group.findLayers()]
    assert names == ["Backscatter composite (VV, VH, VV/VH)", "VV (dB)", "VH (dB)", "Incidence angle"]
    assert [node.isVisible() for node in group.findLayers()] == [True, True, True, False]
    composite, vv, vh, angle = (node.layer() for node in group.findLayers())
    assert composite.renderer().type() == "multibandcolor" and vv.renderer().type() == "singlebandgray"
    assert [composite.customProperty(CONTENT_PROPERTY), vv.customProperty(CONTENT_PROPERTY)] == ["COMPOSITE", "VV"]
    assert layer_path(vh).endswith(f"{PRODUCT}_VH.tif") and layer_path(composite).endswith(f"{PRODUCT}_VV.tif")
    when = datetime(2020, 3, 15, 5, 58, 49, tzinfo=UTC)
    for layer in (composite, vv, vh, angle):
        properties = layer.temporalProperties()
        assert properties.isActive()
        assert properties.fixedTemporalRange().begin().toPyDateTime().replace(tzinfo=UTC) == when
    # the angle as the file holds it: UInt16 with scale 0.0005 and offset 29, which QGIS applies (degrees)
    row, column = centre_of("forest", 0)
    assert identify(angle, row, 0)[1] == pytest.approx(30.0, abs=0.001)
    assert hashes(tmp_path) == before


@pytest.mark.parametrize("band", ["VV", "VH", "angle"])
def test_any_file_of_the_product_loads_the_whole_product(qgis_app, tmp_path, band):
    folder = write_product(tmp_path)
    (folder / f"{PRODUCT}.xml").write_text(s2_inspire(), encoding="utf-8")
    [files] = find_products(folder / f"{PRODUCT}_{band}.tif")
    assert files.product.product_id == PRODUCT
    assert [path.name for path, _ in files.images] == [f"{PRODUCT}_{b}.tif" for b in ("VV", "VH", "angle")]
    assert [path.name for path in files.metadata] == [f"{PRODUCT}.xml"]
    layers, notes = product_layers(files)
    assert len(layers) == 4 and notes == []
    assert layers[0].layer.metadata().title() == "Sentinel-1 backscatter " + PRODUCT  # the INSPIRE metadata


def s2_inspire() -> str:
    from terrascope_s2.tests.helpers.s2local import INSPIRE_XML

    return INSPIRE_XML.format(stem=PRODUCT).replace("Sentinel-2 FAPAR", "Sentinel-1 backscatter")


def test_identify_tells_db_and_linear(qgis_app, tmp_path):
    _, layers = loaded(write_product(tmp_path))
    composite, vv, vh = (item.layer for item in layers[:3])
    row, column = centre_of("forest", 1)  # VV -7.5 dB, VH -13 dB
    values = identify(composite, row, column)
    assert [values[band] for band in (1, 2, 3)] == pytest.approx([-7.5, -13.0, 5.5], abs=1e-4)
    assert [values[band] for band in (4, 5)] == pytest.approx([10 ** -0.75, 10 ** -1.3], rel=1e-5)
    assert [composite.bandName(band) for band in range(1, 6)] == [
        "Band 1: VV (dB)", "Band 2: VH (dB)", "Band 3: VV/VH (dB)", "Band 4: VV (linear)", "Band 5: VH (linear)"]
    assert identify(vv, row, column) == pytest.approx({1: -7.5, 2: 10 ** -0.75}, rel=1e-5)
    assert identify(vh, row, column) == pytest.approx({1: -13.0, 2: 10 ** -1.3}, rel=1e-5)
    assert identify(vv, 0, 0) == {1: None, 2: None}  # the file's no data


@pytest.mark.parametrize(("storage", "decibels", "data_type", "nodata", "scale"), [
    ("linear", False, "Float32", None, 1.0),
    ("db", True, "Float32", None, 1.0),
    ("db-tagged", True, "Float32", None, 1.0),
    ("int16-db", True, "Int16", -32768.0, 0.01),
])
def test_what_the_files_hold_is_read_from_them(tmp_path, storage, decibels, data_type, nodata, scale):
    folder = write_product(tmp_path, storage=storage)
    held = read_backscatter(folder / f"{PRODUCT}_VV.tif")
    assert (held.decibels, held.data_type, held.nodata, held.scale) == (decibels, data_type, nodata, scale)
    assert ("unit tag says" in held.reason) == (storage == "db-tagged")
    assert ("median" in held.reason) == (storage != "db-tagged")


def test_nothing_is_written_beside_the_product_with_gdals_default_sidecars(qgis_app, qgis_new_project, tmp_path):
    from osgeo import gdal

    folder = write_product(tmp_path)
    before = hashes(tmp_path)
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "YES")  # as users have it
    groups = load_products(str(folder / f"{PRODUCT}_VH.tif"))
    for node in groups[0].findLayers():
        render(node.layer())
        node.layer().dataProvider().bandStatistics(1)
    QgsProject.instance().clear()
    assert hashes(tmp_path) == before


def test_the_layers_survive_a_project_round_trip(qgis_app, qgis_new_project, tmp_path):
    load_products(str(write_product(tmp_path / "data")))
    project = QgsProject.instance()
    assert project.write(str(tmp_path / "p.qgz"))
    project.clear()
    assert project.read(str(tmp_path / "p.qgz"))
    [composite] = project.mapLayersByName("Backscatter composite (VV, VH, VV/VH)")
    assert composite.isValid() and composite.renderer().type() == "multibandcolor"
    row, column = centre_of("water", 1)
    assert identify(composite, row, column)[3] == pytest.approx(6.0, abs=1e-4)
    assert "blue" in faq_colour(colour_at(render(composite), row, column))


def test_a_file_opened_any_way_is_shown_in_db(qgis_app, tmp_path):
    """Dropped on QGIS or added by the Data Source Manager: the AutoStyler's style_layer knows Sentinel-1 too."""
    folder = write_product(tmp_path)
    layer = QgsRasterLayer(str(folder / f"{PRODUCT}_VH.tif"), "vh", "gdal")
    result = style_layer(layer)
    assert result.physical and result.product.band == "VH"
    row, column = centre_of("built-up", 1)
    assert identify(layer, row, column) == pytest.approx({1: -6.0, 2: 10 ** -0.6}, rel=1e-5)
    assert layer.customProperty(PATH_PROPERTY) == str(folder / f"{PRODUCT}_VH.tif")
    assert layer.temporalProperties().isActive()
    angle = QgsRasterLayer(str(folder / f"{PRODUCT}_angle.tif"), "angle", "gdal")
    source = angle.source()
    assert style_layer(angle).product.band == "angle" and angle.source() == source  # the angle as it is


def test_a_coherence_product_spans_its_pair_of_acquisitions(qgis_app, qgis_new_project, tmp_path):
    folder = s1local.write_coherence(tmp_path)
    [group] = load_products(str(folder / f"{COHERENCE}_VV.tif"))
    assert group.name() == "2025-02-07..2025-02-19 S1A/S1A DESCENDING 139 coherence"
    layers = [node.layer() for node in group.findLayers()]
    assert [layer.name() for layer in layers] == ["VV", "VH"]
    span = layers[0].temporalProperties().fixedTemporalRange()
    assert span.begin().toPyDateTime().replace(tzinfo=UTC) == datetime(2025, 2, 7, 5, 42, 20, tzinfo=UTC)
    assert span.end().toPyDateTime().replace(tzinfo=UTC) == datetime(2025, 2, 19, 5, 42, 19, tzinfo=UTC)
    assert identify(layers[0], 3, 3)[1] == pytest.approx(0.8)


def test_the_temporal_controller_shows_each_product_on_its_day(qgis_app, tmp_path):
    _, first = loaded(write_product(tmp_path, PRODUCT))
    _, second = loaded(write_product(tmp_path, PRODUCT_S1B))
    day = QgsDateTimeRange(datetime(2020, 3, 15, tzinfo=UTC), datetime(2020, 3, 16, tzinfo=UTC))
    assert all(item.layer.temporalProperties().isVisibleInTemporalRange(day) for item in first)
    assert not any(item.layer.temporalProperties().isVisibleInTemporalRange(day) for item in second)


def test_a_folder_of_products_gives_one_group_each_sentinel_1_beside_sentinel_2(qgis_app, tmp_path):
    day = tmp_path / "day"
    write_product(day, PRODUCT)
    write_product(day / "more", PRODUCT_S1B, angle=False)
    write_raster(day / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())
    found = find_products(day)
    assert sorted(getattr(files.product, "product_id", "") for files in found) == sorted(
        [PRODUCT, PRODUCT_S1B, "S2A_20190307T105021_31UFS_NDVI_V210"])


def test_a_product_without_images_and_a_stranger_get_plain_messages(qgis_app, tmp_path):
    empty = tmp_path / PRODUCT
    empty.mkdir()
    with pytest.raises(ProductError) as raised:
        find_products(empty)
    assert raised.value.english().endswith("holds no images of the product.")
    stranger = tmp_path / "stranger"
    stranger.mkdir()
    write_raster(stranger / "holiday.tif", np.zeros((2, 2), np.uint8))
    with pytest.raises(ProductError) as raised:
        find_products(stranger)
    assert "no Terrascope Sentinel-2 or Sentinel-1 product files" in raised.value.english()


def test_a_damaged_vh_leaves_the_vv_and_says_so(qgis_app, tmp_path):
    folder = write_product(tmp_path, angle=False)
    damaged = folder / f"{PRODUCT}_VH.tif"
    damaged.write_bytes(damaged.read_bytes()[:300])
    [files] = find_products(folder)
    layers, notes = product_layers(files)
    assert [item.layer.name() for item in layers] == ["VV (dB)"]  # no composite without VH
    assert len(notes) == 1 and f"{PRODUCT}_VH.tif" in notes[0]


def write_swath(root, decibels: bool):
    """A product whose images are two-thirds fill: 0 outside the swath (as SNAP writes it), no no-data tag."""
    folder = root / PRODUCT
    for polarisation in ("VV", "VH"):
        grid = s1local.decibel_grid(polarisation)
        values = grid if decibels else 10.0 ** (grid / 10.0)
        padded = np.pad(values, ((0, 0), (0, 2 * grid.shape[1])))  # zeros on the right
        s1local.write_image(folder / f"{PRODUCT}_{polarisation}.tif", padded.astype(np.float32))
    return folder


@pytest.mark.parametrize("decibels", [False, True])
def test_zeros_outside_the_swath_do_not_decide_linear_or_db(tmp_path, decibels):
    """Seen failing before zeros were left out: the median of a dB file two-thirds 0 was 0, read as linear."""
    held = read_backscatter(write_swath(tmp_path, decibels) / f"{PRODUCT}_VV.tif")
    assert held.decibels == decibels, held.reason


def test_a_linear_zero_has_no_value_in_db_and_is_transparent(qgis_app, tmp_path):
    """Seen failing before: Identify said -inf dB outside the swath and the VV (dB) layer drew it black."""
    _, layers = loaded(write_swath(tmp_path, decibels=False))
    composite, vv = layers[0].layer, layers[1].layer
    outside = (3, s1local.decibel_grid("VV").shape[1] + 5)
    assert identify(vv, *outside) == {1: None, 2: 0.0}  # no dB value; linear 0 as the file holds it
    assert [identify(composite, *outside)[band] for band in (1, 2, 3)] == [None, None, None]
    assert identify(vv, *centre_of("water", 0)) == pytest.approx({1: -25.0, 2: 10 ** -2.5}, rel=1e-5)
    assert colour_at(render(vv), *outside).alpha() == 0
    assert colour_at(render(composite), *outside).alpha() == 0
    assert "blue" in faq_colour(colour_at(render(composite), *centre_of("water", 0)))


def test_a_folder_name_with_xml_characters_loads(qgis_app, tmp_path):
    """The layers' sources are inline VRTs: the file names in them are escaped."""
    _, layers = loaded(write_product(tmp_path / "Tom & Jerry's <scenes> \"2020\""))
    assert [item.layer.isValid() for item in layers] == [True] * 4
    assert identify(layers[0].layer, *centre_of("forest", 1))[3] == pytest.approx(5.5, abs=1e-4)
