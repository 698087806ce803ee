"""Product layers drawn through the plugin's lookup renderer in the real QGIS desktop (issue 17): drawn on the canvas,
saved, read again (the plugin gives the layers their lookup renderer back) and drawn, then QGIS quits by File > Exit
with the layers still loaded: no crash at any step (the renderer is a Python object that QGIS owns and copies into its
drawing threads)."""

from __future__ import annotations

import json
import os
import subprocess  # nosec B404: the test starts QGIS itself
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.desktop import desktop_missing, fresh_profile

pytestmark = pytest.mark.desktop

PRODUCTS = ["vito-s2-31UFS-V102/small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif",
            "vito-s2-parcel-V101/S2A_20170506T105029Z_31UFS_FAPAR_10M_V101.tif"]


def test_product_layers_draw_save_reload_and_quit_without_a_crash(real, tmp_path):
    if desktop_missing():
        pytest.skip(f"{desktop_missing()} missing: run `make deps`")
    fresh_profile(tmp_path, "\n[qgis]\ncheckVersion=false\n")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    env.update(TERRASCOPE_PROBE_OUT=str(tmp_path / "probe.json"), TERRASCOPE_PROJECT=str(tmp_path / "drawn.qgz"),
               TERRASCOPE_PRODUCTS=os.pathsep.join(str(real / name) for name in PRODUCTS))
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis.bin", "--noversioncheck", "--nologo",
               "--profiles-path", str(tmp_path), "--profile", "probe",
               "--code", str(Path(__file__).with_name("drawing_probe.py"))]
    try:
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)  # nosec B603
    except subprocess.TimeoutExpired:
        pytest.fail("QGIS did not quit: a modal dialog (a Python error in a slot?) probably blocked it")
    assert (tmp_path / "probe.json").exists(), completed.stdout[-2000:] + completed.stderr[-2000:]
    result = json.loads((tmp_path / "probe.json").read_text())
    assert "error" not in result, result["error"]
    assert result["renderers"] == ["LookupRampRenderer"] * 2 and result["drawn"] > 10, result
    assert result["written"] and result["read"]
    assert result["renderers_read"] == ["LookupRampRenderer"] * 2 and result["drawn_read"]
    assert completed.returncode == 0, f"QGIS quit with {completed.returncode}: {completed.stderr[-2000:]}"
