"""File and folder names that are not UTF-8 (a Latin-1 'é' copied from an old disk, issue 12 item 13): Python gives
them with lone surrogates, which Qt and GDAL's Python bindings cannot take; QGIS gives U+FFFD for their bytes. Each
case gets a plain message, never a UnicodeEncodeError traceback, and the product's other files still load."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from qgis.core import Qgis

from terrascope_s2.plugin.core.raster.masking import find_classification
from terrascope_s2.plugin.core.raster.writer import RasterError
from terrascope_s2.plugin.gui.local_products import load_products
from terrascope_s2.tests.helpers.paths import IMPORT_ROOT
from terrascope_s2.tests.helpers.s2local import hashes

V102 = "vito-s2-31UFS-V102"
FAPAR = "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif"
SCL = "small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif"
LATIN1_SCL = os.fsdecode(b"caf\xe9_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif")


@pytest.fixture
def product(real, tmp_path):
    """The real FAPAR with its real classification renamed with a Latin-1 byte."""
    shutil.copy(real / V102 / FAPAR, tmp_path)
    shutil.copy(real / V102 / SCL, tmp_path / LATIN1_SCL)
    return tmp_path


def test_a_product_file_with_such_a_name_is_named_and_the_rest_loads(qgis_app, qgis_iface, qgis_new_project, product):
    qgis_iface.messageBar().clear_messages()
    before = hashes(product)
    (group,) = load_products(str(product), qgis_iface)  # was: "damaged or truncated?", a name Qt cannot print
    assert [node.layer().name() for node in group.findLayers()] == ["FAPAR 10 m"]
    told = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert any("caf\ufffd_S2B" in text and "has a name that is not UTF-8: QGIS cannot open it" in text for text in told), told
    assert hashes(product) == before


def test_a_classification_with_such_a_name_is_named(product):
    with pytest.raises(RasterError, match="The scene classification 'caf\ufffd_S2B.*' has a name that is not UTF-8"):
        find_classification(product / FAPAR)


def test_qgis_process_with_such_an_output_folder_says_so(product, tmp_path_factory):
    if shutil.which("qgis_process.bin") is None:
        pytest.skip("qgis_process.bin is needed: run `make deps`")
    folder = tmp_path_factory.mktemp("out") / os.fsdecode(b"r\xe9sultats")
    folder.mkdir()
    config = tmp_path_factory.mktemp("config")
    (config / "profiles" / "default" / "QGIS").mkdir(parents=True)
    (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nterrascope_s2=true\n")
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config), QGIS_PLUGINPATH=str(IMPORT_ROOT))
    done = subprocess.run([b"qgis_process.bin", b"run", b"terrascope_s2:tophysical", b"--",
                           b"INPUT=" + os.fsencode(product / FAPAR), b"OUTPUT=" + os.fsencode(folder / "p.tif")],
                          env=env, capture_output=True, timeout=300)
    said = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    assert done.returncode != 0 and "Traceback" not in said, said
    assert "does not exist: QGIS could not read its name (it is not UTF-8)" in said, said
    assert list(folder.iterdir()) == []
