"""Odd local files, read-only folders, existing outputs and full disks, through the Processing algorithms as a user runs
them: each gives a clear message, the inputs stay byte-for-byte the same, and nothing half-written is left under the
output's name (nor any temporary file)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from terrascope_s2.tests.helpers.fsfaults import remount_read_only
from terrascope_s2.tests.helpers.paths import IMPORT_ROOT
from terrascope_s2.tests.helpers.s2local import every_byte, hashes, read, write_raster
from terrascope_s2.tests.helpers.s2local import run_algorithm as run

NDVI = "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif"
SCL = "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif"


def product(folder: Path, shape=(24, 24), noisy=False) -> tuple[Path, Path]:
    """An NDVI product with its scene classification (20 m) in `folder`."""
    rng = np.random.default_rng(6)
    values = rng.integers(0, 250, shape, dtype=np.uint8) if noisy else np.full(shape, 100, np.uint8)
    image = write_raster(folder / NDVI, values)
    classes = (np.arange(shape[0] * shape[1] // 4) % 12).astype(np.uint8).reshape(shape[0] // 2, shape[1] // 2)
    return image, write_raster(folder / SCL, classes, pixel=20.0)


def refused(match: str, name: str, **parameters) -> str:
    with pytest.raises(QgsProcessingException, match=match) as caught:
        run(name, **parameters)
    message = str(caught.value)
    assert "Traceback" not in message and len(message) < 600
    return message


def test_a_file_that_is_no_product(terrascope_provider, tmp_path):
    plain = write_raster(tmp_path / "elevation.tif", every_byte())
    before = hashes(tmp_path)
    refused("cannot be told from the name '.*elevation.tif'", "tophysical", INPUT=str(plain), OUTPUT=str(tmp_path / "o.tif"))
    refused("'elevation.tif' has no product name, so its scene classification cannot be found",
            "maskbysceneclassification", INPUT=str(plain), OUTPUT=str(tmp_path / "o.tif"))
    refused("not a Terrascope Sentinel-2 product file", "loadproduct", PRODUCT=str(plain))
    text = tmp_path / "notes.tif"
    text.write_text("shopping list: bread, milk")  # a .tif that is no image at all
    before = hashes(tmp_path)
    refused("cannot be read as a raster", "tophysical", INPUT=str(text), OUTPUT=str(tmp_path / "o.tif"))
    assert hashes(tmp_path) == before


def test_a_product_with_the_wrong_data_type(terrascope_provider, tmp_path):
    floats = write_raster(tmp_path / NDVI, np.full((8, 8), 0.5, np.float32))
    refused("holds Float32 values, not digital numbers", "tophysical", INPUT=str(floats), OUTPUT=str(tmp_path / "o.tif"))
    image, _ = product(tmp_path / "p")
    # a classification of another type used to index past the class table (IndexError): now a message
    for kind in (np.int16, np.uint16, np.float32):
        wrong = write_raster(tmp_path / f"classes_{kind.__name__}.tif", np.full((12, 12), 300, kind), pixel=20.0)
        before = hashes(tmp_path)
        refused(f"'classes_{kind.__name__}.tif' is not a scene classification: it holds \\w+ values",
                "maskbysceneclassification", INPUT=str(image), CLASSIFICATION=str(wrong), OUTPUT=str(tmp_path / "m.tif"))
        assert hashes(tmp_path) == before


@pytest.mark.parametrize("damage", ["garbage header", "truncated", "empty"])
def test_a_corrupt_or_truncated_tiff(terrascope_provider, tmp_path, damage):
    whole, classes = product(tmp_path / "whole", shape=(2000, 2000), noisy=True)
    folder = tmp_path / "damaged"
    folder.mkdir()
    broken = folder / NDVI
    data = whole.read_bytes()
    broken.write_bytes({"garbage header": b"II*\x00" + bytes(range(256)) * 64, "truncated": data[: len(data) // 2],
                        "empty": b""}[damage])
    shutil.copy(classes, folder / SCL)
    before = hashes(folder)
    expected = "damaged or truncated" if damage == "truncated" else "cannot be read as a raster: it is damaged, truncated or not an image"
    refused(expected, "tophysical", INPUT=str(broken), OUTPUT=str(folder / "physical.tif"))
    refused(expected, "maskbysceneclassification", INPUT=str(broken), OUTPUT=str(folder / "masked.tif"))
    # the other way round: a good product, a damaged classification
    (folder / SCL).write_bytes((folder / SCL).read_bytes()[:400])
    before = hashes(folder)
    refused("has no georeferencing: it is damaged or truncated", "maskbysceneclassification", INPUT=str(whole),
            CLASSIFICATION=str(folder / SCL), OUTPUT=str(folder / "masked.tif"))
    assert hashes(folder) == before  # no output, no temporary file, inputs unchanged


def test_a_missing_scene_classification(terrascope_provider, tmp_path):
    image = write_raster(tmp_path / NDVI, every_byte())
    before = hashes(tmp_path)
    refused("No scene classification of S2A_20190307T105021_31UFS_NDVI_V210 was found beside", "maskbysceneclassification",
            INPUT=str(image), OUTPUT=str(tmp_path / "m.tif"))
    refused(f"'{tmp_path / SCL}' does not exist", "maskbysceneclassification", INPUT=str(image),
            CLASSIFICATION=str(tmp_path / SCL), OUTPUT=str(tmp_path / "m.tif"))
    assert hashes(tmp_path) == before


def test_a_read_only_folder(terrascope_provider, tmpfs, tmp_path):
    # the output folder on a read-only file system: refused before any work (even root cannot write there)
    image, classes = product(tmp_path / "in")
    read_only = tmpfs("read_only")
    remount_read_only(read_only)
    before = hashes(tmp_path / "in")
    refused("cannot be written to: choose another output folder", "tophysical", INPUT=str(image),
            OUTPUT=str(read_only / "o.tif"))
    refused("cannot be written to: choose another output folder", "maskbysceneclassification", INPUT=str(image),
            OUTPUT=str(read_only / "m.tif"))
    assert list(read_only.iterdir()) == [] and hashes(tmp_path / "in") == before
    # inputs on a read-only file system (as the Terrascope archive /data/MTDA is): read, nothing written beside them
    archive = tmpfs("archive", "4m")
    shutil.copytree(tmp_path / "in", archive / "product")
    remount_read_only(archive)
    run("tophysical", INPUT=str(archive / "product" / NDVI), OUTPUT=str(tmp_path / "physical.tif"))
    run("maskbysceneclassification", INPUT=str(archive / "product" / NDVI), OUTPUT=str(tmp_path / "masked.tif"))
    assert read(tmp_path / "physical.tif")[0, 0] == pytest.approx(100 / 250 - 0.08, abs=1e-6)
    assert sorted(p.name for p in (archive / "product").iterdir()) == sorted([NDVI, SCL])


def test_an_output_that_already_exists(terrascope_provider, tmp_path):
    image, _ = product(tmp_path)
    for name, algorithm in (("physical.tif", "tophysical"), ("masked.tif", "maskbysceneclassification")):
        existing = tmp_path / name
        existing.write_bytes(b"hours of work")
        before = hashes(tmp_path)
        refused("already exists: choose another name, or tick 'Replace an existing output file'", algorithm,
                INPUT=str(image), OUTPUT=str(existing))
        assert hashes(tmp_path) == before
        run(algorithm, INPUT=str(image), OUTPUT=str(existing), OVERWRITE=True)  # asked for: replaced, whole
        assert read(existing).shape == (24, 24)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_full_disk_keeps_the_existing_output_and_leaves_no_part_file(terrascope_provider, tmpfs, tmp_path):
    image, _ = product(tmp_path / "in", shape=(2000, 2000), noisy=True)  # about 16 MB of Float32 that compresses badly
    small = tmpfs("small", "1m")
    existing = small / "physical.tif"
    existing.write_bytes(b"yesterday's result")
    before_inputs, before_disk = hashes(tmp_path / "in"), hashes(small)
    message = refused("the disk is full", "tophysical", INPUT=str(image), OUTPUT=str(existing), OVERWRITE=True)
    assert "Free some space or choose another folder" in message
    assert hashes(small) == before_disk  # the old output unchanged, the partial file removed
    assert hashes(tmp_path / "in") == before_inputs
    refused("the disk is full", "maskbysceneclassification", INPUT=str(image), PRESET=4, CLASSES=list(range(12)),
            OUTPUT=str(small / "masked.tif"))  # every class kept: as big as the product
    assert hashes(small) == before_disk
    assert shutil.disk_usage(small).used < 64 * 1024  # nothing left behind


def test_a_file_size_limit_headless_in_qgis_process(tmp_path):
    """RLIMIT_FSIZE on qgis_process.bin (no root needed): the write fails with EFBIG, the process says so and exits."""
    binary = shutil.which("qgis_process.bin")
    if binary is None:
        pytest.skip("qgis_process.bin is needed: run `make deps`")
    image, _ = product(tmp_path / "in", shape=(2000, 2000), noisy=True)
    out = tmp_path / "out"
    out.mkdir()
    config = tmp_path / "config"
    (config / "profiles" / "default" / "QGIS").mkdir(parents=True)
    (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nterrascope_s2=true\n")
    repo_import = IMPORT_ROOT
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config), QGIS_PLUGINPATH=str(repo_import))
    limit = 2 * 1024 * 1024

    def limited():
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills the process instead of failing the write
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    before = hashes(tmp_path / "in")
    done = subprocess.run([binary, "run", "terrascope_s2:tophysical", "--", f"INPUT={image}", f"OUTPUT={out / 'p.tif'}"],
                          env=env, capture_output=True, text=True, timeout=120, preexec_fn=limited)  # noqa: PLW1509
    assert done.returncode != 0
    assert "files are limited to 2048 kB here (ulimit -f)" in done.stdout + done.stderr, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert list(out.iterdir()) == [] and hashes(tmp_path / "in") == before
