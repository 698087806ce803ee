"""Product files dropped on the real QGIS desktop, with GDAL's default settings (the suite forces GDAL_PAM_ENABLED=NO
for itself; users do not): the plugin writes nothing beside them (issue 12 item 6). A plain raster dropped beside them
shows that QGIS itself would write one: the test can see a sidecar when there is one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.paths import REPO
from terrascope_s2.tests.helpers.s2local import hashes

pytestmark = pytest.mark.desktop

V102 = "vito-s2-31UFS-V102"
DROPPED = [f"{V102}/small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif",
           f"{V102}/small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif",
           f"{V102}/small_subset_S2B_20180705T105029Z_31UFS_TOC-B04_10M_V102.tif",
           "vito-s2-parcel-V101/S2A_20171003T105024Z_31UFS_CLOUDMASK_10M_V101.tif"]
PLAIN = f"{V102}/small_subset_S2X_20160101_20190531_31UFS_IGNORE_10M_V102.tif"  # a real raster with no product name


def test_dropped_product_files_get_no_sidecar_with_gdals_defaults(real, tmp_path):
    if shutil.which("xvfb-run") is None or shutil.which("qgis.bin") is None:
        pytest.skip("xvfb-run and qgis.bin are needed: run `make deps`")
    profile = tmp_path / "profiles" / "probe"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    package = tmp_path / "terrascope_s2.zip"
    subprocess.run(["/usr/bin/python3", str(REPO / "scripts" / "package.py"), str(package)], check=True, capture_output=True)
    zipfile.ZipFile(package).extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nterrascope_s2=true\n")
    drop = tmp_path / "drop"
    drop.mkdir()
    for name in [*DROPPED, PLAIN]:
        shutil.copy(real / name, drop)
    before = hashes(drop)

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH",
                                                            "GDAL_PAM_ENABLED")}  # GDAL as users have it
    env["TERRASCOPE_PROBE_OUT"] = str(tmp_path / "probe.json")
    env["TERRASCOPE_DROP_FILES"] = os.pathsep.join(str(drop / Path(name).name) for name in [*DROPPED, PLAIN])
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis.bin", "--noversioncheck", "--nologo",
               "--profiles-path", str(tmp_path), "--profile", "probe", "--code", str(Path(__file__).with_name("drop_probe.py"))]
    try:
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        pytest.fail("QGIS did not quit: a modal dialog (a Python error in a slot?) probably blocked it")
    assert (tmp_path / "probe.json").exists(), completed.stdout[-2000:] + completed.stderr[-2000:]
    result = json.loads((tmp_path / "probe.json").read_text())
    assert "error" not in result, result.get("error")
    assert result["plugin"] and result["accepted"]
    styled = {name: kind for name, kind in result["layers"].items() if "IGNORE" not in name}
    assert sorted(styled.values()) == ["paletted", "paletted", "singlebandgray", "singlebandpseudocolor"], result["layers"]
    plain_sidecar = f"{Path(PLAIN).name}.aux.xml"
    assert result["sidecars_after_close"] == [plain_sidecar], result  # QGIS's own, for the file the plugin leaves alone
    (drop / plain_sidecar).unlink()
    assert hashes(drop) == before  # the dropped products byte for byte as they were, nothing beside them
