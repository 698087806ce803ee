"""terrascope_s2:s1composite in real Processing and headless in qgis_process: a product's VV and VH -> the composite
GeoTIFF in dB, block by block, through the plugin's raster writer; and terrascope_s2:loadproduct on a Sentinel-1 product."""

from __future__ import annotations

import math

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from terrascope_s2.tests.helpers.s1local import PRODUCT, decibel_grid, write_image, write_product
from terrascope_s2.tests.helpers.s2local import hashes, read
from terrascope_s2.tests.helpers.s2local import run_algorithm as run


def expected() -> np.ndarray:
    vv, vh = decibel_grid("VV"), decibel_grid("VH")
    return np.stack([vv, vh, vv - vh]).astype(np.float32)


@pytest.mark.parametrize("storage", ["linear", "int16-db"])
def test_the_composite_is_vv_vh_and_their_ratio_in_db(terrascope_provider, tmp_path, storage):
    folder = write_product(tmp_path / "in", storage=storage)
    before = hashes(tmp_path / "in")
    output = tmp_path / "composite.tif"
    assert run("s1composite", INPUT=str(folder / f"{PRODUCT}_VV.tif"), OUTPUT=str(output))["OUTPUT"] == str(output)
    values = read(output)
    assert values.dtype == np.float32 and values.shape == expected().shape
    valid = np.ones(values.shape[1:], bool)
    valid[0, 0] = False  # the file's no data
    np.testing.assert_allclose(values[:, valid], expected()[:, valid], atol=2e-4 if storage == "linear" else 1e-5)
    assert np.isnan(values[:, 0, 0]).all()
    dataset = gdal.Open(str(output))
    assert [dataset.GetRasterBand(n).GetDescription() for n in (1, 2, 3)] == ["VV (dB)", "VH (dB)", "VV/VH (dB)"]
    assert {dataset.GetRasterBand(n).GetUnitType() for n in (1, 2, 3)} == {"dB"}
    assert math.isnan(dataset.GetRasterBand(3).GetNoDataValue())
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert dataset.GetRasterBand(1).GetBlockSize() == [512, 512]
    assert dataset.GetGeoTransform() == gdal.Open(str(folder / f"{PRODUCT}_VV.tif")).GetGeoTransform()
    dataset = None
    assert hashes(tmp_path / "in") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["composite.tif", "in"]  # no temporary file left


@pytest.mark.parametrize("given", ["angle", "VH"])
def test_any_image_of_the_product_finds_its_vv_and_vh(terrascope_provider, tmp_path, given):
    folder = write_product(tmp_path / "in", storage="db")
    run("s1composite", INPUT=str(folder / f"{PRODUCT}_{given}.tif"), OUTPUT=str(tmp_path / "c.tif"))
    np.testing.assert_allclose(read(tmp_path / "c.tif")[:, 5:, 5:], expected()[:, 5:, 5:], atol=1e-5)


def test_a_vv_and_a_vh_given_by_hand_in_either_order(terrascope_provider, tmp_path):
    folder = write_product(tmp_path / "in", storage="db")
    vv, vh = folder / f"{PRODUCT}_VV.tif", folder / f"{PRODUCT}_VH.tif"
    renamed = tmp_path / "vv_clip.tif"  # a name without the product's: the VH must be given
    renamed.write_bytes(vv.read_bytes())
    run("s1composite", INPUT=str(renamed), VH=str(vh), OUTPUT=str(tmp_path / "a.tif"))
    run("s1composite", INPUT=str(vh), VH=str(vv), OUTPUT=str(tmp_path / "b.tif"))  # VH first: told by its name
    np.testing.assert_array_equal(read(tmp_path / "a.tif"), read(tmp_path / "b.tif"))
    assert read(tmp_path / "a.tif")[2, 6, 6] == pytest.approx(expected()[2, 6, 6])


def refused(**parameters) -> str:
    with pytest.raises(QgsProcessingException) as caught:
        run("s1composite", **parameters)
    message = str(caught.value)
    assert "Traceback" not in message and "RuntimeError" not in message
    return message


