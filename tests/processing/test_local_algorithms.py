"""The local-product algorithms in real QGIS Processing, on real and synthetic products, and headless in qgis_process."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

from terrascope_s2.tests.helpers.s2local import every_byte, hashes, read, sha256, write_raster
from terrascope_s2.tests.helpers.s2local import run_algorithm as run

FAPAR = "vito-s2-31UFS-V102/small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"
SCL = "vito-s2-31UFS-V102/small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif"


def test_tophysical_output_equals_the_formula_on_every_pixel_of_a_real_product(terrascope_provider, real, tmp_path):
    before = sha256(real / FAPAR)
    output = tmp_path / "fapar.tif"
    assert run("tophysical", INPUT=str(real / FAPAR), OUTPUT=str(output))["OUTPUT"] == str(output)
    dn, values = read(real / FAPAR), read(output)
    assert values.dtype == np.float32 and values.shape == dn.shape
    valid = dn <= 200
    np.testing.assert_array_equal(values[valid], (dn[valid] * 0.005).astype(np.float32))
    assert np.isnan(values[~valid]).all() and (~valid).sum() == 672
    from osgeo import gdal

    dataset = gdal.Open(str(output))
    structure = dataset.GetMetadata("IMAGE_STRUCTURE")
    assert structure["COMPRESSION"] == "DEFLATE" and dataset.GetRasterBand(1).GetBlockSize() == [512, 512]
    assert math.isnan(dataset.GetRasterBand(1).GetNoDataValue())
    assert dataset.GetGeoTransform() == gdal.Open(str(real / FAPAR)).GetGeoTransform()
    assert sha256(real / FAPAR) == before
    assert [p.name for p in tmp_path.iterdir()] == ["fapar.tif"]  # no temporary file left


def test_tophysical_every_ndvi_dn_with_saturation_and_a_chosen_no_data(terrascope_provider, tmp_path):
    source = write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())
    dn = every_byte().astype(np.float64)
    run("tophysical", INPUT=str(source), OUTPUT=str(tmp_path / "a.tif"))
    values = read(tmp_path / "a.tif")
    np.testing.assert_allclose(values[dn <= 250], dn[dn <= 250] * 0.004 - 0.08, atol=1e-6)
    assert values.flat[150] == pytest.approx(0.52, abs=1e-6) and np.isnan(values[dn > 250]).all()
    run("tophysical", INPUT=str(source), OUTPUT=str(tmp_path / "b.tif"), NODATA=-999, SATURATED_AS_NODATA=True)
    values = read(tmp_path / "b.tif")
    assert values.flat[0] == -999 and values.flat[250] == -999 and values.flat[1] == pytest.approx(-0.076, abs=1e-6)
    assert (values[dn > 250] == -999).all()


def test_tophysical_toc_int16_through_the_lookup_table_and_a_chosen_product(terrascope_provider, real, tmp_path):
    source = real / "vito-s2-31UFS-V102/small_subset_S2B_20180705T105029Z_31UFS_TOC-B03_10M_V102.tif"
    run("tophysical", INPUT=str(source), OUTPUT=str(tmp_path / "b03.tif"))
    dn, values = read(source), read(tmp_path / "b03.tif")
    valid = dn != 32767
    np.testing.assert_array_equal(values[valid], (dn[valid] * 0.0001).astype(np.float32))
    assert np.isnan(values[~valid]).all()
    renamed = write_raster(tmp_path / "my_ndvi.tif", every_byte())
    run("tophysical", INPUT=str(renamed), PRODUCT=4, OUTPUT=str(tmp_path / "ndvi.tif"))  # 4: NDVI
    assert read(tmp_path / "ndvi.tif").flat[150] == pytest.approx(0.52, abs=1e-6)


def test_tophysical_bad_inputs_give_clear_messages_and_overwrite_nothing(terrascope_provider, real, tmp_path):
    plain = write_raster(tmp_path / "elevation.tif", every_byte())
    with pytest.raises(QgsProcessingException, match="cannot be told from the name 'elevation.tif'|choose it in 'Product'"):
        run("tophysical", INPUT=str(plain), OUTPUT=str(tmp_path / "o.tif"))
    ccc = write_raster(tmp_path / "S2A_20190307T105021_31UFS_CCC_10M_V210.tif", every_byte())
    with pytest.raises(QgsProcessingException, match="No scaling is known for CCC"):
        run("tophysical", INPUT=str(ccc), OUTPUT=str(tmp_path / "o.tif"))
    with pytest.raises(QgsProcessingException, match="holds Float32 values"):
        run("tophysical", INPUT=str(real / "vito-s2-toc-V210/resampledRasterSourceTest_S2A_20190307T105021_31UFS_TOC-B04_10M_V210.tif"),
            OUTPUT=str(tmp_path / "o.tif"))

    existing = tmp_path / "existing.tif"
    existing.write_bytes(b"precious")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run("tophysical", INPUT=str(real / FAPAR), OUTPUT=str(existing))
    assert existing.read_bytes() == b"precious"
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        run("tophysical", INPUT=str(real / FAPAR), OUTPUT="/proc/terrascope_s2_test.tif")
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run("tophysical", INPUT=str(real / FAPAR), OUTPUT=str(tmp_path / "no" / "such" / "o.tif"))
    inside = tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V210.tif"
    shutil.copy(real / FAPAR, inside)
    with pytest.raises(QgsProcessingException, match="is an input file"):
        run("tophysical", INPUT=str(inside), OUTPUT=str(inside), OVERWRITE=True)
    assert sha256(inside) == sha256(real / FAPAR)
    run("tophysical", INPUT=str(real / FAPAR), OUTPUT=str(existing), OVERWRITE=True)  # asked for: replaced
    assert read(existing).dtype == np.float32

    truncated = tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif"
    whole = write_raster(tmp_path / "whole" / truncated.name, np.full((2000, 2000), 7, np.uint8))
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = hashes(tmp_path)
    with pytest.raises(QgsProcessingException, match="damaged or truncated"):
        run("tophysical", INPUT=str(truncated), OUTPUT=str(tmp_path / "t.tif"))
    assert hashes(tmp_path) == before  # no output, no temporary file, input unchanged


def test_tophysical_can_be_cancelled_and_leaves_nothing(terrascope_provider, tmp_path):
    from terrascope_s2.plugin.core.products.contents import content_spec
    from terrascope_s2.plugin.core.raster.physical import convert_to_physical
    from terrascope_s2.plugin.core.raster.writer import CancelledError

    source = write_raster(tmp_path / "in" / "S2A_20190307T105021_31UFS_LAI_10M_V210.tif", np.zeros((3000, 600), np.uint8))
    steps = []
    with pytest.raises(CancelledError):
        convert_to_physical(source, tmp_path / "out.tif", content_spec("LAI"), progress=steps.append,
                            is_cancelled=lambda: len(steps) >= 2)
    assert steps and steps[-1] < 100 and not [p for p in tmp_path.iterdir() if p.is_file()]


def test_mask_keeps_exactly_the_requested_classes_on_real_files(terrascope_provider, real, tmp_path):
    before = hashes(real / "vito-s2-31UFS-V102")
    output = tmp_path / "clear.tif"
    run("maskbysceneclassification", INPUT=str(real / FAPAR), CLASSIFICATION=str(real / SCL), PRESET=0, OUTPUT=str(output))
    dn, classes, masked = read(real / FAPAR), read(real / SCL), read(output)
    on_grid = np.repeat(np.repeat(classes, 2, axis=0), 2, axis=1)  # 20 m classes, nearest neighbour on the 10 m grid
    keep = np.isin(on_grid, (4, 5))
    assert masked.dtype == np.uint8
    np.testing.assert_array_equal(masked[keep], dn[keep])
    assert (masked[~keep] == 255).all() and (~keep).sum() > 1000
    assert hashes(real / "vito-s2-31UFS-V102") == before


def test_mask_finds_the_classification_beside_the_product_and_custom_classes(terrascope_provider, tmp_path):
    folder = tmp_path / "S2A_20190307T105021_31UFS_NDVI_V210"
    product = write_raster(folder / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", np.full((24, 24), 100, np.uint8))
    classes = (np.arange(144, dtype=np.uint8) % 12).reshape(12, 12)
    write_raster(folder / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif", classes, pixel=20.0)
    run("maskbysceneclassification", INPUT=str(product), PRESET=4, CLASSES=[3, 8, 9, 10], MODE=1,
        OUTPUT=str(tmp_path / "m.tif"))
    masked = read(tmp_path / "m.tif")
    on_grid = np.repeat(np.repeat(classes, 2, axis=0), 2, axis=1)
    cloudy = np.isin(on_grid, (3, 8, 9, 10))
    assert (masked[cloudy] == 255).all() and (masked[~cloudy] == 100).all()
    run("maskbysceneclassification", INPUT=str(product), PRESET=3, OUTPUT=str(tmp_path / "preset.tif"))
    np.testing.assert_array_equal(read(tmp_path / "preset.tif"), masked)  # the "clouds" preset: the same


def test_mask_without_classification_says_so(terrascope_provider, tmp_path):
    product = write_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif", every_byte())
    with pytest.raises(QgsProcessingException, match="No scene classification of S2A_20190307T105021_31UFS_NDVI_V210"):
        run("maskbysceneclassification", INPUT=str(product), OUTPUT=str(tmp_path / "m.tif"))
    with pytest.raises(QgsProcessingException, match="No class is kept"):
        run("maskbysceneclassification", INPUT=str(product), CLASSIFICATION=str(product), PRESET=4, CLASSES=[],
            OUTPUT=str(tmp_path / "m.tif"))
    assert not (tmp_path / "m.tif").exists()


def test_loadproduct_algorithm_outputs_the_styled_layers(terrascope_provider, qgis_new_project, real):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("terrascope_s2:loadproduct", {"PRODUCT": str(real / FAPAR)}, context=context)
    assert result["GROUP"] == "2018-07-05 31UFS FAPAR" and len(result["OUTPUT"]) == 5
    layers = result["OUTPUT"]  # processing.run hands back the layers themselves
    assert layers[0].name() == "FAPAR 10 m" and layers[0].renderer().type() == "singlebandpseudocolor"


def test_loadproduct_refuses_a_file_that_is_no_product(terrascope_provider, real):
    # (a test of its own: a traceback kept by pytest.raises must not outlive layers owned by another test's context)
    with pytest.raises(QgsProcessingException, match="not a Terrascope Sentinel-2 product file"):
        run("loadproduct", PRODUCT=str(real / "vito-s2-31UFS-V102" / "small_subset_S2X_20160101_20190531_31UFS_IGNORE_10M_V102.tif"))


def test_loadproduct_in_processing_gui_puts_layers_in_one_group(terrascope_provider, qgis_new_project, qgis_iface,
                                                               monkeypatch, real):
    """As the Processing dialog does: layers loaded on completion, then moved into the product's group. QGIS 3.44's
    post-processing hands iface.layerTreeView() to C++: a real QgsLayerTreeView on the project's tree stands in for
    the desktop's (pytest-qgis's iface would give a mock, and QGIS a TypeError)."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication, QgsLayerTreeModel
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("terrascope_s2:loadproduct")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    results, ok = algorithm.run({"PRODUCT": str(real / "vito-s2-parcel-V101" / "S2A_20170506T105029Z_31UFS_FAPAR_10M_V101.tif")},
                                context, feedback)
    assert ok
    handleAlgorithmResults(algorithm, context, feedback)
    group = QgsProject.instance().layerTreeRoot().findGroup("2017-05-06 31UFS FAPAR")
    assert group is not None
    assert [node.layer().name() for node in group.findLayers()] == [
        "FAPAR 10 m", "Scene classification 10 m", "Scene classification 20 m"]


def test_tophysical_runs_headless_in_qgis_process(qgis_process, real, tmp_path):
    # on a copy: qgis_process itself (any raster algorithm) saves statistics beside its inputs, never in shared/
    source = tmp_path / Path(FAPAR).name
    shutil.copy(real / FAPAR, source)
    output = tmp_path / "physical.tif"
    done = qgis_process("run", "terrascope_s2:tophysical", "--", f"INPUT={source}", f"OUTPUT={output}")
    assert done.returncode == 0, done.stdout + done.stderr
    dn = read(real / FAPAR)
    np.testing.assert_array_equal(read(output)[dn <= 200], (dn[dn <= 200] * 0.005).astype(np.float32))
    refused = qgis_process("run", "terrascope_s2:tophysical", "--", f"INPUT={source}", f"OUTPUT={output}")
    assert refused.returncode != 0 and "already exists" in refused.stdout + refused.stderr
    assert "Traceback" not in refused.stdout + refused.stderr
    assert sha256(source) == sha256(real / FAPAR)
