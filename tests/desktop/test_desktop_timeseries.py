"""End to end in the real QGIS desktop (xvfb): the shared parcel's field selected, its series over the 108 FAPAR
products computed in the time series tab (clear land kept, masks widened by a pixel) and drawn; every date's values
equal a plain numpy computation, the picture of the window is written (make screenshots shows the same)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.parcel import expected, parcel_folder
from terrascope_s2.tests.helpers.paths import IMPORT_ROOT

pytestmark = pytest.mark.desktop


def test_a_selected_field_gets_its_series_drawn_in_the_real_desktop(tmp_path):
    if shutil.which("xvfb-run") is None or shutil.which("qgis.bin") is None:
        pytest.skip("xvfb-run and qgis.bin are needed: run `make deps`")
    pytest.importorskip("matplotlib")
    folder = tmp_path / "parcel"  # a copy: QGIS must write nothing beside the team's files
    shutil.copytree(parcel_folder(), folder)
    profile = tmp_path / "profiles" / "probe"
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nterrascope_s2=true\n\n[terrascope_s2]\n"
                                                "service_profile=custom\n")  # no map service: nothing asked
    picture = tmp_path / "timeseries.png"
    query = {"folder": str(folder), "mask": 1, "widen": 1, "min_valid": 50, "picture": str(picture)}
    out = tmp_path / "probe.json"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    env.update(TERRASCOPE_PROBE_OUT=str(out), TERRASCOPE_PROBE_QUERY=json.dumps(query), QGIS_PLUGINPATH=str(IMPORT_ROOT))
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis.bin", "--noversioncheck", "--nologo",
               "--profiles-path", str(tmp_path), "--profile", "probe",
               "--code", str(Path(__file__).with_name("timeseries_probe.py"))]
    try:
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("QGIS did not quit: a modal dialog (a Python error?) probably blocked it")
    assert out.exists(), completed.stdout[-2000:] + completed.stderr[-2000:]
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    assert result["status"] == "108 dates of FAPAR."
    observations = result["observations"]
    assert len(observations) == 108 and [o[0] for o in observations] == sorted(o[0] for o in observations)
    for _, name, status, valid, total, mean in observations:
        product = folder / name
        classification = folder / name.replace("_FAPAR_10M_", "_SCENECLASSIFICATION_20M_")
        want = expected(product, classification, (4, 5), 1)
        assert (valid, total) == (want["valid"], want["total"]), name
        assert status == ("kept" if valid and valid >= 0.5 * total else "masked"), name
        assert mean == (pytest.approx(want["mean"]) if valid else None), name
    kept = sum(o[2] == "kept" for o in observations)
    assert result["summary"].startswith(f"1 features, {kept} dates kept, {108 - kept} masked")
    assert result["lines"] >= 2 and result["ylabel"].startswith("FAPAR")
    assert result["picture"] and picture.stat().st_size > 10_000
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in parcel_folder().iterdir())