def test_what_cannot_be_done_is_said_plainly(terrascope_provider, tmp_path):
    folder = write_product(tmp_path / "in")
    vv = folder / f"{PRODUCT}_VV.tif"
    output = tmp_path / "c.tif"
    output.write_bytes(b"kept")
    assert "already exists" in refused(INPUT=str(vv), OUTPUT=str(output))
    assert output.read_bytes() == b"kept"
    run("s1composite", INPUT=str(vv), OUTPUT=str(output), OVERWRITE=True)
    assert read(output).shape[0] == 3
    (folder / f"{PRODUCT}_VH.tif").unlink()
    assert f"The product's VH image ({PRODUCT}_VH.tif) is not beside" in refused(INPUT=str(vv), OUTPUT=str(tmp_path / "x.tif"))
    plain = write_image(tmp_path / "plain.tif", np.ones((4, 4), np.float32))
    assert "give its VH image too" in refused(INPUT=str(plain), OUTPUT=str(tmp_path / "y.tif"))
    other = write_image(tmp_path / "other.tif", np.ones((5, 4), np.float32))
    assert "do not cover the same pixels" in refused(INPUT=str(vv), VH=str(other), OUTPUT=str(tmp_path / "z.tif"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.tif", "in", "other.tif", "plain.tif"]


def test_a_whole_scene_sized_input_runs_block_by_block(terrascope_provider, tmp_path):
    """Wider than a chunk and taller than a strip: every block of the output is computed."""
    rng = np.random.default_rng(18)
    folder = tmp_path / PRODUCT
    vv = rng.uniform(0.001, 1.0, (1100, 2300)).astype(np.float32)
    vh = (vv * rng.uniform(0.05, 0.5, vv.shape)).astype(np.float32)
    write_image(folder / f"{PRODUCT}_VV.tif", vv)
    write_image(folder / f"{PRODUCT}_VH.tif", vh)
    run("s1composite", INPUT=str(folder / f"{PRODUCT}_VV.tif"), OUTPUT=str(tmp_path / "c.tif"))
    values = read(tmp_path / "c.tif")
    np.testing.assert_allclose(values[0], 10 * np.log10(vv), atol=1e-4)
    np.testing.assert_allclose(values[2], 10 * np.log10(vv) - 10 * np.log10(vh), atol=1e-4)


def test_s1composite_runs_headless_in_qgis_process(qgis_process, tmp_path):
    folder = write_product(tmp_path / "in")
    before = hashes(tmp_path / "in")
    output = tmp_path / "composite.tif"
    done = qgis_process("run", "terrascope_s2:s1composite", "--", f"INPUT={folder / f'{PRODUCT}_VV.tif'}",
                        f"OUTPUT={output}")
    assert done.returncode == 0, done.stdout + done.stderr
    np.testing.assert_allclose(read(output)[:, 5:, 5:], expected()[:, 5:, 5:], atol=2e-4)
    again = qgis_process("run", "terrascope_s2:s1composite", "--", f"INPUT={folder / f'{PRODUCT}_VV.tif'}",
                         f"OUTPUT={output}")
    assert again.returncode != 0 and "already exists" in again.stdout + again.stderr
    assert "Traceback" not in again.stdout + again.stderr
    assert hashes(tmp_path / "in") == before


def test_outside_the_swath_the_composite_is_no_data(terrascope_provider, tmp_path):
    """A linear 0 (SNAP's fill) has no value in dB: NaN in every band, not -inf (seen before the fix)."""
    folder = tmp_path / PRODUCT
    for polarisation in ("VV", "VH"):
        linear = 10.0 ** (decibel_grid(polarisation) / 10.0)
        write_image(folder / f"{PRODUCT}_{polarisation}.tif", np.pad(linear, ((0, 0), (0, 30))).astype(np.float32))
    run("s1composite", INPUT=str(folder / f"{PRODUCT}_VV.tif"), OUTPUT=str(tmp_path / "c.tif"))
    values = read(tmp_path / "c.tif")
    width = decibel_grid("VV").shape[1]
    assert np.isnan(values[:, :, width:]).all()
    np.testing.assert_allclose(values[:, :, :width], expected(), atol=2e-4)


def test_loadproduct_puts_a_sentinel_1_product_in_one_group(terrascope_provider, qgis_new_project, tmp_path):
    """As the Processing dialog does after a run: each layer to load added to the project, then its post-processor run
    (QGIS's own handleAlgorithmResults needs the desktop's iface on 3.44): the composite, VV and VH in dB, the angle
    hidden, in the product's group."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = write_product(tmp_path)
    before = hashes(tmp_path)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("terrascope_s2:loadproduct")
    context = QgsProcessingContext()
    project = QgsProject.instance()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    results, ok = algorithm.run({"PRODUCT": str(folder / f"{PRODUCT}_VH.tif")}, context, feedback)
    assert ok and results["GROUP"] == "2020-03-15 05:58 S1A DESCENDING 110 SIGMA0" and len(results["OUTPUT"]) == 4
    to_load = context.layersToLoadOnCompletion()
    for layer_id in results["OUTPUT"]:
        layer = context.temporaryLayerStore().takeMapLayer(context.temporaryLayerStore().mapLayer(layer_id))
        project.addMapLayer(layer)
        to_load[layer_id].postProcessor().postProcessLayer(layer, context, feedback)
    group = project.layerTreeRoot().findGroup(results["GROUP"])
    assert [(node.layer().name(), node.isVisible()) for node in group.findLayers()] == [
        ("Backscatter composite (VV, VH, VV/VH)", True), ("VV (dB)", True), ("VH (dB)", True),
        ("Incidence angle", False)]
    project.clear()
    assert hashes(tmp_path) == before
